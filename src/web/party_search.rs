//! The parties the edit dialog offers: the lexicons' provinces, cities and central bodies, and
//! type-to-search over their names, short forms, English and pinyin.
//!
//! Pure, so that it is tested natively. The page does not carry the lexicons (they are in the
//! analysis worker's wasm, to keep the first load small): the worker sends [`lexicon_parties`]
//! once it is loaded (see `worker` and `job`).

use serde::{Deserialize, Serialize};

use crate::core::{PartyKind, PartyRef};

/// One party that can be picked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LexParty {
    pub id: String,
    /// The full Chinese name.
    pub name: String,
    #[serde(default)]
    pub english: String,
    pub kind: PartyKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Short forms and other names (陕西, 陕, 教育部 for 中华人民共和国教育部 …).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name in pinyin (Jiao Yubu), filled in on the page from the pinyin worker.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pinyin: String,
}

impl LexParty {
    /// The party as an event names it.
    pub fn party_ref(&self) -> PartyRef {
        PartyRef {
            id: self.id.clone(),
            name: self.name.clone(),
            english: (!self.english.is_empty()).then(|| self.english.clone()),
            kind: self.kind,
            province: self.province.clone(),
        }
    }

    /// A party from an event (e.g. one the text names that no lexicon knows).
    pub fn from_ref(p: &PartyRef) -> LexParty {
        LexParty {
            id: p.id.clone(),
            name: p.name.clone(),
            english: p.english.clone().unwrap_or_default(),
            kind: p.kind,
            province: p.province.clone(),
            aliases: Vec::new(),
            pinyin: String::new(),
        }
    }
}

/// A new organisation typed by hand: its name is its id (as for organisations the lexicons do
/// not know, GUIDE section 1).
pub fn typed_party(name: &str) -> PartyRef {
    PartyRef {
        id: name.trim().to_string(),
        name: name.trim().to_string(),
        english: None,
        kind: PartyKind::Other,
        province: None,
    }
}

/// Lower case, without spaces and punctuation: "Shaan Xi" and "shaanxi" match alike.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well `party` matches the folded query: 0 exact, 1 prefix, 2 anywhere; `None` not at all.
fn rank(party: &LexParty, q: &str) -> Option<u8> {
    let names = std::iter::once(&party.name)
        .chain(party.aliases.iter())
        .chain(std::iter::once(&party.english))
        .chain(std::iter::once(&party.pinyin))
        .chain(std::iter::once(&party.id));
    names
        .filter_map(|n| {
            let n = fold(n);
            if n.is_empty() {
                None
            } else if n == q {
                Some(0)
            } else if n.starts_with(q) {
                Some(1)
            } else if n.contains(q) {
                Some(2)
            } else {
                None
            }
        })
        .min()
}

/// The best `limit` parties for `query`, best first (closer match, then shorter name).
pub fn search<'a>(parties: &'a [LexParty], query: &str, limit: usize) -> Vec<&'a LexParty> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, usize, &LexParty)> = parties
        .iter()
        .filter_map(|p| rank(p, &q).map(|r| (r, p.name.chars().count(), p)))
        .collect();
    found.sort_by_key(|&(r, len, _)| (r, len));
    let mut out: Vec<&LexParty> = Vec::new();
    for (_, _, p) in found {
        if !out.iter().any(|o| o.id == p.id) {
            out.push(p);
        }
        if out.len() == limit {
            break;
        }
    }
    out
}

/// Every party of the lexicons (called in the worker, which has them).
pub fn lexicon_parties() -> Vec<LexParty> {
    let lex = crate::core::lexicon::lexicon();
    let provinces = lex.provinces.iter().map(|p| LexParty {
        id: p.iso.to_string(),
        name: p.name.to_string(),
        english: p.english.to_string(),
        kind: PartyKind::Province,
        province: None,
        aliases: std::iter::once(p.short.to_string())
            .chain(p.aliases.iter().map(|a| a.to_string()))
            .collect(),
        pinyin: String::new(),
    });
    let cities = lex.cities.iter().map(|c| LexParty {
        id: c.name.to_string(),
        name: c.name.to_string(),
        english: c.english.to_string(),
        kind: PartyKind::City,
        province: Some(c.province.to_string()),
        aliases: c.aliases.iter().map(|a| a.to_string()).collect(),
        pinyin: String::new(),
    });
    let bodies = lex.bodies.iter().map(|b| LexParty {
        id: b.id.to_string(),
        name: b.id.to_string(),
        english: b.english.to_string(),
        kind: b.kind,
        province: None,
        aliases: b.aliases.iter().map(|a| a.to_string()).collect(),
        pinyin: String::new(),
    });
    provinces.chain(cities).chain(bodies).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_parties_by_name_short_form_english_and_pinyin() {
        let all = lexicon_parties();
        let first = |q: &str| search(&all, q, 5).first().map(|p| p.id.clone());
        assert_eq!(first("陕西").as_deref(), Some("CN-SN"));
        assert_eq!(first("shaanxi").as_deref(), Some("CN-SN"));
        assert_eq!(first("Shaan Xi").as_deref(), Some("CN-SN"));
        assert_eq!(first("教育部").as_deref(), Some("教育部"));
        assert_eq!(
            first("ministry of education").as_deref(),
            Some("教育部"),
            "English"
        );
        assert_eq!(first("xian").as_deref(), Some("西安市"), "a city's pinyin");
        // A central body by the pinyin of its name, once the page has it.
        let mut all = all;
        if let Some(p) = all.iter_mut().find(|p| p.id == "教育部") {
            p.pinyin = "Jiao Yubu".into();
        }
        let first = |q: &str| search(&all, q, 5).first().map(|p| p.id.clone());
        assert_eq!(
            first("jiaoyubu").as_deref(),
            Some("教育部"),
            "a body's pinyin"
        );
        assert!(search(&all, "  ", 5).is_empty());
        assert!(search(&all, "没有这个单位的名字", 5).is_empty());
        assert!(search(&all, "省", 8).len() <= 8);
    }

    #[test]
    fn a_typed_organisation_is_its_own_id() {
        let p = typed_party(" 某某科技有限公司 ");
        assert_eq!(
            (p.id.as_str(), p.kind),
            ("某某科技有限公司", PartyKind::Other)
        );
    }
}
