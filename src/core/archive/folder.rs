//! A folder of articles: each .txt, .md or .html file is one record, its text read as UTF-8 and
//! an HTML page reduced to its text (the worker that reads folders has no DOM to parse with).
//!
//! Files of other kinds (a `.DS_Store`, images) are skipped, not errors: folders hold them.

use super::{Record, RecordError};

/// The extensions read as articles.
const TEXT: [&str; 3] = [".txt", ".md", ".markdown"];
const HTML: [&str; 2] = [".html", ".htm"];

/// Whether a folder's file is read as an article.
pub fn is_article_file(path: &str) -> bool {
    let name = path.to_lowercase();
    TEXT.iter().chain(HTML.iter()).any(|e| name.ends_with(e))
}

/// The record of the file at `path` (the `place`-th of the folder, 1-based): `Ok(None)` for a
/// file that is no article, an error naming the file when it is not UTF-8 or holds no text.
pub fn file_record(place: usize, path: &str, bytes: &[u8]) -> Result<Option<Record>, RecordError> {
    if !is_article_file(path) {
        return Ok(None);
    }
    let error = |message: String| RecordError {
        line: place,
        message,
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| error(format!("File {path} is not UTF-8 text (save it as UTF-8).")))?;
    let lower = path.to_lowercase();
    let (text, title) = if HTML.iter().any(|e| lower.ends_with(e)) {
        (html_text(text), html_title(text))
    } else {
        (text.to_string(), None)
    };
    if text.trim().is_empty() {
        return Err(error(format!("File {path} holds no text.")));
    }
    Ok(Some(Record {
        text,
        title,
        source: Some(path.to_string()),
        ..Default::default()
    }))
}

/// The text of `<title>`, when the page has one.
fn html_title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open = start + lower[start..].find('>')? + 1;
    let close = open + lower[open..].find("</title")?;
    Some(entities(html[open..close].trim())).filter(|t| !t.is_empty())
}

/// The elements whose content is no text of the page.
const HIDDEN: [&str; 5] = ["script", "style", "head", "noscript", "template"];
/// The elements that end a line.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
    "header",
    "footer",
];

/// An HTML page's text, one line per block, without scripts, styles and the head.
pub fn html_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() / 2);
    let mut at = 0;
    while let Some(lt) = html[at..].find('<').map(|i| at + i) {
        out.push_str(&entities(&html[at..lt]));
        let Some(gt) = html[lt..].find('>').map(|i| lt + i) else {
            at = html.len();
            break;
        };
        let name: String = lower[lt + 1..gt]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        at = gt + 1;
        if !lower[lt + 1..].starts_with('/') && HIDDEN.contains(&name.as_str()) {
            // Skips to the element's end tag (all of it when there is none).
            let end = format!("</{name}");
            at = lower[at..].find(&end).map_or(html.len(), |i| at + i);
        } else if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out.push_str(&entities(&html[at..]));
    let lines: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// The common named entities and the numeric ones; others stay as written.
fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}
