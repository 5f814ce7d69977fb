//! The summary line: N meetings, M provinces, K central bodies.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::core::{Document, Event};
use crate::web::i18n::{is_central, party_province, Lang};
use crate::web::shared::Shared;

/// (meetings, provinces, central bodies) among `events`.
pub fn counts<'a>(events: impl IntoIterator<Item = &'a Event>) -> (usize, usize, usize) {
    let mut n = 0;
    let mut provinces = BTreeSet::new();
    let mut central = BTreeSet::new();
    for e in events {
        n += 1;
        for p in &e.parties {
            if let Some(code) = party_province(p) {
                provinces.insert(code);
            } else if is_central(p.kind) {
                central.insert(p.id.as_str());
            }
        }
    }
    (n, provinces.len(), central.len())
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub doc: Shared<Document>,
    /// Indexes of the events shown (after the filters).
    pub visible: Shared<Vec<usize>>,
    pub lang: Lang,
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let (n, m, k) = counts(
        props
            .visible
            .iter()
            .filter_map(|&i| props.doc.events.get(i)),
    );
    let total = props.doc.events.len();
    let filtered = n != total;
    let text = match props.lang {
        Lang::Zh => {
            let mut s = format!("{n} 次会见 · {m} 个省份 · {k} 个中央单位");
            if filtered {
                s.push_str(&format!("（已筛选，共 {} 次）", total));
            }
            s
        }
        Lang::En => {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let mut s = format!(
                "{} · {} · {}",
                plural(n, "meeting", "meetings"),
                plural(m, "province", "provinces"),
                plural(k, "central body", "central bodies")
            );
            if filtered {
                s.push_str(&format!(" (filtered, {} in all)", total));
            }
            s
        }
    };
    html! {
        <p class="summary" data-testid="summary" role="status"
            data-meetings={n.to_string()} data-provinces={m.to_string()} data-central={k.to_string()}>
            { text }
        </p>
    }
}
