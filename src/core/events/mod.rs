//! Events: meetings between parties, read sentence by sentence from the scanned items.
//!
//! Each sentence names a home side (a province, city or the corps, or the person acting for it)
//! and counterparts; one event is one pair of parties on one day. A meeting reported twice
//! (summary and detail) merges into one event that keeps every participant and agreement.

mod parties;
mod rules;
mod sentence;
mod when;

use std::collections::HashMap;

use super::dates::{DateExpr, YearSpec};
use super::document::{EventKind, PartialDate};
use super::lexicon::{lexicon, Entry, Tok};
use super::people::Found;
use super::scan::{Item, Scan, What};
use parties::{acts_for, is_home, Occ};
use when::{same_day, within};

/// The names of every rule that can make or change an event: the pairing and kind rules of
/// `rules.rs`, then the sentence-level ones. Events name theirs in [`Draft::rules`].
pub fn rule_names() -> Vec<&'static str> {
    rules::PAIR_RULES
        .iter()
        .map(|r| r.name)
        .chain(rules::KIND_RULES.iter().map(|r| r.name))
        .chain(rules::SENTENCE_RULES.iter().copied())
        .collect()
}

/// A resolved date of an event, with where the text gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDate {
    pub start: PartialDate,
    pub end: PartialDate,
    pub time_of_day: Option<&'static str>,
    /// Normalised span of the date words; `None` when taken from the event before.
    pub span: Option<(usize, usize)>,
}

/// An event as the stage builds it; `mod.rs` turns it into the output model.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: EventKind,
    pub parties: [Entry; 2],
    /// Normalised spans of how the text first named each party.
    pub party_spans: [Option<(usize, usize)>; 2],
    pub date: Option<EventDate>,
    /// Whether the date was written for this event (or only taken from the events around it).
    pub explicit: bool,
    pub participants: Vec<usize>,
    pub agreements: Vec<(usize, usize)>,
    /// (normalised span of the quote, speaker index into people).
    pub quotes: Vec<((usize, usize), Option<usize>)>,
    pub sentences: Vec<usize>,
    pub location: Option<(usize, usize)>,
    /// Dated by a summary of several meetings over several days (1月3日至4日，拜会A、B): a later
    /// paragraph's single day for this meeting is more precise.
    pub summarised: bool,
    /// A conference's parties beyond the first two, with how the text named them.
    pub others: Vec<(Entry, Option<(usize, usize)>)>,
    /// The names of the rules that made the event and changed it, in the order they applied.
    pub rules: Vec<&'static str>,
    /// People who went to this and other meetings 分别, with no word on which: participants of
    /// none (GUIDE section 2) unless a later clause names them in this one.
    pub severally: Vec<usize>,
}

/// Whether `month` is a month without a day (4月初) that holds the day `day` (4月7日).
fn month_holds(month: &PartialDate, day: &PartialDate) -> bool {
    month.day.is_none()
        && month.month.is_some()
        && day.day.is_some()
        && month.month == day.month
        && (month.year.is_none() || day.year.is_none() || month.year == day.year)
}

type Pair = [Entry; 2];
type PairSpans = [Option<(usize, usize)>; 2];

/// Running state of the reader over the article.
struct Reader<'a> {
    text: &'a str,
    scan: &'a Scan,
    people: &'a [Found],
    reference: Option<(i32, u32, u32)>,
    drafts: Vec<Draft>,
    /// Drafts by their (sorted) pair of parties, and by each party, in order of creation.
    by_pair: HashMap<Pair, Vec<usize>>,
    by_party: HashMap<Entry, Vec<usize>>,
    /// Drafts touched by the last sentence that made or merged events.
    touched: Vec<usize>,
    touched_paragraph: usize,
    last_date: Option<PartialDate>,
    last_year: Option<i32>,
    /// The year last written, its paragraph and its day of the year (when a month was given).
    paragraph_year: Option<(usize, i32, Option<u32>)>,
    last_home: Option<Entry>,
    /// The day a dispatch header says the report was filed (湖北日报北京13日电): its 今天 and 今晚.
    filed: Option<PartialDate>,
}

impl<'a> Reader<'a> {
    fn item_text(&self, item: &Item) -> &'a str {
        &self.text[item.start..item.end]
    }
    #[allow(clippy::too_many_arguments)]
    fn upsert(
        &mut self,
        pair: [Entry; 2],
        spans: [Option<(usize, usize)>; 2],
        date: Option<&EventDate>,
        explicit: bool,
        vague: bool,
        kind: EventKind,
    ) -> usize {
        match self.find_draft(pair, date, explicit) {
            Some(i) => {
                self.update_draft(i, date, explicit, kind);
                i
            }
            None => self.new_draft(pair, spans, date, explicit, vague, kind),
        }
    }

    /// The meeting of `pair` that this mention tells again: with a date, the one on that day (or
    /// the visit of several days that holds it); without, the one of the pair last touched.
    fn find_draft(
        &self,
        pair: [Entry; 2],
        date: Option<&EventDate>,
        explicit: bool,
    ) -> Option<usize> {
        let same_pair = |d: &Draft| {
            (d.parties[0] == pair[0] && d.parties[1] == pair[1])
                || (d.parties[0] == pair[1] && d.parties[1] == pair[0])
        };
        let of_pair: &[usize] = self.by_pair.get(&pair_key(pair)).map_or(&[], Vec::as_slice);
        if explicit {
            let date = date.map(|d| d.start);
            return of_pair.iter().rev().copied().find(|&i| {
                let d = &self.drafts[i];
                same_pair(d)
                    && match (&d.date, &date) {
                        // A day inside a visit of several days is the same visit.
                        (Some(a), Some(b)) => {
                            same_day(&a.start, b)
                                || within(b, &a.start, &a.end)
                                || month_holds(&a.start, b)
                        }
                        (None, _) => true,
                        (Some(_), None) => false,
                    }
            });
        }
        self.touched
            .iter()
            .rev()
            .copied()
            .find(|&i| same_pair(&self.drafts[i]))
            .or_else(|| of_pair.last().copied())
    }

    /// What a new mention of a known meeting changes: its date when this one is the first
    /// explicit one (or refines a summary's range), and its kind for a delegation's visit.
    fn update_draft(
        &mut self,
        i: usize,
        date: Option<&EventDate>,
        explicit: bool,
        kind: EventKind,
    ) {
        let lex = lexicon();
        let d = &mut self.drafts[i];
        let between_places = d.parties.iter().all(|e| is_home(lex.kind(*e)));
        // A summary's range (1月3日至4日，拜会A、B) gives way to the day a later paragraph
        // names for this meeting; a delegation's visit between two places keeps its first day.
        let refines = d.summarised
            && match (&d.date, date) {
                (Some(range), Some(day)) => {
                    !same_day(&range.start, &range.end)
                        && same_day(&day.start, &day.end)
                        && !between_places
                }
                _ => false,
            };
        // 4月初以来…, then 4月7日至15日: a day of the month told before is the more precise date.
        let finer = match (&d.date, date) {
            (Some(old), Some(new)) => month_holds(&old.start, &new.start),
            _ => false,
        };
        if explicit && (!d.explicit || d.date.is_none() || refines || finer) {
            d.date = date.cloned();
            d.explicit = true;
        }
        // One place's delegation visiting another is a visit, whatever else it held.
        if kind == EventKind::Visit && between_places {
            d.kind = EventKind::Visit;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn new_draft(
        &mut self,
        pair: [Entry; 2],
        spans: [Option<(usize, usize)>; 2],
        date: Option<&EventDate>,
        explicit: bool,
        vague: bool,
        kind: EventKind,
    ) -> usize {
        // A meeting with no date of its own happened on the day of the one before it (unless it says 近日).
        let inherited = (!explicit && !vague)
            .then_some(self.last_date)
            .flatten()
            .map(|d| EventDate {
                start: d,
                end: d,
                time_of_day: None,
                span: None,
            });
        self.drafts.push(Draft {
            kind,
            parties: pair,
            party_spans: spans,
            date: date.cloned().or(inherited),
            explicit,
            participants: Vec::new(),
            agreements: Vec::new(),
            quotes: Vec::new(),
            sentences: Vec::new(),
            location: None,
            summarised: false,
            others: Vec::new(),
            rules: Vec::new(),
            severally: Vec::new(),
        });
        let i = self.drafts.len() - 1;
        self.by_pair.entry(pair_key(pair)).or_default().push(i);
        for e in pair {
            self.by_party.entry(e).or_default().push(i);
        }
        i
    }

    /// A gathering of many: one event of all its parties (told again the same day, the same one).
    fn add_conference(
        &mut self,
        named: Vec<(Entry, Option<(usize, usize)>)>,
        date: Option<&EventDate>,
        dated: bool,
        people: Vec<usize>,
        sentence: usize,
        location: Option<(usize, usize)>,
    ) -> usize {
        let date = date.cloned().or_else(|| {
            (!dated)
                .then_some(self.last_date)
                .flatten()
                .map(|d| EventDate {
                    start: d,
                    end: d,
                    time_of_day: None,
                    span: None,
                })
        });
        let found = self.drafts.iter().position(|d| {
            d.kind == EventKind::Conference
                && match (&d.date, &date) {
                    (Some(a), Some(b)) => same_day(&a.start, &b.start),
                    (None, None) => true,
                    _ => false,
                }
                && named
                    .iter()
                    .any(|(e, _)| d.parties.contains(e) || d.others.iter().any(|(o, _)| o == e))
        });
        let i = match found {
            Some(i) => i,
            None => {
                self.drafts.push(Draft {
                    kind: EventKind::Conference,
                    parties: [named[0].0, named[1].0],
                    party_spans: [named[0].1, named[1].1],
                    date,
                    explicit: dated,
                    participants: Vec::new(),
                    agreements: Vec::new(),
                    quotes: Vec::new(),
                    sentences: Vec::new(),
                    location,
                    summarised: false,
                    others: Vec::new(),
                    rules: Vec::new(),
                    severally: Vec::new(),
                });
                self.drafts.len() - 1
            }
        };
        for (e, span) in named {
            let d = &mut self.drafts[i];
            if !d.parties.contains(&e) && !d.others.iter().any(|(o, _)| *o == e) {
                d.others.push((e, span));
            }
            let of = self.by_party.entry(e).or_default();
            if !of.contains(&i) {
                of.push(i);
            }
        }
        for p in people {
            self.add_participant(i, p);
        }
        self.add_sentence(i, sentence);
        i
    }

    /// Records that rule `name` made or changed event `draft` (once per rule).
    fn note_rule(&mut self, draft: usize, name: &'static str) {
        let rules = &mut self.drafts[draft].rules;
        if !rules.contains(&name) {
            rules.push(name);
        }
    }

    fn add_participant(&mut self, draft: usize, person: usize) {
        let d = &mut self.drafts[draft];
        if !d.participants.contains(&person) {
            d.participants.push(person);
        }
    }

    fn add_sentence(&mut self, draft: usize, sentence: usize) {
        let d = &mut self.drafts[draft];
        if !d.sentences.contains(&sentence) {
            d.sentences.push(sentence);
        }
    }

    /// People of a sentence without a pair of its own join the latest events of their organisation.
    fn attach_people(&mut self, items: &[Item], sentence: usize, only_touched: bool) -> Vec<usize> {
        let mut hit = Vec::new();
        for (_, p) in self.people_present(items) {
            let Some(org) = self.people[p].org else {
                continue;
            };
            // All the meetings just told that the person's side took part in (会见了A、B一行。
            // 省长…参加会见: both), else that side's latest.
            let targets: Vec<usize> = if only_touched {
                self.touched
                    .iter()
                    .copied()
                    .filter(|&i| acts_for(org, &self.drafts[i].parties))
                    .collect()
            } else {
                self.by_party
                    .get(&org)
                    .and_then(|v| v.last().copied())
                    .into_iter()
                    .collect()
            };
            for t in targets {
                // Who went 分别 to this meeting is not told by what they said after it.
                if self.drafts[t].severally.contains(&p) {
                    continue;
                }
                self.add_participant(t, p);
                self.add_sentence(t, sentence);
                if !hit.contains(&t) {
                    hit.push(t);
                }
            }
        }
        hit
    }

    fn note_home(&mut self, occs: &[Occ]) {
        if let Some(o) = occs.iter().rev().find(|o| o.home && !o.location) {
            self.last_home = Some(o.entry);
        }
    }

    /// Quotes of a sentence go to the latest event of their speaker.
    fn attach_quotes(&mut self, items: &[Item], s: usize) {
        let sentence = self.scan.sentences[s];
        let first = self.scan.quotes.partition_point(|q| q.0 < sentence.start);
        let quotes: Vec<(usize, usize)> = self.scan.quotes[first..]
            .iter()
            .take_while(|q| q.0 < sentence.end)
            .filter(|q| q.1 <= sentence.end)
            .copied()
            .collect();
        for (qs, qe) in quotes {
            // Short quoted words are names of slogans, not speech.
            if self.text[qs..qe].chars().count() < 12 {
                continue;
            }
            let speaker = items
                .iter()
                .filter(|i| i.end <= qs && !i.quoted)
                .rev()
                .find_map(|i| match i.what {
                    What::Person(p) => Some(p),
                    _ => None,
                });
            // The event the quote is about: the speaker's latest, preferring one whose counterpart the quote names.
            let named: Vec<Entry> = items
                .iter()
                .filter(|i| i.start >= qs && i.end <= qe)
                .filter_map(|i| match i.what {
                    What::Tok(Tok::Place { entry, .. }) => Some(entry),
                    _ => None,
                })
                .collect();
            let target = speaker.and_then(|p| {
                let org = self.people[p].org?;
                let of_speaker: &[usize] = self.by_party.get(&org).map_or(&[], Vec::as_slice);
                let with_speaker = || {
                    of_speaker
                        .iter()
                        .rev()
                        .copied()
                        .filter(|&d| self.drafts[d].participants.contains(&p))
                };
                with_speaker()
                    .find(|&d| {
                        self.drafts[d]
                            .parties
                            .iter()
                            .any(|e| *e != org && named.contains(e))
                    })
                    .or_else(|| {
                        self.touched
                            .iter()
                            .rev()
                            .copied()
                            .find(|&d| self.drafts[d].participants.contains(&p))
                    })
                    .or_else(|| with_speaker().next())
            });
            if let Some(d) = target {
                if !self.drafts[d].quotes.iter().any(|q| q.0 == (qs, qe)) {
                    self.drafts[d].quotes.push(((qs, qe), speaker));
                }
            }
        }
    }
}

/// The date of the first dispatch header (本报2月9日讯, 某报北京13日电), its month and year taken
/// from the reference date where the header leaves them out.
fn filing_day(scan: &Scan, reference: Option<(i32, u32, u32)>) -> Option<PartialDate> {
    let header = *scan.headers.first()?;
    let d = scan
        .dates
        .iter()
        .find(|d| d.start >= header.0 && d.end <= header.1)?;
    let DateExpr::Absolute {
        year, month, day, ..
    } = d.expr
    else {
        return None;
    };
    let year = match year {
        YearSpec::Explicit(y) => Some(y),
        _ => reference.map(|r| r.0),
    };
    Some(PartialDate {
        year,
        month: month.or(reference.map(|r| r.1)),
        day: Some(day?),
    })
}

/// Reads the events of the scanned text.
pub fn find_events(
    text: &str,
    scan: &Scan,
    people: &[Found],
    reference: Option<(i32, u32, u32)>,
) -> Vec<Draft> {
    let mut reader = Reader {
        text,
        scan,
        people,
        reference,
        drafts: Vec::new(),
        by_pair: HashMap::new(),
        by_party: HashMap::new(),
        touched: Vec::new(),
        touched_paragraph: 0,
        last_date: None,
        // With no publication date, a year the text opens with (2024年中央经济工作会议闭幕后) is
        // the year of the days it goes on to tell; one written later may be history.
        last_year: reference.map(|r| r.0).or_else(|| {
            scan.dates.first().and_then(|d| match d.expr {
                DateExpr::Absolute {
                    year: YearSpec::Explicit(y),
                    ..
                } => Some(y),
                _ => None,
            })
        }),
        paragraph_year: None,
        last_home: None,
        filed: filing_day(scan, reference),
    };
    for s in 0..scan.sentences.len() {
        if scan.sentences[s].start >= scan.report_end {
            break;
        }
        reader.read_sentence(s);
    }
    reader.drafts
}

/// The key of a pair of parties in `Reader::by_pair`: the two in order, whichever came first.
fn pair_key(pair: [Entry; 2]) -> [Entry; 2] {
    if pair[0] <= pair[1] {
        pair
    } else {
        [pair[1], pair[0]]
    }
}
