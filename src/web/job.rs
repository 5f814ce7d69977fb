//! The page's side of the analysis worker ([`crate::web::worker`]): every analysis runs there,
//! so that typing, a paste of megabytes or a hard input never holds the page up, and the page's
//! own download stays small (the extraction core and its lexicons are in the worker's wasm,
//! fetched on the first analysis).
//!
//! One worker is kept and reused while idle. A [`Job`] dropped before it is done (a cancel, or
//! newer text) terminates it: `terminate` is the only way to stop a worker busy in synchronous
//! wasm, which is why this uses `web_sys::Worker` directly rather than a bridge that can only
//! post a "stop" message.

use crate::web::i18n::Said;
use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

use crate::core::Document;
use crate::web::party_search::LexParty;
use crate::web::wire::WireMention;

/// The worker's loader script, next to index.html in `dist/` (see static/worker-loader.js).
pub const WORKER_URL: &str = "./worker-loader.js";

/// The file-reading worker's loader (see static/decoder-loader.js and [`crate::web::decoder`]).
pub const DECODER_URL: &str = "./decoder-loader.js";

/// What a running job reports.
#[derive(Debug, Clone, PartialEq)]
pub enum JobEvent {
    /// The share of the work done, 0.0 to 1.0.
    Progress(f64),
    Done(Rc<Document>),
    /// A sentence for the user.
    Failed(Said),
}

/// The job the worker is on: its input until the worker is ready, the document so far, and
/// where to report.
struct Current {
    input: Option<Input>,
    /// The text being analysed (mentions come without theirs).
    text: Rc<str>,
    doc: Document,
    report: Callback<JobEvent>,
    done: bool,
}

/// The worker and its handlers; `current` is shared with the handlers.
struct Engine {
    worker: Worker,
    ready: Rc<RefCell<bool>>,
    current: Rc<RefCell<Option<Current>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    /// The lexicons' parties, as the worker sent them (empty until it has).
    static LEXICON: RefCell<Rc<Vec<LexParty>>> = RefCell::new(Rc::default());
}

/// The lexicons' parties for the edit dialog's search (empty until the worker has loaded).
pub fn lexicon_parties() -> Rc<Vec<LexParty>> {
    LEXICON.with(|l| l.borrow().clone())
}

/// Adds one part of the document (a JSON array) to `doc`; `text` is the analysed text.
fn add_part(
    doc: &mut Document,
    text: &str,
    kind: &str,
    json: &str,
) -> Result<(), serde_json::Error> {
    match kind {
        "events" => doc.events.extend(serde_json::from_str::<Vec<_>>(json)?),
        "people" => doc.people.extend(serde_json::from_str::<Vec<_>>(json)?),
        "mentions" => doc.mentions.extend(
            serde_json::from_str::<Vec<WireMention>>(json)?
                .into_iter()
                .map(|m| m.into_mention(text)),
        ),
        "articles" => doc.articles.extend(serde_json::from_str::<Vec<_>>(json)?),
        _ => {}
    }
    Ok(())
}

/// What the worker is given: the text, the publication date, the user's dictionary as JSON.
type Input = (String, String, String);

fn post_job(worker: &Worker, (text, date, names): Input) {
    let job = Array::of3(
        &JsValue::from_str(&text),
        &JsValue::from_str(&date),
        &JsValue::from_str(&names),
    );
    let _ = worker.post_message(&job);
}

impl Engine {
    fn spawn() -> Result<Engine, Said> {
        let worker = Worker::new(WORKER_URL).map_err(|_| {
            Said::new(
                "这个浏览器无法启动分析程序（Web Worker）；文字已保留。",
                "This browser could not start the analysis worker; your text is kept.",
            )
        })?;
        let ready = Rc::new(RefCell::new(false));
        let current: Rc<RefCell<Option<Current>>> = Rc::new(RefCell::new(None));
        let on_message = {
            let (ready, current, sender) = (ready.clone(), current.clone(), worker.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let Ok(msg) = e.data().dyn_into::<Array>() else {
                    return;
                };
                let kind = msg.get(0).as_string().unwrap_or_default();
                let value = msg.get(1);
                if kind == "map" {
                    let tsv = value.as_string().unwrap_or_default();
                    crate::web::components::province_map::install_shapes(tsv);
                    return;
                }
                if kind == "lexicon" {
                    let json = value.as_string().unwrap_or_default();
                    if let Ok(parties) = serde_json::from_str::<Vec<LexParty>>(&json) {
                        LEXICON.with(|l| *l.borrow_mut() = Rc::new(parties));
                    }
                    return;
                }
                let mut slot = current.borrow_mut();
                if kind == "ready" {
                    *ready.borrow_mut() = true;
                    if let Some(input) = slot.as_mut().and_then(|c| c.input.take()) {
                        post_job(&sender, input);
                    }
                    return;
                }
                let Some(job) = slot.as_mut().filter(|c| !c.done) else {
                    return;
                };
                // Report after letting go of the slot: the report may start the next job.
                let event = match kind.as_str() {
                    "progress" => JobEvent::Progress(value.as_f64().unwrap_or(0.0)),
                    "done" => {
                        job.done = true;
                        let mut doc = std::mem::take(&mut job.doc);
                        doc.reference_date = value.as_string();
                        JobEvent::Done(Rc::new(doc))
                    }
                    "error" => {
                        job.done = true;
                        let why = value.as_string().unwrap_or_default();
                        JobEvent::Failed(Said::new(
                            format!("无法分析这段文字：{why}"),
                            format!("The text could not be analysed: {why}"),
                        ))
                    }
                    part => {
                        let json = value.as_string().unwrap_or_default();
                        let text = job.text.clone();
                        match add_part(&mut job.doc, &text, part, &json) {
                            Ok(()) => return,
                            Err(err) => {
                                job.done = true;
                                JobEvent::Failed(Said::new(
                                    "无法读取分析结果；文字已保留。",
                                    format!("The analysis result could not be read ({err}); your text is kept."),
                                ))
                            }
                        }
                    }
                };
                let report = job.report.clone();
                drop(slot);
                report.emit(event);
            })
        };
        let on_error = {
            let current = current.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                e.prevent_default();
                let report = current.borrow_mut().take().map(|c| c.report);
                // A worker that failed is not reused.
                ENGINE.with(|engine| {
                    if let Ok(mut engine) = engine.try_borrow_mut() {
                        engine.take();
                    }
                });
                if let Some(report) = report {
                    report.emit(JobEvent::Failed(Said::new(
                        "分析出错中止；文字已保留。修改文字后可重试。",
                        "The analysis stopped with an error; your text is kept. Edit it to try again.",
                    )));
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Engine {
            worker,
            ready,
            current,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    fn busy(&self) -> bool {
        self.current.borrow().as_ref().is_some_and(|c| !c.done)
    }
}

/// A running analysis; dropping it before it is done stops the worker.
pub struct Job {
    current: Rc<RefCell<Option<Current>>>,
}

impl Drop for Job {
    fn drop(&mut self) {
        let unfinished = self.current.borrow().as_ref().is_some_and(|c| !c.done);
        if unfinished {
            // The worker is busy with text nobody wants any more: stop it; the next job starts a
            // fresh one.
            ENGINE.with(|engine| {
                let mut engine = engine.borrow_mut();
                if engine
                    .as_ref()
                    .is_some_and(|e| Rc::ptr_eq(&e.current, &self.current))
                {
                    engine.take();
                }
            });
        }
    }
}

impl Job {
    /// Starts analysing `text` (with the publication date `date`, `YYYY-MM-DD` or empty, and
    /// the user's dictionary `names` as JSON, empty when none), reporting to `report`.
    pub fn start(
        text: String,
        date: String,
        names: String,
        report: Callback<JobEvent>,
    ) -> Result<Job, Said> {
        ENGINE.with(|engine| {
            let mut engine = engine.borrow_mut();
            if engine.as_ref().is_some_and(Engine::busy) {
                engine.take();
            }
            if engine.is_none() {
                *engine = Some(Engine::spawn()?);
            }
            let engine = engine.as_ref().expect("spawned above");
            let ready = *engine.ready.borrow();
            let analysed: Rc<str> = Rc::from(text.as_str());
            let input = (text, date, names);
            let (input, now) = if ready {
                (None, Some(input))
            } else {
                (Some(input), None)
            };
            *engine.current.borrow_mut() = Some(Current {
                input,
                text: analysed,
                doc: Document::default(),
                report,
                done: false,
            });
            if let Some(input) = now {
                post_job(&engine.worker, input);
            }
            Ok(Job {
                current: engine.current.clone(),
            })
        })
    }
}

/// A file as the worker read it: its text and the encoding it was read in, or why not.
pub type DecodedFile = Result<(String, String), String>;

/// Files being read by the file-reading worker (its own, so that neither the page nor the
/// analysis worker carries the decoders); dropping it stops that worker.
pub struct Decoding {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Drop for Decoding {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Reads `files` in the file-reading worker, where GBK, Big5 and UTF-16 are decoded, and
/// reports them in their order to `report`.
pub fn decode_files(
    files: Vec<web_sys::File>,
    report: Callback<Vec<DecodedFile>>,
) -> Result<Decoding, String> {
    let worker = Worker::new(DECODER_URL)
        .map_err(|_| "浏览器无法启动读取文件的程序。\nThis browser could not start the worker that reads files.".to_string())?;
    let count = files.len();
    let list: Array = files.into_iter().map(JsValue::from).collect();
    let sender = worker.clone();
    let failed = report.clone();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
        e.prevent_default();
        let why =
            "读取文件时出错。\nThe worker that reads files stopped with an error.".to_string();
        failed.emit(vec![Err(why); count]);
    });
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Ok(msg) = e.data().dyn_into::<Array>() else {
            return;
        };
        match msg.get(0).as_string().as_deref() {
            Some("ready") => {
                let _ = sender.post_message(&list);
            }
            Some("decoded") => {
                // Two items a file: text and encoding, or a sentence and "".
                let answers = Array::from(&msg.get(1));
                let item = |i| answers.get(i).as_string().unwrap_or_default();
                let read = (0..answers.length() / 2)
                    .map(|k| match (item(2 * k), item(2 * k + 1)) {
                        (why, encoding) if encoding.is_empty() => Err(why),
                        pair => Ok(pair),
                    })
                    .collect();
                report.emit(read);
            }
            _ => {}
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Decoding {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}
