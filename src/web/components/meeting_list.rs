//! The meeting cards, ordered by date and grouped by day.

use yew::prelude::*;

use crate::core::Document;
use crate::web::components::meeting_card::{start_date, MeetingCard};
use crate::web::i18n::Lang;
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct MeetingListProps {
    pub doc: Shared<Document>,
    pub text: Shared<str>,
    /// Indexes of the events to show (after the filters).
    pub visible: Shared<Vec<usize>>,
    pub selected: Option<usize>,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

/// The visible events grouped by start date: dated days in order, then the undated ones.
pub fn by_day(doc: &Document, visible: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut items: Vec<(&str, usize)> = visible
        .iter()
        .filter_map(|&i| doc.events.get(i).map(|e| (start_date(e), i)))
        .collect();
    // Undated last; otherwise by ISO date (stable on the text order).
    items.sort_by(|a, b| (a.0.is_empty(), a.0, a.1).cmp(&(b.0.is_empty(), b.0, b.1)));
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (date, i) in items {
        match groups.last_mut() {
            Some((d, list)) if d == date => list.push(i),
            _ => groups.push((date.to_string(), vec![i])),
        }
    }
    groups
}

#[function_component(MeetingList)]
pub fn meeting_list(props: &MeetingListProps) -> Html {
    let lang = props.lang;
    let groups = by_day(&props.doc, &props.visible);
    html! {
        <div class="meeting-list" data-testid="meeting-list">
            { for groups.into_iter().map(|(date, list)| {
                let heading = if date.is_empty() {
                    lang.tr("日期不详", "Undated").to_string()
                } else {
                    date.clone()
                };
                html! {
                    <section class="day-group" data-day={date.clone()} aria-label={heading.clone()}>
                        <h3 class="day-heading">{ heading }</h3>
                        { for list.into_iter().map(|i| html! {
                            <MeetingCard key={i} doc={props.doc.clone()} text={props.text.clone()}
                                index={i} active={props.selected == Some(i)} lang={lang}
                                on_select={props.on_select.clone()} />
                        }) }
                    </section>
                }
            }) }
        </div>
    }
}
