//! Export and import: the JSON document of GUIDE section 5 (with the text it was read from, so
//! that importing it restores the page) and a CSV of the links, offered as downloads.

use crate::web::i18n::Said;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::core::{Article, Document, Event, EventKind, Mention, Person};
use crate::web::corrections::{Corrections, Review};
use crate::web::filters::Filters;
use crate::web::i18n::full_party_name;

/// Pinyin of people's names, by name (as the pinyin worker gives them).
pub type Pinyin = std::collections::HashMap<String, String>;

/// The meetings the filters show, with their marks: what "export what is shown" writes. The
/// people, mentions and articles stay whole (they are the text's, not the meetings').
pub fn shown(doc: &Document, review: &Review, filters: &Filters) -> (Document, Review) {
    let keep: Vec<usize> = (0..doc.events.len())
        .filter(|&i| filters.matches(&doc.events[i]) && filters.matches_mark(review.marks.get(i)))
        .collect();
    let events = keep.iter().map(|&i| doc.events[i].clone()).collect();
    let marks = keep
        .iter()
        .filter_map(|&i| review.marks.get(i).cloned())
        .collect();
    let doc = Document {
        events,
        ..doc.clone()
    };
    let review = Review {
        marks,
        ..review.clone()
    };
    (doc, review)
}

/// What the analysis was made from; exported beside the document so that an import restores
/// the text, its highlights and the same cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub text: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub reference_date: String,
}

/// A shown meeting with how it stands: `source` is "extracted" or "hand" (changed or added).
#[derive(Serialize)]
struct ShownEvent<'a> {
    #[serde(flatten)]
    event: &'a Event,
    source: &'static str,
    checked: bool,
}

/// GUIDE section 5's fields, each event with its `source` and `checked`, plus the deleted
/// extractions and the corrections themselves (what an import restores).
#[derive(Serialize)]
struct Export<'a> {
    events: Vec<ShownEvent<'a>>,
    people: &'a [Person],
    mentions: &'a [Mention],
    #[serde(skip_serializing_if = "Option::is_none")]
    reference_date: &'a Option<String>,
    articles: &'a [Article],
    deleted: Vec<&'a Event>,
    corrections: &'a Corrections,
    source: Source,
}

/// Only the source and the corrections are read back: the document is recomputed from the
/// text, and the corrections applied to it, exactly as exported.
#[derive(Deserialize)]
struct Import {
    #[serde(default)]
    source: Option<Source>,
}

/// The corrections of an exported file, read apart from its text: a damaged part of them must
/// not keep the text from being imported. (Not through `serde_json::Value`: that would double
/// the page's code for every type read.)
#[derive(Deserialize)]
struct ImportCorrections {
    #[serde(default)]
    corrections: Option<Corrections>,
}

/// The document as GUIDE section 5 JSON, with `source` (the meetings as extracted).
pub fn to_json(doc: &Document, text: &str, reference_date: &str) -> String {
    to_json_reviewed(
        doc,
        text,
        reference_date,
        &Review::default(),
        &Corrections::default(),
    )
}

/// The shown document (corrections applied) as GUIDE section 5 JSON, with `source`, each
/// event's `source` and `checked`, the deleted extractions and the corrections.
pub fn to_json_reviewed(
    doc: &Document,
    text: &str,
    reference_date: &str,
    review: &Review,
    corrections: &Corrections,
) -> String {
    let events = doc
        .events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let mark = review.marks.get(i);
            ShownEvent {
                event,
                source: source_name(mark.is_some_and(|m| m.hand)),
                checked: mark.is_some_and(|m| m.checked),
            }
        })
        .collect();
    let export = Export {
        events,
        people: &doc.people,
        mentions: &doc.mentions,
        reference_date: &doc.reference_date,
        articles: &doc.articles,
        deleted: review.deleted.iter().map(|(_, e)| e).collect(),
        corrections,
        source: Source {
            text: text.to_string(),
            reference_date: reference_date.to_string(),
        },
    };
    pretty(&serde_json::to_string(&export).unwrap_or_else(|_| "{}".to_string()))
}

/// JSON indented for people who read it, by the browser's own `JSON.stringify`: serde_json's
/// pretty printer would add a second copy of every serializer to the page's download.
pub fn pretty(json: &str) -> String {
    js_sys::JSON::parse(json)
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2))
        })
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| json.to_string())
}

/// "hand" for a meeting changed or added by hand, else "extracted".
pub fn source_name(hand: bool) -> &'static str {
    if hand {
        "hand"
    } else {
        "extracted"
    }
}

/// The text, date and corrections of an exported file (the corrections, or why they could not
/// be read: the text is imported either way), or a sentence saying why not.
pub fn from_json_reviewed(json: &str) -> Result<(Source, Result<Corrections, Said>), Said> {
    let source = from_json(json)?;
    let corrections = serde_json::from_str::<ImportCorrections>(json)
        .map(|i| i.corrections.unwrap_or_default())
        .map_err(|e| {
            Said::new(
                "无法读取文件中的更正；文字已导入，未带更正。",
                format!("The file's corrections could not be read ({e}); the text was imported without them."),
            )
        });
    Ok((source, corrections))
}

/// The text and date of an exported file, or a sentence saying why not.
pub fn from_json(json: &str) -> Result<Source, Said> {
    let import: Import = serde_json::from_str(json).map_err(|e| {
        Said::new(
            "这个文件不是会谈导出的 JSON 文件；没有改动任何内容。",
            format!("This file is not a Huitan JSON export ({e}); nothing was changed."),
        )
    })?;
    import.source.filter(|s| !s.text.is_empty()).ok_or_else(|| {
        Said::new(
            "这个 JSON 文件不含文章文字（不是从本页导出的，例如来自 extract 命令行工具）；请改为粘贴文章。没有改动任何内容。",
            "This JSON has no article text (it was not exported from this page, e.g. it comes from the extract tool); paste the article instead. Nothing was changed.",
        )
    })
}

/// The column names of the CSV, one row per link.
pub const CSV_HEADER: [&str; 14] = [
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
    "participant_titles",
    "participants_en",
    "rules",
];

/// One row per link (each pair of an event's parties), UTF-8 with a byte-order mark so that
/// spreadsheet programs read the Chinese correctly. The name columns give names with their
/// place (青海省委, not 省委 or `CN-QH`); the ids keep their own columns. A conference makes no links (GUIDE section 2),
/// so it has no rows.
pub fn to_csv(doc: &Document) -> String {
    csv_rows(doc, None, &Pinyin::new())
}

/// [`to_csv`] of the shown document, with two more columns before `rules` (which stays last):
/// `source` ("extracted" or "hand") and `checked` ("true" or "false").
pub fn to_csv_reviewed(doc: &Document, review: &Review, pinyin: &Pinyin) -> String {
    csv_rows(doc, Some(review), pinyin)
}

/// The participants' columns: their titles as written (`、` between one person's titles) and
/// in English, each person by the pinyin of their name where known ("Zhao Yide (Party
/// Secretary, CPC Shaanxi Provincial Committee)"); `; ` between people.
fn participant_columns(event: &Event, people: &[&Person], pinyin: &Pinyin) -> (String, String) {
    let mut titles = Vec::new();
    let mut english = Vec::new();
    for p in &event.participants {
        let person = people.iter().find(|x| x.name == p.name);
        titles.push(person.map(|x| x.titles.join("、")).unwrap_or_default());
        let name = pinyin.get(&p.name).unwrap_or(&p.name);
        english.push(match person.filter(|x| !x.english_titles.is_empty()) {
            Some(x) => format!("{name} ({})", x.english_titles.join(" / ")),
            None => name.clone(),
        });
    }
    (titles.join("; "), english.join("; "))
}

fn csv_rows(doc: &Document, review: Option<&Review>, pinyin: &Pinyin) -> String {
    // Each meeting's participants are looked up among the people once.
    let by_name: std::collections::HashMap<&str, &Person> =
        doc.people.iter().map(|p| (p.name.as_str(), p)).collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header = CSV_HEADER.to_vec();
    if review.is_some() {
        header.splice(
            CSV_HEADER.len() - 1..CSV_HEADER.len() - 1,
            ["source", "checked"],
        );
    }
    let _ = out.write_record(&header);
    for (i, e) in doc.events.iter().enumerate() {
        if e.kind == EventKind::Conference {
            continue;
        }
        let mark = review.map(|r| r.marks.get(i));
        let stand = mark.map(|m| {
            (
                source_name(m.is_some_and(|m| m.hand)),
                if m.is_some_and(|m| m.checked) {
                    "true"
                } else {
                    "false"
                },
            )
        });
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
        let people: Vec<&Person> = e
            .participants
            .iter()
            .filter_map(|p| by_name.get(p.name.as_str()).copied())
            .collect();
        let (titles, english) = participant_columns(e, &people, pinyin);
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
            let mut row = vec![
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
                &titles,
                &english,
                &rules,
            ];
            if let Some((source, checked)) = stand {
                row.splice(row.len() - 1..row.len() - 1, [source, checked]);
            }
            let _ = out.write_record(&row);
        }
    }
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

fn refused() -> Said {
    Said::new(
        "浏览器拒绝保存文件。",
        "The browser refused to save the file.",
    )
}

/// Offers `content` as a file download (a Blob URL; nothing leaves the browser).
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), Said> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| refused())?;
    download_blob(filename, &blob)
}

/// Offers a Blob as a file download (an object URL; nothing leaves the browser).
pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), Said> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| refused())?;
    let anchor: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(|_| refused())?
        .dyn_into()
        .map_err(|_| refused())?;
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
