//! The province map: China's 34 provincial-level divisions, coloured by how many meetings each
//! took part in, with lines between the parties that met; clicking a division filters by it.
//!
//! Props in, callback out, no global state. The shapes come from `map_data.tsv` (made by
//! `tools/map/build.mjs` from Natural Earth), parsed once on first use.
//!
//! Every division is one `<path data-province="CN-XX">` (exactly 34 paths), a button in a roving
//! tab order: the map is one tab stop, the arrow keys go from division to division.
//!
//! Over the map lies an overlay that is not scaled with it (placed in % of the map's box, sized
//! in CSS px): the counts (12 px at any width), the callouts of Hong Kong and Macau (circles in
//! the sea, 26 px across, joined to the territory by a leader line, carrying its `data-province`
//! and taking its clicks; `aria-hidden`, as the path is the keyboard and screen-reader target),
//! and the central point where the lines to the central bodies end, a button that filters to
//! their meetings ([`CENTRAL`]). The overlay's looks are in the stylesheet, without which it
//! could not be placed.
//!
//! The map itself is styled with SVG presentation attributes (the page's CSP forbids inline
//! styles), so its shapes look right with no CSS; the selected division's outline is drawn over
//! all the others. Hover and keyboard-focus styles belong in the stylesheet, on the `pm-*`
//! classes (a mouse click does not focus, so draws no ring).

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use yew::prelude::*;

use crate::core::{Event, EventKind, PartyKind, PartyRef};
use crate::web::components::roving::rove;
use crate::web::filters::CENTRAL;
use crate::web::i18n::{central_label, Lang};

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

    /// The viewBox's width and height.
    pub fn size(&self) -> (i32, i32) {
        let mut n = self.view_box.split_whitespace().skip(2);
        let mut next = || n.next().and_then(|v| v.parse().ok()).unwrap_or(1);
        (next(), next())
    }

    /// A division's label point, or Beijing's for [`BEIJING`].
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

/// Where the callout circle of a small division sits, in CSS px from its label point: the
/// overlay is not scaled with the map, so the circle keeps its size at any width, 26 px across
/// (`r="13"`), over WCAG 2.2's least target size of 24 px. These are the divisions whose shape
/// is under 24 px across on a desktop or a 360 px phone (measured); the circles of the
/// municipalities and islands sit in the sea or beside them, those of Ningxia, Shanxi and Hainan
/// on their own shape.
fn callout_offset(iso: &str) -> Option<(i32, i32)> {
    match iso {
        "CN-HK" => Some((30, 14)),
        "CN-MO" => Some((6, 34)),
        "CN-BJ" => Some((-14, -30)),
        "CN-TJ" => Some((32, 2)),
        // Close to the map's right edge on a phone: below, with the label on the left.
        "CN-SH" => Some((14, 30)),
        "CN-TW" => Some((14, 28)),
        "CN-NX" | "CN-SX" | "CN-HI" => Some((0, 0)),
        _ => None,
    }
}

/// Where the lines to the central bodies end, in tenths: a point of its own in the Yellow Sea,
/// not Beijing's (whose own meetings its shape counts), explained in the legend.
const CENTRAL_POINT: Point = (7450, 3500);

/// Where a line ends: the central point for [`BEIJING`], else a label point.
fn anchor(data: &MapData, id: &str) -> Option<Point> {
    if id == BEIJING {
        return Some(CENTRAL_POINT);
    }
    data.point(id)
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
/// division among its parties, exactly the events the province filter keeps) and under
/// [`CENTRAL`] those with a central body, and one line per
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
        // A party's division, or the central point (whose count is what `central` filters).
        let places = event.parties.iter().filter_map(party_anchor);
        for d in distinct(places.map(|a| if a == BEIJING { CENTRAL } else { a })) {
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
    /// Meetings per ISO code (divisions missing from the map count 0), and under [`CENTRAL`]
    /// those with a central body.
    pub counts: Rc<HashMap<String, usize>>,
    /// Lines to draw, from a division to another or to [`BEIJING`].
    #[prop_or_default]
    pub lines: Vec<MapLine>,
    /// The division the view is filtered on, or [`CENTRAL`], if any.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Called with `Some(iso)` (or [`CENTRAL`]) when a target is chosen, `None` when the
    /// selected one is chosen again.
    pub on_select: Callback<Option<String>>,
    /// "zh" or "en": the language of labels and of the legend.
    #[prop_or("zh")]
    pub lang: &'static str,
    /// English names by ISO code; [`english_name`] is used for any code it lacks.
    #[prop_or_default]
    pub english_names: Option<Rc<HashMap<String, String>>>,
}

/// What every part of the map is drawn from.
struct View<'a> {
    data: &'static MapData,
    props: &'a ProvinceMapProps,
    classes: Vec<ScaleClass>,
    selected: Option<&'a str>,
    /// The one target in the tab order (the arrow keys move from it to the others).
    stop: String,
    choose: Callback<&'static str>,
}

impl View<'_> {
    fn en(&self) -> bool {
        self.props.lang == "en"
    }

    fn count(&self, key: &str) -> usize {
        self.props.counts.get(key).copied().unwrap_or(0)
    }

    fn english(&self, iso: &str) -> String {
        self.props
            .english_names
            .as_ref()
            .and_then(|m| m.get(iso).cloned())
            .unwrap_or_else(|| english_name(iso).to_string())
    }

    /// A target's name in the interface's language.
    fn name(&self, key: &str) -> String {
        let lang = if self.en() { Lang::En } else { Lang::Zh };
        match self.data.division(key) {
            Some(d) if !self.en() => d.name_zh.to_string(),
            Some(d) => self.english(d.iso),
            None => central_label(lang).to_string(),
        }
    }

    fn aria(&self, key: &str) -> String {
        let (name, count) = (self.name(key), self.count(key));
        if self.en() {
            format!("{name}: {}", meetings_text("en", count))
        } else {
            format!("{name}，{}", meetings_text("zh", count))
        }
    }

    /// A point of the map as percentages of the overlay, which is not scaled with the map.
    fn at(&self, (x, y): Point) -> (String, String) {
        let (w, h) = self.data.size();
        let pct = |v: i32, size: i32| format!("{}%", fmt_tenths(v * 100 / size));
        (pct(x, w), pct(y, h))
    }

    /// A target's click and keys (Enter, Space); a mouse click does not focus it, so draws no
    /// focus ring around its bounding box.
    fn handlers(&self, key: &'static str) -> TargetHandlers {
        let onclick = self.click(key);
        let choose = self.choose.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "Enter" | " " | "Spacebar") {
                e.prevent_default();
                choose.emit(key);
            }
        });
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        TargetHandlers {
            onclick,
            onkeydown,
            onmousedown,
        }
    }

    fn click(&self, key: &'static str) -> Callback<MouseEvent> {
        let choose = self.choose.clone();
        Callback::from(move |_: MouseEvent| choose.emit(key))
    }

    fn tabindex(&self, key: &str) -> &'static str {
        if self.stop == key {
            "0"
        } else {
            "-1"
        }
    }
}

struct TargetHandlers {
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
    onmousedown: Callback<MouseEvent>,
}

fn division_path(v: &View, d: &Division) -> Html {
    let iso = d.iso;
    let count = v.count(iso);
    let is_selected = v.selected == Some(iso);
    let fill = fill_for(count, &v.classes);
    let title = format!(
        "{} {} — {}",
        d.name_zh,
        v.english(iso),
        meetings_text(v.props.lang, count)
    );
    let TargetHandlers {
        onclick,
        onkeydown,
        onmousedown,
    } = v.handlers(iso);
    let class = classes!(
        "pm-province",
        "pm-key",
        tone_class(fill),
        (count > 0).then_some("pm-active"),
        is_selected.then_some("pm-selected")
    );
    html! {
        <path key={iso} {class} d={shape(iso)} fill={fill} data-province={iso} data-count={count.to_string()}
            tabindex={v.tabindex(iso)} role="button" aria-label={v.aria(iso)}
            aria-pressed={is_selected.to_string()} {onclick} {onkeydown} {onmousedown}>
            <title>{title}</title>
        </path>
    }
}

/// A count, legible at any map width: 12 CSS px with a halo (dark on light, or light on dark
/// in the dark theme), in the unscaled overlay. Its looks are in static/style.css, as are the
/// overlay's, which needs the stylesheet to be placed at all.
fn count_text(x: String, y: String, count: usize) -> Html {
    html! { <text class="pm-count" {x} {y} dy="0.35em">{count}</text> }
}

/// The callout of a small division: a circle (a target over 24 px across, with the division's
/// `data-province`), beside it and joined to it by a leader line, or on its own shape.
fn callout(v: &View, d: &Division, (dx, dy): (i32, i32)) -> Html {
    let iso = d.iso;
    let count = v.count(iso);
    let is_selected = v.selected == Some(iso);
    let fill = fill_for(count, &v.classes);
    let (x, y) = v.at(d.label);
    let short = match (iso, v.en()) {
        ("CN-HK", true) => "HK",
        ("CN-MO", true) => "MO",
        (_, true) => english_name(iso),
        // The name without its suffix: 北京, 宁夏, 香港.
        (_, false) => d.name_zh.get(..6).unwrap_or(d.name_zh),
    };
    // A circle on the division's own shape needs no leader line or label beside it.
    let beside = (dx, dy) != (0, 0);
    let onclick = v.click(iso);
    let (dx, dy) = (dx.to_string(), dy.to_string());
    html! {
        <svg key={iso} class="pm-callout" data-callout={iso} {x} {y} overflow="visible">
            if beside { <line x2={dx.clone()} y2={dy.clone()} /> }
            <circle class={classes!("pm-hit", tone_class(fill), is_selected.then_some("pm-selected"), (!beside).then_some("pm-hit-on"))}
                data-province={iso} cx={dx.clone()} cy={dy.clone()} r="13" fill={fill} {onclick} />
            if count > 0 { { count_text(dx.clone(), dy.clone(), count) } }
            if beside {
                if matches!(iso, "CN-SH" | "CN-TW") {
                    <text class="pm-label" x={dx} y={dy} dx="-16" dy="0.35em" text-anchor="end">{short}</text>
                } else {
                    <text class="pm-label" x={dx} y={dy} dx="16" dy="0.35em">{short}</text>
                }
            }
        </svg>
    }
}

/// The point where the lines to the central bodies end: a button (in the tab order with the
/// divisions) that filters to the meetings with a central body.
fn central_point(v: &View) -> Html {
    let (x, y) = v.at(CENTRAL_POINT);
    let is_selected = v.selected == Some(CENTRAL);
    let TargetHandlers {
        onclick,
        onkeydown,
        onmousedown,
    } = v.handlers(CENTRAL);
    let short = if v.en() { "Central" } else { "中央" };
    html! {
        <svg {x} {y} overflow="visible" class="pm-central">
            <circle class="pm-capital" data-testid="map-capital" r="5" />
            <circle class={classes!("pm-hit", "pm-key", is_selected.then_some("pm-selected"))} data-testid="map-central"
                r="13" tabindex={v.tabindex(CENTRAL)} role="button" aria-label={v.aria(CENTRAL)}
                aria-pressed={is_selected.to_string()} {onclick} {onkeydown} {onmousedown} />
            <text class="pm-label" y="26" text-anchor="middle">{format!("{short} {}", v.count(CENTRAL))}</text>
        </svg>
    }
}

/// What lies over the map without being scaled with it: the counts, the callouts of Hong Kong
/// and Macau, the central point. Placed by percentages of the map's box, sized in CSS px.
fn overlay(v: &View) -> Html {
    let counts = v.data.divisions.iter().filter_map(|d| {
        let count = v.count(d.iso);
        if count == 0 || callout_offset(d.iso).is_some() {
            return None;
        }
        let (x, y) = v.at(d.label);
        Some(count_text(x, y, count))
    });
    let callouts = v
        .data
        .divisions
        .iter()
        .filter_map(|d| callout_offset(d.iso).map(|off| callout(v, d, off)));
    let central = v.count(CENTRAL) > 0 || v.selected == Some(CENTRAL);
    html! {
        <svg class="pm-overlay" width="100%" height="100%">
            <g aria-hidden="true">{ for counts }{ for callouts }</g>
            if central { { central_point(v) } }
        </svg>
    }
}

/// The one division (or the central point) in the tab order: the selected one, else the first
/// with meetings.
fn tab_stop(props: &ProvinceMapProps) -> String {
    let data = map_data();
    let count = |k: &str| props.counts.get(k).copied().unwrap_or(0);
    let selected = props.selected.as_deref();
    let shown = |k: &&str| {
        data.division(k).is_some() || (*k == CENTRAL && (count(CENTRAL) > 0 || selected == Some(k)))
    };
    selected
        .filter(shown)
        .or_else(|| data.divisions.iter().map(|d| d.iso).find(|&i| count(i) > 0))
        .or_else(|| data.divisions.first().map(|d| d.iso))
        .unwrap_or_default()
        .to_string()
}

fn lines_html(v: &View) -> Vec<Html> {
    v.props
        .lines
        .iter()
        .filter_map(|l| {
            let a = anchor(v.data, &l.from)?;
            let b = anchor(v.data, &l.to)?;
            if a == b {
                return None;
            }
            let touches = match v.selected {
                None => true,
                Some(CENTRAL) => l.to == BEIJING,
                Some(s) => s == l.from || s == l.to,
            };
            Some(html! {
                <path class={classes!("pm-line", touches.then_some("pm-line-active"))} d={curve(a, b)}
                    fill="none" stroke={LINE_COLOUR} stroke-width={fmt_tenths(line_width(l.weight))}
                    stroke-linecap="round" stroke-opacity={if touches { "0.8" } else { "0.15" }}
                    data-from={l.from.clone()} data-to={l.to.clone()} data-weight={l.weight.to_string()} />
            })
        })
        .collect()
}

/// The legend: the colour scale as a small SVG (it needs no stylesheet; its text is
/// `currentColor`, so that it follows the page's light or dark colours), and what the central
/// point is.
fn legend(v: &View) -> Html {
    let en = v.en();
    let legend_title = if en { "Meetings" } else { "会见次数" };
    let mut entries = vec![(ZERO_FILL, "0".to_string())];
    for c in &v.classes {
        let text = if c.lo == c.hi {
            c.lo.to_string()
        } else {
            format!("{}–{}", c.lo, c.hi)
        };
        entries.push((c.colour, text));
    }
    let mut x: i32 = if en { 62 } else { 58 };
    let mut items = Vec::with_capacity(entries.len());
    for (colour, text) in &entries {
        let text_w = 7 * text.chars().count() as i32 + 4;
        items.push(html! {
            <g class="pm-legend-item">
                <rect class={tone_class(colour)} x={x.to_string()} y="3" width="16" height="11" fill={*colour} stroke={BORDER} stroke-width="0.8" />
                <text x={(x + 20).to_string()} y="12.5" font-size="12" fill="currentColor">{text.clone()}</text>
            </g>
        });
        x += 20 + text_w + 8;
    }
    let aria = format!(
        "{legend_title}: {}",
        entries
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(if en { ", " } else { "、" })
    );
    let central = if en {
        "Central bodies (ministries, central firms…): lines end here; click to filter."
    } else {
        "中央单位（部委、央企等）：连线的终点，点击筛选。"
    };
    html! {
        <div class="pm-legend" data-testid="map-legend">
            <svg class="pm-legend-svg" width={x.to_string()} height="17" viewBox={format!("0 0 {x} 17")}
                role="img" aria-label={aria}>
                <text x="0" y="12.5" font-size="12" font-weight="600" fill="currentColor">{legend_title}</text>
                { for items }
            </svg>
            <span class="pm-central-key" data-testid="map-central-key">{central}</span>
        </div>
    }
}

#[function_component(ProvinceMap)]
pub fn province_map(props: &ProvinceMapProps) -> Html {
    let data = map_data();
    let max = data
        .divisions
        .iter()
        .map(|d| props.counts.get(d.iso).copied().unwrap_or(0))
        .max()
        .unwrap_or(0);
    // The choice of a target: Some(key), or None when it is the one already selected.
    let choose = {
        let on_select = props.on_select.clone();
        let selected = props.selected.clone();
        Callback::from(move |key: &'static str| {
            on_select.emit((selected.as_deref() != Some(key)).then(|| key.to_string()));
        })
    };
    let v = View {
        data,
        props,
        classes: scale_classes(max),
        selected: props.selected.as_deref(),
        stop: tab_stop(props),
        choose,
    };
    let en = v.en();
    // The selected division's outline, drawn over every shape so that no neighbour hides it.
    let outline = v.selected.and_then(|i| data.division(i)).map(|d| {
        html! {
            <path class="pm-outline" d={shape(d.iso)} fill="none" stroke={SELECTED_STROKE} stroke-width="1.6"
                stroke-linejoin="round" pointer-events="none" aria-hidden="true" />
        }
    });
    // The arrow keys take the tab stop along (in the DOM only, until the selection changes), so
    // that Tab leaves the map from wherever they got to.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let from = e.target_dyn_into::<web_sys::Element>();
        if let (Some(to), Some(from)) = (rove(&e, ".pm-stage", ".pm-key"), from) {
            let _ = from.set_attribute("tabindex", "-1");
            let _ = to.set_attribute("tabindex", "0");
        }
    });
    let label = if en {
        "Map of meetings by province (arrow keys move)"
    } else {
        "各省会见次数地图（方向键移动）"
    };
    let hint = if en {
        "Click a province to filter the meetings; click it again to clear."
    } else {
        "点击省份筛选会见，再次点击取消。"
    };
    let selected_note = v.selected.map(|s| {
        let text = if en {
            format!("Showing {}. ", v.name(s))
        } else {
            format!("已筛选：{}。", v.name(s))
        };
        html! { <strong class="pm-selected-note" data-testid="map-selected">{text}</strong> }
    });
    html! {
        <figure class="pm-figure province-map" data-testid="province-map">
            <div class="pm-stage" role="group" aria-label={label} {onkeydown}>
                <svg class="pm-svg" viewBox={data.view_box} width="100%" preserveAspectRatio="xMidYMid meet">
                    <g class="pm-shapes" stroke={BORDER} stroke-width="0.5" stroke-linejoin="round"
                        cursor="pointer">{ for data.divisions.iter().map(|d| division_path(&v, d)) }</g>
                    { outline.unwrap_or_default() }
                    <g class="pm-lines" pointer-events="none" aria-hidden="true">{ for lines_html(&v) }</g>
                </svg>
                { overlay(&v) }
            </div>
            { legend(&v) }
            <figcaption class="pm-caption">
                { selected_note.unwrap_or_default() }
                <span class="pm-hint">{hint}</span>
                {" "}
                <small class="pm-credit" data-testid="map-credit">{"Made with Natural Earth"}</small>
            </figcaption>
        </figure>
    }
}
