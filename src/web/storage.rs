//! What survives a reload: the text, the date and the language in localStorage, the filters in
//! the URL hash. Storage failures (quota, private mode) are ignored: the app works without them.

use crate::web::i18n::Said;
use wasm_bindgen::JsValue;

use crate::core::names::UserNames;
use crate::web::corrections::Corrections;
use crate::web::filters::Filters;
use crate::web::i18n::Lang;
use crate::web::state::{Previous, ReplacedBy};

const TEXT: &str = "huitan.text";
/// The user's own text, kept when a sample, a file, a shared link, an import or Clear replaced
/// it (see `state::Previous`), with its date and what replaced it, so that the notice offering
/// it back survives a reload.
const PREVIOUS: &str = "huitan.previous-text";
const PREVIOUS_DATE: &str = "huitan.previous-date";
const PREVIOUS_WHY: &str = "huitan.previous-why";
/// The corrections of the text and of the text put aside (JSON of `corrections::Corrections`).
const CORRECTIONS: &str = "huitan.corrections";
const PREVIOUS_CORRECTIONS: &str = "huitan.previous-corrections";
/// A kept entry that could not be read is moved here rather than overwritten.
const DAMAGED_CORRECTIONS: &str = "huitan.corrections-damaged";
const DATE: &str = "huitan.date";
const LANG: &str = "huitan.lang";
/// The user's dictionary ("My names") as JSON; a copy that could not be read is moved to
/// `NAMES_DAMAGED` rather than lost.
const NAMES: &str = "huitan.names";
const NAMES_DAMAGED: &str = "huitan.names-damaged";
/// Set while an analysis runs; still set at start-up means the last one never finished.
const BUSY: &str = "huitan.analyzing";

// Plain strings, not JSON: no serde_json in the wasm, no quoting of a 2 MB text.
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores a value; false when the browser refused (no storage, or over its quota).
fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn delete(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

pub fn load_text() -> String {
    get(TEXT).unwrap_or_default()
}

/// Saves the text; false when the browser refused (e.g. over its quota).
pub fn save_text(text: &str) -> bool {
    if text.is_empty() {
        delete(TEXT);
        return true;
    }
    set(TEXT, text)
}

/// Keeps a text aside, or forgets the one kept with `None`; false when it could not be kept.
pub fn save_previous(previous: Option<&Previous>) -> bool {
    let Some(p) = previous else {
        for key in [PREVIOUS, PREVIOUS_DATE, PREVIOUS_WHY] {
            delete(key);
        }
        return true;
    };
    set(PREVIOUS, &p.text)
        && set(PREVIOUS_DATE, &p.reference_date)
        && set(PREVIOUS_WHY, p.why.as_str())
}

/// The text kept aside by [`save_previous`], if any.
pub fn load_previous() -> Option<Previous> {
    let text = get(PREVIOUS).filter(|t| !t.is_empty())?;
    Some(Previous {
        text: text.into(),
        reference_date: get(PREVIOUS_DATE).unwrap_or_default(),
        // Kept by an earlier version (a shared link was the only reason then).
        why: get(PREVIOUS_WHY)
            .and_then(|w| ReplacedBy::parse(&w))
            .unwrap_or(ReplacedBy::Link),
    })
}

/// Keeps the corrections of the text; false when the browser refused.
pub fn save_corrections(corrections: &Corrections) -> bool {
    if corrections.is_empty() {
        delete(CORRECTIONS);
        return true;
    }
    set(CORRECTIONS, &corrections.to_json())
}

/// Keeps the corrections of the text put aside (or forgets them with `None`).
pub fn save_previous_corrections(corrections: Option<&Corrections>) -> bool {
    match corrections.filter(|c| !c.is_empty()) {
        Some(c) => set(PREVIOUS_CORRECTIONS, &c.to_json()),
        None => {
            delete(PREVIOUS_CORRECTIONS);
            true
        }
    }
}

/// Reads one kept entry of corrections; a damaged one is moved aside (never overwritten by the
/// next save) and its error sentence returned.
fn load_kept(key: &str) -> Result<Option<Corrections>, Said> {
    let Some(json) = get(key) else {
        return Ok(None);
    };
    Corrections::from_json(&json).map(Some).map_err(|e| {
        set(DAMAGED_CORRECTIONS, &json);
        delete(key);
        e.then(&Said::new(
            "它们已被另存，会见按分析结果显示。",
            "They were set aside, and the meetings are shown as extracted.",
        ))
    })
}

/// The corrections of the text and of the text put aside, and why kept ones could not be read.
pub fn load_corrections() -> (Corrections, Option<Corrections>, Option<Said>) {
    let (current, problem) = match load_kept(CORRECTIONS) {
        Ok(c) => (c.unwrap_or_default(), None),
        Err(e) => (Corrections::default(), Some(e)),
    };
    let previous = load_kept(PREVIOUS_CORRECTIONS).ok().flatten();
    (current, previous, problem)
}

pub fn load_date() -> String {
    get(DATE).unwrap_or_default()
}

pub fn save_date(date: &str) {
    set(DATE, date);
}

/// The language the user chose, else on a first visit the browser's: English when the
/// browser prefers English to Chinese, Chinese otherwise.
pub fn load_lang() -> Lang {
    get(LANG)
        .and_then(|s| Lang::parse(&s))
        .unwrap_or_else(browser_lang)
}

fn browser_lang() -> Lang {
    let languages = gloo::utils::window().navigator().languages();
    let preferred = languages.iter().filter_map(|l| l.as_string());
    Lang::preferred(preferred)
}

pub fn save_lang(lang: Lang) {
    set(LANG, lang.as_str());
}

/// The user's dictionary kept by [`save_names`]; empty when none, or when the kept copy is
/// damaged (it is then kept aside under another key, never overwritten).
pub fn load_names() -> UserNames {
    let json = get(NAMES).unwrap_or_default();
    UserNames::from_json(&json).unwrap_or_else(|_| {
        set(NAMES_DAMAGED, &json);
        delete(NAMES);
        UserNames::default()
    })
}

/// Keeps the dictionary; false when the browser refused.
pub fn save_names(names: &UserNames) -> bool {
    if names.is_empty() {
        delete(NAMES);
        return true;
    }
    set(NAMES, &names.to_json())
}

/// Marks the start of an analysis.
pub fn begin_analysis() {
    set(BUSY, "1");
}

/// Marks its end.
pub fn end_analysis() {
    delete(BUSY);
}

/// Whether the last analysis of an earlier page load never finished (and clears the mark).
pub fn take_interrupted() -> bool {
    let busy = get(BUSY).is_some();
    end_analysis();
    busy
}

/// Forgets everything this app stored (for tests).
pub fn clear_all() {
    for key in [
        TEXT,
        PREVIOUS,
        CORRECTIONS,
        PREVIOUS_CORRECTIONS,
        DAMAGED_CORRECTIONS,
        PREVIOUS_DATE,
        PREVIOUS_WHY,
        DATE,
        LANG,
        BUSY,
        NAMES,
        NAMES_DAMAGED,
    ] {
        delete(key);
    }
}

pub fn read_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

pub fn read_hash_filters() -> Filters {
    Filters::from_hash(&read_hash())
}

/// The page's address without its hash: the base of share links.
pub fn page_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Puts the filters in the URL hash without adding a history entry.
pub fn write_hash_filters(filters: &Filters) {
    let window = gloo::utils::window();
    let location = window.location();
    let hash = filters.to_hash();
    if location.hash().unwrap_or_default().trim_start_matches('#') == hash {
        return;
    }
    let url = if hash.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// After a panic: tells the user, in the page, that the text is safe and to reload.
pub fn show_fatal() {
    let document = gloo::utils::document();
    if document.get_element_by_id("fatal").is_some() {
        return;
    }
    if let Ok(el) = document.create_element("p") {
        el.set_id("fatal");
        el.set_class_name("fatal");
        let _ = el.set_attribute("role", "alert");
        el.set_text_content(Some(
            "出错了：请重新加载页面，您的文字已保存。 Something went wrong: reload the page; your text is kept.",
        ));
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&el);
        }
    }
}
