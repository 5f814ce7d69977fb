//! The page's side of the archive worker ([`super::worker`], protocol there): starts it, sends
//! it the files, and turns its messages into [`Reply`]s; the table's parts are gathered here and
//! handed on at once when the import is done.
//!
//! Dropping an [`ArchiveJob`] terminates its worker: that is how an import is cancelled.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, MessageEvent, Worker};
use yew::Callback;

use crate::core::archive::{ArticleMeta, CsvColumns, Meeting, RecordError};

/// The worker's loader script, next to index.html in `dist/`.
pub const ARCHIVER_URL: &str = "./archiver-loader.js";

/// An archive's files, and how to read them.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// `jsonl`, `csv` or `folder`.
    pub kind: String,
    /// The `File`s, in order.
    pub files: Array,
    /// The CSV columns the user chose; `None` finds them by header name.
    pub columns: Option<CsvColumns>,
    /// What to call the archive (its file's or its folder's name).
    pub name: String,
}

/// An imported archive.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Loaded {
    pub articles: Vec<ArticleMeta>,
    pub meetings: Vec<Meeting>,
    pub errors: Vec<RecordError>,
}

/// What the worker said.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Total(usize),
    Progress(usize),
    Columns(Vec<String>),
    Loaded(Rc<Loaded>),
    Documents(Blob),
    Failed(String),
}

/// A running job; dropping it stops its worker.
pub struct ArchiveJob {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Drop for ArchiveJob {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Adds a part of the table (JSON) to what is gathered; a part that does not parse is said.
fn gather(into: &RefCell<Loaded>, kind: &str, json: &str) -> Result<(), String> {
    let bad = |e: serde_json::Error| format!("The archive's table could not be read ({e}).");
    let mut loaded = into.borrow_mut();
    match kind {
        "errors" => loaded
            .errors
            .extend(serde_json::from_str::<Vec<RecordError>>(json).map_err(bad)?),
        "articles" => loaded
            .articles
            .extend(serde_json::from_str::<Vec<ArticleMeta>>(json).map_err(bad)?),
        _ => loaded
            .meetings
            .extend(serde_json::from_str::<Vec<Meeting>>(json).map_err(bad)?),
    }
    Ok(())
}

fn reply_of(msg: &Array, gathered: &RefCell<Loaded>) -> Option<Reply> {
    let kind = msg.get(0).as_string()?;
    let value = msg.get(1);
    let number = || value.as_f64().unwrap_or(0.0) as usize;
    let text = || value.as_string().unwrap_or_default();
    Some(match kind.as_str() {
        "total" => Reply::Total(number()),
        "progress" => Reply::Progress(number()),
        "errors" | "articles" | "meetings" => match gather(gathered, &kind, &text()) {
            Ok(()) => return None,
            Err(why) => Reply::Failed(why),
        },
        "done" => Reply::Loaded(Rc::new(gathered.take())),
        "columns" => Reply::Columns(serde_json::from_str(&text()).unwrap_or_default()),
        "documents" => Reply::Documents(value.dyn_into().ok()?),
        "failed" => Reply::Failed(text()),
        _ => return None,
    })
}

impl ArchiveJob {
    /// Starts a worker on `source` for `task` (`import` or `documents`); `on` hears its replies.
    pub fn start(task: &str, source: &Source, on: Callback<Reply>) -> Result<ArchiveJob, String> {
        let worker = Worker::new(ARCHIVER_URL)
            .map_err(|_| "The archive reader could not start.".to_string())?;
        let columns = source
            .columns
            .and_then(|c| serde_json::to_string(&c).ok())
            .unwrap_or_default();
        let message = Array::of4(
            &JsValue::from_str(task),
            &JsValue::from_str(&source.kind),
            &source.files,
            &JsValue::from_str(&columns),
        );
        let failed = on.clone();
        // A worker that cannot load or that crashes (out of memory) says so instead of hanging.
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                failed.emit(Reply::Failed(format!(
                    "The archive reader stopped ({}).",
                    e.message()
                )));
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let sender = worker.clone();
        let gathered = RefCell::new(Loaded::default());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Ok(msg) = e.data().dyn_into::<Array>() else {
                return;
            };
            if msg.get(0).as_string().as_deref() == Some("ready") {
                let _ = sender.post_message(&message);
            } else if let Some(reply) = reply_of(&msg, &gathered) {
                on.emit(reply);
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(ArchiveJob {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}
