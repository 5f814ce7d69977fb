//! The review bar over the cards: undo and redo, adding a meeting (by hand, or from the
//! sentence selected in the text), the counts of extracted, changed, added, deleted and checked
//! meetings, the deleted meetings (to restore) and the corrections no longer in the text.

use yew::prelude::*;

use crate::web::corrections::{Key, Lost, Review};
use crate::web::i18n::{fix_label, Fix, Lang};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    pub review: Shared<Review>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// Whether a sentence of the text is selected (for "meeting from this sentence").
    pub has_sentence: bool,
    /// Why kept, imported or linked corrections could not be read.
    pub problem: Option<AttrValue>,
    pub lang: Lang,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_add: Callback<()>,
    pub on_from_sentence: Callback<()>,
    pub on_restore: Callback<Key>,
    pub on_forget: Callback<usize>,
}

fn button(testid: &'static str, label: &str, enabled: bool, cb: &Callback<()>) -> Html {
    let cb = cb.clone();
    html! {
        <button type="button" class="button button-quiet" data-testid={testid} disabled={!enabled}
            // Keeps the text's selection when the button is pressed with the mouse.
            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
            onclick={Callback::from(move |_| cb.emit(()))}>{ label.to_string() }</button>
    }
}

fn tally_line(review: &Review, lang: Lang) -> Html {
    let t = review.tally();
    let text = match lang {
        Lang::Zh => format!(
            "识别 {} · 修改 {} · 添加 {} · 删除 {} · 已核对 {}",
            t.extracted, t.changed, t.added, t.deleted, t.checked
        ),
        Lang::En => format!(
            "{} extracted · {} changed · {} added · {} deleted · {} checked",
            t.extracted, t.changed, t.added, t.deleted, t.checked
        ),
    };
    html! {
        <p class="hint review-summary" data-testid="review-summary" role="status"
            data-extracted={t.extracted.to_string()} data-changed={t.changed.to_string()}
            data-added={t.added.to_string()} data-deleted={t.deleted.to_string()}
            data-checked={t.checked.to_string()}>{ text }</p>
    }
}

/// What a lost correction did, in words.
fn lost_what(lost: &Lost, lang: Lang) -> String {
    let mut what = Vec::new();
    match lost {
        Lost::Fix(f) => {
            if f.deleted {
                what.push(fix_label(Fix::WasDeleted, lang));
            }
            if f.fields.is_some() {
                what.push(fix_label(Fix::WasChanged, lang));
            }
            if f.checked {
                what.push(fix_label(Fix::WasChecked, lang));
            }
        }
        Lost::Added(_) => what.push(fix_label(Fix::WasAdded, lang)),
    }
    what.join(lang.tr("、", ", "))
}

fn deleted_list(props: &ReviewPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="review-list" data-testid="deleted-list">
            <summary>{ format!("{} ({})", fix_label(Fix::Deleted, lang), props.review.deleted.len()) }</summary>
            <ul>
                { for props.review.deleted.iter().map(|(key, _)| {
                    let (cb, key) = (props.on_restore.clone(), key.clone());
                    html! {
                        <li data-testid="deleted-meeting">
                            <q lang="zh-Hans">{ key.sentence.clone() }</q>
                            <button type="button" class="button button-quiet" data-testid="restore-meeting"
                                onclick={Callback::from(move |_| cb.emit(key.clone()))}>{ fix_label(Fix::Restore, lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

fn lost_list(props: &ReviewPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="review-list review-lost" data-testid="lost-corrections" aria-labelledby="lost-title">
            <h3 id="lost-title">{ fix_label(Fix::Lost, lang) }</h3>
            <p class="hint">{ fix_label(Fix::LostHint, lang) }</p>
            <ul>
                { for props.review.lost.iter().enumerate().map(|(i, lost)| {
                    let cb = props.on_forget.clone();
                    html! {
                        <li data-testid="lost-correction">
                            <span class="chip">{ lost_what(lost, lang) }</span>
                            <q lang="zh-Hans">{ lost.sentence().to_string() }</q>
                            <button type="button" class="button button-quiet" data-testid="forget-correction"
                                onclick={Callback::from(move |_| cb.emit(i))}>{ fix_label(Fix::Forget, lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[function_component(ReviewPanel)]
pub fn review_panel(props: &ReviewPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="review-panel" data-testid="review-panel">
            <div class="review-tools" role="toolbar" aria-label={fix_label(Fix::ReviewFilter, lang)}>
                { button("undo", fix_label(Fix::Undo, lang), props.can_undo, &props.on_undo) }
                { button("redo", fix_label(Fix::Redo, lang), props.can_redo, &props.on_redo) }
                { button("add-meeting", fix_label(Fix::AddMeeting, lang), true, &props.on_add) }
                { button("meeting-from-sentence", fix_label(Fix::FromSentence, lang), props.has_sentence, &props.on_from_sentence) }
                if !props.has_sentence {
                    <span class="hint">{ fix_label(Fix::FromSentenceHint, lang) }</span>
                }
            </div>
            { tally_line(&props.review, lang) }
            if let Some(problem) = props.problem.clone() {
                <p class="status status-error" role="alert" data-testid="corrections-error">{ problem }</p>
            }
            if !props.review.deleted.is_empty() { { deleted_list(props) } }
            if !props.review.lost.is_empty() { { lost_list(props) } }
        </div>
    }
}
