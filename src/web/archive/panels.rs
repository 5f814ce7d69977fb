//! The archive view's smaller parts: the import's progress bar with its cancel button, the list
//! of bad records, the dialog that picks a CSV's columns, and the filters over the table.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::state::Phase;
use crate::core::archive::{CsvColumns, RecordError};
use crate::web::components::filter_bar::{filter_select, options_of, FilterSelectAt};
use crate::web::filters::{FilterField, Filters};
use crate::web::said::Lang;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub phase: Phase,
    /// Records read, when the import is done.
    pub read: usize,
    pub lang: Lang,
    pub on_cancel: Callback<()>,
}

/// "about 2 min" or "12 s", in whole units (the figure is an estimate).
fn duration(seconds: f64, lang: Lang) -> String {
    let s = seconds.max(0.0).round() as u64;
    match (lang, s >= 90) {
        (Lang::Zh, true) => format!("约 {} 分钟", (s + 30) / 60),
        (Lang::Zh, false) => format!("约 {s} 秒"),
        (Lang::En, true) => format!("about {} min", (s + 30) / 60),
        (Lang::En, false) => format!("about {s} s"),
    }
}

/// The figures beside the bar: done of total, the rate and the time left.
fn progress_words(done: usize, total: usize, seconds: f64, lang: Lang) -> String {
    let rate = if seconds > 0.5 {
        done as f64 / seconds
    } else {
        0.0
    };
    let mut words = match lang {
        Lang::Zh => format!("已读 {done} / {total} 篇"),
        Lang::En => format!("{done} of {total} articles read"),
    };
    if rate > 0.0 {
        let left = duration(total.saturating_sub(done) as f64 / rate, lang);
        words.push_str(&match lang {
            Lang::Zh => format!(" · 每秒 {} 篇 · 剩余{left}", rate.round()),
            Lang::En => format!(" · {} articles/s · {left} left", rate.round()),
        });
    }
    words
}

#[function_component(ImportProgress)]
pub fn import_progress(props: &ProgressProps) -> Html {
    let lang = props.lang;
    let (done, total, words, reading) = match &props.phase {
        Phase::Reading {
            done,
            total,
            started,
            now,
        } => {
            let words = progress_words(*done, *total, (now - started) / 1000.0, lang);
            (*done, *total, words, true)
        }
        Phase::Ready => {
            let n = props.read;
            let words = match lang {
                Lang::Zh => format!("已读完 {n} 篇"),
                Lang::En => format!("All {n} articles read"),
            };
            (n, n, words, false)
        }
        _ => return html! {},
    };
    let on_cancel = props.on_cancel.clone();
    let onclick = Callback::from(move |_| on_cancel.emit(()));
    html! {
        <div class="archive-progress" data-testid="archive-progress" data-done={done.to_string()}
            data-total={total.to_string()} data-state={if reading { "reading" } else { "done" }}>
            <progress id="archive-progress-bar" max={total.max(1).to_string()} value={done.to_string()}
                aria-describedby="archive-progress-words" />
            <span id="archive-progress-words" role="status">{ words }</span>
            if reading {
                <button type="button" class="button" data-testid="archive-cancel" {onclick}>
                    { lang.tr("取消", "Cancel") }
                </button>
            }
        </div>
    }
}

/// Most bad records listed (the count says how many there are).
const ERRORS_SHOWN: usize = 500;

#[derive(Properties, PartialEq)]
pub struct ErrorsProps {
    pub errors: Vec<RecordError>,
    pub lang: Lang,
}

#[function_component(ImportErrors)]
pub fn import_errors(props: &ErrorsProps) -> Html {
    let lang = props.lang;
    let n = props.errors.len();
    if n == 0 {
        return html! {};
    }
    let title = match lang {
        Lang::Zh => format!("{n} 条记录无法读取（其余照常读取）"),
        Lang::En if n == 1 => "1 record could not be read (the rest was read)".to_string(),
        Lang::En => format!("{n} records could not be read (the rest was read)"),
    };
    html! {
        <section class="import-errors" data-testid="import-errors" aria-labelledby="import-errors-title">
            <h3 id="import-errors-title">{ title }</h3>
            <ul>
                { for props.errors.iter().take(ERRORS_SHOWN).map(|e| html! {
                    <li data-line={e.line.to_string()}>
                        if lang == Lang::Zh { { format!("第 {} 行：", e.line) } }
                        <span lang="en">{ e.message.clone() }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ColumnsProps {
    pub headers: Vec<String>,
    pub lang: Lang,
    pub on_choose: Callback<CsvColumns>,
}

/// The fields a user picks a column for, with their labels.
fn fields(lang: Lang) -> [(&'static str, &'static str); 5] {
    [
        ("text", lang.tr("正文（必选）", "Text (required)")),
        ("date", lang.tr("日期", "Date")),
        ("title", lang.tr("标题", "Title")),
        ("url", lang.tr("链接", "URL")),
        ("source", lang.tr("来源", "Source")),
    ]
}

fn chosen(field: &str) -> Option<usize> {
    let el = gloo::utils::document().get_element_by_id(&format!("csv-column-{field}"))?;
    let value = wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(el)
        .ok()?
        .value();
    value.parse().ok()
}

/// Asks which column holds each field when no header names the text.
#[function_component(CsvColumnsDialog)]
pub fn csv_columns_dialog(props: &ColumnsProps) -> Html {
    let lang = props.lang;
    let on_choose = props.on_choose.clone();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let columns = CsvColumns {
            text: chosen("text"),
            date: chosen("date"),
            url: chosen("url"),
            title: chosen("title"),
            source: chosen("source"),
        };
        if columns.text.is_some() {
            on_choose.emit(columns);
        }
    });
    html! {
        <form class="csv-columns" data-testid="csv-columns" role="dialog" aria-labelledby="csv-columns-title" {onsubmit}>
            <h3 id="csv-columns-title">{ lang.tr("选择 CSV 的列", "Choose the CSV's columns") }</h3>
            <p class="hint">{ lang.tr("没有找到正文列：请指出哪一列是文章正文。", "No column is named as the text: say which column holds the articles.") }</p>
            { for fields(lang).into_iter().map(|(field, label)| {
                let id = format!("csv-column-{field}");
                html! {
                    <label class="filter" for={id.clone()}>
                        <span>{ label }</span>
                        <select id={id} data-field={field} required={field == "text"}>
                            <option value="">{ lang.tr("（无）", "(none)") }</option>
                            { for props.headers.iter().enumerate().map(|(i, h)| html! {
                                <option value={i.to_string()}>{ if h.trim().is_empty() { format!("#{}", i + 1) } else { h.clone() } }</option>
                            }) }
                        </select>
                    </label>
                }
            }) }
            <button type="submit" class="button" data-testid="csv-columns-read">{ lang.tr("读取", "Read") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub loaded: crate::web::shared::Shared<super::job::Loaded>,
    pub filters: Filters,
    pub lang: Lang,
    pub on_change: Callback<Filters>,
}

/// The cards' filters over the table (the review and article filters are the cards' own).
#[function_component(ArchiveFilters)]
pub fn archive_filters(props: &FiltersProps) -> Html {
    let lang = props.lang;
    let options = use_memo((props.loaded.clone(), lang), |(loaded, lang)| {
        let items = loaded
            .meetings
            .iter()
            .map(|m| (m.kind, m.parties.as_slice(), m.topics.as_slice()));
        options_of(items, *lang)
    });
    let fields = [
        (FilterField::Province, lang.tr("省份", "Province")),
        (FilterField::Counterpart, lang.tr("对方类型", "Counterpart")),
        (FilterField::Kind, lang.tr("活动类型", "Kind")),
        (FilterField::Topic, lang.tr("议题", "Topic")),
    ];
    let select = |(i, (field, label)): (usize, (FilterField, &str))| {
        let id = format!("archive-filter-{}", field.key());
        let at = FilterSelectAt {
            field,
            label,
            id: &id,
            testid: &id,
        };
        filter_select(
            at,
            options[i].clone(),
            &props.filters,
            &props.on_change,
            lang,
        )
    };
    let on_change = props.on_change.clone();
    let clear = Callback::from(move |_| on_change.emit(Filters::default()));
    html! {
        <div class="filter-bar" role="group" aria-label={lang.tr("筛选会见", "Filter the meetings")}>
            { for fields.into_iter().enumerate().map(select) }
            <button type="button" class="button button-quiet" data-testid="archive-clear-filters"
                disabled={props.filters.is_empty()} onclick={clear}>
                { lang.tr("清除筛选", "Clear filters") }
            </button>
        </div>
    }
}
