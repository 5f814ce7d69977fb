//! The article input: textarea (typing, paste, dropped files), file picker, publication date,
//! sample and clear buttons. Dropped HTML is reduced to its text with the browser's DOMParser;
//! user text is never put into innerHTML.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, HtmlInputElement, HtmlTextAreaElement, SupportedType};
use yew::prelude::*;

use crate::web::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub text: AttrValue,
    pub reference_date: AttrValue,
    pub lang: Lang,
    /// The new text, and whether to analyse it at once (paste, file) rather than after a pause.
    pub on_text: Callback<(String, bool)>,
    pub on_date: Callback<String>,
    pub on_sample: Callback<()>,
    pub on_clear: Callback<()>,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    let lang = props.lang;
    let pasted = use_mut_ref(|| false);
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let file_error = use_state(|| None::<String>);

    let oninput = {
        let on_text = props.on_text.clone();
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let now = std::mem::replace(&mut *pasted.borrow_mut(), false);
            on_text.emit((area.value(), now));
        })
    };
    let onpaste = {
        let pasted = pasted.clone();
        Callback::from(move |_: Event| *pasted.borrow_mut() = true)
    };

    // Reads a file as text (HTML reduced to its text) and hands it on.
    let load_file = {
        let on_text = props.on_text.clone();
        let reader = reader.clone();
        let file_error = file_error.clone();
        Rc::new(move |file: web_sys::File| {
            let name = file.name().to_lowercase();
            let html = name.ends_with(".html") || name.ends_with(".htm");
            let known = html
                || name.ends_with(".txt")
                || name.ends_with(".md")
                || name.ends_with(".markdown");
            let plain = file.type_().starts_with("text/");
            if !known && !plain {
                file_error.set(Some(name));
                return;
            }
            file_error.set(None);
            let on_text = on_text.clone();
            let task = gloo::file::callbacks::read_as_text(&File::from(file), move |res| {
                if let Ok(content) = res {
                    let text = if html {
                        html_to_text(&content)
                    } else {
                        content
                    };
                    on_text.emit((text, true));
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };

    let ondragover = Callback::from(|e: DragEvent| {
        if has_files(&e) {
            e.prevent_default();
        }
    });
    let ondrop = {
        let load_file = load_file.clone();
        Callback::from(move |e: DragEvent| {
            // Dropped plain text falls through to the textarea's own handling.
            let file = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                e.prevent_default();
                load_file(file);
            }
        })
    };
    let onchange_file = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                load_file(file);
            }
            input.set_value("");
        })
    };
    let onchange_date = {
        let on_date = props.on_date.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_date.emit(input.value());
        })
    };
    let on_sample = {
        let cb = props.on_sample.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let on_clear = {
        let cb = props.on_clear.clone();
        Callback::from(move |_| cb.emit(()))
    };

    html! {
        <section class="input-panel" aria-label={lang.tr("文章输入", "Article input")}>
            <label class="field-label" for="article-input">
                { lang.tr("新闻文本", "Article text") }
            </label>
            <textarea id="article-input" data-testid="article-input" class="article-input"
                rows="10" spellcheck="false" lang="zh-Hans"
                placeholder={lang.tr("在此粘贴新闻全文……", "Paste the whole article here…")}
                aria-describedby="input-hint"
                value={props.text.clone()} {oninput} {onpaste} {ondragover} {ondrop} />
            <p id="input-hint" class="hint">
                { lang.tr(
                    "边输入边分析；可拖入 .txt、.html、.md 文件。文字只保存在本浏览器中。",
                    "Analysed as you type; drop a .txt, .html or .md file. The text is kept in this browser only.",
                ) }
            </p>
            if let Some(name) = (*file_error).clone() {
                <p class="status status-error" role="alert" data-testid="file-error">
                    { format!("{} {name}", lang.tr("无法读取此类文件：", "Cannot read this kind of file:")) }
                </p>
            }
            <div class="input-controls">
                <label class="date-field">
                    <span>{ lang.tr("发布日期", "Publication date") }</span>
                    <input type="date" data-testid="reference-date" class="reference-date"
                        value={props.reference_date.clone()} onchange={onchange_date}
                        aria-label={lang.tr("发布日期（用于补全年份）", "Publication date (completes years)")} />
                </label>
                <label class="button file-button">
                    { lang.tr("打开文件", "Open file") }
                    <input type="file" class="visually-hidden" data-testid="file-input"
                        accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
                        onchange={onchange_file} />
                </label>
                <button type="button" class="button" data-testid="load-sample" onclick={on_sample}>
                    { lang.tr("载入示例", "Load sample") }
                </button>
                <button type="button" class="button button-quiet" data-testid="clear" onclick={on_clear}
                    disabled={props.text.is_empty()}>
                    { lang.tr("清空", "Clear") }
                </button>
            </div>
        </section>
    }
}

fn has_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .map(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// The text of an HTML document, one line per block, without scripts and styles. The document
/// is parsed inert by DOMParser (no script runs, nothing loads) and only read via textContent.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = DomParser::new() else {
        return html.to_string();
    };
    let Ok(doc) = parser.parse_from_string(html, SupportedType::TextHtml) else {
        return html.to_string();
    };
    if let Ok(list) = doc.query_selector_all("script, style, noscript, template, head") {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Ok(list) = doc.query_selector_all(
        "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, section, article, blockquote, header, footer",
    ) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.after_with_str_1("\n");
            }
        }
    }
    let raw = doc
        .body()
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    let mut out = String::with_capacity(raw.len());
    let mut blank = false;
    for line in raw.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        out.push_str(line);
        blank = false;
    }
    out
}
