//! The extraction core: from pasted article text to a [`Document`] of mentions, people and events.
//!
//! Pure Rust with no web dependency; the `extract` tool and the browser app both call [`analyze`].

pub mod agreements;
pub mod archive;
pub mod dates;
pub mod document;
pub mod english;
pub mod events;
pub mod headline;
pub mod home;
pub mod lexicon;
pub mod names;
pub mod normalize;
mod orgs;
mod output;
pub mod people;
pub mod scan;
pub mod textfile;

#[cfg(test)]
mod tests;

pub use document::*;
use lexicon::{Entry, Tok};
use scan::What;

/// What the caller knows about the article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date (year, month, day), used to complete dates that omit the year.
    pub reference_date: Option<(i32, u32, u32)>,
    /// The user's own organisations and people ("My names"), read in every article.
    pub names: Option<std::sync::Arc<names::UserNames>>,
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
/// reference date (a date on its separator line, `--- 2024-11-24`, else its dateline, else
/// `options`), and a meeting that two of them report is one event.
pub fn analyze(text: &str, options: &Options) -> Document {
    analyze_with_progress(text, options, &mut |_| {})
}

/// [`analyze`], telling `progress` how far it is (0.0 to 1.0, never decreasing) as it goes, so
/// that a caller running it off the page's thread (the browser app's worker) can show a bar.
pub fn analyze_with_progress(
    text: &str,
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Document {
    let total = text.len().max(1) as f64;
    let bounds = article_bounds(text);
    // The dictionary is compiled once for all the articles of the text.
    let user = options
        .names
        .clone()
        .filter(|n| !n.is_empty())
        .map(names::Compiled::new);
    let user = user.as_ref();
    if let [one] = bounds.as_slice() {
        if one.separator.is_none() && one.end == text.len() {
            let doc = analyze_article(text, options.reference_date, false, user, &mut |f| {
                progress(f)
            });
            progress(1.0);
            return doc;
        }
    }
    let mut merged = Merged::default();
    for (k, b) in bounds.iter().enumerate() {
        let len = (b.end - b.start) as f64;
        // A date on the separator line (`--- 2024-11-24`) is the user's word for this article:
        // it comes before the article's dateline and the date given for all.
        let own = b
            .separator
            .and_then(|s| dates::dateline(text[s..b.start].trim().trim_start_matches('-')));
        let mut doc = analyze_article(
            &text[b.start..b.end],
            own.or(options.reference_date),
            bounds.len() > 1 && own.is_none(),
            user,
            &mut |f| progress((b.start as f64 + f * len) / total),
        );
        shift(&mut doc, b.start, k);
        merged.add(doc);
    }
    progress(1.0);
    let mut merged = merged.doc;
    merged.reference_date = merged
        .articles
        .iter()
        .find_map(|a| a.reference_date.clone());
    merged
}

/// Where an article lies in the text, and where the separator line before it starts, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bound {
    start: usize,
    end: usize,
    separator: Option<usize>,
}

/// Whether a line separates two articles: `---` alone, or followed by a date (`--- 2024-11-24`,
/// `--- 2024年11月24日`) that the next article is read with. Cheap, as the page calls it too.
pub fn is_separator(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix("---") else {
        return false;
    };
    // `----` and `--- text` stay text: only a date may follow the dashes.
    (rest.is_empty() || rest.starts_with(char::is_whitespace))
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-/.年月日".contains(c))
}

/// The articles: the text between separator lines (see [`is_separator`]), empty ones left out.
fn article_bounds(text: &str) -> Vec<Bound> {
    let mut bounds = Vec::new();
    let mut start = 0;
    let mut separator = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if is_separator(line) {
            if !text[start..pos].trim().is_empty() {
                bounds.push(Bound {
                    start,
                    end: pos,
                    separator,
                });
            }
            start = pos + line.len();
            separator = Some(pos);
        }
        pos += line.len();
    }
    if !text[start..].trim().is_empty() || bounds.is_empty() {
        bounds.push(Bound {
            start,
            end: text.len(),
            separator,
        });
    }
    bounds
}

/// `text` with the separator line before article `article` (as [`analyze`] counts them) set to
/// carry `date` (`YYYY-MM-DD`, or empty for none). The first article gets a separator line of
/// its own when it has none. The text is unchanged when there is no such article.
pub fn with_article_date(text: &str, article: usize, date: &str) -> String {
    let Some(b) = article_bounds(text).get(article).copied() else {
        return text.to_string();
    };
    let from = b.separator.unwrap_or(b.start);
    let newline = if text[from..b.start].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let line = match date.trim() {
        "" => format!("---{newline}"),
        date => format!("--- {date}{newline}"),
    };
    // Anything but a date would make the line text, and join the article to the one before.
    if !is_separator(&line) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + line.len());
    out.push_str(&text[..from]);
    out.push_str(&line);
    out.push_str(&text[b.start..]);
    out
}

/// One article. With several, an article's own dateline comes before the date the user gave
/// (`dateline_first`).
///
/// `stage` hears the share of the article's work done after each stage (their rough costs).
fn analyze_article(
    text: &str,
    given: Option<(i32, u32, u32)>,
    dateline_first: bool,
    user: Option<&names::Compiled>,
    stage: &mut dyn FnMut(f64),
) -> Document {
    let norm = normalize::normalize(text);
    stage(0.1);
    let n = norm.text.as_str();
    let reference = if dateline_first {
        dates::dateline(n).or(given)
    } else {
        given.or_else(|| dates::dateline(n))
    };
    let mut scan = scan::scan_with(n, user);
    brackets_as_written(text, &norm, &mut scan);
    stage(0.5);
    let mut people = people::find_people(n, &scan);
    people::add_names_before_titles(n, &scan, &mut people);
    people::drop_collective_others(&mut people);
    if let Some(user) = user {
        people::add_user_people(n, &mut scan, &mut people, user);
    }
    people::mark_people(n, &mut scan, &people);
    stage(0.65);
    let drafts = events::find_events(n, &scan, &people, reference);
    stage(0.85);
    output::document(text, &norm, &scan, &people, &drafts, reference)
}

/// Normalisation writes every bracket full-width; an organisation's name keeps the brackets its
/// first mention has in the text as pasted (上海复星高科技(集团)有限公司), as GUIDE section 1 asks.
fn brackets_as_written(original: &str, norm: &normalize::Normalized, scan: &mut scan::Scan) {
    let mut done = vec![false; scan.orgs.len()];
    for item in &scan.items {
        let What::Tok(Tok::Place {
            entry: Entry::Found(i),
            ..
        }) = item.what
        else {
            continue;
        };
        if done.get(i) != Some(&false) {
            continue;
        }
        done[i] = true;
        let span = norm.to_original(original, Span::new(item.start, item.end));
        let written = &original[span.start..span.end];
        if written.contains(['(', ')']) && scan.orgs[i].contains(['（', '）']) {
            scan.orgs[i] = scan.orgs[i].replace('（', "(").replace('）', ")");
        }
    }
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

/// What two reports of one meeting add up: its participants by name, its agreements and its
/// topics, each once (`general` goes when a real topic is there). The merge of a paste's
/// articles and the archive's table both use it, so that the cards and the table agree.
pub(crate) struct Reported<'a> {
    pub participants: &'a mut Vec<Participant>,
    pub agreements: &'a mut Vec<String>,
    pub topics: &'a mut Vec<String>,
}

impl Reported<'_> {
    pub fn add(self, participants: Vec<Participant>, agreements: Vec<String>, topics: Vec<String>) {
        for p in participants {
            if !self.participants.iter().any(|q| q.name == p.name) {
                self.participants.push(p);
            }
        }
        for (into, from) in [(self.agreements, agreements), (self.topics, topics)] {
            for x in from {
                if !into.contains(&x) {
                    into.push(x);
                }
            }
        }
        if self.topics.len() > 1 {
            self.topics.retain(|t| t != "general");
        }
    }
}

/// The articles' documents added up: people by name, one event per pair of parties and day.
/// The indexes keep adding linear in the number of articles (thousands in a big paste).
#[derive(Default)]
struct Merged {
    doc: Document,
    person_at: std::collections::HashMap<String, usize>,
    event_at: std::collections::HashMap<(Vec<String>, String), usize>,
}

impl Merged {
    fn add(&mut self, doc: Document) {
        let into = &mut self.doc;
        for p in doc.people {
            let Some(&i) = self.person_at.get(&p.name) else {
                self.person_at.insert(p.name.clone(), into.people.len());
                into.people.push(p);
                continue;
            };
            let q = &mut into.people[i];
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
        for e in doc.events {
            // Only events dated to the day merge: "the same meeting" needs the same day.
            let key = e
                .date
                .as_ref()
                .map(|d| d.start.clone())
                .filter(|d| d.len() >= 10)
                .map(|day| {
                    let mut ids: Vec<String> = e.parties.iter().map(|p| p.id.clone()).collect();
                    ids.sort();
                    (ids, day)
                });
            let Some(&i) = key.as_ref().and_then(|k| self.event_at.get(k)) else {
                if let Some(k) = key {
                    self.event_at.insert(k, into.events.len());
                }
                into.events.push(e);
                continue;
            };
            let x = &mut into.events[i];
            let reported = Reported {
                participants: &mut x.participants,
                agreements: &mut x.agreements,
                topics: &mut x.topics,
            };
            reported.add(e.participants, e.agreements, e.topics);
            x.quotes.extend(e.quotes);
            x.evidence.extend(e.evidence);
            x.articles.extend(e.articles);
            for r in e.rules {
                if !x.rules.contains(&r) {
                    x.rules.push(r);
                }
            }
        }
        into.mentions.extend(doc.mentions);
        into.articles.extend(doc.articles);
    }
}
