//! The page: wires the state to the components, and the state to localStorage and the URL hash.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;
use yew::Reducible;

use crate::web::components::filter_bar::FilterBar;
use crate::web::components::input_panel::InputPanel;
use crate::web::components::lang_toggle::LangToggle;
use crate::web::components::meeting_card::CardReview;
use crate::web::components::meeting_list::MeetingList;
use crate::web::components::my_names_panel::MyNamesPanel;
use crate::web::components::notice::{LinkNotice, NoticeBar};
use crate::web::components::people_panel::PeoplePanel;
use crate::web::components::print_header::{print_header, today};
use crate::web::components::province_map::{map_summary, ProvinceMap};
use crate::web::components::review_ui::use_review;
use crate::web::components::roving::skip_to;
use crate::web::components::share_bar::ShareBar;
use crate::web::components::status_line::StatusLine;
use crate::web::components::summary::Summary;
use crate::web::components::text_view::TextView;
use crate::web::corrections::Corrections;
use crate::web::filters::{FilterField, Filters};
use crate::web::i18n::Lang;
use crate::web::i18n::{entity_names, EntityNames};
use crate::web::job::{Job, JobEvent};
use crate::web::names::pinyin_for_missing;
use crate::web::scroll;
use crate::web::share::{read_link, SharedLink};
use crate::web::shared::Shared;
use crate::web::state::{Action, AppState, Origin, ReplacedBy, Status, BIG_TEXT};
use crate::web::storage;

/// The skip links: target id, test id, label.
const SKIP_LINKS: [(&str, &str, &str, &str); 2] = [
    (
        "huitan-cards",
        "skip-cards",
        "跳到会见卡片",
        "Skip to the meetings",
    ),
    ("huitan-text", "skip-text", "跳到原文", "Skip to the text"),
];

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
    // What the browser kept, with a shared link in the address applied over it.
    let opened = use_memo((), |_| initial_state());
    let notice = use_state(|| opened.1.clone());
    let state = use_reducer(|| opened.0.clone());
    // Whether the browser keeps the text for the next visit (false when over its quota).
    let kept = use_state(|| true);
    let timer = use_mut_ref(|| None::<Timeout>);
    // Set by a paste or an opened file: on a phone, the page then scrolls to the results.
    let reveal = use_mut_ref(|| false);
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
    use_effect_with(state.names.clone(), |names| {
        storage::save_names(names);
    });
    // A replacement (not typing) saves the text it put aside first, then the new text, so that
    // a crash in between loses neither.
    {
        let state = state.clone();
        let kept = kept.clone();
        use_effect_with(state.saves, move |saves| {
            if *saves > 0 {
                storage::save_previous(state.previous.as_deref());
                storage::save_previous_corrections(state.previous_corrections.as_deref());
                kept.set(storage::save_text(&state.text));
            }
        });
    }

    // Corrections are kept with the text (the text itself is saved before any analysis).
    use_effect_with(state.corrections.clone(), |c| {
        storage::save_corrections(c);
    });
    let review = use_review(&state);

    // The URL hash may change under us (back/forward, edited by hand, a shared link pasted into
    // the address bar of an open page).
    {
        let dispatcher = state.dispatcher();
        let notice = notice.setter();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let action = match read_link(&storage::read_hash()) {
                        Ok(Some(link)) => {
                            storage::write_hash_filters(&link.filters);
                            if let Some(theirs) = &link.names {
                                dispatcher.dispatch(Action::MergeNames(theirs.clone()));
                            }
                            match link.text {
                                Some(text) => {
                                    dispatcher.dispatch(Action::Open {
                                        text,
                                        reference_date: link.reference_date,
                                        filters: Some(link.filters),
                                        lang: link.lang,
                                        why: ReplacedBy::Link,
                                    });
                                    link.corrections.map(Action::SetCorrections).unwrap_or(
                                        Action::SetCorrections(Ok(Corrections::default())),
                                    )
                                }
                                None => {
                                    notice.set(Some(LinkNotice::ViewOnly(link.filters.clone())));
                                    if let Some(lang) = link.lang {
                                        dispatcher.dispatch(Action::SetLang(lang));
                                    }
                                    Action::SetFilters(link.filters)
                                }
                            }
                        }
                        Err(_) => {
                            notice.set(Some(LinkNotice::Damaged));
                            Action::SetFilters(storage::read_hash_filters())
                        }
                        _ => Action::SetFilters(storage::read_hash_filters()),
                    };
                    dispatcher.dispatch(action);
                });
            move || drop(listener)
        });
    }

    // Scroll the text to the selected event's sentences; not on a phone, where the text is
    // far below the cards: the card shows its sentence, and a button of its own jumps.
    use_effect_with(state.selected, |selected| {
        if selected.is_some() && !scroll::narrow() {
            scroll::to(scroll::ACTIVE_TEXT, web_sys::ScrollLogicalPosition::Center);
        }
    });

    // Big texts are analysed by a worker while `state.job` names a job; a new job, a cancel or
    // leaving the page drops the running one, which stops its worker.
    {
        let state = state.clone();
        use_effect_with(state.job, move |job| {
            let running = job.and_then(|id| {
                let dispatcher = state.dispatcher();
                let on_event = Callback::from(move |event: JobEvent| {
                    dispatcher.dispatch(match event {
                        JobEvent::Progress(share) => Action::Progress(id, share),
                        JobEvent::Done(doc) => Action::Finished(id, doc),
                        JobEvent::Failed(msg) => Action::Failed(id, msg),
                    })
                });
                match Job::start(
                    state.text.to_string(),
                    state.reference_date.clone(),
                    state.names.to_json(),
                    on_event,
                ) {
                    Ok(job) => Some(job),
                    Err(msg) => {
                        state.dispatch(Action::Failed(id, msg));
                        None
                    }
                }
            });
            move || drop(running)
        });
    }

    // In English, people's names get their pinyin from a small worker fetched for the purpose.
    let csv_pinyin = use_state(|| false);
    let on_need_pinyin = {
        let csv_pinyin = csv_pinyin.clone();
        Callback::from(move |()| csv_pinyin.set(true))
    };
    {
        let csv_pinyin = csv_pinyin.clone();
        let state = state.clone();
        // The CSV export names people in pinyin too, so it may ask for it in Chinese.
        let english = lang == Lang::En || *csv_pinyin;
        use_effect_with((english, state.doc.clone()), move |(english, doc)| {
            let job = english
                .then(|| pinyin_for_missing(&state, doc.people.iter().map(|p| p.name.clone())))
                .flatten();
            move || drop(job)
        });
    }

    // A new text answers a link that carried none: its notice has said what it had to.
    let settle = {
        let notice = notice.clone();
        move || {
            if matches!(*notice, Some(LinkNotice::ViewOnly(_))) {
                notice.set(None);
            }
        }
    };
    let on_text = {
        let state = state.clone();
        let timer = timer.clone();
        let reveal = reveal.clone();
        let kept = kept.clone();
        let settle = settle.clone();
        Callback::from(move |(text, now): (String, bool)| {
            if !text.trim().is_empty() {
                settle();
            }
            kept.set(storage::save_text(&text));
            timer.borrow_mut().take();
            if now {
                *reveal.borrow_mut() = true;
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
    // An article's date is written into the text (its separator line), as an edit of it.
    let on_article_date = {
        let state = state.clone();
        let on_text = on_text.clone();
        Callback::from(move |(article, date): (usize, String)| {
            let text = crate::core::with_article_date(&state.text, article, &date);
            if *text != *state.text {
                on_text.emit((text, true));
            }
        })
    };
    let replace = {
        let state = state.clone();
        let timer = timer.clone();
        let settle = settle.clone();
        move |action: Action| {
            timer.borrow_mut().take();
            settle();
            guarded(&state, action);
        }
    };
    let on_sample = {
        let replace = replace.clone();
        let reveal = reveal.clone();
        Callback::from(move |_| {
            *reveal.borrow_mut() = true;
            replace(Action::LoadSample)
        })
    };
    let on_file = {
        let replace = replace.clone();
        let state = state.clone();
        let reveal = reveal.clone();
        Callback::from(move |(text, origin): (String, Origin)| {
            *reveal.borrow_mut() = true;
            replace(Action::OpenFile(text));
            state.dispatch(Action::SetOrigin(Some(origin)));
        })
    };
    let on_paste_html = {
        let replace = replace.clone();
        let reveal = reveal.clone();
        Callback::from(move |(raw, text): (String, String)| {
            *reveal.borrow_mut() = true;
            replace(Action::PasteHtml { raw, text });
        })
    };
    let on_clear = {
        let replace = replace.clone();
        Callback::from(move |_| replace(Action::Clear))
    };
    let on_restore = {
        let replace = replace.clone();
        Callback::from(move |_| replace(Action::Restore))
    };
    let on_discard = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DiscardPrevious))
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Cancel))
    };
    let on_retry = {
        let state = state.clone();
        Callback::from(move |_| guarded(&state, Action::Analyze))
    };
    let on_import = {
        let replace = replace.clone();
        let state = state.clone();
        Callback::from(
            move |(source, corrections): (crate::web::export::Source, _)| {
                replace(Action::Open {
                    text: source.text,
                    reference_date: source.reference_date,
                    filters: None,
                    lang: None,
                    why: ReplacedBy::Import,
                });
                state.dispatch(Action::SetCorrections(corrections));
            },
        )
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
    let on_names = {
        let state = state.clone();
        Callback::from(move |names| guarded(&state, Action::SetNames(names)))
    };

    let doc = Shared::new(state.doc.clone());
    let text = Shared::new(state.analyzed_text.clone());
    // The names of the parties, worked out once per analysis for every card and panel.
    // A new analysis is drawn in steps, each in its own task and frame (see `stages`), so that
    // no single task of drawing a big result holds the page up.
    // The stage is kept with the document it belongs to: a new document starts at 0.
    let staged = use_state(|| (0usize, 0u8));
    let key = Rc::as_ptr(&state.doc) as usize;
    let stage = if staged.0 == key { staged.1 } else { 0 };
    {
        let staged = staged.clone();
        use_effect_with((key, stage), move |&(key, s)| {
            let timer =
                (s < stages::PEOPLE).then(|| Timeout::new(0, move || staged.set((key, s + 1))));
            move || drop(timer)
        });
    }
    // Worked out when first needed (the map's stage), so that no drawing step does it all.
    let drawn_map = stage >= stages::MAP;
    let names = use_memo((doc.clone(), drawn_map), |(doc, drawn)| {
        Shared::new(Rc::new(if *drawn {
            entity_names(doc)
        } else {
            EntityNames::new()
        }))
    });
    let names: Shared<EntityNames> = (*names).clone();
    // On a phone the input fills the first screen: after a paste or a file, show the results.
    use_effect_with((key, stage >= stages::CARDS), move |(_, drawn)| {
        if *drawn && std::mem::take(&mut *reveal.borrow_mut()) && scroll::narrow() {
            scroll::to(".results", web_sys::ScrollLogicalPosition::Start);
        }
    });
    let input_text: Shared<str> = Shared::new(state.text.clone());
    let visible = {
        let filters = state.filters.clone();
        let doc = doc.clone();
        let marks = Shared::new(state.review.clone());
        use_memo((doc, filters, marks), |(doc, filters, marks)| {
            Shared::new(Rc::new(
                doc.events
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| {
                        filters.matches(e) && filters.matches_mark(marks.marks.get(*i))
                    })
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
        use_memo(
            (doc.clone(), names.clone(), filters, drawn_map),
            |(doc, names, filters, drawn)| {
                let others = filters.with(FilterField::Province, None);
                let events = doc.events.iter().filter(|e| *drawn && others.matches(e));
                let (counts, lines) = map_summary(events);
                let english = names
                    .iter()
                    .filter_map(|(id, (_, en))| en.clone().map(|en| (id.clone(), en)))
                    .collect::<std::collections::HashMap<_, _>>();
                (Rc::new(counts), lines, Rc::new(english))
            },
        )
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

    let analysis =
        (state.status == Status::Ready && !text.is_empty()).then(|| (doc.clone(), text.clone()));

    html! {
        <div class="app" data-lang={lang.as_str()} data-status={status_name(&state.status)}
            data-drawn={(stage >= stages::PEOPLE).to_string()}>
            if has_results && stage >= stages::TEXT {
                // Visually hidden until focused (static/style.css): past the input and the
                // map, straight to the cards or to the text.
                <nav class="skip-links" aria-label={lang.tr("跳转", "Skip links")}>
                    { for SKIP_LINKS.iter().map(|&(id, testid, zh, en)| html! {
                        <a class="skip-link" data-testid={testid} href={format!("#{id}")} onclick={skip_to(id)}>
                            { lang.tr(zh, en) }</a>
                    }) }
                </nav>
            }
            <div class="toolbar">
                <LangToggle {lang} on_change={on_lang} />
            </div>
            <NoticeBar {lang} previous={state.previous.as_ref().map(|p| p.why)}
                link={(*notice).clone()} {on_restore} {on_discard} />
            <InputPanel text={input_text.clone()}
                reference_date={AttrValue::from(state.reference_date.clone())}
                kept={*kept}
                origin={state.origin.clone()}
                {lang} {on_text} {on_file} {on_paste_html} {on_date} {on_sample} {on_clear} />
            <ShareBar text={input_text.clone()} reference_date={AttrValue::from(state.reference_date.clone())}
                filters={state.filters.clone()} {lang} names={state.names.clone()} {analysis} {on_import}
                review={Shared::new(state.review.clone())} corrections={Shared::new(state.corrections.clone())}
                pinyin={Shared::new(state.pinyin.clone())} {on_need_pinyin} />
            <MyNamesPanel names={state.names.clone()} {lang} on_change={on_names} />
            <section class="results" aria-label={lang.tr("分析结果", "Results")} aria-busy={matches!(state.status, Status::Pending | Status::Analysing(_)).to_string()}>
                if has_results {
                    // The day it is drawn: that of the analysis, unless the page stays open past midnight.
                    { print_header(&doc, &text, state.origin.as_deref(), &today(), lang) }
                }
                <StatusLine status={state.status.clone()} {lang} meetings={doc.events.len()}
                    big={state.text.len() > BIG_TEXT} {on_cancel} {on_retry} />
                // Also with no meeting left: Undo and "add a meeting" stay within reach.
                if shown && !text.is_empty() { { review.panel } }
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
                        if stage >= stages::MAP {
                            <ProvinceMap counts={map_props.0.clone()} lines={map_props.1.clone()}
                                selected={state.filters.province.clone()} on_select={on_map_select}
                                lang={lang.as_str()} english_names={Some(map_props.2.clone())} />
                        }
                    </div>
                }
                if shown && !text.is_empty() {
                    <div class="results-grid">
                        if has_results && stage >= stages::CARDS {
                            <div class="cards-column">
                                <h2 class="panel-title" id="huitan-cards" tabindex="-1">{ lang.tr("会见", "Meetings") }</h2>
                                <ContextProvider<CardReview> context={review.cards.clone()}>
                                    <MeetingList doc={doc.clone()} text={text.clone()} names={names.clone()}
                                        pinyin={Shared::new(state.pinyin.clone())} visible={visible.clone()}
                                        selected={state.selected} {lang} on_select={on_select.clone()} />
                                </ContextProvider<CardReview>>
                            </div>
                        }
                        if stage >= stages::TEXT {
                            <TextView doc={doc.clone()} text={text.clone()} selected={state.selected} {lang} names={names.clone()} {on_article_date} />
                        }
                    </div>
                    if stage >= stages::PEOPLE {
                        <PeoplePanel doc={doc.clone()} names={names.clone()}
                            pinyin={Shared::new(state.pinyin.clone())} {lang} on_select={on_select} />
                    }
                }
            </section>
            { review.dialog }
        </div>
    }
}

fn status_name(status: &Status) -> &'static str {
    match status {
        Status::Empty => "empty",
        Status::Pending | Status::Analysing(_) => "working",
        Status::Ready => "ready",
        Status::Error(_) => "error",
    }
}

/// The state the page opens with: what the browser kept (the text, the date, the language,
/// the text put aside), with a shared link in the address applied over it: its text replaces
/// the kept one, which is put aside; its view sets the filters and language. And the notice
/// to give about the link.
fn initial_state() -> (AppState, Option<LinkNotice>) {
    let interrupted = storage::take_interrupted();
    let link = read_link(&storage::read_hash());
    let (lang, filters) = match &link {
        Ok(Some(l)) => (l.lang.unwrap_or_else(storage::load_lang), l.filters.clone()),
        _ => (storage::load_lang(), storage::read_hash_filters()),
    };
    storage::begin_analysis();
    let state = AppState::restored(
        storage::load_text(),
        storage::load_date(),
        lang,
        filters.clone(),
        interrupted,
    )
    .with_previous(storage::load_previous())
    .with_names(match &link {
        // A link's dictionary adds to the user's own (whose entries win).
        Ok(Some(SharedLink {
            names: Some(theirs),
            ..
        })) => storage::load_names().merged(theirs),
        _ => storage::load_names(),
    });
    let (current, previous, problem) = storage::load_corrections();
    let state = state.with_corrections(current, previous, problem);
    let opened = match link {
        Ok(Some(SharedLink {
            text: Some(text),
            reference_date,
            corrections,
            ..
        })) => {
            let action = Action::Open {
                text,
                reference_date,
                filters: None,
                lang: None,
                why: ReplacedBy::Link,
            };
            let next = Rc::new(state).reduce(action);
            let next = match corrections {
                Some(c) => next.reduce(Action::SetCorrections(c)),
                None => next,
            };
            (
                Rc::try_unwrap(next).unwrap_or_else(|rc| (*rc).clone()),
                None,
            )
        }
        Ok(Some(_)) => (state, Some(LinkNotice::ViewOnly(filters))),
        Ok(None) => (state, None),
        Err(_) => (state, Some(LinkNotice::Damaged)),
    };
    storage::end_analysis();
    opened
}

/// The steps in which a new analysis is drawn: the summary and filters first, then the map,
/// the cards, the marked-up text and the people.
mod stages {
    pub const MAP: u8 = 1;
    pub const CARDS: u8 = 2;
    pub const TEXT: u8 = 3;
    pub const PEOPLE: u8 = 4;
}
