//! The JSON and CSV downloads, of the meetings shown or of all of them, with a sentence saying
//! which. They are written by an export worker (`export_job`); the CSV names people in pinyin
//! too, so it waits (briefly) for the pinyin worker.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::names::UserNames;
use crate::core::Document;
use crate::web::corrections::{Corrections, Review};
use crate::web::export::{self, Pinyin};
use crate::web::export_job::{ExportJob, Request};
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
    /// The user's dictionary, which the export's analysis reads as the page's did.
    pub names: std::rc::Rc<UserNames>,
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

fn save(name: &str, mime: &str, content: &str, problem: &UseStateHandle<Option<Said>>) {
    problem.set(export::download(name, mime, content).err());
}

/// How many meetings the filters show.
fn shown_count(analysis: &Analysis, review: &Review, filters: &Filters) -> usize {
    analysis.as_ref().map_or(0, |(doc, _)| {
        (0..doc.events.len())
            .filter(|&i| {
                filters.matches(&doc.events[i]) && filters.matches_mark(review.marks.get(i))
            })
            .count()
    })
}

type Analysis = Option<(Shared<Document>, Shared<str>)>;

/// What starts an export (`true` for the CSV): the request for the export worker, built from
/// the props when the button is pressed, and the download of what it writes.
fn starter(
    props: &ExportControlsProps,
    job: &Rc<RefCell<Option<ExportJob>>>,
    problem: &UseStateHandle<Option<Said>>,
    everything: bool,
) -> impl Fn(bool) + Clone + 'static {
    let (job, problem) = (job.clone(), problem.clone());
    let (analysis, date, names) = (
        props.analysis.clone(),
        props.reference_date.clone(),
        props.names.clone(),
    );
    let (corrections, filters, pinyin) = (
        props.corrections.clone(),
        props.filters.clone(),
        props.pinyin.clone(),
    );
    move |csv: bool| {
        let Some((_, text)) = &analysis else { return };
        let request = Request {
            csv,
            text: text.to_string(),
            date: date.to_string(),
            names: if names.is_empty() {
                String::new()
            } else {
                names.to_json()
            },
            corrections: corrections.to_json(),
            filters: filters.to_hash(),
            everything,
            pinyin: serde_json::to_string(&*pinyin).unwrap_or_default(),
        };
        let problem = problem.clone();
        let done = Callback::from(move |content: Result<String, Said>| match content {
            Ok(content) if csv => save(
                "huitan-links.csv",
                "text/csv;charset=utf-8",
                &content,
                &problem,
            ),
            Ok(content) => save("huitan.json", "application/json", &content, &problem),
            Err(why) => problem.set(Some(why)),
        });
        *job.borrow_mut() = ExportJob::start(request, done);
    }
}

#[function_component(ExportControls)]
pub fn export_controls(props: &ExportControlsProps) -> Html {
    let lang = props.lang;
    let everything = use_state(|| false);
    let problem = use_state(|| None::<Said>);
    // The running export, and a CSV waiting for the pinyin of its people's names.
    let job = use_mut_ref(|| None::<ExportJob>);
    let waiting = use_mut_ref(|| None::<Timeout>);
    let start = starter(props, &job, &problem, *everything);
    {
        // The pinyin arrived: the waiting CSV is written with it.
        let (waiting, start) = (waiting.clone(), start.clone());
        use_effect_with(props.pinyin.clone(), move |_| {
            if waiting.borrow_mut().take().is_some() {
                start(true);
            }
        });
    }
    let total = props.analysis.as_ref().map_or(0, |(d, _)| d.events.len());
    let shown = *use_memo(
        (
            props.analysis.clone(),
            props.review.clone(),
            props.filters.clone(),
        ),
        |(analysis, review, filters)| shown_count(analysis, review, filters),
    );
    let on_json = {
        let start = start.clone();
        Callback::from(move |_| start(false))
    };
    let on_csv = {
        let (pinyin, ask, analysis) = (
            props.pinyin.clone(),
            props.on_need_pinyin.clone(),
            props.analysis.clone(),
        );
        Callback::from(move |_| {
            let missing = analysis.as_ref().is_some_and(|(doc, _)| {
                doc.events
                    .iter()
                    .flat_map(|e| &e.participants)
                    .any(|p| !pinyin.contains_key(&p.name))
            });
            if !missing {
                start(true);
                return;
            }
            let (waiting_now, start) = (waiting.clone(), start.clone());
            *waiting.borrow_mut() = Some(Timeout::new(PINYIN_WAIT_MS, move || {
                if waiting_now.borrow_mut().take().is_some() {
                    start(true);
                }
            }));
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
