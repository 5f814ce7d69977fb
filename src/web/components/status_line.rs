//! The empty, working, error and no-meetings messages.

use yew::prelude::*;

use crate::web::i18n::Lang;
use crate::web::state::{ErrorKind, Status, MAX_INPUT_BYTES};

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub status: Status,
    pub lang: Lang,
    /// How many meetings the analysis found.
    pub meetings: usize,
}

#[function_component(StatusLine)]
pub fn status_line(props: &StatusLineProps) -> Html {
    let lang = props.lang;
    match &props.status {
        Status::Empty => html! {
            <p class="status status-empty" data-testid="empty-state">
                { lang.tr(
                    "粘贴或输入一篇中文时政新闻，或拖入 .txt / .html / .md 文件；也可以先载入示例文章。",
                    "Paste or type a Chinese political news article, or drop a .txt / .html / .md file; or load the sample article.",
                ) }
            </p>
        },
        Status::Pending => html! {
            <p class="status status-working" data-testid="working" role="status">
                { lang.tr("正在分析…", "Analysing…") }
            </p>
        },
        Status::Ready if props.meetings == 0 => html! {
            <p class="status status-none" data-testid="no-meetings" role="status">
                { lang.tr(
                    "这段文字中没有找到会见、会谈或签约。会谈识别的是“某省领导与某部委或央企负责人举行会谈”之类的句子。",
                    "No meetings found in this text. Huitan looks for sentences such as “the provincial leaders held talks with the minister of …”.",
                ) }
            </p>
        },
        Status::Ready => html! {},
        Status::Error(kind) => {
            let message = match kind {
                ErrorKind::TooLong(bytes) => match lang {
                    Lang::Zh => format!(
                        "文字太长（{} KB），超过 {} KB 的上限，未作分析；文字已保留，请删去一部分。",
                        bytes / 1024,
                        MAX_INPUT_BYTES / 1024
                    ),
                    Lang::En => format!(
                        "The text is too long ({} KB, the limit is {} KB) and was not analysed; it is kept: shorten it to analyse it.",
                        bytes / 1024,
                        MAX_INPUT_BYTES / 1024
                    ),
                },
                ErrorKind::BadDate(msg) => match lang {
                    Lang::Zh => format!("发布日期无效：{msg}"),
                    Lang::En => format!("Invalid publication date: {msg}"),
                },
                ErrorKind::Interrupted => lang
                    .tr(
                        "上次分析这段文字时页面中断了；文字已保留。修改文字后会重新分析。",
                        "The page stopped while analysing this text last time; the text is kept. Edit it to analyse it again.",
                    )
                    .to_string(),
            };
            html! {
                <p class="status status-error" data-testid="error" role="alert">{ message }</p>
            }
        }
    }
}
