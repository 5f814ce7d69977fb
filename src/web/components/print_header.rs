//! The header that only a printout shows: the article's title, its source and address where
//! known, and the day of the analysis. The screen has these in the input; paper has only this.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::Document;
use crate::web::i18n::Lang;
use crate::web::state::Origin;

/// Today in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    // Sweden's form of a date is ISO 8601's, in the local time zone (toISOString's is UTC).
    js_sys::Date::new_0()
        .to_locale_date_string("sv-SE", &JsValue::UNDEFINED)
        .into()
}

/// What follows `来源：` on a line near the top of the text (the paper or site), if any.
fn source_line(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (_, rest) = line.split_once("来源")?;
        let name = rest.trim_start_matches([':', '：']).trim();
        Some(name.chars().take(40).collect()).filter(|n: &String| !n.is_empty())
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

/// The title: the articles' (the first three), else none.
fn title(doc: &Document) -> Option<String> {
    let titles: Vec<&str> = doc
        .articles
        .iter()
        .map(|a| a.title.trim())
        .take(3)
        .collect();
    Some(titles.join(" · ")).filter(|t| !t.trim_matches([' ', '·']).is_empty())
}

/// The header of `doc`, the analysis of `text` made on `analysed_on` (`YYYY-MM-DD`): one empty
/// element whose attributes the print stylesheet writes out, as markup for each line would
/// weigh more in the page's download than the header itself.
pub fn print_header(
    doc: &Document,
    text: &str,
    origin: Option<&Origin>,
    analysed_on: &str,
    lang: Lang,
) -> Html {
    // The source line and an address are looked for near the top only: the text may be megabytes.
    let head = &text[..text.floor_char_boundary(4096)];
    let files: Vec<&str> = origin
        .map(|o| o.files.iter().map(|(n, _)| n.as_str()).collect())
        .unwrap_or_default();
    let source = if files.is_empty() {
        source_line(head)
    } else {
        Some(files.join(lang.tr("、", ", ")))
    };
    let url = first_url(head);
    let title = title(doc).unwrap_or_else(|| lang.tr("（无标题）", "(untitled)").to_string());
    // Drawn by the print stylesheet from these attributes (labels in both languages there).
    html! {
        <div class="print-header" data-testid="print-header" lang="zh-Hans"
            data-title={title} data-source={source.unwrap_or_default()}
            data-url={url.unwrap_or_default()} data-date={analysed_on.to_string()} />
    }
}
