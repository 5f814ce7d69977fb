//! The archive's timeline: its meetings per week or per month, each bar stacked by meeting kind
//! or by counterpart type; a click on a bar or a drag across bars picks a period.
//!
//! Drawn in SVG by the app with presentation attributes (the page's CSP forbids inline styles).
//! Every bar is a `<g class="tl-bar" data-period data-count>` in a roving tab order: the chart is
//! one tab stop, the arrow keys move from bar to bar, Enter or Space picks one.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::archive::Meeting;
use crate::web::archive::layout::{
    bins, label_every, Bin, Binned, Granularity, Series, Stack, COUNTERPARTS, KINDS,
};
use crate::web::archive::picks::Period;
use crate::web::components::roving::rove;
use crate::web::i18n::{event_kind_label, party_kind_label, Lang};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The meetings to count, already filtered by every pick but the period.
    pub meetings: Rc<Vec<Meeting>>,
    /// The picked period: its bars are drawn as picked.
    #[prop_or_default]
    pub period: Option<Period>,
    /// A bar's period (clicked or keyed), the days of the bars dragged across, or `None` when
    /// the picked bar is clicked again or the clear button pressed.
    pub on_period: Callback<Option<Period>>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The viewBox and the plot's margins (room for the axis labels).
const W: f64 = 800.0;
const H: f64 = 200.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 6.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;
/// At most this many labels on the time axis.
const AXIS_LABELS: usize = 8;

/// The layers' colours (colour-blind-safe, Okabe–Ito then Tableau), by series.
const KIND_COLOURS: [&str; 7] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999",
];
const COUNTERPART_COLOURS: [&str; 15] = [
    "#8c1c13", "#bf4342", "#e07a5f", "#d55e00", "#e69f00", "#b07aa1", "#7f5a83", "#59544b",
    "#009e73", "#0072b2", "#56b4e9", "#4e79a7", "#cc79a7", "#a0cbe8", "#999999",
];
const LOCAL_COLOUR: &str = "#bab0ac";

pub fn series_colour(s: Series) -> &'static str {
    let at = match s {
        Series::Kind(k) => KINDS.iter().position(|x| *x == k).map(|i| KIND_COLOURS[i]),
        Series::Counterpart(Some(k)) => COUNTERPARTS
            .iter()
            .position(|x| *x == k)
            .map(|i| COUNTERPART_COLOURS[i]),
        Series::Counterpart(None) => None,
    };
    at.unwrap_or(LOCAL_COLOUR)
}

pub fn series_label(s: Series, lang: Lang) -> &'static str {
    match s {
        Series::Kind(k) => event_kind_label(k, lang),
        Series::Counterpart(Some(k)) => party_kind_label(k, lang),
        Series::Counterpart(None) => lang.tr("仅省市之间", "Provinces and cities only"),
    }
}

fn meetings_text(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("{n} 场会见"),
        (Lang::En, 1) => "1 meeting".to_string(),
        (Lang::En, n) => format!("{n} meetings"),
    }
}

/// What the bars' drawing needs from the component.
struct View {
    binned: Rc<Binned>,
    lang: Lang,
    /// The bars of the picked period, first and last.
    picked: Option<(usize, usize)>,
    /// The bars being dragged across, first and last.
    brush: Option<(usize, usize)>,
}

impl View {
    fn in_range(range: Option<(usize, usize)>, i: usize) -> bool {
        range.is_some_and(|(a, b)| a.min(b) <= i && i <= a.max(b))
    }

    fn bar_width(&self) -> f64 {
        (W - LEFT - RIGHT) / self.binned.bins.len().max(1) as f64
    }

    /// The bar that takes the tab stop: the first picked one, else the latest.
    fn stop(&self) -> usize {
        self.picked
            .map(|(a, _)| a)
            .unwrap_or(self.binned.bins.len().saturating_sub(1))
    }

    fn aria(&self, bin: &Bin) -> String {
        let parts: Vec<String> = self
            .binned
            .series
            .iter()
            .zip(&bin.counts)
            .filter(|(_, c)| **c > 0)
            .map(|(s, c)| format!("{} {c}", series_label(*s, self.lang)))
            .collect();
        let total = meetings_text(bin.total, self.lang);
        match (self.lang, parts.is_empty()) {
            (_, true) => format!("{}: {total}", bin.key),
            (Lang::Zh, false) => format!("{}：{total}（{}）", bin.key, parts.join("，")),
            (Lang::En, false) => format!("{}: {total} ({})", bin.key, parts.join(", ")),
        }
    }

    /// The chart's summary for screen readers.
    fn summary(&self) -> String {
        let b = &self.binned;
        let busiest = b.bins.iter().max_by_key(|x| x.total);
        let (key, max) = busiest.map_or(("", 0), |x| (x.key.as_str(), x.total));
        let n = b.bins.len();
        match self.lang {
            Lang::Zh => format!(
                "会见时间线：{} 场有日期的会见，共 {n} 段；最多的是 {key}（{max} 场）。方向键移动，回车选择，Shift 加方向键选择一段。",
                b.dated()
            ),
            Lang::En => format!(
                "Timeline of meetings: {} dated meetings in {n} bars; busiest {key} ({max}). Arrow keys move, Enter picks, Shift with the arrows picks a range.",
                b.dated()
            ),
        }
    }
}

/// One stacked bar, with a transparent box over its whole height that takes clicks on short bars.
fn bar(v: &View, i: usize, bin: &Bin) -> Html {
    let bw = v.bar_width();
    let x = LEFT + i as f64 * bw;
    let gap = if bw > 4.0 { bw * 0.15 } else { 0.0 };
    let plot_h = H - TOP - BOTTOM;
    let max = v.binned.max().max(1) as f64;
    let mut y = H - BOTTOM;
    let layers = v
        .binned
        .series
        .iter()
        .zip(&bin.counts)
        .filter(|(_, c)| **c > 0);
    let rects = layers.map(|(s, c)| {
        let h = *c as f64 / max * plot_h;
        y -= h;
        html! {
            <rect class="tl-layer" x={format!("{:.1}", x + gap / 2.0)} y={format!("{y:.1}")}
                width={format!("{:.2}", (bw - gap).max(0.5))} height={format!("{h:.1}")}
                fill={series_colour(*s)} />
        }
    });
    let picked = View::in_range(v.picked, i);
    let class = classes!(
        "tl-bar",
        picked.then_some("tl-picked"),
        (v.picked.is_some() && !picked).then_some("tl-dim"),
        View::in_range(v.brush, i).then_some("tl-brush")
    );
    let tabindex = if v.stop() == i { "0" } else { "-1" };
    let label = v.aria(bin);
    html! {
        <g key={bin.key.clone()} {class} data-period={bin.key.clone()} data-count={bin.total.to_string()}
            data-index={i.to_string()} data-from={bin.from.clone()} data-to={bin.to.clone()}
            role="button" tabindex={tabindex} aria-label={label.clone()} aria-pressed={picked.to_string()}>
            <title>{label}</title>
            <rect class="tl-hit" x={format!("{x:.1}")} y={format!("{TOP:.1}")} width={format!("{bw:.2}")}
                height={format!("{plot_h:.1}")} fill="transparent" />
            { for rects }
        </g>
    }
}

/// The count axis (zero and the largest bar) and a label every few bars on the time axis.
fn axes(v: &View) -> Html {
    let bins = &v.binned.bins;
    let every = label_every(bins.len(), AXIS_LABELS);
    let bw = v.bar_width();
    let base = H - BOTTOM;
    let ticks = bins.iter().enumerate().step_by(every).map(|(i, b)| {
        let x = LEFT + (i as f64 + 0.5) * bw;
        html! {
            <text class="tl-tick" x={format!("{x:.1}")} y={format!("{:.1}", base + 16.0)}
                text-anchor="middle" font-size="11" fill="currentColor">{b.key.clone()}</text>
        }
    });
    html! {
        <g class="tl-axes" aria-hidden="true" pointer-events="none">
            <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={base.to_string()} y2={base.to_string()}
                stroke="#8d99a6" stroke-width="1" />
            <text class="tl-tick" x={(LEFT - 4.0).to_string()} y={(TOP + 8.0).to_string()} text-anchor="end"
                font-size="11" fill="currentColor">{v.binned.max().to_string()}</text>
            <text class="tl-tick" x={(LEFT - 4.0).to_string()} y={base.to_string()} text-anchor="end"
                font-size="11" fill="currentColor">{"0"}</text>
            { for ticks }
        </g>
    }
}

/// The index of the bar an event is on (`data-index` of the closest `.tl-bar`).
fn bar_index(el: Option<web_sys::Element>) -> Option<usize> {
    el?.closest(".tl-bar")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

fn target_bar(e: &Event) -> Option<usize> {
    bar_index(e.target_dyn_into::<web_sys::Element>())
}

/// The bar under the pointer, wherever the pointer events go (a captured or touch pointer
/// keeps sending them to where it went down), else the event's own target's.
fn pointer_bar(e: &PointerEvent) -> Option<usize> {
    let plot = e
        .target_dyn_into::<web_sys::Element>()?
        .closest(".tl-plot")
        .ok()??;
    let under = gloo::utils::document()
        .element_from_point(e.client_x() as f32, e.client_y() as f32)
        .filter(|el| plot.contains(Some(el)));
    bar_index(under).or_else(|| target_bar(e))
}

/// The toggles (week or month, kind or counterpart), and the clear button when a period is picked.
fn controls(
    lang: Lang,
    grain: &UseStateHandle<Granularity>,
    stack: &UseStateHandle<Stack>,
    period: Option<&Period>,
    on_period: &Callback<Option<Period>>,
) -> Html {
    let toggle = |label: &'static str, on: bool, set: Callback<MouseEvent>| {
        html! { <button type="button" class="tl-toggle" aria-pressed={on.to_string()} onclick={set}>{label}</button> }
    };
    let set_grain = |g: Granularity| {
        let grain = grain.clone();
        Callback::from(move |_: MouseEvent| grain.set(g))
    };
    let set_stack = |s: Stack| {
        let stack = stack.clone();
        Callback::from(move |_: MouseEvent| stack.set(s))
    };
    let clear = period.map(|p| {
        let on = on_period.clone();
        let onclick = Callback::from(move |_: MouseEvent| on.emit(None));
        let picked = match lang {
            Lang::Zh => format!("已选：{} 至 {}", p.from, p.to),
            Lang::En => format!("Picked: {} to {}", p.from, p.to),
        };
        html! {
            <span class="tl-picked-note" data-testid="timeline-period">
                {picked}{" "}
                <button type="button" class="tl-clear" {onclick}>{lang.tr("清除时段", "Clear period")}</button>
            </span>
        }
    });
    html! {
        <div class="tl-controls">
            <span role="group" class="tl-group" aria-label={lang.tr("时间单位", "Bars per")}>
                { toggle(lang.tr("按周", "Week"), **grain == Granularity::Week, set_grain(Granularity::Week)) }
                { toggle(lang.tr("按月", "Month"), **grain == Granularity::Month, set_grain(Granularity::Month)) }
            </span>
            <span role="group" class="tl-group" aria-label={lang.tr("分层依据", "Stacked by")}>
                { toggle(lang.tr("会见类型", "Meeting kind"), **stack == Stack::Kind, set_stack(Stack::Kind)) }
                { toggle(lang.tr("对方类型", "Counterpart type"), **stack == Stack::Counterpart, set_stack(Stack::Counterpart)) }
            </span>
            { clear.unwrap_or_default() }
        </div>
    }
}

fn legend(v: &View) -> Html {
    let items = v.binned.series.iter().map(|s| {
        html! {
            <li class="tl-legend-item">
                <svg class="tl-swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                    <rect width="10" height="10" fill={series_colour(*s)} />
                </svg>
                {series_label(*s, v.lang)}
            </li>
        }
    });
    html! { <ul class="tl-legend">{ for items }</ul> }
}

fn undated_note(n: usize, lang: Lang) -> Html {
    if n == 0 {
        return Html::default();
    }
    let text = match lang {
        Lang::Zh => format!("另有 {n} 场会见没有完整日期，不在图中。"),
        Lang::En => format!("{} without a full date, not shown.", meetings_text(n, lang)),
    };
    html! { <p class="tl-undated" data-testid="timeline-undated" data-count={n.to_string()}>{text}</p> }
}

/// The pointer's brush and the bars' clicks and keys, as callbacks on the plot.
struct Handlers {
    onpointerdown: Callback<PointerEvent>,
    onpointermove: Callback<PointerEvent>,
    onpointerup: Callback<PointerEvent>,
    onpointercancel: Callback<PointerEvent>,
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
}

type Drag = UseStateHandle<Option<(usize, usize)>>;

/// A click or Enter on bar `i` picks its period, or clears it when it is the one picked; a
/// drag across bars picks their days.
fn handlers(
    binned: &Rc<Binned>,
    period: Option<&Period>,
    on_period: &Callback<Option<Period>>,
    drag: &Drag,
    brushed: &Rc<RefCell<bool>>,
    picked: Option<(usize, usize)>,
) -> Handlers {
    let choose: Rc<dyn Fn(usize)> = {
        let (binned, on, period) = (binned.clone(), on_period.clone(), period.cloned());
        Rc::new(move |i: usize| {
            let days = binned.days(i, i).map(|(from, to)| Period { from, to });
            on.emit(if days == period { None } else { days });
        })
    };
    let range: Rc<dyn Fn(usize, usize)> = {
        let (binned, on) = (binned.clone(), on_period.clone());
        Rc::new(move |a: usize, b: usize| {
            on.emit(binned.days(a, b).map(|(from, to)| Period { from, to }))
        })
    };
    let onclick = {
        let (choose, brushed) = (choose.clone(), brushed.clone());
        Callback::from(move |e: MouseEvent| {
            // The click that ends a drag is the drag's, not a bar's.
            if brushed.replace(false) {
                return;
            }
            if let Some(i) = target_bar(&e) {
                choose(i);
            }
        })
    };
    let onpointerup = {
        let (drag, brushed, range) = (drag.clone(), brushed.clone(), range.clone());
        let choose = choose.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((a, b)) = *drag {
                let b = pointer_bar(&e).unwrap_or(b);
                // The pointer is captured by the plot, so the click that follows goes to the
                // plot, not to the bar: a press and release on one bar picks it here.
                *brushed.borrow_mut() = true;
                if a != b {
                    range(a, b);
                } else {
                    choose(a);
                }
            }
            drag.set(None);
        })
    };
    let (onpointerdown, onpointermove, onpointercancel) = brush(drag);
    Handlers {
        onpointerdown,
        onpointermove,
        onpointerup,
        onpointercancel,
        onclick,
        onkeydown: keys(choose, range, picked),
    }
}

/// The drag's start (on a bar, the main button), its moves and its cancelling.
fn brush(
    drag: &Drag,
) -> (
    Callback<PointerEvent>,
    Callback<PointerEvent>,
    Callback<PointerEvent>,
) {
    let down = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(i) = target_bar(&e).filter(|_| e.button() == 0) else {
                return;
            };
            drag.set(Some((i, i)));
            // The plot, not the listener's element (the app's root, where Yew listens).
            let target = e.target_dyn_into::<web_sys::Element>();
            if let Some(plot) = target.and_then(|t| t.closest(".tl-plot").ok().flatten()) {
                // Moves out of the plot still end the drag where the pointer is let go.
                let _ = plot.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let moved = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if let (Some((a, b)), Some(j)) = (*drag, pointer_bar(&e)) {
                if j != b {
                    drag.set(Some((a, j)));
                }
            }
        })
    };
    let cancel = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };
    (down, moved, cancel)
}

/// Enter or Space picks the focused bar; the arrow keys move the tab stop along, so that Tab
/// leaves the chart from where they got to, and with Shift pick the bars from the other end of
/// the picked ones (or from the bar left) to the one reached, as a drag does.
fn keys(
    choose: Rc<dyn Fn(usize)>,
    range: Rc<dyn Fn(usize, usize)>,
    picked: Option<(usize, usize)>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let at = target_bar(&e);
        if matches!(e.key().as_str(), "Enter" | " " | "Spacebar") {
            if let Some(i) = at {
                e.prevent_default();
                choose(i);
            }
            return;
        }
        let from = e.target_dyn_into::<web_sys::Element>();
        let Some((to, from)) = rove(&e, ".tl-plot", ".tl-bar").zip(from) else {
            return;
        };
        let _ = from.set_attribute("tabindex", "-1");
        let _ = to.set_attribute("tabindex", "0");
        if let (true, Some(i), Some(j)) = (e.shift_key(), at, bar_index(Some(to))) {
            let anchor = match picked {
                Some((a, b)) if i == b => a,
                Some((a, b)) if i == a => b,
                _ => i,
            };
            range(anchor, j);
        }
    })
}

fn chart(v: &View, h: Handlers) -> Html {
    if v.binned.bins.is_empty() {
        let text = v
            .lang
            .tr("没有带完整日期的会见。", "No meeting with a full date.");
        return html! { <p class="tl-empty">{text}</p> };
    }
    let Handlers {
        onpointerdown,
        onpointermove,
        onpointerup,
        onpointercancel,
        onclick,
        onkeydown,
    } = h;
    html! {
        <svg class="tl-svg tl-plot" viewBox={format!("0 0 {W} {H}")} width="100%" role="group"
            aria-label={v.summary()} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}
            {onclick} {onkeydown}>
            { axes(v) }
            <g class="tl-bars" cursor="pointer">
                { for v.binned.bins.iter().enumerate().map(|(i, b)| bar(v, i, b)) }
            </g>
        </svg>
    }
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let grain = use_state(|| Granularity::Month);
    let stack = use_state(|| Stack::Kind);
    let drag = use_state(|| None::<(usize, usize)>);
    let brushed = use_mut_ref(|| false);
    let binned = use_memo((props.meetings.clone(), *grain, *stack), |(m, g, s)| {
        bins(m, *g, *s)
    });
    let lang = props.lang;
    let period = props.period.as_ref();
    let v = View {
        binned: binned.clone(),
        lang,
        picked: period.and_then(|p| binned.range_of(&p.from, &p.to)),
        brush: *drag,
    };
    let h = handlers(&binned, period, &props.on_period, &drag, &brushed, v.picked);
    html! {
        <section class="tl" data-testid="timeline" aria-label={lang.tr("时间线", "Timeline")}>
            { controls(lang, &grain, &stack, period, &props.on_period) }
            { chart(&v, h) }
            { legend(&v) }
            { undated_note(binned.undated, lang) }
        </section>
    }
}
