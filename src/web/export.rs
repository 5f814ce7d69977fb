//! Export and import: the JSON document of GUIDE section 5 (with the text it was read from, so
//! that importing it restores the page) and a CSV of the links, offered as downloads.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::core::{Document, EventKind};
use crate::web::i18n::full_party_name;

/// What the analysis was made from; exported beside the document so that an import restores
/// the text, its highlights and the same cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub text: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub reference_date: String,
}

#[derive(Serialize)]
struct Export<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    source: Source,
}

/// Only the source is read back: the document is recomputed from it, exactly as exported.
#[derive(Deserialize)]
struct Import {
    #[serde(default)]
    source: Option<Source>,
}

/// The document as GUIDE section 5 JSON, with `source`.
pub fn to_json(doc: &Document, text: &str, reference_date: &str) -> String {
    let export = Export {
        doc,
        source: Source {
            text: text.to_string(),
            reference_date: reference_date.to_string(),
        },
    };
    serde_json::to_string_pretty(&export).unwrap_or_else(|_| "{}".to_string())
}

/// The text and date of an exported file, or a sentence saying why not.
pub fn from_json(json: &str) -> Result<Source, String> {
    let import: Import = serde_json::from_str(json).map_err(|e| {
        format!("This file is not a Huitan JSON export ({e}); nothing was changed.")
    })?;
    import.source.filter(|s| !s.text.is_empty()).ok_or_else(|| {
        "This JSON has no article text (it was not exported from this page, e.g. it comes from the extract tool); paste the article instead. Nothing was changed.".to_string()
    })
}

/// The column names of the CSV, one row per link.
pub const CSV_HEADER: [&str; 12] = [
    "date",
    "end_date",
    "kind",
    "party_a",
    "party_a_name",
    "party_b",
    "party_b_name",
    "participants",
    "agreements",
    "topics",
    "location",
    "rules",
];

/// One row per link (each pair of an event's parties), UTF-8 with a byte-order mark so that
/// spreadsheet programs read the Chinese correctly. The name columns give names with their
/// place (青海省委, not 省委 or `CN-QH`); the ids keep their own columns. A conference makes no links (GUIDE section 2),
/// so it has no rows.
pub fn to_csv(doc: &Document) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(CSV_HEADER);
    for e in doc
        .events
        .iter()
        .filter(|e| e.kind != EventKind::Conference)
    {
        let (start, end) = e
            .date
            .as_ref()
            .map(|d| (d.start.as_str(), d.end.as_str()))
            .unwrap_or(("", ""));
        let participants = e
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let agreements = e.agreements.join("; ");
        let topics = e.topics.join("; ");
        let location = e.location.clone().unwrap_or_default();
        let rules = e.rules.join("; ");
        let mut pairs = Vec::new();
        for (i, a) in e.parties.iter().enumerate() {
            for b in &e.parties[i + 1..] {
                pairs.push((a, Some(b)));
            }
        }
        if e.parties.len() == 1 {
            pairs.push((&e.parties[0], None));
        }
        for (a, b) in pairs {
            let (a_name, b_name) = (full_party_name(a), b.map(full_party_name));
            let _ = out.write_record([
                start,
                end,
                e.kind.as_str(),
                &a.id,
                &a_name,
                b.map_or("", |b| b.id.as_str()),
                b_name.as_deref().unwrap_or(""),
                &participants,
                &agreements,
                &topics,
                &location,
                &rules,
            ]);
        }
    }
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// Offers `content` as a file download (a Blob URL; nothing leaves the browser).
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |_| "The browser refused to save the file.".to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "The browser refused to save the file.".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoked later: the download may still be reading the Blob when click() returns.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
