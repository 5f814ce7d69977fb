//! Browser tests of the web app's state and components (wasm32 only, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use huitan::core::{
    DateOut, Document, Event, EventKind, Mention, MentionKind, Participant, PartyKind, PartyRef,
    Person, Role, Span,
};
use huitan::web::components::meeting_card::{MeetingCard, MeetingCardProps};
use huitan::web::components::summary::{Summary, SummaryProps};
use huitan::web::components::text_view::{TextView, TextViewProps};
use huitan::web::filters::{FilterField, Filters};
use huitan::web::i18n::Lang;
use huitan::web::segments::pieces;
use huitan::web::shared::Shared;
use huitan::web::state::{Action, AppState, ErrorKind, Status, MAX_INPUT_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::{Callback, Reducible};

wasm_bindgen_test_configure!(run_in_browser);

const SENTENCE: &str = "12月12日，陕西省委书记赵一德、省长赵刚在北京与教育部党组书记、部长怀进鹏举行工作会谈并签署战略合作协议。";

fn find(hay: &str, needle: &str) -> (usize, usize) {
    let s = hay.find(needle).expect(needle);
    (s, s + needle.len())
}

fn mention(
    text: &str,
    kind: MentionKind,
    needle: &str,
    resolved: &str,
    english: Option<&str>,
) -> Mention {
    let (start, end) = find(text, needle);
    Mention {
        kind,
        text: needle.to_string(),
        start,
        end,
        resolved: Some(resolved.to_string()),
        english: english.map(str::to_string),
    }
}

/// A hand-made analysis of SENTENCE (not the core's: these tests are about the UI).
fn sample_doc() -> Document {
    let text = SENTENCE;
    let event = Event {
        kind: EventKind::Talks,
        cameo: "040".into(),
        date: Some(DateOut {
            start: "2023-12-12".into(),
            end: "2023-12-12".into(),
            text: "12月12日".into(),
            time_of_day: Some("下午".into()),
        }),
        parties: vec![
            PartyRef {
                id: "CN-SN".into(),
                name: "陕西省委".into(),
                english: Some("Shaanxi".into()),
                kind: PartyKind::Province,
                province: None,
            },
            PartyRef {
                id: "教育部".into(),
                name: "教育部".into(),
                english: Some("Ministry of Education".into()),
                kind: PartyKind::Ministry,
                province: None,
            },
        ],
        participants: vec![Participant {
            name: "怀进鹏".into(),
            org: Some("教育部".into()),
        }],
        agreements: vec!["战略合作协议".into()],
        topics: vec!["education".into()],
        location: Some("北京".into()),
        quotes: vec![],
        evidence: vec![Span::new(0, text.len())],
        articles: vec![],
    };
    Document {
        events: vec![event],
        people: vec![Person {
            name: "怀进鹏".into(),
            org: Some("教育部".into()),
            roles: vec![Role::Minister],
            titles: vec!["教育部党组书记".into(), "部长".into()],
        }],
        mentions: vec![
            mention(text, MentionKind::Date, "12月12日", "--12-12", None),
            mention(
                text,
                MentionKind::Party,
                "陕西省委",
                "CN-SN",
                Some("Shaanxi"),
            ),
            mention(text, MentionKind::Person, "赵一德", "赵一德", None),
            mention(
                text,
                MentionKind::Party,
                "教育部",
                "教育部",
                Some("Ministry of Education"),
            ),
            mention(text, MentionKind::Person, "怀进鹏", "怀进鹏", None),
            // A title that contains a party mention: must nest, not break.
            mention(text, MentionKind::Title, "教育部党组书记", "minister", None),
        ],
        ..Document::default()
    }
}

fn root() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn meeting_card_renders_its_data_attributes_and_content() {
    let div = root();
    let props = MeetingCardProps {
        doc: Shared::new(Rc::new(sample_doc())),
        text: Shared::new(Rc::from(SENTENCE)),
        index: 0,
        active: false,
        lang: Lang::Zh,
        on_select: Callback::noop(),
    };
    yew::Renderer::<MeetingCard>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;

    let card = div
        .query_selector("[data-testid=meeting-card]")
        .unwrap()
        .expect("a card");
    assert_eq!(attr(&card, "data-parties"), "CN-SN 教育部");
    assert_eq!(attr(&card, "data-date"), "2023-12-12");
    assert_eq!(attr(&card, "data-kind"), "talks");
    let text = card.text_content().unwrap();
    for expected in [
        "会谈",
        "陕西省委",
        "Shaanxi",
        "Ministry of Education",
        "怀进鹏",
        "教育部党组书记、部长",
        "战略合作协议",
        "北京",
        "下午",
    ] {
        assert!(text.contains(expected), "card lacks {expected}: {text}");
    }
    // The evidence sentence is quoted from the text.
    let quote = card.query_selector(".evidence-quote").unwrap().unwrap();
    assert_eq!(quote.text_content().unwrap(), SENTENCE);
}

#[wasm_bindgen_test]
async fn meeting_card_without_date_has_empty_data_date_and_selects_on_click() {
    let div = root();
    let mut doc = sample_doc();
    doc.events[0].date = None;
    let picked = Rc::new(std::cell::Cell::new(None));
    let props = MeetingCardProps {
        doc: Shared::new(Rc::new(doc)),
        text: Shared::new(Rc::from(SENTENCE)),
        index: 0,
        active: false,
        lang: Lang::En,
        on_select: {
            let picked = picked.clone();
            Callback::from(move |i| picked.set(Some(i)))
        },
    };
    yew::Renderer::<MeetingCard>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    let card = div
        .query_selector("[data-testid=meeting-card]")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&card, "data-date"), "");
    assert!(card.text_content().unwrap().contains("Undated"));
    card.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(picked.get(), Some(0));
}

#[wasm_bindgen_test]
async fn text_view_nests_overlapping_mentions_and_marks_the_selected_evidence() {
    let div = root();
    let props = TextViewProps {
        doc: Shared::new(Rc::new(sample_doc())),
        text: Shared::new(Rc::from(SENTENCE)),
        selected: Some(0),
        lang: Lang::En,
    };
    yew::Renderer::<TextView>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;

    let view = div
        .query_selector("[data-testid=text-view]")
        .unwrap()
        .unwrap();
    // The text is all there, once, in order.
    assert_eq!(view.text_content().unwrap(), SENTENCE);
    // 教育部 inside 教育部党组书记: a party mark inside a title mark.
    let nested = view
        .query_selector("mark[data-kind=title] mark[data-kind=party]")
        .unwrap()
        .expect("party nested in title");
    assert_eq!(nested.text_content().unwrap(), "教育部");
    assert!(attr(&nested, "title").contains("Ministry of Education"));
    let person = view
        .query_selector("mark[data-kind=person]")
        .unwrap()
        .unwrap();
    assert_eq!(person.text_content().unwrap(), "赵一德");
    // The selected event's sentence is active.
    let active = view.query_selector_all("[data-active=true]").unwrap();
    assert!(active.length() > 0);
    let mut joined = String::new();
    for i in 0..active.length() {
        joined.push_str(&active.item(i).unwrap().text_content().unwrap());
    }
    assert_eq!(joined, SENTENCE);
}

#[wasm_bindgen_test]
async fn summary_counts_meetings_provinces_and_central_bodies() {
    let div = root();
    let props = SummaryProps {
        doc: Shared::new(Rc::new(sample_doc())),
        visible: Shared::new(Rc::new(vec![0])),
        lang: Lang::Zh,
    };
    yew::Renderer::<Summary>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    let summary = div
        .query_selector("[data-testid=summary]")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&summary, "data-meetings"), "1");
    assert_eq!(attr(&summary, "data-provinces"), "1");
    assert_eq!(attr(&summary, "data-central"), "1");
}

#[wasm_bindgen_test]
async fn app_renders_the_input_and_the_empty_state() {
    huitan::web::storage::clear_all();
    let div = root();
    yew::Renderer::<huitan::web::App>::with_root(div.clone()).render();
    yew::scheduler::flush().await;
    assert!(div
        .query_selector("[data-testid=article-input]")
        .unwrap()
        .is_some());
    assert!(div
        .query_selector("[data-testid=empty-state]")
        .unwrap()
        .is_some());
    assert!(div
        .query_selector("[data-testid=lang-toggle]")
        .unwrap()
        .is_some());
}

fn reduce(state: AppState, action: Action) -> AppState {
    (*Rc::new(state).reduce(action)).clone()
}

#[wasm_bindgen_test]
fn reducer_debounces_text_and_analyses_on_demand() {
    let s = reduce(AppState::default(), Action::SetText("你好".into()));
    assert_eq!(s.status, Status::Pending);
    assert_eq!(s.text, "你好");
    assert_eq!(&*s.analyzed_text, "");
    let s = reduce(s, Action::Analyze);
    assert_eq!(s.status, Status::Ready);
    assert_eq!(&*s.analyzed_text, "你好");
    let s = reduce(s, Action::Clear);
    assert_eq!(s.status, Status::Empty);
    assert!(s.text.is_empty());
}

#[wasm_bindgen_test]
fn reducer_keeps_text_it_cannot_analyse() {
    let long = "会".repeat(MAX_INPUT_BYTES / 3 + 10);
    let s = reduce(AppState::default(), Action::SetTextNow(long.clone()));
    assert!(matches!(s.status, Status::Error(ErrorKind::TooLong(_))));
    assert_eq!(s.text, long);
    let s = reduce(AppState::default(), Action::SetText(SENTENCE.into()));
    let s = reduce(s, Action::SetReferenceDate("2023-13-45".into()));
    assert!(matches!(s.status, Status::Error(ErrorKind::BadDate(_))));
    assert_eq!(s.text, SENTENCE);
    let s = reduce(s, Action::SetReferenceDate("2023-12-15".into()));
    assert_eq!(s.status, Status::Ready);
}

#[wasm_bindgen_test]
fn reducer_selects_toggles_and_switches_language() {
    let s = AppState {
        doc: Rc::new(sample_doc()),
        ..AppState::default()
    };
    let s = reduce(s, Action::Select(Some(0)));
    assert_eq!(s.selected, Some(0));
    let s = reduce(s, Action::Select(Some(0)));
    assert_eq!(s.selected, None);
    let s = reduce(s, Action::Select(Some(7)));
    assert_eq!(s.selected, None, "out of range");
    let s = reduce(s, Action::SetLang(Lang::En));
    assert_eq!(s.lang, Lang::En);
    let f = Filters::default().with(FilterField::Province, Some("CN-SN".into()));
    let s = reduce(s, Action::SetFilters(f.clone()));
    assert_eq!(s.filters, f);
}

#[wasm_bindgen_test]
fn reducer_loads_the_sample_with_its_date() {
    let s = reduce(AppState::default(), Action::LoadSample);
    assert!(!s.text.is_empty());
    assert_eq!(s.reference_date, huitan::web::sample::SAMPLE_DATE);
    assert_eq!(s.status, Status::Ready);
}

#[wasm_bindgen_test]
fn filters_round_trip_through_the_url_hash() {
    let f = Filters {
        province: Some("CN-SN".into()),
        counterpart: Some("ministry".into()),
        kind: Some("talks".into()),
        topic: Some("高等 教育&科研".into()),
    };
    let hash = f.to_hash();
    assert!(
        hash.starts_with("province=CN-SN&type=ministry&kind=talks&topic=%E9"),
        "{hash}"
    );
    assert_eq!(Filters::from_hash(&format!("#{hash}")), f);
    assert_eq!(Filters::from_hash("#junk&kind=%ZZ&x=1"), Filters::default());
    let doc = sample_doc();
    assert!(f.with(FilterField::Topic, None).matches(&doc.events[0]));
    assert!(!f.matches(&doc.events[0]));
}

#[wasm_bindgen_test]
fn pieces_ignore_bad_spans_and_cover_the_text() {
    let mut doc = sample_doc();
    doc.mentions.push(Mention {
        kind: MentionKind::Quote,
        text: String::new(),
        start: 1,
        end: 2, // inside a character: ignored
        resolved: None,
        english: None,
    });
    doc.mentions.push(Mention {
        kind: MentionKind::Quote,
        text: String::new(),
        start: 5,
        end: 10_000, // past the end: ignored
        resolved: None,
        english: None,
    });
    let ps = pieces(SENTENCE, &doc.mentions, &doc.events);
    assert_eq!(ps.first().unwrap().start, 0);
    assert_eq!(ps.last().unwrap().end, SENTENCE.len());
    for w in ps.windows(2) {
        assert_eq!(w[0].end, w[1].start);
    }
    assert!(ps.iter().all(|p| p.events == vec![0]));
}

#[wasm_bindgen_test]
fn html_is_reduced_to_its_text_without_scripts_or_styles() {
    let html = "<html><head><title>T</title><style>p{color:red}</style></head><body>\
        <h1>标题</h1><p>第一段。<script>alert(1)</script></p><p>第二段<img src=x onerror=\"alert(2)\"></p>\
        </body></html>";
    let text = huitan::web::components::input_panel::html_to_text(html);
    assert_eq!(text, "标题\n第一段。\n第二段");
}

#[wasm_bindgen_test]
fn meetings_are_grouped_by_day_dated_first() {
    use huitan::web::components::meeting_list::by_day;
    let mut doc = sample_doc();
    let mut later = doc.events[0].clone();
    later.date.as_mut().unwrap().start = "2023-12-14".into();
    let mut undated = doc.events[0].clone();
    undated.date = None;
    let same_day = doc.events[0].clone();
    doc.events = vec![undated, later, doc.events[0].clone(), same_day];
    let groups = by_day(&doc, &[0, 1, 2, 3]);
    let keys: Vec<&str> = groups.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(keys, ["2023-12-12", "2023-12-14", ""]);
    assert_eq!(groups[0].1, vec![2, 3]);
    assert_eq!(groups[2].1, vec![0]);
    // Only the visible ones.
    assert_eq!(by_day(&doc, &[1]).len(), 1);
}
