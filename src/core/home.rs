//! The article's home side: the province, city and Special Administrative Region that its bare
//! titles and organ words (省长, 市委, 行政长官, 特区政府) mean when they name no place.
//!
//! It is worked out once, before people and events are read, from the outlet (保定日报讯, 来源：
//! 河南日报), the dispatch header (新华社澳门5月9日电) and, for a region, the one the article names
//! most; the scan's organ words, the people's titles and the events all read it.

use std::collections::HashMap;

use super::lexicon::tables::OUTLETS;
use super::lexicon::{lexicon, Entry, Tok};
use super::scan::{Scan, What};

/// The article's own side.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Home {
    /// The outlet's province (a municipality's paper: the municipality).
    pub province: Option<Entry>,
    /// The outlet's city (保定日报), or its municipality.
    pub city: Option<Entry>,
    /// The region whose 行政长官, 特首 and 特区政府 the article means.
    pub sar: Option<Entry>,
    /// The province the article names most (a city counts for its province): whose 省长 is
    /// meant before any province is named.
    pub about: Option<Entry>,
    /// The city the article names most: whose 市长 and 市委 are meant before any city is named.
    pub about_city: Option<Entry>,
}

/// The home side of the article that `scan` read.
pub fn home_side(text: &str, scan: &Scan) -> Home {
    let mut home = outlet(text, &scan.headers);
    if home.province.is_none() {
        if let Some(place) = local_dateline(text, &scan.headers) {
            home = home_of(place).unwrap_or(home);
        }
    }
    home.sar = home
        .province
        .filter(|e| is_sar(*e))
        .or_else(|| filed_from(text, &scan.headers).filter(|e| is_sar(*e)))
        .or_else(|| most_named(scan, is_sar));
    home.about = most_named(scan, |e| matches!(e, Entry::Province(_)));
    home.about_city = most_named_city(scan);
    home
}

/// The city named most often outside quotes and titles.
fn most_named_city(scan: &Scan) -> Option<Entry> {
    let mut counts: HashMap<Entry, usize> = HashMap::new();
    for item in scan.items.iter().filter(|i| !i.titled && !i.quoted) {
        if let What::Tok(Tok::Place {
            entry: e @ Entry::City(_),
            ..
        }) = item.what
        {
            *counts.entry(e).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(e, n)| (*n, std::cmp::Reverse(*e)))
        .map(|(e, _)| e)
}

/// Whether a place is a Special Administrative Region (香港, 澳门).
pub fn is_sar(entry: Entry) -> bool {
    let lex = lexicon();
    matches!(entry, Entry::Province(i) if lex.provinces[i].kind == "sar")
}

/// The place a dispatch was filed from (新华社澳门5月9日电): the place right before its date.
fn filed_from(text: &str, headers: &[(usize, usize)]) -> Option<Entry> {
    let lex = lexicon();
    headers.iter().find_map(|&(s, e)| {
        let span = &text[s..e];
        lex.automaton.find_iter(span).find_map(|m| {
            let Tok::Place { entry, .. } = lex.patterns[m.pattern().as_usize()].0 else {
                return None;
            };
            let dated = span[m.end()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十〇".contains(c));
            dated.then_some(entry)
        })
    })
}

/// The province (or region) of `which` that the article names most, outside quotes and titles;
/// a city counts for its province.
fn most_named(scan: &Scan, which: fn(Entry) -> bool) -> Option<Entry> {
    let lex = lexicon();
    let mut counts: HashMap<Entry, usize> = HashMap::new();
    for item in scan.items.iter().filter(|i| !i.titled && !i.quoted) {
        let place = match item.what {
            What::Tok(Tok::Place {
                entry: Entry::City(i),
                ..
            }) => lex.entry(lex.cities[i].province),
            What::Tok(Tok::Place { entry, .. }) => Some(entry),
            _ => None,
        };
        if let Some(e) = place.filter(|e| which(*e)) {
            *counts.entry(e).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(e, n)| (*n, std::cmp::Reverse(*e)))
        .map(|(e, _)| e)
}

/// The words after a place that make it an outlet's name (保定日报, 河南省人民政府网).
const OUTLET_WORDS: &[&str] = &[
    "日报",
    "晚报",
    "新闻",
    "电视台",
    "广播电视台",
    "融媒体中心",
    "发布",
    "政府网",
    "人民政府网",
    "网",
];

/// The place of a local paper's dateline (本报兰州8月20日讯): 讯 is news from the paper's own
/// place, where 电 (本报北京3月5日电) is a correspondent's dispatch from elsewhere.
fn local_dateline(text: &str, headers: &[(usize, usize)]) -> Option<Entry> {
    let lex = lexicon();
    headers.iter().find_map(|&(s, e)| {
        let span = &text[s..e];
        if !span.starts_with("本报") || !span.ends_with('讯') {
            return None;
        }
        lex.automaton
            .find_iter(span)
            .find_map(|m| match lex.patterns[m.pattern().as_usize()].0 {
                Tok::Place { entry, .. } => Some(entry),
                _ => None,
            })
    })
}

/// The home side a place gives: a city's province and the city, a municipality as both.
fn home_of(place: Entry) -> Option<Home> {
    let lex = lexicon();
    match place {
        Entry::City(i) => Some(Home {
            province: lex.entry(lex.cities[i].province),
            city: Some(place),
            ..Home::default()
        }),
        Entry::Province(_) => Some(Home {
            province: Some(place),
            city: lex.is_municipality(place).then_some(place),
            ..Home::default()
        }),
        _ => None,
    }
}

/// The lines that name the report's source (来源：河南日报, 2021-09-13 来源:东北网 作者:): what
/// follows the word; and a page's short dated lines at its top (大众日报·2025-05-29 08:53).
fn source_lines(text: &str) -> impl Iterator<Item = &str> {
    let sourced = text.lines().filter_map(|l| {
        ["文章来源", "稿源", "来源", "报纸名称"]
            .iter()
            .find_map(|w| {
                // 【报纸名称】：张家口日报, an archive's record field.
                let rest = l[l.find(w)? + w.len()..].trim_start_matches(['】', ' ']);
                rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))
            })
    });
    let dated_tops = text
        .lines()
        .take(TOP_LINES)
        .map(str::trim)
        .filter(|l| l.chars().count() <= 40 && l.contains(|c: char| c.is_ascii_digit()));
    sourced.chain(dated_tops)
}

/// How many lines at the top of a page may be its outlet's dated line.
const TOP_LINES: usize = 8;

/// The outlet of a header or source line: a place before an outlet word (保定日报讯, 来源：河南日报),
/// else an outlet whose name holds no place (东北网), not inside a longer name (香港文汇报).
fn outlet(text: &str, headers: &[(usize, usize)]) -> Home {
    let lex = lexicon();
    let spans: Vec<&str> = headers
        .iter()
        .map(|&(s, e)| &text[s..e])
        .chain(source_lines(text))
        .collect();
    for span in &spans {
        for m in lex.automaton.find_iter(span) {
            let Tok::Place { entry, .. } = lex.patterns[m.pattern().as_usize()].0 else {
                continue;
            };
            let rest = &span[m.end()..];
            if OUTLET_WORDS.iter().any(|w| rest.starts_with(w)) {
                if let Some(home) = home_of(entry) {
                    return home;
                }
            }
        }
    }
    spans
        .iter()
        .find_map(|span| {
            OUTLETS.iter().find_map(|(name, place)| {
                let at = span.find(name)?;
                let inside = span[..at]
                    .chars()
                    .next_back()
                    .is_some_and(super::scan::is_han);
                (!inside).then(|| lex.entry(place)).flatten()
            })
        })
        .and_then(home_of)
        .unwrap_or_default()
}
