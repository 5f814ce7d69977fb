//! The dialog that edits a meeting or adds one by hand: kind, dates, the two parties (picked
//! from the lexicons or typed), participants (the article's people, or typed), agreements and
//! topics. A native modal <dialog>: focus moves into it, Escape closes it, and the page puts
//! focus back on the card (or button) it was opened from.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::{EventKind, PartyRef};
use crate::web::components::party_picker::PartyPicker;
use crate::web::corrections::Fields;
use crate::web::i18n::{event_kind_label, fix_label, topic_label, Fix, Lang, EVENT_KINDS, TOPICS};
use crate::web::party_search::LexParty;
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct EditDialogProps {
    /// Whether it adds a meeting (else it edits one): only the title differs.
    pub adding: bool,
    pub initial: Fields,
    /// The sentence the meeting is read from ("" when none).
    pub evidence: AttrValue,
    /// The article's people, offered as participants.
    pub people: Rc<Vec<String>>,
    pub parties: Shared<Vec<LexParty>>,
    pub lang: Lang,
    pub on_save: Callback<Fields>,
    /// The dialog closed (saved, cancelled or Escape).
    pub on_close: Callback<()>,
}

/// ISO dates as events carry them: `2023-12-12`, `2023-12`, `2023`, `--12-12`, `--12`, or "".
pub fn valid_date(s: &str) -> bool {
    let s = s.trim();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let month = |p: &str| digits(p, 2) && (1..=12).contains(&p.parse::<u32>().unwrap_or(0));
    let day = |p: &str| digits(p, 2) && (1..=31).contains(&p.parse::<u32>().unwrap_or(0));
    if s.is_empty() {
        return true;
    }
    let parts: Vec<&str> = s.strip_prefix("--").unwrap_or(s).split('-').collect();
    match (s.starts_with("--"), parts.as_slice()) {
        (true, [m]) => month(m),
        (true, [m, d]) => month(m) && day(d),
        (false, [y]) => digits(y, 4),
        (false, [y, m]) => digits(y, 4) && month(m),
        (false, [y, m, d]) => digits(y, 4) && month(m) && day(d),
        _ => false,
    }
}

/// Splits a typed list (commas, 、, semicolons or lines) into its trimmed items.
fn items(s: &str) -> Vec<String> {
    s.split([',', '，', '、', ';', '；', '\n'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn input_value(id: &str) -> String {
    let el = gloo::utils::document().get_element_by_id(id);
    if let Some(i) = el.as_ref().and_then(|e| e.dyn_ref::<HtmlInputElement>()) {
        return i.value();
    }
    if let Some(t) = el.as_ref().and_then(|e| e.dyn_ref::<HtmlTextAreaElement>()) {
        return t.value();
    }
    el.and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

fn checked_values(name: &str) -> Vec<String> {
    let selector = format!("dialog input[name=\"{name}\"]:checked");
    let Ok(list) = gloo::utils::document().query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .collect()
}

/// The fields as the form holds them, or the sentence saying what is wrong.
fn read_form(
    initial: &Fields,
    parties: [Option<PartyRef>; 2],
    lang: Lang,
) -> Result<Fields, String> {
    let (start, end) = (input_value("edit-start"), input_value("edit-end"));
    if !valid_date(&start) || !valid_date(&end) {
        return Err(fix_label(Fix::BadDate, lang).to_string());
    }
    let mut all: Vec<PartyRef> = parties.into_iter().flatten().collect();
    all.extend(initial.parties.iter().skip(2).cloned());
    if all.is_empty() {
        return Err(fix_label(Fix::NoParty, lang).to_string());
    }
    let mut participants = checked_values("edit-person");
    for p in items(&input_value("edit-others")) {
        if !participants.contains(&p) {
            participants.push(p);
        }
    }
    let kind = EVENT_KINDS
        .into_iter()
        .find(|k| k.as_str() == input_value("edit-kind"))
        .unwrap_or(EventKind::Other);
    Ok(Fields {
        kind,
        start: start.trim().to_string(),
        end: end.trim().to_string(),
        parties: all,
        participants,
        agreements: items(&input_value("edit-agreements")),
        topics: checked_values("edit-topic"),
    })
}

/// Puts the initial values in the form, once: the fields are not drawn with values, so that
/// a render (a party picked) never puts back what the user has already changed.
fn fill_form(initial: &Fields, people: &[String]) {
    let document = gloo::utils::document();
    let element = |id: &str| document.get_element_by_id(id);
    let set = |id: &str, value: &str| {
        if let Some(i) = element(id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
            i.set_value(value);
        }
    };
    let end = if initial.end == initial.start {
        ""
    } else {
        initial.end.as_str()
    };
    set("edit-start", &initial.start);
    set("edit-end", end);
    let others: Vec<&str> = initial
        .participants
        .iter()
        .filter(|p| !people.contains(p))
        .map(String::as_str)
        .collect();
    set("edit-others", &others.join("、"));
    if let Some(s) = element("edit-kind").and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()) {
        s.set_value(initial.kind.as_str());
    }
    let area = element("edit-agreements").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok());
    if let Some(t) = area {
        t.set_value(&initial.agreements.join("\n"));
    }
    let tick = |id: String| {
        if let Some(i) = element(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
            i.set_checked(true);
        }
    };
    for (i, name) in people.iter().enumerate() {
        if initial.participants.contains(name) {
            tick(format!("edit-person-{i}"));
        }
    }
    for t in &initial.topics {
        tick(format!("edit-topic-{t}"));
    }
}

fn kind_field(lang: Lang) -> Html {
    html! {
        <div class="field">
            <label for="edit-kind">{ fix_label(Fix::Kind, lang) }</label>
            <select id="edit-kind" data-testid="edit-kind" autofocus=true>
                { for EVENT_KINDS.iter().map(|k| html! {
                    <option value={k.as_str()}>{ event_kind_label(*k, lang) }</option>
                }) }
            </select>
        </div>
    }
}

fn date_fields(lang: Lang) -> Html {
    html! {
        <div class="field-row">
            <div class="field">
                <label for="edit-start">{ fix_label(Fix::Start, lang) }</label>
                <input id="edit-start" data-testid="edit-start" type="text" inputmode="numeric"
                    placeholder="2023-12-12" aria-describedby="date-hint" />
            </div>
            <div class="field">
                <label for="edit-end">{ fix_label(Fix::End, lang) }</label>
                <input id="edit-end" data-testid="edit-end" type="text" inputmode="numeric"
                    placeholder="2023-12-13" aria-describedby="date-hint" />
            </div>
            <p id="date-hint" class="hint">{ fix_label(Fix::DateHint, lang) }</p>
        </div>
    }
}

/// The participants: the article's people as boxes to tick, and a field for anyone else.
fn people_fields(people: &[String], lang: Lang) -> Html {
    html! {
        <fieldset class="field" data-testid="edit-participants">
            <legend>{ fix_label(Fix::Participants, lang) }</legend>
            <div class="checks">
                { for people.iter().enumerate().map(|(i, name)| {
                    let id = format!("edit-person-{i}");
                    html! {
                        <span class="check">
                            <input type="checkbox" id={id.clone()} name="edit-person" value={name.clone()} />
                            <label for={id} lang="zh-Hans">{ name.clone() }</label>
                        </span>
                    }
                }) }
            </div>
            <label for="edit-others">{ fix_label(Fix::Others, lang) }</label>
            <input id="edit-others" data-testid="edit-others" type="text" aria-describedby="others-hint" />
            <p id="others-hint" class="hint">{ fix_label(Fix::OthersHint, lang) }</p>
        </fieldset>
    }
}

fn topic_fields(initial: &Fields, lang: Lang) -> Html {
    let mut topics: Vec<String> = TOPICS.iter().map(|t| t.to_string()).collect();
    topics.extend(
        initial
            .topics
            .iter()
            .filter(|t| !topics.contains(t))
            .cloned()
            .collect::<Vec<_>>(),
    );
    html! {
        <fieldset class="field" data-testid="edit-topics">
            <legend>{ fix_label(Fix::Topics, lang) }</legend>
            <div class="checks">
                { for topics.iter().map(|t| {
                    let id = format!("edit-topic-{t}");
                    html! {
                        <span class="check">
                            <input type="checkbox" id={id.clone()} name="edit-topic" value={t.clone()} />
                            <label for={id}>{ topic_label(t, lang) }</label>
                        </span>
                    }
                }) }
            </div>
        </fieldset>
    }
}

fn agreements_field(lang: Lang) -> Html {
    html! {
        <div class="field">
            <label for="edit-agreements">{ fix_label(Fix::Agreements, lang) }</label>
            <textarea id="edit-agreements" data-testid="edit-agreements" rows="2"
                aria-describedby="agreements-hint" />
            <p id="agreements-hint" class="hint">{ fix_label(Fix::ListHint, lang) }</p>
        </div>
    }
}

/// Fills the form and opens the dialog as a modal once drawn (focus moves into it); its
/// "close" (Save, Cancel, Escape) tells the page.
#[hook]
fn use_modal(node: &NodeRef, props: &EditDialogProps) {
    let (node, on_close) = (node.clone(), props.on_close.clone());
    let (initial, people) = (props.initial.clone(), props.people.clone());
    use_effect_with((), move |_| {
        fill_form(&initial, &people);
        let dialog = node.cast::<HtmlDialogElement>();
        let listener = dialog.as_ref().map(|d| {
            let _ = d.show_modal();
            gloo::events::EventListener::new(d, "close", move |_| on_close.emit(()))
        });
        move || drop(listener)
    });
}

#[function_component(EditDialog)]
pub fn edit_dialog(props: &EditDialogProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let parties = use_state(|| {
        [
            props.initial.parties.first().cloned(),
            props.initial.parties.get(1).cloned(),
        ]
    });
    let problem = use_state(|| None::<String>);
    use_modal(&node, props);
    let close = {
        let node = node.clone();
        move || {
            if let Some(d) = node.cast::<HtmlDialogElement>() {
                d.close();
            }
        }
    };
    let onsubmit = {
        let (initial, parties, problem) = (props.initial.clone(), parties.clone(), problem.clone());
        let (on_save, close) = (props.on_save.clone(), close.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match read_form(&initial, (*parties).clone(), lang) {
                Ok(fields) => {
                    on_save.emit(fields);
                    close();
                }
                Err(msg) => problem.set(Some(msg)),
            }
        })
    };
    let on_party = |i: usize| {
        let parties = parties.clone();
        Callback::from(move |p: Option<PartyRef>| {
            let mut next = (*parties).clone();
            next[i] = p;
            parties.set(next);
        })
    };
    let oncancel = Callback::from(move |_: MouseEvent| close());
    let title = fix_label(
        if props.adding {
            Fix::DialogAdd
        } else {
            Fix::DialogEdit
        },
        lang,
    );
    html! {
        <dialog ref={node} class="edit-dialog" data-testid="edit-dialog" aria-labelledby="edit-title">
            <form method="dialog" {onsubmit}>
                <h2 id="edit-title">{ title }</h2>
                if !props.evidence.is_empty() {
                    <figure class="field">
                        <figcaption>{ fix_label(Fix::Evidence, lang) }</figcaption>
                        <blockquote class="evidence-quote" data-testid="edit-evidence" lang="zh-Hans">{ props.evidence.clone() }</blockquote>
                    </figure>
                }
                { kind_field(lang) }
                { date_fields(lang) }
                <div class="field-row">
                    <PartyPicker id="edit-party-a" label={fix_label(Fix::PartyA, lang)} value={parties[0].clone()}
                        parties={props.parties.clone()} {lang} on_change={on_party(0)} />
                    <PartyPicker id="edit-party-b" label={fix_label(Fix::PartyB, lang)} value={parties[1].clone()}
                        parties={props.parties.clone()} {lang} on_change={on_party(1)} />
                    <p id="party-hint" class="hint">{ fix_label(Fix::PartyHint, lang) }</p>
                </div>
                { people_fields(&props.people, lang) }
                { agreements_field(lang) }
                { topic_fields(&props.initial, lang) }
                if let Some(msg) = (*problem).clone() {
                    <p class="status status-error" role="alert" data-testid="edit-error">{ msg }</p>
                }
                <div class="dialog-buttons">
                    <button type="submit" class="button" data-testid="edit-save">{ fix_label(Fix::Save, lang) }</button>
                    <button type="button" class="button button-quiet" data-testid="edit-cancel" onclick={oncancel}>
                        { fix_label(Fix::Cancel, lang) }
                    </button>
                </div>
            </form>
        </dialog>
    }
}
