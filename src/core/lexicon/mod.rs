//! The lexicons: provinces, central bodies, enterprises and cities as data tables (`data/*.tsv`),
//! plus the closed word lists of `tables`, compiled once into one Aho-Corasick automaton.
//!
//! The TSV files are the facts; this module only parses them and says what each pattern means.

pub mod tables;

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::document::{EventKind, PartyKind};
pub use tables::{Organ, Scope, TitleKind};

/// A provincial-level division.
#[derive(Debug, Clone)]
pub struct Province {
    pub iso: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    pub abbreviations: Vec<char>,
    pub english: &'static str,
    pub capital: &'static str,
    /// municipality, province, autonomous_region, sar or taiwan.
    pub kind: &'static str,
    pub aliases: Vec<&'static str>,
}

/// A central organ, enterprise, institution or organisation; `id` is its full Chinese name.
#[derive(Debug, Clone)]
pub struct Body {
    pub id: &'static str,
    pub kind: PartyKind,
    pub topic: Option<&'static str>,
    pub english: &'static str,
    pub parent: Option<&'static str>,
    pub successor: Option<&'static str>,
    /// The day the successor took over, as (year, month, day).
    pub successor_since: Option<(i32, u32, u32)>,
    pub aliases: Vec<&'static str>,
}

/// A city or prefecture below provincial level.
#[derive(Debug, Clone)]
pub struct City {
    pub name: &'static str,
    pub province: &'static str,
    pub english: &'static str,
    pub kind: &'static str,
    pub aliases: Vec<&'static str>,
}

/// Which table entry a place pattern names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entry {
    Province(usize),
    Body(usize),
    City(usize),
    /// An organisation the lexicons do not know, found in the text (index into `Scan::orgs`,
    /// whose name is its id).
    Found(usize),
}

/// What a matched pattern means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok {
    /// A named organisation or place, possibly with its organ (陕西省委 = Shaanxi, party committee).
    Place {
        entry: Entry,
        organ: Organ,
    },
    /// An organ word without its place (省委, 自治区政府, 集团).
    Generic {
        scope: Scope,
        organ: Organ,
    },
    Title(TitleKind),
    Trigger(EventKind),
    /// A verb that may follow a name and so ends it.
    Ender,
}

/// Everything the stages look words up in.
pub struct Lexicon {
    pub provinces: Vec<Province>,
    pub bodies: Vec<Body>,
    pub cities: Vec<City>,
    pub automaton: AhoCorasick,
    /// Meaning and length in characters of each pattern of `automaton`.
    pub patterns: Vec<(Tok, usize)>,
    by_id: HashMap<&'static str, Entry>,
}

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn cell(row: &[&'static str], i: usize) -> &'static str {
    row.get(i).copied().unwrap_or("")
}

fn list(s: &'static str) -> Vec<&'static str> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect()
}

fn opt(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

fn party_kind(s: &str) -> PartyKind {
    match s {
        "party_centre" => PartyKind::PartyCentre,
        "state_council" => PartyKind::StateCouncil,
        "party_organ" => PartyKind::PartyOrgan,
        "ministry" => PartyKind::Ministry,
        "agency" => PartyKind::Agency,
        "legislature" => PartyKind::Legislature,
        "judiciary" => PartyKind::Judiciary,
        "military" => PartyKind::Military,
        "soe" => PartyKind::Soe,
        "financial" => PartyKind::Financial,
        "academy" => PartyKind::Academy,
        "university" => PartyKind::University,
        "people_org" => PartyKind::PeopleOrg,
        "corps" => PartyKind::Corps,
        _ => PartyKind::Other,
    }
}

fn load_provinces() -> Vec<Province> {
    rows(include_str!("data/provinces.tsv"))
        .filter(|r| cell(r, 0).starts_with("CN-"))
        .map(|r| Province {
            iso: cell(&r, 0),
            name: cell(&r, 1),
            short: cell(&r, 2),
            abbreviations: list(cell(&r, 3))
                .iter()
                .filter_map(|a| a.chars().next())
                .collect(),
            english: cell(&r, 4),
            capital: cell(&r, 5),
            kind: cell(&r, 6),
            aliases: list(cell(&r, 7)),
        })
        .collect()
}

fn load_bodies() -> Vec<Body> {
    rows(include_str!("data/bodies.tsv"))
        .filter(|r| !cell(r, 0).is_empty())
        .map(|r| Body {
            id: cell(&r, 0),
            kind: party_kind(cell(&r, 1)),
            topic: opt(cell(&r, 2)),
            english: cell(&r, 3),
            parent: opt(cell(&r, 4)),
            successor: opt(cell(&r, 5)),
            successor_since: crate::core::parse_iso_date(cell(&r, 6)).ok(),
            aliases: list(cell(&r, 7)),
        })
        .collect()
}

/// Prefecture-level cities, then county-level ones (a separate table: 县级市 such as 敦化市 meet
/// firms too, and are parties under their names).
fn load_cities() -> Vec<City> {
    rows(include_str!("data/cities.tsv"))
        .chain(rows(include_str!("data/county_cities.tsv")))
        .filter(|r| !cell(r, 0).is_empty())
        .map(|r| City {
            name: cell(&r, 0),
            province: cell(&r, 1),
            english: cell(&r, 2),
            kind: cell(&r, 3),
            aliases: list(cell(&r, 4)),
        })
        .collect()
}

/// The organ suffixes a county-level city gets patterns for.
const COUNTY_ORGANS: &[&str] = &["委", "政府", "人民政府"];

impl Lexicon {
    fn build() -> Lexicon {
        let provinces = load_provinces();
        let bodies = load_bodies();
        let cities = load_cities();
        let mut p = Patterns::default();
        let mut by_id = HashMap::new();
        for (i, prov) in provinces.iter().enumerate() {
            let entry = Entry::Province(i);
            by_id.insert(prov.iso, entry);
            p.add_organs(
                entry,
                &[prov.name, prov.short],
                tables::ORGAN_SUFFIXES.iter(),
            );
            let names = [prov.name, prov.short]
                .into_iter()
                .chain(prov.aliases.iter().copied());
            p.add_names(entry, names);
        }
        for (i, b) in bodies.iter().enumerate() {
            let entry = Entry::Body(i);
            by_id.insert(b.id, entry);
            p.add_names(
                entry,
                std::iter::once(b.id).chain(b.aliases.iter().copied()),
            );
        }
        for (i, c) in cities.iter().enumerate() {
            let entry = Entry::City(i);
            by_id.entry(c.name).or_insert(entry);
            // A county-level city's organs are its 市委 and 市政府: the others (人大, 代表团)
            // rarely act, and every pattern makes the automaton slower to build.
            let suffixes = tables::ORGAN_SUFFIXES
                .iter()
                .filter(|(s, _)| c.kind != "county" || COUNTY_ORGANS.contains(s));
            p.add_organs(entry, &[c.name], suffixes);
            p.add_names(
                entry,
                std::iter::once(c.name).chain(c.aliases.iter().copied()),
            );
        }
        p.add_words();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&p.texts)
            .expect("the lexicon patterns form a valid automaton");
        Lexicon {
            provinces,
            bodies,
            cities,
            automaton,
            patterns: p.patterns,
            by_id,
        }
    }

    /// The table entry whose id (ISO code, full name, city name) is `id`.
    pub fn entry(&self, id: &str) -> Option<Entry> {
        self.by_id.get(id).copied()
    }

    /// The id an entry is known by in the output.
    pub fn id(&self, entry: Entry) -> &'static str {
        match entry {
            Entry::Province(i) => self.provinces[i].iso,
            Entry::Body(i) => self.bodies[i].id,
            Entry::City(i) => self.cities[i].name,
            // Its name is in the scan (`Scan::orgs`), not in the lexicon.
            Entry::Found(_) => "",
        }
    }

    pub fn english(&self, entry: Entry) -> &'static str {
        match entry {
            Entry::Province(i) => self.provinces[i].english,
            Entry::Body(i) => self.bodies[i].english,
            Entry::City(i) => self.cities[i].english,
            Entry::Found(_) => "",
        }
    }

    pub fn kind(&self, entry: Entry) -> PartyKind {
        match entry {
            Entry::Province(_) => PartyKind::Province,
            Entry::Body(i) => self.bodies[i].kind,
            Entry::City(_) => PartyKind::City,
            Entry::Found(_) => PartyKind::Other,
        }
    }

    /// The province an entry lies in (cities and provinces only).
    pub fn province_of(&self, entry: Entry) -> Option<&'static str> {
        match entry {
            Entry::Province(i) => Some(self.provinces[i].iso),
            Entry::City(i) => Some(self.cities[i].province),
            Entry::Body(_) | Entry::Found(_) => None,
        }
    }

    /// The portfolio topic of a body (GUIDE section 4).
    pub fn topic(&self, entry: Entry) -> Option<&'static str> {
        match entry {
            Entry::Body(i) => self.bodies[i].topic,
            _ => None,
        }
    }

    pub fn is_municipality(&self, entry: Entry) -> bool {
        matches!(entry, Entry::Province(i) if self.provinces[i].kind == "municipality")
    }

    /// The province whose one-character abbreviation is `c` (陕 → Shaanxi).
    pub fn province_by_abbreviation(&self, c: char) -> Option<usize> {
        self.provinces
            .iter()
            .position(|p| p.abbreviations.first() == Some(&c))
    }
}

/// The automaton's patterns as they are added: the first meaning wins for a pattern written
/// twice (places, then organ words, titles, triggers), and one character is never a pattern.
#[derive(Default)]
struct Patterns {
    seen: HashMap<String, usize>,
    texts: Vec<String>,
    patterns: Vec<(Tok, usize)>,
}

impl Patterns {
    fn add(&mut self, text: &str, tok: Tok) {
        let norm = crate::core::normalize::normalize(text).text;
        if norm.chars().count() < 2 || self.seen.contains_key(&norm) {
            return;
        }
        self.seen.insert(norm.clone(), self.texts.len());
        self.patterns.push((tok, norm.chars().count()));
        self.texts.push(norm);
    }

    /// A place's or body's names, each the entry itself.
    fn add_names<'a>(&mut self, entry: Entry, names: impl Iterator<Item = &'a str>) {
        for name in names {
            let organ = Organ::None;
            self.add(name, Tok::Place { entry, organ });
        }
    }

    /// A place's organs: each base name with each organ word (陕西省委, 陕西省人民政府).
    fn add_organs<'a>(
        &mut self,
        entry: Entry,
        bases: &[&str],
        suffixes: impl Iterator<Item = &'a (&'a str, Organ)> + Clone,
    ) {
        for base in bases {
            for (suffix, organ) in suffixes.clone() {
                let tok = Tok::Place {
                    entry,
                    organ: *organ,
                };
                self.add(&format!("{base}{suffix}"), tok);
            }
        }
    }

    /// The words of the tables: organ words without a place, titles, triggers, name enders.
    fn add_words(&mut self) {
        for (text, scope, organ) in tables::GENERIC_ORGANS {
            let (scope, organ) = (*scope, *organ);
            self.add(text, Tok::Generic { scope, organ });
        }
        for (text, kind) in tables::TITLES {
            self.add(text, Tok::Title(*kind));
        }
        for (text, kind) in tables::TRIGGERS {
            self.add(text, Tok::Trigger(*kind));
        }
        for text in tables::NAME_ENDERS {
            self.add(text, Tok::Ender);
        }
    }
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// All 34 provincial-level divisions.
pub fn provinces() -> &'static [Province] {
    &lexicon().provinces
}

/// What the UI needs to show a party id: Chinese name, English name, kind and province.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub english: &'static str,
    pub kind: PartyKind,
    pub province: Option<&'static str>,
}

/// Looks up a party id from the output (ISO code, full name or city name).
pub fn party_info(id: &str) -> Option<PartyInfo> {
    let lex = lexicon();
    let entry = lex.entry(id)?;
    let name = match entry {
        Entry::Province(i) => lex.provinces[i].name,
        Entry::Body(i) => lex.bodies[i].id,
        Entry::City(i) => lex.cities[i].name,
        Entry::Found(_) => return None,
    };
    Some(PartyInfo {
        id: lex.id(entry),
        name,
        english: lex.english(entry),
        kind: lex.kind(entry),
        province: lex.province_of(entry),
    })
}
