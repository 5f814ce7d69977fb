//! The fixture articles (written for Huitan) give the same document as their reviewed snapshots.
//!
//! After a deliberate change to the extractor, regenerate the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test --test fixtures` and review the diff.

use huitan::core::{analyze, Options};

include!("fixtures/list.rs");

#[test]
fn fixtures_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    for (name, text, snapshot) in FIXTURES {
        let doc = analyze(text, &Options::default());
        let got = serde_json::to_value(&doc).expect("documents serialise");
        if update {
            let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(
                path,
                serde_json::to_string_pretty(&got).expect("serialises") + "\n",
            )
            .expect("snapshot written");
            continue;
        }
        let want: serde_json::Value = serde_json::from_str(snapshot).expect("snapshots are JSON");
        assert_eq!(got, want, "{name} differs from its snapshot");
        for m in &doc.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "{name}: span of {m:?}");
        }
        assert!(!doc.events.is_empty(), "{name} has meetings");
    }
}
