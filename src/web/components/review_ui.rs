//! The page's side of correcting meetings, as one hook: the review bar, the edit dialog, the
//! cards' context (how each stands, where their buttons report), the selected sentence of the
//! text, and Ctrl+Z / Ctrl+Shift+Z outside text fields (a text field keeps its own undo).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::Span;
use crate::web::components::edit_dialog::EditDialog;
use crate::web::components::meeting_card::{CardAction, CardReview};
use crate::web::components::review_panel::ReviewPanel;
use crate::web::corrections::{fields_in, sentence_around, Change, Fields};
use crate::web::job::lexicon_parties;
use crate::web::names::pinyin_for_missing;
use crate::web::party_search::LexParty;
use crate::web::shared::Shared;
use crate::web::state::{Action, AppState};

/// What the dialog is open on.
#[derive(Debug, Clone, PartialEq)]
enum Editing {
    /// The shown meeting of this index.
    Card(usize),
    /// A new meeting, from this sentence ("" when none) with what the core read there.
    New { sentence: String, fields: Fields },
}

/// What the hook gives the page to draw.
pub struct ReviewUi {
    pub panel: Html,
    pub dialog: Html,
    pub cards: CardReview,
}

/// Where focus goes back when the dialog closes (a CSS selector).
fn focus_later(selector: String) {
    Timeout::new(0, move || {
        let el = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten();
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    })
    .forget();
}

fn card_selector(i: usize) -> String {
    format!("[data-testid=\"meeting-card\"][data-index=\"{i}\"]")
}

/// The byte span of the text view's selection in `text`, if the selection lies in it.
fn selected_span(text: &str) -> Option<Span> {
    let document = gloo::utils::document();
    let selection = gloo::utils::window().get_selection().ok().flatten()?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let view = document
        .query_selector("[data-testid=\"text-view\"]")
        .ok()
        .flatten()?;
    let inside = range.common_ancestor_container().ok()?;
    if !view.contains(Some(&inside)) {
        return None;
    }
    // The text view holds exactly the window of the text it draws: count the text before the
    // selection in it (the selected string alone may occur more than once).
    let before = document.create_range().ok()?;
    before.select_node_contents(&view).ok()?;
    before
        .set_end(&range.start_container().ok()?, range.start_offset().ok()?)
        .ok()?;
    let from = document
        .query_selector("[data-testid=\"text-window\"]")
        .ok()
        .flatten()
        .and_then(|w| w.get_attribute("data-from"))
        .and_then(|f| f.parse::<usize>().ok())
        .unwrap_or(0);
    let (lead, selected) = (
        String::from(before.to_string()),
        String::from(range.to_string()),
    );
    let start = from + lead.len();
    match text.get(start..start + selected.len()) {
        Some(s) if s == selected => Some(Span::new(start, start + selected.len())),
        _ => text
            .find(&selected)
            .map(|s| Span::new(s, s + selected.len())),
    }
}

/// Whether a key press belongs to a text field (which keeps its own undo) or an open dialog.
fn in_text_field() -> bool {
    let document = gloo::utils::document();
    if document
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
    {
        return true;
    }
    document.active_element().is_some_and(|el| {
        let tag = el.tag_name().to_ascii_lowercase();
        matches!(tag.as_str(), "input" | "textarea" | "select")
            || el
                .get_attribute("contenteditable")
                .is_some_and(|v| v != "false")
    })
}

/// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, outside text fields; Escape clears the
/// selection.
#[hook]
fn use_undo_keys(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        // Not passive: it must stop the browser's own handling of the keys it takes.
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let window = gloo::utils::window();
        let listener =
            gloo::events::EventListener::new_with_options(&window, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let key = e.key().to_ascii_lowercase();
                // Escape lets go of the selected card (a dialog or a field keeps its own Escape).
                if key == "escape" && !in_text_field() {
                    dispatcher.dispatch(Action::Select(None));
                    return;
                }
                if !(e.ctrl_key() || e.meta_key()) || !(key == "z" || key == "y") || in_text_field()
                {
                    return;
                }
                e.prevent_default();
                let redo = key == "y" || e.shift_key();
                dispatcher.dispatch(if redo { Action::Redo } else { Action::Undo });
            });
        move || drop(listener)
    });
}

/// The sentence of the text that the user selected in the text view, kept while selected.
#[hook]
fn use_selected_sentence(text: Rc<str>) -> Option<Span> {
    let sentence = use_state(|| None::<Span>);
    {
        let sentence = sentence.clone();
        // Compared by pointer: a big text is not compared on every render.
        use_effect_with(Shared::new(text), move |text| {
            let text = text.0.clone();
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "selectionchange",
                move |_| {
                    let found = selected_span(&text).and_then(|s| sentence_around(&text, s));
                    if *sentence != found {
                        sentence.set(found);
                    }
                },
            );
            move || drop(listener)
        });
    }
    *sentence
}

/// The parties the dialog offers: the lexicons' (from the worker) and the document's own, with
/// the pinyin of their names where the pinyin worker has given it.
fn picker_parties(state: &AppState) -> Rc<Vec<LexParty>> {
    let mut all = (*lexicon_parties()).clone();
    for p in state.doc.events.iter().flat_map(|e| e.parties.iter()) {
        if !all.iter().any(|l| l.id == p.id) {
            all.push(LexParty::from_ref(p));
        }
    }
    for p in all.iter_mut().filter(|p| p.pinyin.is_empty()) {
        if let Some(py) = state.pinyin.get(&p.name) {
            p.pinyin = py.clone();
        }
    }
    Rc::new(all)
}

/// While the dialog is open, the pinyin worker writes the offered parties' names in pinyin, so
/// that 教育部 is found by typing jiaoyubu (it is fetched then, not with the page).
#[hook]
fn use_party_pinyin(state: &UseReducerHandle<AppState>, open: bool) {
    let state = state.clone();
    use_effect_with(open, move |open| {
        let job = open
            .then(|| {
                let parties = picker_parties(&state);
                let names = parties
                    .iter()
                    .filter(|p| p.pinyin.is_empty())
                    .map(|p| p.name.clone());
                pinyin_for_missing(&state, names.collect::<Vec<_>>())
            })
            .flatten();
        move || drop(job)
    });
}

#[hook]
pub fn use_review(state: &UseReducerHandle<AppState>) -> ReviewUi {
    let lang = state.lang;
    let editing = use_state(|| None::<Editing>);
    let sentence = use_selected_sentence(state.analyzed_text.clone());
    use_undo_keys(state);
    use_party_pinyin(state, editing.is_some());
    let dispatch = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action()))
    };
    let on_action = {
        let (state, editing) = (state.clone(), editing.clone());
        Callback::from(move |(i, what): (usize, CardAction)| match what {
            CardAction::Edit => editing.set(Some(Editing::Card(i))),
            CardAction::Check(on) => state.dispatch(Action::Correct(i, Change::Check(on))),
            CardAction::Delete => {
                state.dispatch(Action::Correct(i, Change::Delete));
                // The card is gone: Undo is where its user most likely goes next.
                focus_later("[data-testid=\"undo\"]".to_string());
            }
        })
    };
    let open_new = |from_sentence: bool| {
        let (state, editing) = (state.clone(), editing.clone());
        Callback::from(move |_| {
            let text = state.analyzed_text.clone();
            let span = sentence.filter(|_| from_sentence);
            let fields = span.map_or_else(
                || fields_in(&state.doc, &text, Span::new(0, 0)),
                |s| fields_in(&state.doc, &text, s),
            );
            let sentence = span.and_then(|s| text.get(s.start..s.end)).unwrap_or("");
            editing.set(Some(Editing::New {
                sentence: sentence.to_string(),
                fields,
            }));
        })
    };
    let panel = html! {
        <ReviewPanel review={Shared::new(state.review.clone())} can_undo={state.history.can_undo()}
            can_redo={state.history.can_redo()} has_sentence={sentence.is_some()}
            problem={state.corrections_problem.as_ref().map(|p| AttrValue::from(p.get(lang).to_string()))} {lang}
            on_undo={dispatch(|| Action::Undo)} on_redo={dispatch(|| Action::Redo)}
            on_add={open_new(false)} on_from_sentence={open_new(true)}
            on_restore={{ let state = state.clone(); Callback::from(move |k| state.dispatch(Action::RestoreDeleted(k))) }}
            on_forget={{ let state = state.clone(); Callback::from(move |i| state.dispatch(Action::ForgetLost(i))) }} />
    };
    let dialog = dialog(state, &editing);
    ReviewUi {
        panel,
        dialog,
        cards: CardReview {
            review: Shared::new(state.review.clone()),
            on_action,
        },
    }
}

/// The edit dialog for what `editing` names, if anything.
fn dialog(state: &UseReducerHandle<AppState>, editing: &UseStateHandle<Option<Editing>>) -> Html {
    let Some(open) = (**editing).clone() else {
        return html! {};
    };
    let (initial, evidence, back) = match &open {
        Editing::Card(i) => {
            let Some(event) = state.doc.events.get(*i) else {
                return html! {};
            };
            let sentence = crate::web::corrections::sentence_of(event, &state.analyzed_text);
            (Fields::of(event), sentence.to_string(), card_selector(*i))
        }
        Editing::New { sentence, fields } => (
            fields.clone(),
            sentence.clone(),
            "[data-testid=\"add-meeting\"]".to_string(),
        ),
    };
    let on_save = {
        let state = state.clone();
        Callback::from(move |fields: Fields| match &open {
            Editing::Card(i) => state.dispatch(Action::Correct(*i, Change::Edit(fields))),
            Editing::New { sentence, .. } => state.dispatch(Action::AddMeeting {
                sentence: sentence.clone(),
                fields,
            }),
        })
    };
    let on_close = {
        let editing = editing.clone();
        Callback::from(move |_| {
            editing.set(None);
            focus_later(back.clone());
        })
    };
    let people: Vec<String> = state
        .doc
        .people
        .iter()
        .take(60)
        .map(|p| p.name.clone())
        .collect();
    html! {
        <EditDialog adding={matches!(**editing, Some(Editing::New { .. }))} {initial}
            evidence={AttrValue::from(evidence)} people={Rc::new(people)}
            parties={Shared::new(picker_parties(state))} lang={state.lang} {on_save} {on_close} />
    }
}
