//! Browser tests of the archive's charts, the timeline and the network (wasm32 only, in headless
//! Chromium: `cargo test --target wasm32-unknown-unknown --test archive_charts`).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use huitan::core::archive::{Graph, Meeting};
use huitan::core::{DateOut, EventKind, PartyKind, PartyRef};
use huitan::web::archive::components::network::{Network, NetworkProps};
use huitan::web::archive::components::timeline::{Timeline, TimelineProps};
use huitan::web::archive::picks::{Period, Pick};
use huitan::web::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn party(id: &str, kind: PartyKind) -> PartyRef {
    PartyRef {
        id: id.into(),
        name: id.into(),
        english: (id == "CN-SN").then(|| "Shaanxi".into()),
        kind,
        province: None,
    }
}

fn meeting(date: &str, kind: EventKind, a: (&str, PartyKind), b: (&str, PartyKind)) -> Meeting {
    Meeting {
        kind,
        date: Some(DateOut {
            start: date.into(),
            end: date.into(),
            text: String::new(),
            time_of_day: None,
        }),
        parties: vec![party(a.0, a.1), party(b.0, b.1)],
        participants: vec![],
        agreements: vec![],
        topics: vec![],
        location: None,
        articles: vec![0],
    }
}

const SN: (&str, PartyKind) = ("CN-SN", PartyKind::Province);
const MOE: (&str, PartyKind) = ("教育部", PartyKind::Ministry);
const GRID: (&str, PartyKind) = ("国家电网", PartyKind::Soe);

/// Two meetings in January 2024, none in February, one in March, one without a full date.
fn meetings() -> Vec<Meeting> {
    vec![
        meeting("2024-01-10", EventKind::Talks, SN, MOE),
        meeting("2024-01-20", EventKind::Signing, SN, GRID),
        meeting("2024-03-05", EventKind::Talks, SN, MOE),
        meeting("--03-14", EventKind::Talks, SN, MOE),
    ]
}

fn root() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().expect(selector)
}

fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_button(0);
    let e = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

fn pointer(el: &Element, kind: &str) {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_button(0);
    init.set_pointer_id(1);
    init.set_is_primary(true);
    let e = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// A callback that keeps what it is called with.
fn recorder<T: 'static>() -> (Callback<T>, Rc<RefCell<Vec<T>>>) {
    let got = Rc::new(RefCell::new(Vec::new()));
    let keep = got.clone();
    (Callback::from(move |v| keep.borrow_mut().push(v)), got)
}

fn period(from: &str, to: &str) -> Option<Period> {
    Some(Period {
        from: from.into(),
        to: to.into(),
    })
}

async fn timeline(period: Option<Period>, on_period: Callback<Option<Period>>) -> Element {
    let div = root();
    let props = TimelineProps {
        meetings: Rc::new(meetings()),
        period,
        on_period,
        lang: Lang::En,
    };
    yew::Renderer::<Timeline>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    one(&div, "[data-testid=timeline]")
}

fn bars(root: &Element) -> Vec<(String, String)> {
    all(root, "[data-period]")
        .iter()
        .map(|b| (attr(b, "data-period"), attr(b, "data-count")))
        .collect()
}

#[wasm_bindgen_test]
async fn timeline_draws_a_bar_per_month_and_counts_the_undated_aside() {
    let tl = timeline(None, Callback::noop()).await;
    let want = [("2024-01", "2"), ("2024-02", "0"), ("2024-03", "1")];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(bars(&tl), want);
    assert_eq!(
        attr(&one(&tl, "[data-testid=timeline-undated]"), "data-count"),
        "1"
    );
    let svg = one(&tl, "svg.tl-plot");
    assert!(
        attr(&svg, "aria-label").contains("3 dated meetings"),
        "{}",
        attr(&svg, "aria-label")
    );
    // One tab stop: the latest bar.
    let stops: Vec<String> = all(&tl, "[data-period][tabindex='0']")
        .iter()
        .map(|b| attr(b, "data-period"))
        .collect();
    assert_eq!(stops, ["2024-03"]);
    // January's bar has a layer for each of its two kinds.
    assert_eq!(all(&tl, "[data-period='2024-01'] .tl-layer").len(), 2);
}

#[wasm_bindgen_test]
async fn timeline_switches_to_weeks_and_to_counterparts() {
    let tl = timeline(None, Callback::noop()).await;
    let week = all(&tl, "button.tl-toggle")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Week")
        .unwrap();
    week.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let got = bars(&tl);
    assert_eq!(got.len(), 9, "W02 to W10: {got:?}");
    assert_eq!(got[0], ("2024-W02".to_string(), "1".to_string()));
    assert_eq!(got[1], ("2024-W03".to_string(), "1".to_string()));
    assert_eq!(got[8], ("2024-W10".to_string(), "1".to_string()));
    let counterpart = all(&tl, "button.tl-toggle")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default() == "Counterpart type")
        .unwrap();
    counterpart
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    let legend = one(&tl, ".tl-legend").text_content().unwrap();
    assert!(
        legend.contains("Ministry") && legend.contains("Central SOE"),
        "{legend}"
    );
}

#[wasm_bindgen_test]
async fn timeline_click_picks_a_bar_and_a_second_click_clears() {
    let (on, got) = recorder();
    let tl = timeline(None, on).await;
    click(&one(&tl, "[data-period='2024-03'] .tl-hit"));
    assert_eq!(*got.borrow(), [period("2024-03-01", "2024-03-31")]);

    let (on, got) = recorder();
    let tl = timeline(period("2024-03-01", "2024-03-31"), on).await;
    let march = one(&tl, "[data-period='2024-03']");
    assert_eq!(attr(&march, "aria-pressed"), "true");
    assert!(attr(&one(&tl, "[data-period='2024-01']"), "class").contains("tl-dim"));
    click(&march);
    assert_eq!(*got.borrow(), [None]);
    // The clear button too.
    one(&tl, "button.tl-clear")
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(*got.borrow(), [None, None]);
}

#[wasm_bindgen_test]
async fn timeline_brush_across_bars_picks_their_days() {
    let (on, got) = recorder();
    let tl = timeline(None, on).await;
    pointer(&one(&tl, "[data-period='2024-01'] .tl-hit"), "pointerdown");
    yew::scheduler::flush().await;
    let march = one(&tl, "[data-period='2024-03'] .tl-hit");
    pointer(&march, "pointermove");
    yew::scheduler::flush().await;
    assert_eq!(
        all(&tl, ".tl-brush").len(),
        3,
        "the dragged-across bars are marked"
    );
    pointer(&march, "pointerup");
    yew::scheduler::flush().await;
    // The click that ends the drag picks no bar of its own.
    click(&march);
    assert_eq!(*got.borrow(), [period("2024-01-01", "2024-03-31")]);
    assert!(all(&tl, ".tl-brush").is_empty());
}

#[wasm_bindgen_test]
async fn timeline_keys_move_and_pick() {
    let (on, got) = recorder();
    let tl = timeline(None, on).await;
    let feb = one(&tl, "[data-period='2024-02']");
    key(&feb, "Enter");
    assert_eq!(*got.borrow(), [period("2024-02-01", "2024-02-29")]);
    let march = one(&tl, "[data-period='2024-03']");
    march
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    key(&march, "ArrowLeft");
    assert_eq!(
        attr(&feb, "tabindex"),
        "0",
        "the tab stop moves with the arrow keys"
    );
    assert_eq!(attr(&march, "tabindex"), "-1");
    assert_eq!(got.borrow().len(), 1, "a plain arrow picks nothing");
}

fn shift_key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    init.set_shift_key(true);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

#[wasm_bindgen_test]
async fn timeline_shift_arrows_pick_a_range() {
    let (on, got) = recorder();
    let tl = timeline(None, on).await;
    shift_key(&one(&tl, "[data-period='2024-03']"), "ArrowLeft");
    assert_eq!(*got.borrow(), [period("2024-02-01", "2024-03-31")]);
    // From a picked February and March, Shift+Left on February grows the pick from March's end.
    let (on, got) = recorder();
    let tl = timeline(period("2024-02-01", "2024-03-31"), on).await;
    shift_key(&one(&tl, "[data-period='2024-02']"), "ArrowLeft");
    assert_eq!(*got.borrow(), [period("2024-01-01", "2024-03-31")]);
}

#[wasm_bindgen_test]
async fn timeline_of_no_meetings_says_so() {
    let div = root();
    let props = TimelineProps {
        meetings: Rc::new(vec![]),
        period: period("2024-01-01", "2024-01-31"),
        on_period: Callback::noop(),
        lang: Lang::Zh,
    };
    yew::Renderer::<Timeline>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(all(&div, "[data-period]").is_empty());
    assert!(one(&div, "[data-testid=timeline]")
        .text_content()
        .unwrap()
        .contains("没有带完整日期的会见"));
}

async fn network(pick: Option<Pick>, on_pick: Callback<Option<Pick>>) -> Element {
    let div = root();
    let props = NetworkProps {
        graph: Rc::new(Graph::of(&meetings())),
        pick,
        on_pick,
        lang: Lang::En,
    };
    yew::Renderer::<Network>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    one(&div, "[data-testid=network]")
}

#[wasm_bindgen_test]
async fn network_draws_parties_and_their_meetings() {
    let nw = network(None, Callback::noop()).await;
    let mut nodes: Vec<String> = all(&nw, "[data-node]")
        .iter()
        .map(|n| attr(n, "data-node"))
        .collect();
    nodes.sort();
    assert_eq!(nodes, ["CN-SN", "国家电网", "教育部"]);
    let edges: Vec<Element> = all(&nw, "[data-edge]");
    let keys: Vec<String> = edges.iter().map(|e| attr(e, "data-edge")).collect();
    assert_eq!(
        keys,
        ["CN-SN 国家电网", "CN-SN 教育部"],
        "lighter edges first"
    );
    let width = |e: &Element| {
        attr(&one(e, ".nw-line"), "stroke-width")
            .parse::<f64>()
            .unwrap()
    };
    assert!(
        width(&edges[1]) > width(&edges[0]),
        "three meetings draw thicker than one"
    );
    let title = one(&edges[1], "title").text_content().unwrap();
    assert!(
        title.contains("Shaanxi") && title.contains("3 meetings") && title.contains("Talks"),
        "{title}"
    );
    // The busiest party is the tab stop, and names its meetings.
    let stop = one(&nw, "[data-node][tabindex='0']");
    assert_eq!(attr(&stop, "data-node"), "CN-SN");
    assert!(
        attr(&stop, "aria-label").contains("4 meetings"),
        "{}",
        attr(&stop, "aria-label")
    );
    assert_eq!(
        one(&nw, "svg.nw-svg").get_attribute("role").as_deref(),
        Some("group")
    );
}

#[wasm_bindgen_test]
async fn network_click_picks_a_node_or_an_edge_and_again_clears() {
    let (on, got) = recorder();
    let nw = network(None, on).await;
    click(&one(&nw, "[data-node='教育部'] circle"));
    click(&one(&nw, "[data-edge='CN-SN 国家电网'] .nw-hit"));
    key(&one(&nw, "[data-node='国家电网']"), "Enter");
    assert_eq!(
        *got.borrow(),
        [
            Some(Pick::Node("教育部".into())),
            Some(Pick::edge("国家电网", "CN-SN")),
            Some(Pick::Node("国家电网".into())),
        ]
    );
    let (on, got) = recorder();
    let nw = network(Some(Pick::Node("教育部".into())), on).await;
    click(&one(&nw, "[data-node='教育部']"));
    assert_eq!(*got.borrow(), [None]);
}

#[wasm_bindgen_test]
async fn network_highlights_the_pick_and_its_neighbours() {
    let nw = network(Some(Pick::Node("国家电网".into())), Callback::noop()).await;
    let class = |sel: &str| attr(&one(&nw, sel), "class");
    assert!(class("[data-node='国家电网']").contains("nw-on"));
    assert!(class("[data-node='CN-SN']").contains("nw-near"));
    assert!(class("[data-node='教育部']").contains("nw-dim"));
    assert!(class("[data-edge='CN-SN 国家电网']").contains("nw-near"));
    assert!(class("[data-edge='CN-SN 教育部']").contains("nw-dim"));
    assert!(one(&nw, "[data-testid=network-info]")
        .text_content()
        .unwrap()
        .contains("国家电网"));
}

#[wasm_bindgen_test]
async fn network_of_nothing_draws_no_node() {
    let div = root();
    let props = NetworkProps {
        graph: Rc::new(Graph::default()),
        pick: Some(Pick::Node("CN-BJ".into())),
        on_pick: Callback::noop(),
        lang: Lang::Zh,
    };
    yew::Renderer::<Network>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(all(&div, "[data-node]").is_empty());
    assert!(one(&div, "[data-testid=network]")
        .text_content()
        .unwrap()
        .contains("没有可画的会见"));
}

#[wasm_bindgen_test]
async fn network_hover_names_a_party_and_leaving_forgets_it() {
    let nw = network(None, Callback::noop()).await;
    let info = || {
        one(&nw, "[data-testid=network-info]")
            .text_content()
            .unwrap()
    };
    assert!(info().starts_with("Click a party"), "{}", info());
    let grid = one(&nw, "[data-node='国家电网']");
    // Drawn as SVG (the shapes are a component of their own inside the <svg>).
    let circle = one(&grid, "circle");
    assert_eq!(
        circle.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    pointer(&circle, "pointerover");
    yew::scheduler::flush().await;
    assert!(
        info().contains("国家电网") && info().contains("1 meeting"),
        "{}",
        info()
    );
    let label = all(&nw, ".nw-label")
        .iter()
        .any(|l| l.text_content().unwrap_or_default() == "国家电网");
    assert!(label, "the hovered party is labelled");
    let init = web_sys::PointerEventInit::new();
    let leave = web_sys::PointerEvent::new_with_event_init_dict("pointerleave", &init).unwrap();
    one(&nw, "svg.nw-svg").dispatch_event(&leave).unwrap();
    yew::scheduler::flush().await;
    assert!(info().starts_with("Click a party"), "{}", info());
}

#[wasm_bindgen_test]
async fn network_lists_a_picked_partys_links_as_buttons() {
    let (on, got) = recorder();
    let nw = network(Some(Pick::Node("CN-SN".into())), on).await;
    let links: Vec<Element> = all(&nw, "button[data-link]");
    let keys: Vec<String> = links.iter().map(|b| attr(b, "data-link")).collect();
    assert_eq!(
        keys,
        ["CN-SN 教育部", "CN-SN 国家电网"],
        "the heaviest first"
    );
    links[0].dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(*got.borrow(), [Some(Pick::edge("CN-SN", "教育部"))]);

    let (on, got) = recorder();
    let nw = network(Some(Pick::edge("CN-SN", "教育部")), on).await;
    let link = one(&nw, "button[data-link]");
    assert_eq!(attr(&link, "aria-pressed"), "true");
    link.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(*got.borrow(), [None]);
}

#[wasm_bindgen_test]
async fn network_picks_an_edge_between_ids_with_spaces() {
    let div = root();
    let (on, got) = recorder();
    let a = ("Foo Bar", PartyKind::Other);
    let b = ("Baz", PartyKind::University);
    let props = NetworkProps {
        graph: Rc::new(Graph::of(&[meeting("2024-01-01", EventKind::Visit, a, b)])),
        pick: None,
        on_pick: on,
        lang: Lang::Zh,
    };
    yew::Renderer::<Network>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    click(&one(&div, "[data-edge='Baz Foo Bar'] .nw-hit"));
    assert_eq!(*got.borrow(), [Some(Pick::edge("Foo Bar", "Baz"))]);
}
