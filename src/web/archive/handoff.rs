//! The main page's whole part in archives: it hands the files (or a dropped folder's entries) to
//! `static/archive-loader.js`, which it adds to the page on first use; the loader loads the
//! archive view. Kept to a few calls, as it is in the page's first load.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The kind of archive a file is, by its name's ending; `None` for an article's file.
pub fn archive_kind(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some("jsonl")
    } else if name.ends_with(".csv") {
        Some("csv")
    } else {
        None
    }
}

fn global(name: &str) -> JsValue {
    Reflect::get(&gloo::utils::window(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Opens `files` (a FileList or an array) as an archive of `kind` (`jsonl`, `csv`, `folder`, or
/// `entries` for a dropped folder's FileSystemEntry objects).
pub fn open_archive(files: &JsValue, kind: &str) {
    // A copy: the input's FileList empties when the input is cleared for the next choice.
    let files: JsValue = Array::from(files).into();
    let files = &files;
    let kind = JsValue::from_str(kind);
    if let Ok(open) = global("huitanArchive").dyn_into::<Function>() {
        let _ = open.call2(&JsValue::NULL, files, &kind);
        return;
    }
    // The loader takes what is pending when it runs.
    let pending = global("huitanArchivePending")
        .dyn_into::<Array>()
        .unwrap_or_default();
    pending.push(&Array::of2(files, &kind));
    let window = gloo::utils::window();
    let _ = Reflect::set(
        &window,
        &JsValue::from_str("huitanArchivePending"),
        &pending,
    );
    if pending.length() > 1 {
        return;
    }
    let document = gloo::utils::document();
    if let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) {
        let _ = script.set_attribute("src", "./archive-loader.js");
        let _ = body.append_child(&script);
    }
}

/// The FileSystemEntry objects of a drop, when one of them is a folder.
pub fn dropped_folder(data: &JsValue) -> Option<Array> {
    let items = Array::from(&Reflect::get(data, &JsValue::from_str("items")).ok()?);
    let entries: Array = items
        .iter()
        .filter_map(|item| {
            let get = Reflect::get(&item, &JsValue::from_str("webkitGetAsEntry")).ok()?;
            get.dyn_into::<Function>().ok()?.call0(&item).ok()
        })
        .filter(|e| !e.is_null() && !e.is_undefined())
        .collect();
    let folder = entries.iter().any(|e| {
        Reflect::get(&e, &JsValue::from_str("isDirectory"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(false)
    });
    folder.then_some(entries)
}
