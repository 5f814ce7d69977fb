//! Official English for the offices people hold: a title word with the organ it hangs on
//! (四川省委书记 → "Party Secretary, CPC Sichuan Provincial Committee"), and for places.
//!
//! The words are data (`tables::TITLE_ENGLISH`, `ORGAN_TITLE_ENGLISH`); this module composes them.

use super::lexicon::{lexicon, tables, Entry, Organ, Tok};
use super::scan::{Scan, What};

/// The English of a title word as written, and whether it names its own body.
pub fn title_word(word: &str, organ: Organ) -> Option<(&'static str, bool)> {
    if let Some(&(_, _, en)) = tables::ORGAN_TITLE_ENGLISH
        .iter()
        .find(|(o, w, _)| *o == organ && *w == word)
    {
        return Some((en, false));
    }
    tables::TITLE_ENGLISH
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, en, own)| (en, own))
}

/// The English name of an organisation's organ: the CPC Sichuan Provincial Committee for
/// Sichuan's Party committee, the Chongqing Municipal Government for Chongqing's government.
/// An organisation without an English name keeps its Chinese one.
pub fn organ_name(scan: &Scan, entry: Entry, organ: Organ) -> String {
    let name = match scan.english(entry) {
        "" => scan.party_id(entry).to_string(),
        en => en.to_string(),
    };
    let kind = match entry {
        Entry::Province(i) => lexicon().provinces[i].kind,
        Entry::City(_) => "city",
        Entry::Body(_) | Entry::Found(_) => return name,
    };
    // An autonomous region is named in full (Guangxi Zhuang Autonomous Region), its organs
    // with "Regional" (CPC Guangxi Zhuang Autonomous Regional Committee).
    let region = tables::AUTONOMOUS_REGIONS
        .iter()
        .find(|(iso, _)| {
            Some(*iso)
                == scan
                    .province_of(entry)
                    .filter(|_| kind == "autonomous_region")
        })
        .map(|(_, full)| full.trim_end_matches(" Region"));
    let (place, level) = match (kind, region) {
        (_, Some(full)) => (full.to_string(), "Regional"),
        ("municipality" | "city", _) => (name.clone(), "Municipal"),
        ("sar", _) => (format!("{name} SAR"), ""),
        _ => (name.clone(), "Provincial"),
    };
    let placed = |what: &str| match level {
        "" => format!("{place} {what}"),
        _ => format!("{place} {level} {what}"),
    };
    match organ {
        Organ::PartyCommittee => format!("CPC {}", placed("Committee")),
        Organ::Government => placed("Government"),
        Organ::Congress => format!("Standing Committee of the {}", placed("People's Congress")),
        Organ::Cppcc => format!("{} of the CPPCC", placed("Committee")),
        Organ::Delegation => format!("{place} delegation"),
        Organ::None => match (kind, region) {
            (_, Some(full)) => format!("{full} Region"),
            ("province", _) => format!("{name} Province"),
            ("sar", _) => place,
            _ => name,
        },
    }
}

/// The office a title span names, in English: the title word's English, then the organisation
/// it hangs on (the place or body written in the span, else `fallback`, the person's
/// organisation). `None` for a title word the table lacks.
pub fn office(
    text: &str,
    scan: &Scan,
    span: (usize, usize),
    fallback: Option<Entry>,
) -> Option<String> {
    let (word_start, word) = title_in(text, scan, span)?;
    // The items are in text order: only those between the span's start and its title word.
    // An organ word right before a title that did not take it in (省委书记 where 省委 was left
    // unresolved) still says which organ the office is of.
    let mut first = scan.items.partition_point(|it| it.start < span.0);
    if first > 0
        && scan.items[first - 1].end == span.0
        && matches!(scan.items[first - 1].what, What::Tok(Tok::Generic { .. }))
    {
        first -= 1;
    }
    let place = scan.items[first..]
        .iter()
        .take_while(|it| it.end <= word_start)
        .find_map(|it| match it.what {
            What::Tok(Tok::Place { entry, organ }) => Some((Some(entry), organ)),
            // An organ word left unresolved (省委 in a later paragraph) is the person's organisation's.
            What::Tok(Tok::Generic { organ, .. }) => Some((None, organ)),
            _ => None,
        });
    let organ = place.map_or(Organ::None, |(_, o)| o);
    let (en, own) = title_word(word, organ)?;
    let org = place
        .and_then(|(e, o)| e.or(fallback).map(|e| (e, o)))
        .or(fallback.map(|e| (e, Organ::None)));
    Some(match org {
        Some((entry, organ)) if !own => format!("{en}, {}", organ_name(scan, entry, organ)),
        _ => en.to_string(),
    })
}

/// The title word that ends a title span, and where it starts.
fn title_in<'t>(text: &'t str, scan: &Scan, span: (usize, usize)) -> Option<(usize, &'t str)> {
    let k = scan.items.partition_point(|it| it.end < span.1);
    scan.items[k..]
        .iter()
        .take_while(|it| it.end == span.1)
        .find(|it| matches!(it.what, What::Tok(Tok::Title(_))) && it.start >= span.0)
        .map(|it| (it.start, &text[it.start..it.end]))
}

/// The English name of a place written as `name` (成都 → Chengdu, 在北京 → Beijing), when the
/// lexicons know it.
pub fn place(name: &str) -> Option<&'static str> {
    let lex = lexicon();
    lex.automaton
        .find_iter(name)
        .filter_map(|m| match lex.patterns[m.pattern().as_usize()].0 {
            Tok::Place {
                entry,
                organ: Organ::None,
            } => Some((m.end() - m.start(), entry)),
            _ => None,
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, entry)| lex.english(entry))
        .filter(|en| !en.is_empty())
}
