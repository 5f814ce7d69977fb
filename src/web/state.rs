//! The app's one state, changed only through [`Action`]s (Yew's `use_reducer`).
//!
//! The reducer is pure apart from calling the extraction core: saving to localStorage, the URL
//! hash and timers live in the `App` component's effects.

use crate::web::i18n::Said;
use std::collections::HashMap;
use std::rc::Rc;

use yew::Reducible;

use crate::core::names::UserNames;
use crate::core::{parse_iso_date, Document};
use crate::web::corrections::{apply, Change, Corrections, Fields, History, Key, Review};
use crate::web::filters::Filters;
use crate::web::i18n::Lang;
use crate::web::sample::{SAMPLE_ARTICLE, SAMPLE_DATE};

/// Above this many bytes the text is kept but not analysed (memory stays bounded).
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Above this many bytes a text is big: its analysis shows a progress bar and a cancel button,
/// its results are drawn a page at a time. (Every text is analysed in the worker.)
pub const BIG_TEXT: usize = 200 * 1024;

/// Where the analysis of the current text stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// No text.
    Empty,
    /// The text changed; the analysis waits for the user to pause typing.
    Pending,
    /// The worker is analysing the text (see `job`); the share done so far, 0.0 to 1.0.
    Analysing(f64),
    /// `doc` is the analysis of `analyzed_text`.
    Ready,
    /// The text could not be analysed; the message says why (the text is kept).
    Error(ErrorKind),
}

/// Why an analysis did not run.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// The text is longer than [`MAX_INPUT_BYTES`] (its length in bytes).
    TooLong(usize),
    /// The publication date field holds something that is not a date.
    BadDate(String),
    /// The analysis of this text did not finish on the last page load; it waits for an edit.
    Interrupted,
    /// The user stopped the analysis of a big text.
    Cancelled,
    /// The worker failed; the sentence says how.
    Failed(Said),
}

/// What replaced or cleared the user's text (the notice over the input says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplacedBy {
    Sample,
    File,
    Link,
    Import,
    Clear,
    /// Bringing a text back puts the one it replaces aside in turn, so nothing is lost either way.
    Restore,
    /// HTML source was pasted and read as the page's text: the markup as pasted is kept aside.
    Html,
}

impl ReplacedBy {
    /// Its name in localStorage.
    pub fn as_str(self) -> &'static str {
        match self {
            ReplacedBy::Sample => "sample",
            ReplacedBy::File => "file",
            ReplacedBy::Link => "link",
            ReplacedBy::Import => "import",
            ReplacedBy::Clear => "clear",
            ReplacedBy::Restore => "restore",
            ReplacedBy::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Option<ReplacedBy> {
        [
            ReplacedBy::Sample,
            ReplacedBy::File,
            ReplacedBy::Link,
            ReplacedBy::Import,
            ReplacedBy::Clear,
            ReplacedBy::Restore,
            ReplacedBy::Html,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// The user's text as it was before a sample, a file, a link, an import or Clear replaced it,
/// with its publication date: one click brings both back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    pub text: Rc<str>,
    pub reference_date: String,
    pub why: ReplacedBy,
}

/// Where the text came from, when files brought it: each file's name and the encoding it was
/// read in, in the order opened. The line under the input and the printed header say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub files: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// What the user typed or pasted, exactly. Shared, as every action copies the state and
    /// every render passes the text on: a 5 MB paste must not be copied or compared each time.
    pub text: Rc<str>,
    /// The publication date field, `YYYY-MM-DD` or empty.
    pub reference_date: String,
    pub lang: Lang,
    pub filters: Filters,
    /// The text that `doc` was computed from (spans point into it).
    pub analyzed_text: Rc<str>,
    /// The document shown: the extraction with the corrections applied (see `corrections`).
    pub doc: Rc<Document>,
    /// The extraction core's document of `analyzed_text`, as the worker gave it.
    pub extracted: Rc<Document>,
    /// The corrections made by hand to this text's meetings (kept with the text).
    pub corrections: Rc<Corrections>,
    /// How each shown meeting stands, the deleted ones and the corrections that apply to nothing.
    pub review: Rc<Review>,
    /// The undo and redo stacks of `corrections`.
    pub history: Rc<History>,
    /// The corrections of the text put aside (`previous`), which come back with it.
    pub previous_corrections: Option<Rc<Corrections>>,
    /// Why corrections kept in the browser or brought by an import or a link could not be read.
    pub corrections_problem: Option<Said>,
    pub status: Status,
    /// The index in `doc.events` of the card the user picked.
    pub selected: Option<usize>,
    /// The worker job analysing `text`, while there is one (the App runs it in an effect).
    pub job: Option<u32>,
    /// The last job number handed out.
    pub jobs: u32,
    /// People's names in pinyin, as the pinyin worker gave them (English interface).
    pub pinyin: Rc<HashMap<String, String>>,
    /// The text put aside by the last replacement, until it is brought back or discarded.
    pub previous: Option<Rc<Previous>>,
    /// Counts the changes of the text or of `previous` made other than by typing: on each, the
    /// App writes both to localStorage (the previous one first, so that a crash loses neither).
    pub saves: u32,
    /// The user's own organisations and people ("My names"), read in every analysis.
    pub names: Rc<UserNames>,
    /// Where the text came from, when files brought it (see [`Origin`]).
    pub origin: Option<Rc<Origin>>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            text: Rc::from(""),
            reference_date: String::new(),
            lang: Lang::Zh,
            filters: Filters::default(),
            analyzed_text: Rc::from(""),
            doc: Rc::new(Document::default()),
            extracted: Rc::new(Document::default()),
            corrections: Rc::default(),
            review: Rc::default(),
            history: Rc::default(),
            previous_corrections: None,
            corrections_problem: None,
            status: Status::Empty,
            selected: None,
            job: None,
            jobs: 0,
            pinyin: Rc::default(),
            previous: None,
            saves: 0,
            names: Rc::default(),
            origin: None,
        }
    }
}

impl AppState {
    /// A state with restored input, analysed at once unless the last analysis was `interrupted`.
    pub fn restored(
        text: String,
        reference_date: String,
        lang: Lang,
        filters: Filters,
        interrupted: bool,
    ) -> Self {
        let mut state = AppState {
            text: Rc::from(text),
            reference_date,
            lang,
            filters,
            ..AppState::default()
        };
        if interrupted && !state.text.trim().is_empty() {
            state.status = Status::Error(ErrorKind::Interrupted);
            return state;
        }
        state.analyzed()
    }

    /// This state with the user's dictionary (from localStorage); the analysis to come uses it.
    pub fn with_names(mut self, names: UserNames) -> Self {
        self.names = Rc::new(names);
        self
    }

    /// This state with a text put aside earlier (from localStorage).
    pub fn with_previous(mut self, previous: Option<Previous>) -> Self {
        self.previous = previous.map(Rc::new);
        self
    }

    /// This state with the corrections kept with its text and with the text put aside, and why
    /// kept ones could not be read (they are not applied then).
    pub fn with_corrections(
        mut self,
        current: Corrections,
        previous: Option<Corrections>,
        problem: Option<Said>,
    ) -> Self {
        self.corrections = Rc::new(current);
        self.previous_corrections = previous.map(Rc::new);
        self.corrections_problem = problem;
        self.reapplied()
    }

    /// This state with the corrections applied again to the extraction.
    fn reapplied(mut self) -> Self {
        let (doc, review) = apply(&self.extracted, &self.analyzed_text, &self.corrections);
        self.selected = self.selected.filter(|&i| i < doc.events.len());
        self.doc = doc;
        self.review = Rc::new(review);
        self
    }

    /// This state with `next` in place of the corrections, as one step to undo.
    fn corrected(mut self, next: Corrections) -> Self {
        if next == *self.corrections {
            return self;
        }
        let mut history = (*self.history).clone();
        history.record((*self.corrections).clone());
        self.history = Rc::new(history);
        self.corrections = Rc::new(next);
        self.reapplied()
    }

    /// Whether the text waits for an analysis that [`Action::Analyze`] would run.
    pub fn needs_analysis(&self) -> bool {
        matches!(self.status, Status::Pending)
    }

    /// This state with `text` and `reference_date` in place of the current ones, analysed. The
    /// current text is put aside first when it is the user's own: not empty, not the same, and
    /// not the sample (one click loads that again). Otherwise an earlier one stays aside.
    fn replaced(mut self, text: Rc<str>, reference_date: String, why: ReplacedBy) -> Self {
        let own =
            !self.text.trim().is_empty() && self.text != text && &*self.text != SAMPLE_ARTICLE;
        if own {
            self.previous = Some(Rc::new(Previous {
                text: self.text.clone(),
                reference_date: self.reference_date.clone(),
                why,
            }));
            self.previous_corrections = Some(self.corrections.clone());
        }
        // Corrections belong to their text: the new one starts with none (an import or a link
        // brings its own with `SetCorrections`; `Restore` brings back those of its text).
        if self.text != text {
            self.corrections = Rc::default();
            self.history = Rc::default();
        }
        self.text = text;
        self.reference_date = reference_date;
        self.origin = None;
        self.saves += 1;
        self.analyzed()
    }

    /// This state with a new analysis of `text` under way (or the reason why not).
    fn analyzed(mut self) -> Self {
        self.selected = None;
        self.job = None;
        if self.text.trim().is_empty() {
            self.analyzed_text = Rc::from("");
            self.extracted = Rc::new(Document::default());
            self.status = Status::Empty;
            return self.reapplied();
        }
        if self.text.len() > MAX_INPUT_BYTES {
            self.status = Status::Error(ErrorKind::TooLong(self.text.len()));
            return self;
        }
        let date = self.reference_date.trim();
        if !date.is_empty() && parse_iso_date(date).is_err() {
            self.status = Status::Error(ErrorKind::BadDate(date.to_string()));
            return self;
        }
        // The App's effect hands the text to the worker for this job.
        self.jobs += 1;
        self.job = Some(self.jobs);
        self.status = Status::Analysing(0.0);
        self
    }
}

/// Everything that can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text changed (typing, paste, drop, sample); analysis waits for [`Action::Analyze`].
    SetText(String),
    /// The text changed and is analysed at once (paste, dropped file, sample).
    SetTextNow(String),
    /// The publication date changed (analysed at once).
    SetReferenceDate(String),
    /// Analyse the current text.
    Analyze,
    /// Empty the text (the date and the other settings stay); the text is put aside.
    Clear,
    /// Put the sample article and its date in, analysed at once; the text is put aside.
    LoadSample,
    /// The text of opened or dropped files replaces the text (put aside), analysed at once.
    OpenFile(String),
    /// Bring back the text put aside (and its date), putting the current one aside in its place.
    Restore,
    /// Where the text just opened came from (after [`Action::OpenFile`]).
    SetOrigin(Option<Origin>),
    /// HTML source was pasted: `text` (the textarea with the page's text in place of the
    /// markup) is analysed at once, `raw` (as it would have been) is put aside.
    PasteHtml {
        raw: String,
        text: String,
    },
    /// Forget the text put aside (the user said so).
    DiscardPrevious,
    SetLang(Lang),
    /// Replace all filters (e.g. from the URL hash).
    SetFilters(Filters),
    /// Pick a card (by index in `doc.events`), or none; picking the picked one again unpicks it.
    Select(Option<usize>),
    /// The worker job `.0` has done this share of its work.
    Progress(u32, f64),
    /// The worker job `.0` finished with this document of `text`.
    Finished(u32, Rc<Document>),
    /// The worker job `.0` failed (a sentence for the user).
    Failed(u32, Said),
    /// Stop the running worker job; the text stays.
    Cancel,
    /// Names in pinyin from the pinyin worker.
    AddPinyin(HashMap<String, String>),
    /// The user's dictionary changed (an entry added or removed, a file imported): the text is
    /// analysed again with it.
    SetNames(UserNames),
    /// A shared link's dictionary: its entries that the user's lacks are added.
    MergeNames(UserNames),
    /// Open a shared link or an imported file: text, date, and optionally filters and language.
    /// The text it replaces is put aside.
    Open {
        text: String,
        reference_date: String,
        filters: Option<Filters>,
        lang: Option<Lang>,
        why: ReplacedBy,
    },
    /// A hand changes the shown meeting of this index (in `doc.events`).
    Correct(usize, Change),
    /// A hand adds a meeting, read from this sentence of the text (or from none: "").
    AddMeeting {
        sentence: String,
        fields: Fields,
    },
    /// Show again the deleted extraction of this key.
    RestoreDeleted(Key),
    /// Let go of the lost correction of this index (in `review.lost`).
    ForgetLost(usize),
    Undo,
    Redo,
    /// Corrections brought by an import or a share link, or why they could not be read.
    SetCorrections(Result<Corrections, Said>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::SetText(text) => {
                if *text == *self.text {
                    return self;
                }
                next.job = None;
                next.status = if text.trim().is_empty() {
                    Status::Empty
                } else {
                    Status::Pending
                };
                next.text = Rc::from(text);
                next
            }
            Action::SetTextNow(text) => {
                next.text = Rc::from(text);
                next.analyzed()
            }
            Action::SetReferenceDate(date) => {
                next.reference_date = date;
                next.analyzed()
            }
            Action::Analyze => next.analyzed(),
            Action::Correct(..)
            | Action::AddMeeting { .. }
            | Action::RestoreDeleted(_)
            | Action::ForgetLost(_)
            | Action::Undo
            | Action::Redo
            | Action::SetCorrections(_) => return self.correct(action),
            Action::Clear
            | Action::LoadSample
            | Action::OpenFile(_)
            | Action::Restore
            | Action::DiscardPrevious
            | Action::PasteHtml { .. }
            | Action::Open { .. } => return self.replace_text(action),
            Action::SetOrigin(origin) => {
                next.origin = origin.map(Rc::new);
                next
            }
            Action::SetLang(lang) => {
                if lang == self.lang {
                    return self;
                }
                next.lang = lang;
                next
            }
            Action::SetFilters(filters) => {
                if filters == self.filters {
                    return self;
                }
                next.filters = filters;
                next
            }
            Action::Progress(id, share) => {
                if self.job != Some(id) {
                    return self;
                }
                next.status = Status::Analysing(share.clamp(0.0, 1.0));
                next
            }
            Action::Finished(id, doc) => {
                if self.job != Some(id) {
                    return self;
                }
                next.job = None;
                next.analyzed_text = self.text.clone();
                next.extracted = doc;
                next.status = Status::Ready;
                next.reapplied()
            }
            Action::Failed(id, message) => {
                if self.job != Some(id) {
                    return self;
                }
                next.job = None;
                next.status = Status::Error(ErrorKind::Failed(message));
                next
            }
            Action::AddPinyin(found) => {
                if found.is_empty() {
                    return self;
                }
                let mut all = (*self.pinyin).clone();
                all.extend(found);
                next.pinyin = Rc::new(all);
                next
            }
            Action::MergeNames(theirs) => {
                let names = self.names.merged(&theirs);
                return self.reduce(Action::SetNames(names));
            }
            Action::SetNames(names) => {
                if names == *self.names {
                    return self;
                }
                next.names = Rc::new(names);
                match self.status {
                    Status::Error(ErrorKind::TooLong(_) | ErrorKind::BadDate(_)) => next,
                    _ => next.analyzed(),
                }
            }
            Action::Cancel => {
                if self.job.is_none() {
                    return self;
                }
                next.job = None;
                next.status = Status::Error(ErrorKind::Cancelled);
                next
            }
            Action::Select(None) if self.selected.is_none() => return self,
            Action::Select(sel) => {
                next.selected = match sel {
                    Some(i) if i < self.doc.events.len() && self.selected != Some(i) => Some(i),
                    _ => None,
                };
                next
            }
        };
        Rc::new(next)
    }
}

impl AppState {
    /// The actions that replace or clear the text, or the one put aside (see `replaced`).
    fn replace_text(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::Clear => {
                let date = next.reference_date.clone();
                next.replaced(Rc::from(""), date, ReplacedBy::Clear)
            }
            Action::LoadSample => next.replaced(
                Rc::from(SAMPLE_ARTICLE),
                SAMPLE_DATE.to_string(),
                ReplacedBy::Sample,
            ),
            Action::OpenFile(text) => {
                let date = next.reference_date.clone();
                next.replaced(Rc::from(text), date, ReplacedBy::File)
            }
            Action::Restore => {
                let Some(previous) = next.previous.take() else {
                    return self;
                };
                let (text, date) = (previous.text.clone(), previous.reference_date.clone());
                let corrections = next.previous_corrections.take().unwrap_or_default();
                let mut next = next.replaced(text, date, ReplacedBy::Restore);
                next.corrections = corrections;
                next
            }
            Action::PasteHtml { raw, text } => {
                // The markup as pasted is a text of its own, with no corrections; those of the
                // text pasted into stay with it (they follow its sentences).
                next.previous = Some(Rc::new(Previous {
                    text: Rc::from(raw),
                    reference_date: next.reference_date.clone(),
                    why: ReplacedBy::Html,
                }));
                next.previous_corrections = Some(Rc::default());
                next.text = Rc::from(text);
                next.origin = None;
                next.saves += 1;
                next.analyzed()
            }
            Action::DiscardPrevious => {
                if self.previous.is_none() {
                    return self;
                }
                next.previous = None;
                next.previous_corrections = None;
                next.saves += 1;
                next
            }
            Action::Open {
                text,
                reference_date,
                filters,
                lang,
                why,
            } => {
                if let Some(filters) = filters {
                    next.filters = filters;
                }
                if let Some(lang) = lang {
                    next.lang = lang;
                }
                next.replaced(Rc::from(text), reference_date, why)
            }
            _ => return self,
        };
        Rc::new(next)
    }
}

impl AppState {
    /// The actions on the corrections (see `corrections`); each change is one step to undo.
    fn correct(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone();
        let c = &self.corrections;
        let next = match action {
            Action::Correct(i, change) => {
                let Some(mark) = self.review.marks.get(i) else {
                    return self;
                };
                next.corrected(c.with_change(&mark.origin, change))
            }
            Action::AddMeeting { sentence, fields } => {
                next.corrected(c.with_added(&sentence, fields))
            }
            Action::RestoreDeleted(key) => next.corrected(c.with_restored(&key)),
            Action::ForgetLost(i) => {
                let Some(lost) = self.review.lost.get(i) else {
                    return self;
                };
                next.corrected(c.without(lost))
            }
            Action::Undo | Action::Redo => {
                let mut history = (*self.history).clone();
                let moved = if action == Action::Undo {
                    history.undo(c)
                } else {
                    history.redo(c)
                };
                let Some(corrections) = moved else {
                    return self;
                };
                let mut next = next;
                next.history = Rc::new(history);
                next.corrections = Rc::new(corrections);
                next.reapplied()
            }
            Action::SetCorrections(Ok(corrections)) => {
                let mut next = next;
                next.corrections = Rc::new(corrections);
                next.history = Rc::default();
                next.corrections_problem = None;
                next.reapplied()
            }
            Action::SetCorrections(Err(problem)) => {
                let mut next = next;
                next.corrections_problem = Some(problem);
                next
            }
            _ => return self,
        };
        Rc::new(next)
    }
}
