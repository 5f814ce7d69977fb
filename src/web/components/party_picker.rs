//! One party of the edit dialog: a combobox that searches the lexicons' parties (and the
//! article's) as one types; what matches none is taken as a new organisation by that name.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::PartyRef;
use crate::web::i18n::{fix_label, party_kind_label_of, Fix, Lang};
use crate::web::party_search::{search, typed_party, LexParty};
use crate::web::shared::Shared;

/// At most this many suggestions are listed.
const SUGGESTIONS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct PartyPickerProps {
    /// The id of the input (its label points to it); also names the list and its options.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<PartyRef>,
    pub parties: Shared<Vec<LexParty>>,
    pub lang: Lang,
    pub on_change: Callback<Option<PartyRef>>,
}

fn option(
    p: &LexParty,
    id: String,
    active: bool,
    lang: Lang,
    onpick: Callback<MouseEvent>,
) -> Html {
    html! {
        <li id={id} role="option" class={classes!("picker-option", active.then_some("picker-active"))}
            aria-selected={active.to_string()} data-party-id={p.id.clone()}
            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())} onclick={onpick}>
            <span lang="zh-Hans">{ p.name.clone() }</span>
            if !p.english.is_empty() { <span class="party-en" lang="en">{ p.english.clone() }</span> }
            <span class="party-kind">{ party_kind_label_of(&p.id, p.kind, lang) }</span>
        </li>
    }
}

/// The list's keys: arrows move through the suggestions, Enter picks one, Escape closes it.
fn keys(
    open: UseStateHandle<bool>,
    active: UseStateHandle<usize>,
    pick: Callback<LexParty>,
    found: Vec<LexParty>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "ArrowDown" | "ArrowUp" if !found.is_empty() => {
            e.prevent_default();
            let n = found.len();
            let step = if e.key() == "ArrowDown" { 1 } else { n - 1 };
            active.set((*active + step) % n);
        }
        "Enter" if !found.is_empty() => {
            e.prevent_default();
            pick.emit(found[(*active).min(found.len() - 1)].clone());
        }
        // Closes the list, not the dialog.
        "Escape" if *open => {
            e.prevent_default();
            e.stop_propagation();
            open.set(false);
        }
        _ => {}
    })
}

#[function_component(PartyPicker)]
pub fn party_picker(props: &PartyPickerProps) -> Html {
    let lang = props.lang;
    let query = use_state(|| {
        props
            .value
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default()
    });
    let open = use_state(|| false);
    let active = use_state(|| 0usize);
    let found: Vec<LexParty> = if *open {
        search(&props.parties, &query, SUGGESTIONS)
            .into_iter()
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let pick = {
        let (query, open, on_change) = (query.clone(), open.clone(), props.on_change.clone());
        Callback::from(move |p: LexParty| {
            query.set(p.name.clone());
            open.set(false);
            on_change.emit(Some(p.party_ref()));
        })
    };
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let typed = (!value.trim().is_empty()).then(|| typed_party(&value));
            on_change.emit(typed);
            query.set(value);
            open.set(true);
            active.set(0);
        })
    };
    let onkeydown = keys(open.clone(), active.clone(), pick.clone(), found.clone());
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let list_id = format!("{}-list", props.id);
    let option_id = |i: usize| format!("{}-opt-{i}", props.id);
    let expanded = !found.is_empty();
    let typed_new = props
        .value
        .as_ref()
        .is_some_and(|p| p.id == p.name && p.kind == crate::core::PartyKind::Other);
    html! {
        <div class="picker">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" role="combobox" autocomplete="off"
                data-testid={format!("{}", props.id)} value={(*query).clone()}
                aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls={list_id.clone()}
                aria-activedescendant={expanded.then(|| option_id(*active))}
                aria-describedby="party-hint" {oninput} {onkeydown} {onblur} />
            if typed_new && !query.trim().is_empty() && !expanded {
                <span class="hint" data-testid="new-org">{ fix_label(Fix::NewOrg, lang) }</span>
            }
            <ul id={list_id} role="listbox" class="picker-list" hidden={!expanded}
                aria-label={props.label.clone()}>
                { for found.iter().enumerate().map(|(i, p)| {
                    let pick = pick.clone();
                    let party = p.clone();
                    option(p, option_id(i), i == *active, lang, Callback::from(move |_| pick.emit(party.clone())))
                }) }
            </ul>
        </div>
    }
}
