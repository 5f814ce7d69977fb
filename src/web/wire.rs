//! What the analysis worker sends the page besides plain JSON of the document: mentions as
//! short tuples without their text, which the page cuts from the text it already has. A big
//! paste has hundreds of thousands of mentions; this keeps their transfer, parsing and the
//! garbage they leave to a third.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::core::{Mention, MentionKind};

/// A mention on the wire: kind, start, end, resolved, English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireMention(MentionKind, usize, usize, Option<String>, Option<String>);

impl WireMention {
    pub fn new(m: &Mention) -> Self {
        WireMention(
            m.kind,
            m.start,
            m.end,
            m.resolved.as_deref().map(str::to_string),
            m.english.as_deref().map(str::to_string),
        )
    }

    /// The mention again, its text cut from `text` (the text the worker analysed).
    pub fn into_mention(self, text: &str) -> Mention {
        let WireMention(kind, start, end, resolved, english) = self;
        Mention {
            kind,
            text: text.get(start..end).unwrap_or_default().to_string(),
            start,
            end,
            resolved: resolved.map(Cow::Owned),
            english: english.map(Cow::Owned),
        }
    }
}
