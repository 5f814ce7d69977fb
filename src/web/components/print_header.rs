//! The header that only a printout shows: the article's title, its source and address where
//! known, and the day of the analysis. The screen has these in the input; paper has only this.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::Document;
use crate::web::i18n::Lang;
use crate::web::shared::Shared;
use crate::web::state::Origin;

#[derive(Properties, PartialEq)]
pub struct PrintHeaderProps {
    pub doc: Shared<Document>,
    /// The analysed text (the source line and an address are looked for in it).
    pub text: Shared<str>,
    pub origin: Option<Rc<Origin>>,
    /// The day of the analysis, `YYYY-MM-DD`.
    pub analysed_on: AttrValue,
    pub lang: Lang,
}

/// Today in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// What follows `来源：` on a line near the top of the text (the paper or site), if any.
fn source_line(text: &str) -> Option<String> {
    text.lines().take(40).find_map(|line| {
        let (_, rest) = line.split_once("来源")?;
        let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
        let name: String = rest.split_whitespace().next()?.chars().take(40).collect();
        Some(name).filter(|n| !n.is_empty())
    })
}

/// The first web address in the text.
fn first_url(text: &str) -> Option<String> {
    let at = text.find("https://").or_else(|| text.find("http://"))?;
    let url: String = text[at..]
        .chars()
        .take_while(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>'))
        .collect();
    Some(url)
}

/// The title: the page's, else the articles' (the first three), else none.
fn title(doc: &Document, origin: Option<&Origin>) -> Option<String> {
    if let Some(t) = origin.and_then(|o| o.title.clone()) {
        return Some(t);
    }
    let titles: Vec<&str> = doc
        .articles
        .iter()
        .map(|a| a.title.trim())
        .filter(|t| !t.is_empty())
        .take(3)
        .collect();
    let more = if doc.articles.len() > titles.len() && !titles.is_empty() {
        " …"
    } else {
        ""
    };
    Some(format!("{}{more}", titles.join(" · "))).filter(|t| !t.is_empty())
}

#[function_component(PrintHeader)]
pub fn print_header(props: &PrintHeaderProps) -> Html {
    let lang = props.lang;
    let origin = props.origin.as_deref();
    let files: Vec<&str> = origin
        .map(|o| o.files.iter().map(|(n, _)| n.as_str()).collect())
        .unwrap_or_default();
    let source = if files.is_empty() {
        source_line(&props.text)
    } else {
        Some(files.join(lang.tr("、", ", ")))
    };
    let url = origin
        .and_then(|o| o.url.clone())
        .or_else(|| first_url(&props.text));
    let row = |label: &str, testid: &'static str, value: Option<String>| match value {
        Some(v) => html! { <><dt>{ label.to_string() }</dt><dd data-testid={testid}>{ v }</dd></> },
        None => html! {},
    };
    html! {
        <header class="print-header" data-testid="print-header">
            <p class="print-app">{ lang.tr("会谈 Huitan · 会见分析", "Huitan 会谈 · meetings read from the article") }</p>
            <h1 class="print-title" data-testid="print-title" lang="zh-Hans">
                { title(&props.doc, origin).unwrap_or_else(|| lang.tr("（无标题）", "(untitled)").to_string()) }
            </h1>
            <dl class="print-facts">
                { row(lang.tr("来源", "Source"), "print-source", source) }
                { row(lang.tr("网址", "Address"), "print-url", url) }
                { row(lang.tr("分析日期", "Analysed on"), "print-date", Some(props.analysed_on.to_string())) }
            </dl>
        </header>
    }
}
