//! The JSON and CSV downloads, of the meetings shown or of all of them, with a sentence saying
//! which. The CSV names people in pinyin too, so it waits (briefly) for the pinyin worker.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::Document;
use crate::web::corrections::{Corrections, Review};
use crate::web::export::{self, Pinyin};
use crate::web::filters::Filters;
use crate::web::i18n::{Lang, Said};
use crate::web::shared::Shared;

/// How long a CSV waits for the pinyin of its people's names before it is written without them.
const PINYIN_WAIT_MS: u32 = 10_000;

#[derive(Properties, PartialEq)]
pub struct ExportControlsProps {
    /// The analysis to export, and the text it was made from; `None` while there is none.
    pub analysis: Option<(Shared<Document>, Shared<str>)>,
    pub reference_date: AttrValue,
    pub filters: Filters,
    pub review: Shared<Review>,
    pub corrections: Shared<Corrections>,
    pub pinyin: Shared<Pinyin>,
    /// Asks the app for the pinyin of the people's names (the CSV's English names).
    pub on_need_pinyin: Callback<()>,
    pub lang: Lang,
}

/// What is exported, in a sentence: the meetings shown (of how many) or all of them.
fn scope_note(everything: bool, shown: usize, total: usize, lang: Lang) -> String {
    match (everything || shown == total, lang) {
        (true, Lang::Zh) => format!("导出全部 {total} 场会见。"),
        (true, Lang::En) => format!("Exports all {total} meetings."),
        (false, Lang::Zh) => format!("导出当前显示的 {shown} 场会见（共 {total} 场）。"),
        (false, Lang::En) => format!("Exports the {shown} meetings shown (of {total})."),
    }
}

/// What an export reads, taken when the button is pressed (copying a big document at every
/// render would be slow).
#[derive(Clone)]
struct Choice {
    analysis: Option<(Shared<Document>, Shared<str>)>,
    review: Shared<Review>,
    filters: Filters,
    everything: bool,
}

impl Choice {
    /// The document and review to write: all, or the shown meetings only.
    fn take(&self) -> Option<(Document, Review, Shared<str>)> {
        let (doc, text) = self.analysis.as_ref()?;
        let (doc, review) = if self.everything {
            ((**doc).clone(), (*self.review).clone())
        } else {
            export::shown(doc, &self.review, &self.filters)
        };
        Some((doc, review, text.clone()))
    }
}

fn save(name: &str, mime: &str, content: &str, problem: &UseStateHandle<Option<Said>>) {
    problem.set(export::download(name, mime, content).err());
}

#[function_component(ExportControls)]
pub fn export_controls(props: &ExportControlsProps) -> Html {
    let lang = props.lang;
    let everything = use_state(|| false);
    let problem = use_state(|| None::<Said>);
    // The CSV waiting for pinyin, and the timer that writes it without.
    let pending = use_mut_ref(|| None::<(Document, Review, Timeout)>);
    let write_csv = {
        let (pinyin, problem) = (props.pinyin.clone(), problem.clone());
        move |doc: &Document, review: &Review| {
            let content = export::to_csv_reviewed(doc, review, &pinyin);
            save(
                "huitan-links.csv",
                "text/csv;charset=utf-8",
                &content,
                &problem,
            );
        }
    };
    {
        // New pinyin arrived: the waiting CSV is written with it.
        let (pending, write_csv) = (pending.clone(), write_csv.clone());
        use_effect_with(props.pinyin.clone(), move |_| {
            if let Some((doc, review, _)) = pending.borrow_mut().take() {
                write_csv(&doc, &review);
            }
        });
    }
    let total = props.analysis.as_ref().map_or(0, |(d, _)| d.events.len());
    let shown = use_memo(
        (
            props.analysis.clone(),
            props.review.clone(),
            props.filters.clone(),
        ),
        |(analysis, review, filters)| {
            analysis.as_ref().map_or(0, |(doc, _)| {
                let marks = &review.marks;
                (0..doc.events.len())
                    .filter(|&i| {
                        filters.matches(&doc.events[i]) && filters.matches_mark(marks.get(i))
                    })
                    .count()
            })
        },
    );
    let shown = *shown;
    let choice = Choice {
        analysis: props.analysis.clone(),
        review: props.review.clone(),
        filters: props.filters.clone(),
        everything: *everything,
    };

    let on_json = {
        let (date, corrections) = (props.reference_date.clone(), props.corrections.clone());
        let (problem, choice) = (problem.clone(), choice.clone());
        Callback::from(move |_| {
            if let Some((doc, review, text)) = &choice.take() {
                let content = export::to_json_reviewed(doc, text, &date, review, &corrections);
                save("huitan.json", "application/json", &content, &problem);
            }
        })
    };
    let on_csv = {
        let (pinyin, ask) = (props.pinyin.clone(), props.on_need_pinyin.clone());
        let (pending, problem) = (pending.clone(), problem.clone());
        Callback::from(move |_| {
            let Some((doc, review, _)) = choice.take() else {
                return;
            };
            let missing = doc
                .events
                .iter()
                .flat_map(|e| &e.participants)
                .any(|p| !pinyin.contains_key(&p.name));
            if !missing {
                let content = export::to_csv_reviewed(&doc, &review, &pinyin);
                save(
                    "huitan-links.csv",
                    "text/csv;charset=utf-8",
                    &content,
                    &problem,
                );
                return;
            }
            let timer = {
                let (pending, pinyin, problem) = (pending.clone(), pinyin.clone(), problem.clone());
                Timeout::new(PINYIN_WAIT_MS, move || {
                    if let Some((doc, review, _)) = pending.borrow_mut().take() {
                        let content = export::to_csv_reviewed(&doc, &review, &pinyin);
                        save(
                            "huitan-links.csv",
                            "text/csv;charset=utf-8",
                            &content,
                            &problem,
                        );
                    }
                })
            };
            *pending.borrow_mut() = Some((doc, review, timer));
            ask.emit(());
        })
    };
    let pick = |all: bool| {
        let everything = everything.clone();
        Callback::from(move |_| everything.set(all))
    };
    let disabled = props.analysis.is_none();
    html! {
        <div class="export-controls">
            <button type="button" class="button button-quiet" data-testid="export-json" {disabled} onclick={on_json}>
                { lang.tr("导出 JSON", "Export JSON") }
            </button>
            <button type="button" class="button button-quiet" data-testid="export-csv" {disabled} onclick={on_csv}>
                { lang.tr("导出 CSV", "Export CSV") }
            </button>
            if shown < total {
                <fieldset class="export-scope">
                    <legend class="visually-hidden">{ lang.tr("导出范围", "What to export") }</legend>
                    <label class="check"><input type="radio" name="export-scope" data-testid="export-scope-shown"
                        checked={!*everything} onchange={pick(false)} />{ lang.tr("显示的会见", "What is shown") }</label>
                    <label class="check"><input type="radio" name="export-scope" data-testid="export-scope-all"
                        checked={*everything} onchange={pick(true)} />{ lang.tr("全部", "Everything") }</label>
                </fieldset>
            }
            if !disabled {
                <span class="hint" data-testid="export-scope-note">{ scope_note(*everything, shown, total, lang) }</span>
            }
            if let Some(msg) = &*problem {
                <p class="status status-error" data-testid="export-error" role="alert">{ msg.get(lang).to_string() }</p>
            }
        </div>
    }
}
