//! Corrections made by hand to the extracted meetings: deleted, edited, checked and added
//! meetings, how they are kept, and how they apply to a fresh analysis.
//!
//! Pure (no web dependency), so that it is tested natively too. A correction of an extracted
//! meeting is keyed to the meeting's evidence sentence (its text) and its parties, never to
//! its position: it survives a new analysis of the same text, and of a text edited around the
//! sentence. A correction whose meeting can no longer be found is reported as lost, not dropped.

use super::said::Said;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::{DateOut, Document, Event, EventKind, Participant, PartyRef, Span};

/// What identifies an extracted meeting across analyses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Key {
    /// The text of its first evidence sentence, trimmed.
    pub sentence: String,
    /// Its parties' ids, sorted.
    pub parties: Vec<String>,
    /// How many earlier meetings have the same sentence and parties (almost always 0).
    #[serde(default)]
    pub nth: usize,
}

/// What the edit dialog sets on a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fields {
    pub kind: EventKind,
    /// ISO, possibly partial (`2023-12-12`, `--12-12`); empty when undated.
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    pub parties: Vec<PartyRef>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub agreements: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
}

impl Fields {
    /// The fields of an existing meeting, as the dialog opens on them.
    pub fn of(event: &Event) -> Fields {
        let (start, end) = event
            .date
            .as_ref()
            .map(|d| (d.start.clone(), d.end.clone()))
            .unwrap_or_default();
        Fields {
            kind: event.kind,
            start,
            end,
            parties: event.parties.clone(),
            participants: event.participants.iter().map(|p| p.name.clone()).collect(),
            agreements: event.agreements.clone(),
            topics: event.topics.clone(),
        }
    }
}

/// The corrections of one extracted meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    pub key: Key,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub checked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Fields>,
}

impl Fix {
    fn is_empty(&self) -> bool {
        !self.deleted && !self.checked && self.fields.is_none()
    }
}

/// A meeting added by hand, with the sentence it was read from (empty when none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Added {
    pub id: u32,
    #[serde(default)]
    pub sentence: String,
    pub fields: Fields,
    #[serde(default)]
    pub checked: bool,
}

/// Every correction of one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Corrections {
    #[serde(default)]
    pub fixes: Vec<Fix>,
    #[serde(default)]
    pub added: Vec<Added>,
}

/// Where a shown meeting comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// The extraction's meeting `index`, corrected under `key` (the fix's key when one applies).
    Extracted {
        index: usize,
        key: Key,
    },
    Added(u32),
}

/// How a shown meeting stands: its origin, whether a hand changed it, whether it was checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub origin: Origin,
    pub hand: bool,
    pub checked: bool,
}

/// A correction that applies to nothing in the text any more.
#[derive(Debug, Clone, PartialEq)]
pub enum Lost {
    Fix(Fix),
    Added(Added),
}

impl Lost {
    /// The sentence it was keyed to.
    pub fn sentence(&self) -> &str {
        match self {
            Lost::Fix(f) => &f.key.sentence,
            Lost::Added(a) => &a.sentence,
        }
    }
}

/// The counts of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Shown as extracted, unchanged.
    pub extracted: usize,
    /// Extracted, then changed by hand.
    pub changed: usize,
    pub added: usize,
    pub deleted: usize,
    pub checked: usize,
}

/// The corrections applied to one analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    /// One per shown event, in the order of the shown document's events.
    pub marks: Vec<Mark>,
    /// The deleted extractions (their key and the meeting as extracted).
    pub deleted: Vec<(Key, Event)>,
    pub lost: Vec<Lost>,
}

impl Review {
    pub fn tally(&self) -> Tally {
        let mut t = Tally {
            deleted: self.deleted.len(),
            ..Tally::default()
        };
        for m in &self.marks {
            match (&m.origin, m.hand) {
                (Origin::Added(_), _) => t.added += 1,
                (_, true) => t.changed += 1,
                _ => t.extracted += 1,
            }
            t.checked += usize::from(m.checked);
        }
        t
    }
}

/// The trimmed text of an event's first evidence sentence ("" when it has none).
pub fn sentence_of<'a>(event: &Event, text: &'a str) -> &'a str {
    event
        .evidence
        .first()
        .and_then(|s| text.get(s.start..s.end))
        .unwrap_or("")
        .trim()
}

/// The keys of a document's events, in order.
pub fn keys(doc: &Document, text: &str) -> Vec<Key> {
    let mut seen: HashMap<(String, Vec<String>), usize> = HashMap::new();
    doc.events
        .iter()
        .map(|e| {
            let mut parties: Vec<String> = e.parties.iter().map(|p| p.id.clone()).collect();
            parties.sort();
            let sentence = sentence_of(e, text).to_string();
            let n = seen.entry((sentence.clone(), parties.clone())).or_insert(0);
            let key = Key {
                sentence,
                parties,
                nth: *n,
            };
            *n += 1;
            key
        })
        .collect()
}

/// The span of `sentence` in `text`, if it is there.
fn find_sentence(text: &str, sentence: &str) -> Option<Span> {
    if sentence.is_empty() {
        return None;
    }
    text.find(sentence)
        .map(|s| Span::new(s, s + sentence.len()))
}

/// The fix that applies to each event (by index into `fixes`), and the fixes that apply to
/// none. A fix applies to the event of its key; failing that (the sentence is there but the
/// core now reads other parties in it) to the first unclaimed event of the same sentence that
/// shares a party with it.
fn match_fixes(keys: &[Key], fixes: &[Fix]) -> (Vec<Option<usize>>, Vec<usize>) {
    let by_key: HashMap<&Key, usize> = keys.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let mut claimed: Vec<Option<usize>> = vec![None; keys.len()];
    let mut unmatched = Vec::new();
    for (f, fix) in fixes.iter().enumerate() {
        match by_key.get(&fix.key) {
            Some(&i) if claimed[i].is_none() => claimed[i] = Some(f),
            _ => unmatched.push(f),
        }
    }
    let mut lost = Vec::new();
    for f in unmatched {
        let key = &fixes[f].key;
        let near = keys.iter().enumerate().position(|(i, k)| {
            claimed[i].is_none()
                && k.sentence == key.sentence
                && k.parties.iter().any(|p| key.parties.contains(p))
        });
        match near {
            Some(i) => claimed[i] = Some(f),
            None => lost.push(f),
        }
    }
    (claimed, lost)
}

/// The event that `fields` describe, keeping what the dialog does not edit from `base`.
pub fn event_from(fields: &Fields, base: Option<&Event>, evidence: Vec<Span>) -> Event {
    let old_date = base.and_then(|b| b.date.as_ref());
    let end = if fields.end.trim().is_empty() {
        fields.start.trim().to_string()
    } else {
        fields.end.trim().to_string()
    };
    let date = (!fields.start.trim().is_empty()).then(|| match old_date {
        Some(d) if d.start == fields.start.trim() && d.end == end => d.clone(),
        _ => DateOut {
            start: fields.start.trim().to_string(),
            end: end.clone(),
            text: String::new(),
            time_of_day: None,
        },
    });
    let participants = fields
        .participants
        .iter()
        .map(|name| Participant {
            name: name.clone(),
            org: base
                .and_then(|b| b.participants.iter().find(|p| p.name == *name))
                .and_then(|p| p.org.clone()),
        })
        .collect();
    Event {
        kind: fields.kind,
        cameo: fields.kind.cameo().to_string(),
        date,
        parties: fields.parties.clone(),
        participants,
        agreements: fields.agreements.clone(),
        topics: fields.topics.clone(),
        location: base.and_then(|b| b.location.clone()),
        location_english: base.and_then(|b| b.location_english.clone()),
        quotes: base.map(|b| b.quotes.clone()).unwrap_or_default(),
        evidence,
        articles: base.map(|b| b.articles.clone()).unwrap_or_default(),
        rules: base.map(|b| b.rules.clone()).unwrap_or_default(),
    }
}

/// Applies `corrections` to the analysis `doc` of `text`: the document to show (the same one
/// when there is nothing to apply) and how each of its meetings stands.
pub fn apply(
    doc: &std::rc::Rc<Document>,
    text: &str,
    corrections: &Corrections,
) -> (std::rc::Rc<Document>, Review) {
    let keys = keys(doc, text);
    let (claimed, lost_fixes) = match_fixes(&keys, &corrections.fixes);
    let mut review = Review {
        lost: lost_fixes
            .into_iter()
            .map(|f| Lost::Fix(corrections.fixes[f].clone()))
            .collect(),
        ..Review::default()
    };
    let mut events = Vec::with_capacity(doc.events.len() + corrections.added.len());
    for (i, (event, key)) in doc.events.iter().zip(keys).enumerate() {
        let fix = claimed[i].map(|f| &corrections.fixes[f]);
        let key = fix.map_or(key, |f| f.key.clone());
        if fix.is_some_and(|f| f.deleted) {
            review.deleted.push((key, event.clone()));
            continue;
        }
        let fields = fix.and_then(|f| f.fields.as_ref());
        events.push(match fields {
            Some(fields) => event_from(fields, Some(event), event.evidence.clone()),
            None => event.clone(),
        });
        review.marks.push(Mark {
            origin: Origin::Extracted { index: i, key },
            hand: fields.is_some(),
            checked: fix.is_some_and(|f| f.checked),
        });
    }
    for added in &corrections.added {
        let span = find_sentence(text, &added.sentence);
        if span.is_none() && !added.sentence.is_empty() {
            review.lost.push(Lost::Added(added.clone()));
            continue;
        }
        events.push(event_from(&added.fields, None, span.into_iter().collect()));
        review.marks.push(Mark {
            origin: Origin::Added(added.id),
            hand: true,
            checked: added.checked,
        });
    }
    if corrections.added.is_empty() && claimed.iter().all(Option::is_none) {
        return (doc.clone(), review);
    }
    let shown = Document {
        events,
        people: doc.people.clone(),
        mentions: doc.mentions.clone(),
        reference_date: doc.reference_date.clone(),
        articles: doc.articles.clone(),
    };
    (std::rc::Rc::new(shown), review)
}

/// What a hand does to one shown meeting.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Delete,
    Edit(Fields),
    /// Checked or not.
    Check(bool),
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.fixes.is_empty() && self.added.is_empty()
    }

    /// These corrections with `change` made to the shown meeting of `origin`.
    pub fn with_change(&self, origin: &Origin, change: Change) -> Corrections {
        let mut next = self.clone();
        match origin {
            Origin::Extracted { key, .. } => {
                let at = match next.fixes.iter().position(|f| f.key == *key) {
                    Some(at) => at,
                    None => {
                        next.fixes.push(Fix {
                            key: key.clone(),
                            deleted: false,
                            checked: false,
                            fields: None,
                        });
                        next.fixes.len() - 1
                    }
                };
                let fix = &mut next.fixes[at];
                match change {
                    Change::Delete => fix.deleted = true,
                    Change::Edit(fields) => fix.fields = Some(fields),
                    Change::Check(on) => fix.checked = on,
                }
                if fix.is_empty() {
                    next.fixes.remove(at);
                }
            }
            Origin::Added(id) => {
                let Some(at) = next.added.iter().position(|a| a.id == *id) else {
                    return next;
                };
                match change {
                    Change::Delete => {
                        next.added.remove(at);
                    }
                    Change::Edit(fields) => next.added[at].fields = fields,
                    Change::Check(on) => next.added[at].checked = on,
                }
            }
        }
        next
    }

    /// These corrections with a meeting added by hand from `sentence`.
    pub fn with_added(&self, sentence: &str, fields: Fields) -> Corrections {
        let mut next = self.clone();
        let id = next.added.iter().map(|a| a.id).max().map_or(1, |m| m + 1);
        next.added.push(Added {
            id,
            sentence: sentence.trim().to_string(),
            fields,
            checked: false,
        });
        next
    }

    /// These corrections with the deleted extraction of `key` shown again.
    pub fn with_restored(&self, key: &Key) -> Corrections {
        let mut next = self.clone();
        if let Some(at) = next.fixes.iter().position(|f| f.key == *key) {
            next.fixes[at].deleted = false;
            if next.fixes[at].is_empty() {
                next.fixes.remove(at);
            }
        }
        next
    }

    /// These corrections without the lost one `lost` (the user let it go).
    pub fn without(&self, lost: &Lost) -> Corrections {
        let mut next = self.clone();
        match lost {
            Lost::Fix(f) => next.fixes.retain(|x| x.key != f.key),
            Lost::Added(a) => next.added.retain(|x| x.id != a.id),
        }
        next
    }

    /// Reads corrections kept as JSON; an error sentence when they cannot be read.
    pub fn from_json(json: &str) -> Result<Corrections, Said> {
        serde_json::from_str(json).map_err(|e| {
            Said::new(
                "无法读取随这段文字保存的更正。",
                format!("The corrections kept with this text could not be read ({e})."),
            )
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }
}

/// The sentence of `text` around `span` (a selection): from after the previous sentence end to
/// its own end, trimmed. `None` when the span does not fit the text.
pub fn sentence_around(text: &str, span: Span) -> Option<Span> {
    const ENDS: [char; 6] = ['。', '！', '？', '!', '?', '\n'];
    if span.start >= span.end || text.get(span.start..span.end).is_none() {
        return None;
    }
    let start = text[..span.start]
        .rfind(|c| ENDS.contains(&c))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let tail = &text[span.end..];
    // The selection may itself end with the sentence's mark.
    let end = if text[..span.end].ends_with(|c| ENDS.contains(&c) && c != '\n') {
        span.end
    } else {
        tail.find(|c| ENDS.contains(&c)).map_or(text.len(), |i| {
            let c = tail[i..].chars().next().unwrap_or('\n');
            span.end + i + if c == '\n' { 0 } else { c.len_utf8() }
        })
    };
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

/// The kind a sentence's verb names (the first of these words that it holds).
fn kind_in(sentence: &str) -> EventKind {
    const WORDS: [(&str, EventKind); 11] = [
        ("签约", EventKind::Signing),
        ("签署", EventKind::Signing),
        ("会谈", EventKind::Talks),
        ("座谈", EventKind::Symposium),
        ("拜访", EventKind::Visit),
        ("拜会", EventKind::Visit),
        ("会见", EventKind::Talks),
        ("走访", EventKind::Visit),
        ("考察", EventKind::Inspection),
        ("调研", EventKind::Inspection),
        ("会议", EventKind::Conference),
    ];
    WORDS
        .iter()
        .find(|(w, _)| sentence.contains(w))
        .map_or(EventKind::Talks, |&(_, k)| k)
}

/// What the core read in the sentence `span` of `text`, as the dialog's fields: its parties,
/// people, first date and agreements (from the analysis' mentions, resolved in the context of
/// the whole article), and the kind its verb names.
pub fn fields_in(doc: &Document, text: &str, span: Span) -> Fields {
    use crate::core::MentionKind;
    let inside = doc
        .mentions
        .iter()
        .filter(|m| m.start >= span.start && m.end <= span.end);
    let mut fields = Fields {
        kind: kind_in(text.get(span.start..span.end).unwrap_or("")),
        start: String::new(),
        end: String::new(),
        parties: Vec::new(),
        participants: Vec::new(),
        agreements: Vec::new(),
        topics: Vec::new(),
    };
    for m in inside {
        let resolved = m.resolved.as_deref().unwrap_or(&m.text).to_string();
        match m.kind {
            MentionKind::Party if !fields.parties.iter().any(|p| p.id == resolved) => {
                fields.parties.push(party_of(doc, &resolved, m));
            }
            MentionKind::Person if !fields.participants.contains(&resolved) => {
                fields.participants.push(resolved);
            }
            MentionKind::Date if fields.start.is_empty() && resolved.contains('-') => {
                fields.start = resolved;
            }
            MentionKind::Agreement if !fields.agreements.contains(&m.text) => {
                fields.agreements.push(m.text.clone());
            }
            _ => {}
        }
    }
    fields
}

/// The party of a mention: as an event of the document names it when one does (with its kind
/// and province), else from the mention alone.
fn party_of(doc: &Document, id: &str, m: &crate::core::Mention) -> PartyRef {
    doc.events
        .iter()
        .flat_map(|e| e.parties.iter())
        .find(|p| p.id == id)
        .cloned()
        .unwrap_or_else(|| PartyRef {
            id: id.to_string(),
            name: m.text.clone(),
            english: m.english.as_deref().map(str::to_string),
            kind: if id.starts_with("CN-") {
                crate::core::PartyKind::Province
            } else {
                crate::core::PartyKind::Other
            },
            province: None,
        })
}

/// The undo and redo stacks of the corrections (whole snapshots: corrections are small).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    past: Vec<Corrections>,
    future: Vec<Corrections>,
}

/// At most this many steps are kept to undo.
pub const HISTORY_STEPS: usize = 200;

impl History {
    /// Notes that the corrections were `before` until a change (which clears the redo stack).
    pub fn record(&mut self, before: Corrections) {
        self.past.push(before);
        if self.past.len() > HISTORY_STEPS {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// The corrections to go back to from `current`, if any.
    pub fn undo(&mut self, current: &Corrections) -> Option<Corrections> {
        let back = self.past.pop()?;
        self.future.push(current.clone());
        Some(back)
    }

    pub fn redo(&mut self, current: &Corrections) -> Option<Corrections> {
        let forward = self.future.pop()?;
        self.past.push(current.clone());
        Some(forward)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::super::said::Lang;
    use super::*;
    use crate::core::PartyKind;

    fn party(id: &str) -> PartyRef {
        PartyRef {
            id: id.into(),
            name: id.into(),
            english: None,
            kind: PartyKind::Ministry,
            province: None,
        }
    }

    fn event(text: &str, sentence: &str, parties: &[&str]) -> Event {
        let start = text.find(sentence).expect(sentence);
        let mut e = event_from(
            &Fields {
                kind: EventKind::Talks,
                start: "2023-12-12".into(),
                end: String::new(),
                parties: parties.iter().map(|p| party(p)).collect(),
                participants: vec!["赵一德".into()],
                agreements: Vec::new(),
                topics: Vec::new(),
            },
            None,
            vec![Span::new(start, start + sentence.len())],
        );
        e.rules = vec!["rule".into()];
        e
    }

    const A: &str = "陕西与教育部会谈。";
    const B: &str = "陕西与交通运输部座谈。";

    fn doc(text: &str) -> Rc<Document> {
        let mut events = Vec::new();
        if text.contains(A) {
            events.push(event(text, A, &["CN-SN", "教育部"]));
        }
        if text.contains(B) {
            events.push(event(text, B, &["CN-SN", "交通运输部"]));
        }
        Rc::new(Document {
            events,
            ..Document::default()
        })
    }

    fn origin(review: &Review, i: usize) -> Origin {
        review.marks[i].origin.clone()
    }

    #[test]
    fn nothing_to_apply_shows_the_same_document() {
        let text = format!("{A}{B}");
        let d = doc(&text);
        let (shown, review) = apply(&d, &text, &Corrections::default());
        assert!(Rc::ptr_eq(&shown, &d));
        assert_eq!(review.tally().extracted, 2);
    }

    #[test]
    fn corrections_follow_their_sentence_when_the_text_changes_around_it() {
        let text = format!("{A}{B}");
        let d = doc(&text);
        let (_, review) = apply(&d, &text, &Corrections::default());
        let mut fields = Fields::of(&d.events[1]);
        fields.start = "2024-01-05".into();
        let c = Corrections::default()
            .with_change(&origin(&review, 0), Change::Delete)
            .with_change(&origin(&review, 1), Change::Edit(fields))
            .with_change(&origin(&review, 1), Change::Check(true));

        // B now comes first, with text before it: the corrections still apply to it.
        let edited = format!("前言。{B}中间。{A}");
        let (shown, review) = apply(&doc(&edited), &edited, &c);
        assert_eq!(shown.events.len(), 1);
        assert_eq!(shown.events[0].date.as_ref().unwrap().start, "2024-01-05");
        assert_eq!(&edited[shown.events[0].evidence[0].start..][..B.len()], B);
        assert_eq!(
            review.tally(),
            Tally {
                extracted: 0,
                changed: 1,
                added: 0,
                deleted: 1,
                checked: 1
            }
        );
        // A is gone from the text: its deletion is lost, not dropped.
        let (_, review) = apply(&doc(B), B, &c);
        assert_eq!(review.lost.len(), 1);
        assert_eq!(review.lost[0].sentence(), A);
        let c = c.without(&review.lost[0]);
        assert_eq!(apply(&doc(B), B, &c).1.lost, Vec::new());
    }

    #[test]
    fn added_meetings_take_their_sentence_as_evidence_and_can_be_lost() {
        let text = format!("{A}{B}");
        let fields = Fields::of(&event(&text, B, &["CN-SN", "某公司"]));
        let c = Corrections::default().with_added(B, fields);
        let (shown, review) = apply(&doc(&text), &text, &c);
        assert_eq!(shown.events.len(), 3);
        assert_eq!(
            shown.events[2].evidence,
            vec![Span::new(A.len(), text.len())]
        );
        assert_eq!(review.marks[2].origin, Origin::Added(1));
        assert!(review.marks[2].hand);
        let c = c.with_change(&Origin::Added(1), Change::Check(true));
        assert!(c.added[0].checked);
        let (_, review) = apply(&doc(A), A, &c);
        assert!(matches!(review.lost[0], Lost::Added(_)));
        let c = c.with_change(&Origin::Added(1), Change::Delete);
        assert!(c.is_empty());
    }

    #[test]
    fn a_sentence_read_with_other_parties_keeps_its_fix() {
        let text = A.to_string();
        let d = doc(&text);
        let (_, review) = apply(&d, &text, &Corrections::default());
        let c = Corrections::default().with_change(&origin(&review, 0), Change::Check(true));
        let mut other = (*d).clone();
        other.events[0].parties.push(party("中国科学院"));
        let (_, review) = apply(&Rc::new(other), &text, &c);
        assert!(review.marks[0].checked);
        assert!(review.lost.is_empty());
    }

    #[test]
    fn deleted_meetings_come_back_and_unchecking_forgets_the_fix() {
        let text = A.to_string();
        let d = doc(&text);
        let (_, review) = apply(&d, &text, &Corrections::default());
        let o = origin(&review, 0);
        let c = Corrections::default().with_change(&o, Change::Delete);
        let (_, review) = apply(&d, &text, &c);
        let key = review.deleted[0].0.clone();
        assert!(c.with_restored(&key).is_empty());
        let c = Corrections::default().with_change(&o, Change::Check(true));
        assert!(c.with_change(&o, Change::Check(false)).is_empty());
    }

    #[test]
    fn history_undoes_and_redoes_and_a_new_change_clears_redo() {
        let mut h = History::default();
        let (c0, c1) = (
            Corrections::default(),
            Corrections::default().with_added("", Fields::of(&event(A, A, &[]))),
        );
        assert!(!h.can_undo());
        h.record(c0.clone());
        assert_eq!(h.undo(&c1), Some(c0.clone()));
        assert_eq!(h.redo(&c0), Some(c1.clone()));
        assert_eq!(h.redo(&c1), None);
        h.record(c1.clone());
        assert!(h.can_undo() && !h.can_redo());
    }

    #[test]
    fn a_selection_grows_to_its_sentence_and_the_core_reading_fills_the_fields() {
        use crate::core::{Mention, MentionKind};
        let text = format!("{A}{B}");
        let at = text.find("交通").unwrap();
        let span = sentence_around(&text, Span::new(at, at + 6)).unwrap();
        assert_eq!(&text[span.start..span.end], B);
        let whole = sentence_around(&text, Span::new(0, A.len())).unwrap();
        assert_eq!(&text[whole.start..whole.end], A);
        assert_eq!(sentence_around(&text, Span::new(3, 3)), None);
        let mention = |needle: &str, kind, resolved: &str| {
            let s = A.len() + B.find(needle).unwrap();
            Mention {
                kind,
                text: needle.into(),
                start: s,
                end: s + needle.len(),
                resolved: Some(resolved.to_string().into()),
                english: None,
            }
        };
        let mut d = (*doc(&text)).clone();
        d.mentions = vec![
            mention("陕西", MentionKind::Party, "CN-SN"),
            mention("交通运输部", MentionKind::Party, "交通运输部"),
            mention("陕西", MentionKind::Party, "CN-SN"),
        ];
        let f = fields_in(&d, &text, span);
        assert_eq!(f.kind, EventKind::Symposium);
        let ids: Vec<&str> = f.parties.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["CN-SN", "交通运输部"]);
    }

    #[test]
    fn kept_corrections_round_trip_and_bad_ones_say_so() {
        let c = Corrections::default().with_added(A, Fields::of(&event(A, A, &["CN-SN"])));
        assert_eq!(Corrections::from_json(&c.to_json()), Ok(c));
        let err = Corrections::from_json("{not json").unwrap_err();
        assert!(err.get(Lang::En).starts_with("The corrections"), "{err:?}");
        assert!(err.get(Lang::Zh).contains("更正"), "{err:?}");
    }
}
