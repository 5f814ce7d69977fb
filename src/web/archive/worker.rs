//! The archive Web Worker (wasm32, `src/bin/archiver.rs`): reads an archive's files in slices
//! (`Blob.slice` and `FileReaderSync`, never the whole of a 50 MB file as one string), analyses
//! each article, merges the meetings and hands the page the table; [`super::job`] is the page's side.
//!
//! Protocol, every message a JS array. The page sends `[task, kind, files, columns]`: task
//! `import` or `documents`, kind `jsonl`, `csv` or `folder`, files an array of `File`s, columns
//! the CSV's [`CsvColumns`] as JSON or `""` to find them by header name. The worker says
//! `["ready"]` once loaded; then `["total", n]`, `["progress", done]` many times, and for an
//! import the table in parts (`["errors", json]`, `["articles", json]`, `["meetings", json]`) and
//! `["done"]`; for `documents` `["documents", Blob]` of one JSON line per article. A CSV without
//! a text column gets `["columns", headers]` (JSON) instead; a file that cannot be read
//! `["failed", sentence]`. To cancel, the page terminates the worker.

use std::cell::Cell;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

use crate::core::archive::{
    analyze_record, file_record, is_blank, parse_jsonl_line, read_csv, Archive, ArticleMeta,
    ArticleOut, CsvColumns, ErrorOut, Lines, Record, RecordError,
};
use crate::core::Options;
use crate::web::worker::post;

/// Bytes read at a time: big enough that reading costs little, small enough to bound memory.
const SLICE: f64 = 4.0 * 1024.0 * 1024.0;
/// Milliseconds between progress messages.
const PROGRESS_EVERY_MS: f64 = 100.0;
/// Items per message of the table's parts, each parsed by the page in a few milliseconds.
const PART: usize = 500;

/// What an archive is made of.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Jsonl,
    Csv(Option<CsvColumns>),
    Folder,
}

/// Why a read stopped before the end.
enum Stop {
    /// A CSV whose text column is to be chosen: its header row.
    Columns(Vec<String>),
    Failed(String),
}

/// One record read, or why its line is none, with the line (or the file's place in a folder).
type Each<'a> = dyn FnMut(usize, Result<Record, RecordError>) + 'a;

fn read_slice(reader: &FileReaderSync, blob: &Blob, from: f64, to: f64) -> Result<Vec<u8>, Stop> {
    let part = blob
        .slice_with_f64_and_f64(from, to)
        .map_err(|_| Stop::Failed(unreadable()))?;
    let buffer = reader
        .read_as_array_buffer(&part)
        .map_err(|_| Stop::Failed(unreadable()))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn unreadable() -> String {
    "The browser could not read the file.".to_string()
}

/// Calls `each_line` with every line of `blob`, read slice by slice.
fn lines_of(
    reader: &FileReaderSync,
    blob: &Blob,
    each_line: &mut dyn FnMut(usize, &[u8]),
) -> Result<(), Stop> {
    let mut lines = Lines::default();
    let mut from = 0.0;
    while from < blob.size() {
        let to = (from + SLICE).min(blob.size());
        lines.feed(&read_slice(reader, blob, from, to)?, &mut *each_line);
        from = to;
    }
    lines.finish(each_line);
    Ok(())
}

/// The number of records of a JSONL archive (its lines that are not blank), for the progress bar.
fn count_jsonl(reader: &FileReaderSync, files: &[Blob]) -> Result<usize, Stop> {
    let mut n = 0;
    for blob in files {
        lines_of(reader, blob, &mut |_, line| {
            n += usize::from(!is_blank(line))
        })?;
    }
    Ok(n)
}

/// Reads every record of the archive in order; `on_total` hears how many there are first.
fn read_archive(
    kind: Kind,
    files: &[Blob],
    on_total: &mut dyn FnMut(usize),
    each: &mut Each,
) -> Result<(), Stop> {
    let reader = FileReaderSync::new().map_err(|_| Stop::Failed(unreadable()))?;
    match kind {
        Kind::Jsonl => {
            on_total(count_jsonl(&reader, files)?);
            // Several files number their lines on, as one file would.
            let mut offset = 0;
            for blob in files {
                let mut last = 0;
                lines_of(&reader, blob, &mut |n, line| {
                    last = n;
                    match parse_jsonl_line(offset + n, line) {
                        Ok(None) => {}
                        Ok(Some(record)) => each(offset + n, Ok(record)),
                        Err(e) => each(offset + n, Err(e)),
                    }
                })?;
                offset += last;
            }
            Ok(())
        }
        Kind::Csv(columns) => read_csv_file(&reader, files, columns, on_total, each),
        Kind::Folder => read_folder(&reader, files, on_total, each),
    }
}

fn read_csv_file(
    reader: &FileReaderSync,
    files: &[Blob],
    columns: Option<CsvColumns>,
    on_total: &mut dyn FnMut(usize),
    each: &mut Each,
) -> Result<(), Stop> {
    let Some(blob) = files.first() else {
        return Ok(());
    };
    // The csv crate reads from a slice: a CSV's quoted fields may hold line breaks, so it is
    // not cut into lines here.
    let bytes = read_slice(reader, blob, 0.0, blob.size())?;
    let csv = read_csv(&bytes, columns).map_err(Stop::Failed)?;
    if columns.is_none() {
        let names: Vec<&str> = csv.headers.iter().map(String::as_str).collect();
        if CsvColumns::from_headers(&names).text.is_none() {
            return Err(Stop::Columns(csv.headers));
        }
    }
    drop(bytes);
    on_total(csv.rows.len());
    for (line, row) in csv.lines.into_iter().zip(csv.rows) {
        each(line, row);
    }
    Ok(())
}

/// A folder's file's path in the folder (`webkitRelativePath`), else its name.
fn path_of(file: &Blob) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(file, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
    };
    field("webkitRelativePath")
        .or_else(|| field("name"))
        .unwrap_or_default()
}

fn read_folder(
    reader: &FileReaderSync,
    files: &[Blob],
    on_total: &mut dyn FnMut(usize),
    each: &mut Each,
) -> Result<(), Stop> {
    let paths: Vec<String> = files.iter().map(path_of).collect();
    let articles: Vec<(usize, &Blob, &String)> = files
        .iter()
        .zip(&paths)
        .filter(|(_, p)| crate::core::archive::is_article_file(p))
        .enumerate()
        .map(|(i, (f, p))| (i + 1, f, p))
        .collect();
    on_total(articles.len());
    for (place, blob, path) in articles {
        let read = read_slice(reader, blob, 0.0, blob.size());
        let record = match read {
            Ok(bytes) => file_record(place, path, &bytes),
            Err(_) => Err(RecordError {
                line: place,
                message: format!("File {path} could not be read."),
            }),
        };
        match record {
            Ok(Some(r)) => each(place, Ok(r)),
            Ok(None) => {}
            Err(e) => each(place, Err(e)),
        }
    }
    Ok(())
}

/// Posts `["progress", done]` when the last one is old enough (and always for the last record).
struct Progress<'a> {
    scope: &'a DedicatedWorkerGlobalScope,
    done: usize,
    total: &'a Cell<usize>,
    last: f64,
}

impl Progress<'_> {
    fn step(&mut self) {
        self.done += 1;
        let now = js_sys::Date::now();
        if now - self.last >= PROGRESS_EVERY_MS || self.done == self.total.get() {
            self.last = now;
            post(self.scope, "progress", JsValue::from(self.done as f64));
        }
    }
}

/// Remembers the total and tells the page.
fn totaller<'a>(
    scope: &'a DedicatedWorkerGlobalScope,
    total: &'a Cell<usize>,
) -> impl FnMut(usize) + 'a {
    move |n| {
        total.set(n);
        post(scope, "total", JsValue::from(n as f64));
    }
}

fn post_parts<T: serde::Serialize>(scope: &DedicatedWorkerGlobalScope, kind: &str, items: &[T]) {
    for part in items.chunks(PART) {
        if let Ok(json) = serde_json::to_string(part) {
            post(scope, kind, JsValue::from_str(&json));
        }
    }
}

/// Reads, analyses and merges the archive, then posts its table in parts.
fn import(scope: &DedicatedWorkerGlobalScope, kind: Kind, files: &[Blob]) -> Result<(), Stop> {
    let options = Options::default();
    let mut archive = Archive::default();
    let mut errors: Vec<RecordError> = Vec::new();
    let total = Cell::new(0);
    let mut progress = Progress {
        scope,
        done: 0,
        total: &total,
        last: 0.0,
    };
    let mut each = |line: usize, read: Result<Record, RecordError>| {
        match read {
            Ok(record) => {
                let doc = analyze_record(&record, &options);
                archive.add(ArticleMeta::new(line, &record, &doc), doc);
            }
            Err(e) => errors.push(e),
        }
        progress.step();
    };
    read_archive(kind, files, &mut totaller(scope, &total), &mut each)?;
    post_parts(scope, "errors", &errors);
    post_parts(scope, "articles", &archive.articles);
    post_parts(scope, "meetings", &archive.meetings);
    post(scope, "done", JsValue::NULL);
    Ok(())
}

/// Bytes of JSON lines gathered before they become one part of the Blob.
const BLOB_PART: usize = 1024 * 1024;

/// Reads and analyses the archive again and posts one JSON line per article (as
/// `extract --jsonl` prints them, bad lines as `{"line", "error"}`) as one Blob: the page never
/// holds all the documents at once.
fn documents(scope: &DedicatedWorkerGlobalScope, kind: Kind, files: &[Blob]) -> Result<(), Stop> {
    let options = Options::default();
    let parts = Array::new();
    let mut buffer = String::new();
    let total = Cell::new(0);
    let mut progress = Progress {
        scope,
        done: 0,
        total: &total,
        last: 0.0,
    };
    let mut each = |line: usize, read: Result<Record, RecordError>| {
        let json = match read {
            Ok(record) => {
                let doc = analyze_record(&record, &options);
                serde_json::to_string(&ArticleOut::new(line, &record, &doc))
            }
            Err(e) => serde_json::to_string(&ErrorOut {
                line: e.line,
                error: &e.message,
            }),
        };
        if let Ok(json) = json {
            buffer.push_str(&json);
            buffer.push('\n');
        }
        if buffer.len() >= BLOB_PART {
            parts.push(&JsValue::from_str(&std::mem::take(&mut buffer)));
        }
        progress.step();
    };
    read_archive(kind, files, &mut totaller(scope, &total), &mut each)?;
    parts.push(&JsValue::from_str(&buffer));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/x-ndjson");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| Stop::Failed("The browser could not make the file.".to_string()))?;
    post(scope, "documents", blob.into());
    Ok(())
}

/// Runs one message `[task, kind, files, columns]`.
fn run_task(scope: &DedicatedWorkerGlobalScope, data: &Array) {
    let field = |i: u32| data.get(i).as_string().unwrap_or_default();
    let kind = match field(1).as_str() {
        "csv" => Kind::Csv(serde_json::from_str(&field(3)).ok()),
        "folder" => Kind::Folder,
        _ => Kind::Jsonl,
    };
    let files: Vec<Blob> = Array::from(&data.get(2))
        .iter()
        .filter_map(|f| f.dyn_into::<Blob>().ok())
        .collect();
    let ran = match field(0).as_str() {
        "documents" => documents(scope, kind, &files),
        _ => import(scope, kind, &files),
    };
    match ran {
        Ok(()) => {}
        Err(Stop::Columns(headers)) => {
            let json = serde_json::to_string(&headers).unwrap_or_default();
            post(scope, "columns", JsValue::from_str(&json));
        }
        Err(Stop::Failed(why)) => post(scope, "failed", JsValue::from_str(&why)),
    }
}

/// Starts listening for archives; called by the archiver binary's `main`.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        run_task(&replies, &Array::from(&e.data()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, "ready", JsValue::NULL);
}
