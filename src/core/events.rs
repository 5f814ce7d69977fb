//! Events: meetings between parties, read sentence by sentence from the scanned items.
//!
//! Each sentence names a home side (a province, city or the corps, or the person acting for it)
//! and counterparts; one event is one pair of parties on one day. A meeting reported twice
//! (summary and detail) merges into one event that keeps every participant and agreement.

use std::collections::HashMap;

use super::agreements::find_agreements;
use super::dates::{DateExpr, Relative, YearSpec};
use super::document::{EventKind, PartialDate, PartyKind, Role};
use super::lexicon::{lexicon, tables, Entry, Organ, Tok};
use super::people::Found;
use super::scan::{inside, Item, Scan, Sentence, What};

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
}

type Pair = [Entry; 2];
type PairSpans = [Option<(usize, usize)>; 2];

/// Whether someone holding office in `org` acts for one of `parties`: its own, or for a city's
/// official (呼和浩特市委书记), the province the city lies in.
fn acts_for(org: Entry, parties: &[Entry]) -> bool {
    let lex = lexicon();
    parties.contains(&org)
        || matches!(org, Entry::City(i) if lex.entry(lex.cities[i].province).is_some_and(|p| parties.contains(&p)))
}

/// A party named in a sentence.
#[derive(Debug, Clone, Copy)]
struct Occ {
    entry: Entry,
    /// Index of the item in the sentence.
    at: usize,
    span: (usize, usize),
    home: bool,
    /// 在北京, 于兰州: where it happened, not who met.
    location: bool,
    from_person: bool,
    delegation: bool,
    /// 赴北京, 到上海: where someone went, which is where the meeting was when they met a body there.
    destination: bool,
}

fn is_home(kind: PartyKind) -> bool {
    matches!(
        kind,
        PartyKind::Province | PartyKind::City | PartyKind::Corps
    )
}

fn national(person: &Found) -> bool {
    person.org.is_none()
        && person.roles.iter().any(|r| {
            matches!(
                r,
                Role::GeneralSecretary
                    | Role::President
                    | Role::Premier
                    | Role::VicePremier
                    | Role::VicePresident
                    | Role::PscMember
                    | Role::PolitburoMember
            )
        })
}

/// Ordinal of a (month, day) for comparisons within a year.
fn ordinal(m: u32, d: u32) -> u32 {
    m * 32 + d
}

fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match y {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
    }
}

/// The day before a full date (a partial one stays as it is).
fn previous_day(d: PartialDate) -> PartialDate {
    match (d.year, d.month, d.day) {
        (_, Some(_), Some(day)) if day > 1 => PartialDate {
            day: Some(day - 1),
            ..d
        },
        (y, Some(1), Some(_)) => PartialDate {
            year: y.map(|y| y - 1),
            month: Some(12),
            day: Some(31),
        },
        (y, Some(m), Some(_)) => PartialDate {
            year: y,
            month: Some(m - 1),
            day: Some(days_in_month(y, m - 1)),
        },
        _ => d,
    }
}

fn next_day(d: PartialDate) -> PartialDate {
    match (d.month, d.day) {
        (Some(m), Some(day)) if day < days_in_month(d.year, m) => PartialDate {
            day: Some(day + 1),
            ..d
        },
        (Some(12), Some(_)) => PartialDate {
            year: d.year.map(|y| y + 1),
            month: Some(1),
            day: Some(1),
        },
        (Some(m), Some(_)) => PartialDate {
            month: Some(m + 1),
            day: Some(1),
            ..d
        },
        _ => d,
    }
}

fn same_day(a: &PartialDate, b: &PartialDate) -> bool {
    a.month == b.month
        && a.day == b.day
        && (a.year.is_none() || b.year.is_none() || a.year == b.year)
}

fn within(d: &PartialDate, start: &PartialDate, end: &PartialDate) -> bool {
    let key = |p: &PartialDate| {
        (
            p.year.unwrap_or(0),
            p.month.unwrap_or(0),
            p.day.unwrap_or(0),
        )
    };
    let years_agree = d.year.is_none() || start.year.is_none() || d.year == start.year;
    d.day.is_some() && start != end && years_agree && key(start) <= key(d) && key(d) <= key(end)
}

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
}

impl<'a> Reader<'a> {
    fn item_text(&self, item: &Item) -> &'a str {
        &self.text[item.start..item.end]
    }

    fn resolve_date(&mut self, index: usize, paragraph: usize) -> Option<EventDate> {
        let d = &self.scan.dates[index];
        let span = Some((d.start, d.end));
        let ref_year = self.reference.map(|r| r.0);
        let (start, end) = match d.expr {
            DateExpr::Vague => return None,
            DateExpr::Relative(rel @ (Relative::Today | Relative::Yesterday)) => {
                let (ry, rm, rd) = self.reference?;
                let today = PartialDate {
                    year: Some(ry),
                    month: Some(rm),
                    day: Some(rd),
                };
                let day = if rel == Relative::Today {
                    today
                } else {
                    previous_day(today)
                };
                (day, day)
            }
            DateExpr::Relative(rel) => {
                let base = self.last_date?;
                let day = match rel {
                    Relative::NextDay => next_day(base),
                    _ => base,
                };
                (day, day)
            }
            DateExpr::Absolute {
                year,
                month,
                day,
                until,
                ..
            } => {
                // A day without a month is in the month of the events around it.
                let (month, implied_year) = match (month, day) {
                    (None, Some(_)) => match self.last_date {
                        Some(PartialDate {
                            month: Some(m),
                            year,
                            ..
                        }) => (Some(m), year),
                        // Else the publication's month, or the month before for a day after
                        // publication (a paper of 12月1日 telling of 25日 means 11月25日).
                        _ => match self.reference {
                            Some((ry, 1, rd)) if day.is_some_and(|d| d > rd) => {
                                (Some(12), Some(ry - 1))
                            }
                            Some((ry, rm, rd)) if day.is_some_and(|d| d > rd) => {
                                (Some(rm - 1), Some(ry))
                            }
                            Some((ry, rm, _)) => (Some(rm), Some(ry)),
                            None => (None, None),
                        },
                    },
                    _ => (month, None),
                };
                let y = match year {
                    YearSpec::Unwritten if implied_year.is_some() => implied_year,
                    YearSpec::Explicit(y) => Some(y),
                    YearSpec::This => ref_year,
                    YearSpec::Last => ref_year.map(|y| y - 1),
                    YearSpec::Next => ref_year.map(|y| y + 1),
                    YearSpec::Same => self.last_year.or(ref_year),
                    YearSpec::Unwritten => match self.paragraph_year {
                        Some((p, y, _)) if p == paragraph => Some(y),
                        // 2023年12月18日… then, a paragraph on, 12月19日: the days that follow.
                        Some((p, y, Some(written)))
                            if p + 1 == paragraph
                                && month.is_some_and(|m| {
                                    let at = ordinal(m, day.unwrap_or(1));
                                    at >= written && at <= written + 60
                                }) =>
                        {
                            Some(y)
                        }
                        None | Some(_) if self.reference.is_none() => self.last_year,
                        _ => self.reference.map(|(ry, rm, rd)| {
                            // A day well after the publication date belongs to the year before.
                            let m = month.unwrap_or(1);
                            if ordinal(m, day.unwrap_or(1)) > ordinal(rm, rd) + 7 {
                                ry - 1
                            } else {
                                ry
                            }
                        }),
                    },
                };
                if let YearSpec::Explicit(y) = year {
                    self.last_year = Some(y);
                    let written = month.map(|m| ordinal(m, day.unwrap_or(1)));
                    self.paragraph_year = Some((paragraph, y, written));
                }
                let start = PartialDate {
                    year: y,
                    month,
                    day,
                };
                let end = match until {
                    Some((m2, d2)) => {
                        let m2 = m2.or(month);
                        let y2 = match (y, m2, month) {
                            (Some(y), Some(a), Some(b)) if a < b => Some(y + 1),
                            _ => y,
                        };
                        PartialDate {
                            year: y2,
                            month: m2,
                            day: Some(d2),
                        }
                    }
                    None => start,
                };
                (start, end)
            }
        };
        Some(EventDate {
            start,
            end,
            time_of_day: d.time_of_day,
            span,
        })
    }

    /// Whether the verb at `k` comes before 的 (会见来湘考察的X): it describes X, it is not the meeting.
    fn describes(&self, items: &[Item], k: usize) -> bool {
        items
            .get(k + 1)
            .is_some_and(|n| n.what == What::Text && self.item_text(n).starts_with('的'))
    }

    /// The meeting verbs of the clause `c0..c1` (item index, kind) when they are of more than one
    /// kind, so that each counterpart can take its own ([`Reader::own_kind`]); else empty.
    fn mixed_triggers(&self, items: &[Item], c0: usize, c1: usize) -> Vec<(usize, EventKind)> {
        let triggers: Vec<(usize, EventKind)> = (c0..c1)
            .filter(|&k| !items[k].quoted && !items[k].titled && !self.describes(items, k))
            .filter_map(|k| match items[k].what {
                What::Tok(Tok::Trigger(kind)) if kind != EventKind::Conference => Some((k, kind)),
                _ => None,
            })
            .collect();
        if triggers.iter().all(|(_, k)| *k == triggers[0].1) {
            return Vec::new();
        }
        triggers
    }

    /// The kind of meeting a counterpart at item `at` takes part in, among the clause's
    /// [`Reader::mixed_triggers`]: after 与/同/和 the verb follows the counterpart (与C举行会谈),
    /// else it comes before it (拜会A).
    fn own_kind(
        &self,
        items: &[Item],
        c0: usize,
        triggers: &[(usize, EventKind)],
        at: usize,
    ) -> Option<EventKind> {
        let after_with = at > c0
            && items[at - 1].what == What::Text
            && self
                .item_text(&items[at - 1])
                .ends_with(['与', '同', '和', '跟']);
        let before = triggers.iter().rev().find(|(k, _)| *k < at);
        let after = triggers.iter().find(|(k, _)| *k > at);
        let chosen = if after_with {
            after.or(before)
        } else {
            before.or(after)
        };
        chosen.map(|(_, k)| *k)
    }

    /// The parties named in a sentence, in order.
    fn occurrences(&self, items: &[Item]) -> Vec<Occ> {
        let lex = lexicon();
        let mut out = Vec::new();
        // 在湖南长沙: the city stands where its province was put (在, 于).
        let mut placed_city = None;
        for (k, item) in items.iter().enumerate() {
            if item.quoted || item.titled {
                continue;
            }
            let prev_text = k
                .checked_sub(1)
                .map(|p| items[p])
                .filter(|p| p.what == What::Text && p.end == item.start)
                .map(|p| self.item_text(&p));
            let placed = placed_city == Some(k)
                || prev_text.is_some_and(|t| t.ends_with('在') || t.ends_with('于'));
            // 湖南省长沙市: the province only says where the city is.
            if let (
                What::Tok(Tok::Place {
                    entry: e @ Entry::Province(_),
                    ..
                }),
                Some(next),
            ) = (item.what, items.get(k + 1))
            {
                if let What::Tok(Tok::Place {
                    entry: Entry::City(c),
                    ..
                }) = next.what
                {
                    if next.start == item.end && lex.entry(lex.cities[c].province) == Some(e) {
                        if placed {
                            placed_city = Some(k + 1);
                        }
                        continue;
                    }
                }
            }
            // 中国科学院院士: an honour, not a body taking part.
            if let Some(next) = items.get(k + 1) {
                if next.start == item.end
                    && matches!(next.what, What::Tok(Tok::Title(_)))
                    && self.item_text(next) == "院士"
                {
                    continue;
                }
            }
            match item.what {
                What::Tok(Tok::Place { entry, organ }) => {
                    let kind = lex.kind(entry);
                    // A city acts only under its full name or through its organs (兰州市, 兰州市委); 兰州 alone is a place.
                    if let Entry::City(i) = entry {
                        let written = self.item_text(item);
                        if organ == Organ::None && written != lex.cities[i].name {
                            if placed {
                                out.push(Occ {
                                    entry,
                                    at: k,
                                    span: (item.start, item.end),
                                    home: true,
                                    location: true,
                                    from_person: false,
                                    delegation: false,
                                    destination: false,
                                });
                            }
                            continue;
                        }
                    }
                    // A generic 集团 or 公司 only names the enterprise as the holder of a title.
                    if item.generic && !matches!(entry, Entry::Province(_) | Entry::City(_)) {
                        continue;
                    }
                    // 中央宣传部副部长、中央网信办主任庄荣文: one person, who acts for the body of the
                    // title nearest the name only.
                    if matches!(entry, Entry::Body(_)) && self.titles_someone_else(items, k, entry)
                    {
                        continue;
                    }
                    let location = is_home(kind) && organ == Organ::None && placed;
                    out.push(Occ {
                        entry,
                        at: k,
                        span: (item.start, item.end),
                        home: is_home(kind),
                        location,
                        from_person: false,
                        delegation: organ == Organ::Delegation,
                        destination: organ == Organ::None
                            && is_home(kind)
                            && (prev_text.is_some_and(|t| t.ends_with(tables::DESTINATION_VERBS))
                                || k.checked_sub(1).is_some_and(|p| {
                                    items[p].end == item.start
                                        && items[p].what
                                            == What::Tok(Tok::Trigger(EventKind::Visit))
                                })),
                    });
                }
                What::Person(i) => {
                    if let Some(entry) = self.people.get(i).and_then(|p| p.org) {
                        let kind = lex.kind(entry);
                        out.push(Occ {
                            entry,
                            at: k,
                            span: (item.start, item.end),
                            home: is_home(kind),
                            location: false,
                            from_person: true,
                            delegation: false,
                            destination: false,
                        });
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Whether a sentence is a line of its own with no sentence end: a heading or a title.
    fn is_heading(&self, sentence: Sentence) -> bool {
        let line = self.text[sentence.start..sentence.end].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '#' | '_' | '【' | '】')
        });
        let starts_line = sentence.start == 0 || self.text[..sentence.start].ends_with('\n');
        starts_line
            && self.text[sentence.start..sentence.end].ends_with('\n')
            && !line.is_empty()
            && !line.ends_with(['。', '！', '？', '；', '.', '!', '?', ';', '”', '」'])
            && line.chars().count() <= 40
    }

    /// Whether the body at `k` starts a list of titles whose name holds office in another body.
    fn titles_someone_else(&self, items: &[Item], k: usize, body: Entry) -> bool {
        let titled = items
            .get(k + 1)
            .is_some_and(|n| n.start == items[k].end && matches!(n.what, What::Tok(Tok::Title(_))));
        if !titled {
            return false;
        }
        for item in &items[k + 1..] {
            match item.what {
                What::Tok(Tok::Title(_) | Tok::Place { .. }) | What::Punct('、') => {}
                What::Person(p) => {
                    return self.people[p]
                        .org
                        .is_some_and(|o| o != body && matches!(o, Entry::Body(_)));
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the items between two positions only continue a list of names and titles.
    fn continues_list(&self, items: &[Item], from: usize, to: usize) -> bool {
        items[from + 1..to].iter().all(|it| match it.what {
            What::Tok(Tok::Title(_)) | What::Person(_) => true,
            What::Tok(Tok::Place { entry, .. }) => is_home(lexicon().kind(entry)),
            What::Punct(c) => matches!(c, '、' | '，' | ','),
            What::Text => matches!(self.item_text(it), "和" | "及" | "以及"),
            _ => false,
        })
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
        // A meeting with no date of its own happened on the day of the one before it (unless it says 近日).
        let inherited = if explicit || vague {
            None
        } else {
            self.last_date.map(|d| EventDate {
                start: d,
                end: d,
                time_of_day: None,
                span: None,
            })
        };
        let same_pair = |d: &Draft| {
            (d.parties[0] == pair[0] && d.parties[1] == pair[1])
                || (d.parties[0] == pair[1] && d.parties[1] == pair[0])
        };
        let key = if pair[0] <= pair[1] {
            pair
        } else {
            [pair[1], pair[0]]
        };
        let of_pair: &[usize] = self.by_pair.get(&key).map_or(&[], Vec::as_slice);
        let found = if explicit {
            let date = date.map(|d| d.start);
            of_pair.iter().rev().copied().find(|&i| {
                let d = &self.drafts[i];
                same_pair(d)
                    && match (&d.date, &date) {
                        // A day inside a visit of several days is the same visit.
                        (Some(a), Some(b)) => same_day(&a.start, b) || within(b, &a.start, &a.end),
                        (None, _) => true,
                        (Some(_), None) => false,
                    }
            })
        } else {
            // The most recently touched event of the same pair.
            self.touched
                .iter()
                .rev()
                .copied()
                .find(|&i| same_pair(&self.drafts[i]))
                .or_else(|| of_pair.last().copied())
        };
        match found {
            Some(i) => {
                let lex = lexicon();
                let d = &mut self.drafts[i];
                // A summary's range (1月3日至4日，拜会A、B) gives way to the day a later paragraph
                // names for this meeting; a delegation's visit between two places keeps its first day.
                let refines = d.summarised
                    && match (&d.date, date) {
                        (Some(range), Some(day)) => {
                            !same_day(&range.start, &range.end)
                                && same_day(&day.start, &day.end)
                                && !d.parties.iter().all(|e| is_home(lex.kind(*e)))
                        }
                        _ => false,
                    };
                if explicit && (!d.explicit || d.date.is_none() || refines) {
                    d.date = date.cloned();
                    d.explicit = true;
                }
                // One place's delegation visiting another is a visit, whatever else it held.
                if kind == EventKind::Visit && d.parties.iter().all(|e| is_home(lex.kind(*e))) {
                    d.kind = EventKind::Visit;
                }
                i
            }
            None => {
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
                });
                let i = self.drafts.len() - 1;
                self.by_pair.entry(key).or_default().push(i);
                for e in pair {
                    self.by_party.entry(e).or_default().push(i);
                }
                i
            }
        }
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
    ) {
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
        for item in items.iter().filter(|i| !i.quoted) {
            let What::Person(p) = item.what else { continue };
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
                self.add_participant(t, p);
                self.add_sentence(t, sentence);
                if !hit.contains(&t) {
                    hit.push(t);
                }
            }
        }
        hit
    }

    fn read_sentence(&mut self, s: usize) {
        let lex = lexicon();
        let sentence = self.scan.sentences[s];
        let items: &[Item] = &self.scan.items[sentence.items.0..sentence.items.1];
        let mut occs = self.occurrences(items);
        // 赴北京拜会国家发展改革委: the place gone to is where, when a body is met there.
        if occs.iter().any(|o| !is_home(lex.kind(o.entry))) {
            for o in occs.iter_mut().filter(|o| o.destination) {
                o.location = true;
            }
        }
        let live: Vec<&Item> = items.iter().filter(|i| !i.quoted && !i.titled).collect();
        let has_trigger = live
            .iter()
            .any(|i| matches!(i.what, What::Tok(Tok::Trigger(_))));

        let mut touched_now: Vec<usize> = Vec::new();
        if !has_trigger {
            // 省领导…参加上述活动: people who took part in all the meetings told above.
            let text = &self.text[sentence.start..sentence.end];
            let has_person = items.iter().any(|i| matches!(i.what, What::Person(_)));
            if has_person && tables::ALL_ABOVE.iter().any(|w| text.contains(w)) {
                for item in items.iter().filter(|i| !i.quoted) {
                    let What::Person(p) = item.what else { continue };
                    let Some(org) = self.people[p].org else {
                        continue;
                    };
                    for d in self.by_party.get(&org).cloned().unwrap_or_default() {
                        self.add_participant(d, p);
                    }
                }
            }
            // A sentence that only goes on about the last meeting adds its people to it.
            if !self.touched.is_empty() && sentence.paragraph <= self.touched_paragraph + 1 {
                // Its speakers keep the meeting in view for what the next paragraph signs.
                let hit = self.attach_people(items, s, true);
                if !hit.is_empty() {
                    self.touched = hit;
                    self.touched_paragraph = sentence.paragraph;
                }
            }
            self.note_home(&occs);
            self.attach_quotes(items, s);
            return;
        }

        // The home side: the first province, city or corps that acts, and those listed with it.
        let mut anchor = occs.iter().find(|o| o.home && !o.location).copied();
        let mut carried: Vec<usize> = Vec::new();
        if anchor.is_none() {
            let pronoun = live.iter().any(|i| {
                i.what == What::Text
                    && ["他", "她"]
                        .iter()
                        .any(|p| self.item_text(i).starts_with(p))
            });
            // 上午，林武拜会A；下午，拜会B: a verb with no one before it goes on with the side
            // of the meeting just told in the same paragraph.
            let first_trigger = items
                .iter()
                .position(|i| !i.quoted && matches!(i.what, What::Tok(Tok::Trigger(_))));
            let subjectless = !self.touched.is_empty()
                && self.touched_paragraph == sentence.paragraph
                && first_trigger.is_some_and(|t| occs.iter().all(|o| o.at > t));
            if pronoun || subjectless {
                if let Some(home) = self.last_home {
                    // The people who acted for that side go on acting for it.
                    for &d in &self.touched {
                        for &p in &self.drafts[d].participants {
                            if self.people[p].org == Some(home) && !carried.contains(&p) {
                                carried.push(p);
                            }
                        }
                    }
                    anchor = Some(Occ {
                        entry: home,
                        at: 0,
                        span: (0, 0),
                        home: true,
                        location: false,
                        from_person: true,
                        delegation: false,
                        destination: false,
                    });
                }
            }
        }
        let mut side: Vec<Entry> = Vec::new();
        let mut side_spans: Vec<Option<(usize, usize)>> = Vec::new();
        if let Some(a) = anchor {
            side.push(a.entry);
            side_spans.push((!a.from_person).then_some(a.span));
            for o in occs.iter().filter(|o| o.at > a.at && o.home && !o.location) {
                if !side.contains(&o.entry) && self.continues_list(items, a.at, o.at) {
                    side.push(o.entry);
                    side_spans.push((!o.from_person).then_some(o.span));
                }
            }
        }
        // Explicit pairs: A与B、C与D.
        let mut pairs_written: Vec<(Occ, Occ)> = Vec::new();
        for w in occs.windows(2) {
            let (x, y) = (w[0], w[1]);
            if y.at == x.at + 2 && !x.location && !y.location && x.entry != y.entry {
                let between = items[x.at + 1];
                if between.what == What::Text
                    && matches!(self.item_text(&between), "与" | "同" | "和")
                {
                    pairs_written.push((x, y));
                }
            }
        }
        let listed_pairs = pairs_written.len() >= 2;

        // Clauses: a date starts a new one; a clause without a trigger joins the next.
        let mut bounds: Vec<usize> = vec![0];
        for (k, item) in items.iter().enumerate() {
            if matches!(item.what, What::Date(_)) && !item.quoted && k > 0 {
                bounds.push(k);
            }
        }
        bounds.push(items.len());
        let mut clauses: Vec<(usize, usize)> = Vec::new();
        let mut open = 0;
        for w in bounds.windows(2) {
            let end = w[1];
            let has = items[open..end]
                .iter()
                .any(|i| !i.quoted && !i.titled && matches!(i.what, What::Tok(Tok::Trigger(_))));
            if has || end == items.len() {
                if !has && !clauses.is_empty() {
                    clauses.last_mut().expect("clauses is not empty").1 = end;
                } else {
                    clauses.push((open, end));
                }
                open = end;
            }
        }

        let mut sentence_date: Option<EventDate> = None;
        let mut pairless = true;
        // A heading (**四川：与国铁集团举行工作会谈**) tells of a meeting the paragraph under it
        // dates: it takes no date from the meeting told before it.
        let mut vague = self.is_heading(sentence);
        for (c0, c1) in clauses {
            let clause = &items[c0..c1];
            // The date of the clause, or the one written earlier in the sentence.
            let mut date = None;
            for item in clause.iter().filter(|i| !i.quoted) {
                if let What::Date(d) = item.what {
                    if self.scan.dates[d].expr == DateExpr::Vague {
                        vague = true;
                    }
                    date = self.resolve_date(d, sentence.paragraph);
                    break;
                }
            }
            let explicit = date.is_some() || sentence_date.is_some();
            if date.is_none() {
                date = sentence_date.clone();
            }
            if date.is_some() {
                sentence_date = date.clone();
            }
            // A verb that only describes someone (来川考察的院长) is not what the clause tells,
            // unless it is the only one.
            let mut triggers: Vec<EventKind> = Vec::new();
            let mut described: Vec<EventKind> = Vec::new();
            for (k, i) in clause.iter().enumerate() {
                if let (What::Tok(Tok::Trigger(kind)), false, false) = (i.what, i.quoted, i.titled)
                {
                    if self.describes(items, c0 + k) {
                        described.push(kind);
                    } else {
                        triggers.push(kind);
                    }
                }
            }
            if triggers.is_empty() {
                triggers = described;
            }
            if triggers.is_empty() {
                continue;
            }
            let clause_occs: Vec<Occ> = occs
                .iter()
                .filter(|o| o.at >= c0 && o.at < c1)
                .copied()
                .collect();
            let delegation =
                clause_occs.iter().any(|o| o.delegation) || occs.iter().any(|o| o.delegation);
            let leader = clause.iter().find_map(|i| match i.what {
                What::Person(p) if national(&self.people[p]) => Some(p),
                _ => None,
            });

            // Which pairs met.
            let mut pairs: Vec<(Pair, PairSpans)> = Vec::new();
            // With several kinds of meeting in a clause (拜会A、B，并与C举行会谈), each counterpart's own.
            let mut own_kind: Vec<(Entry, EventKind)> = Vec::new();
            let mixed = self.mixed_triggers(items, c0, c1);
            // The Party centre meets nobody by being named (在党中央领导下); it acts through its leader.
            let counterparts: Vec<Occ> = clause_occs
                .iter()
                .filter(|o| {
                    !o.location
                        && !side.contains(&o.entry)
                        && !matches!(
                            lex.kind(o.entry),
                            PartyKind::PartyCentre | PartyKind::StateCouncil
                        )
                })
                .copied()
                .collect();
            let mut kind = triggers[0];
            if triggers.contains(&EventKind::Inspection)
                && leader.is_some()
                && counterparts.iter().all(|o| o.home)
            {
                // A leader's inspection of a place: the Party centre (or the State Council) and the place.
                let place = clause_occs.iter().find(|o| o.home).map(|o| match o.entry {
                    Entry::City(i) => lex.entry(lex.cities[i].province).unwrap_or(o.entry),
                    e => e,
                });
                let leader_roles = &self.people[leader.unwrap_or(0)].roles;
                let centre_id = if leader_roles.contains(&Role::Premier)
                    || leader_roles.contains(&Role::VicePremier)
                {
                    "国务院"
                } else {
                    "中共中央"
                };
                if let (Some(place), Some(centre)) = (
                    place,
                    lex.entry(centre_id).or_else(|| lex.entry("中共中央")),
                ) {
                    pairs.push(([centre, place], [None, None]));
                    kind = EventKind::Inspection;
                }
            } else if listed_pairs {
                for (x, y) in pairs_written
                    .iter()
                    .filter(|(x, _)| x.at >= c0 && x.at < c1)
                {
                    pairs.push(([x.entry, y.entry], [Some(x.span), Some(y.span)]));
                }
            } else if !side.is_empty() {
                let mut seen: Vec<Entry> = Vec::new();
                for o in &counterparts {
                    if seen.contains(&o.entry) {
                        continue;
                    }
                    seen.push(o.entry);
                    if let Some(k) = self.own_kind(items, c0, &mixed, o.at) {
                        own_kind.push((o.entry, k));
                    }
                    for (a, span) in side.iter().zip(&side_spans) {
                        pairs.push(([*a, o.entry], [*span, (!o.from_person).then_some(o.span)]));
                    }
                }
                if counterparts.is_empty() && side.len() >= 2 {
                    for i in 0..side.len() {
                        for j in i + 1..side.len() {
                            pairs.push(([side[i], side[j]], [side_spans[i], side_spans[j]]));
                        }
                    }
                }
            } else if triggers.contains(&EventKind::Inspection) && !counterparts.is_empty() {
                // An official's inspection of a province (部长在贵州调研): the province and the official's body.
                let place = clause_occs
                    .iter()
                    .find(|o| o.location)
                    .map(|o| match o.entry {
                        Entry::City(i) => lex.entry(lex.cities[i].province).unwrap_or(o.entry),
                        e => e,
                    });
                if let Some(place) = place {
                    let mut seen = Vec::new();
                    for o in counterparts.iter().filter(|o| !o.home) {
                        if !seen.contains(&o.entry) {
                            seen.push(o.entry);
                            pairs.push((
                                [place, o.entry],
                                [None, (!o.from_person).then_some(o.span)],
                            ));
                        }
                    }
                    kind = EventKind::Inspection;
                }
            } else if pairs_written.len() == 1 {
                let (x, y) = pairs_written[0];
                if x.at >= c0 && x.at < c1 {
                    pairs.push(([x.entry, y.entry], [Some(x.span), Some(y.span)]));
                }
            }
            // 教育部部长怀进鹏会见中国科学院院长侯建国: with no place on either side, the one body
            // before the verb meets those after it.
            if pairs.is_empty() && side.is_empty() && pairs_written.is_empty() {
                let verb = clause.iter().position(|i| {
                    !i.quoted
                        && matches!(
                            i.what,
                            What::Tok(Tok::Trigger(
                                EventKind::Talks | EventKind::Visit | EventKind::Symposium
                            ))
                        )
                });
                if let Some(verb) = verb.map(|v| c0 + v) {
                    let before: Vec<&Occ> = counterparts.iter().filter(|o| o.at < verb).collect();
                    let one_body = before.iter().all(|o| o.entry == before[0].entry);
                    let subject = before
                        .iter()
                        .find(|o| !o.from_person)
                        .or(before.first())
                        .filter(|_| one_body);
                    if let Some(subject) = subject {
                        let mut seen = vec![subject.entry];
                        for o in counterparts.iter().filter(|o| o.at > verb) {
                            if !seen.contains(&o.entry) {
                                seen.push(o.entry);
                                pairs.push((
                                    [subject.entry, o.entry],
                                    [
                                        (!subject.from_person).then_some(subject.span),
                                        (!o.from_person).then_some(o.span),
                                    ],
                                ));
                            }
                        }
                    }
                }
            }
            // A gathering of many (a 联席会议 of several provinces) is a conference, which makes no
            // links; a bilateral meeting called 会议 is not (GUIDE section 2).
            let only_conference = triggers.iter().all(|k| *k == EventKind::Conference);
            let mut gathered: Vec<Entry> = Vec::new();
            for e in pairs.iter().flat_map(|(p, _)| p.iter()) {
                if !gathered.contains(e) {
                    gathered.push(*e);
                }
            }
            // A session of the NPC or the CPPCC (全国人大二次会议江苏代表团) is a conference too.
            let session = gathered
                .iter()
                .any(|e| lex.kind(*e) == PartyKind::Legislature);
            if only_conference && (gathered.len() >= 3 && !delegation || session) {
                // Kept as one event of all its parties, which makes no link.
                if gathered.len() >= 3 {
                    let mut named: Vec<(Entry, Option<(usize, usize)>)> = Vec::new();
                    for (pair, spans) in &pairs {
                        for (e, span) in pair.iter().zip(spans) {
                            match named.iter_mut().find(|(n, _)| n == e) {
                                Some(slot) => slot.1 = slot.1.or(*span),
                                None => named.push((*e, *span)),
                            }
                        }
                    }
                    let people: Vec<usize> = clause
                        .iter()
                        .filter(|i| !i.quoted)
                        .filter_map(|i| match i.what {
                            What::Person(p) => Some(p),
                            _ => None,
                        })
                        .filter(|&p| {
                            self.people[p]
                                .org
                                .is_some_and(|o| named.iter().any(|(e, _)| *e == o))
                        })
                        .collect();
                    let location = clause_occs.iter().find(|o| o.location).map(|o| o.span);
                    self.add_conference(
                        named,
                        date.as_ref(),
                        explicit || vague,
                        people,
                        s,
                        location,
                    );
                }
                pairs.clear();
            }
            if pairs.is_empty() {
                // A meeting whose other side the lexicons do not know still dates what follows (次日).
                if explicit {
                    if let Some(d) = &date {
                        self.last_date = Some(d.start);
                    }
                }
                continue;
            }
            // A province's 考察 of another province, or of a central body, is a visit; a leader's is an inspection.
            // 部长在浙江调研，省委书记会见了他: the body inspects and the province receives it.
            let inspects_at = clause.iter().position(|i| {
                !i.quoted && i.what == What::Tok(Tok::Trigger(EventKind::Inspection))
            });
            let home_inspects = !side.is_empty()
                && anchor.is_some_and(|a| inspects_at.is_none_or(|t| a.at < c0 + t));
            let visiting = delegation
                || home_inspects
                || pairs
                    .iter()
                    .any(|(p, _)| p.iter().all(|e| is_home(lex.kind(*e))));
            // A delegation received by another place: a visit, whatever it held (GUIDE section 2).
            let delegation_visit = delegation
                && pairs
                    .iter()
                    .all(|(p, _)| p.iter().all(|e| is_home(lex.kind(*e))));
            let settle = |k: EventKind| match k {
                _ if delegation_visit => EventKind::Visit,
                EventKind::Inspection if visiting => EventKind::Visit,
                EventKind::Conference => triggers
                    .iter()
                    .copied()
                    .find(|k| *k != EventKind::Conference)
                    .unwrap_or(EventKind::Talks),
                k => k,
            };
            // An official's inspection during which the place's leaders 会见 them, or sign with
            // them, is a meeting of the two; a leader's stays an inspection.
            let received = triggers
                .iter()
                .copied()
                .find(|k| matches!(k, EventKind::Talks | EventKind::Signing))
                .filter(|_| leader.is_none());
            let settle = |k: EventKind| match (settle(k), received) {
                (EventKind::Inspection, Some(r)) => r,
                (k, _) => k,
            };
            let kind = settle(kind);
            let location = clause_occs
                .iter()
                .find(|o| o.location)
                .map(|o| o.span)
                .or_else(|| {
                    clause
                        .iter()
                        .find(|i| i.what == What::Tok(Tok::Ender) && self.item_text(i) == "赴京")
                        .map(|i| (i.start + "赴".len(), i.end))
                });
            pairless = false;
            let several = pairs.len() >= 2;
            for (pair, spans) in pairs {
                if pair[0] == pair[1] {
                    continue;
                }
                let kind = own_kind
                    .iter()
                    .find(|(e, _)| pair.contains(e))
                    .map_or(kind, |(_, k)| settle(*k));
                let d = self.upsert(pair, spans, date.as_ref(), explicit, vague, kind);
                if several && explicit {
                    let draft = &mut self.drafts[d];
                    draft.summarised |= draft
                        .date
                        .as_ref()
                        .is_some_and(|x| !same_day(&x.start, &x.end));
                }
                if self.drafts[d].location.is_none() {
                    self.drafts[d].location = location;
                }
                self.add_sentence(d, s);
                for &p in &carried {
                    self.add_participant(d, p);
                }
                // Participants: people of the clause who act for one of the two parties.
                for item in clause
                    .iter()
                    .chain(items[c1..].iter())
                    .filter(|i| !i.quoted)
                {
                    if let What::Person(p) = item.what {
                        let person = &self.people[p];
                        let acts = person.org.is_some_and(|o| acts_for(o, &pair))
                            || (kind == EventKind::Inspection && national(person));
                        if acts {
                            self.add_participant(d, p);
                        }
                    }
                }
                if !touched_now.contains(&d) {
                    touched_now.push(d);
                }
                if let Some(date) = &self.drafts[d].date {
                    self.last_date = Some(date.start);
                }
            }
        }

        let opening = self.text[sentence.start..sentence.end].trim_start();
        let near = !self.touched.is_empty()
            && (sentence.paragraph <= self.touched_paragraph + 1
                || tables::MEETING_BACKREFS
                    .iter()
                    .any(|w| opening.starts_with(w)));
        if pairless {
            // People at a meeting that the sentence does not pair: they join their organisation's latest event.
            touched_now = self.attach_people(items, s, true);
            if touched_now.is_empty() {
                touched_now = self.attach_people(items, s, false);
            }
            // 会见后，双方签署了… : what is signed right after a meeting belongs to it.
            if touched_now.is_empty()
                && near
                && occs.iter().all(|o| {
                    o.location
                        || self
                            .touched
                            .iter()
                            .any(|&d| self.drafts[d].parties.contains(&o.entry))
                })
            {
                touched_now = self.touched.clone();
                // 7月6日，双方举行合作会议: the same two sides meet again on the day written.
                let again = sentence_date.clone().filter(|day| {
                    let text = &self.text[sentence.start..sentence.end];
                    tables::BOTH_SIDES.iter().any(|w| text.contains(w))
                        && items
                            .iter()
                            .any(|i| !i.quoted && matches!(i.what, What::Date(_)))
                        && touched_now.iter().all(|&d| {
                            self.drafts[d]
                                .date
                                .as_ref()
                                .is_some_and(|x| !within(&day.start, &x.start, &x.end))
                        })
                });
                let kind = live.iter().find_map(|i| match i.what {
                    What::Tok(Tok::Trigger(k)) => Some(k),
                    _ => None,
                });
                if let (Some(day), Some(kind)) = (again, kind) {
                    let kind = match kind {
                        EventKind::Conference | EventKind::Inspection => EventKind::Talks,
                        k => k,
                    };
                    let pairs: Vec<(Pair, PairSpans)> = touched_now
                        .iter()
                        .map(|&d| (self.drafts[d].parties, self.drafts[d].party_spans))
                        .collect();
                    touched_now.clear();
                    for (pair, spans) in pairs {
                        let d = self.upsert(pair, spans, Some(&day), true, false, kind);
                        if !touched_now.contains(&d) {
                            touched_now.push(d);
                        }
                        self.last_date = Some(day.start);
                    }
                }
                for &d in &touched_now {
                    self.add_sentence(d, s);
                }
            }
        }
        // Agreements signed in this sentence belong to its events.
        if !touched_now.is_empty() {
            let signing = live
                .iter()
                .any(|i| i.what == What::Tok(Tok::Trigger(EventKind::Signing)));
            let found = find_agreements(self.text, sentence.start, sentence.end, &self.scan.titles);
            if signing || !found.is_empty() {
                for a in found {
                    if inside(&self.scan.quotes, a.start) && !inside(&self.scan.titles, a.start) {
                        continue;
                    }
                    for &d in &touched_now {
                        if !self.drafts[d].agreements.contains(&(a.start, a.end)) {
                            self.drafts[d].agreements.push((a.start, a.end));
                        }
                    }
                }
            }
            self.touched = touched_now;
            self.touched_paragraph = sentence.paragraph;
        }
        self.note_home(&occs);
        self.attach_quotes(items, s);
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
    };
    for s in 0..scan.sentences.len() {
        if scan.sentences[s].start >= scan.report_end {
            break;
        }
        reader.read_sentence(s);
    }
    reader.drafts
}
