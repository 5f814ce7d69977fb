//! The archive view's root: opened by the page through `window.huitanArchiveOpen(files, kind)`
//! (see `static/archive-loader.js`), it runs the import in the worker and lays out the progress,
//! the bad records, the filters, the charts, the exports and the meetings table.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::charts::Charts;
use super::exports::Exports;
use super::job::{ArchiveJob, Reply, Source};
use super::panels::{ArchiveFilters, CsvColumnsDialog, ImportErrors, ImportProgress};
use super::picks::Pick;
use super::sort::order;
use super::state::{Action, ArchiveState, Phase};
use super::table::MeetingsTable;
use crate::web::said::Lang;
use crate::web::shared::Shared;
use crate::web::storage;

/// The global the page calls to open an archive, set once the view is mounted.
pub const OPEN: &str = "huitanArchiveOpen";
/// The calls the loader queued before the view was mounted: `[files, kind]` pairs.
pub const QUEUE: &str = "huitanArchiveQueue";

/// What to call an archive: its file's name, or its folder's (the first part of a path).
fn archive_name(files: &Array, kind: &str) -> String {
    let first = files.get(0);
    let field = |name: &str| {
        Reflect::get(&first, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let path = field("webkitRelativePath");
    match path.split_once('/') {
        Some((folder, _)) if kind == "folder" => folder.to_string(),
        _ => field("name"),
    }
}

/// A folder's files renamed by their paths in it: a File sent to a worker keeps its name, not
/// always its `webkitRelativePath`.
fn named_by_path(files: &Array) -> Array {
    files
        .iter()
        .map(|file| {
            let path = Reflect::get(&file, &JsValue::from_str("webkitRelativePath"))
                .ok()
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty());
            let renamed = path.and_then(|path| {
                web_sys::File::new_with_blob_sequence(&Array::of1(&file), &path).ok()
            });
            renamed.map_or(file, JsValue::from)
        })
        .collect()
}

fn source_of(files: &JsValue, kind: &JsValue) -> Source {
    let kind = kind.as_string().unwrap_or_else(|| "jsonl".to_string());
    let given = Array::from(files);
    let name = archive_name(&given, &kind);
    let files = match kind.as_str() {
        "folder" => named_by_path(&given),
        _ => given,
    };
    Source {
        name,
        kind,
        files,
        columns: None,
    }
}

/// Sets `window.huitanArchiveOpen` and runs the calls queued before it was there.
#[hook]
fn use_open_global(dispatch: UseReducerDispatcher<ArchiveState>) {
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let open =
            Closure::<dyn Fn(JsValue, JsValue)>::new(move |files: JsValue, kind: JsValue| {
                let source = source_of(&files, &kind);
                dispatch.dispatch(Action::Open(
                    source,
                    storage::load_lang(),
                    js_sys::Date::now(),
                ));
            });
        let function: &js_sys::Function = open.as_ref().unchecked_ref();
        let _ = Reflect::set(&window, &JsValue::from_str(OPEN), function);
        if let Ok(queue) = Reflect::get(&window, &JsValue::from_str(QUEUE)) {
            if let Ok(queue) = queue.dyn_into::<Array>() {
                for call in queue.splice(0, queue.length(), &JsValue::UNDEFINED).iter() {
                    let call = Array::from(&call);
                    let _ = function.call2(&JsValue::NULL, &call.get(0), &call.get(1));
                }
            }
        }
        // The view lives as long as the page.
        open.forget();
    });
}

fn action_of(reply: Reply) -> Option<Action> {
    Some(match reply {
        Reply::Total(n) => Action::Total(n),
        Reply::Progress(n) => Action::Progress(n, js_sys::Date::now()),
        Reply::Columns(headers) => Action::AskColumns(headers),
        Reply::Loaded(loaded) => Action::Loaded(loaded),
        Reply::Documents(_) => return None,
        Reply::Failed(why) => Action::Failed(why),
    })
}

/// Runs the worker while the state is reading; any other phase (done, cancelled) stops it.
#[hook]
fn use_import(state: &UseReducerHandle<ArchiveState>) {
    let job: Rc<RefCell<Option<ArchiveJob>>> = use_mut_ref(|| None);
    let dispatch = state.dispatcher();
    let source = state.source.clone();
    use_effect_with((state.run, state.reading()), move |(_, reading)| {
        if let (true, Some(source)) = (*reading, source) {
            let to_state = dispatch.clone();
            let on = Callback::from(move |reply: Reply| {
                if let Some(action) = action_of(reply) {
                    to_state.dispatch(action);
                }
            });
            match ArchiveJob::start("import", &source, on) {
                Ok(started) => *job.borrow_mut() = Some(started),
                Err(why) => dispatch.dispatch(Action::Failed(why)),
            }
        }
        move || drop(job.borrow_mut().take())
    });
}

/// Follows the URL hash's filters (back, forward, a link), and writes the view's into it.
#[hook]
fn use_hash_filters(state: &UseReducerHandle<ArchiveState>) {
    let dispatch = state.dispatcher();
    use_effect_with((), move |_| {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatch.dispatch(Action::Filters(storage::read_hash_filters()));
            });
        move || drop(listener)
    });
    use_effect_with(
        (state.filters.clone(), state.phase == Phase::Ready),
        |(filters, ready)| {
            if *ready {
                storage::write_hash_filters(filters);
            }
        },
    );
}

/// The rows shown: the meetings that pass the filters and picks, in the table's order.
#[hook]
fn use_rows(state: &ArchiveState) -> Shared<Vec<usize>> {
    let key = (
        state.loaded.clone(),
        state.filters.clone(),
        state.period.clone(),
        state.pick.clone(),
        state.sort,
    );
    let shown_by = state.clone();
    let rows = use_memo(key, move |(loaded, _, _, _, sort)| {
        let meetings = &loaded.meetings;
        let mut rows: Vec<usize> = (0..meetings.len())
            .filter(|&i| shown_by.shows(&meetings[i]))
            .collect();
        order(meetings, &mut rows, *sort);
        rows
    });
    Shared::new(rows)
}

/// What the charts picked, said, with a button that lets go of it (the charts set the picks).
fn picks_note(state: &UseReducerHandle<ArchiveState>) -> Html {
    let lang = state.lang;
    let mut said = Vec::new();
    if let Some(p) = &state.period {
        said.push(format!("{} – {}", p.from, p.to));
    }
    match &state.pick {
        Some(Pick::Node(id)) => said.push(id.clone()),
        Some(Pick::Edge(a, b)) => said.push(format!("{a} – {b}")),
        None => {}
    }
    if said.is_empty() {
        return html! {};
    }
    let dispatch = state.dispatcher();
    let onclick = Callback::from(move |_| {
        dispatch.dispatch(Action::Period(None));
        dispatch.dispatch(Action::Pick(None));
    });
    html! {
        <p class="hint" data-testid="archive-picks" role="status">
            { format!("{}{}", lang.tr("仅显示：", "Showing only: "), said.join(lang.tr("；", "; "))) }
            { " " }
            <button type="button" class="button button-quiet" data-testid="archive-clear-picks" {onclick}>
                { lang.tr("显示全部", "Show all") }
            </button>
        </p>
    }
}

fn phase_note(phase: &Phase, lang: Lang) -> Html {
    let (class, words) = match phase {
        Phase::Cancelled => (
            "status",
            lang.tr("已取消导入。", "The import was cancelled.")
                .to_string(),
        ),
        Phase::Failed(why) => (
            "status status-error",
            match lang {
                Lang::Zh => format!("无法导入：{why}"),
                Lang::En => format!("The archive could not be imported: {why}"),
            },
        ),
        _ => return html! {},
    };
    html! { <p class={class} role="alert" data-testid="archive-status">{ words }</p> }
}

/// Follows the page's language: the main app's toggle sets `<html lang>`, which is watched.
#[hook]
fn use_page_lang(dispatch: UseReducerDispatcher<ArchiveState>) {
    use_effect_with((), move |_| {
        let root = gloo::utils::document_element();
        let read = root.clone();
        let changed = Closure::<dyn Fn()>::new(move || {
            let lang = read.get_attribute("lang").unwrap_or_default();
            dispatch.dispatch(Action::Lang(if lang.starts_with("en") {
                Lang::En
            } else {
                Lang::Zh
            }));
        });
        let observer = web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            let options = web_sys::MutationObserverInit::new();
            options.set_attribute_filter(&Array::of1(&JsValue::from_str("lang")));
            let _ = observer.observe_with_options(&root, &options);
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(changed);
        }
    });
}

/// Opening an archive moves the focus to its view's heading, so that a keyboard or screen
/// reader user is where the archive is.
#[hook]
fn use_focus_on_open(run: u32) -> NodeRef {
    let heading = use_node_ref();
    let target = heading.clone();
    use_effect_with(run, move |run| {
        if *run > 0 {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
    heading
}

#[function_component(ArchiveApp)]
pub fn archive_app() -> Html {
    let state =
        use_reducer(|| ArchiveState::new(storage::load_lang(), storage::read_hash_filters()));
    use_open_global(state.dispatcher());
    use_page_lang(state.dispatcher());
    use_import(&state);
    use_hash_filters(&state);
    let rows = use_rows(&state);
    let heading = use_focus_on_open(state.run);
    if state.phase == Phase::Idle {
        return html! {};
    }
    let lang = state.lang;
    let send_unit = |make: fn() -> Action| {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(make()))
    };
    let dispatch = state.dispatcher();
    let on_columns =
        Callback::from(move |c| dispatch.dispatch(Action::Columns(c, js_sys::Date::now())));
    let dispatch = state.dispatcher();
    let on_filters = Callback::from(move |f| dispatch.dispatch(Action::Filters(f)));
    let dispatch = state.dispatcher();
    let on_period = Callback::from(move |p| dispatch.dispatch(Action::Period(p)));
    let dispatch = state.dispatcher();
    let on_pick = Callback::from(move |p| dispatch.dispatch(Action::Pick(p)));
    let dispatch = state.dispatcher();
    let on_sort = Callback::from(move |c| dispatch.dispatch(Action::Sort(c)));
    let dispatch = state.dispatcher();
    let on_page = Callback::from(move |p| dispatch.dispatch(Action::Page(p)));
    let dispatch = state.dispatcher();
    let on_toggle = Callback::from(move |r| dispatch.dispatch(Action::Toggle(r)));
    let name = state
        .source
        .as_ref()
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let ready = state.phase == Phase::Ready;
    html! {
        <section class="archive" data-testid="archive-view" data-phase={phase_name(&state.phase)}
            aria-labelledby="archive-title">
            <header class="archive-header">
                <h2 id="archive-title" tabindex="-1" ref={heading}>
                    { lang.tr("文章档案", "Archive") }
                    if !name.is_empty() { <span class="archive-name" data-testid="archive-name" lang="zh-Hans">{ format!(" · {name}") }</span> }
                </h2>
                <button type="button" class="button button-quiet" data-testid="archive-close"
                    onclick={close(&state)}>{ lang.tr("关闭档案", "Close the archive") }</button>
            </header>
            <ImportProgress phase={state.phase.clone()} read={state.loaded.articles.len() + state.loaded.errors.len()}
                {lang} on_cancel={send_unit(|| Action::Cancel)} />
            { phase_note(&state.phase, lang) }
            if let Phase::Columns(headers) = &state.phase {
                <CsvColumnsDialog headers={headers.clone()} {lang} on_choose={on_columns} />
            }
            <ImportErrors errors={state.loaded.errors.clone()} {lang} />
            if ready {
                <ArchiveFilters loaded={state.loaded.clone()} filters={state.filters.clone()} {lang} on_change={on_filters} />
                <Charts loaded={state.loaded.clone()} filters={state.filters.clone()}
                    period={state.period.clone()} pick={state.pick.clone()} {lang} {on_period} {on_pick} />
                { picks_note(&state) }
                <Exports loaded={state.loaded.clone()} rows={rows.clone()} source={state.source.clone()} {lang} />
                <MeetingsTable loaded={state.loaded.clone()} {rows} sort={state.sort} page={state.page}
                    open={state.open} {lang} {on_sort} {on_page} {on_toggle} />
            }
        </section>
    }
}

/// Closes the view and gives the focus back to the page's file input, where archives open.
fn close(state: &UseReducerHandle<ArchiveState>) -> Callback<MouseEvent> {
    let dispatch = state.dispatcher();
    Callback::from(move |_| {
        dispatch.dispatch(Action::Close);
        let input = gloo::utils::document()
            .query_selector("[data-testid=\"file-input\"]")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
    })
}

fn phase_name(phase: &Phase) -> &'static str {
    match phase {
        Phase::Idle => "idle",
        Phase::Reading { .. } => "reading",
        Phase::Columns(_) => "columns",
        Phase::Ready => "ready",
        Phase::Cancelled => "cancelled",
        Phase::Failed(_) => "failed",
    }
}

/// Mounts the view into `#archive-root` (made before `<main id="app">` when the loader has not
/// made it); called by the archive binary's `main`.
pub fn start() {
    let document = gloo::utils::document();
    let root = document.get_element_by_id("archive-root").or_else(|| {
        let root = document.create_element("div").ok()?;
        root.set_id("archive-root");
        let app = document.get_element_by_id("app")?;
        app.before_with_node_1(&root).ok()?;
        Some(root)
    });
    if let Some(root) = root {
        yew::Renderer::<ArchiveApp>::with_root(root).render();
    }
}
