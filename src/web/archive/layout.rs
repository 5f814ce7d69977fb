//! The archive charts' arithmetic: the timeline's bins (ISO weeks or months, stacked by meeting
//! kind or by counterpart type) and the network's node positions (provinces at their map points,
//! the other parties on rings around the map).
//!
//! Pure and deterministic, with no web dependency, so that it is also built natively
//! (`crate::archive_layout`) and unit-tested under `cargo test`.

use std::collections::{BTreeMap, HashMap};
use std::f64::consts::PI;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::core::archive::{Graph, Meeting};
use crate::core::{EventKind, PartyKind};

/// The width of a timeline bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Week,
    Month,
}

/// What the layers of a timeline bar stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stack {
    Kind,
    Counterpart,
}

/// One layer of a stacked bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    Kind(EventKind),
    /// The kind of the meeting's first party that is no province or city; `None` when every
    /// party is one (provinces meeting provinces).
    Counterpart(Option<PartyKind>),
}

/// The event kinds in the order the filters list them (as `web::i18n::EVENT_KINDS`).
pub const KINDS: [EventKind; 7] = [
    EventKind::Talks,
    EventKind::Symposium,
    EventKind::Signing,
    EventKind::Visit,
    EventKind::Inspection,
    EventKind::Conference,
    EventKind::Other,
];

/// The kinds a counterpart can have (every kind but province and city), central bodies first.
pub const COUNTERPARTS: [PartyKind; 15] = [
    PartyKind::PartyCentre,
    PartyKind::StateCouncil,
    PartyKind::PartyOrgan,
    PartyKind::Ministry,
    PartyKind::Agency,
    PartyKind::Legislature,
    PartyKind::Judiciary,
    PartyKind::Military,
    PartyKind::Soe,
    PartyKind::Financial,
    PartyKind::Academy,
    PartyKind::University,
    PartyKind::PeopleOrg,
    PartyKind::Corps,
    PartyKind::Other,
];

/// Past this many bins between the first and the last date (a mistyped year), the empty ones
/// are left out, so that a chart never draws thousands of bars.
pub const MAX_BINS: usize = 1000;

/// One bar of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// `2024-03` or `2024-W11` (ISO week-numbering year and week).
    pub key: String,
    /// Its first and last days, ISO, inclusive.
    pub from: String,
    pub to: String,
    /// The meetings of each of [`Binned::series`], in that order.
    pub counts: Vec<usize>,
    pub total: usize,
}

/// The timeline's bars, in time order, and what they leave out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Binned {
    /// The layers that have at least one meeting, in [`KINDS`] or [`COUNTERPARTS`] order.
    pub series: Vec<Series>,
    pub bins: Vec<Bin>,
    /// The meetings without a full date (none, `--03-14`, `2024-03`), in no bar.
    pub undated: usize,
}

impl Binned {
    /// The largest bar.
    pub fn max(&self) -> usize {
        self.bins.iter().map(|b| b.total).max().unwrap_or(0)
    }

    /// The meetings in the bars.
    pub fn dated(&self) -> usize {
        self.bins.iter().map(|b| b.total).sum()
    }

    /// The first and last bars that overlap the days `from..=to`.
    pub fn range_of(&self, from: &str, to: &str) -> Option<(usize, usize)> {
        let hit = |b: &Bin| b.from.as_str() <= to && from <= b.to.as_str();
        let first = self.bins.iter().position(hit)?;
        let last = self.bins.iter().rposition(hit)?;
        Some((first, last))
    }

    /// The days from bar `a` to bar `b` (either order), ISO and inclusive.
    pub fn days(&self, a: usize, b: usize) -> Option<(String, String)> {
        let (lo, hi) = (a.min(b), a.max(b));
        Some((
            self.bins.get(lo)?.from.clone(),
            self.bins.get(hi)?.to.clone(),
        ))
    }
}

/// A full ISO date (`2024-03-14`, anything after the tenth character ignored); `None` for a
/// yearless (`--03-14`) or partial one, or a day that does not exist.
pub fn full_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// The layer a meeting counts in.
pub fn series_of(m: &Meeting, stack: Stack) -> Series {
    match stack {
        Stack::Kind => Series::Kind(m.kind),
        Stack::Counterpart => Series::Counterpart(
            m.parties
                .iter()
                .map(|p| p.kind)
                .find(|k| !matches!(k, PartyKind::Province | PartyKind::City)),
        ),
    }
}

fn all_series(stack: Stack) -> Vec<Series> {
    match stack {
        Stack::Kind => KINDS.iter().map(|k| Series::Kind(*k)).collect(),
        Stack::Counterpart => COUNTERPARTS
            .iter()
            .map(|k| Series::Counterpart(Some(*k)))
            .chain([Series::Counterpart(None)])
            .collect(),
    }
}

/// The first day of the bar of `day`: its week's Monday or its month's first.
fn bin_start(day: NaiveDate, g: Granularity) -> NaiveDate {
    match g {
        Granularity::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
        Granularity::Month => day.with_day(1).unwrap_or(day),
    }
}

fn next_start(start: NaiveDate, g: Granularity) -> Option<NaiveDate> {
    match g {
        Granularity::Week => start.checked_add_days(Days::new(7)),
        Granularity::Month => start.checked_add_months(Months::new(1)),
    }
}

/// How many bars from the one starting `first` to the one starting `last`, both included.
fn span(first: NaiveDate, last: NaiveDate, g: Granularity) -> i64 {
    match g {
        Granularity::Week => (last - first).num_days() / 7 + 1,
        Granularity::Month => {
            let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
            months(last) - months(first) + 1
        }
    }
}

fn bin_key(start: NaiveDate, g: Granularity) -> String {
    match g {
        Granularity::Week => {
            let w = start.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Granularity::Month => format!("{:04}-{:02}", start.year(), start.month()),
    }
}

fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn make_bin(start: NaiveDate, g: Granularity, counts: Vec<usize>) -> Bin {
    let end = next_start(start, g)
        .and_then(|n| n.pred_opt())
        .unwrap_or(start);
    Bin {
        key: bin_key(start, g),
        from: iso(start),
        to: iso(end),
        total: counts.iter().sum(),
        counts,
    }
}

/// The timeline's bars: every week or month from the first meeting's to the last one's (the
/// empty ones too, so that time runs evenly, unless there would be more than [`MAX_BINS`]).
pub fn bins(meetings: &[Meeting], g: Granularity, stack: Stack) -> Binned {
    let every = all_series(stack);
    let mut undated = 0;
    let mut by_start: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for m in meetings {
        let Some(day) = full_date(m.start()) else {
            undated += 1;
            continue;
        };
        let layer = series_of(m, stack);
        let i = every.iter().position(|s| *s == layer).unwrap_or(0);
        by_start
            .entry(bin_start(day, g))
            .or_insert_with(|| vec![0; every.len()])[i] += 1;
    }
    let used: Vec<usize> = (0..every.len())
        .filter(|&i| by_start.values().any(|c| c[i] > 0))
        .collect();
    let pick = |c: &[usize]| used.iter().map(|&i| c[i]).collect::<Vec<usize>>();
    let mut out = Vec::new();
    if let (Some(first), Some(last)) = (by_start.keys().next(), by_start.keys().next_back()) {
        if span(*first, *last, g) <= MAX_BINS as i64 {
            let mut at = Some(*first);
            while let Some(start) = at.filter(|s| s <= last) {
                let counts = by_start
                    .get(&start)
                    .map_or(vec![0; used.len()], |c| pick(c));
                out.push(make_bin(start, g, counts));
                at = next_start(start, g);
            }
        } else {
            out = by_start
                .iter()
                .map(|(start, c)| make_bin(*start, g, pick(c)))
                .collect();
        }
    }
    Binned {
        series: used.iter().map(|&i| every[i]).collect(),
        bins: out,
        undated,
    }
}

/// Every how many bars an axis label fits, for at most `labels` of them.
pub fn label_every(bars: usize, labels: usize) -> usize {
    bars.div_ceil(labels.max(1)).max(1)
}

// ---------------------------------------------------------------------------------------------
// The network.

/// Where the network draws a kind of party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// At its map point.
    Province,
    /// Cities and the Corps: next to their province's point.
    Local,
    /// On the inner rings: the Party's and the State's central bodies.
    Central,
    /// Central SOEs and financial institutions, on the next rings.
    Firm,
    /// Academies, universities, people's organisations and the rest, outermost.
    Other,
}

/// The groups in the order of the legend (and of the rings, from the map outwards).
pub const GROUPS: [Group; 5] = [
    Group::Province,
    Group::Local,
    Group::Central,
    Group::Firm,
    Group::Other,
];

pub fn group(kind: PartyKind) -> Group {
    match kind {
        PartyKind::Province => Group::Province,
        PartyKind::City | PartyKind::Corps => Group::Local,
        PartyKind::Soe | PartyKind::Financial => Group::Firm,
        PartyKind::Academy | PartyKind::University | PartyKind::PeopleOrg | PartyKind::Other => {
            Group::Other
        }
        _ => Group::Central,
    }
}

/// The province map's label points (`map_data.tsv`, split by build.rs), by ISO code.
pub type MapPoints = HashMap<&'static str, (f64, f64)>;

const MAP_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/map_divisions.tsv"));

/// Reads `iso, name, x, y, …` lines (other lines skipped).
pub fn parse_points(tsv: &'static str) -> MapPoints {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cells = l.split('\t');
            let iso = cells.next()?;
            let _name = cells.next()?;
            let x = cells.next()?.trim().parse().ok()?;
            let y = cells.next()?.trim().parse().ok()?;
            Some((iso, (x, y)))
        })
        .collect()
}

/// The label points of the app's own map, parsed on first use.
pub fn map_points() -> &'static MapPoints {
    static POINTS: OnceLock<MapPoints> = OnceLock::new();
    POINTS.get_or_init(|| parse_points(MAP_TSV))
}

/// A node's place and size, in the units of [`NetLayout`]'s viewBox.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// Whether its name is written at all times (the biggest nodes only).
    pub label: bool,
}

/// The network's drawing: a viewBox `0 0 width height` and one place per node of the graph, in
/// the graph's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetLayout {
    pub width: f64,
    pub height: f64,
    /// Added to a map point, gives its place in the viewBox.
    pub origin: (f64, f64),
    pub nodes: Vec<Placed>,
}

/// How many nodes carry a label at all times.
pub const LABELS: usize = 12;
const MIN_R: f64 = 4.0;
const MAX_R: f64 = 16.0;
/// Room between nodes on a ring, and between the map's points and the first ring.
const GAP: f64 = 4.0;
const RING_MARGIN: f64 = 36.0;
/// Room for the labels around the drawing.
const PAD_X: f64 = 80.0;
const PAD_Y: f64 = 28.0;

/// A node's radius: its area grows with its meetings, up to the busiest one's [`MAX_R`].
pub fn node_radius(meetings: usize, max: usize) -> f64 {
    if max == 0 {
        return MIN_R;
    }
    let share = (meetings.min(max) as f64 / max as f64).sqrt();
    MIN_R + (MAX_R - MIN_R) * share
}

/// An edge's stroke width, 1 to 6 units, by its share of the heaviest edge's meetings.
pub fn edge_width(weight: usize, max: usize) -> f64 {
    if max == 0 {
        return 1.0;
    }
    1.0 + 5.0 * (weight.min(max) as f64 / max as f64).sqrt()
}

/// An edge's opacity: fainter the more edges there are (so that a few thousand do not make a
/// solid mass), stronger for the heavier ones.
pub fn edge_opacity(weight: usize, max: usize, edges: usize) -> f64 {
    let base = (5.0 / (edges.max(1) as f64).sqrt()).clamp(0.1, 0.5);
    let share = if max == 0 {
        0.0
    } else {
        (weight.min(max) as f64 / max as f64).sqrt()
    };
    (base * (0.6 + 0.8 * share)).min(0.8)
}

/// Rounds to a tenth, so that the attributes stay short and the same graph gives the same text.
fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The network's layout: provinces at their `points`, cities and the Corps beside their
/// province, the other parties on rings around the map (central bodies innermost, then firms,
/// then the rest), each ring's nodes clockwise from the top by meetings, most first. No two
/// nodes share a centre; the same graph always gets the same layout.
pub fn layout(graph: &Graph, points: &MapPoints) -> NetLayout {
    let max = graph.nodes.iter().map(|n| n.meetings).max().unwrap_or(0);
    let radii: Vec<f64> = graph
        .nodes
        .iter()
        .map(|n| node_radius(n.meetings, max))
        .collect();
    let mut at: Vec<Option<(f64, f64)>> = vec![None; graph.nodes.len()];
    let mut grid = Grid::default();
    for (i, n) in graph.nodes.iter().enumerate() {
        if n.kind == PartyKind::Province {
            if let Some(&p) = points.get(n.id.as_str()) {
                at[i] = Some(p);
                grid.add(p, radii[i]);
            }
        }
    }
    let (centre, inner) = map_circle(points);
    let mut edge = inner + RING_MARGIN;
    for g in [Group::Central, Group::Firm, Group::Other] {
        let ring: Vec<usize> = by_meetings(graph, |i| {
            at[i].is_none() && ring_group(graph, points, i) == g
        });
        edge = place_rings(&ring, &radii, centre, edge, &mut at, &mut grid);
    }
    for i in by_meetings(graph, |i| at[i].is_none()) {
        let home = graph.nodes[i]
            .province
            .as_deref()
            .and_then(|p| points.get(p));
        let p = beside(home.copied().unwrap_or(centre), radii[i], &grid);
        at[i] = Some(p);
        grid.add(p, radii[i]);
    }
    finish(graph, points, &at, &radii)
}

/// Where a node goes when it is not at a map point: a city or the Corps whose province is on the
/// map goes beside it (`Local`), any other one on the rings of its kind.
fn ring_group(graph: &Graph, points: &MapPoints, i: usize) -> Group {
    let n = &graph.nodes[i];
    match group(n.kind) {
        Group::Local | Group::Province
            if n.province
                .as_deref()
                .is_some_and(|p| points.contains_key(p)) =>
        {
            Group::Local
        }
        Group::Local | Group::Province => Group::Other,
        g => g,
    }
}

/// The indices of the nodes that `keep`, most meetings first, then by id.
fn by_meetings(graph: &Graph, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut out: Vec<usize> = (0..graph.nodes.len()).filter(|&i| keep(i)).collect();
    out.sort_by(|&a, &b| {
        let (a, b) = (&graph.nodes[a], &graph.nodes[b]);
        b.meetings.cmp(&a.meetings).then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// The centre of the map's points' bounding box, and the farthest point's distance from it.
fn map_circle(points: &MapPoints) -> ((f64, f64), f64) {
    if points.is_empty() {
        return ((0.0, 0.0), 0.0);
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points.values() {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let c = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let r = points
        .values()
        .map(|&(x, y)| (x - c.0).hypot(y - c.1))
        .fold(0.0, f64::max);
    (c, r)
}

/// Places `nodes` (biggest first) on rings outside the circle `edge`, as many on a ring as fit
/// side by side, their spare room shared evenly; returns the circle outside them all.
fn place_rings(
    nodes: &[usize],
    radii: &[f64],
    centre: (f64, f64),
    mut edge: f64,
    at: &mut [Option<(f64, f64)>],
    grid: &mut Grid,
) -> f64 {
    let mut rest = nodes;
    while let Some(&first) = rest.first() {
        let radius = edge + GAP + radii[first];
        let round = 2.0 * PI * radius;
        let room = |i: usize| 2.0 * radii[i] + GAP;
        let mut used = room(first);
        let mut n = 1;
        while n < rest.len() && used + room(rest[n]) <= round {
            used += room(rest[n]);
            n += 1;
        }
        let scale = round / used;
        // Each node in the middle of its share of the ring, the first one at the top.
        let mut along = -room(first) * scale / 2.0;
        for &i in &rest[..n] {
            let arc = room(i) * scale;
            let angle = -PI / 2.0 + (along + arc / 2.0) / radius;
            along += arc;
            let p = (
                centre.0 + radius * angle.cos(),
                centre.1 + radius * angle.sin(),
            );
            at[i] = Some(p);
            grid.add(p, radii[i]);
        }
        rest = &rest[n..];
        edge = radius + radii[first];
    }
    edge
}

/// The first free place around `home` for a node of radius `r`: on circles ever farther out,
/// clear of every node placed so far (or, past a few hundred tries, the clearest one).
fn beside(home: (f64, f64), r: f64, grid: &Grid) -> (f64, f64) {
    let mut best = (f64::MIN, home);
    for k in 1..=40 {
        let dist = k as f64 * (2.0 * r + GAP);
        let slots = ((2.0 * PI * dist) / (2.0 * r + GAP)).floor().max(6.0) as usize;
        for s in 0..slots {
            let angle = -PI / 2.0 + (s as f64 + 0.5 * (k % 2) as f64) * 2.0 * PI / slots as f64;
            let p = (home.0 + dist * angle.cos(), home.1 + dist * angle.sin());
            let room = grid.room(p, r);
            if room >= 0.0 {
                return p;
            }
            if room > best.0 {
                best = (room, p);
            }
        }
    }
    best.1
}

/// The placed nodes by square cells, to find a node's neighbours without looking at all of them.
#[derive(Default)]
struct Grid {
    cells: HashMap<(i64, i64), Vec<Circle>>,
}

/// A placed node: its centre and radius.
type Circle = (f64, f64, f64);

const CELL: f64 = 2.0 * MAX_R + GAP;

impl Grid {
    fn cell(p: (f64, f64)) -> (i64, i64) {
        ((p.0 / CELL).floor() as i64, (p.1 / CELL).floor() as i64)
    }

    fn add(&mut self, p: (f64, f64), r: f64) {
        self.cells
            .entry(Grid::cell(p))
            .or_default()
            .push((p.0, p.1, r));
    }

    /// How far a node of radius `r` at `p` stays clear of its nearest neighbour (negative when
    /// they overlap); a large number when it has none nearby.
    fn room(&self, p: (f64, f64), r: f64) -> f64 {
        let (cx, cy) = Grid::cell(p);
        let mut room = CELL;
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &(x, y, q) in self.cells.get(&(cx + dx, cy + dy)).into_iter().flatten() {
                    room = room.min((x - p.0).hypot(y - p.1) - r - q - 1.0);
                }
            }
        }
        room
    }
}

/// Moves the drawing (and the whole map's points, so that the map's region stays the same
/// whatever the graph) into a viewBox from 0, with room for the labels, and marks the labelled
/// nodes.
fn finish(
    graph: &Graph,
    points: &MapPoints,
    at: &[Option<(f64, f64)>],
    radii: &[f64],
) -> NetLayout {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut extend = |(x, y): (f64, f64), r: f64| {
        (x0, y0, x1, y1) = (x0.min(x - r), y0.min(y - r), x1.max(x + r), y1.max(y + r));
    };
    for &p in points.values() {
        extend(p, MAX_R);
    }
    for (p, &r) in at.iter().zip(radii) {
        extend(p.unwrap_or_default(), r);
    }
    if x0 > x1 {
        (x0, y0, x1, y1) = (0.0, 0.0, 0.0, 0.0);
    }
    let origin = (tenth(PAD_X - x0), tenth(PAD_Y - y0));
    let labelled: Vec<usize> = by_meetings(graph, |_| true)
        .into_iter()
        .take(LABELS)
        .collect();
    let nodes = at
        .iter()
        .zip(radii)
        .enumerate()
        .map(|(i, (p, &r))| {
            let (x, y) = p.unwrap_or_default();
            Placed {
                x: tenth(x + origin.0),
                y: tenth(y + origin.1),
                r: tenth(r),
                label: labelled.contains(&i),
            }
        })
        .collect();
    NetLayout {
        width: tenth(x1 - x0 + 2.0 * PAD_X),
        height: tenth(y1 - y0 + 2.0 * PAD_Y),
        origin,
        nodes,
    }
}

// The case tables are tuples, one line per case.
#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;
    use crate::core::archive::Node;
    use crate::core::{DateOut, PartyRef};

    fn party(id: &str, kind: PartyKind) -> PartyRef {
        PartyRef {
            id: id.into(),
            name: id.into(),
            english: None,
            kind,
            province: None,
        }
    }

    fn meeting(start: &str, kind: EventKind, parties: &[PartyKind]) -> Meeting {
        Meeting {
            kind,
            date: (!start.is_empty()).then(|| DateOut {
                start: start.into(),
                end: start.into(),
                text: String::new(),
                time_of_day: None,
            }),
            parties: parties
                .iter()
                .enumerate()
                .map(|(i, k)| party(&format!("p{i}"), *k))
                .collect(),
            participants: vec![],
            agreements: vec![],
            topics: vec![],
            location: None,
            articles: vec![0],
        }
    }

    fn talks(dates: &[&str]) -> Vec<Meeting> {
        let pair = [PartyKind::Province, PartyKind::Ministry];
        dates
            .iter()
            .map(|d| meeting(d, EventKind::Talks, &pair))
            .collect()
    }

    fn keys(b: &Binned) -> Vec<(&str, usize)> {
        b.bins.iter().map(|b| (b.key.as_str(), b.total)).collect()
    }

    use Granularity::{Month, Week};

    #[test]
    fn bins_by_week_and_month() {
        #[rustfmt::skip]
        let cases: &[(&[&str], Granularity, &[(&str, usize)], usize)] = &[
            (&[], Week, &[], 0),
            (&[], Month, &[], 0),
            (&["2024-03-14"], Week, &[("2024-W11", 1)], 0),
            (&["2024-12-30", "2025-01-05", "2025-01-06"], Week, &[("2025-W01", 2), ("2025-W02", 1)], 0),
            (&["2020-12-31", "2021-01-03"], Week, &[("2020-W53", 2)], 0),
            (&["2024-03-11", "2024-03-25"], Week, &[("2024-W11", 1), ("2024-W12", 0), ("2024-W13", 1)], 0),
            (&["2024-01-31", "2024-03-01"], Month, &[("2024-01", 1), ("2024-02", 0), ("2024-03", 1)], 0),
            (&["2023-12-31", "2024-01-01"], Month, &[("2023-12", 1), ("2024-01", 1)], 0),
            (&["2024-03-14", "", "--03-14", "2024-03", "2024-02-30", "20x4-03-14"], Month, &[("2024-03", 1)], 5),
            (&["", "--03-14"], Week, &[], 2),
            (&["2024-03-14T09:00"], Month, &[("2024-03", 1)], 0),
            (&["1900-01-01", "2024-01-01"], Week, &[("1900-W01", 1), ("2024-W01", 1)], 0),
            (&["2024-05-02", "2024-05-01"], Month, &[("2024-05", 2)], 0),
        ];
        for (dates, g, want, undated) in cases {
            let b = bins(&talks(dates), *g, Stack::Kind);
            assert_eq!(keys(&b), *want, "{dates:?} {g:?}");
            assert_eq!(b.undated, *undated, "{dates:?} {g:?}");
            assert_eq!(b.dated() + b.undated, dates.len(), "{dates:?}");
        }
    }

    #[test]
    fn bins_know_their_first_and_last_days() {
        #[rustfmt::skip]
        let cases: &[(&str, Granularity, &str, &str)] = &[
            ("2024-03-14", Week, "2024-03-11", "2024-03-17"),
            ("2025-01-01", Week, "2024-12-30", "2025-01-05"),
            ("2024-02-10", Month, "2024-02-01", "2024-02-29"),
            ("2023-02-10", Month, "2023-02-01", "2023-02-28"),
            ("2024-12-31", Month, "2024-12-01", "2024-12-31"),
        ];
        for (day, g, from, to) in cases {
            let b = bins(&talks(&[day]), *g, Stack::Kind);
            assert_eq!(
                (b.bins[0].from.as_str(), b.bins[0].to.as_str()),
                (*from, *to),
                "{day}"
            );
        }
    }

    #[test]
    fn bins_stack_by_kind_or_counterpart() {
        use PartyKind::*;
        let m = [
            meeting("2024-03-01", EventKind::Signing, &[Province, Soe]),
            meeting("2024-03-02", EventKind::Talks, &[Ministry, Province]),
            meeting("2024-03-03", EventKind::Talks, &[Province, City]),
            meeting("2024-04-03", EventKind::Talks, &[City, Province, Financial]),
        ];
        #[rustfmt::skip]
        let cases: &[(Stack, &[Series], &[&[usize]])] = &[
            (Stack::Kind, &[Series::Kind(EventKind::Talks), Series::Kind(EventKind::Signing)], &[&[2, 1], &[1, 0]]),
            (Stack::Counterpart, &[
                Series::Counterpart(Some(Ministry)), Series::Counterpart(Some(Soe)),
                Series::Counterpart(Some(Financial)), Series::Counterpart(None),
            ], &[&[1, 1, 0, 1], &[0, 0, 1, 0]]),
        ];
        for (stack, series, counts) in cases {
            let b = bins(&m, Month, *stack);
            assert_eq!(b.series, *series, "{stack:?}");
            let got: Vec<&[usize]> = b.bins.iter().map(|b| b.counts.as_slice()).collect();
            assert_eq!(got, *counts, "{stack:?}");
        }
    }

    #[test]
    fn ranges_and_days_of_bars() {
        let b = bins(&talks(&["2024-01-05", "2024-04-05"]), Month, Stack::Kind);
        #[rustfmt::skip]
        let cases: &[(&str, &str, Option<(usize, usize)>)] = &[
            ("2024-02-01", "2024-02-29", Some((1, 1))),
            ("2024-01-15", "2024-03-02", Some((0, 2))),
            ("2023-01-01", "2030-01-01", Some((0, 3))),
            ("2025-01-01", "2025-02-01", None),
        ];
        for (from, to, want) in cases {
            assert_eq!(b.range_of(from, to), *want, "{from}..{to}");
        }
        assert_eq!(
            b.days(2, 1),
            Some(("2024-02-01".into(), "2024-03-31".into()))
        );
        assert_eq!(b.days(0, 9), None);
    }

    #[test]
    fn full_dates_only() {
        #[rustfmt::skip]
        let cases: &[(&str, Option<(i32, u32, u32)>)] = &[
            ("2024-03-14", Some((2024, 3, 14))), ("2024-02-29", Some((2024, 2, 29))),
            ("2023-02-29", None), ("--03-14", None), ("2024-03", None), ("", None),
            ("2024-3-14", None), ("+024-03-14", None), ("２０２４-03-14", None), ("2024-03-1x", None),
        ];
        for (s, want) in cases {
            let got = full_date(s).map(|d| (d.year(), d.month(), d.day()));
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn axis_labels_thin_out() {
        #[rustfmt::skip]
        let cases = [(0, 8, 1), (5, 8, 1), (8, 8, 1), (9, 8, 2), (100, 8, 13), (10, 0, 10)];
        for (bars, labels, every) in cases {
            assert_eq!(label_every(bars, labels), every, "{bars} {labels}");
        }
    }

    // -----------------------------------------------------------------------------------------

    fn node(id: &str, kind: PartyKind, province: Option<&str>, meetings: usize) -> Node {
        Node {
            id: id.into(),
            name: id.into(),
            english: None,
            kind,
            province: province.map(str::to_string),
            meetings,
        }
    }

    fn graph(nodes: Vec<Node>) -> Graph {
        Graph {
            nodes,
            edges: vec![],
        }
    }

    /// `n` nodes of every sort: provinces, cities, ministries, firms, others, and odd ones.
    fn mixed(n: usize) -> Graph {
        let isos: Vec<&str> = {
            let mut v: Vec<&str> = map_points().keys().copied().collect();
            v.sort();
            v
        };
        let nodes = (0..n)
            .map(|i| {
                let meetings = 1 + (i * 7919) % 50;
                match i % 6 {
                    0 if i / 6 < isos.len() => {
                        node(isos[i / 6], PartyKind::Province, None, meetings)
                    }
                    0 => node(&format!("CN-Z{i}"), PartyKind::Province, None, meetings),
                    1 => node(
                        &format!("city{i}"),
                        PartyKind::City,
                        Some(isos[i % isos.len()]),
                        meetings,
                    ),
                    2 => node(&format!("ministry{i}"), PartyKind::Ministry, None, meetings),
                    3 => node(&format!("soe{i}"), PartyKind::Soe, None, meetings),
                    4 => node(&format!("uni{i}"), PartyKind::University, None, meetings),
                    _ => node(&format!("lost{i}"), PartyKind::City, Some("XX"), 0),
                }
            })
            .collect();
        graph(nodes)
    }

    #[test]
    fn every_node_is_placed_once_inside_the_view_and_apart() {
        for n in [0, 1, 2, 7, 40, 300, 1000] {
            let g = mixed(n);
            let l = layout(&g, map_points());
            assert_eq!(l.nodes.len(), n, "{n} nodes");
            assert!(l.width > 0.0 && l.height > 0.0, "{n}: {l:?}");
            for (p, nd) in l.nodes.iter().zip(&g.nodes) {
                let inside = p.x - p.r >= 0.0
                    && p.y - p.r >= 0.0
                    && p.x + p.r <= l.width
                    && p.y + p.r <= l.height;
                assert!(
                    inside,
                    "{n}: {} at {p:?} outside {}x{}",
                    nd.id, l.width, l.height
                );
            }
            let mut centres: Vec<(i64, i64)> = l
                .nodes
                .iter()
                .map(|p| ((p.x * 10.0) as i64, (p.y * 10.0) as i64))
                .collect();
            centres.sort_unstable();
            centres.dedup();
            assert_eq!(centres.len(), n, "{n}: two nodes share a centre");
        }
    }

    #[test]
    fn non_provinces_do_not_overlap() {
        let g = mixed(300);
        let l = layout(&g, map_points());
        for (i, a) in l.nodes.iter().enumerate() {
            for (j, b) in l.nodes.iter().enumerate().skip(i + 1) {
                let both_provinces = g.nodes[i].kind == PartyKind::Province
                    && g.nodes[j].kind == PartyKind::Province
                    && map_points().contains_key(g.nodes[i].id.as_str())
                    && map_points().contains_key(g.nodes[j].id.as_str());
                let d = (a.x - b.x).hypot(a.y - b.y);
                assert!(
                    both_provinces || d + 0.2 >= a.r + b.r,
                    "{} and {} overlap",
                    g.nodes[i].id,
                    g.nodes[j].id
                );
            }
        }
    }

    #[test]
    fn provinces_sit_at_their_map_points() {
        #[rustfmt::skip]
        let cases: &[&[(&str, PartyKind)]] = &[
            &[("CN-BJ", PartyKind::Province)],
            &[("CN-SN", PartyKind::Province), ("教育部", PartyKind::Ministry)],
            &[("CN-HK", PartyKind::Province), ("CN-MO", PartyKind::Province), ("CN-XJ", PartyKind::Province), ("国家电网", PartyKind::Soe)],
        ];
        for nodes in cases {
            let g = graph(nodes.iter().map(|(id, k)| node(id, *k, None, 3)).collect());
            let l = layout(&g, map_points());
            for ((id, kind), p) in nodes.iter().zip(&l.nodes) {
                if let (PartyKind::Province, Some(&(x, y))) = (kind, map_points().get(id)) {
                    assert!((p.x - (x + l.origin.0)).abs() < 0.05, "{id} x {p:?}");
                    assert!((p.y - (y + l.origin.1)).abs() < 0.05, "{id} y {p:?}");
                }
            }
        }
    }

    #[test]
    fn the_map_region_does_not_move_with_the_graph() {
        let a = layout(
            &graph(vec![node("CN-BJ", PartyKind::Province, None, 1)]),
            map_points(),
        );
        let b = layout(&graph(vec![]), map_points());
        assert_eq!((a.origin, a.width, a.height), (b.origin, b.width, b.height));
    }

    #[test]
    fn rings_go_outwards_by_kind_and_start_with_the_busiest_at_the_top() {
        let g = graph(vec![
            node("a-uni", PartyKind::University, None, 9),
            node("b-soe", PartyKind::Soe, None, 9),
            node("c-min", PartyKind::Ministry, None, 1),
            node("d-min", PartyKind::Ministry, None, 5),
        ]);
        let l = layout(&g, map_points());
        let ((cx, cy), _) = map_circle(map_points());
        let (cx, cy) = (cx + l.origin.0, cy + l.origin.1);
        let dist = |i: usize| (l.nodes[i].x - cx).hypot(l.nodes[i].y - cy);
        assert!(
            dist(2) < dist(1) && dist(1) < dist(0),
            "central, firms, others: {l:?}"
        );
        // The busier ministry at the top of its ring, straight above the centre.
        assert!(
            (l.nodes[3].x - cx).abs() < 0.2 && l.nodes[3].y < cy,
            "{:?}",
            l.nodes[3]
        );
    }

    #[test]
    fn cities_sit_beside_their_province() {
        let g = graph(vec![
            node("CN-GD", PartyKind::Province, None, 10),
            node("深圳市", PartyKind::City, Some("CN-GD"), 4),
            node("广州市", PartyKind::City, Some("CN-GD"), 2),
        ]);
        let l = layout(&g, map_points());
        for i in [1, 2] {
            let d = (l.nodes[i].x - l.nodes[0].x).hypot(l.nodes[i].y - l.nodes[0].y);
            assert!(d >= l.nodes[0].r + l.nodes[i].r && d < 60.0, "{i}: {d}");
        }
    }

    #[test]
    fn layout_is_deterministic_and_labels_the_biggest() {
        let g = mixed(300);
        assert_eq!(layout(&g, map_points()), layout(&g, map_points()));
        let l = layout(&g, map_points());
        assert_eq!(l.nodes.iter().filter(|p| p.label).count(), LABELS);
        let smallest_labelled = (0..300)
            .filter(|&i| l.nodes[i].label)
            .map(|i| g.nodes[i].meetings)
            .min();
        let biggest_unlabelled = (0..300)
            .filter(|&i| !l.nodes[i].label)
            .map(|i| g.nodes[i].meetings)
            .max();
        assert!(smallest_labelled >= biggest_unlabelled);
    }

    #[test]
    fn sizes_grow_with_counts() {
        #[rustfmt::skip]
        let cases: &[(usize, usize, f64, f64)] = &[
            (0, 0, MIN_R, 1.0), (0, 10, MIN_R, 1.0), (10, 10, MAX_R, 6.0), (20, 10, MAX_R, 6.0),
            (1, 4, MIN_R + (MAX_R - MIN_R) / 2.0, 3.5),
        ];
        for &(n, max, r, w) in cases {
            assert!((node_radius(n, max) - r).abs() < 1e-9, "{n}/{max}");
            assert!((edge_width(n, max) - w).abs() < 1e-9, "{n}/{max}");
        }
    }

    #[test]
    fn edges_fade_when_there_are_many() {
        #[rustfmt::skip]
        let cases: &[(usize, usize, usize, f64)] = &[
            (1, 1, 1, 0.7), (0, 0, 0, 0.3), (1, 1, 100, 0.7), (1, 4, 100, 0.5),
            (1, 1, 2500, 0.14), (1, 100, 2500, 0.068), (5, 5, 1_000_000, 0.14),
        ];
        for &(w, max, n, want) in cases {
            assert!(
                (edge_opacity(w, max, n) - want).abs() < 1e-9,
                "{w}/{max} of {n}: {}",
                edge_opacity(w, max, n)
            );
        }
    }

    #[test]
    fn map_points_are_read() {
        let p = map_points();
        assert_eq!(p.len(), 34);
        assert_eq!(p.get("CN-BJ"), Some(&(589.1, 257.0)));
        assert!(parse_points("# viewBox\t0 0 1 1\nbad line\nCN-X\tx\t1\t2\t\n").len() == 1);
    }
}
