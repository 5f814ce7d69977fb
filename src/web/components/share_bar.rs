//! Share and export: a link to this view (with or without the text) in a read-only field and
//! the clipboard, the JSON and CSV downloads, and the import of an exported JSON file.

use crate::web::i18n::{unreadable, Said};
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use wasm_bindgen::prelude::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::names::UserNames;
use crate::core::Document;
use crate::web::components::export_controls::ExportControls;
use crate::web::corrections::{Corrections, Review};
use crate::web::export::{self, Pinyin, Source};
use crate::web::filters::Filters;
use crate::web::i18n::Lang;
use crate::web::share::{link_hash_with, MAX_URL_BYTES, WARN_HASH_BYTES};
use crate::web::shared::Shared;
use crate::web::storage;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The text in the input (what a link carries).
    pub text: Shared<str>,
    pub reference_date: AttrValue,
    pub filters: Filters,
    pub lang: Lang,
    /// The user's dictionary, which a link carries only when the user ticks it.
    pub names: std::rc::Rc<UserNames>,
    /// The analysis to export, and the text it was made from; `None` while there is none.
    pub analysis: Option<(Shared<Document>, Shared<str>)>,
    /// How the shown meetings stand, and the corrections (exported, and carried by links).
    #[prop_or_default]
    pub review: Shared<Review>,
    #[prop_or_default]
    pub corrections: Shared<Corrections>,
    /// An exported file was opened: its text and date, and its corrections (or why they could
    /// not be read).
    pub on_import: Callback<(Source, Result<Corrections, Said>)>,
    /// The pinyin of people's names known so far, and how to ask for the rest (the CSV's
    /// English names).
    #[prop_or_default]
    pub pinyin: Shared<Pinyin>,
    #[prop_or_default]
    pub on_need_pinyin: Callback<()>,
}

/// What the last share click produced.
#[derive(Clone, PartialEq)]
enum Outcome {
    Link { url: String, warn: bool },
    Refused(usize),
}

/// What the "link carries the text" box means for whoever gets the link: the text is not
/// uploaded anywhere, but it travels inside the link itself.
fn text_note(with_text: bool, lang: Lang) -> &'static str {
    if with_text {
        lang.tr(
            "文字会压缩后放进链接本身：任何拿到链接的人打开后都能读到全文。",
            "The text travels inside the link itself, compressed: whoever opens the link can read it.",
        )
    } else {
        lang.tr(
            "链接只带筛选条件和语言，不带文字：对方需要自己粘贴文章。",
            "The link carries only the filters and the language, not the text: whoever opens it pastes the article themselves.",
        )
    }
}

#[function_component(ShareBar)]
pub fn share_bar(props: &ShareBarProps) -> Html {
    let lang = props.lang;
    let with_text = use_state(|| true);
    let with_names = use_state(|| false);
    let outcome = use_state(|| None::<Outcome>);
    let problem = use_state(|| None::<Said>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let on_toggle = {
        let with_text = with_text.clone();
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            with_text.set(input.checked());
            outcome.set(None);
        })
    };
    let on_names_toggle = {
        let with_names = with_names.clone();
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            with_names.set(input.checked());
            outcome.set(None);
        })
    };
    let on_share = {
        let names = (*with_names).then(|| props.names.clone());
        let text = props.text.clone();
        let date = props.reference_date.clone();
        let filters = props.filters.clone();
        let corrections = props.corrections.clone();
        let with_text = *with_text;
        let outcome = outcome.clone();
        Callback::from(move |_| {
            let carried = with_text.then_some((&*text, date.as_str()));
            let hash = link_hash_with(
                &filters,
                lang,
                carried,
                Some(&corrections),
                names.as_deref(),
            );
            let url = format!("{}#{hash}", storage::page_url());
            if url.len() > MAX_URL_BYTES {
                outcome.set(Some(Outcome::Refused(url.len())));
                return;
            }
            // Best effort: the browser may refuse the clipboard; the field shows the link anyway.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&url)
                .catch(&ignore);
            ignore.forget();
            outcome.set(Some(Outcome::Link {
                warn: hash.len() > WARN_HASH_BYTES,
                url,
            }));
        })
    };
    let on_import = {
        let cb = props.on_import.clone();
        let problem = problem.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                let cb = cb.clone();
                let problem = problem.clone();
                let task = gloo::file::callbacks::read_as_text(&File::from(file), move |res| {
                    match res
                        .map_err(|_| unreadable())
                        .and_then(|json| export::from_json_reviewed(&json))
                    {
                        Ok(source) => {
                            problem.set(None);
                            cb.emit(source);
                        }
                        Err(msg) => problem.set(Some(msg)),
                    }
                });
                *reader.borrow_mut() = Some(task);
            }
            input.set_value("");
        })
    };
    let has_text = !props.text.trim().is_empty();

    html! {
        <section class="share-bar" aria-label={lang.tr("分享与导出", "Share and export")}>
            <div class="share-controls">
                <button type="button" class="button" data-testid="share" onclick={on_share}
                    disabled={!has_text && props.filters.is_empty()}>
                    { lang.tr("分享链接", "Share link") }
                </button>
                <label class="check">
                    <input type="checkbox" data-testid="share-include-text" checked={*with_text}
                        onchange={on_toggle} aria-describedby="share-text-note" />
                    { lang.tr("链接包含文字", "Link carries the text") }
                </label>
                if !props.names.is_empty() {
                    <label class="check">
                        <input type="checkbox" data-testid="share-include-names" checked={*with_names}
                            onchange={on_names_toggle} />
                        { lang.tr("链接包含我的名称", "Link carries my names") }
                    </label>
                }
                <label class="button button-quiet file-button">
                    { lang.tr("导入 JSON", "Import JSON") }
                    <input type="file" class="visually-hidden" data-testid="import-json"
                        accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            <ExportControls analysis={props.analysis.clone()} reference_date={props.reference_date.clone()}
                filters={props.filters.clone()} review={props.review.clone()}
                corrections={props.corrections.clone()} pinyin={props.pinyin.clone()}
                on_need_pinyin={props.on_need_pinyin.clone()} names={props.names.clone()} {lang} />
            <p id="share-text-note" class="hint" data-testid="share-text-note">
                { text_note(*with_text, lang) }
            </p>
            { match (*outcome).clone() {
                Some(Outcome::Link { url, warn }) => html! {
                    <div class="share-result">
                        <label class="share-url-label">
                            <span>{ lang.tr("分享链接（已尝试复制到剪贴板）", "Link to share (the page also tried to copy it)") }</span>
                            <input type="text" readonly=true class="share-url" data-testid="share-url"
                                value={url.clone()} data-bytes={url.len().to_string()}
                                onfocus={Callback::from(|e: FocusEvent| {
                                    let input: HtmlInputElement = e.target_unchecked_into();
                                    input.select();
                                })} />
                        </label>
                        if warn {
                            <p class="status status-error" data-testid="share-warning" role="alert">
                                { match lang {
                                    Lang::Zh => format!("此链接长 {} KB：超过 32 KB 的链接可能被聊天软件、邮件或浏览器截断。可只分享视图（不含文字），或导出 JSON 文件。", url.len() / 1024),
                                    Lang::En => format!("This link is {} KB long: links over 32 KB may be cut by chat apps, mail or browsers. Share the view without the text, or export the JSON file instead.", url.len() / 1024),
                                } }
                            </p>
                        }
                    </div>
                },
                Some(Outcome::Refused(bytes)) => html! {
                    <p class="status status-error" data-testid="share-warning" role="alert">
                        { match lang {
                            Lang::Zh => format!("文字太长，链接将达 {} KB，浏览器无法打开。请只分享视图，或导出 JSON 文件。文字已保留。", bytes / 1024),
                            Lang::En => format!("The text is too long for a link ({} KB; browsers cannot open it). Share the view without the text, or export the JSON file. Your text is kept.", bytes / 1024),
                        } }
                    </p>
                },
                None => html! {},
            } }
            if let Some(msg) = (*problem).clone() {
                <p class="status status-error" data-testid="import-error" role="alert">{ msg.get(lang).to_string() }</p>
            }
        </section>
    }
}
