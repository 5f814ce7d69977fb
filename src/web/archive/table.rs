//! The archive's meetings table: one row per merged meeting, sorted by any column (header
//! buttons with `aria-sort`), a page of [`PAGE_ROWS`] rows at a time so that 10,000 meetings
//! draw as fast as a hundred; a row's articles open under it.

use std::rc::Rc;

use yew::prelude::*;

use super::job::Loaded;
use super::sort::{pages, Column, Sort, PAGE_ROWS};
use crate::core::archive::{ArticleMeta, Meeting};
use crate::web::i18n::{event_kind_label, party_name, topic_label};
use crate::web::said::Lang;
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub loaded: Shared<Loaded>,
    /// The rows shown, in order: indices into `loaded.meetings`.
    pub rows: Shared<Vec<usize>>,
    pub sort: Sort,
    pub page: usize,
    pub open: Option<usize>,
    pub lang: Lang,
    pub on_sort: Callback<Column>,
    pub on_page: Callback<usize>,
    pub on_toggle: Callback<usize>,
}

fn header(column: Column, lang: Lang) -> &'static str {
    match column {
        Column::Date => lang.tr("日期", "Date"),
        Column::Kind => lang.tr("类型", "Kind"),
        Column::PartyA => lang.tr("一方", "Party"),
        Column::PartyB => lang.tr("另一方", "Other party"),
        Column::Participants => lang.tr("参加人员", "Participants"),
        Column::Agreements => lang.tr("协议", "Agreements"),
        Column::Topics => lang.tr("议题", "Topics"),
        Column::Articles => lang.tr("报道", "Articles"),
    }
}

fn headers(props: &TableProps) -> Html {
    let lang = props.lang;
    Column::ALL
        .iter()
        .map(|&column| {
            let on_sort = props.on_sort.clone();
            let onclick = Callback::from(move |_| on_sort.emit(column));
            html! {
                <th scope="col" aria-sort={props.sort.aria(column)}>
                    <button type="button" class="sort-button" data-sort={column.key()} {onclick}>
                        { header(column, lang) }
                    </button>
                </th>
            }
        })
        .collect()
}

fn list(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("、")
}

/// A URL safe to link to: the web's own schemes only (a record's `javascript:` is shown, not run).
fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

fn article_item(a: &ArticleMeta, lang: Lang) -> Html {
    let title = if a.title.is_empty() {
        lang.tr("（无标题）", "(no title)").to_string()
    } else {
        a.title.clone()
    };
    html! {
        <li data-testid="meeting-article" data-line={a.line.to_string()}>
            <span class="article-title" lang="zh-Hans">{ title }</span>
            if let Some(date) = &a.date { <span class="article-date">{ format!(" · {date}") }</span> }
            if let Some(source) = &a.source { <span class="article-source" lang="zh-Hans">{ format!(" · {source}") }</span> }
            if let Some(url) = a.url.as_deref() {
                { " · " }
                if let Some(href) = safe_url(url) {
                    <a href={href.to_string()} rel="noopener noreferrer" target="_blank">{ url.to_string() }</a>
                } else {
                    <span>{ url.to_string() }</span>
                }
            }
        </li>
    }
}

fn row(props: &TableProps, index: usize, m: &Meeting) -> Html {
    let lang = props.lang;
    let open = props.open == Some(index);
    let party = |i: usize| {
        m.parties
            .get(i)
            .map(|p| party_name(p, lang).to_string())
            .unwrap_or_default()
    };
    // The second party's cell names any further ones too (a meeting of three).
    let on_toggle = props.on_toggle.clone();
    let onclick = Callback::from(move |_| on_toggle.emit(index));
    let count = m.articles.len();
    let articles_label = match lang {
        Lang::Zh => format!("{count} 篇"),
        Lang::En if count == 1 => "1 article".to_string(),
        Lang::En => format!("{count} articles"),
    };
    let details = format!("meeting-articles-{index}");
    html! {
        <>
        <tr data-testid="meeting-row" data-parties={m.party_ids()} data-date={m.start().to_string()}
            data-kind={m.kind.as_str()} data-articles={count.to_string()} data-row={index.to_string()}>
            <td class="cell-date">{ m.start().to_string() }</td>
            <td>{ event_kind_label(m.kind, lang) }</td>
            <td lang="zh-Hans">{ party(0) }</td>
            <td lang="zh-Hans">{ list(m.parties.iter().skip(1).map(|p| party_name(p, lang).to_string())) }</td>
            <td lang="zh-Hans">{ list(m.participants.iter().map(|p| p.name.clone())) }</td>
            <td lang="zh-Hans">{ list(m.agreements.iter().cloned()) }</td>
            <td>{ list(m.topics.iter().map(|t| topic_label(t, lang))) }</td>
            <td>
                <button type="button" class="button button-quiet" data-testid="row-articles"
                    aria-expanded={open.to_string()} aria-controls={details.clone()} {onclick}>
                    { articles_label }
                </button>
            </td>
        </tr>
        if open {
            <tr class="row-articles" id={details}>
                <td colspan="8">
                    <ul data-testid="meeting-articles">
                        { for m.articles.iter().filter_map(|&a| props.loaded.articles.get(a)).map(|a| article_item(a, lang)) }
                    </ul>
                </td>
            </tr>
        }
        </>
    }
}

fn pager(props: &TableProps) -> Html {
    let lang = props.lang;
    let count = pages(props.rows.len());
    let page = props.page.min(count - 1);
    let go = |to: usize| {
        let on_page = props.on_page.clone();
        Callback::from(move |_| on_page.emit(to))
    };
    let said = match lang {
        Lang::Zh => format!(
            "第 {} 页，共 {} 页（{} 场会见）",
            page + 1,
            count,
            props.rows.len()
        ),
        Lang::En => format!(
            "Page {} of {} ({} meetings)",
            page + 1,
            count,
            props.rows.len()
        ),
    };
    html! {
        <nav class="pager" aria-label={lang.tr("表格分页", "Table pages")}>
            <button type="button" class="button button-quiet" data-testid="table-prev"
                disabled={page == 0} onclick={go(page.saturating_sub(1))}>
                { lang.tr("上一页", "Previous") }
            </button>
            <span data-testid="table-page" data-page={(page + 1).to_string()} data-pages={count.to_string()}
                role="status">{ said }</span>
            <button type="button" class="button button-quiet" data-testid="table-next"
                disabled={page + 1 >= count} onclick={go(page + 1)}>
                { lang.tr("下一页", "Next") }
            </button>
        </nav>
    }
}

#[function_component(MeetingsTable)]
pub fn meetings_table(props: &TableProps) -> Html {
    let lang = props.lang;
    let page = props.page.min(pages(props.rows.len()) - 1);
    let shown: Rc<[usize]> = props
        .rows
        .iter()
        .skip(page * PAGE_ROWS)
        .take(PAGE_ROWS)
        .copied()
        .collect();
    let meetings = &props.loaded.meetings;
    html! {
        <div class="meetings-table-wrap">
            <table class="meetings-table" data-testid="meetings-table" data-rows={props.rows.len().to_string()}>
                <caption>{ lang.tr("会见一览（点击表头排序）", "Meetings (sort by a column's header)") }</caption>
                <thead><tr>{ headers(props) }</tr></thead>
                <tbody>
                    { for shown.iter().filter_map(|&i| meetings.get(i).map(|m| row(props, i, m))) }
                </tbody>
            </table>
            if props.rows.is_empty() {
                <p class="hint" data-testid="table-empty">{ lang.tr("没有符合筛选条件的会见。", "No meeting matches the filters.") }</p>
            }
            { pager(props) }
        </div>
    }
}
