//! The province map: China's 34 provincial-level divisions, coloured by how many meetings each
//! took part in, with lines between the parties that met; clicking a division filters by it.
//!
//! Props in, callback out, no global state. The shapes come from `map_data.tsv` (made by
//! `tools/map/build.mjs` from Natural Earth), parsed once on first use.
//!
//! Every division is one `<path data-province="CN-XX">` (exactly 34 such elements). Hong Kong and
//! Macau are a few viewBox units wide, so each also gets a callout: a circle in the sea south of the
//! Pearl River Delta, joined to the territory by a leader line, that takes the same clicks. The
//! circle is `aria-hidden` and not focusable; the path stays the one keyboard and screen-reader
//! target, so nothing is announced twice.
//!
//! Styling uses SVG presentation attributes only (the page's CSP forbids inline styles), so the map
//! looks right with no CSS; the selected division's outline is drawn over all the others. Hover
//! and keyboard-focus styles belong in the stylesheet, on the `pm-*` classes (keyboard focus keeps
//! the browser's own focus ring until then; a mouse click does not focus, so draws no ring).

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use yew::prelude::*;

use crate::core::{Event, EventKind, PartyKind, PartyRef};

/// The `to` of a line that goes to the central government: drawn to Beijing's point.
pub const BEIJING: &str = "BEIJING";

/// The map's data, made by `tools/map/build.mjs`.
/// The divisions of `map_data.tsv` without their shapes (build.rs splits the file): the page
/// needs their names and label points from the start.
const MAP_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/map_divisions.tsv"));

/// The shapes of `map_data.tsv`, `iso<TAB>path` per line. Only the analysis worker includes
/// them, and posts them to the page before its first result ([`install_shapes`]): the map is
/// drawn only with results, and the page's first download stays smaller by their size.
pub const MAP_SHAPES: &str = include_str!(concat!(env!("OUT_DIR"), "/map_shapes.tsv"));

static SHAPES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();

/// Keeps the shapes the worker posted (the first ones; they never change while the page lives).
pub fn install_shapes(tsv: String) {
    if SHAPES.get().is_some() {
        return;
    }
    let tsv: &'static str = Box::leak(tsv.into_boxed_str());
    let shapes = tsv
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .collect::<HashMap<_, _>>();
    let _ = SHAPES.set(shapes);
}

/// The SVG path of a division, empty until the worker has posted the shapes.
pub fn shape(iso: &str) -> &'static str {
    SHAPES.get().and_then(|s| s.get(iso).copied()).unwrap_or("")
}

/// A line between two parties on the map: `from` is a division's ISO code, `to` another one or
/// [`BEIJING`]; `weight` is how many meetings it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapLine {
    pub from: String,
    pub to: String,
    pub weight: usize,
}

/// A point in tenths of a viewBox unit. The map does integer arithmetic only, so that the wasm
/// build carries no float parsing or formatting code.
pub type Point = (i32, i32);

/// One division of `map_data.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    pub iso: &'static str,
    pub name_zh: &'static str,
    /// A point inside the division, in tenths of a viewBox unit.
    pub label: Point,
    /// The SVG path data: empty in the page's copy, whose shapes come from [`shape`].
    pub d: &'static str,
}

/// The parsed `map_data.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapData {
    /// The `viewBox` attribute, e.g. "0 0 800 671".
    pub view_box: &'static str,
    pub divisions: Vec<Division>,
}

impl MapData {
    pub fn division(&self, iso: &str) -> Option<&Division> {
        self.divisions.iter().find(|d| d.iso == iso)
    }

    /// Where a line ends: a division's label point, or Beijing's for [`BEIJING`].
    pub fn point(&self, id: &str) -> Option<Point> {
        let iso = if id == BEIJING { "CN-BJ" } else { id };
        self.division(iso).map(|d| d.label)
    }
}

/// Reads a number with at most one decimal ("588.9", "257", ".5", "-3.2") as tenths.
pub fn parse_tenths(s: &str) -> Option<i32> {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || frac.len() > 1 {
        return None;
    }
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) {
        return None;
    }
    let int: i32 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let frac: i32 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    let v = int.checked_mul(10)?.checked_add(frac)?;
    Some(if neg { -v } else { v })
}

/// Writes tenths as a number with at most one decimal.
pub fn fmt_tenths(v: i32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    if a.is_multiple_of(10) {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

/// Reads the TSV: a `# viewBox<TAB>0 0 W H` line, then `iso, name_zh, label_x, label_y, path_d`.
pub fn parse_map_data(text: &'static str) -> Result<MapData, String> {
    let mut view_box = None;
    let mut divisions = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(vb) = rest.trim_start().strip_prefix("viewBox\t") {
                view_box = Some(vb.trim());
            }
            continue;
        }
        let cells: Vec<&'static str> = line.split('\t').collect();
        let bad = || format!("map_data.tsv line {}: not iso, name, x, y, path", n + 1);
        if cells.len() != 5 {
            return Err(bad());
        }
        let x = parse_tenths(cells[2]).ok_or_else(bad)?;
        let y = parse_tenths(cells[3]).ok_or_else(bad)?;
        divisions.push(Division {
            iso: cells[0],
            name_zh: cells[1],
            label: (x, y),
            d: cells[4],
        });
    }
    let view_box = view_box.ok_or("map_data.tsv has no viewBox line")?;
    if view_box.split_whitespace().count() != 4 {
        return Err(format!("map_data.tsv: bad viewBox {view_box:?}"));
    }
    Ok(MapData {
        view_box,
        divisions,
    })
}

/// The map's data, parsed on first use.
pub fn map_data() -> &'static MapData {
    static DATA: OnceLock<MapData> = OnceLock::new();
    DATA.get_or_init(|| parse_map_data(MAP_TSV).expect("src/web/map_data.tsv is well formed"))
}

/// The English name of a division (the names of the core lexicon's `english` column).
pub fn english_name(iso: &str) -> &'static str {
    match iso {
        "CN-BJ" => "Beijing",
        "CN-TJ" => "Tianjin",
        "CN-HE" => "Hebei",
        "CN-SX" => "Shanxi",
        "CN-NM" => "Inner Mongolia",
        "CN-LN" => "Liaoning",
        "CN-JL" => "Jilin",
        "CN-HL" => "Heilongjiang",
        "CN-SH" => "Shanghai",
        "CN-JS" => "Jiangsu",
        "CN-ZJ" => "Zhejiang",
        "CN-AH" => "Anhui",
        "CN-FJ" => "Fujian",
        "CN-JX" => "Jiangxi",
        "CN-SD" => "Shandong",
        "CN-HA" => "Henan",
        "CN-HB" => "Hubei",
        "CN-HN" => "Hunan",
        "CN-GD" => "Guangdong",
        "CN-GX" => "Guangxi",
        "CN-HI" => "Hainan",
        "CN-CQ" => "Chongqing",
        "CN-SC" => "Sichuan",
        "CN-GZ" => "Guizhou",
        "CN-YN" => "Yunnan",
        "CN-XZ" => "Tibet",
        "CN-SN" => "Shaanxi",
        "CN-GS" => "Gansu",
        "CN-QH" => "Qinghai",
        "CN-NX" => "Ningxia",
        "CN-XJ" => "Xinjiang",
        "CN-TW" => "Taiwan",
        "CN-HK" => "Hong Kong",
        "CN-MO" => "Macau",
        _ => "",
    }
}

/// The sequential scale, light to dark (ColorBrewer Blues), and the fill of a division with no meeting.
const PALETTE: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
const ZERO_FILL: &str = "#eef1f5";
const BORDER: &str = "#8d99a6";
const LINE_COLOUR: &str = "#d9480f";
const SELECTED_STROKE: &str = "#111827";

/// One class of the colour scale: counts `lo..=hi` get `colour`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleClass {
    pub lo: usize,
    pub hi: usize,
    pub colour: &'static str,
}

/// The classes for counts from 1 to `max`: one per count up to 5, else 5 classes whose upper
/// bounds grow geometrically, ⌈max^(i/5)⌉ (a few provinces, Beijing first, often dwarf the rest).
pub fn scale_classes(max: usize) -> Vec<ScaleClass> {
    if max == 0 {
        return Vec::new();
    }
    let k = PALETTE.len();
    let bounds: Vec<usize> = if max <= k {
        (1..=max).collect()
    } else {
        let mut b: Vec<usize> = Vec::with_capacity(k);
        for i in 1..=k {
            // The least b with b^k >= max^i, by bisection in integers.
            let target = (max as u128).saturating_pow(i as u32);
            let (mut lo, mut hi) = (1usize, max);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if (mid as u128).saturating_pow(k as u32) >= target {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let prev = b.last().copied().unwrap_or(0);
            b.push(lo.max(prev + 1).min(max - (k - i)));
        }
        b
    };
    let n = bounds.len();
    let mut lo = 1;
    bounds
        .iter()
        .enumerate()
        .map(|(i, &hi)| {
            let idx = if n == 1 {
                3
            } else {
                (i * (k - 1) + (n - 1) / 2) / (n - 1)
            };
            let class = ScaleClass {
                lo,
                hi,
                colour: PALETTE[idx],
            };
            lo = hi + 1;
            class
        })
        .collect()
}

/// The class that lets the dark theme (static/style.css) repaint a fill of the light palette:
/// presentation attributes lose to CSS, so the attributes stay the light and print colours.
fn tone_class(colour: &str) -> &'static str {
    const TONES: [&str; 5] = ["pm-t1", "pm-t2", "pm-t3", "pm-t4", "pm-t5"];
    PALETTE
        .iter()
        .position(|c| *c == colour)
        .map_or("pm-t0", |i| TONES[i])
}

fn fill_for(count: usize, classes: &[ScaleClass]) -> &'static str {
    if count == 0 {
        return ZERO_FILL;
    }
    classes
        .iter()
        .find(|c| count <= c.hi)
        .or(classes.last())
        .map_or(PALETTE[0], |c| c.colour)
}

/// Where the callout circle of a tiny division sits, relative to its label point (in the sea),
/// in tenths.
fn callout_offset(iso: &str) -> Option<Point> {
    match iso {
        "CN-HK" => Some((90, 150)),
        "CN-MO" => Some((-90, 150)),
        _ => None,
    }
}
/// The callout circle's radius, in tenths.
const CALLOUT_R: i32 = 60;

/// Where a line ends: the callout of Hong Kong or Macau, else the label point ([`MapData::point`]).
fn anchor(data: &MapData, id: &str) -> Option<Point> {
    let p = data.point(id)?;
    Some(match callout_offset(id) {
        Some((ox, oy)) => (p.0 + ox, p.1 + oy),
        None => p,
    })
}

/// A line's stroke width in tenths: 1 + 1.2·√weight units, at most 7.
fn line_width(weight: usize) -> i32 {
    let ten_sqrt = ((weight.max(1) as u64).saturating_mul(100)).isqrt() as i32; // 10·√w
    (10 + 12 * ten_sqrt / 10).min(70)
}

/// A quadratic curve from `a` to `b`, bowed to the left of the direction of travel.
fn curve(a: Point, b: Point) -> String {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mx, my) = ((a.0 + b.0) / 2, (a.1 + b.1) / 2);
    // The control point: 0.18 of the length off the middle, perpendicular to the chord.
    let (cx, cy) = (mx + dy * 18 / 100, my - dx * 18 / 100);
    let t = fmt_tenths;
    format!(
        "M{} {}Q{} {} {} {}",
        t(a.0),
        t(a.1),
        t(cx),
        t(cy),
        t(b.0),
        t(b.1)
    )
}

/// The division a party belongs to, as the province filter reads it: its `province`, or its own
/// id for a province.
pub fn party_division(p: &PartyRef) -> Option<&str> {
    match (&p.province, p.kind) {
        (Some(code), _) => Some(code.as_str()),
        (None, PartyKind::Province) => Some(p.id.as_str()),
        _ => None,
    }
}

/// Where a party's end of a line goes: its division, or [`BEIJING`] for the central Party and
/// state organs, central enterprises and national bodies; `None` for a party with no place.
pub fn party_anchor(p: &PartyRef) -> Option<&str> {
    if let Some(code) = party_division(p) {
        return Some(code);
    }
    match p.kind {
        PartyKind::PartyCentre
        | PartyKind::StateCouncil
        | PartyKind::PartyOrgan
        | PartyKind::Ministry
        | PartyKind::Agency
        | PartyKind::Legislature
        | PartyKind::Judiciary
        | PartyKind::Military
        | PartyKind::Soe
        | PartyKind::Financial
        | PartyKind::Academy
        | PartyKind::PeopleOrg => Some(BEIJING),
        _ => None,
    }
}

/// The map's props from a list of events: meetings per division (an event counts once for each
/// division among its parties, exactly the events the province filter keeps), and one line per
/// pair of places that met, weighted by the number of events (conferences make no lines, as they
/// make no links). Pass the events that the other filters keep, not the province filter, so that
/// the map still shows every province while one is selected.
pub fn map_summary<'a>(
    events: impl IntoIterator<Item = &'a Event>,
) -> (HashMap<String, usize>, Vec<MapLine>) {
    // A few parties per event and a few dozen lines: plain vectors, no sorting.
    fn distinct<'b>(items: impl Iterator<Item = &'b str>) -> Vec<&'b str> {
        let mut out: Vec<&str> = Vec::new();
        for item in items {
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut lines: Vec<MapLine> = Vec::new();
    for event in events {
        for d in distinct(event.parties.iter().filter_map(party_division)) {
            *counts.entry(d.to_string()).or_default() += 1;
        }
        if event.kind == EventKind::Conference {
            continue;
        }
        let anchors = distinct(event.parties.iter().filter_map(party_anchor));
        for (i, &a) in anchors.iter().enumerate() {
            for &b in &anchors[i + 1..] {
                // A line starts at a division and BEIJING is only ever its other end; two
                // divisions are put in code order, so that A–B and B–A are one line.
                let (from, to) = match (a == BEIJING, b == BEIJING) {
                    (false, true) => (a, b),
                    (true, false) => (b, a),
                    (false, false) if a <= b => (a, b),
                    (false, false) => (b, a),
                    (true, true) => continue,
                };
                match lines.iter_mut().find(|l| l.from == from && l.to == to) {
                    Some(line) => line.weight += 1,
                    None => lines.push(MapLine {
                        from: from.to_string(),
                        to: to.to_string(),
                        weight: 1,
                    }),
                }
            }
        }
    }
    (counts, lines)
}

fn meetings_text(lang: &str, count: usize) -> String {
    if lang == "en" {
        format!("{count} meeting{}", if count == 1 { "" } else { "s" })
    } else {
        format!("{count} 次会见")
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ProvinceMapProps {
    /// Meetings per ISO code (divisions missing from the map count 0).
    pub counts: Rc<HashMap<String, usize>>,
    /// Lines to draw, from a division to another or to [`BEIJING`].
    #[prop_or_default]
    pub lines: Vec<MapLine>,
    /// The division the view is filtered on, if any.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Called with `Some(iso)` when a division is chosen, `None` when the selected one is chosen again.
    pub on_select: Callback<Option<String>>,
    /// "zh" or "en": the language of labels and of the legend.
    #[prop_or("zh")]
    pub lang: &'static str,
    /// English names by ISO code; [`english_name`] is used for any code it lacks.
    #[prop_or_default]
    pub english_names: Option<Rc<HashMap<String, String>>>,
}

#[function_component(ProvinceMap)]
pub fn province_map(props: &ProvinceMapProps) -> Html {
    let data = map_data();
    let t = fmt_tenths;
    let en = props.lang == "en";

    let count_of = |iso: &str| props.counts.get(iso).copied().unwrap_or(0);
    let max = data
        .divisions
        .iter()
        .map(|d| count_of(d.iso))
        .max()
        .unwrap_or(0);
    let classes = scale_classes(max);
    let english = |iso: &'static str| -> String {
        props
            .english_names
            .as_ref()
            .and_then(|m| m.get(iso).cloned())
            .unwrap_or_else(|| english_name(iso).to_string())
    };
    let display_name = |d: &Division| {
        if en {
            english(d.iso)
        } else {
            d.name_zh.to_string()
        }
    };
    let selected = props.selected.as_deref();

    // The choice of a division: Some(iso), or None when it is the one already selected.
    let choose = {
        let on_select = props.on_select.clone();
        let selected = props.selected.clone();
        move |iso: &'static str| {
            let next = if selected.as_deref() == Some(iso) {
                None
            } else {
                Some(iso.to_string())
            };
            on_select.emit(next);
        }
    };

    let mut shapes = Vec::with_capacity(data.divisions.len());
    let mut callouts = Vec::new();
    for d in &data.divisions {
        let iso = d.iso;
        let count = count_of(iso);
        let is_selected = selected == Some(iso);
        let fill = fill_for(count, &classes);
        let name = display_name(d);
        let aria = if en {
            format!("{name}: {}", meetings_text("en", count))
        } else {
            format!("{name}，{}", meetings_text("zh", count))
        };
        let title = format!(
            "{} {} — {}",
            d.name_zh,
            english(iso),
            meetings_text(props.lang, count)
        );
        let onclick = {
            let choose = choose.clone();
            Callback::from(move |_: MouseEvent| choose(iso))
        };
        let onkeydown = {
            let choose = choose.clone();
            Callback::from(move |e: KeyboardEvent| {
                let key = e.key();
                if key == "Enter" || key == " " || key == "Spacebar" {
                    e.prevent_default();
                    choose(iso);
                }
            })
        };
        // A mouse click selects without focusing, so no focus ring is drawn around the
        // shape's bounding box; the keyboard still reaches every division with Tab.
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        let class = classes!(
            "pm-province",
            tone_class(fill),
            (count > 0).then_some("pm-active"),
            is_selected.then_some("pm-selected")
        );
        shapes.push(html! {
            <path key={iso} {class} d={shape(iso)} fill={fill} data-province={iso} data-count={count.to_string()}
                tabindex="0" role="button" aria-label={aria}
                aria-pressed={if is_selected { "true" } else { "false" }}
                onclick={onclick.clone()} {onkeydown} {onmousedown}>
                <title>{title}</title>
            </path>
        });
        if let Some((ox, oy)) = callout_offset(iso) {
            let (lx, ly) = d.label;
            let (cx, cy) = (lx + ox, ly + oy);
            let short = match (iso, en) {
                ("CN-HK", false) => "香港",
                ("CN-MO", false) => "澳门",
                ("CN-HK", true) => "HK",
                _ => "MO",
            };
            let ring = if is_selected { SELECTED_STROKE } else { BORDER };
            callouts.push(html! {
                <g key={iso} class="pm-callout" data-callout={iso} aria-hidden="true">
                    <line x1={t(lx)} y1={t(ly)} x2={t(cx)} y2={t(cy - CALLOUT_R)}
                        stroke={BORDER} stroke-width="0.6" pointer-events="none" />
                    <circle class={classes!("pm-hit", tone_class(fill))} cx={t(cx)} cy={t(cy)} r={t(CALLOUT_R)} fill={fill}
                        stroke={ring} stroke-width={if is_selected { "1.6" } else { "0.8" }}
                        cursor="pointer" {onclick} />
                    if count > 0 {
                        <text class="pm-count" x={t(cx)} y={t(cy)} dy="0.35em" text-anchor="middle"
                            font-size="8" font-weight="600" fill="#111827" stroke="#ffffff"
                            stroke-width="1.6" paint-order="stroke" pointer-events="none">{count}</text>
                    }
                    <text class="pm-callout-label" x={t(cx)} y={t(cy + CALLOUT_R + 60)}
                        text-anchor="middle" font-size="7" fill="currentColor" pointer-events="none">{short}</text>
                </g>
            });
        }
    }

    // The selected division's outline, drawn over every shape so that no neighbour hides it.
    let outline = match selected.and_then(|i| data.division(i)) {
        Some(d) => html! {
            <path class="pm-outline" d={shape(d.iso)} fill="none" stroke={SELECTED_STROKE} stroke-width="1.6"
                stroke-linejoin="round" pointer-events="none" aria-hidden="true" />
        },
        None => html! {},
    };

    let lines: Vec<Html> = props
        .lines
        .iter()
        .filter_map(|l| {
            let a = anchor(data, &l.from)?;
            let b = anchor(data, &l.to)?;
            if a == b {
                return None;
            }
            let touches = selected.is_none_or(|s| s == l.from || s == l.to);
            Some(html! {
                <path class={classes!("pm-line", touches.then_some("pm-line-active"))} d={curve(a, b)}
                    fill="none" stroke={LINE_COLOUR} stroke-width={fmt_tenths(line_width(l.weight))}
                    stroke-linecap="round" stroke-opacity={if touches { "0.8" } else { "0.15" }}
                    data-from={l.from.clone()} data-to={l.to.clone()} data-weight={l.weight.to_string()} />
            })
        })
        .collect();

    let counts_text: Vec<Html> = data
        .divisions
        .iter()
        .filter(|d| count_of(d.iso) > 0 && callout_offset(d.iso).is_none())
        .map(|d| {
            let (x, y) = d.label;
            html! {
                <text key={d.iso} class="pm-count" x={t(x)} y={t(y)} dy="0.35em" text-anchor="middle"
                    font-size="11" font-weight="600" fill="#111827" stroke="#ffffff" stroke-width="2.4"
                    paint-order="stroke" pointer-events="none">{count_of(d.iso)}</text>
            }
        })
        .collect();

    let capital = data.point(BEIJING).map(|(x, y)| {
        html! {
            <circle class="pm-capital" data-testid="map-capital" cx={t(x)} cy={t(y)} r="2.4"
                fill="#111827" stroke="#ffffff" stroke-width="1" pointer-events="none" />
        }
    });

    let label = if en {
        "Map of China's provinces, coloured by number of meetings"
    } else {
        "中国省级行政区会见次数地图"
    };
    let legend_title = if en { "Meetings" } else { "会见次数" };
    // The legend is a small SVG too, so that it needs no stylesheet: a title, then swatches. Text
    // off the map is `currentColor`, so that it follows the page's light or dark colours.
    let mut legend_entries = vec![(ZERO_FILL, "0".to_string())];
    for c in &classes {
        let text = if c.lo == c.hi {
            c.lo.to_string()
        } else {
            format!("{}–{}", c.lo, c.hi)
        };
        legend_entries.push((c.colour, text));
    }
    let title_w: i32 = if en { 62 } else { 58 };
    let mut x = title_w;
    let mut legend_items = Vec::with_capacity(legend_entries.len());
    for (colour, text) in &legend_entries {
        let text_w = 7 * text.chars().count() as i32 + 4;
        legend_items.push(html! {
            <g class="pm-legend-item">
                <rect class={tone_class(colour)} x={x.to_string()} y="3" width="16" height="11" fill={*colour} stroke={BORDER} stroke-width="0.8" />
                <text x={(x + 20).to_string()} y="12.5" font-size="12" fill="currentColor">{text.clone()}</text>
            </g>
        });
        x += 20 + text_w + 8;
    }
    let legend_w = x;
    let legend_aria = format!(
        "{legend_title}: {}",
        legend_entries
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(if en { ", " } else { "、" })
    );
    let hint = if en {
        "Click a province to filter the meetings; click it again to clear."
    } else {
        "点击省份筛选会见，再次点击取消。"
    };
    let selected_note = selected.and_then(|s| data.division(s)).map(|d| {
        let text = if en {
            format!("Showing {}. ", english(d.iso))
        } else {
            format!("已筛选：{}。", d.name_zh)
        };
        html! { <strong class="pm-selected-note" data-testid="map-selected">{text}</strong> }
    });

    html! {
        <figure class="pm-figure province-map" data-testid="province-map">
            <svg class="pm-svg" viewBox={data.view_box} width="100%" preserveAspectRatio="xMidYMid meet"
                role="group" aria-label={label}>
                <g class="pm-shapes" stroke={BORDER} stroke-width="0.5" stroke-linejoin="round"
                    cursor="pointer">{ for shapes }</g>
                { outline }
                <g class="pm-callouts">{ for callouts }</g>
                <g class="pm-lines" pointer-events="none" aria-hidden="true">{ for lines }</g>
                { capital.unwrap_or_default() }
                <g class="pm-counts" aria-hidden="true">{ for counts_text }</g>
            </svg>
            <div class="pm-legend" data-testid="map-legend">
                <svg class="pm-legend-svg" width={legend_w.to_string()} height="17" viewBox={format!("0 0 {legend_w} 17")}
                    role="img" aria-label={legend_aria}>
                    <text x="0" y="12.5" font-size="12" font-weight="600" fill="currentColor">{legend_title}</text>
                    { for legend_items }
                </svg>
            </div>
            <figcaption class="pm-caption">
                { selected_note.unwrap_or_default() }
                <span class="pm-hint">{hint}</span>
                {" "}
                <small class="pm-credit" data-testid="map-credit">{"Made with Natural Earth"}</small>
            </figcaption>
        </figure>
    }
}
