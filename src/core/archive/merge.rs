//! The archive's meetings table: every article's events merged into one row per meeting.
//!
//! A meeting that several articles report (the same parties on the same day) is one row naming
//! all of them, as the cards of a paste merge; rows keep the order in which they were first read.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Record;
use crate::core::{DateOut, Document, Event, EventKind, Participant, PartyRef, Reported};

/// One article of an archive as the table names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The line of the input where its record starts (1-based), or the file's place in a folder.
    pub line: usize,
    /// The record's title, else the article's first headline-like line.
    pub title: String,
    /// The record's date, else the article's dateline (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
}

impl ArticleMeta {
    /// What the table says of an article read from `record` at `line` into `doc`.
    pub fn new(line: usize, record: &Record, doc: &Document) -> ArticleMeta {
        let headline = doc.articles.first().map(|a| a.title.clone());
        ArticleMeta {
            line,
            title: record.title.clone().or(headline).unwrap_or_default(),
            date: record
                .reference_date()
                .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
                .or_else(|| doc.reference_date.clone()),
            url: record.url.clone(),
            source: record.source.clone(),
        }
    }
}

/// One row of the meetings table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub kind: EventKind,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<DateOut>,
    pub parties: Vec<PartyRef>,
    pub participants: Vec<Participant>,
    pub agreements: Vec<String>,
    pub topics: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<String>,
    /// The articles that report it: indices into [`Archive::articles`], in input order.
    pub articles: Vec<usize>,
}

impl Meeting {
    /// The party ids, space-separated, as the cards' `data-parties`.
    pub fn party_ids(&self) -> String {
        let ids: Vec<&str> = self.parties.iter().map(|p| p.id.as_str()).collect();
        ids.join(" ")
    }

    /// The ISO start date, empty when the meeting has none.
    pub fn start(&self) -> &str {
        self.date.as_ref().map(|d| d.start.as_str()).unwrap_or("")
    }

    fn from_event(event: Event, article: usize) -> Meeting {
        Meeting {
            kind: event.kind,
            date: event.date,
            parties: event.parties,
            participants: event.participants,
            agreements: event.agreements,
            topics: event.topics,
            location: event.location,
            articles: vec![article],
        }
    }

    /// Adds what another article says of the same meeting.
    fn absorb(&mut self, event: Event, article: usize) {
        let reported = Reported {
            participants: &mut self.participants,
            agreements: &mut self.agreements,
            topics: &mut self.topics,
        };
        reported.add(event.participants, event.agreements, event.topics);
        if self.location.is_none() {
            self.location = event.location;
        }
        if !self.articles.contains(&article) {
            self.articles.push(article);
        }
    }
}

/// The key under which two events are one meeting: the same parties on the same full day.
/// Events without a full date never merge (the same parties may meet twice in a month).
fn meeting_key(event: &Event) -> Option<(Vec<String>, String)> {
    let day = event.date.as_ref()?.start.clone();
    if day.len() < 10 || day.starts_with('-') {
        return None;
    }
    let mut ids: Vec<String> = event.parties.iter().map(|p| p.id.clone()).collect();
    ids.sort();
    Some((ids, day))
}

/// An archive read so far: its articles and its merged meetings. Adding is linear in the number
/// of events, so 10,000 articles merge as fast as they are read.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Archive {
    pub articles: Vec<ArticleMeta>,
    pub meetings: Vec<Meeting>,
    #[serde(skip)]
    at: HashMap<(Vec<String>, String), usize>,
}

impl Archive {
    /// Adds an article's document; returns the article's index.
    pub fn add(&mut self, meta: ArticleMeta, doc: Document) -> usize {
        let article = self.articles.len();
        self.articles.push(meta);
        for event in doc.events {
            let key = meeting_key(&event);
            match key.as_ref().and_then(|k| self.at.get(k)) {
                Some(&row) => self.meetings[row].absorb(event, article),
                None => {
                    if let Some(k) = key {
                        self.at.insert(k, self.meetings.len());
                    }
                    self.meetings.push(Meeting::from_event(event, article));
                }
            }
        }
        article
    }
}
