//! The archive view's one state and the actions that change it (a Yew `Reducible`, as in Yew's
//! function_todomvc example): the import's progress, the table read, and what filters it.
//!
//! The table applies the cards' [`Filters`] (and the URL hash's), then the charts' picks: a
//! [`Period`] of the timeline and a [`Pick`] of the network, which those components set.

use std::rc::Rc;

use yew::Reducible;

use super::job::{Loaded, Source};
use super::picks::{Period, Pick};
use super::sort::{Column, Sort};
use crate::core::archive::{CsvColumns, Meeting};
use crate::web::filters::Filters;
use crate::web::said::Lang;
use crate::web::shared::Shared;

/// Where the import stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Nothing opened yet.
    Idle,
    /// Reading: records done of the total (0 until counted), and when it started and last moved
    /// (milliseconds since the epoch, for the rate and the time left).
    Reading {
        done: usize,
        total: usize,
        started: f64,
        now: f64,
    },
    /// A CSV whose text column the user is to choose: its header row.
    Columns(Vec<String>),
    Ready,
    Cancelled,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveState {
    pub lang: Lang,
    pub phase: Phase,
    /// The files being read or read (kept for the JSONL export, which reads them again).
    pub source: Option<Rc<Source>>,
    /// Counts the imports started: a new one restarts the worker.
    pub run: u32,
    /// The table read (compared by pointer: thousands of meetings are never compared deeply).
    pub loaded: Shared<Loaded>,
    pub filters: Filters,
    pub period: Option<Period>,
    pub pick: Option<Pick>,
    pub sort: Sort,
    /// The page of the table shown (0-based).
    pub page: usize,
    /// The meeting (index into `loaded.meetings`) whose articles are shown.
    pub open: Option<usize>,
}

impl ArchiveState {
    pub fn new(lang: Lang, filters: Filters) -> ArchiveState {
        ArchiveState {
            lang,
            phase: Phase::Idle,
            source: None,
            run: 0,
            loaded: Shared::new(Rc::new(Loaded::default())),
            filters,
            period: None,
            pick: None,
            sort: Sort::default(),
            page: 0,
            open: None,
        }
    }

    /// Whether a meeting passes the cards' filters (the charts draw these, their own picks
    /// aside, so that a picked period still shows the others to pick from).
    pub fn passes_filters(&self, m: &Meeting) -> bool {
        self.filters
            .matches_parts(m.kind, &m.parties, &m.topics, &m.articles)
    }

    /// Whether a meeting passes every filter and pick: the table's rows.
    pub fn shows(&self, m: &Meeting) -> bool {
        self.passes_filters(m)
            && self.period.as_ref().is_none_or(|p| p.contains(m))
            && self.pick.as_ref().is_none_or(|p| p.matches(m))
    }

    pub fn reading(&self) -> bool {
        matches!(self.phase, Phase::Reading { .. })
    }
}

pub enum Action {
    /// Opens an archive (in the interface's language at that moment), at `now` ms.
    Open(Source, Lang, f64),
    /// The CSV's columns as the user chose them: the import starts again with them.
    Columns(CsvColumns, f64),
    /// A CSV without a text column: its headers, for the user to choose from.
    AskColumns(Vec<String>),
    Total(usize),
    Progress(usize, f64),
    Loaded(Rc<Loaded>),
    Cancel,
    Failed(String),
    Close,
    /// The page's language changed (its toggle is the main app's).
    Lang(Lang),
    Filters(Filters),
    Period(Option<Period>),
    Pick(Option<Pick>),
    Sort(Column),
    Page(usize),
    /// Shows or hides a meeting's articles.
    Toggle(usize),
}

fn reading(now: f64) -> Phase {
    Phase::Reading {
        done: 0,
        total: 0,
        started: now,
        now,
    }
}

impl Reducible for ArchiveState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Open(source, lang, now) => {
                next = ArchiveState::new(lang, next.filters);
                next.source = Some(Rc::new(source));
                next.run = self.run + 1;
                next.phase = reading(now);
            }
            Action::Columns(columns, now) => {
                let Some(source) = &self.source else {
                    return self;
                };
                let mut source = (**source).clone();
                source.columns = Some(columns);
                next.source = Some(Rc::new(source));
                next.run += 1;
                next.phase = reading(now);
            }
            Action::AskColumns(headers) if self.reading() => next.phase = Phase::Columns(headers),
            Action::AskColumns(_) => return self,
            Action::Total(total) => match &mut next.phase {
                Phase::Reading { total: t, .. } => *t = total,
                _ => return self,
            },
            Action::Progress(done, at) => match &mut next.phase {
                Phase::Reading { done: d, now, .. } => (*d, *now) = (done, at),
                _ => return self,
            },
            Action::Loaded(loaded) if self.reading() => {
                next.loaded = Shared::new(loaded);
                next.phase = Phase::Ready;
                next.page = 0;
            }
            Action::Loaded(_) => return self,
            Action::Cancel if self.reading() => next.phase = Phase::Cancelled,
            Action::Cancel => return self,
            Action::Failed(why) => next.phase = Phase::Failed(why),
            Action::Close => next = ArchiveState::new(self.lang, next.filters),
            Action::Lang(lang) => next.lang = lang,
            Action::Filters(filters) => {
                next.filters = filters;
                next.page = 0;
            }
            Action::Period(period) => {
                next.period = period;
                next.page = 0;
            }
            Action::Pick(pick) => {
                next.pick = pick;
                next.page = 0;
            }
            Action::Sort(column) => next.sort = self.sort.clicked(column),
            Action::Page(page) => next.page = page,
            Action::Toggle(row) => {
                next.open = if self.open == Some(row) {
                    None
                } else {
                    Some(row)
                }
            }
        }
        Rc::new(next)
    }
}
