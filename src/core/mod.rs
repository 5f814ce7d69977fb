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
///
/// Several articles may be pasted together, separated by a line `---`: each is read with its own
/// reference date (its dateline, else `options`), and a meeting that two of them report is one event.
pub fn analyze(text: &str, options: &Options) -> Document {
    let bounds = article_bounds(text);
    if bounds.len() <= 1 {
        return analyze_article(text, options.reference_date, false);
    }
    let mut merged = Document::default();
    for (k, &(start, end)) in bounds.iter().enumerate() {
        let mut doc = analyze_article(&text[start..end], options.reference_date, true);
        shift(&mut doc, start, k);
        merge(&mut merged, doc);
    }
    merged.reference_date = merged
        .articles
        .iter()
        .find_map(|a| a.reference_date.clone());
    merged
}

/// Byte ranges of the articles: the text between lines that hold only `---`.
fn article_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "---" {
            if !text[start..pos].trim().is_empty() {
                bounds.push((start, pos));
            }
            start = pos + line.len();
        }
        pos += line.len();
    }
    if !text[start..].trim().is_empty() || bounds.is_empty() {
        bounds.push((start, text.len()));
    }
    bounds
}

/// One article. With several, an article's own dateline comes before the date the user gave.
fn analyze_article(text: &str, given: Option<(i32, u32, u32)>, dateline_first: bool) -> Document {
    let norm = normalize::normalize(text);
    let n = norm.text.as_str();
    let reference = if dateline_first {
        dates::dateline(n).or(given)
    } else {
        given.or_else(|| dates::dateline(n))
    };
    let mut scan = scan::scan(n);
    let people = people::find_people(n, &scan);
    people::mark_people(n, &mut scan, &people);
    let drafts = events::find_events(n, &scan, &people, reference);
    output::document(text, &norm, &scan, &people, &drafts, reference)
}

/// Moves the spans of an article's document to its place in the whole input.
fn shift(doc: &mut Document, offset: usize, article: usize) {
    for m in &mut doc.mentions {
        m.start += offset;
        m.end += offset;
    }
    for e in &mut doc.events {
        e.articles = vec![article];
        for q in &mut e.quotes {
            q.start += offset;
            q.end += offset;
        }
        for s in &mut e.evidence {
            s.start += offset;
            s.end += offset;
        }
    }
    for a in &mut doc.articles {
        a.start += offset;
        a.end += offset;
    }
}

/// Adds an article's document to the whole: people by name, one event per pair and day.
fn merge(into: &mut Document, doc: Document) {
    for p in doc.people {
        match into.people.iter_mut().find(|q| q.name == p.name) {
            Some(q) => {
                for r in p.roles {
                    if !q.roles.contains(&r) {
                        q.roles.push(r);
                    }
                }
                for t in p.titles {
                    if !q.titles.contains(&t) {
                        q.titles.push(t);
                    }
                }
                if q.org.is_none() {
                    q.org = p.org;
                }
            }
            None => into.people.push(p),
        }
    }
    for e in doc.events {
        let ids = |e: &Event| {
            let mut v: Vec<String> = e.parties.iter().map(|p| p.id.clone()).collect();
            v.sort();
            v
        };
        let day = |e: &Event| {
            e.date
                .as_ref()
                .map(|d| d.start.clone())
                .filter(|d| d.len() >= 10)
        };
        let same = into
            .events
            .iter_mut()
            .find(|x| ids(x) == ids(&e) && day(x).is_some() && day(x) == day(&e));
        match same {
            Some(x) => {
                for p in e.participants {
                    if !x.participants.iter().any(|q| q.name == p.name) {
                        x.participants.push(p);
                    }
                }
                for a in e.agreements {
                    if !x.agreements.contains(&a) {
                        x.agreements.push(a);
                    }
                }
                x.quotes.extend(e.quotes);
                x.evidence.extend(e.evidence);
                x.articles.extend(e.articles);
                for t in e.topics {
                    if !x.topics.contains(&t) {
                        x.topics.push(t);
                    }
                }
                if x.topics.len() > 1 {
                    x.topics.retain(|t| t != "general");
                }
            }
            None => into.events.push(e),
        }
    }
    into.mentions.extend(doc.mentions);
    into.articles.extend(doc.articles);
}
