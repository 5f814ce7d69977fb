//! Any bytes that are UTF-8 text: the core never panics and every span slices the input to its text.
#![no_main]

use huitan::core::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for options in [Options::default(), Options { reference_date: Some((2024, 1, 15)) }] {
        let doc = analyze(text, &options);
        for m in &doc.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        for e in &doc.events {
            assert_ne!(e.parties[0].id, e.parties[1].id);
        }
    }
});
