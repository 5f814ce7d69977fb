//! The file-reading Web Worker (wasm32, its own binary): opened files are decoded here, GBK,
//! GB18030, Big5 and UTF-16 by `core::textfile`, whose tables would weigh down both the page
//! and the analysis worker; it is fetched only when a file is opened ([`crate::web::job`]).
//!
//! Protocol, every message a JS array: the worker says `["ready"]` once loaded; the page sends
//! `[File, …]`; the worker answers `["decoded", [text, encoding, …]]`, two items a file, in
//! their order: a file it could not read has a sentence for its text and "" for its encoding.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::textfile::decode;

/// Reads and decodes each file: its text and encoding, or a sentence in Chinese and English on
/// two lines and "" when it cannot.
fn decode_files(files: &Array) -> Array {
    let reader = web_sys::FileReaderSync::new().ok();
    let answers = Array::new();
    for file in files.iter() {
        let read = reader
            .as_ref()
            .zip(file.dyn_ref::<web_sys::Blob>())
            .and_then(|(r, blob)| r.read_as_array_buffer(blob).ok())
            .ok_or_else(|| "The browser could not read the file.".to_string())
            .and_then(|buf| decode(&js_sys::Uint8Array::new(&buf).to_vec()))
            .map_err(|e| format!("{}\n{e}", chinese(&e)));
        let (text, encoding) = match read {
            Ok(d) => (d.text, d.encoding),
            Err(e) => (e, ""),
        };
        answers.push(&JsValue::from_str(&text));
        answers.push(&JsValue::from_str(encoding));
    }
    answers
}

/// The Chinese of a sentence of `decode_files` (the page shows the one of its language).
fn chinese(why: &str) -> &'static str {
    match why {
        "The file is empty." => "文件是空的。",
        "The file holds no text." => "文件中没有文字。",
        "The file holds binary data, not text." => "这不是文本文件（其中是二进制数据）。",
        _ => "浏览器无法读取此文件。",
    }
}

/// Starts listening for files; called by the decoder binary's `main`.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let files = Array::from(&e.data());
        let answer = Array::of2(&JsValue::from_str("decoded"), &decode_files(&files));
        let _ = replies.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&Array::of1(&JsValue::from_str("ready")));
}
