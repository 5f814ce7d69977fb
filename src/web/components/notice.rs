//! The notice over the input: the text put aside when something replaced it, with the button
//! that brings it back (shown until then, across reloads, as the text is kept in localStorage),
//! and what the shared link just opened brought, or failed to bring.

use yew::prelude::*;

use crate::web::filters::Filters;
use crate::web::i18n::{describe_filters, Lang};
use crate::web::state::ReplacedBy;

/// What the shared link in the address did.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkNotice {
    /// Its text was damaged; the stored text stays.
    Damaged,
    /// It carries a view (these filters and a language) but no text: the article must come
    /// from the user, and the view applies to it.
    ViewOnly(Filters),
}

impl LinkNotice {
    fn message(&self, lang: Lang) -> String {
        match self {
            LinkNotice::Damaged => lang
                .tr(
                    "分享链接中的文字已损坏（复制时被截断？），无法恢复；显示的是您原来的文字。",
                    "The shared link's text is damaged (cut short when it was copied?) and could not be restored; your own text is shown.",
                )
                .to_string(),
            LinkNotice::ViewOnly(filters) => {
                let mut s = lang
                    .tr(
                        "此链接只带来视图（筛选条件和语言），不含文字。请粘贴或打开链接所说的文章，视图会用在它上面。",
                        "This link carries the view (filters and language) but not the text. Paste or open the article it is about, and the view applies to it.",
                    )
                    .to_string();
                let view = describe_filters(filters, lang);
                if !view.is_empty() {
                    s.push_str(&match lang {
                        Lang::Zh => format!("筛选：{view}。"),
                        Lang::En => format!(" Filters: {view}."),
                    });
                }
                s
            }
        }
    }
}

/// Why the text was put aside, and the label of the button that brings it back.
fn previous_message(why: ReplacedBy, lang: Lang) -> (String, &'static str) {
    let kept = lang.tr(
        "您原来的文字已另存，可以随时恢复。",
        " Your own text was kept aside and can be brought back.",
    );
    let back = lang.tr("恢复我原来的文字", "Back to my own text");
    let said = match why {
        ReplacedBy::Sample => lang.tr("已载入示例文章。", "The sample article is loaded."),
        ReplacedBy::File => lang.tr("已打开文件。", "The file is opened."),
        ReplacedBy::Link => lang.tr("已打开分享的文字。", "Opened the shared text."),
        ReplacedBy::Import => lang.tr("已打开导入的文字。", "Opened the imported text."),
        ReplacedBy::Clear => {
            return (
                lang.tr(
                    "文字已清空；清空前的文字已另存，可以恢复。",
                    "The text was cleared; it was kept aside and can be brought back.",
                )
                .to_string(),
                lang.tr("恢复清空的文字", "Bring the text back"),
            )
        }
        ReplacedBy::Html => {
            return (
                lang.tr(
                    "粘贴的是网页源代码（HTML），已读取为网页的文字；粘贴的源代码已另存，可以恢复。",
                    "The paste was HTML source: it was read as the page's text. The markup as pasted was kept aside and can be brought back.",
                )
                .to_string(),
                lang.tr("恢复粘贴的源代码", "Back to the pasted markup"),
            )
        }
        ReplacedBy::Restore => {
            return (
                lang.tr(
                    "已恢复您原来的文字；刚才的文字已另存，可以换回。",
                    "Your earlier text is back; the text it replaced was kept aside and can be brought back.",
                )
                .to_string(),
                lang.tr("换回刚才的文字", "Back to the other text"),
            )
        }
    };
    (format!("{said}{kept}"), back)
}

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub lang: Lang,
    /// Why a text is kept aside, while one is.
    pub previous: Option<ReplacedBy>,
    /// What the link just opened did, if anything worth saying.
    pub link: Option<LinkNotice>,
    pub on_restore: Callback<()>,
    pub on_discard: Callback<()>,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let lang = props.lang;
    if props.previous.is_none() && props.link.is_none() {
        return html! {};
    }
    let restore = {
        let cb = props.on_restore.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let discard = {
        let cb = props.on_discard.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let link_testid = match props.link {
        Some(LinkNotice::ViewOnly(_)) => Some("link-without-text"),
        _ => None,
    };
    html! {
        <div class="notice" data-testid="notice" role="status">
            if let Some(link) = &props.link {
                <p data-testid={link_testid}>{ link.message(lang) }</p>
            }
            if let Some((why, (message, back))) = props.previous.map(|w| (w, previous_message(w, lang))) {
                <p data-testid="previous-kept" data-why={why.as_str()}>{ message }</p>
                <div class="notice-actions">
                    <button type="button" class="button button-quiet" data-testid="restore-previous"
                        onclick={restore}>
                        { back }
                    </button>
                    <button type="button" class="button button-quiet" data-testid="discard-previous"
                        onclick={discard}>
                        { lang.tr("丢弃另存的文字", "Discard the kept text") }
                    </button>
                </div>
            }
        </div>
    }
}
