//! The two charts under the archive's filters: the timeline draws the meetings that pass the
//! filters and the network pick (its own period aside), the network those that pass the filters
//! and the period (its own pick aside), so that each still shows what else can be picked.

use std::rc::Rc;

use yew::prelude::*;

use super::network::Network;
use super::timeline::Timeline;
use crate::core::archive::{Graph, Meeting};
use crate::web::archive::job::Loaded;
use crate::web::archive::picks::{Period, Pick};
use crate::web::filters::Filters;
use crate::web::said::Lang;
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub loaded: Shared<Loaded>,
    pub filters: Filters,
    pub period: Option<Period>,
    pub pick: Option<Pick>,
    pub lang: Lang,
    pub on_period: Callback<Option<Period>>,
    pub on_pick: Callback<Option<Pick>>,
}

/// The meetings of `loaded` that pass the filters and `keep`.
fn selected(loaded: &Loaded, filters: &Filters, keep: impl Fn(&Meeting) -> bool) -> Vec<Meeting> {
    loaded
        .meetings
        .iter()
        .filter(|m| filters.matches_parts(m.kind, &m.parties, &m.topics, &m.articles) && keep(m))
        .cloned()
        .collect()
}

#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    // Recomputed only when the data, the filters or the other chart's pick change, so that a
    // hover never rebuilds thousands of meetings.
    let on_timeline = use_memo(
        (
            props.loaded.clone(),
            props.filters.clone(),
            props.pick.clone(),
        ),
        |(loaded, filters, pick)| {
            selected(&loaded.0, filters, |m| {
                pick.as_ref().is_none_or(|p| p.matches(m))
            })
        },
    );
    let graph = use_memo(
        (
            props.loaded.clone(),
            props.filters.clone(),
            props.period.clone(),
        ),
        |(loaded, filters, period)| {
            let shown = selected(&loaded.0, filters, |m| {
                period.as_ref().is_none_or(|p| p.contains(m))
            });
            Graph::of(&shown)
        },
    );
    let meetings: Rc<Vec<Meeting>> = Rc::new((*on_timeline).clone());
    let graph: Rc<Graph> = Rc::new((*graph).clone());
    html! {
        <div class="archive-charts" data-testid="archive-charts">
            <Timeline {meetings} period={props.period.clone()} on_period={props.on_period.clone()} lang={props.lang} />
            <Network {graph} pick={props.pick.clone()} on_pick={props.on_pick.clone()} lang={props.lang} />
        </div>
    }
}
