//! Properties of the core on generated input: it never panics, every mention's span slices the
//! input to its text, and every event pairs two different parties.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use huitan::core::names::{UserNames, UserOrg, UserPerson};
use huitan::core::{analyze, Options};

/// A user's dictionary whose names overlap the lexicons' and the pieces' (教育部, 集团, 赵一德).
fn my_names() -> Arc<UserNames> {
    let org = |name: &str, aliases: &[&str]| UserOrg {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        ..Default::default()
    };
    Arc::new(
        UserNames::default()
            .with_org(org("北京能源集团", &["京能", "能源集团"]))
            .with_org(org("教育部", &["部党组"]))
            .with_person(UserPerson {
                name: "赵一德".into(),
                title: "董事长".into(),
                org: "京能".into(),
            }),
    )
}
use proptest::prelude::*;

/// Pieces of political news and of hostile input, glued in random order.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("陕西省委书记".to_string()),
        Just("赵一德".to_string()),
        Just("、省长".to_string()),
        Just("教育部党组书记、部长怀进鹏".to_string()),
        Just("与".to_string()),
        Just("举行工作会谈".to_string()),
        Just("签署《战略合作协议》".to_string()),
        Just("12月12日至13日，".to_string()),
        Just("次日".to_string()),
        Just("“希望".to_string()),
        Just("”".to_string()),
        Just("吉林省委書記黃強會見".to_string()),
        Just("京能集团".to_string()),
        Just("國家電網".to_string()),
        Just("艾尔肯·吐尼亚孜".to_string()),
        Just("来甘考察，甘青两省".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("![](https://x.org/a\nb)".to_string()),
        Just("**".to_string()),
        Just("&nbsp;&amp;".to_string()),
        Just("\u{202E}\u{200B}\u{FEFF}".to_string()),
        Just("１２月３日".to_string()),
        Just("。\n".to_string()),
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_input_and_nothing_panics(pieces in prop::collection::vec(piece(), 0..40), dated in any::<bool>(), named in any::<bool>()) {
        let text: String = pieces.concat();
        let options = Options { reference_date: dated.then_some((2024, 6, 1)), names: named.then(my_names) };
        let doc = analyze(&text, &options);
        for m in &doc.mentions {
            prop_assert!(m.start <= m.end && m.end <= text.len());
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
        for e in &doc.events {
            prop_assert_eq!(e.parties.len(), 2);
            prop_assert_ne!(&e.parties[0].id, &e.parties[1].id);
            for span in &e.evidence {
                prop_assert!(span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let doc = analyze(&text, &Options::default());
        for m in &doc.mentions {
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
    }
}
