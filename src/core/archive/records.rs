//! An archive's records: one article each, read from a JSONL line or a CSV row.
//!
//! A bad record is never fatal: it becomes a [`RecordError`] with its line number and a sentence
//! saying what is wrong, and the rest of the archive goes on.

use serde::{Deserialize, Serialize};

/// One article of an archive, with what the archive says about it besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Record {
    pub text: String,
    /// The publication date as the archive wrote it (`2024-06-18`, `2024年6月18日`, an ISO time).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
}

impl Record {
    /// The record's date as (year, month, day), when it holds a full date.
    pub fn reference_date(&self) -> Option<(i32, u32, u32)> {
        let date = self.date.as_deref()?.trim();
        // `2024-06-18T09:30:00+08:00` and `2024/6/18` are dates too.
        let day = date
            .split(['T', ' '])
            .next()
            .unwrap_or(date)
            .replace('/', "-");
        crate::core::parse_iso_date(&day)
            .ok()
            .or_else(|| crate::core::dates::dateline(date))
    }
}

/// What is wrong with one record of an archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    /// The line of the file (1-based) where the record starts.
    pub line: usize,
    /// A sentence for the user.
    pub message: String,
}

/// A JSONL line's fields; `text` is checked by hand so that its absence gets its own sentence.
#[derive(Deserialize)]
struct Line {
    text: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    source: Option<serde_json::Value>,
}

/// A field that should be text: strings as they are, numbers written out, null as absent.
fn field(value: Option<serde_json::Value>) -> Option<String> {
    match value? {
        serde_json::Value::String(s) if s.trim().is_empty() => None,
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// Reads one line of a JSONL archive (`line` is its 1-based number). A blank line is no record
/// (`Ok(None)`); anything else is a record or a sentence saying why it is not one.
pub fn parse_jsonl_line(line: usize, bytes: &[u8]) -> Result<Option<Record>, RecordError> {
    let error = |message: String| RecordError { line, message };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        error(format!(
            "Line {line} is not UTF-8 text (an invalid byte at column {}).",
            e.valid_up_to() + 1
        ))
    })?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.starts_with('{') {
        return Err(error(format!(
            "Line {line} is not a JSON object: each line should be one article, such as {{\"text\": \"…\", \"date\": \"2024-06-18\"}}."
        )));
    }
    let fields: Line = serde_json::from_str(text)
        .map_err(|e| error(format!("Line {line} is not valid JSON ({e}).")))?;
    let body = match fields.text {
        None | Some(serde_json::Value::Null) => {
            return Err(error(format!("Line {line} has no \"text\" field.")))
        }
        Some(serde_json::Value::String(s)) => s,
        Some(_) => {
            return Err(error(format!(
                "Line {line}'s \"text\" is not a string of text."
            )))
        }
    };
    if body.trim().is_empty() {
        return Err(error(format!("Line {line}'s \"text\" is empty.")));
    }
    Ok(Some(Record {
        text: body,
        date: field(fields.date),
        url: field(fields.url),
        title: field(fields.title),
        source: field(fields.source),
    }))
}

/// Which column of a CSV holds each field of a [`Record`] (0-based), chosen by header name or
/// by the user when the names differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CsvColumns {
    pub text: Option<usize>,
    pub date: Option<usize>,
    pub url: Option<usize>,
    pub title: Option<usize>,
    pub source: Option<usize>,
}

/// The header names each field is known by, in English and Chinese, compared without case.
const HEADER_NAMES: [(&str, &[&str]); 5] = [
    (
        "text",
        &[
            "text", "content", "body", "article", "fulltext", "正文", "内容", "全文", "文本",
        ],
    ),
    (
        "date",
        &[
            "date",
            "published",
            "pubdate",
            "publish_date",
            "published_at",
            "time",
            "日期",
            "时间",
            "发布时间",
            "发布日期",
        ],
    ),
    ("url", &["url", "link", "href", "链接", "网址", "原文链接"]),
    ("title", &["title", "headline", "标题", "题目"]),
    (
        "source",
        &["source", "outlet", "site", "media", "来源", "媒体", "出处"],
    ),
];

impl CsvColumns {
    /// The columns named by a CSV's header row.
    pub fn from_headers(headers: &[&str]) -> CsvColumns {
        let find = |field: &str| {
            let names = HEADER_NAMES.iter().find(|(f, _)| *f == field)?.1;
            headers.iter().position(|h| {
                let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
                names.contains(&h.as_str())
            })
        };
        CsvColumns {
            text: find("text"),
            date: find("date"),
            url: find("url"),
            title: find("title"),
            source: find("source"),
        }
    }
}

/// A CSV archive's header row and records; `None` columns leave the field empty, and without a
/// text column every row is an error saying so.
pub struct CsvArchive {
    pub headers: Vec<String>,
    pub rows: Vec<Result<Record, RecordError>>,
    /// The line where each row starts (1-based; a quoted field may hold line breaks).
    pub lines: Vec<usize>,
}

/// Reads a CSV archive (RFC 4180; a byte-order mark is skipped). `columns` picks the fields;
/// `None` takes them from the header names ([`CsvColumns::from_headers`]).
pub fn read_csv(bytes: &[u8], columns: Option<CsvColumns>) -> Result<CsvArchive, String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .byte_headers()
        .map_err(|e| format!("The CSV file's header row cannot be read ({e})."))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err("The CSV file has no header row naming its columns.".to_string());
    }
    let names: Vec<&str> = headers.iter().map(String::as_str).collect();
    let columns = columns.unwrap_or_else(|| CsvColumns::from_headers(&names));
    let (lines, rows) = reader
        .byte_records()
        .map(|row| csv_row(row, &columns))
        .unzip();
    Ok(CsvArchive {
        headers,
        rows,
        lines,
    })
}

/// One CSV row's line, and its record or why it is none.
fn csv_row(
    row: Result<csv::ByteRecord, csv::Error>,
    columns: &CsvColumns,
) -> (usize, Result<Record, RecordError>) {
    let row = match row {
        Ok(row) => row,
        Err(e) => {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            let message = format!("A row cannot be read as CSV ({e}).");
            return (line, Err(RecordError { line, message }));
        }
    };
    let line = row.position().map(|p| p.line() as usize).unwrap_or(0);
    (line, csv_record(&row, line, columns))
}

fn csv_record(
    row: &csv::ByteRecord,
    line: usize,
    columns: &CsvColumns,
) -> Result<Record, RecordError> {
    let error = |message: String| RecordError { line, message };
    let cell = |column: Option<usize>| -> Result<Option<String>, RecordError> {
        let Some(bytes) = column.and_then(|c| row.get(c)) else {
            return Ok(None);
        };
        let text = std::str::from_utf8(bytes).map_err(|_| {
            error(format!(
                "Line {line} is not UTF-8 text (save the CSV file as UTF-8)."
            ))
        })?;
        Ok(Some(text.trim().to_string()).filter(|t| !t.is_empty()))
    };
    let Some(text_column) = columns.text else {
        return Err(error(format!(
            "Line {line} has no text: no column is chosen as the article's text."
        )));
    };
    let Some(text) = cell(Some(text_column))? else {
        return Err(error(format!("Line {line}'s text is empty.")));
    };
    Ok(Record {
        text,
        date: cell(columns.date)?,
        url: cell(columns.url)?,
        title: cell(columns.title)?,
        source: cell(columns.source)?,
    })
}
