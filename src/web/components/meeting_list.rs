//! The meeting cards, ordered by date and grouped by day; a long list (many articles at once)
//! shows [`PAGE`] cards at a time, so that drawing it never holds the page up.

use yew::prelude::*;

use crate::core::Document;
use crate::web::components::meeting_card::{start_date, MeetingCard};
use crate::web::i18n::{date_label, EntityNames, Lang};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct MeetingListProps {
    pub doc: Shared<Document>,
    pub text: Shared<str>,
    pub names: Shared<EntityNames>,
    /// People's names in pinyin (English interface).
    pub pinyin: Shared<std::collections::HashMap<String, String>>,
    /// Indexes of the events to show (after the filters).
    pub visible: Shared<Vec<usize>>,
    pub selected: Option<usize>,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

/// Where a start date sorts: dated days first, then those the article gives no year for
/// (`--11-24`: ISO's `--` would put them before every year), then the undated ones.
fn date_rank(date: &str) -> u8 {
    if date.is_empty() {
        2
    } else if date.starts_with("--") {
        1
    } else {
        0
    }
}

/// The visible events grouped by start date: dated days in order, then the days without a
/// year, then the undated ones.
pub fn by_day(doc: &Document, visible: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut items: Vec<(&str, usize)> = visible
        .iter()
        .filter_map(|&i| doc.events.get(i).map(|e| (start_date(e), i)))
        .collect();
    // By rank, then by ISO date (stable on the text order).
    items.sort_by(|a, b| (date_rank(a.0), a.0, a.1).cmp(&(date_rank(b.0), b.0, b.1)));
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (date, i) in items {
        match groups.last_mut() {
            Some((d, list)) if d == date => list.push(i),
            _ => groups.push((date.to_string(), vec![i])),
        }
    }
    groups
}

/// Cards drawn at first, and added by each "more" click.
pub const PAGE: usize = 25;

/// The first `limit` of the day groups' events, in order.
fn first_cards(groups: Vec<(String, Vec<usize>)>, limit: usize) -> Vec<(String, Vec<usize>)> {
    let mut left = limit;
    let mut out = Vec::new();
    for (date, mut list) in groups {
        if left == 0 {
            break;
        }
        list.truncate(left);
        left -= list.len();
        out.push((date, list));
    }
    out
}

#[function_component(MeetingList)]
pub fn meeting_list(props: &MeetingListProps) -> Html {
    let lang = props.lang;
    let limit = use_state(|| PAGE);
    // A new analysis or filter starts again from the first page.
    {
        let limit = limit.clone();
        use_effect_with(props.visible.clone(), move |_| limit.set(PAGE));
    }
    // The selected card is always drawn, however far down the list it is.
    let groups = by_day(&props.doc, &props.visible);
    let position = props.selected.and_then(|s| {
        groups
            .iter()
            .flat_map(|(_, l)| l.iter())
            .position(|&i| i == s)
    });
    let shown = (*limit).max(position.map_or(0, |p| p + 1));
    let total = props.visible.len();
    let groups = first_cards(groups, shown);
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(shown + PAGE))
    };
    html! {
        <div class="meeting-list" data-testid="meeting-list" data-total={total.to_string()}>
            { for groups.into_iter().map(|(date, list)| {
                let heading = if date.is_empty() {
                    lang.tr("日期不详", "Undated").to_string()
                } else {
                    date_label(&date, "", lang)
                };
                html! {
                    <section class="day-group" data-day={date.clone()} aria-label={heading.clone()}>
                        <h3 class="day-heading">{ heading }</h3>
                        { for list.into_iter().map(|i| html! {
                            <MeetingCard key={i} doc={props.doc.clone()} text={props.text.clone()} names={props.names.clone()} pinyin={props.pinyin.clone()}
                                index={i} active={props.selected == Some(i)} lang={lang}
                                on_select={props.on_select.clone()} />
                        }) }
                    </section>
                }
            }) }
            if shown < total {
                <button type="button" class="button more-cards" data-testid="more-cards" onclick={on_more}>
                    { match lang {
                        Lang::Zh => format!("再显示 {} 条（共 {total} 条）", PAGE.min(total - shown)),
                        Lang::En => format!("Show {} more (of {total})", PAGE.min(total - shown)),
                    } }
                </button>
            }
        </div>
    }
}
