//! The export Web Worker (wasm32, its own binary): the page's side is [`crate::web::export_job`].
//! It reads the text again, applies the corrections and the filters and writes the JSON or CSV,
//! so that neither the page nor the analysis worker carries the writers.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::worker::post;

/// Writes an export (see [`crate::web::export_job`]): the text analysed again, its corrections
/// applied, the shown meetings or all of them, as JSON or CSV.
fn run_export(scope: &DedicatedWorkerGlobalScope, data: &Array) -> Result<(), String> {
    use crate::web::corrections::{apply, Corrections};
    use crate::web::export;
    let field = |i: u32| data.get(i).as_string().unwrap_or_default();
    let job = Array::of3(&data.get(2), &data.get(3), &data.get(4));
    let (text, options) = super::worker::job_input(&job)?;
    let extracted = std::rc::Rc::new(crate::core::analyze(&text, &options));
    let corrections = match field(5) {
        json if json.trim().is_empty() => Corrections::default(),
        json => Corrections::from_json(&json)
            .map_err(|e| e.get(crate::web::i18n::Lang::En).to_string())?,
    };
    let (doc, review) = apply(&extracted, &text, &corrections);
    let (doc, review) = if field(7).is_empty() {
        export::shown(
            &doc,
            &review,
            &crate::web::filters::Filters::from_hash(&field(6)),
        )
    } else {
        ((*doc).clone(), review)
    };
    let content = if field(1) == "csv" {
        let pinyin: export::Pinyin = serde_json::from_str(&field(8)).unwrap_or_default();
        export::to_csv_reviewed(&doc, &review, &pinyin)
    } else {
        let date = field(3);
        export::to_json_reviewed(&doc, &text, &date, &review, &corrections)
    };
    post(scope, "exported", JsValue::from_str(&content));
    Ok(())
}

/// Starts listening for export requests; called by the exporter binary's `main`.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data().dyn_into::<Array>().unwrap_or_default();
        if let Err(message) = run_export(&replies, &data) {
            post(&replies, "error", JsValue::from_str(&message));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, "ready", JsValue::NULL);
}
