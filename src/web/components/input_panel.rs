//! The article input: textarea (typing, paste, dropped files), file picker, publication date,
//! sample and clear buttons. Dropped HTML is reduced to its text with the browser's DOMParser;
//! user text is never put into innerHTML.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{DomParser, HtmlInputElement, HtmlTextAreaElement, SupportedType};
use yew::prelude::*;

use crate::core::textfile::looks_like_html;
use crate::web::archive::handoff::{archive_kind, dropped_folder, open_archive};
use crate::web::i18n::{file_problem, files_read_label, Lang};
use crate::web::job::{decode_files, DecodedFile, Decoding};
use crate::web::shared::Shared;
use crate::web::state::Origin;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// Compared by pointer: a big paste is never compared or copied on a render.
    pub text: Shared<str>,
    pub reference_date: AttrValue,
    pub lang: Lang,
    /// The new text, and whether to analyse it at once (paste, file) rather than after a pause.
    pub on_text: Callback<(String, bool)>,
    /// The text of opened or dropped files, which replaces the text (kept aside, see `state`),
    /// and where it came from.
    pub on_file: Callback<(String, Origin)>,
    /// HTML source pasted: the text as the paste would have made it, and the text with the
    /// page's text in place of the markup.
    pub on_paste_html: Callback<(String, String)>,
    /// Where the text came from (the files' encodings are said under the box).
    #[prop_or_default]
    pub origin: Option<Rc<Origin>>,
    pub on_date: Callback<String>,
    pub on_sample: Callback<()>,
    pub on_clear: Callback<()>,
    /// Whether the browser keeps the text for the next visit (false: over its storage quota).
    pub kept: bool,
}

/// Above this many bytes the text is folded away behind a line saying how long it is: a
/// textarea holding megabytes costs the browser tens of milliseconds to lay out and paint on
/// every change of the page, and nobody edits megabytes by hand.
pub const FOLD_BYTES: usize = crate::web::state::BIG_TEXT;

#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    let lang = props.lang;
    let pasted = use_mut_ref(|| false);
    let decoding: Rc<RefCell<Option<Decoding>>> = use_mut_ref(|| None);
    // The file that could not be opened and why (a sentence of `file_problem`; "" for its kind).
    let file_error = use_state(|| None::<(String, String)>);

    // The textarea is the user's: its value is written only when the text changed from
    // elsewhere (sample, clear, import, a shared link), never back after typing or a paste, so
    // that a paste of megabytes is not copied into it a second time (and laid out again).
    let area = use_node_ref();
    // What the textarea holds, as far as this component knows.
    let typed = use_mut_ref(|| None::<String>);
    {
        let area = area.clone();
        let typed = typed.clone();
        // Runs when the state holds a new text (a pointer change), then compares once.
        use_effect_with(props.text.clone(), move |text| {
            if typed.borrow().as_deref() != Some(&**text) {
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    el.set_value(text);
                }
                *typed.borrow_mut() = Some(text.to_string());
            }
        });
    }
    let oninput = {
        let on_text = props.on_text.clone();
        let pasted = pasted.clone();
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let now = std::mem::replace(&mut *pasted.borrow_mut(), false);
            let value = area.value();
            *typed.borrow_mut() = Some(value.clone());
            on_text.emit((value, now));
        })
    };
    let onpaste = {
        let pasted = pasted.clone();
        let typed = typed.clone();
        let on_paste_html = props.on_paste_html.clone();
        Callback::from(move |e: Event| {
            *pasted.borrow_mut() = true;
            if let Some((raw, text)) = paste_html(&e) {
                // The input event will not come: the paste is handled here.
                *pasted.borrow_mut() = false;
                *typed.borrow_mut() = Some(text.clone());
                on_paste_html.emit((raw, text));
            }
        })
    };

    // Reads files in the worker (which decodes GBK, Big5, UTF-16), HTML reduced to its text,
    // and hands them on; several files become several articles, separated by lines `---` in
    // the order they were given.
    let load_files = {
        let on_file = props.on_file.clone();
        let decoding = decoding.clone();
        let file_error = file_error.clone();
        Rc::new(move |files: web_sys::FileList| {
            // An archive (JSONL, CSV) opens in the archive view, not in the text box.
            let archive = (0..files.length())
                .filter_map(|i| files.get(i))
                .find_map(|f| archive_kind(&f.name()));
            if let Some(kind) = archive {
                file_error.set(None);
                open_archive(files.as_ref(), kind);
                return;
            }
            let mut accepted = Vec::new();
            for file in (0..files.length()).filter_map(|i| files.get(i)) {
                match accept(&file) {
                    Ok(html) => accepted.push((file, html)),
                    Err(why) => {
                        file_error.set(Some((file.name(), why.to_string())));
                        return;
                    }
                }
            }
            if accepted.is_empty() {
                return;
            }
            file_error.set(None);
            let (list, kinds): (Vec<web_sys::File>, Vec<(String, bool)>) = accepted
                .into_iter()
                .map(|(f, html)| {
                    let name = f.name();
                    (f, (name, html))
                })
                .unzip();
            let on_file = on_file.clone();
            let shown = file_error.clone();
            let report = Callback::from(move |read: Vec<DecodedFile>| {
                let (text, origin, problem) = opened(&kinds, read);
                shown.set(problem);
                if let Some(text) = text {
                    on_file.emit((text, origin));
                }
            });
            match decode_files(list, report) {
                Ok(job) => *decoding.borrow_mut() = Some(job),
                Err(why) => file_error.set(Some((String::new(), why))),
            }
        })
    };

    let ondragover = Callback::from(|e: DragEvent| {
        if has_files(&e) {
            e.prevent_default();
        }
    });
    let ondrop = {
        let load_files = load_files.clone();
        Callback::from(move |e: DragEvent| {
            // A dropped folder is an archive of its files.
            if let Some(entries) = e.data_transfer().and_then(|dt| dropped_folder(dt.as_ref())) {
                e.prevent_default();
                open_archive(entries.as_ref(), "entries");
                return;
            }
            // Dropped plain text falls through to the textarea's own handling.
            let files = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .filter(|files| files.length() > 0);
            if let Some(files) = files {
                e.prevent_default();
                load_files(files);
            }
        })
    };
    let onchange_file = {
        let load_files = load_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                load_files(files);
            }
            input.set_value("");
        })
    };
    let onchange_folder = Callback::from(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(files) = input.files().filter(|f| f.length() > 0) {
            open_archive(files.as_ref(), "folder");
        }
        input.set_value("");
    });
    let onchange_date = {
        let on_date = props.on_date.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_date.emit(input.value());
        })
    };
    // Folded while big, unless the user asked to see it; a new big text folds again.
    let bytes = props.text.len();
    let unfolded = use_state(|| false);
    {
        let unfolded = unfolded.clone();
        let big = bytes > FOLD_BYTES;
        use_effect_with(big, move |big| {
            if !*big {
                unfolded.set(false);
            }
        });
    }
    let folded = bytes > FOLD_BYTES && !*unfolded;
    let chars = *use_memo((props.text.clone(), folded), |(text, folded)| {
        if *folded {
            text.chars().count()
        } else {
            0
        }
    });
    let on_unfold = {
        let unfolded = unfolded.clone();
        Callback::from(move |_| unfolded.set(true))
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
            if folded {
                <div class="folded" data-testid="folded-text" role="status">
                    <span>{ match lang {
                        Lang::Zh => format!("已载入长文本：{} 字（{} MB），未在输入框中显示。", chars, megabytes(bytes)),
                        Lang::En => format!("A long text is loaded: {} characters ({} MB), not shown in the input box.", chars, megabytes(bytes)),
                    } }</span>
                    <button type="button" class="button button-quiet" data-testid="show-text" onclick={on_unfold}>
                        { lang.tr("显示并编辑", "Show and edit") }
                    </button>
                </div>
            }
            <textarea id="article-input" data-testid="article-input" class="article-input"
                hidden={folded}
                rows="10" spellcheck="false" lang="zh-Hans"
                placeholder={lang.tr("在此粘贴新闻全文……", "Paste the whole article here…")}
                aria-describedby="input-hint"
                ref={area.clone()} {oninput} {onpaste} {ondragover} {ondrop} />
            <p id="input-hint" class="hint">
                { lang.tr(
                    "边输入边分析；可拖入 .txt、.html、.md 文件（多篇文章以单独一行 --- 分隔）；.jsonl、.csv 档案或文件夹在档案视图中打开。文字只保存在本浏览器中。",
                    "Analysed as you type; drop .txt, .html or .md files (several articles: separate them by a line ---); a .jsonl or .csv archive, or a folder, opens in the archive view. The text is kept in this browser only.",
                ) }
            </p>
            if !props.kept {
                <p class="status status-error" data-testid="not-kept" role="status">
                    { lang.tr(
                        "文字太长，浏览器无法保存到下次打开；本页中的文字不受影响。",
                        "The text is too long for the browser to keep for your next visit; it stays in this page.",
                    ) }
                </p>
            }
            if let Some((name, why)) = (*file_error).clone() {
                <p class="status status-error" role="alert" data-testid="file-error">
                    { format!("{name} {}", file_problem(&why, lang)).trim_start().to_string() }
                </p>
            }
            if let Some(read) = props.origin.as_ref().and_then(|o| files_read_label(&o.files, lang)) {
                <p class="hint" data-testid="file-encoding" role="status">{ read }</p>
            }
            <div class="input-controls">
                <label class="date-field">
                    <span>{ lang.tr("发布日期", "Publication date") }</span>
                    // Visible, not only read out: a sighted user must see why to set it.
                    <small id="date-hint" class="date-hint" data-testid="date-hint">
                        { lang.tr("用于补全没有写年份的日期", "Fills in the year where the article leaves it out") }
                    </small>
                    <input type="date" data-testid="reference-date" class="reference-date"
                        value={props.reference_date.clone()} onchange={onchange_date}
                        aria-describedby="date-hint" />
                </label>
                <label class="button file-button">
                    { lang.tr("打开文件", "Open file") }
                    <input type="file" class="visually-hidden" data-testid="file-input" multiple=true
                        accept=".txt,.html,.htm,.md,.markdown,.jsonl,.ndjson,.csv,text/plain,text/html,text/markdown,text/csv"
                        onchange={onchange_file} />
                </label>
                <label class="button file-button">
                    { lang.tr("打开文件夹（档案）", "Open a folder (archive)") }
                    <input type="file" class="visually-hidden" data-testid="folder-input"
                        webkitdirectory=true multiple=true onchange={onchange_folder} />
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

/// "5.2" for 5.2 MB, in integers (float formatting would add kilobytes to the wasm).
fn megabytes(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    let tenths = (bytes * 10 + MB / 2) / MB;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Files over this size are not opened: the text of 24 MB in any of the encodings read is
/// already far over what is analysed (`MAX_INPUT_BYTES`), and reading it would cost memory.
pub const MAX_FILE_BYTES: f64 = 24.0 * 1024.0 * 1024.0;

/// Whether a file can be opened, and whether it is HTML; the error is for `file_problem`.
fn accept(file: &web_sys::File) -> Result<bool, &'static str> {
    let name = file.name().to_lowercase();
    let html = name.ends_with(".html") || name.ends_with(".htm");
    let known = [".txt", ".md", ".markdown"]
        .iter()
        .any(|e| name.ends_with(e));
    if !html && !known && !file.type_().starts_with("text/") {
        return Err("");
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(
            "文件太大，无法打开（超过 24 MB）。\nThe file is too big to open (over 24 MB).",
        );
    }
    Ok(html)
}

/// The text of the files as the worker read them (`kinds`: name, HTML or not), where it came
/// from, and the first file that could not be read, if any. One file stays exactly as it is;
/// several are joined as articles.
fn opened(
    kinds: &[(String, bool)],
    read: Vec<DecodedFile>,
) -> (Option<String>, Origin, Option<(String, String)>) {
    let mut files = Vec::new();
    let mut problem = None;
    let mut parts = Vec::new();
    for ((name, html), file) in kinds.iter().zip(read) {
        match file {
            Ok((content, encoding)) => {
                let text = if *html {
                    html_to_text(&content)
                } else {
                    content
                };
                files.push((name.clone(), encoding));
                parts.push(text);
            }
            Err(why) => {
                problem = problem.or(Some((name.clone(), why)));
            }
        }
    }
    let text = match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(
            parts
                .iter()
                .map(|p| p.trim_end())
                .collect::<Vec<_>>()
                .join("\n---\n"),
        ),
    };
    (text, Origin { files }, problem)
}

/// For a paste of HTML source (text that looks like it, or a clipboard with HTML and no
/// plain text): the text as the paste would have made it, and the text with the page's text
/// pasted instead. None for any other paste, which goes on as usual.
fn paste_html(e: &Event) -> Option<(String, String)> {
    let data = e.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
    let plain = data.get_data("text/plain").unwrap_or_default();
    let html = if looks_like_html(&plain) {
        plain
    } else if plain.trim().is_empty() {
        Some(data.get_data("text/html").unwrap_or_default()).filter(|h| !h.trim().is_empty())?
    } else {
        return None;
    };
    let area: HtmlTextAreaElement = e.target_dyn_into()?;
    e.prevent_default();
    let value = area.value();
    let from = byte_at(&value, area.selection_start().ok().flatten().unwrap_or(0));
    let to = byte_at(&value, area.selection_end().ok().flatten().unwrap_or(0)).max(from);
    let text = html_to_text(&html);
    let around = |middle: &str| format!("{}{middle}{}", &value[..from], &value[to..]);
    let (raw, now) = (around(&html), around(&text));
    area.set_value(&now);
    Some((raw, now))
}

/// The byte offset in `s` of a textarea position (which counts UTF-16 code units).
fn byte_at(s: &str, units: u32) -> usize {
    let mut n = 0;
    for (i, c) in s.char_indices() {
        if n >= units as usize {
            return i;
        }
        n += c.len_utf16();
    }
    s.len()
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
