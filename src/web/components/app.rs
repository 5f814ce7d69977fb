//! The page: wires the state to the components, and the state to localStorage and the URL hash.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::web::components::filter_bar::FilterBar;
use crate::web::components::input_panel::InputPanel;
use crate::web::components::lang_toggle::LangToggle;
use crate::web::components::meeting_list::MeetingList;
use crate::web::components::people_panel::PeoplePanel;
use crate::web::components::province_map::{map_summary, ProvinceMap};
use crate::web::components::status_line::StatusLine;
use crate::web::components::summary::Summary;
use crate::web::components::text_view::TextView;
use crate::web::filters::{FilterField, Filters};
use crate::web::i18n::entity_names;
use crate::web::i18n::Lang;
use crate::web::shared::Shared;
use crate::web::state::{Action, AppState, Status};
use crate::web::storage;

/// How long typing must pause before the text is analysed.
pub const DEBOUNCE_MS: u32 = 250;

/// Runs an action that may analyse the text, marked in storage so that a crash inside the
/// analysis is noticed on the next load instead of crashing again.
fn guarded(state: &UseReducerHandle<AppState>, action: Action) {
    storage::begin_analysis();
    state.dispatch(action);
    storage::end_analysis();
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let interrupted = storage::take_interrupted();
        storage::begin_analysis();
        let state = AppState::restored(
            storage::load_text(),
            storage::load_date(),
            storage::load_lang(),
            storage::read_hash_filters(),
            interrupted,
        );
        storage::end_analysis();
        state
    });
    let timer = use_mut_ref(|| None::<Timeout>);
    let lang = state.lang;

    // Settings follow the state; the text is saved before any analysis (see on_text).
    use_effect_with(state.reference_date.clone(), |date| {
        storage::save_date(date)
    });
    use_effect_with(lang, |lang| {
        storage::save_lang(*lang);
        let _ = gloo::utils::document_element().set_attribute("lang", lang.html_lang());
    });
    use_effect_with(state.filters.clone(), storage::write_hash_filters);

    // The URL hash may change under us (back/forward, edited by hand).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    dispatcher.dispatch(Action::SetFilters(storage::read_hash_filters()));
                });
            move || drop(listener)
        });
    }

    // Scroll the text to the selected event's sentences.
    use_effect_with(state.selected, |selected| {
        if selected.is_some() {
            let doc = gloo::utils::document();
            if let Ok(Some(el)) =
                doc.query_selector("[data-testid=\"text-view\"] [data-active=\"true\"]")
            {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
    });

    let on_text = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |(text, now): (String, bool)| {
            storage::save_text(&text);
            timer.borrow_mut().take();
            if now {
                guarded(&state, Action::SetTextNow(text));
            } else {
                state.dispatch(Action::SetText(text));
                let state = state.clone();
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                    if state.needs_analysis() {
                        guarded(&state, Action::Analyze);
                    }
                }));
            }
        })
    };
    let on_date = {
        let state = state.clone();
        Callback::from(move |date: String| guarded(&state, Action::SetReferenceDate(date)))
    };
    let on_sample = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            storage::save_text(crate::web::sample::SAMPLE_ARTICLE);
            guarded(&state, Action::LoadSample);
        })
    };
    let on_clear = {
        let state = state.clone();
        let timer = timer.clone();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            storage::save_text("");
            state.dispatch(Action::Clear);
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_filters = {
        let state = state.clone();
        Callback::from(move |f: Filters| state.dispatch(Action::SetFilters(f)))
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |i: usize| state.dispatch(Action::Select(Some(i))))
    };

    let doc = Shared::new(state.doc.clone());
    let text = Shared::new(state.analyzed_text.clone());
    let visible = {
        let filters = state.filters.clone();
        let doc = doc.clone();
        use_memo((doc, filters), |(doc, filters)| {
            Shared::new(Rc::new(
                doc.events
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| filters.matches(e))
                    .map(|(i, _)| i)
                    .collect::<Vec<usize>>(),
            ))
        })
    };
    let visible: Shared<Vec<usize>> = (*visible).clone();

    // The map counts the events that the other filters keep, so that every province stays
    // visible while one is selected.
    let map_props = {
        let filters = state.filters.clone();
        use_memo((doc.clone(), filters), |(doc, filters)| {
            let others = filters.with(FilterField::Province, None);
            let (counts, lines) = map_summary(doc.events.iter().filter(|e| others.matches(e)));
            let english = entity_names(doc)
                .into_iter()
                .filter_map(|(id, (_, en))| en.map(|en| (id, en)))
                .collect::<std::collections::HashMap<_, _>>();
            (Rc::new(counts), lines, Rc::new(english))
        })
    };
    let on_map_select = {
        let state = state.clone();
        Callback::from(move |iso: Option<String>| {
            let filters = state.filters.with(FilterField::Province, iso);
            state.dispatch(Action::SetFilters(filters));
        })
    };
    let shown = matches!(state.status, Status::Ready | Status::Pending);
    let has_results = shown && !doc.events.is_empty();

    html! {
        <div class="app" data-lang={lang.as_str()} data-status={status_name(&state.status)}>
            <div class="toolbar">
                <LangToggle {lang} on_change={on_lang} />
            </div>
            <InputPanel text={AttrValue::from(state.text.clone())}
                reference_date={AttrValue::from(state.reference_date.clone())}
                {lang} {on_text} {on_date} {on_sample} {on_clear} />
            <section class="results" aria-label={lang.tr("分析结果", "Results")} aria-busy={(state.status == Status::Pending).to_string()}>
                <StatusLine status={state.status.clone()} {lang} meetings={doc.events.len()} />
                if has_results {
                    <div class="overview">
                        <div class="overview-main">
                            <Summary doc={doc.clone()} visible={visible.clone()} {lang} />
                            <FilterBar doc={doc.clone()} filters={state.filters.clone()} {lang} on_change={on_filters} />
                            if visible.is_empty() {
                                <p class="status" data-testid="no-match">
                                    { lang.tr("没有符合筛选条件的会见。", "No meeting matches the filters.") }
                                </p>
                            }
                        </div>
                        <ProvinceMap counts={map_props.0.clone()} lines={map_props.1.clone()}
                            selected={state.filters.province.clone()} on_select={on_map_select}
                            lang={lang.as_str()} english_names={Some(map_props.2.clone())} />
                    </div>
                }
                if shown && !text.is_empty() {
                    <div class="results-grid">
                        if has_results {
                            <div class="cards-column">
                                <h2 class="panel-title">{ lang.tr("会见", "Meetings") }</h2>
                                <MeetingList doc={doc.clone()} text={text.clone()} visible={visible.clone()}
                                    selected={state.selected} {lang} on_select={on_select.clone()} />
                            </div>
                        }
                        <TextView doc={doc.clone()} text={text.clone()} selected={state.selected} {lang} />
                    </div>
                    <PeoplePanel doc={doc.clone()} {lang} on_select={on_select} />
                }
            </section>
        </div>
    }
}

fn status_name(status: &Status) -> &'static str {
    match status {
        Status::Empty => "empty",
        Status::Pending => "working",
        Status::Ready => "ready",
        Status::Error(_) => "error",
    }
}
