//! Archives: thousands of articles at once, read from JSONL or CSV records, their meetings
//! merged into one table and one network of parties.
//!
//! The `extract --jsonl` tool and the browser's archive view both read archives through this
//! module, so the two give the same merged meetings on the same file.

mod folder;
mod graph;
mod lines;
mod merge;
mod records;

pub use folder::{file_record, html_text, is_article_file};
pub use graph::{kind_name, Edge, Graph, Node};
pub use lines::{is_blank, Lines};
pub use merge::{Archive, ArticleMeta, Meeting};
pub use records::{parse_jsonl_line, read_csv, CsvArchive, CsvColumns, Record, RecordError};

use serde::Serialize;

use crate::core::{analyze, Document, Options};

/// Reads one record's article: its own date, when it has one, comes before `options`' date.
pub fn analyze_record(record: &Record, options: &Options) -> Document {
    let mut options = options.clone();
    if let Some(date) = record.reference_date() {
        options.reference_date = Some(date);
    }
    analyze(&record.text, &options)
}

/// One line of `extract --jsonl`'s output: the record's fields and its document.
#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    #[serde(flatten)]
    pub document: &'a Document,
}

impl<'a> ArticleOut<'a> {
    pub fn new(line: usize, record: &'a Record, document: &'a Document) -> ArticleOut<'a> {
        ArticleOut {
            line,
            title: record.title.as_deref(),
            date: record.date.as_deref(),
            url: record.url.as_deref(),
            source: record.source.as_deref(),
            document,
        }
    }
}

/// The output line of a bad record in `extract --jsonl`'s documents (and the browser's JSONL
/// export): its line and the sentence.
#[derive(Serialize)]
pub struct ErrorOut<'a> {
    pub line: usize,
    pub error: &'a str,
}

/// The merged meetings table as CSV (RFC 4180, no byte-order mark): one row per meeting, with
/// the titles, dates and URLs of the articles that report it.
pub fn meetings_csv<'a>(
    meetings: impl IntoIterator<Item = &'a Meeting>,
    articles: &[ArticleMeta],
) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(CSV_HEADER);
    for m in meetings {
        let _ = out.write_record(csv_row(m, articles));
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

const CSV_HEADER: [&str; 20] = [
    "date",
    "end_date",
    "kind",
    "party_a_id",
    "party_a",
    "party_a_english",
    "party_a_type",
    "party_a_province",
    "party_b_id",
    "party_b",
    "party_b_english",
    "party_b_type",
    "party_b_province",
    "other_parties",
    "participants",
    "agreements",
    "topics",
    "articles",
    "article_titles",
    "article_urls",
];

fn csv_row(m: &Meeting, articles: &[ArticleMeta]) -> Vec<String> {
    let party = |i: usize| -> [String; 5] {
        let Some(p) = m.parties.get(i) else {
            return Default::default();
        };
        [
            p.id.clone(),
            p.name.clone(),
            p.english.clone().unwrap_or_default(),
            kind_name(p.kind),
            p.province.clone().unwrap_or_default(),
        ]
    };
    let list = |items: Vec<String>| items.join("; ");
    let reports: Vec<&ArticleMeta> = m.articles.iter().filter_map(|&i| articles.get(i)).collect();
    let mut row = vec![
        m.start().to_string(),
        m.date.as_ref().map(|d| d.end.clone()).unwrap_or_default(),
        m.kind.as_str().to_string(),
    ];
    row.extend(party(0));
    row.extend(party(1));
    row.push(list(
        m.parties.iter().skip(2).map(|p| p.id.clone()).collect(),
    ));
    row.push(list(
        m.participants.iter().map(|p| p.name.clone()).collect(),
    ));
    row.push(list(m.agreements.clone()));
    row.push(list(m.topics.clone()));
    row.push(m.articles.len().to_string());
    row.push(list(reports.iter().map(|a| a.title.clone()).collect()));
    row.push(list(
        reports
            .iter()
            .map(|a| a.url.clone().unwrap_or_default())
            .collect(),
    ));
    row
}

#[cfg(test)]
mod tests;
