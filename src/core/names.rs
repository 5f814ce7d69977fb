//! The user's own names ("My names"): organisations and people that the lexicons lack, given with
//! each analysis through [`crate::core::Options::names`].
//!
//! The dictionary file is JSON (`{"organisations": [...], "people": [...]}`); this module reads and
//! checks it, and compiles it once per analysis into the patterns the scanner matches.

use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use super::document::PartyKind;
use super::lexicon::{lexicon, TitleKind, Tok};

/// The kinds of organisation a user can enter, as the dictionary file spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Province,
    City,
    /// A central Party or state organ.
    Central,
    CentralSoe,
    #[default]
    Firm,
    University,
    Association,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 8] = [
        OrgKind::Province,
        OrgKind::City,
        OrgKind::Central,
        OrgKind::CentralSoe,
        OrgKind::Firm,
        OrgKind::University,
        OrgKind::Association,
        OrgKind::Other,
    ];

    /// Its name in the dictionary file.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Province => "province",
            OrgKind::City => "city",
            OrgKind::Central => "central",
            OrgKind::CentralSoe => "central_soe",
            OrgKind::Firm => "firm",
            OrgKind::University => "university",
            OrgKind::Association => "association",
            OrgKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The party type of GUIDE section 5 that the output gives it.
    pub fn party_kind(self) -> PartyKind {
        match self {
            OrgKind::Province => PartyKind::Province,
            OrgKind::City => PartyKind::City,
            OrgKind::Central => PartyKind::Ministry,
            OrgKind::CentralSoe => PartyKind::Soe,
            OrgKind::University => PartyKind::University,
            OrgKind::Association => PartyKind::PeopleOrg,
            OrgKind::Firm | OrgKind::Other => PartyKind::Other,
        }
    }
}

/// An organisation of the user's: a party whose id is its `name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UserOrg {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: OrgKind,
    /// The ISO code of its province (CN-BJ), which puts it on the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
}

/// A person of the user's, found wherever the text writes the name, even with no title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UserPerson {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// A party id: a lexicon's (CN-BJ, 教育部) or one of the user's organisations.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub org: String,
}

/// The user's dictionary, as the `my-names` panel keeps it and `extract --names` reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct UserNames {
    #[serde(default)]
    pub organisations: Vec<UserOrg>,
    #[serde(default)]
    pub people: Vec<UserPerson>,
}

/// Why a dictionary was refused; its `Display` is a sentence for the user (the page words it in
/// Chinese too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON of the dictionary's shape (the parser's words).
    NotADictionary(String),
    /// The organisation at this position (from 1) has no name of two characters or more.
    OrganisationUnnamed(usize),
    /// An organisation's province is not an ISO code: its name and what was written.
    BadProvince(String, String),
    /// The person at this position (from 1) has no name of two characters or more.
    PersonUnnamed(usize),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotADictionary(e) => write!(
                f,
                "the names file is not a dictionary of organisations and people ({e})."
            ),
            Problem::OrganisationUnnamed(i) => {
                write!(f, "organisation {i} has no name of two characters or more.")
            }
            Problem::BadProvince(name, code) => write!(
                f,
                "organisation “{name}” has province “{code}”, which is not a code such as CN-BJ."
            ),
            Problem::PersonUnnamed(i) => {
                write!(f, "person {i} has no name of two characters or more.")
            }
        }
    }
}

impl UserNames {
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.people.is_empty()
    }

    /// Reads a dictionary file; the error is a sentence for the user naming the bad entry. An
    /// empty file is an empty dictionary.
    pub fn from_json(json: &str) -> Result<UserNames, Problem> {
        if json.trim().is_empty() {
            return Ok(UserNames::default());
        }
        let names: UserNames =
            serde_json::from_str(json).map_err(|e| Problem::NotADictionary(e.to_string()))?;
        names.check()?;
        Ok(names)
    }

    /// Every organisation and person has a name of two characters or more, and every province
    /// is written as an ISO code (CN- and two letters). The lexicon is not consulted, so that the
    /// page can check a file without the core's tables.
    pub fn check(&self) -> Result<(), Problem> {
        for (i, o) in self.organisations.iter().enumerate() {
            if o.name.trim().chars().count() < 2 {
                return Err(Problem::OrganisationUnnamed(i + 1));
            }
            if let Some(code) = &o.province {
                let letters = code.strip_prefix("CN-").unwrap_or("");
                if letters.len() != 2 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(Problem::BadProvince(o.name.clone(), code.clone()));
                }
            }
        }
        for (i, p) in self.people.iter().enumerate() {
            if p.name.trim().chars().count() < 2 {
                return Err(Problem::PersonUnnamed(i + 1));
            }
        }
        Ok(())
    }
}

/// Edits of the dictionary, as the app's "My names" panel makes them. An organisation's id is its
/// name, so two entries of one name are one entry: the later replaces the earlier.
impl UserNames {
    /// The dictionary as compact JSON, empty when it has no entry (then read without it).
    pub fn to_json(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        serde_json::to_string(self).unwrap_or_default()
    }

    /// With `org` added, or in place of the entry of the same name.
    pub fn with_org(&self, org: UserOrg) -> UserNames {
        let mut next = self.clone();
        match next.organisations.iter_mut().find(|o| o.name == org.name) {
            Some(o) => *o = org,
            None => next.organisations.push(org),
        }
        next
    }

    /// With `person` added, or in place of the entry of the same name.
    pub fn with_person(&self, person: UserPerson) -> UserNames {
        let mut next = self.clone();
        match next.people.iter_mut().find(|p| p.name == person.name) {
            Some(p) => *p = person,
            None => next.people.push(person),
        }
        next
    }

    /// Without the organisation or person called `name`.
    pub fn without(&self, name: &str) -> UserNames {
        let mut next = self.clone();
        next.organisations.retain(|o| o.name != name);
        next.people.retain(|p| p.name != name);
        next
    }

    /// With the entries of `theirs` (an imported file, a link) that it lacks; an entry of a
    /// name the user already has stays the user's.
    pub fn merged(&self, theirs: &UserNames) -> UserNames {
        let mut next = self.clone();
        for o in &theirs.organisations {
            if !next.organisations.iter().any(|x| x.name == o.name) {
                next.organisations.push(o.clone());
            }
        }
        for p in &theirs.people {
            if !next.people.iter().any(|x| x.name == p.name) {
                next.people.push(p.clone());
            }
        }
        next
    }
}

/// The other names of an organisation as the user types them: split at commas, 、 and spaces.
pub fn split_aliases(typed: &str) -> Vec<String> {
    typed
        .split(|c: char| matches!(c, ',' | '，' | '、' | ';' | '；') || c.is_whitespace())
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

/// The dictionary compiled for one analysis: its names in normalised form, matched in one pass.
pub struct Compiled {
    pub names: Arc<UserNames>,
    /// Which organisation each pattern of `orgs` names.
    org_of_pattern: Vec<usize>,
    orgs: Option<AhoCorasick>,
}

impl Compiled {
    pub fn new(names: Arc<UserNames>) -> Compiled {
        let mut texts = Vec::new();
        let mut org_of_pattern = Vec::new();
        for (i, o) in names.organisations.iter().enumerate() {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                let norm = super::normalize::normalize(n.trim()).text;
                if norm.chars().count() >= 2 {
                    texts.push(norm);
                    org_of_pattern.push(i);
                }
            }
        }
        let orgs = (!texts.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&texts)
                .expect("plain strings form a valid automaton")
        });
        Compiled {
            names,
            org_of_pattern,
            orgs,
        }
    }

    /// Where the user's organisations stand in `text`: (start, end, organisation index).
    pub fn find_orgs(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.orgs else {
            return Vec::new();
        };
        ac.find_iter(text)
            .map(|m| {
                (
                    m.start(),
                    m.end(),
                    self.org_of_pattern[m.pattern().as_usize()],
                )
            })
            .collect()
    }

    /// The user's people in normalised form: (name, index in `names.people`).
    pub fn people(&self) -> impl Iterator<Item = (String, usize)> + '_ {
        self.names
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (super::normalize::normalize(p.name.trim()).text, i))
    }
}

/// The kind of the last title the lexicon reads in `title` (董事长, 党委书记、董事长).
pub fn title_kind(title: &str) -> Option<TitleKind> {
    let lex = lexicon();
    let norm = super::normalize::normalize(title).text;
    lex.automaton
        .find_iter(&norm)
        .filter_map(|m| match lex.patterns[m.pattern().as_usize()].0 {
            Tok::Title(kind) => Some(kind),
            _ => None,
        })
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str, english: &str) -> UserOrg {
        UserOrg {
            name: name.into(),
            english: Some(english.into()),
            ..Default::default()
        }
    }

    #[test]
    fn an_entry_of_the_same_name_replaces_the_earlier_and_removal_takes_it_out() {
        let a = UserNames::default().with_org(org("北京能源集团", "A"));
        let b = a.with_org(org("北京能源集团", "B"));
        assert_eq!(b.organisations.len(), 1);
        assert_eq!(b.organisations[0].english.as_deref(), Some("B"));
        assert!(b.without("北京能源集团").is_empty());
    }

    #[test]
    fn merging_keeps_the_users_own_entries() {
        let ours = UserNames::default().with_org(org("北京能源集团", "ours"));
        let theirs = UserNames::default()
            .with_org(org("北京能源集团", "theirs"))
            .with_org(org("徽商总会", "x"));
        let m = ours.merged(&theirs);
        assert_eq!(m.organisations.len(), 2);
        assert_eq!(m.organisations[0].english.as_deref(), Some("ours"));
    }

    #[test]
    fn the_json_round_trips_and_an_empty_dictionary_is_no_json() {
        let names = UserNames::default()
            .with_org(org("北京能源集团", "Beijing Energy"))
            .with_person(UserPerson {
                name: "姜帆".into(),
                title: "董事长".into(),
                org: "北京能源集团".into(),
            });
        assert_eq!(UserNames::from_json(&names.to_json()), Ok(names.clone()));
        let pretty = serde_json::to_string_pretty(&names).expect("serializable");
        assert_eq!(UserNames::from_json(&pretty), Ok(names));
        assert_eq!(UserNames::default().to_json(), "");
        assert_eq!(UserNames::from_json(" "), Ok(UserNames::default()));
    }

    #[test]
    fn aliases_split_at_commas_and_enumeration_marks() {
        assert_eq!(
            split_aliases("京能集团、京能， BEH"),
            ["京能集团", "京能", "BEH"]
        );
    }
}
