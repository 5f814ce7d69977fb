//! The card filters and their form in the URL hash
//! (`#province=CN-SN&type=ministry&kind=talks&topic=…&review=checked&article=2`).

use crate::core::{Event, EventKind, PartyRef};
use crate::web::components::province_map::{party_anchor, BEIJING};
use crate::web::corrections::Mark;
use crate::web::i18n::{party_kind_str, party_province};

/// The province filter's value for the central Party and state bodies, central enterprises and
/// national organisations (the map's central point): `#province=central`.
pub const CENTRAL: &str = "central";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// An ISO province code, e.g. `CN-SN`, or [`CENTRAL`].
    pub province: Option<String>,
    /// The kind of a counterpart party, as `party_kind_str` writes it.
    pub counterpart: Option<String>,
    /// The event kind, as `EventKind::as_str` writes it.
    pub kind: Option<String>,
    pub topic: Option<String>,
    /// How a meeting stands after review: one of [`REVIEW_VALUES`].
    pub review: Option<String>,
    /// The index of an article (in `Document::articles`) that reports the meeting, in digits.
    pub article: Option<String>,
}

/// The values of the review filter: checked, not checked, changed (or added) by hand.
pub const REVIEW_VALUES: [&str; 3] = ["checked", "unchecked", "hand"];

/// Which filter a control sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterField {
    Province,
    Counterpart,
    Kind,
    Topic,
    Review,
    Article,
}

impl FilterField {
    pub fn key(self) -> &'static str {
        match self {
            FilterField::Province => "province",
            FilterField::Counterpart => "type",
            FilterField::Kind => "kind",
            FilterField::Topic => "topic",
            FilterField::Review => "review",
            FilterField::Article => "article",
        }
    }
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    pub fn get(&self, field: FilterField) -> Option<&str> {
        match field {
            FilterField::Province => self.province.as_deref(),
            FilterField::Counterpart => self.counterpart.as_deref(),
            FilterField::Kind => self.kind.as_deref(),
            FilterField::Topic => self.topic.as_deref(),
            FilterField::Review => self.review.as_deref(),
            FilterField::Article => self.article.as_deref(),
        }
    }

    /// These filters with one field set (an empty value clears it).
    pub fn with(&self, field: FilterField, value: Option<String>) -> Filters {
        let value = value.filter(|v| !v.is_empty());
        let mut next = self.clone();
        match field {
            FilterField::Province => next.province = value,
            FilterField::Counterpart => next.counterpart = value,
            FilterField::Kind => next.kind = value,
            FilterField::Topic => next.topic = value,
            FilterField::Review => next.review = value,
            FilterField::Article => next.article = value,
        }
        next
    }

    pub fn matches(&self, event: &Event) -> bool {
        self.matches_parts(event.kind, &event.parties, &event.topics, &event.articles)
    }

    /// Whether a meeting of `kind` between `parties` on `topics`, reported by `articles`, passes:
    /// the cards' events and the archive's merged meetings are filtered alike.
    pub fn matches_parts(
        &self,
        kind: EventKind,
        parties: &[PartyRef],
        topics: &[String],
        articles: &[usize],
    ) -> bool {
        if let Some(code) = &self.province {
            // The map's central-bodies point: the parties whose lines end there.
            let at = |p: &PartyRef| match code.as_str() {
                CENTRAL => party_anchor(p) == Some(BEIJING),
                code => party_province(p) == Some(code),
            };
            if !parties.iter().any(at) {
                return false;
            }
        }
        if let Some(wanted) = &self.counterpart {
            if !parties.iter().any(|p| party_kind_str(p.kind) == wanted) {
                return false;
            }
        }
        if let Some(wanted) = &self.kind {
            if kind.as_str() != wanted {
                return false;
            }
        }
        if let Some(topic) = &self.topic {
            if !topics.iter().any(|t| t == topic) {
                return false;
            }
        }
        // A value that is no index (typed into the URL) keeps every meeting.
        match self.article.as_deref().map(str::parse::<usize>) {
            Some(Ok(article)) => articles.contains(&article),
            _ => true,
        }
    }

    /// Whether a meeting that stands as `mark` passes the review filter (an unknown value,
    /// e.g. typed into the URL, keeps every meeting).
    pub fn matches_mark(&self, mark: Option<&Mark>) -> bool {
        let checked = mark.is_some_and(|m| m.checked);
        match self.review.as_deref() {
            Some("checked") => checked,
            Some("unchecked") => !checked,
            Some("hand") => mark.is_some_and(|m| m.hand),
            _ => true,
        }
    }

    /// The hash fragment without `#`, empty when no filter is set.
    pub fn to_hash(&self) -> String {
        let fields = [
            FilterField::Province,
            FilterField::Counterpart,
            FilterField::Kind,
            FilterField::Topic,
            FilterField::Review,
            FilterField::Article,
        ];
        fields
            .iter()
            .filter_map(|&f| self.get(f).map(|v| format!("{}={}", f.key(), encode(v))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a hash fragment (with or without `#`); unknown keys and bad escapes are ignored.
    pub fn from_hash(hash: &str) -> Filters {
        let mut filters = Filters::default();
        for pair in hash.trim_start_matches('#').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let Some(value) = decode(value).filter(|v| !v.is_empty()) else {
                continue;
            };
            let field = match key {
                "province" => FilterField::Province,
                "type" => FilterField::Counterpart,
                "kind" => FilterField::Kind,
                "topic" => FilterField::Topic,
                "review" => FilterField::Review,
                "article" => FilterField::Article,
                _ => continue,
            };
            filters = filters.with(field, Some(value));
        }
        filters
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
