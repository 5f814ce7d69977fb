//! The app's one state, changed only through [`Action`]s (Yew's `use_reducer`).
//!
//! The reducer is pure apart from calling the extraction core: saving to localStorage, the URL
//! hash and timers live in the `App` component's effects.

use std::rc::Rc;

use yew::Reducible;

use crate::core::{analyze, parse_iso_date, Document, Options};
use crate::web::filters::Filters;
use crate::web::i18n::Lang;
use crate::web::sample::{SAMPLE_ARTICLE, SAMPLE_DATE};

/// Above this many bytes the text is kept but not analysed on the main thread.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// Where the analysis of the current text stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// No text.
    Empty,
    /// The text changed; the analysis waits for the user to pause typing.
    Pending,
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// What the user typed or pasted, exactly.
    pub text: String,
    /// The publication date field, `YYYY-MM-DD` or empty.
    pub reference_date: String,
    pub lang: Lang,
    pub filters: Filters,
    /// The text that `doc` was computed from (spans point into it).
    pub analyzed_text: Rc<str>,
    pub doc: Rc<Document>,
    pub status: Status,
    /// The index in `doc.events` of the card the user picked.
    pub selected: Option<usize>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            text: String::new(),
            reference_date: String::new(),
            lang: Lang::Zh,
            filters: Filters::default(),
            analyzed_text: Rc::from(""),
            doc: Rc::new(Document::default()),
            status: Status::Empty,
            selected: None,
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
            text,
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

    /// Whether the text waits for an analysis that [`Action::Analyze`] would run.
    pub fn needs_analysis(&self) -> bool {
        matches!(self.status, Status::Pending)
    }

    /// This state with `doc` recomputed from `text`.
    fn analyzed(mut self) -> Self {
        self.selected = None;
        if self.text.trim().is_empty() {
            self.analyzed_text = Rc::from("");
            self.doc = Rc::new(Document::default());
            self.status = Status::Empty;
            return self;
        }
        if self.text.len() > MAX_INPUT_BYTES {
            self.status = Status::Error(ErrorKind::TooLong(self.text.len()));
            return self;
        }
        let reference_date = if self.reference_date.trim().is_empty() {
            None
        } else {
            match parse_iso_date(&self.reference_date) {
                Ok(d) => Some(d),
                Err(msg) => {
                    self.status = Status::Error(ErrorKind::BadDate(msg));
                    return self;
                }
            }
        };
        let options = Options { reference_date };
        let doc = analyze(&self.text, &options);
        self.analyzed_text = Rc::from(self.text.as_str());
        self.doc = Rc::new(doc);
        self.status = Status::Ready;
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
    /// Empty the text (the date and the other settings stay).
    Clear,
    /// Put the sample article and its date in, analysed at once.
    LoadSample,
    SetLang(Lang),
    /// Replace all filters (e.g. from the URL hash).
    SetFilters(Filters),
    /// Pick a card (by index in `doc.events`), or none; picking the picked one again unpicks it.
    Select(Option<usize>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::SetText(text) => {
                if text == self.text {
                    return self;
                }
                next.status = if text.trim().is_empty() {
                    Status::Empty
                } else {
                    Status::Pending
                };
                next.text = text;
                next
            }
            Action::SetTextNow(text) => {
                next.text = text;
                next.analyzed()
            }
            Action::SetReferenceDate(date) => {
                next.reference_date = date;
                next.analyzed()
            }
            Action::Analyze => next.analyzed(),
            Action::Clear => {
                next.text.clear();
                next.analyzed()
            }
            Action::LoadSample => {
                next.text = SAMPLE_ARTICLE.to_string();
                next.reference_date = SAMPLE_DATE.to_string();
                next.analyzed()
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
