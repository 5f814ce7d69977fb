//! Exports are written in a worker of their own ([`crate::web::exporter`], fetched when one is
//! asked for): it analyses the text again, applies the corrections and filters, and returns the
//! JSON or CSV, so that their writers stay out of the page's first load and the analysis worker.
//!
//! Protocol: once the worker says `["ready"]`, the page posts `["export", format, text, date,
//! names, corrections, filters, everything, pinyin]` (format `json` or `csv`; `everything`
//! `"1"` or empty; names, corrections and pinyin as JSON); the worker answers
//! `["exported", content]` or `["error", sentence]`.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

use crate::web::i18n::Said;
/// The export worker's loader script, next to index.html in `dist/`.
pub const EXPORTER_URL: &str = "./exporter-loader.js";

/// The tag that starts an export request.
pub const TAG: &str = "export";

/// What to export: the format and everything the worker needs to rebuild the shown document.
pub struct Request {
    pub csv: bool,
    pub text: String,
    pub date: String,
    pub names: String,
    pub corrections: String,
    pub filters: String,
    pub everything: bool,
    pub pinyin: String,
}

impl Request {
    fn to_message(&self) -> Array {
        let fields = [
            TAG,
            if self.csv { "csv" } else { "json" },
            &self.text,
            &self.date,
            &self.names,
            &self.corrections,
            &self.filters,
            if self.everything { "1" } else { "" },
            &self.pinyin,
        ];
        fields.iter().map(|f| JsValue::from_str(f)).collect()
    }
}

/// A running export; dropping it stops its worker.
pub struct ExportJob {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for ExportJob {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}

fn failed() -> Said {
    Said::new(
        "导出失败：无法启动导出程序；文字已保留。",
        "The export failed: its worker could not start; your text is kept.",
    )
}

impl ExportJob {
    /// Starts a worker for `request`; `done` gets the file's content or why there is none.
    pub fn start(request: Request, done: Callback<Result<String, Said>>) -> Option<ExportJob> {
        let Ok(worker) = Worker::new(EXPORTER_URL) else {
            done.emit(Err(failed()));
            return None;
        };
        let message = request.to_message();
        let sender = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Ok(msg) = e.data().dyn_into::<Array>() else {
                return;
            };
            let value = msg.get(1).as_string().unwrap_or_default();
            match msg.get(0).as_string().as_deref() {
                Some("ready") => {
                    let _ = sender.post_message(&message);
                }
                Some("exported") => done.emit(Ok(value)),
                Some("error") => done.emit(Err(Said::new(
                    format!("导出失败：{value}"),
                    format!("The export failed: {value}"),
                ))),
                _ => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(ExportJob {
            worker,
            _on_message: on_message,
        })
    }
}
