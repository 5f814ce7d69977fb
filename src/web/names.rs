//! People's names in pinyin for the English interface ("赵一德" → "Zhao Yide"): the surname,
//! then the given name as one word, as English-language news writes them. Runs in its own small
//! worker (src/bin/pinyin.rs), fetched only when the interface switches to English: the pinyin
//! table is some 90 KB gzip, too much for every visit. [`PinyinJob`] is the page's side.
//!
//! Minority names written with `·` are left out: their English forms come from their own
//! languages (艾尔肯·吐尼亚孜 is Erkin Tuniyaz), not from pinyin.

use std::collections::HashMap;

use js_sys::Array;
use pinyin::ToPinyin;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};
use yew::{Callback, UseReducerHandle};

use crate::web::state::{Action, AppState};

/// Two-character surnames, read as one.
const COMPOUND_SURNAMES: [&str; 16] = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "长孙", "慕容", "宇文",
    "司徒", "夏侯", "轩辕", "端木",
];

/// Surnames read otherwise than the character's usual reading.
const SURNAME_READINGS: [(char, &str); 20] = [
    ('单', "shan"),
    ('曾', "zeng"),
    ('解', "xie"),
    ('仇', "qiu"),
    ('区', "ou"),
    ('朴', "piao"),
    ('查', "zha"),
    ('盖', "ge"),
    ('覃', "qin"),
    ('缪', "miao"),
    ('种', "chong"),
    ('乐', "yue"),
    ('召', "shao"),
    ('员', "yun"),
    ('翟', "zhai"),
    ('秘', "bi"),
    ('尉', "yu"),
    ('万', "wan"),
    ('柏', "bai"),
    ('藏', "zang"),
];

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The plain pinyin of each character, or `None` if one has none.
fn syllables(chars: &str) -> Option<Vec<&'static str>> {
    chars.to_pinyin().map(|p| p.map(|p| p.plain())).collect()
}

/// "Zhao Yide" for 赵一德; `None` for minority names and names with characters that have no
/// reading.
pub fn pinyin_name(name: &str) -> Option<String> {
    if name.contains('·') || name.chars().count() < 2 {
        return None;
    }
    let split = COMPOUND_SURNAMES
        .iter()
        .find(|s| name.starts_with(*s))
        .map_or_else(
            || name.chars().next().map_or(0, char::len_utf8),
            |s| s.len(),
        );
    let (surname, given) = name.split_at(split);
    let family = match surname.chars().next() {
        Some(c) if surname.chars().count() == 1 => SURNAME_READINGS
            .iter()
            .find(|(s, _)| *s == c)
            .map(|(_, r)| r.to_string())
            .or_else(|| syllables(surname).map(|s| s.concat()))?,
        _ => syllables(surname)?.concat(),
    };
    let given = syllables(given)?.concat();
    Some(format!("{} {}", capitalised(&family), capitalised(&given)))
}

/// The pinyin worker's loader script, next to index.html (see static/pinyin-loader.js).
pub const PINYIN_WORKER_URL: &str = "./pinyin-loader.js";

/// The worker's side: answers each array of names with the array of their pinyin (`""` where
/// there is none), in the same order, after announcing `"ready"`.
pub fn run_worker() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let replier = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let Ok(names) = e.data().dyn_into::<Array>() else {
            return;
        };
        let out: Array = names
            .iter()
            .map(|n| {
                let py = n
                    .as_string()
                    .and_then(|n| pinyin_name(&n))
                    .unwrap_or_default();
                JsValue::from_str(&py)
            })
            .collect();
        let _ = replier.post_message(&out);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// The page's side: asks the pinyin worker for some names; dropping it stops the worker.
pub struct PinyinJob {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for PinyinJob {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}

impl PinyinJob {
    /// Starts the worker for `names`; `done` gets the names that have a pinyin form.
    pub fn start(names: Vec<String>, done: Callback<HashMap<String, String>>) -> Option<PinyinJob> {
        let worker = Worker::new(PINYIN_WORKER_URL).ok()?;
        let sender = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                let ask: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
                let _ = sender.post_message(&ask);
                return;
            }
            let Ok(answers) = data.dyn_into::<Array>() else {
                return;
            };
            let found = names
                .iter()
                .zip(answers.iter())
                .filter_map(|(n, a)| {
                    a.as_string()
                        .filter(|a| !a.is_empty())
                        .map(|a| (n.clone(), a))
                })
                .collect();
            done.emit(found);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(PinyinJob {
            worker,
            _on_message: on_message,
        })
    }
}

/// A job writing in pinyin those of `names` the state has none for yet, its answers added to the
/// state ([`Action::AddPinyin`]); `None` when nothing is missing. Dropping it stops the worker.
pub fn pinyin_for_missing(
    state: &UseReducerHandle<AppState>,
    names: impl IntoIterator<Item = String>,
) -> Option<PinyinJob> {
    let missing: Vec<String> = names
        .into_iter()
        .filter(|n| !state.pinyin.contains_key(n))
        .collect();
    if missing.is_empty() {
        return None;
    }
    let dispatcher = state.dispatcher();
    PinyinJob::start(
        missing,
        Callback::from(move |found| dispatcher.dispatch(Action::AddPinyin(found))),
    )
}
