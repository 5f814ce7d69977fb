//! The empty, working, error and no-meetings messages; for a big text, the worker's progress
//! bar with its cancel button, and a retry button after a cancel or a failure.

use yew::prelude::*;

use crate::web::i18n::Lang;
use crate::web::state::{ErrorKind, Status, MAX_INPUT_BYTES};

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub status: Status,
    pub lang: Lang,
    /// How many meetings the analysis found.
    pub meetings: usize,
    /// Whether the text is big (its analysis gets a progress bar and a cancel button).
    pub big: bool,
    /// Stop the running analysis.
    pub on_cancel: Callback<()>,
    /// Analyse the text again (after a cancel or a failure).
    pub on_retry: Callback<()>,
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
        Status::Analysing(_) if !props.big => html! {
            <p class="status status-working" data-testid="working" role="status">
                { lang.tr("正在分析…", "Analysing…") }
            </p>
        },
        Status::Analysing(share) => {
            let percent = (share * 100.0).round() as u32;
            let onclick = {
                let cb = props.on_cancel.clone();
                Callback::from(move |_| cb.emit(()))
            };
            html! {
                <div class="status status-working analysing" role="status">
                    <label class="progress-label">
                        { format!("{} {percent}%", lang.tr("正在后台分析长文本…", "Analysing the long text in the background…")) }
                        <progress data-testid="progress" max="100" value={percent.to_string()}
                            aria-valuenow={percent.to_string()} />
                    </label>
                    <button type="button" class="button button-quiet" data-testid="cancel" {onclick}>
                        { lang.tr("取消", "Cancel") }
                    </button>
                </div>
            }
        }
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
                ErrorKind::BadDate(written) => match lang {
                    Lang::Zh => format!("发布日期无效：“{written}”不是 YYYY-MM-DD 格式的日期，例如 2023-12-14。"),
                    Lang::En => format!("Invalid publication date: “{written}” is not a date of the form YYYY-MM-DD, e.g. 2023-12-14."),
                },
                ErrorKind::Interrupted => lang
                    .tr(
                        "上次分析这段文字时页面中断了；文字已保留。修改文字后会重新分析。",
                        "The page stopped while analysing this text last time; the text is kept. Edit it to analyse it again.",
                    )
                    .to_string(),
                ErrorKind::Cancelled => lang
                    .tr(
                        "已取消分析；文字已保留。",
                        "Analysis cancelled; the text is kept.",
                    )
                    .to_string(),
                ErrorKind::Failed(msg) => msg.get(lang).to_string(),
            };
            let retry = matches!(kind, ErrorKind::Cancelled | ErrorKind::Failed(_)).then(|| {
                let cb = props.on_retry.clone();
                html! {
                    <button type="button" class="button" data-testid="retry"
                        onclick={Callback::from(move |_| cb.emit(()))}>
                        { lang.tr("重新分析", "Analyse again") }
                    </button>
                }
            });
            html! {
                <div class="status-row">
                    <p class="status status-error" data-testid="error" role="alert">{ message }</p>
                    { for retry }
                </div>
            }
        }
    }
}
