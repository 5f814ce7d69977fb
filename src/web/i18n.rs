//! The two interface languages and the labels of the core's enums in each.

use crate::core::{EventKind, PartyKind, PartyRef, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The value of the `lang` attribute for text in this language.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Picks the Chinese or the English label.
    pub fn tr<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Every event kind, in the order the filter lists them.
pub const EVENT_KINDS: [EventKind; 7] = [
    EventKind::Talks,
    EventKind::Symposium,
    EventKind::Signing,
    EventKind::Visit,
    EventKind::Inspection,
    EventKind::Conference,
    EventKind::Other,
];

pub fn event_kind_label(kind: EventKind, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => kind.zh(),
        Lang::En => match kind {
            EventKind::Talks => "Talks",
            EventKind::Symposium => "Symposium",
            EventKind::Signing => "Signing",
            EventKind::Visit => "Visit",
            EventKind::Inspection => "Inspection",
            EventKind::Conference => "Conference",
            EventKind::Other => "Other",
        },
    }
}

/// The serde name of a party kind (as in the JSON output and the URL hash).
pub fn party_kind_str(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Province => "province",
        PartyKind::City => "city",
        PartyKind::Corps => "corps",
        PartyKind::PartyCentre => "party_centre",
        PartyKind::StateCouncil => "state_council",
        PartyKind::PartyOrgan => "party_organ",
        PartyKind::Ministry => "ministry",
        PartyKind::Agency => "agency",
        PartyKind::Legislature => "legislature",
        PartyKind::Judiciary => "judiciary",
        PartyKind::Military => "military",
        PartyKind::Soe => "soe",
        PartyKind::Financial => "financial",
        PartyKind::Academy => "academy",
        PartyKind::University => "university",
        PartyKind::PeopleOrg => "people_org",
        PartyKind::Other => "other",
    }
}

pub fn party_kind_label(kind: PartyKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        PartyKind::Province => ("省级", "Province"),
        PartyKind::City => ("市", "City"),
        PartyKind::Corps => ("兵团", "XPCC"),
        PartyKind::PartyCentre => ("党中央", "Party Centre"),
        PartyKind::StateCouncil => ("国务院", "State Council"),
        PartyKind::PartyOrgan => ("中央部门", "Central Party organ"),
        PartyKind::Ministry => ("国务院部委", "Ministry"),
        PartyKind::Agency => ("国家机构", "State agency"),
        PartyKind::Legislature => ("人大", "Legislature"),
        PartyKind::Judiciary => ("司法机关", "Judiciary"),
        PartyKind::Military => ("军队", "Military"),
        PartyKind::Soe => ("中央企业", "Central SOE"),
        PartyKind::Financial => ("金融机构", "Financial institution"),
        PartyKind::Academy => ("科研院所", "Academy"),
        PartyKind::University => ("高校", "University"),
        PartyKind::PeopleOrg => ("人民团体", "People's organisation"),
        PartyKind::Other => ("其他", "Other"),
    };
    lang.tr(zh, en)
}

/// Whether a party is a central body (not a province, city or the Corps).
pub fn is_central(kind: PartyKind) -> bool {
    !matches!(
        kind,
        PartyKind::Province | PartyKind::City | PartyKind::Corps | PartyKind::Other
    )
}

/// The province a party belongs to: its `province`, or its id when it is a province.
pub fn party_province(p: &PartyRef) -> Option<&str> {
    match (&p.province, p.kind) {
        (Some(code), _) => Some(code.as_str()),
        (None, PartyKind::Province) => Some(p.id.as_str()),
        _ => None,
    }
}

/// A party's name in the interface language (English where the lexicon has it).
pub fn party_name(p: &PartyRef, lang: Lang) -> &str {
    match (lang, &p.english) {
        (Lang::En, Some(en)) if !en.is_empty() => en,
        _ => &p.name,
    }
}

pub fn role_label(role: Role, lang: Lang) -> &'static str {
    let (zh, en) = match role {
        Role::GeneralSecretary => ("总书记", "General Secretary"),
        Role::President => ("国家主席", "President"),
        Role::VicePresident => ("国家副主席", "Vice President"),
        Role::CmcChairman => ("军委主席", "CMC Chairman"),
        Role::Premier => ("总理", "Premier"),
        Role::VicePremier => ("副总理", "Vice Premier"),
        Role::PscMember => ("政治局常委", "PSC member"),
        Role::PolitburoMember => ("政治局委员", "Politburo member"),
        Role::PartySecretary => ("党委书记", "Party Secretary"),
        Role::DeputyPartySecretary => ("党委副书记", "Deputy Party Secretary"),
        Role::Governor => ("省长", "Governor"),
        Role::ViceGovernor => ("副省长", "Vice Governor"),
        Role::Mayor => ("市长", "Mayor"),
        Role::ViceMayor => ("副市长", "Vice Mayor"),
        Role::CongressChair => ("人大常委会主任", "People's Congress chair"),
        Role::CppccChair => ("政协主席", "CPPCC chair"),
        Role::StandingCommitteeMember => ("常委", "Standing Committee member"),
        Role::Minister => ("部长", "Minister"),
        Role::ViceMinister => ("副部长", "Vice Minister"),
        Role::Head => ("负责人", "Head"),
        Role::DeputyHead => ("副职", "Deputy head"),
        Role::Chairman => ("董事长", "Chairman"),
        Role::GeneralManager => ("总经理", "General Manager"),
        Role::SecretaryGeneral => ("秘书长", "Secretary-General"),
        Role::Other => ("其他", "Other"),
    };
    lang.tr(zh, en)
}

/// Party id -> (Chinese name, English name).
pub type EntityNames = std::collections::HashMap<String, (String, Option<String>)>;

/// The Chinese and English names of every party id the document knows, from its events' parties
/// (the first name that is not the bare id wins) and its resolved party mentions.
pub fn entity_names(doc: &crate::core::Document) -> EntityNames {
    fn add(names: &mut EntityNames, id: &str, name: &str, english: Option<&str>) {
        // Looked up before inserting: a big paste repeats the same few hundred ids many times.
        if !names.contains_key(id) {
            names.insert(id.to_string(), (name.to_string(), None));
        }
        let Some(entry) = names.get_mut(id) else {
            return;
        };
        if entry.0 == id && name != id {
            entry.0 = name.to_string();
        }
        if entry.1.is_none() {
            entry.1 = english.filter(|e| !e.is_empty()).map(str::to_string);
        }
    }
    let mut names = EntityNames::new();
    for e in &doc.events {
        for p in &e.parties {
            add(&mut names, &p.id, &p.name, p.english.as_deref());
        }
    }
    // The mentions only add names for organisations that no event names (people's employers):
    // skipped when there are none, as scanning a big paste's mentions costs milliseconds.
    let missing = doc
        .people
        .iter()
        .filter_map(|p| p.org.as_deref())
        .any(|org| !names.contains_key(org));
    if missing {
        for m in &doc.mentions {
            if m.kind == crate::core::MentionKind::Party {
                if let Some(id) = &m.resolved {
                    add(&mut names, id, &m.text, m.english.as_deref());
                }
            }
        }
    }
    names
}

/// The name of a party id in the interface language, falling back to the id itself.
pub fn id_name(names: &EntityNames, id: &str, lang: Lang) -> String {
    match names.get(id) {
        Some((_, Some(en))) if lang == Lang::En => en.clone(),
        Some((zh, _)) => zh.clone(),
        None => id.to_string(),
    }
}
