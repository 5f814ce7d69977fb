//! The people named with a title: roles, organisation and the meetings they took part in.

use yew::prelude::*;

use crate::core::Document;
use crate::web::components::meeting_card::start_date;
use crate::web::i18n::{
    date_label, event_kind_label, id_name, person_titles, role_label, EntityNames, Lang,
};
use crate::web::shared::Shared;

/// People drawn at first, and added by each "more" click.
pub const PAGE: usize = 30;

/// Meetings listed under a person (a governor may be in hundreds across many articles).
pub const MEETINGS_SHOWN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct PeoplePanelProps {
    pub doc: Shared<Document>,
    pub names: Shared<EntityNames>,
    /// People's names in pinyin, shown in the English interface.
    #[prop_or_default]
    pub pinyin: Shared<std::collections::HashMap<String, String>>,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

#[function_component(PeoplePanel)]
pub fn people_panel(props: &PeoplePanelProps) -> Html {
    let lang = props.lang;
    let doc = &props.doc;
    let names: &EntityNames = &props.names;
    // Who took part in which meetings, indexed once per analysis.
    let meetings_of = use_memo(props.doc.clone(), |doc| {
        let mut index: std::collections::HashMap<String, Vec<usize>> = Default::default();
        for (i, e) in doc.events.iter().enumerate() {
            for p in &e.participants {
                let list = index.entry(p.name.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        index
    });
    let limit = use_state(|| PAGE);
    let total = doc.people.len();
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    html! {
        <section class="people-panel" data-testid="people-panel" aria-label={lang.tr("人物", "People")}>
            <h2 class="panel-title">{ lang.tr("人物", "People") }</h2>
            if doc.people.is_empty() {
                <p class="hint">{ lang.tr("暂无带职务的人物。", "No people with titles yet.") }</p>
            } else {
                <ul class="people">
                    { for doc.people.iter().take(*limit).map(|person| {
                        let all: &[usize] = meetings_of.get(&person.name).map_or(&[], |v| v.as_slice());
                        let meetings: Vec<usize> = all.iter().copied().take(MEETINGS_SHOWN).collect();
                        let more = all.len().saturating_sub(MEETINGS_SHOWN);
                        let roles = person.roles.iter().map(|r| role_label(*r, lang)).collect::<Vec<_>>().join(lang.tr("、", ", "));
                        html! {
                            <li class="person" data-testid="person" data-name={person.name.clone()}>
                                <div class="person-head">
                                    <span class="person-name" lang="zh-Hans">{ person.name.clone() }</span>
                                    if let Some(py) = props.pinyin.get(&person.name).filter(|_| lang == Lang::En) {
                                        <span class="pinyin" lang="zh-Latn-pinyin">{ py.clone() }</span>
                                    }
                                    if let Some(org) = &person.org {
                                        <span class="person-org">{ id_name(names, org, lang) }</span>
                                    }
                                </div>
                                if !person.titles.is_empty() {
                                    <div class="person-titles" lang={person_titles(person, lang).1}>{ person_titles(person, lang).0 }</div>
                                }
                                if !roles.is_empty() {
                                    <div class="person-roles">{ roles }</div>
                                }
                                if !meetings.is_empty() {
                                    <ul class="person-meetings" aria-label={lang.tr("参加的会见", "Meetings")}>
                                        { for meetings.into_iter().map(|i| {
                                            let e = &doc.events[i];
                                            let others = e.parties.iter().map(|p| id_name(names, &p.id, lang)).collect::<Vec<_>>().join(" – ");
                                            let label = format!("{} {} {}", date_label(start_date(e), "", lang), event_kind_label(e.kind, lang), others);
                                            let onclick = {
                                                let cb = props.on_select.clone();
                                                Callback::from(move |_| cb.emit(i))
                                            };
                                            html! {
                                                <li><button type="button" class="link-button" data-event={i.to_string()} {onclick}>{ label.trim().to_string() }</button></li>
                                            }
                                        }) }
                                        if more > 0 {
                                            <li class="hint" data-testid="person-more-meetings">
                                                { match lang {
                                                    Lang::Zh => format!("另有 {more} 次会见（按人物筛选请用卡片）"),
                                                    Lang::En => format!("and {more} more meetings"),
                                                } }
                                            </li>
                                        }
                                    </ul>
                                }
                            </li>
                        }
                    }) }
                </ul>
                if *limit < total {
                    <button type="button" class="button more-people" data-testid="more-people" onclick={on_more}>
                        { match lang {
                            Lang::Zh => format!("再显示 {} 人（共 {total} 人）", PAGE.min(total - *limit)),
                            Lang::En => format!("Show {} more (of {total})", PAGE.min(total - *limit)),
                        } }
                    </button>
                }
            }
        </section>
    }
}
