//! Share links: the view (filters, language) and optionally the text, compressed with
//! lz-string's URI-safe form, in the URL hash of the static app; and reading such a link.
//!
//! The hash is `#province=…&kind=…&lang=en&d=2023-12-14&n=<lz-string>&c=<lz-string>&t=<lz-string>`
//! (`n`, the user's dictionary, only when the user ticks it; `c`, the corrections made by hand
//! as JSON, only when there are some); `t` comes last, and none of them is ever percent-decoded
//! (their alphabet is URI-safe, and `+` is one of its letters).

use crate::core::names::UserNames;
use crate::web::corrections::Corrections;
use crate::web::filters::Filters;
use crate::web::i18n::{Lang, Said};

/// Beyond this many bytes of hash, some browsers, chat apps and mail clients cut links.
pub const WARN_HASH_BYTES: usize = 32 * 1024;
/// Chromium's limit on a URL; longer links cannot be opened at all.
pub const MAX_URL_BYTES: usize = 2 * 1024 * 1024;

/// What a shared link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedLink {
    pub filters: Filters,
    pub lang: Option<Lang>,
    /// The text, when the link carries it.
    pub text: Option<String>,
    /// The publication date field, `YYYY-MM-DD` or empty.
    pub reference_date: String,
    /// The corrections the link carries with its text, or why they could not be read.
    pub corrections: Option<Result<Corrections, Said>>,
    /// The sender's dictionary, when the link carries it (and it could be read).
    pub names: Option<UserNames>,
}

/// The hash (without `#`) for a view, with the text and its date when given.
pub fn link_hash(filters: &Filters, lang: Lang, text: Option<(&str, &str)>) -> String {
    link_hash_with(filters, lang, text, None, None)
}

/// [`link_hash`], with the text's corrections when it carries the text and there are some, and
/// with the user's dictionary when given.
pub fn link_hash_with(
    filters: &Filters,
    lang: Lang,
    text: Option<(&str, &str)>,
    corrections: Option<&Corrections>,
    names: Option<&UserNames>,
) -> String {
    let mut parts = Vec::new();
    let f = filters.to_hash();
    if !f.is_empty() {
        parts.push(f);
    }
    parts.push(format!("lang={}", lang.as_str()));
    if let Some(names) = names.filter(|n| !n.is_empty()) {
        let packed = lz_str::compress_to_encoded_uri_component(&names.to_json());
        parts.push(format!("n={packed}"));
    }
    if let Some((text, date)) = text {
        if !date.is_empty() {
            parts.push(format!("d={date}"));
        }
        if let Some(c) = corrections.filter(|c| !c.is_empty()) {
            let packed = lz_str::compress_to_encoded_uri_component(&c.to_json());
            parts.push(format!("c={packed}"));
        }
        parts.push(format!(
            "t={}",
            lz_str::compress_to_encoded_uri_component(text)
        ));
    }
    parts.join("&")
}

/// Reads a hash (with or without `#`). `Ok(None)` when it is not a shared link (no `lang`
/// and no `t`, e.g. only filters); an error sentence when its text cannot be restored.
pub fn read_link(hash: &str) -> Result<Option<SharedLink>, String> {
    let hash = hash.trim_start_matches('#');
    let (view, packed) = match hash.find("t=") {
        Some(0) => ("", Some(&hash[2..])),
        Some(_) => match hash.split_once("&t=") {
            Some((view, packed)) => (view, Some(packed)),
            None => (hash, None),
        },
        None => (hash, None),
    };
    let mut lang = None;
    let mut reference_date = String::new();
    let mut corrections = None;
    let mut names = None;
    for pair in view.split('&') {
        match pair.split_once('=') {
            Some(("lang", v)) => lang = Lang::parse(v),
            Some(("d", v)) if crate::core::parse_iso_date(v).is_ok() => {
                reference_date = v.to_string()
            }
            Some(("c", v)) => corrections = Some(unpack_corrections(v)),
            // A damaged dictionary is left out: the text and the view still open.
            Some(("n", v)) => names = unpack_names(v),
            _ => {}
        }
    }
    if lang.is_none() && packed.is_none() {
        return Ok(None);
    }
    let text = match packed {
        None => None,
        Some(packed) => Some(
            lz_str::decompress_from_encoded_uri_component(packed)
                .and_then(|units| String::from_utf16(&units).ok())
                .ok_or_else(|| {
                    "The shared link's text is damaged (cut short when it was copied?) and could not be restored.".to_string()
                })?,
        ),
    };
    Ok(Some(SharedLink {
        filters: Filters::from_hash(view),
        lang,
        text,
        reference_date,
        corrections,
        names,
    }))
}

/// The dictionary of a link's `n`, if it can be read.
fn unpack_names(packed: &str) -> Option<UserNames> {
    let units = lz_str::decompress_from_encoded_uri_component(packed)?;
    UserNames::from_json(&String::from_utf16(&units).ok()?).ok()
}

/// The corrections of a link's `c`, or a sentence saying why they could not be read.
fn unpack_corrections(packed: &str) -> Result<Corrections, Said> {
    let json = lz_str::decompress_from_encoded_uri_component(packed)
        .and_then(|units| String::from_utf16(&units).ok())
        .ok_or_else(|| {
            Said::new(
                "链接中的更正已损坏；文字已打开，未带更正。",
                "The shared link's corrections are damaged; the text was opened without them.",
            )
        })?;
    Corrections::from_json(&json)
}
