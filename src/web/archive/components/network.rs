//! The archive's network: the parties that met as nodes (provinces at their map points, the
//! other parties on rings around them) and their meetings as edges, thicker for more meetings.
//! A click on a node or an edge picks it, a second click clears; the pick and its
//! neighbourhood are drawn highlighted, the rest dimmed.
//!
//! Drawn in SVG by the app with presentation attributes (the page's CSP forbids inline styles);
//! the nodes are one tab stop in a roving order (arrow keys move, biggest first; Enter or Space
//! picks). Every node is a `<g data-node="id">`, every edge a `<g data-edge="a b">` (`Edge::key`).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::archive::{Edge, Graph, Node};
use crate::web::archive::layout::{
    edge_opacity, edge_width, group, layout, map_points, Group, NetLayout, Placed,
};
use crate::web::archive::picks::Pick;
use crate::web::components::province_map::MAP_SHAPES;
use crate::web::components::roving::rove;
use crate::web::i18n::{event_kind_label, party_kind_label, Lang};

#[derive(Properties, PartialEq)]
pub struct NetworkProps {
    /// The network of the meetings shown (`Graph::of` the filtered table).
    pub graph: Rc<Graph>,
    /// The picked node or edge, drawn with its neighbourhood.
    #[prop_or_default]
    pub pick: Option<Pick>,
    /// A click (or Enter) on a node or an edge: its pick, or `None` when it is the picked one.
    pub on_pick: Callback<Option<Pick>>,
    #[prop_or_default]
    pub lang: Lang,
}

const EDGE_COLOUR: &str = "#5c6773";

pub fn group_colour(g: Group) -> &'static str {
    match g {
        Group::Province => "#3182bd",
        Group::Local => "#9ecae1",
        Group::Central => "#d9480f",
        Group::Firm => "#2f9e44",
        Group::Other => "#868e96",
    }
}

pub fn group_label(g: Group, lang: Lang) -> &'static str {
    match g {
        Group::Province => lang.tr("省级", "Provinces"),
        Group::Local => lang.tr("市、兵团", "Cities, XPCC"),
        Group::Central => lang.tr("中央和国家机关", "Central bodies"),
        Group::Firm => lang.tr("中央企业、金融机构", "Central SOEs, financial institutions"),
        Group::Other => lang.tr("其他", "Others"),
    }
}

fn meetings_text(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("{n} 场会见"),
        (Lang::En, 1) => "1 meeting".to_string(),
        (Lang::En, n) => format!("{n} meetings"),
    }
}

/// A node's name in the interface's language (its English one where it has one).
fn name(n: &Node, lang: Lang) -> &str {
    match (lang, n.english.as_deref()) {
        (Lang::En, Some(en)) if !en.is_empty() => en,
        _ => &n.name,
    }
}

/// The layout and the nodes' places by id, computed once per graph.
#[derive(PartialEq)]
struct Drawn {
    layout: NetLayout,
    index: HashMap<String, usize>,
}

/// What is highlighted: the pick's nodes and edges and their neighbours.
#[derive(Default)]
struct Focus {
    nodes: HashSet<String>,
    edges: HashSet<String>,
}

impl Focus {
    fn of(graph: &Graph, pick: Option<&Pick>) -> Option<Focus> {
        let mut f = Focus::default();
        match pick? {
            Pick::Node(id) => {
                f.nodes.insert(id.clone());
                for e in graph
                    .edges
                    .iter()
                    .filter(|e| &e.source == id || &e.target == id)
                {
                    f.nodes.insert(e.source.clone());
                    f.nodes.insert(e.target.clone());
                    f.edges.insert(e.key());
                }
            }
            Pick::Edge(a, b) => {
                f.nodes.insert(a.clone());
                f.nodes.insert(b.clone());
                f.edges.insert(format!("{a} {b}"));
            }
        }
        Some(f)
    }
}

/// What the drawing needs from the component.
struct View<'a> {
    graph: &'a Graph,
    drawn: &'a Drawn,
    lang: Lang,
    pick: Option<&'a Pick>,
    focus: Option<Focus>,
    hover: Option<&'a Pick>,
}

impl View<'_> {
    fn place(&self, id: &str) -> Option<&Placed> {
        self.drawn
            .index
            .get(id)
            .and_then(|&i| self.drawn.layout.nodes.get(i))
    }

    fn node_of(&self, id: &str) -> Option<&Node> {
        self.drawn
            .index
            .get(id)
            .and_then(|&i| self.graph.nodes.get(i))
    }

    fn id_name(&self, id: &str) -> String {
        self.node_of(id)
            .map_or_else(|| id.to_string(), |n| name(n, self.lang).to_string())
    }

    fn node_text(&self, n: &Node) -> String {
        let kind = party_kind_label(n.kind, self.lang);
        let english = n
            .english
            .as_deref()
            .filter(|e| !e.is_empty() && self.lang == Lang::Zh);
        let names = english.map_or_else(
            || name(n, self.lang).to_string(),
            |e| format!("{} {e}", n.name),
        );
        format!(
            "{names} · {kind} · {}",
            meetings_text(n.meetings, self.lang)
        )
    }

    fn edge_text(&self, e: &Edge) -> String {
        let kinds: Vec<&str> = e
            .kinds
            .iter()
            .map(|k| event_kind_label(*k, self.lang))
            .collect();
        let sep = self.lang.tr("、", ", ");
        format!(
            "{} — {} · {} · {}",
            self.id_name(&e.source),
            self.id_name(&e.target),
            meetings_text(e.weight, self.lang),
            kinds.join(sep)
        )
    }

    /// `on` when in the pick, `near` when in its neighbourhood, `dim` when out of it.
    fn state(&self, picked: bool, focused: bool) -> Option<&'static str> {
        match (picked, focused, self.focus.is_some()) {
            (true, _, _) => Some("nw-on"),
            (_, true, _) => Some("nw-near"),
            (_, _, true) => Some("nw-dim"),
            _ => None,
        }
    }

    fn shows_label(&self, n: &Node, p: &Placed) -> bool {
        let is = |pick: Option<&Pick>| matches!(pick, Some(Pick::Node(id)) if *id == n.id);
        let small_focus = self.focus.as_ref().is_some_and(|f| f.nodes.len() <= 16);
        p.label
            || is(self.pick)
            || is(self.hover)
            || (small_focus && self.focus.as_ref().is_some_and(|f| f.nodes.contains(&n.id)))
    }

    /// The node that takes the tab stop: the picked one, else the biggest.
    fn stop(&self, order: &[usize]) -> Option<usize> {
        let picked = match self.pick {
            Some(Pick::Node(id)) => self.drawn.index.get(id).copied(),
            _ => None,
        };
        picked.or_else(|| order.first().copied())
    }
}

fn edge_html(v: &View, e: &Edge, max: usize) -> Html {
    let opacity = edge_opacity(e.weight, max, v.graph.edges.len());
    let (Some(a), Some(b)) = (v.place(&e.source), v.place(&e.target)) else {
        return Html::default();
    };
    let key = e.key();
    let picked = matches!(v.pick, Some(Pick::Edge(s, t)) if *s == e.source && *t == e.target);
    let focused = v.focus.as_ref().is_some_and(|f| f.edges.contains(&key));
    let class = classes!("nw-edge", v.state(picked, focused));
    let width = edge_width(e.weight, max);
    let (x1, y1, x2, y2) = (
        a.x.to_string(),
        a.y.to_string(),
        b.x.to_string(),
        b.y.to_string(),
    );
    html! {
        <g key={key.clone()} {class} data-edge={key} data-source={e.source.clone()} data-target={e.target.clone()}
            data-weight={e.weight.to_string()}>
            <title>{v.edge_text(e)}</title>
            <line class="nw-line" x1={x1.clone()} y1={y1.clone()} x2={x2.clone()} y2={y2.clone()}
                stroke={EDGE_COLOUR} stroke-opacity={format!("{opacity:.2}")} stroke-width={format!("{width:.1}")} stroke-linecap="round" />
            // A wider, invisible line, so that a thin edge is not a one-pixel target.
            <line class="nw-hit" {x1} {y1} {x2} {y2} stroke="transparent" stroke-width={format!("{:.1}", width.max(8.0))} />
        </g>
    }
}

fn node_html(v: &View, i: usize, tab_stop: bool) -> Html {
    let (n, p) = (&v.graph.nodes[i], &v.drawn.layout.nodes[i]);
    let picked = matches!(v.pick, Some(Pick::Node(id)) if *id == n.id);
    let focused = v.focus.as_ref().is_some_and(|f| f.nodes.contains(&n.id));
    let class = classes!("nw-node", v.state(picked, focused));
    let text = v.node_text(n);
    html! {
        <g key={n.id.clone()} {class} data-node={n.id.clone()} data-meetings={n.meetings.to_string()}
            role="button" tabindex={if tab_stop { "0" } else { "-1" }} aria-label={text.clone()}
            aria-pressed={picked.to_string()}>
            <title>{text}</title>
            <circle cx={p.x.to_string()} cy={p.y.to_string()} r={p.r.to_string()}
                fill={group_colour(group(n.kind))} stroke="#ffffff" stroke-width="1" />
        </g>
    }
}

fn label_html(v: &View, i: usize) -> Html {
    let (n, p) = (&v.graph.nodes[i], &v.drawn.layout.nodes[i]);
    if !v.shows_label(n, p) {
        return Html::default();
    }
    html! {
        <text class="nw-label" x={p.x.to_string()} y={format!("{:.1}", p.y + p.r + 11.0)}
            text-anchor="middle" font-size="11" fill="currentColor">{name(n, v.lang).to_string()}</text>
    }
}

/// The hovered (or focused) node or edge in words, else the picked one, else a hint.
fn info(v: &View) -> Html {
    let about = v.hover.or(v.pick);
    let text = match about {
        Some(Pick::Node(id)) => v.node_of(id).map(|n| v.node_text(n)),
        Some(Pick::Edge(a, b)) => v
            .graph
            .edges
            .iter()
            .find(|e| e.source == *a && e.target == *b)
            .map(|e| v.edge_text(e)),
        None => None,
    };
    let text = text.unwrap_or_else(|| {
        v.lang
            .tr(
                "点击机构或连线筛选会见，再次点击取消。",
                "Click a party or a line to filter the meetings; click it again to clear.",
            )
            .to_string()
    });
    html! { <p class="nw-info" data-testid="network-info" aria-live="polite">{text}</p> }
}

/// How many of a picked node's links are listed.
const LINKS: usize = 12;

/// The picked node's links (the heaviest first) or the picked edge, as buttons: the keyboard's
/// way to the edges.
fn links(v: &View, on_pick: &Callback<Option<Pick>>) -> Html {
    let mut edges: Vec<&Edge> = match v.pick {
        Some(Pick::Node(id)) => v
            .graph
            .edges
            .iter()
            .filter(|e| e.source == *id || e.target == *id)
            .collect(),
        Some(Pick::Edge(a, b)) => v
            .graph
            .edges
            .iter()
            .filter(|e| e.source == *a && e.target == *b)
            .collect(),
        None => Vec::new(),
    };
    if edges.is_empty() {
        return Html::default();
    }
    edges.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.key().cmp(&b.key())));
    let more = edges.len().saturating_sub(LINKS);
    let items = edges.iter().take(LINKS).map(|e| {
        let pick = Pick::edge(&e.source, &e.target);
        let on = v.pick == Some(&pick);
        let onclick = {
            let on_pick = on_pick.clone();
            Callback::from(move |_: MouseEvent| on_pick.emit((!on).then(|| pick.clone())))
        };
        html! {
            <li><button type="button" class="nw-link" data-link={e.key()} aria-pressed={on.to_string()} {onclick}>
                {v.edge_text(e)}
            </button></li>
        }
    });
    let more = (more > 0).then(|| match v.lang {
        Lang::Zh => format!("另有 {more} 条连线"),
        Lang::En => format!("and {more} more links"),
    });
    html! {
        <div class="nw-links-box">
            <ul class="nw-links" aria-label={v.lang.tr("连线", "Links")}>{ for items }</ul>
            { more.map(|m| html! { <p class="nw-more">{m}</p> }).unwrap_or_default() }
        </div>
    }
}

fn legend(lang: Lang) -> Html {
    let items = [Group::Province, Group::Local, Group::Central, Group::Firm, Group::Other]
        .into_iter()
        .map(|g| {
            html! {
                <li class="nw-legend-item">
                    <svg class="nw-swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                        <circle cx="5" cy="5" r="5" fill={group_colour(g)} />
                    </svg>
                    {group_label(g, lang)}
                </li>
            }
        });
    html! { <ul class="nw-legend">{ for items }</ul> }
}

/// The pick an event is on: the closest `data-node` or `data-edge`.
fn pick_at(e: &Event) -> Option<Pick> {
    let el: web_sys::Element = e.target_dyn_into()?;
    let hit = el.closest("[data-node], [data-edge]").ok()??;
    if let Some(id) = hit.get_attribute("data-node") {
        return Some(Pick::Node(id));
    }
    // Its ends, not `data-edge` split at a space: an id may hold spaces.
    let (a, b) = (
        hit.get_attribute("data-source")?,
        hit.get_attribute("data-target")?,
    );
    Some(Pick::edge(&a, &b))
}

fn summary(graph: &Graph, lang: Lang) -> String {
    let top = graph
        .nodes
        .iter()
        .max_by(|a, b| a.meetings.cmp(&b.meetings).then(b.id.cmp(&a.id)));
    let (nodes, edges) = (graph.nodes.len(), graph.edges.len());
    match (lang, top) {
        (Lang::Zh, Some(t)) => format!(
            "会见网络：{nodes} 个机构，{edges} 条连线；会见最多的是{}（{} 场）。方向键在机构间移动，回车选择。",
            t.name, t.meetings
        ),
        (Lang::En, Some(t)) => format!(
            "Network of meetings: {nodes} parties, {edges} links; the most meetings: {} ({}). Arrow keys move between parties, Enter picks.",
            name(t, lang), t.meetings
        ),
        (_, None) => lang.tr("会见网络：没有机构。", "Network of meetings: no parties.").to_string(),
    }
}

/// The handlers, on the whole drawing (one listener each, not one per node).
struct Handlers {
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
    onpointerover: Callback<PointerEvent>,
    onpointerleave: Callback<PointerEvent>,
    onfocusin: Callback<FocusEvent>,
    onfocusout: Callback<FocusEvent>,
}

fn handlers(
    pick: Option<&Pick>,
    on_pick: &Callback<Option<Pick>>,
    hover: &UseStateHandle<Option<Pick>>,
) -> Handlers {
    let choose = {
        let (on, current) = (on_pick.clone(), pick.cloned());
        Rc::new(move |p: Pick| {
            on.emit(if Some(&p) == current.as_ref() {
                None
            } else {
                Some(p)
            })
        })
    };
    let onclick = {
        let choose = choose.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(p) = pick_at(&e) {
                choose(p);
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if matches!(e.key().as_str(), "Enter" | " " | "Spacebar") {
            if let Some(p) = pick_at(&e) {
                e.prevent_default();
                choose(p);
            }
            return;
        }
        let from = e.target_dyn_into::<web_sys::Element>();
        if let (Some(to), Some(from)) = (rove(&e, ".nw-svg", ".nw-node"), from) {
            let _ = from.set_attribute("tabindex", "-1");
            let _ = to.set_attribute("tabindex", "0");
        }
    });
    let set = |clear: bool| {
        let hover = hover.clone();
        move |e: &Event| {
            let next = if clear { None } else { pick_at(e) };
            if *hover != next {
                hover.set(next);
            }
        }
    };
    let (over, leave, focus, blur) = (set(false), set(true), set(false), set(true));
    Handlers {
        onclick,
        onkeydown,
        onpointerover: Callback::from(move |e: PointerEvent| over(&e)),
        onpointerleave: Callback::from(move |e: PointerEvent| leave(&e)),
        onfocusin: Callback::from(move |e: FocusEvent| focus(&e)),
        onfocusout: Callback::from(move |e: FocusEvent| blur(&e)),
    }
}

/// The provinces' outlines, faint, under the drawing, so that the provinces' nodes read as a
/// map (the shapes of the app's own map, `map_shapes.tsv`, ~30 KB in the lazily loaded archive
/// binary only).
fn backdrop(origin: (f64, f64)) -> Html {
    let paths = MAP_SHAPES
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(iso, d)| {
            html! { <path key={iso} d={d} /> }
        });
    html! {
        <g class="nw-map" transform={format!("translate({} {})", origin.0, origin.1)} fill="#e8edf2"
            stroke="#b8c2cc" stroke-width="0.6" stroke-linejoin="round" pointer-events="none" aria-hidden="true">
            { for paths }
        </g>
    }
}

/// The nodes, the bigger first: under the smaller ones (which stay clickable) and first in the
/// arrow keys' order.
fn node_order(graph: &Graph) -> Vec<usize> {
    let mut order: Vec<usize> = (0..graph.nodes.len()).collect();
    order.sort_by(|&a, &b| {
        graph.nodes[b]
            .meetings
            .cmp(&graph.nodes[a].meetings)
            .then(a.cmp(&b))
    });
    order
}

#[derive(Properties, PartialEq)]
struct ShapesProps {
    graph: Rc<Graph>,
    drawn: Rc<Drawn>,
    pick: Option<Pick>,
    lang: Lang,
}

/// The edges and the nodes: a component of their own, so that hovering (which changes only the
/// labels and the words under the drawing) does not draw them all again.
#[function_component]
fn Shapes(props: &ShapesProps) -> Html {
    let graph = &*props.graph;
    let v = View {
        graph,
        drawn: &props.drawn,
        lang: props.lang,
        pick: props.pick.as_ref(),
        focus: Focus::of(graph, props.pick.as_ref()),
        hover: None,
    };
    let max = graph.edges.iter().map(|e| e.weight).max().unwrap_or(0);
    // The heavier edges over the lighter ones.
    let mut edges: Vec<&Edge> = graph.edges.iter().collect();
    edges.sort_by_key(|e| e.weight);
    let order = node_order(graph);
    let stop = v.stop(&order);
    html! {
        <>
            { backdrop(props.drawn.layout.origin) }
            <g class="nw-edges" cursor="pointer">{ for edges.iter().map(|e| edge_html(&v, e, max)) }</g>
            <g class="nw-nodes" cursor="pointer">{ for order.iter().map(|&i| node_html(&v, i, Some(i) == stop)) }</g>
        </>
    }
}

fn drawing(v: &View, props: &NetworkProps, drawn: &Rc<Drawn>, h: Handlers) -> Html {
    let l = &v.drawn.layout;
    let Handlers {
        onclick,
        onkeydown,
        onpointerover,
        onpointerleave,
        onfocusin,
        onfocusout,
    } = h;
    html! {
        <svg class="nw-svg" viewBox={format!("0 0 {} {}", l.width, l.height)} width="100%"
            role="group" aria-label={summary(v.graph, v.lang)}
            {onclick} {onkeydown} {onpointerover} {onpointerleave} {onfocusin} {onfocusout}>
            <Shapes graph={props.graph.clone()} drawn={drawn.clone()} pick={props.pick.clone()} lang={props.lang} />
            <g class="nw-labels" pointer-events="none" aria-hidden="true">
                { for node_order(v.graph).into_iter().map(|i| label_html(v, i)) }
            </g>
        </svg>
    }
}

#[function_component]
pub fn Network(props: &NetworkProps) -> Html {
    let hover = use_state(|| None::<Pick>);
    let drawn = use_memo(props.graph.clone(), |g| Drawn {
        layout: layout(g, map_points()),
        index: g
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect(),
    });
    let graph = &*props.graph;
    let v = View {
        graph,
        drawn: &drawn,
        lang: props.lang,
        pick: props.pick.as_ref(),
        focus: Focus::of(graph, props.pick.as_ref()),
        hover: hover.as_ref(),
    };
    let h = handlers(props.pick.as_ref(), &props.on_pick, &hover);
    let body = if graph.nodes.is_empty() {
        let text = props.lang.tr("没有可画的会见。", "No meeting to draw.");
        html! { <p class="nw-empty">{text}</p> }
    } else {
        drawing(&v, props, &drawn, h)
    };
    html! {
        <section class="nw" data-testid="network" aria-label={props.lang.tr("会见网络", "Network")}>
            { body }
            { info(&v) }
            { links(&v, &props.on_pick) }
            { legend(props.lang) }
        </section>
    }
}
