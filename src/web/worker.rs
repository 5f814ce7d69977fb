//! The analysis Web Worker (wasm32, its own binary without Yew): every text is analysed here,
//! so that the page's thread never waits on it. [`crate::web::job`] is the page's side.
//!
//! Protocol, every message a JS array: the page sends `[text, date, names]` (date `""` when
//! none; names the user's dictionary as JSON, `""` when empty); the worker answers `["ready"]`
//! once loaded, and `["lexicon", json]` of the lexicons' parties (`party_search::LexParty`, for
//! the edit dialog's type-to-search) and `["map", tsv]` of the map's shapes, then for each job `["progress", 0..1]` many
//! times (the last one 1.0), the document in parts (`["events", json]`, `["people", json]`,
//! `["mentions", json]` of [`WireMention`]s, `["articles", json]`) and
//! `["done", reference_date]`, or `["error", sentence]`.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::names::UserNames;
use crate::core::{analyze_with_progress, parse_iso_date, Options};
use crate::web::wire::WireMention;

/// Items per message, sized so that the page parses each part in a few milliseconds.
pub const EVENTS_PER_PART: usize = 100;
pub const PEOPLE_PER_PART: usize = 500;
pub const MENTIONS_PER_PART: usize = 2000;

pub fn post(scope: &DedicatedWorkerGlobalScope, kind: &str, value: JsValue) {
    let msg = Array::of2(&JsValue::from_str(kind), &value);
    let _ = scope.post_message(&msg);
}

fn post_parts<T: serde::Serialize>(
    scope: &DedicatedWorkerGlobalScope,
    kind: &str,
    items: &[T],
    per: usize,
) -> Result<(), String> {
    for part in items.chunks(per) {
        let json = serde_json::to_string(part).map_err(|e| e.to_string())?;
        post(scope, kind, JsValue::from_str(&json));
    }
    Ok(())
}

/// A job's text and options from its message `[text, date, names]`.
pub fn job_input(data: &Array) -> Result<(String, Options), String> {
    let text = data.get(0).as_string().unwrap_or_default();
    let date = data.get(1).as_string().unwrap_or_default();
    let reference_date = if date.trim().is_empty() {
        None
    } else {
        Some(parse_iso_date(&date)?)
    };
    let names = data.get(2).as_string().unwrap_or_default();
    let names = if names.trim().is_empty() {
        None
    } else {
        Some(std::sync::Arc::new(
            UserNames::from_json(&names).map_err(|e| e.to_string())?,
        ))
    };
    let options = Options {
        reference_date,
        names,
    };
    Ok((text, options))
}

fn run_job(scope: &DedicatedWorkerGlobalScope, data: JsValue) -> Result<(), String> {
    let data: Array = data.dyn_into().map_err(|_| "bad message".to_string())?;
    let (text, options) = job_input(&data)?;
    // Progress is posted when it moves by 2% or more: enough for a bar, few page updates. It
    // always ends at 1.0, before the result, so that the page's bar (and a test) sees the end.
    let mut last = -1.0;
    let doc = analyze_with_progress(&text, &options, &mut |f| {
        if f - last >= 0.02 {
            last = f;
            post(scope, "progress", JsValue::from_f64(f));
        }
    });
    if last < 1.0 {
        post(scope, "progress", JsValue::from_f64(1.0));
    }
    post_parts(scope, "events", &doc.events, EVENTS_PER_PART)?;
    post_parts(scope, "people", &doc.people, PEOPLE_PER_PART)?;
    let mentions: Vec<WireMention> = doc.mentions.iter().map(WireMention::new).collect();
    post_parts(scope, "mentions", &mentions, MENTIONS_PER_PART)?;
    post_parts(scope, "articles", &doc.articles, usize::MAX)?;
    let reference = doc
        .reference_date
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    post(scope, "done", reference);
    Ok(())
}

/// Starts listening for jobs; called by the worker binary's `main`.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let handler_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        if let Err(message) = run_job(&handler_scope, e.data()) {
            post(&handler_scope, "error", JsValue::from_str(&message));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, "ready", JsValue::NULL);
    // After "ready", so that a waiting job is posted first and its analysis is not delayed by
    // more than this one serialisation.
    if let Ok(json) = serde_json::to_string(&crate::web::party_search::lexicon_parties()) {
        post(&scope, "lexicon", JsValue::from_str(&json));
    }
    // The map's shapes, which the page's own download leaves out (see `province_map`).
    post(
        &scope,
        "map",
        JsValue::from_str(crate::web::components::province_map::MAP_SHAPES),
    );
}
