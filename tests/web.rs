//! Browser tests of the web app's state and components (wasm32 only, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use huitan::core::names::{OrgKind, UserNames, UserOrg};
use huitan::core::{
    DateOut, Document, Event, EventKind, Mention, MentionKind, Participant, PartyKind, PartyRef,
    Person, Role, Span,
};
use huitan::web::components::meeting_card::{MeetingCard, MeetingCardProps};
use huitan::web::components::summary::{Summary, SummaryProps};
use huitan::web::components::text_view::{TextView, TextViewProps};
use huitan::web::export;
use huitan::web::filters::{FilterField, Filters};
use huitan::web::i18n::{Lang, Said};
use huitan::web::segments::{article_gaps, pieces, pieces_cut, pieces_in, window};
use huitan::web::share::{link_hash, link_hash_with, read_link};
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
        resolved: Some(resolved.to_string().into()),
        english: english.map(|e| e.to_string().into()),
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
        location_english: Some("Beijing".into()),
        quotes: vec![],
        evidence: vec![Span::new(0, text.len())],
        articles: vec![],
        rules: vec![],
    };
    Document {
        events: vec![event],
        people: vec![Person {
            name: "怀进鹏".into(),
            org: Some("教育部".into()),
            roles: vec![Role::Minister],
            titles: vec!["教育部党组书记".into(), "部长".into()],
            english_titles: vec![
                "Secretary of the Leading Party Members' Group, Ministry of Education".into(),
                "Minister, Ministry of Education".into(),
            ],
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
        names: Shared::new(Rc::new(huitan::web::i18n::entity_names(&sample_doc()))),
        pinyin: Shared::new(Rc::new(
            [("怀进鹏".to_string(), "Huai Jinpeng".to_string())].into(),
        )),
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
    assert!(
        !text.contains("Huai Jinpeng"),
        "no pinyin in Chinese: {text}"
    );
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
        names: Shared::new(Rc::new(huitan::web::i18n::entity_names(&sample_doc()))),
        pinyin: Shared::new(Rc::new(
            [("怀进鹏".to_string(), "Huai Jinpeng".to_string())].into(),
        )),
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
    // In English, names have their pinyin.
    assert!(card.text_content().unwrap().contains("Huai Jinpeng"));
    card.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(picked.get(), Some(0));
}

#[wasm_bindgen_test]
async fn meeting_card_in_english_gives_offices_places_and_kinds_in_english() {
    let div = root();
    let mut doc = sample_doc();
    doc.events[0].parties[0] = PartyRef {
        id: "CN-MO".into(),
        name: "澳门特别行政区".into(),
        english: Some("Macau".into()),
        kind: PartyKind::Province,
        province: Some("CN-MO".into()),
    };
    let props = MeetingCardProps {
        names: Shared::new(Rc::new(huitan::web::i18n::entity_names(&doc))),
        doc: Shared::new(Rc::new(doc)),
        text: Shared::new(Rc::from(SENTENCE)),
        pinyin: Shared::new(Rc::new(Default::default())),
        index: 0,
        active: false,
        lang: Lang::En,
        on_select: Callback::noop(),
    };
    yew::Renderer::<MeetingCard>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    let card = div
        .query_selector("[data-testid=meeting-card]")
        .unwrap()
        .unwrap();
    let text = card.text_content().unwrap();
    for expected in [
        "Minister, Ministry of Education",
        "Beijing",
        "(strategic cooperation agreement)",
        "Special Administrative Region",
    ] {
        assert!(text.contains(expected), "card lacks {expected}: {text}");
    }
    // The evidence quote stays in Chinese; the offices, the place and the kind do not.
    let shown = |sel: &str| {
        card.query_selector(sel)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(!shown(".participant-title").contains("部长"));
    assert_eq!(shown(".location"), "Beijing");
    assert!(!text.contains("Province"), "{text}");
    // The agreement's title stays in Chinese, marked as such.
    let title = card.query_selector(".agreement-title").unwrap().unwrap();
    assert_eq!(attr(&title, "lang"), "zh-Hans");
    assert_eq!(title.text_content().unwrap(), "战略合作协议");
}

#[wasm_bindgen_test]
async fn text_view_nests_overlapping_mentions_and_marks_the_selected_evidence() {
    let div = root();
    let props = TextViewProps {
        doc: Shared::new(Rc::new(sample_doc())),
        text: Shared::new(Rc::from(SENTENCE)),
        selected: Some(0),
        lang: Lang::En,
        names: Shared::new(Rc::new(huitan::web::i18n::entity_names(&sample_doc()))),
        on_article_date: Callback::noop(),
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
    assert_eq!(&*s.text, "你好");
    assert_eq!(&*s.analyzed_text, "");
    let s = reduce(s, Action::Analyze);
    assert_eq!(s.status, Status::Analysing(0.0));
    let job = s.job.expect("a worker job");
    let s = reduce(s, Action::Finished(job, Rc::new(Document::default())));
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
    assert_eq!(*s.text, *long);
    let s = reduce(AppState::default(), Action::SetText(SENTENCE.into()));
    let s = reduce(s, Action::SetReferenceDate("2023-13-45".into()));
    assert!(matches!(s.status, Status::Error(ErrorKind::BadDate(_))));
    assert_eq!(&*s.text, SENTENCE);
    let s = reduce(s, Action::SetReferenceDate("2023-12-15".into()));
    assert_eq!(s.status, Status::Analysing(0.0));
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
    assert_eq!(s.status, Status::Analysing(0.0));
}

#[wasm_bindgen_test]
fn filters_round_trip_through_the_url_hash() {
    let f = Filters {
        province: Some("CN-SN".into()),
        counterpart: Some("ministry".into()),
        kind: Some("talks".into()),
        topic: Some("高等 教育&科研".into()),
        ..Filters::default()
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
fn the_article_filter_keeps_its_articles_meetings_and_round_trips_through_the_hash() {
    let f = Filters::default().with(FilterField::Article, Some("2".into()));
    assert_eq!(f.to_hash(), "article=2");
    let both = f.with(FilterField::Kind, Some("talks".into()));
    assert_eq!(Filters::from_hash("#kind=talks&article=2"), both);
    let mut event = sample_doc().events[0].clone();
    event.articles = vec![0, 2];
    assert!(f.matches(&event));
    event.articles = vec![1];
    assert!(!f.matches(&event));
    assert!(
        Filters::from_hash("#article=x").matches(&event),
        "a value that is no index keeps every meeting"
    );
}

#[wasm_bindgen_test]
fn the_stretches_between_articles_are_their_separator_lines_and_pieces_are_cut_there() {
    let text = "甲\n---\n乙\n--- 2024-11-24\n丙\n---\n";
    let doc = huitan::core::analyze(text, &Default::default());
    let gaps = article_gaps(text, &doc.articles);
    let lines: Vec<&str> = gaps.iter().map(|g| &text[g.0..g.1]).collect();
    assert_eq!(lines, ["---\n", "--- 2024-11-24\n", "---\n"]);
    let next: Vec<Option<usize>> = gaps.iter().map(|g| g.2).collect();
    assert_eq!(next, [Some(1), Some(2), None]);
    let cuts: Vec<usize> = gaps.iter().flat_map(|g| [g.0, g.1]).collect();
    let cut = pieces_cut(text, &doc.mentions, &doc.events, (0, text.len()), &cuts);
    for g in &gaps {
        assert!(cut.iter().any(|p| (p.start, p.end) == (g.0, g.1)), "{g:?}");
    }
    // One article that is the whole text has none; bad spans are left out.
    let one = huitan::core::analyze("甲乙丙", &Default::default());
    assert!(article_gaps("甲乙丙", &one.articles).is_empty());
    let mut bad = doc.articles.clone();
    bad[1].start = 10_000;
    assert!(article_gaps(text, &bad).iter().all(|g| g.1 <= text.len()));
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

#[wasm_bindgen_test]
fn reducer_hands_texts_to_a_worker_job_and_takes_only_its_result() {
    let big = "会".repeat(300_000);
    let s = reduce(AppState::default(), Action::SetTextNow(big.clone()));
    assert_eq!(s.status, Status::Analysing(0.0));
    let job = s.job.expect("a worker job");
    let s = reduce(s, Action::Progress(job, 0.5));
    assert_eq!(s.status, Status::Analysing(0.5));
    // A stale job's messages change nothing.
    let s = reduce(s, Action::Progress(job + 7, 0.9));
    assert_eq!(s.status, Status::Analysing(0.5));
    let doc = Rc::new(sample_doc());
    let done = reduce(s.clone(), Action::Finished(job, doc.clone()));
    assert_eq!(done.status, Status::Ready);
    assert_eq!(done.job, None);
    assert_eq!(&*done.analyzed_text, big.as_str());
    assert!(Rc::ptr_eq(&done.doc, &doc));
    // Cancel keeps the text and stops the job; a retry starts a new one.
    let cancelled = reduce(s.clone(), Action::Cancel);
    assert_eq!(cancelled.status, Status::Error(ErrorKind::Cancelled));
    assert_eq!(cancelled.job, None);
    assert_eq!(*cancelled.text, *big);
    let again = reduce(cancelled, Action::Analyze);
    assert!(again.job.is_some_and(|j| j != job));
    // Typing during a job drops it.
    let typed = reduce(s, Action::SetText(format!("{big}。")));
    assert_eq!(typed.job, None);
    assert_eq!(typed.status, Status::Pending);
}

#[wasm_bindgen_test]
fn share_links_round_trip_text_view_and_language() {
    let filters = Filters::default().with(FilterField::Province, Some("CN-SN".into()));
    for text in [
        SENTENCE.to_string(),
        "臺灣省與國務院台灣事務辦公室會談 😀🇨🇳 \u{202E}bidi\u{202C} a+b=c&t=x #hash".to_string(),
        "\u{0}\u{FFFD}".repeat(3),
        "会谈。".repeat(20_000),
    ] {
        let hash = link_hash(&filters, Lang::En, Some((&text, "2023-12-14")));
        assert!(!hash.contains(' ') && !hash.contains('#'));
        let link = read_link(&format!("#{hash}")).unwrap().expect("a link");
        assert_eq!(link.text.as_deref(), Some(text.as_str()));
        assert_eq!(link.reference_date, "2023-12-14");
        assert_eq!(link.lang, Some(Lang::En));
        assert_eq!(link.filters, filters);
    }
    // The view alone, and hashes that are only filters.
    let view = read_link(&link_hash(&filters, Lang::Zh, None))
        .unwrap()
        .unwrap();
    assert_eq!((view.text, view.lang), (None, Some(Lang::Zh)));
    assert_eq!(read_link("#province=CN-SN").unwrap(), None);
    assert_eq!(read_link("").unwrap(), None);
    // A link cut short gives a sentence, not a panic.
    let hash = link_hash(&filters, Lang::Zh, Some((&"会谈签约".repeat(500), "")));
    let cut = &hash[..hash.len() / 2];
    assert!(read_link(cut).is_err() || read_link(cut).unwrap().unwrap().text.is_some());
}

#[wasm_bindgen_test]
fn export_json_round_trips_the_text_and_csv_has_one_row_per_link() {
    let doc = sample_doc();
    let json = export::to_json(&doc, SENTENCE, "2023-12-14");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["events"][0]["kind"], "talks");
    assert_eq!(value["events"][0]["parties"][0]["id"], "CN-SN");
    let source = export::from_json(&json).unwrap();
    assert_eq!(source.text, SENTENCE);
    assert_eq!(source.reference_date, "2023-12-14");
    assert!(export::from_json("{\"events\": []}").is_err());
    assert!(export::from_json("not json").is_err());

    let csv = export::to_csv(&doc);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_end().lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].ends_with("date,end_date,kind,party_a,party_a_name,party_b,party_b_name,participants,agreements,topics,location,participant_titles,participants_en,rules"));
    assert!(
        lines[1].starts_with("2023-12-12,2023-12-12,talks,CN-SN,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("教育部") && lines[1].contains("怀进鹏"),
        "{}",
        lines[1]
    );
}

#[wasm_bindgen_test]
fn long_texts_are_drawn_in_windows_that_keep_their_marks() {
    let text = format!(
        "{}{}{}",
        "前文。\n".repeat(40_000),
        SENTENCE,
        "后文。\n".repeat(40_000)
    );
    let at = text.find(SENTENCE).unwrap();
    let (from, to) = window(&text, at, 60 * 1024);
    assert!(
        from <= at && at + SENTENCE.len() <= to,
        "{from}..{to} around {at}"
    );
    assert!(to - from <= 60 * 1024);
    assert!(text.is_char_boundary(from) && text.is_char_boundary(to));
    let m = Mention {
        kind: MentionKind::Person,
        text: "赵一德".into(),
        start: at + SENTENCE.find("赵一德").unwrap(),
        end: at + SENTENCE.find("赵一德").unwrap() + "赵一德".len(),
        resolved: None,
        english: None,
    };
    let outside = Mention {
        start: 0,
        end: 3,
        ..m.clone()
    };
    let cut = pieces_in(&text, &[m, outside], &[], from, to);
    assert_eq!(cut.first().unwrap().start, from);
    assert_eq!(cut.last().unwrap().end, to);
    assert_eq!(cut.iter().filter(|p| p.mentions == vec![0]).count(), 1);
    assert!(cut.iter().all(|p| !p.mentions.contains(&1)));
    assert_eq!(window("短文", 0, 100), (0, "短文".len()));
}

#[wasm_bindgen_test]
fn names_are_written_in_pinyin_surname_first() {
    use huitan::web::names::pinyin_name;
    for (name, pinyin) in [
        ("赵一德", Some("Zhao Yide")),
        ("怀进鹏", Some("Huai Jinpeng")),
        ("李强", Some("Li Qiang")),
        ("单霁翔", Some("Shan Jixiang")),
        ("曾庆红", Some("Zeng Qinghong")),
        ("欧阳坚", Some("Ouyang Jian")),
        ("艾尔肯·吐尼亚孜", None),
        ("李", None),
    ] {
        assert_eq!(pinyin_name(name).as_deref(), pinyin, "{name}");
    }
}

#[wasm_bindgen_test]
fn mentions_cross_from_the_worker_without_their_text_and_come_back_whole() {
    use huitan::web::wire::WireMention;
    let doc = sample_doc();
    let json = serde_json::to_string(
        &doc.mentions
            .iter()
            .map(WireMention::new)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert!(
        !json.contains("陕西"),
        "no mention text on the wire: {json}"
    );
    let back: Vec<Mention> = serde_json::from_str::<Vec<WireMention>>(&json)
        .unwrap()
        .into_iter()
        .map(|m| m.into_mention(SENTENCE))
        .collect();
    assert_eq!(back, doc.mentions);
}

#[wasm_bindgen_test]
fn reducer_puts_the_users_text_aside_whenever_something_replaces_it() {
    use huitan::web::state::ReplacedBy;
    let own = "我自己的文字。";
    let s = reduce(AppState::default(), Action::SetText(own.into()));
    let s = reduce(s, Action::SetReferenceDate("2024-01-02".into()));
    assert_eq!(s.previous, None, "typing puts nothing aside");
    let saves = s.saves;

    // The sample replaces it: kept aside with its date; bringing it back forgets the sample.
    let s = reduce(s, Action::LoadSample);
    let p = s.previous.clone().expect("kept aside");
    assert_eq!(
        (&*p.text, p.reference_date.as_str(), p.why),
        (own, "2024-01-02", ReplacedBy::Sample)
    );
    assert!(s.saves > saves, "the App saves both texts");
    let s = reduce(s, Action::Restore);
    assert_eq!((&*s.text, s.reference_date.as_str()), (own, "2024-01-02"));
    assert_eq!(s.previous, None, "the sample is one click away: not kept");
    assert_eq!(s.status, Status::Analysing(0.0));

    // Clear, then back.
    let s = reduce(s, Action::Clear);
    assert!(s.text.is_empty());
    assert_eq!(s.previous.as_ref().map(|p| p.why), Some(ReplacedBy::Clear));
    let s = reduce(s, Action::Restore);
    assert_eq!(&*s.text, own);
    assert_eq!(s.previous, None, "an empty text is not kept");

    // A file, then a link: the one replaced last is kept; bringing it back keeps the other.
    let s = reduce(s, Action::OpenFile(SENTENCE.into()));
    assert_eq!(
        s.previous.as_ref().map(|p| (&*p.text, p.why)),
        Some((own, ReplacedBy::File))
    );
    let open = |text: &str| Action::Open {
        text: text.into(),
        reference_date: String::new(),
        filters: None,
        lang: None,
        why: ReplacedBy::Link,
    };
    let s = reduce(s, open("分享的文字。"));
    assert_eq!(s.previous.as_ref().map(|p| &*p.text), Some(SENTENCE));
    let s = reduce(s, Action::Restore);
    assert_eq!(&*s.text, SENTENCE);
    let p = s.previous.clone().unwrap();
    assert_eq!((&*p.text, p.why), ("分享的文字。", ReplacedBy::Restore));
    // The same text again changes nothing aside; discarding forgets it.
    let s = reduce(s, open(SENTENCE));
    assert_eq!(s.previous, Some(p));
    let s = reduce(s, Action::DiscardPrevious);
    assert_eq!(s.previous, None);
    assert_eq!(&*s.text, SENTENCE);
    let unchanged = reduce(s.clone(), Action::Restore);
    assert_eq!(unchanged, s, "nothing to bring back");
}

#[wasm_bindgen_test]
fn the_text_put_aside_survives_in_local_storage() {
    use huitan::web::state::{Previous, ReplacedBy};
    use huitan::web::storage;
    storage::clear_all();
    assert_eq!(storage::load_previous(), None);
    let kept = Previous {
        text: Rc::from("我自己的文字。"),
        reference_date: "2024-01-02".into(),
        why: ReplacedBy::Clear,
    };
    assert!(storage::save_previous(Some(&kept)));
    assert_eq!(storage::load_previous(), Some(kept));
    assert!(storage::save_previous(None));
    assert_eq!(storage::load_previous(), None);
}

#[wasm_bindgen_test]
fn names_not_codes_organs_carry_their_province_and_topics_read_as_words() {
    use huitan::web::i18n::{full_party_name, id_name, topic_label, EntityNames};
    let party = |id: &str, name: &str, kind: PartyKind| PartyRef {
        id: id.into(),
        name: name.into(),
        english: None,
        kind,
        province: Some("CN-QH".into()),
    };
    for (p, shown) in [
        (party("CN-QH", "省委", PartyKind::Province), "青海省委"),
        (party("CN-QH", "省政府", PartyKind::Province), "青海省政府"),
        (
            party("CN-QH", "党政代表团", PartyKind::Province),
            "青海省党政代表团",
        ),
        (party("CN-QH", "青海省委", PartyKind::Province), "青海省委"),
        (party("CN-QH", "CN-QH", PartyKind::Province), "青海省"),
        (
            party("CN-NX", "自治区党委", PartyKind::Province),
            "宁夏回族自治区党委",
        ),
        (party("西宁市", "市委", PartyKind::City), "西宁市委"),
        (party("教育部", "教育部", PartyKind::Ministry), "教育部"),
    ] {
        assert_eq!(full_party_name(&p), shown, "{p:?}");
    }
    // An id the document has no name for: a province's name, never its code.
    assert_eq!(id_name(&EntityNames::new(), "CN-SN", Lang::Zh), "陕西省");
    assert_eq!(id_name(&EntityNames::new(), "CN-SN", Lang::En), "Shaanxi");
    for (slug, zh, en) in [
        ("energy", "能源", "Energy"),
        (
            "housing_urban",
            "住房城乡建设",
            "Housing and urban development",
        ),
        ("general", "综合", "General"),
    ] {
        assert_eq!(topic_label(slug, Lang::Zh), zh);
        assert_eq!(topic_label(slug, Lang::En), en);
    }
    assert_eq!(topic_label("space_flight", Lang::Zh), "space flight");
}

#[wasm_bindgen_test]
fn the_csv_names_parties_with_their_place() {
    let mut doc = sample_doc();
    doc.events[0].parties[0].name = "省委".into();
    let csv = export::to_csv(&doc);
    let row = csv.trim_end().lines().nth(1).unwrap();
    assert!(
        row.starts_with("2023-12-12,2023-12-12,talks,CN-SN,陕西省委,"),
        "{row}"
    );
}

#[wasm_bindgen_test]
fn the_csv_gives_participants_titles_and_english_names() {
    let doc = sample_doc();
    let pinyin = [("怀进鹏".to_string(), "Huai Jinpeng".to_string())].into();
    let csv = export::to_csv_reviewed(&doc, &Default::default(), &pinyin);
    let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let col = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
    assert_eq!(col("participant_titles"), "教育部党组书记、部长");
    assert_eq!(
        col("participants_en"),
        "Huai Jinpeng (Secretary of the Leading Party Members' Group, Ministry of Education / Minister, Ministry of Education)"
    );
}

#[wasm_bindgen_test]
fn export_of_what_is_shown_keeps_only_the_filtered_meetings() {
    use huitan::web::filters::{FilterField, Filters};
    let mut doc = sample_doc();
    let mut other = doc.events[0].clone();
    other.parties[0].id = "CN-SC".into();
    doc.events.push(other);
    let review = huitan::web::corrections::Review::default();
    let filters = Filters::default().with(FilterField::Province, Some("CN-SC".into()));
    let (shown, marks) = export::shown(&doc, &review, &filters);
    assert_eq!(shown.events.len(), 1);
    assert_eq!(shown.events[0].parties[0].id, "CN-SC");
    assert!(marks.marks.is_empty());
    assert_eq!(
        shown.people, doc.people,
        "the people are the text's, kept whole"
    );
    let (all, _) = export::shown(&doc, &review, &Filters::default());
    assert_eq!(all.events.len(), 2);
}

#[wasm_bindgen_test]
fn dates_without_a_year_say_so_and_come_after_the_dated_ones() {
    use huitan::web::components::meeting_list::by_day;
    use huitan::web::i18n::date_label;
    assert_eq!(
        date_label("--11-24", "--11-24", Lang::Zh),
        "11月24日（年份不详）"
    );
    assert_eq!(date_label("--11-24", "", Lang::En), "24 Nov (year unknown)");
    assert_eq!(date_label("--11", "", Lang::Zh), "11月（年份不详）");
    assert_eq!(date_label("--11", "", Lang::En), "Nov (year unknown)");
    assert_eq!(
        date_label("--11-24", "--11-26", Lang::Zh),
        "11月24日 – 11月26日（年份不详）"
    );
    assert_eq!(
        date_label("2023-12-12", "2023-12-12", Lang::Zh),
        "2023-12-12"
    );

    let mut doc = sample_doc();
    let with_date = |start: &str| {
        let mut e = doc.events[0].clone();
        e.date.as_mut().unwrap().start = start.into();
        e
    };
    let mut undated = doc.events[0].clone();
    undated.date = None;
    doc.events = vec![
        with_date("--11-24"),
        undated,
        with_date("2023-12-14"),
        with_date("--11"),
        with_date("2023-12-12"),
    ];
    let keys: Vec<String> = by_day(&doc, &[0, 1, 2, 3, 4])
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    assert_eq!(keys, ["2023-12-12", "2023-12-14", "--11", "--11-24", ""]);
}

#[wasm_bindgen_test]
async fn a_card_reported_by_many_articles_draws_a_few_quotes_and_sources() {
    use huitan::core::Article;
    let div = root();
    let mut doc = sample_doc();
    let whole = Span::new(0, SENTENCE.len());
    let first = Span::new(0, SENTENCE.find('，').unwrap());
    let rest = Span::new(
        SENTENCE.find('，').unwrap() + '，'.len_utf8(),
        SENTENCE.len(),
    );
    doc.events[0].evidence = [whole, first, whole, rest, whole, first]
        .into_iter()
        .cycle()
        .take(600)
        .collect();
    doc.events[0].articles = (0..500).collect();
    doc.articles = (0..500)
        .map(|i| Article {
            start: 0,
            end: SENTENCE.len(),
            title: format!("新闻{i}"),
            reference_date: None,
        })
        .collect();
    let props = MeetingCardProps {
        doc: Shared::new(Rc::new(doc)),
        text: Shared::new(Rc::from(SENTENCE)),
        names: Shared::new(Rc::new(huitan::web::i18n::entity_names(&sample_doc()))),
        pinyin: Shared::default(),
        index: 0,
        active: false,
        lang: Lang::Zh,
        on_select: Callback::noop(),
    };
    yew::Renderer::<MeetingCard>::with_root_and_props(div.clone(), props).render();
    yew::scheduler::flush().await;
    let quote = div
        .query_selector(".evidence-quote")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(
        quote.matches(" … ").count(),
        2,
        "three distinct sentences: {quote}"
    );
    assert_eq!(quote.matches(SENTENCE).count(), 1, "each once: {quote}");
    let sources = div.query_selector_all(".sources li").unwrap();
    assert_eq!(sources.length(), 7, "six titles and the count");
    let more = div
        .query_selector("[data-testid=more-sources]")
        .unwrap()
        .unwrap();
    assert!(more.text_content().unwrap().contains("500"));
}

fn my_firm() -> UserNames {
    UserNames::default().with_org(UserOrg {
        name: "北京能源集团".into(),
        aliases: vec!["京能集团".into()],
        kind: OrgKind::Firm,
        province: Some("CN-BJ".into()),
        english: Some("Beijing Energy Holding".into()),
    })
}

#[wasm_bindgen_test]
fn new_names_analyse_the_text_again_and_the_same_names_do_not() {
    let state = Rc::new(AppState::default()).reduce(Action::SetTextNow(SENTENCE.into()));
    let job = state.job;
    let named = state.clone().reduce(Action::SetNames(my_firm()));
    assert_eq!(named.names.organisations[0].name, "北京能源集团");
    assert!(
        named.job.is_some() && named.job != job,
        "a new analysis runs with the names"
    );
    let again = named.clone().reduce(Action::SetNames(my_firm()));
    assert!(
        Rc::ptr_eq(&named, &again),
        "the same dictionary changes nothing"
    );
    // A link's names add to the user's own, and the user's entry of the same name stays.
    let mut theirs = my_firm();
    theirs.organisations[0].english = Some("theirs".into());
    let theirs = theirs.with_org(UserOrg {
        name: "徽商总会".into(),
        ..Default::default()
    });
    let merged = named.reduce(Action::MergeNames(theirs));
    assert_eq!(merged.names.organisations.len(), 2);
    assert_eq!(
        merged.names.organisations[0].english.as_deref(),
        Some("Beijing Energy Holding")
    );
    // With no text there is nothing to analyse.
    let empty = Rc::new(AppState::default()).reduce(Action::SetNames(my_firm()));
    assert_eq!((empty.status.clone(), empty.job), (Status::Empty, None));
}

#[wasm_bindgen_test]
fn share_links_carry_the_names_only_when_asked() {
    let filters = Filters::default();
    let names = my_firm();
    let hash = link_hash_with(&filters, Lang::Zh, Some((SENTENCE, "")), None, Some(&names));
    let link = read_link(&hash).unwrap().unwrap();
    assert_eq!(link.names, Some(names));
    assert_eq!(link.text.as_deref(), Some(SENTENCE));
    let without = read_link(&link_hash(&filters, Lang::Zh, Some((SENTENCE, ""))))
        .unwrap()
        .unwrap();
    assert_eq!(without.names, None);
    // A damaged dictionary in a link is left out; the text still opens.
    let damaged = format!(
        "lang=zh&n=zzzz&t={}",
        lz_str::compress_to_encoded_uri_component(SENTENCE)
    );
    let link = read_link(&damaged).unwrap().unwrap();
    assert_eq!((link.names, link.text.as_deref()), (None, Some(SENTENCE)));
}

// Correcting meetings by hand (see `web::corrections`).

use huitan::web::corrections::{Change, Fields, Lost, Origin};

/// A state whose analysis of `text` is `doc`, as the worker would give it.
fn analysed(state: AppState, text: &str, doc: Document) -> AppState {
    let s = reduce(state, Action::SetTextNow(text.into()));
    let job = s.job.expect("a job");
    reduce(s, Action::Finished(job, Rc::new(doc)))
}

/// The sample document of `prefix + SENTENCE + suffix` (its spans moved along).
fn shifted_doc(prefix: &str) -> Document {
    let mut doc = sample_doc();
    let n = prefix.len();
    for e in &mut doc.events {
        for s in &mut e.evidence {
            *s = Span::new(s.start + n, s.end + n);
        }
    }
    for m in &mut doc.mentions {
        m.start += n;
        m.end += n;
    }
    doc
}

fn edited_fields(doc: &Document) -> Fields {
    let mut f = Fields::of(&doc.events[0]);
    f.start = "2024-01-05".into();
    f.end = String::new();
    f.parties[1] = huitan::web::party_search::typed_party("某某集团");
    f
}

#[wasm_bindgen_test]
fn reducer_deletes_edits_checks_adds_undoes_and_redoes() {
    let s = analysed(AppState::default(), SENTENCE, sample_doc());
    assert_eq!(s.review.marks.len(), 1);
    assert!(!s.history.can_undo());

    let s = reduce(s, Action::Correct(0, Change::Check(true)));
    assert!(s.review.marks[0].checked && !s.review.marks[0].hand);
    let s = reduce(
        s,
        Action::Correct(0, Change::Edit(edited_fields(&sample_doc()))),
    );
    let e = &s.doc.events[0];
    assert_eq!(e.date.as_ref().unwrap().start, "2024-01-05");
    assert_eq!(e.parties[1].id, "某某集团");
    assert_eq!(
        e.evidence,
        sample_doc().events[0].evidence,
        "the sentence stays its evidence"
    );
    assert!(s.review.marks[0].hand && s.review.marks[0].checked);
    assert_eq!(
        s.extracted.events[0].parties[1].id, "教育部",
        "the extraction is kept"
    );

    let s = reduce(s, Action::Correct(0, Change::Delete));
    assert!(s.doc.events.is_empty());
    assert_eq!(s.review.deleted.len(), 1);
    assert_eq!(s.review.tally().deleted, 1);

    // Undo back through every step, redo forward again.
    let s = reduce(s, Action::Undo);
    assert_eq!(s.doc.events.len(), 1);
    let s = reduce(reduce(s, Action::Undo), Action::Undo);
    assert!(s.corrections.is_empty());
    assert!(
        Rc::ptr_eq(&s.doc, &s.extracted),
        "nothing applied: the extraction itself"
    );
    assert_eq!(reduce(s.clone(), Action::Undo), s, "nothing more to undo");
    let s = reduce(reduce(s, Action::Redo), Action::Redo);
    assert!(s.review.marks[0].hand);
    assert!(s.history.can_redo());

    // A meeting added from the sentence: shown after the extracted one, with it as evidence.
    let mut fields = Fields::of(&sample_doc().events[0]);
    fields.kind = huitan::core::EventKind::Signing;
    let s = reduce(
        s,
        Action::AddMeeting {
            sentence: SENTENCE.into(),
            fields,
        },
    );
    assert!(!s.history.can_redo(), "a new change clears redo");
    assert_eq!(s.doc.events.len(), 2);
    assert_eq!(s.doc.events[1].evidence, vec![Span::new(0, SENTENCE.len())]);
    assert_eq!(s.review.marks[1].origin, Origin::Added(1));
    let t = s.review.tally();
    assert_eq!((t.changed, t.added, t.checked), (1, 1, 1));
    // Deleting the added one forgets it; selecting past the end selects nothing.
    let s = reduce(s, Action::Correct(1, Change::Delete));
    assert!(s.corrections.added.is_empty());
    assert_eq!(reduce(s, Action::Select(Some(1))).selected, None);
}

#[wasm_bindgen_test]
fn corrections_follow_their_sentence_through_a_new_analysis_and_say_when_it_is_gone() {
    let s = analysed(AppState::default(), SENTENCE, sample_doc());
    let s = reduce(
        s,
        Action::Correct(0, Change::Edit(edited_fields(&sample_doc()))),
    );
    let s = reduce(s, Action::Correct(0, Change::Check(true)));

    // The text edited around the sentence, analysed again: the correction follows it.
    let prefix = "本报讯 记者报道。";
    let edited = format!("{prefix}{SENTENCE}另有一句。");
    let s = analysed(s, &edited, shifted_doc(prefix));
    assert_eq!(s.doc.events[0].date.as_ref().unwrap().start, "2024-01-05");
    assert!(s.review.marks[0].checked && s.review.lost.is_empty());

    // The sentence deleted: the correction is listed as lost, and can be let go.
    let s = analysed(s, "另有一句。", Document::default());
    assert!(s.doc.events.is_empty());
    assert_eq!(s.review.lost.len(), 1);
    assert!(matches!(&s.review.lost[0], Lost::Fix(f) if f.key.sentence == SENTENCE));
    // It comes back when the sentence does.
    let s = analysed(s, SENTENCE, sample_doc());
    assert!(s.review.lost.is_empty() && s.review.marks[0].hand);
    let s = analysed(s, "另有一句。", Document::default());
    let s = reduce(s, Action::ForgetLost(0));
    assert!(s.corrections.is_empty());
}

#[wasm_bindgen_test]
fn corrections_go_aside_with_their_text_and_come_back_with_it() {
    let own = format!("我的文章：{SENTENCE}");
    let s = analysed(AppState::default(), &own, shifted_doc("我的文章："));
    let s = reduce(s, Action::Correct(0, Change::Delete));
    let s = reduce(s, Action::OpenFile("另一篇文章。".into()));
    assert!(
        s.corrections.is_empty(),
        "a new text starts without corrections"
    );
    assert!(!s.history.can_undo());
    let s = reduce(s, Action::Restore);
    assert_eq!(
        s.corrections.fixes.len(),
        1,
        "they came back with their text"
    );
    let s = reduce(s, Action::SetCorrections(Err(Said::new("坏", "bad"))));
    assert_eq!(
        s.corrections_problem.as_ref().map(|p| p.get(Lang::En)),
        Some("bad")
    );
    assert_eq!(s.corrections.fixes.len(), 1, "a bad import changes nothing");
}

#[wasm_bindgen_test]
fn corrections_survive_in_local_storage_and_a_damaged_entry_is_set_aside() {
    use huitan::web::storage;
    storage::clear_all();
    let s = analysed(AppState::default(), SENTENCE, sample_doc());
    let s = reduce(s, Action::Correct(0, Change::Check(true)));
    assert!(storage::save_corrections(&s.corrections));
    let (kept, previous, problem) = storage::load_corrections();
    assert_eq!((&kept, previous, problem), (&*s.corrections, None, None));
    let ls = gloo::utils::window().local_storage().unwrap().unwrap();
    ls.set_item("huitan.corrections", "{\"fixes\": [1, 2")
        .unwrap();
    let (kept, _, problem) = storage::load_corrections();
    assert!(kept.is_empty());
    let problem = problem.unwrap();
    assert!(problem.get(Lang::En).contains("set aside"));
    assert!(
        problem.get(Lang::Zh).contains("另存"),
        "the Chinese interface says it in Chinese"
    );
    assert_eq!(
        ls.get_item("huitan.corrections-damaged")
            .unwrap()
            .as_deref(),
        Some("{\"fixes\": [1, 2")
    );
    storage::clear_all();
}

#[wasm_bindgen_test]
fn export_import_and_links_carry_the_corrections() {
    let s = analysed(AppState::default(), SENTENCE, sample_doc());
    let s = reduce(s, Action::Correct(0, Change::Check(true)));
    let s = reduce(
        s,
        Action::AddMeeting {
            sentence: SENTENCE.into(),
            fields: Fields::of(&sample_doc().events[0]),
        },
    );
    let json = export::to_json_reviewed(&s.doc, SENTENCE, "", &s.review, &s.corrections);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["events"][0]["source"], "extracted");
    assert_eq!(v["events"][0]["checked"], true);
    assert_eq!(v["events"][1]["source"], "hand");
    assert_eq!(v["deleted"].as_array().map(Vec::len), Some(0));
    let (source, corrections) = export::from_json_reviewed(&json).unwrap();
    assert_eq!(source.text, SENTENCE);
    assert_eq!(corrections.as_ref(), Ok(&*s.corrections));
    // Damaged corrections: the text still imports, with a sentence about them.
    let bad = json.replace("\"fixes\"", "\"fixes\": 3, \"x\"");
    let (source, corrections) = export::from_json_reviewed(&bad).unwrap();
    assert_eq!(source.text, SENTENCE);
    assert!(corrections.is_err());

    let csv = export::to_csv_reviewed(&s.doc, &s.review, &Default::default());
    let lines: Vec<&str> = csv.trim_end().lines().collect();
    assert!(
        lines[0].ends_with(",location,participant_titles,participants_en,source,checked,rules"),
        "{}",
        lines[0]
    );
    assert!(lines[1].ends_with(",extracted,true,"), "{}", lines[1]);
    assert!(lines[2].ends_with(",hand,false,"), "{}", lines[2]);

    let hash = huitan::web::share::link_hash_with(
        &Filters::default(),
        Lang::Zh,
        Some((SENTENCE, "")),
        Some(&s.corrections),
        None,
    );
    let link = read_link(&hash).unwrap().unwrap();
    assert_eq!(link.text.as_deref(), Some(SENTENCE));
    assert_eq!(link.corrections, Some(Ok((*s.corrections).clone())));
}
