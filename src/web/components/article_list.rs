//! The articles of a paste of several, each by its title with the date its years are completed
//! from, and a field to set that date.
//!
//! A date set here is written into the text, on the article's separator line (`--- 2024-11-24`,
//! see `core::with_article_date`): the text stays the one source of what is analysed and shared.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::Document;
use crate::web::i18n::{article_name, Lang};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub doc: Shared<Document>,
    pub lang: Lang,
    /// An article's index and the date the user set for it (`YYYY-MM-DD`, or empty for none).
    pub on_date: Callback<(usize, String)>,
}

/// Most articles listed: a paste of thousands is dated in its text, not field by field.
const ROWS: usize = 100;

#[function_component(ArticleList)]
pub fn article_list(props: &ArticleListProps) -> Html {
    let lang = props.lang;
    let doc = &props.doc;
    let rows = doc.articles.iter().take(ROWS).enumerate().map(|(k, a)| {
        let name = article_name(doc, k, lang);
        let onchange = {
            let on_date = props.on_date.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                on_date.emit((k, input.value()));
            })
        };
        let label = match lang {
            Lang::Zh => format!("《{name}》的日期"),
            Lang::En => format!("Date of “{name}”"),
        };
        html! {
            <li data-testid="article-row" data-article={k.to_string()}>
                <span class="article-title" lang="zh-Hans">{ name }</span>
                <input type="date" data-testid="article-date" aria-label={label}
                    value={a.reference_date.clone().unwrap_or_default()} {onchange} />
            </li>
        }
    });
    let n = doc.articles.len();
    html! {
        <details class="article-list" data-testid="article-list">
            <summary>{ match lang {
                Lang::Zh => format!("各篇文章及其日期（{n} 篇）"),
                Lang::En => format!("The articles and their dates ({n})"),
            } }</summary>
            <p class="hint">{ lang.tr(
                "此处设定的日期写入该篇之前的分隔行，优先于文中的日期；第一篇之前会加上一行。",
                "A date set here is written into the separator line before the article and comes before the article's own dateline; the first article gets such a line.",
            ) }</p>
            <ol>{ for rows }</ol>
            if n > ROWS {
                <p class="hint">{ match lang {
                    Lang::Zh => format!("仅列出前 {ROWS} 篇。"),
                    Lang::En => format!("Only the first {ROWS} are listed."),
                } }</p>
            }
        </details>
    }
}
