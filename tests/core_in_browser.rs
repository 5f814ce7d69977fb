//! The extraction core in headless Chromium: the same JSON as the native run on every fixture,
//! and the in-browser time for a 3,000-character article (printed, not asserted).
#![cfg(target_arch = "wasm32")]

use huitan::core::{analyze, Options};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

include!("fixtures/list.rs");

#[wasm_bindgen_test]
fn the_core_gives_the_native_json_in_the_browser() {
    for (name, text, snapshot) in FIXTURES {
        let got =
            serde_json::to_value(analyze(text, &Options::default())).expect("documents serialise");
        let want: serde_json::Value = serde_json::from_str(snapshot).expect("snapshots are JSON");
        assert_eq!(
            got, want,
            "{name}: the browser run differs from the native snapshot"
        );
    }
}

#[wasm_bindgen_test]
fn in_browser_time_for_a_3000_character_article() {
    let mut article = String::new();
    for (_, text, _) in FIXTURES.iter().cycle() {
        if article.chars().count() >= 3000 {
            break;
        }
        article.push_str(text);
    }
    let article: String = article.chars().take(3000).collect();
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("a browser has performance.now()");
    let options = Options::default();
    // Warm up: the lexicon automaton is built on first use.
    assert!(!analyze(&article, &options).events.is_empty());
    let mut times: Vec<f64> = (0..41)
        .map(|_| {
            let t = performance.now();
            let doc = analyze(&article, &options);
            let dt = performance.now() - t;
            assert!(!doc.mentions.is_empty());
            dt
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    console_log!(
        "in-browser extraction of a 3,000-character article: median {:.3} ms over {} runs",
        times[times.len() / 2],
        times.len()
    );
}
