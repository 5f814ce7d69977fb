//! Filters by province, counterpart type, event kind, topic, review and, with several articles
//! pasted, article (their state is in the URL hash).

use std::collections::BTreeMap;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::{Document, Event as Meeting, EventKind, PartyRef};
use crate::web::components::province_map::{party_anchor, BEIJING};
use crate::web::filters::{FilterField, Filters};
use crate::web::filters::{CENTRAL, REVIEW_VALUES};
use crate::web::i18n::{article_name, article_number};
use crate::web::i18n::{
    counterpart_label, event_kind_label, event_kind_value_label, party_kind_label, party_kind_str,
    party_province, province_name, review_label, topic_label, Lang, EVENT_KINDS,
};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    /// The analysis (the options come from all its events).
    pub doc: Shared<Document>,
    pub filters: Filters,
    pub lang: Lang,
    pub on_change: Callback<Filters>,
}

/// (value, label) options of each filter: provinces and topics by their names in the
/// interface's language, never by code or slug.
fn options(events: &[Meeting], lang: Lang) -> [Vec<(String, String)>; 4] {
    let items = events
        .iter()
        .map(|e| (e.kind, e.parties.as_slice(), e.topics.as_slice()));
    options_of(items, lang)
}

/// The options of meetings given as (kind, parties, topics): the cards' events and the
/// archive's merged meetings offer their options alike.
pub fn options_of<'a>(
    items: impl Iterator<Item = (EventKind, &'a [PartyRef], &'a [String])>,
    lang: Lang,
) -> [Vec<(String, String)>; 4] {
    let mut provinces: BTreeMap<String, String> = BTreeMap::new();
    let mut kinds = BTreeMap::new();
    let mut topics: BTreeMap<String, String> = BTreeMap::new();
    let mut event_kinds = Vec::new();
    for (kind, parties, event_topics) in items {
        if !event_kinds.contains(&kind) {
            event_kinds.push(kind);
        }
        for p in parties {
            if let Some(code) = party_province(p) {
                provinces
                    .entry(code.to_string())
                    .or_insert_with(|| value_label(FilterField::Province, code, lang));
            } else {
                kinds.insert(p.kind, ());
                if party_anchor(p) == Some(BEIJING) {
                    provinces
                        .entry(CENTRAL.to_string())
                        .or_insert_with(|| value_label(FilterField::Province, CENTRAL, lang));
                }
            }
        }
        for t in event_topics {
            topics
                .entry(t.clone())
                .or_insert_with(|| topic_label(t, lang));
        }
    }
    let used_kinds: Vec<_> = EVENT_KINDS
        .iter()
        .filter(|k| event_kinds.contains(k))
        .map(|k| {
            (
                k.as_str().to_string(),
                event_kind_label(*k, lang).to_string(),
            )
        })
        .collect();
    [
        provinces.into_iter().collect(),
        kinds
            .into_keys()
            .map(|k| {
                (
                    party_kind_str(k).to_string(),
                    party_kind_label(k, lang).to_string(),
                )
            })
            .collect(),
        used_kinds,
        topics.into_iter().collect(),
    ]
}

/// How a filter value reads (a province's name for its code, a topic in words).
pub fn value_label(field: FilterField, value: &str, lang: Lang) -> String {
    match field {
        FilterField::Province => province_name(value, lang).unwrap_or_else(|| value.to_string()),
        FilterField::Counterpart => counterpart_label(value, lang),
        FilterField::Kind => event_kind_value_label(value, lang),
        FilterField::Topic => topic_label(value, lang),
        FilterField::Review => review_label(value, lang),
        FilterField::Article => value
            .parse()
            .map_or_else(|_| value.to_string(), |a| article_number(a, lang)),
    }
}

/// Most articles offered in the article filter: a paste of thousands would make the list
/// useless and slow to draw (a link's value past them stays selectable).
const ARTICLE_OPTIONS: usize = 300;

/// The article filter's options: each article by number, title and date.
fn article_options(doc: &Document, lang: Lang) -> Vec<(String, String)> {
    doc.articles
        .iter()
        .take(ARTICLE_OPTIONS)
        .enumerate()
        .map(|(k, a)| {
            let mut label = format!("{}. {}", k + 1, article_name(doc, k, lang));
            if let Some(date) = &a.reference_date {
                label.push_str(&format!(" · {date}"));
            }
            (k.to_string(), label)
        })
        .collect()
}

/// The review filter's options: always all three (a fresh analysis has none checked yet).
fn review_options(lang: Lang) -> Vec<(String, String)> {
    REVIEW_VALUES
        .iter()
        .map(|v| (v.to_string(), review_label(v, lang)))
        .collect()
}

/// Where a filter's select goes: its field, its label, its element id and test id.
pub struct FilterSelectAt<'a> {
    pub field: FilterField,
    pub label: &'a str,
    pub id: &'a str,
    pub testid: &'a str,
}

/// One filter as a labelled select of `opts` (value, label), "all" first. A value from the URL
/// stays selectable even when nothing shown has it.
pub fn filter_select(
    at: FilterSelectAt,
    mut opts: Vec<(String, String)>,
    filters: &Filters,
    on_change: &Callback<Filters>,
    lang: Lang,
) -> Html {
    let field = at.field;
    let current = filters.get(field).unwrap_or("").to_string();
    if !current.is_empty() && !opts.iter().any(|(v, _)| *v == current) {
        opts.push((current.clone(), value_label(field, &current, lang)));
    }
    let onchange = {
        let (filters, on_change) = (filters.clone(), on_change.clone());
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(filters.with(field, Some(el.value())));
        })
    };
    html! {
        <label class="filter" for={at.id.to_string()}>
            <span>{ at.label.to_string() }</span>
            <select id={at.id.to_string()} data-testid={at.testid.to_string()} {onchange}>
                <option value="" selected={current.is_empty()}>{ lang.tr("全部", "All") }</option>
                { for opts.into_iter().map(|(value, label)| {
                    let selected = value == current;
                    html! { <option value={value} {selected}>{ label }</option> }
                }) }
            </select>
        </label>
    }
}

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let lang = props.lang;
    let [provinces, kinds, event_kinds, topics] = options(&props.doc.events, lang);
    let select = |field: FilterField, label: &str, testid: &str, opts: Vec<(String, String)>| {
        let id = format!("filter-{}", field.key());
        let at = FilterSelectAt {
            field,
            label,
            id: &id,
            testid,
        };
        filter_select(at, opts, &props.filters, &props.on_change, lang)
    };
    let clear = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(Filters::default()))
    };
    html! {
        <div class="filter-bar" role="group" aria-label={lang.tr("筛选", "Filters")}>
            { select(FilterField::Province, lang.tr("省份", "Province"), "filter-province", provinces) }
            { select(FilterField::Counterpart, lang.tr("对方类型", "Counterpart"), "filter-type", kinds) }
            { select(FilterField::Kind, lang.tr("活动类型", "Kind"), "filter-kind", event_kinds) }
            { select(FilterField::Topic, lang.tr("议题", "Topic"), "filter-topic", topics) }
            { select(FilterField::Review, crate::web::i18n::fix_label(crate::web::i18n::Fix::ReviewFilter, lang), "filter-review", review_options(lang)) }
            if props.doc.articles.len() >= 2 {
                { select(FilterField::Article, lang.tr("文章", "Article"), "filter-article", article_options(&props.doc, lang)) }
            }
            <button type="button" class="button button-quiet" data-testid="clear-filters"
                disabled={props.filters.is_empty()} onclick={clear}>
                { lang.tr("清除筛选", "Clear filters") }
            </button>
        </div>
    }
}
