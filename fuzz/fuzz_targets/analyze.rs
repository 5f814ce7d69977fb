//! Any bytes that are UTF-8 text: the core never panics and every span slices the input to its text.
#![no_main]

use std::sync::Arc;

use huitan::core::names::{UserNames, UserOrg, UserPerson};
use huitan::core::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // A user's dictionary whose names overlap the lexicons' (北京, 集团) and each other.
    let names = UserNames::default()
        .with_org(UserOrg { name: "北京能源集团".into(), aliases: vec!["京能".into(), "能源集团".into()], ..Default::default() })
        .with_person(UserPerson { name: "姜帆".into(), title: "董事长".into(), org: "北京能源集团".into() });
    let dated = Options { reference_date: Some((2024, 1, 15)), ..Default::default() };
    let named = Options { names: Some(Arc::new(names)), ..Default::default() };
    for options in [Options::default(), dated, named] {
        let doc = analyze(text, &options);
        for m in &doc.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        for e in &doc.events {
            assert_ne!(e.parties[0].id, e.parties[1].id);
        }
    }
});
