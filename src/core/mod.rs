//! The extraction core: from pasted article text to a [`Document`] of mentions, people and events.
//!
//! Pure Rust with no web dependency; the `extract` tool and the browser app both call [`analyze`].

pub mod agreements;
pub mod dates;
pub mod document;
pub mod events;
pub mod lexicon;
pub mod normalize;
mod output;
pub mod people;
pub mod scan;

#[cfg(test)]
mod tests;

pub use document::*;

/// What the caller knows about the article besides its text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date (year, month, day), used to complete dates that omit the year.
    pub reference_date: Option<(i32, u32, u32)>,
}

/// Reads `YYYY-MM-DD`; the error is a sentence for the user.
pub fn parse_iso_date(s: &str) -> Result<(i32, u32, u32), String> {
    let bad = || format!("“{s}” is not a date of the form YYYY-MM-DD, e.g. 2023-12-14.");
    let mut parts = s.trim().splitn(3, '-');
    let y: i32 = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let m: u32 = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    let d: u32 = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
    if !(1..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok((y, m, d))
}

/// Finds the meetings in `text` (GUIDE.md is the specification). Never panics on any input.
pub fn analyze(text: &str, options: &Options) -> Document {
    let norm = normalize::normalize(text);
    let n = norm.text.as_str();
    let reference = options.reference_date.or_else(|| dates::dateline(n));
    let mut scan = scan::scan(n);
    let people = people::find_people(n, &scan);
    people::mark_people(n, &mut scan, &people);
    let drafts = events::find_events(n, &scan, &people, reference);
    output::document(text, &norm, &scan, &people, &drafts, reference)
}
