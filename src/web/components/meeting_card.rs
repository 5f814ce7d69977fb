//! One meeting: kind, date, parties (Chinese and English), participants with titles,
//! agreements, topics, location and the evidence sentence. Click or Enter selects it: its tab
//! stop is the toggle button in its head (`aria-pressed`), the card itself being focusable only
//! by script (a button may not hold the card's own buttons).

use yew::prelude::*;

use crate::core::{Document, Event, PartyRef};
use crate::web::components::icons::KindIcon;
use crate::web::corrections::{Mark, Review};
use crate::web::i18n::{
    date_label, event_kind_label, fix_label, full_party_name, id_name, party_kind_label_of,
    person_titles, topic_label, EntityNames, Fix, Lang,
};
use crate::web::segments::slice;
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct MeetingCardProps {
    pub doc: Shared<Document>,
    /// The analysed text (evidence spans point into it).
    pub text: Shared<str>,
    /// The parties' names (see `entity_names`).
    pub names: Shared<EntityNames>,
    /// People's names in pinyin, shown in the English interface.
    #[prop_or_default]
    pub pinyin: Shared<std::collections::HashMap<String, String>>,
    /// The event's index in `doc.events`.
    pub index: usize,
    pub active: bool,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

/// What a card's buttons ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardAction {
    Delete,
    Edit,
    /// Checked (true) or not.
    Check(bool),
}

/// Given by the page as a context (so that the cards' props stay as they were): how each
/// meeting stands, and where the cards' buttons report. Without it a card reads as extracted.
#[derive(Clone, PartialEq)]
pub struct CardReview {
    pub review: Shared<Review>,
    pub on_action: Callback<(usize, CardAction)>,
}

/// The card's review buttons: check, edit, delete. They do not select the card.
fn actions(index: usize, mark: Option<&Mark>, review: Option<&CardReview>, lang: Lang) -> Html {
    let checked = mark.is_some_and(|m| m.checked);
    let button = |what: CardAction| {
        let on_action = review.map(|r| r.on_action.clone()).unwrap_or_default();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            on_action.emit((index, what));
        })
    };
    html! {
        <div class="card-actions" role="group" aria-label={lang.tr("核对", "Review")}>
            <button type="button" class="button button-quiet" data-testid="card-check"
                aria-pressed={checked.to_string()} onclick={button(CardAction::Check(!checked))}>
                { if checked { fix_label(Fix::Checked, lang) } else { fix_label(Fix::Check, lang) } }
            </button>
            <button type="button" class="button button-quiet" data-testid="card-edit"
                onclick={button(CardAction::Edit)}>{ fix_label(Fix::Edit, lang) }</button>
            <button type="button" class="button button-quiet" data-testid="card-delete"
                title={fix_label(Fix::DeleteHint, lang)} aria-label={fix_label(Fix::DeleteHint, lang)}
                onclick={button(CardAction::Delete)}>{ fix_label(Fix::Delete, lang) }</button>
        </div>
    }
}

/// The party ids of an event, space-separated (`data-parties`).
pub fn party_ids(event: &Event) -> String {
    event
        .parties
        .iter()
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ISO start date of an event, empty when it has none (`data-date`).
pub fn start_date(event: &Event) -> &str {
    event.date.as_ref().map(|d| d.start.as_str()).unwrap_or("")
}

pub fn time_of_day_label(zh: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return zh.to_string();
    }
    let en = match zh {
        "上午" | "早上" | "早晨" => "morning",
        "中午" => "noon",
        "下午" => "afternoon",
        "晚" | "晚上" | "晚间" | "傍晚" | "夜间" => "evening",
        "凌晨" => "early morning",
        "全天" => "all day",
        other => other,
    };
    en.to_string()
}

fn party(p: &PartyRef, names: &EntityNames, lang: Lang) -> Html {
    let known = names.get(&p.id);
    let english = p
        .english
        .clone()
        .or_else(|| known.and_then(|k| k.1.clone()))
        .unwrap_or_default();
    // The name as written, with its place (省委 → 青海省委), unless the text only gave the id
    // (then the best name known).
    let name = if p.name == p.id {
        id_name(names, &p.id, Lang::Zh)
    } else {
        full_party_name(p)
    };
    let zh = html! { <span class="party-zh" lang="zh-Hans">{ name }</span> };
    let en = if english.is_empty() {
        html! {}
    } else {
        html! { <span class="party-en" lang="en">{ english }</span> }
    };
    html! {
        <li class="party" data-party-id={p.id.clone()}>
            if lang == Lang::En { { en } { zh } } else { { zh } { en } }
            <span class="party-kind">{ party_kind_label_of(&p.id, p.kind, lang) }</span>
        </li>
    }
}

/// A signed document: its title stays in Chinese; the English interface names its kind.
fn agreement(title: &str, lang: Lang) -> Html {
    let kind = crate::core::agreements::kind_english(title).filter(|_| lang == Lang::En);
    html! {
        <li>
            <span class="agreement-title" lang="zh-Hans">{ title.to_string() }</span>
            if let Some(kind) = kind { <span class="agreement-kind" lang="en">{ format!(" ({kind})") }</span> }
        </li>
    }
}

/// At most this many distinct sentences and reporting articles are drawn on a card: a meeting
/// that thousands of pasted articles report would otherwise put megabytes of quotes and
/// thousands of list items into one card (and hold the page up drawing them).
pub const CARD_QUOTES: usize = 3;
pub const CARD_SOURCES: usize = 6;

/// The event's evidence sentences, each once, at most [`CARD_QUOTES`], joined by " … " (which
/// also ends the quote when some were left out).
fn quotes(event: &Event, text: &str) -> String {
    let mut shown: Vec<&str> = Vec::new();
    let mut more = false;
    for s in event.evidence.iter().map(|s| slice(text, *s)) {
        if s.is_empty() || shown.contains(&s) {
            continue;
        }
        if shown.len() == CARD_QUOTES {
            more = true;
            break;
        }
        shown.push(s);
    }
    let mut quote = shown.join(" … ");
    if more {
        quote.push_str(" …");
    }
    quote
}

#[function_component(MeetingCard)]
pub fn meeting_card(props: &MeetingCardProps) -> Html {
    let lang = props.lang;
    let Some(event) = props.doc.events.get(props.index) else {
        return html! {};
    };
    let index = props.index;
    let review = use_context::<CardReview>();
    let mark = review
        .as_ref()
        .and_then(|r| r.review.marks.get(index))
        .cloned();
    let (hand, checked) = mark
        .as_ref()
        .map_or((false, false), |m| (m.hand, m.checked));
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |_| on_select.emit(index))
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Only on the card itself: its buttons take Enter and Space as their own. (Yew
            // delegates events to its root, so currentTarget is not the card.)
            let on_card = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|t| t.get_attribute("data-testid").as_deref() == Some("meeting-card"));
            if on_card && (e.key() == "Enter" || e.key() == " ") {
                e.prevent_default();
                on_select.emit(index);
            }
        })
    };

    let date = match &event.date {
        Some(d) => {
            let mut shown = date_label(&d.start, &d.end, lang);
            if shown.is_empty() {
                shown = d.text.clone();
            }
            let tod = d
                .time_of_day
                .as_deref()
                .map(|t| time_of_day_label(t, lang))
                .unwrap_or_default();
            html! {
                <span class="card-date">
                    <time datetime={d.start.clone()} title={d.text.clone()}>{ shown }</time>
                    if !tod.is_empty() { <span class="time-of-day">{ tod }</span> }
                </span>
            }
        }
        None => html! { <span class="card-date undated">{ lang.tr("日期不详", "Undated") }</span> },
    };

    let names: &EntityNames = &props.names;
    let participants = event.participants.iter().map(|pt| {
        let person = props.doc.people.iter().find(|p| p.name == pt.name);
        let (titles, titles_lang) = person.map(|p| person_titles(p, lang)).unwrap_or_default();
        let org = pt.org.clone().or_else(|| person.and_then(|p| p.org.clone()));
        // The titles as written usually name the organisation; otherwise show it.
        let (role, role_lang) = match org {
            Some(org) if titles.is_empty() => (id_name(names, &org, lang), lang.html_lang()),
            _ => (titles, titles_lang),
        };
        html! {
            <li class="participant">
                <span class="participant-name" lang="zh-Hans">{ pt.name.clone() }</span>
                if let Some(py) = props.pinyin.get(&pt.name).filter(|_| lang == Lang::En) {
                    <span class="pinyin" lang="zh-Latn-pinyin">{ py.clone() }</span>
                }
                if !role.is_empty() { <span class="participant-title" lang={role_lang}>{ role }</span> }
            </li>
        }
    });

    let evidence = quotes(event, &props.text);

    // With several articles pasted (separated by ---): which of them report the meeting.
    let sources: Vec<(usize, String)> = event
        .articles
        .iter()
        .take(CARD_SOURCES)
        .filter(|&&a| a < props.doc.articles.len())
        .map(|&a| (a, crate::web::i18n::article_name(&props.doc, a, lang)))
        .collect();
    let more_sources = event.articles.len().saturating_sub(CARD_SOURCES);

    let parties_label = event
        .parties
        .iter()
        .map(|p| id_name(names, &p.id, lang))
        .collect::<Vec<_>>()
        .join(lang.tr("、", ", "));
    let aria_label = format!(
        "{} {} {}",
        event_kind_label(event.kind, lang),
        date_label(start_date(event), "", lang),
        parties_label
    );

    html! {
        <article class={classes!("card", props.active.then_some("card-active"))}
            data-testid="meeting-card"
            data-parties={party_ids(event)}
            data-date={start_date(event).to_string()}
            data-kind={event.kind.as_str()}
            data-articles={event.articles.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(" ")}
            data-active={props.active.to_string()}
            data-index={index.to_string()}
            data-source={crate::web::export::source_name(hand)}
            data-checked={checked.to_string()}
            tabindex="-1" aria-current={props.active.then_some("true")}
            aria-label={aria_label}
            {onclick} {onkeydown}>
            <header class="card-head">
                // The card's tab stop: a toggle button, so that its selection is announced.
                <button type="button" class="card-select" data-testid="card-select"
                    aria-pressed={props.active.to_string()}>
                    <span class="card-kind" data-kind={event.kind.as_str()}>
                        <KindIcon kind={event.kind} />
                        <span class="kind-zh" lang="zh-Hans">{ event.kind.zh() }</span>
                        if lang == Lang::En { <span class="kind-en">{ event_kind_label(event.kind, lang) }</span> }
                    </span>
                </button>
                { date }
                if hand { <span class="card-hand" data-testid="card-hand">{ fix_label(Fix::ByHand, lang) }</span> }
                if checked { <span class="card-checked" aria-hidden="true">{ "✓" }</span> }
            </header>
            <ul class="parties" aria-label={lang.tr("参与方", "Parties")}>
                { for event.parties.iter().map(|p| party(p, names, lang)) }
            </ul>
            if !event.participants.is_empty() {
                <div class="card-row">
                    <span class="row-label">{ lang.tr("出席", "Present") }</span>
                    <ul class="participants">{ for participants }</ul>
                </div>
            }
            if !event.agreements.is_empty() {
                <div class="card-row">
                    <span class="row-label">{ lang.tr("签署", "Signed") }</span>
                    <ul class="agreements">
                        { for event.agreements.iter().map(|a| agreement(a, lang)) }
                    </ul>
                </div>
            }
            if !event.topics.is_empty() {
                <div class="card-row">
                    <span class="row-label">{ lang.tr("议题", "Topics") }</span>
                    <ul class="topics">
                        { for event.topics.iter().map(|t| html! {
                            <li class="chip" data-topic={t.clone()} lang={lang.html_lang()}>{ topic_label(t, lang) }</li>
                        }) }
                    </ul>
                </div>
            }
            if let Some(loc) = &event.location {
                <div class="card-row">
                    <span class="row-label">{ lang.tr("地点", "Place") }</span>
                    if let Some(en) = event.location_english.as_ref().filter(|_| lang == Lang::En) {
                        <span class="location" lang="en">{ en.clone() }</span>
                    } else {
                        <span class="location" lang="zh-Hans">{ loc.clone() }</span>
                    }
                </div>
            }
            if props.doc.articles.len() > 1 && !sources.is_empty() {
                <div class="card-row">
                    <span class="row-label">{ lang.tr("来源", "Source") }</span>
                    <ul class="sources">
                        { for sources.into_iter().map(|(a, t)| html! {
                            <li lang="zh-Hans" data-testid="card-source" data-article={a.to_string()}>{ t }</li>
                        }) }
                        if more_sources > 0 {
                            <li class="hint" data-testid="more-sources">
                                { match lang {
                                    Lang::Zh => format!("等，共 {} 篇", event.articles.len()),
                                    Lang::En => format!("and {more_sources} more"),
                                } }
                            </li>
                        }
                    </ul>
                </div>
            }
            if !evidence.is_empty() {
                <blockquote class="evidence-quote" lang="zh-Hans">{ evidence }</blockquote>
            }
            if !event.rules.is_empty() {
                // Which extraction rules read this meeting: a wrong card points to its rule.
                <details class="card-rules" data-testid="card-rules" data-rules={event.rules.join(" ")}>
                    <summary>{ lang.tr("识别规则", "Read by rules") }</summary>
                    <ul>{ for event.rules.iter().map(|r| html! { <li><code>{ r.clone() }</code></li> }) }</ul>
                </details>
            }
            { actions(index, mark.as_ref(), review.as_ref(), lang) }
        </article>
    }
}
