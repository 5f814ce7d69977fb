//! Browser tests of the archive view's state (wasm32 only, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test archive_web`): how an import moves from
//! reading to ready, cancelled or the CSV dialog, and what the filters and picks keep.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use huitan::core::archive::{analyze_record, Archive, ArticleMeta, CsvColumns, Record};
use huitan::core::Options;
use huitan::web::archive::job::{Loaded, Source};
use huitan::web::archive::picks::{Period, Pick};
use huitan::web::archive::state::{Action, ArchiveState, Phase};
use huitan::web::filters::Filters;
use huitan::web::i18n::Lang;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn source() -> Source {
    Source {
        kind: "csv".into(),
        files: js_sys::Array::new(),
        columns: None,
        name: "a.csv".into(),
    }
}

fn opened() -> Rc<ArchiveState> {
    let state = Rc::new(ArchiveState::new(Lang::Zh, Filters::default()));
    state.reduce(Action::Open(source(), Lang::En, 1000.0))
}

/// Two meetings: Hunan with the transport ministry, Sichuan with State Grid, on two days.
fn loaded() -> Rc<Loaded> {
    let texts = [
        (
            "2024-03-14",
            "2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",
        ),
        (
            "2024-05-02",
            "2024年5月2日，四川省委书记王晓晖在成都会见国家电网有限公司董事长张智刚一行。",
        ),
    ];
    let mut archive = Archive::default();
    for (i, (date, text)) in texts.iter().enumerate() {
        let record = Record {
            text: text.to_string(),
            date: Some(date.to_string()),
            ..Default::default()
        };
        let doc = analyze_record(&record, &Options::default());
        archive.add(ArticleMeta::new(i + 1, &record, &doc), doc);
    }
    Rc::new(Loaded {
        articles: archive.articles,
        meetings: archive.meetings,
        errors: Vec::new(),
    })
}

#[wasm_bindgen_test]
fn an_import_reads_then_is_ready() {
    let state = opened();
    assert_eq!((state.run, state.lang), (1, Lang::En));
    let state = state.reduce(Action::Total(10));
    let state = state.reduce(Action::Progress(4, 3000.0));
    assert_eq!(
        state.phase,
        Phase::Reading {
            done: 4,
            total: 10,
            started: 1000.0,
            now: 3000.0
        }
    );
    let state = state.reduce(Action::Loaded(loaded()));
    assert_eq!(state.phase, Phase::Ready);
    assert_eq!(state.loaded.meetings.len(), 2);
    // Progress that arrives late changes nothing once the table is there.
    let after = state.clone().reduce(Action::Progress(9, 4000.0));
    assert_eq!(after.phase, Phase::Ready);
}

#[wasm_bindgen_test]
fn a_cancelled_import_keeps_no_late_table() {
    let state = opened().reduce(Action::Cancel);
    assert_eq!(state.phase, Phase::Cancelled);
    let state = state.reduce(Action::Loaded(loaded()));
    assert_eq!(state.phase, Phase::Cancelled);
    assert!(state.loaded.meetings.is_empty());
}

#[wasm_bindgen_test]
fn a_csv_without_a_text_column_asks_then_reads_again_with_the_choice() {
    let state = opened().reduce(Action::AskColumns(vec!["a".into(), "b".into()]));
    assert_eq!(state.phase, Phase::Columns(vec!["a".into(), "b".into()]));
    let columns = CsvColumns {
        text: Some(1),
        ..Default::default()
    };
    let state = state.reduce(Action::Columns(columns, 5000.0));
    assert!(state.reading());
    assert_eq!(state.run, 2, "a new run restarts the worker");
    assert_eq!(state.source.as_ref().unwrap().columns, Some(columns));
}

#[wasm_bindgen_test]
fn filters_and_picks_choose_the_rows() {
    let state = opened().reduce(Action::Loaded(loaded()));
    let meetings = state.loaded.meetings.clone();
    let shown = |s: &ArchiveState| meetings.iter().filter(|m| s.shows(m)).count();
    assert_eq!(shown(&state), 2);
    let hunan = Filters::from_hash("#province=CN-HN");
    let state = state.reduce(Action::Page(3)).reduce(Action::Filters(hunan));
    assert_eq!(
        (shown(&state), state.page),
        (1, 0),
        "a filter goes back to page 1"
    );
    let state = state.reduce(Action::Filters(Filters::default()));
    let may = Period {
        from: "2024-05-01".into(),
        to: "2024-05-31".into(),
    };
    let state = state.reduce(Action::Period(Some(may)));
    assert_eq!(shown(&state), 1);
    let hunan_party = meetings[0].parties[0].id.clone();
    let state = state.reduce(Action::Pick(Some(Pick::Node(hunan_party))));
    assert_eq!(shown(&state), 0, "May's meeting is Sichuan's");
    let state = state.reduce(Action::Period(None));
    assert_eq!(shown(&state), 1);
}
