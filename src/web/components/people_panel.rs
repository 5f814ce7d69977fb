//! The people named with a title: roles, organisation and the meetings they took part in.

use yew::prelude::*;

use crate::core::Document;
use crate::web::components::meeting_card::start_date;
use crate::web::i18n::{entity_names, event_kind_label, id_name, role_label, Lang};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct PeoplePanelProps {
    pub doc: Shared<Document>,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

#[function_component(PeoplePanel)]
pub fn people_panel(props: &PeoplePanelProps) -> Html {
    let lang = props.lang;
    let doc = &props.doc;
    let names = entity_names(doc);
    html! {
        <section class="people-panel" data-testid="people-panel" aria-label={lang.tr("人物", "People")}>
            <h2 class="panel-title">{ lang.tr("人物", "People") }</h2>
            if doc.people.is_empty() {
                <p class="hint">{ lang.tr("暂无带职务的人物。", "No people with titles yet.") }</p>
            } else {
                <ul class="people">
                    { for doc.people.iter().map(|person| {
                        let meetings: Vec<usize> = doc.events.iter().enumerate()
                            .filter(|(_, e)| e.participants.iter().any(|p| p.name == person.name))
                            .map(|(i, _)| i)
                            .collect();
                        let roles = person.roles.iter().map(|r| role_label(*r, lang)).collect::<Vec<_>>().join(lang.tr("、", ", "));
                        html! {
                            <li class="person" data-testid="person" data-name={person.name.clone()}>
                                <div class="person-head">
                                    <span class="person-name" lang="zh-Hans">{ person.name.clone() }</span>
                                    if let Some(org) = &person.org {
                                        <span class="person-org">{ id_name(&names, org, lang) }</span>
                                    }
                                </div>
                                if !person.titles.is_empty() {
                                    <div class="person-titles" lang="zh-Hans">{ person.titles.join("、") }</div>
                                }
                                if !roles.is_empty() {
                                    <div class="person-roles">{ roles }</div>
                                }
                                if !meetings.is_empty() {
                                    <ul class="person-meetings" aria-label={lang.tr("参加的会见", "Meetings")}>
                                        { for meetings.into_iter().map(|i| {
                                            let e = &doc.events[i];
                                            let others = e.parties.iter().map(|p| id_name(&names, &p.id, lang)).collect::<Vec<_>>().join(" – ");
                                            let label = format!("{} {} {}", start_date(e), event_kind_label(e.kind, lang), others);
                                            let onclick = {
                                                let cb = props.on_select.clone();
                                                Callback::from(move |_| cb.emit(i))
                                            };
                                            html! {
                                                <li><button type="button" class="link-button" data-event={i.to_string()} {onclick}>{ label.trim().to_string() }</button></li>
                                            }
                                        }) }
                                    </ul>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
