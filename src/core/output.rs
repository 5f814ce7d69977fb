//! Output: the stages' findings as the [`Document`] of GUIDE section 5, every span mapped back
//! to the original input so that `input[start..end] == text`.

use std::borrow::Cow;
use std::collections::HashMap;

use super::document::*;
use super::events::Draft;
use super::lexicon::{lexicon, tables, Entry, Tok};
use super::normalize::Normalized;
use super::people::Found;
use super::scan::{Scan, What};

struct Out<'a> {
    original: &'a str,
    norm: &'a Normalized,
}

impl Out<'_> {
    fn span(&self, s: (usize, usize)) -> Span {
        self.norm.to_original(self.original, Span::new(s.0, s.1))
    }

    fn text(&self, s: (usize, usize)) -> String {
        let span = self.span(s);
        self.original[span.start..span.end].to_string()
    }

    /// A span with surrounding whitespace left out.
    fn trimmed(&self, s: (usize, usize)) -> Span {
        let span = self.span(s);
        let t = &self.original[span.start..span.end];
        let start = span.start + (t.len() - t.trim_start().len());
        let end = span.end - (t.len() - t.trim_end().len());
        Span::new(start, end.max(start))
    }
}

/// The id a party is known by on a date: abolished bodies give way to their successors.
fn party_on(entry: Entry, date: Option<&PartialDate>) -> Entry {
    let lex = lexicon();
    let mut current = entry;
    for _ in 0..4 {
        let Entry::Body(i) = current else { break };
        let body = &lex.bodies[i];
        let (Some(next), Some(since)) = (body.successor, body.successor_since) else {
            break;
        };
        let after = match date {
            Some(PartialDate {
                year: Some(y),
                month,
                day,
            }) => (*y, month.unwrap_or(12), day.unwrap_or(31)) >= since,
            _ => false,
        };
        match lex.entry(next) {
            Some(e) if after => current = e,
            _ => break,
        }
    }
    current
}

/// A framework agreement (战略合作框架协议) is what a report may call by its kind (战略合作协议).
const FRAMEWORK: &str = "框架";

/// The topics of an event: its parties' portfolios (a firm the lexicons lack by the words of its
/// name, 某某银行 → finance), else its agreements' focus, else `general`.
fn topics(scan: &Scan, d: &Draft, agreements: &[String]) -> Vec<String> {
    let lex = lexicon();
    let mut out: Vec<String> = Vec::new();
    for e in d.parties {
        let by_name = || match e {
            Entry::Found(_) => tables::firm_topic(scan.party_id(e)),
            _ => None,
        };
        if let Some(t) = lex.topic(e).or_else(by_name) {
            if !out.iter().any(|o| o == t) {
                out.push(t.to_string());
            }
        }
    }
    if out.is_empty() {
        for a in agreements {
            if let Some((_, t)) = tables::TOPIC_WORDS.iter().find(|(w, _)| a.contains(w)) {
                out.push(t.to_string());
                break;
            }
        }
    }
    if out.is_empty() {
        out.push("general".to_string());
    }
    out
}

/// The people as output, and the English of each office by the end of its title span (for the
/// title mentions). A person's body is the one it was on the article's date (国务院港澳办 after
/// 2023 is 中央港澳办); a title repeated at every mention, or written again without its place
/// (四川省委书记…省委书记), is listed once.
fn people_out(
    out: &Out,
    n: &str,
    scan: &Scan,
    people: &[Found],
    reference: Option<(i32, u32, u32)>,
) -> (Vec<Person>, HashMap<usize, String>) {
    let on_the_day = reference.map(|(y, m, d)| PartialDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
    });
    let mut offices = HashMap::new();
    let list = people
        .iter()
        .map(|p| {
            let mut titles: Vec<String> = p.given_title.iter().cloned().collect();
            let mut english_titles: Vec<String> = Vec::new();
            for t in &p.titles {
                let title = out.text(*t);
                let english = super::english::office(n, scan, *t, p.org);
                if let Some(en) = &english {
                    offices.insert(t.1, en.clone());
                }
                let again = english
                    .as_ref()
                    .is_some_and(|en| english_titles.contains(en));
                if titles.contains(&title) || again {
                    continue;
                }
                titles.push(title);
                english_titles.extend(english);
            }
            Person {
                name: super::normalize::without_glosses(&out.text(p.first)),
                org: p
                    .org
                    .map(|e| scan.party_id(party_on(e, on_the_day.as_ref())).to_string()),
                roles: p.roles.clone(),
                titles,
                english_titles,
            }
        })
        .collect();
    (list, offices)
}

/// Every person, party, title, date, agreement and quote mentioned, in text order.
fn mentions(
    out: &Out,
    scan: &Scan,
    people: &[Found],
    agreements: &[(usize, usize)],
    offices: &HashMap<usize, String>,
) -> Vec<Mention> {
    let lex = lexicon();
    let original = out.original;
    let person_name = |p: &Found| super::normalize::without_glosses(&out.text(p.first));
    let mut mentions = Vec::new();
    let mut push = |kind: MentionKind,
                    s: (usize, usize),
                    resolved: Option<Cow<'static, str>>,
                    english: Option<Cow<'static, str>>| {
        let span = out.span(s);
        if span.end > span.start {
            mentions.push(Mention {
                kind,
                text: original[span.start..span.end].to_string(),
                start: span.start,
                end: span.end,
                resolved,
                english,
            });
        }
    };
    for item in &scan.items {
        let s = (item.start, item.end);
        match item.what {
            What::Person(p) => {
                // A person's English is their name's, which the core does not know (the page
                // gives pinyin); their office is on the title mention.
                push(
                    MentionKind::Person,
                    s,
                    Some(Cow::Owned(person_name(&people[p]))),
                    None,
                );
            }
            What::Tok(Tok::Place { entry, .. }) if !item.generic => {
                let english = Some(scan.english(entry))
                    .filter(|e| !e.is_empty())
                    .map(|e| Cow::Owned(e.to_string()));
                push(
                    MentionKind::Party,
                    s,
                    Some(match entry {
                        Entry::Found(_) => Cow::Owned(scan.party_id(entry).to_string()),
                        _ => Cow::Borrowed(lex.id(entry)),
                    }),
                    english,
                );
            }
            What::Tok(Tok::Title(_)) => {
                let english = offices.get(&item.end).map(|o| Cow::Owned(o.clone()));
                push(MentionKind::Title, s, None, english)
            }
            What::Date(_) => push(MentionKind::Date, s, None, None),
            _ => {}
        }
    }
    for &a in agreements {
        push(MentionKind::Agreement, a, None, None);
    }
    for q in &scan.quotes {
        push(MentionKind::Quote, *q, None, None);
    }
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    mentions
}

/// Assembles the document.
pub fn document(
    original: &str,
    norm: &Normalized,
    scan: &Scan,
    people: &[Found],
    drafts: &[Draft],
    reference: Option<(i32, u32, u32)>,
) -> Document {
    let out = Out { original, norm };
    let (people_out, offices) = people_out(&out, &norm.text, scan, people, reference);
    let mut agreement_mentions: Vec<(usize, usize)> = Vec::new();
    let events = drafts
        .iter()
        .map(|d| {
            for a in &d.agreements {
                if !agreement_mentions.contains(a) {
                    agreement_mentions.push(*a);
                }
            }
            event_out(&out, scan, people, d)
        })
        .collect();
    let mentions = mentions(&out, scan, people, &agreement_mentions, &offices);
    let reference_date = reference.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let articles = vec![Article {
        start: 0,
        end: original.len(),
        title: crate::core::headline::headline(original),
        reference_date: reference_date.clone(),
    }];
    Document {
        events,
        people: people_out,
        mentions,
        reference_date,
        articles,
    }
}

/// A person's name as the output writes it: a converter's pinyin glosses (懷進(jìn)鵬) are not
/// part of the name.
fn person_name(out: &Out, p: &Found) -> String {
    super::normalize::without_glosses(&out.text(p.first))
}

/// One event of the output, from its draft.
fn event_out(out: &Out, scan: &Scan, people: &[Found], d: &Draft) -> Event {
    let n = out.norm.text.as_str();
    let date = d.date.as_ref().map(|date| DateOut {
        start: date.start.iso(),
        end: date.end.iso(),
        text: date.span.map(|s| out.text(s)).unwrap_or_default(),
        time_of_day: date.time_of_day.map(str::to_string),
    });
    let written: Vec<String> = d
        .agreements
        .iter()
        .map(|a| n[a.0..a.1].to_string())
        .collect();
    Event {
        kind: d.kind,
        cameo: d.kind.cameo().to_string(),
        date,
        parties: parties_out(out, scan, d),
        participants: d
            .participants
            .iter()
            .map(|&p| Participant {
                name: person_name(out, &people[p]),
                org: people[p].org.map(|e| scan.party_id(e).to_string()),
            })
            .collect(),
        agreements: agreements_out(out, d),
        topics: topics(scan, d, &written),
        location: d.location.map(|s| out.text(s)),
        location_english: d
            .location
            .and_then(|s| super::english::place(&n[s.0..s.1]))
            .map(str::to_string),
        quotes: d
            .quotes
            .iter()
            .map(|(s, speaker)| {
                let span = out.span(*s);
                Quote {
                    text: out.original[span.start..span.end].to_string(),
                    speaker: speaker.map(|p| person_name(out, &people[p])),
                    start: span.start,
                    end: span.end,
                }
            })
            .collect(),
        evidence: d
            .sentences
            .iter()
            .map(|&s| out.trimmed((scan.sentences[s].start, scan.sentences[s].end)))
            .filter(|s| s.end > s.start)
            .collect(),
        articles: vec![0],
        rules: d.rules.iter().map(|r| r.to_string()).collect(),
    }
}

/// The parties of a draft, each as of the event's date (a body renamed since keeps its name then).
fn parties_out(out: &Out, scan: &Scan, d: &Draft) -> Vec<PartyRef> {
    d.parties
        .iter()
        .zip(d.party_spans)
        .chain(d.others.iter().map(|(e, span)| (e, *span)))
        .map(|(e, span)| {
            let entry = party_on(*e, d.date.as_ref().map(|x| &x.start));
            let id = scan.party_id(entry);
            PartyRef {
                id: id.to_string(),
                name: span.map(|s| out.text(s)).unwrap_or_else(|| id.to_string()),
                english: Some(scan.english(entry).to_string()).filter(|e| !e.is_empty()),
                kind: scan.kind(entry),
                province: scan.province_of(entry).map(str::to_string),
            }
        })
        .collect()
}

/// The agreements of a draft as written, each once. A kind of document (合作协议, 战略合作协议)
/// told where its full title is also given (数字陕西战略合作协议, 战略合作框架协议) is that document.
fn agreements_out(out: &Out, d: &Draft) -> Vec<String> {
    let mut agreements: Vec<String> = Vec::new();
    for a in &d.agreements {
        // A title is written without a converter's pinyin glosses, as a name is.
        let t = super::normalize::without_glosses(&out.text(*a));
        if !agreements.contains(&t) {
            agreements.push(t);
        }
    }
    let all = agreements.clone();
    agreements.retain(|a| {
        !all.iter().any(|other| {
            other != a
                && (other.ends_with(a.as_str())
                    || other.replace(FRAMEWORK, "").ends_with(a.as_str()))
        })
    });
    agreements
}
