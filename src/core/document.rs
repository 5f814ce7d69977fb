//! The one document model that every stage reads and extends, and that the UI renders.
//!
//! Spans are UTF-8 byte offsets into the ORIGINAL input (end exclusive), so that
//! `&doc.text[m.span.start..m.span.end] == m.text` always holds.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A byte range into the original input, end exclusive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
}

/// What a mention is, as the text view colours it (`data-kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Person,
    Party,
    Title,
    Date,
    Agreement,
    Quote,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Party => "party",
            MentionKind::Title => "title",
            MentionKind::Date => "date",
            MentionKind::Agreement => "agreement",
            MentionKind::Quote => "quote",
        }
    }
}

/// A stretch of the input that names something, with what it resolves to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: MentionKind,
    /// The original text, exactly `input[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The resolved entity: a party id, a person's name, an ISO date, a role. Borrowed from
    /// the lexicon where it can be: a big text has hundreds of thousands of mentions.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub resolved: Option<Cow<'static, str>>,
    /// English gloss of the resolved entity, where the lexicon has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub english: Option<Cow<'static, str>>,
}

/// The closed list of roles of GUIDE section 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    GeneralSecretary,
    President,
    VicePresident,
    CmcChairman,
    Premier,
    VicePremier,
    PscMember,
    PolitburoMember,
    PartySecretary,
    DeputyPartySecretary,
    Governor,
    ViceGovernor,
    Mayor,
    ViceMayor,
    CongressChair,
    CppccChair,
    StandingCommitteeMember,
    Minister,
    ViceMinister,
    Head,
    DeputyHead,
    Chairman,
    GeneralManager,
    SecretaryGeneral,
    Other,
}

impl Role {
    /// Every role, in the order of GUIDE section 3.
    pub const ALL: [Role; 25] = [
        Role::GeneralSecretary,
        Role::President,
        Role::VicePresident,
        Role::CmcChairman,
        Role::Premier,
        Role::VicePremier,
        Role::PscMember,
        Role::PolitburoMember,
        Role::PartySecretary,
        Role::DeputyPartySecretary,
        Role::Governor,
        Role::ViceGovernor,
        Role::Mayor,
        Role::ViceMayor,
        Role::CongressChair,
        Role::CppccChair,
        Role::StandingCommitteeMember,
        Role::Minister,
        Role::ViceMinister,
        Role::Head,
        Role::DeputyHead,
        Role::Chairman,
        Role::GeneralManager,
        Role::SecretaryGeneral,
        Role::Other,
    ];

    /// The role of a name as the JSON writes it (`party_secretary`).
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::GeneralSecretary => "general_secretary",
            Role::President => "president",
            Role::VicePresident => "vice_president",
            Role::CmcChairman => "cmc_chairman",
            Role::Premier => "premier",
            Role::VicePremier => "vice_premier",
            Role::PscMember => "psc_member",
            Role::PolitburoMember => "politburo_member",
            Role::PartySecretary => "party_secretary",
            Role::DeputyPartySecretary => "deputy_party_secretary",
            Role::Governor => "governor",
            Role::ViceGovernor => "vice_governor",
            Role::Mayor => "mayor",
            Role::ViceMayor => "vice_mayor",
            Role::CongressChair => "congress_chair",
            Role::CppccChair => "cppcc_chair",
            Role::StandingCommitteeMember => "standing_committee_member",
            Role::Minister => "minister",
            Role::ViceMinister => "vice_minister",
            Role::Head => "head",
            Role::DeputyHead => "deputy_head",
            Role::Chairman => "chairman",
            Role::GeneralManager => "general_manager",
            Role::SecretaryGeneral => "secretary_general",
            Role::Other => "other",
        }
    }
}

/// What sort of organisation a party is (GUIDE section 1); the UI filters on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Province,
    City,
    Corps,
    PartyCentre,
    /// The State Council as a whole (a premier's or vice premier's inspection).
    StateCouncil,
    PartyOrgan,
    Ministry,
    Agency,
    Legislature,
    Judiciary,
    Military,
    Soe,
    Financial,
    Academy,
    University,
    PeopleOrg,
    Other,
}

/// A party that takes part in an event: its id (ISO code or full Chinese name) and how the text named it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyRef {
    pub id: String,
    /// The name as the text first wrote it for this event.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub english: Option<String>,
    #[serde(rename = "type")]
    pub kind: PartyKind,
    /// For cities and provinces: the ISO code of the province.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub province: Option<String>,
}

/// A calendar date that may lack its year, month or day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// ISO 8601: `2023-12-12`, `--12-12` without a year, `2023-12`, `--12`, or `2023`.
    pub fn iso(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            _ => String::new(),
        }
    }
}

/// When an event happened: a day or a range, with the part of the day and the words used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateSpan {
    pub start: PartialDate,
    pub end: PartialDate,
    /// 上午, 下午, 晚 … when the text gives it.
    pub time_of_day: Option<String>,
    /// The words in the text, e.g. "12月12日下午" or "次日".
    pub text: String,
}

/// GUIDE section 2's kinds of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Talks,
    Symposium,
    Signing,
    Visit,
    Inspection,
    Conference,
    Other,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Talks => "talks",
            EventKind::Symposium => "symposium",
            EventKind::Signing => "signing",
            EventKind::Visit => "visit",
            EventKind::Inspection => "inspection",
            EventKind::Conference => "conference",
            EventKind::Other => "other",
        }
    }

    /// The CAMEO event code that fits best.
    pub fn cameo(self) -> &'static str {
        match self {
            EventKind::Talks => "040",
            EventKind::Symposium => "040",
            EventKind::Signing => "057",
            EventKind::Visit => "042",
            EventKind::Inspection => "043",
            EventKind::Conference => "040",
            EventKind::Other => "010",
        }
    }

    /// The Chinese word the UI shows.
    pub fn zh(self) -> &'static str {
        match self {
            EventKind::Talks => "会谈",
            EventKind::Symposium => "座谈",
            EventKind::Signing => "签约",
            EventKind::Visit => "拜访",
            EventKind::Inspection => "考察",
            EventKind::Conference => "会议",
            EventKind::Other => "其他",
        }
    }
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// One participant of an event: a person's name as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub org: Option<String>,
}

/// One occurrence in time of a meeting between parties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub cameo: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<DateOut>,
    pub parties: Vec<PartyRef>,
    pub participants: Vec<Participant>,
    pub agreements: Vec<String>,
    pub topics: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<String>,
    /// The location's English name, when the lexicons know the place (成都 → Chengdu).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location_english: Option<String>,
    pub quotes: Vec<Quote>,
    /// Byte spans of the sentences the event was read from.
    pub evidence: Vec<Span>,
    /// The articles (indices into [`Document::articles`]) that report the event.
    #[serde(default)]
    pub articles: Vec<usize>,
    /// The names of the extraction rules that made the event (`core::events::rule_names`), so
    /// that a wrong link points to the rule that read it.
    #[serde(default)]
    pub rules: Vec<String>,
}

/// An event's date as GUIDE section 5 prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateOut {
    pub start: String,
    pub end: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub time_of_day: Option<String>,
}

/// A person named in the article with a title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub org: Option<String>,
    pub roles: Vec<Role>,
    /// The Chinese titles as written, e.g. "交通运输部党组书记", "部长".
    pub titles: Vec<String>,
    /// The offices in official English, one per distinct office of `titles`
    /// ("Minister, Ministry of Transport"); empty for titles the tables lack.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub english_titles: Vec<String>,
}

/// The result of analysing one text: GUIDE section 5's JSON is its serialisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    pub events: Vec<Event>,
    pub people: Vec<Person>,
    pub mentions: Vec<Mention>,
    /// The reference date used to complete years (from `--date` or the dateline).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reference_date: Option<String>,
    /// The articles of the input (several when separated by a line `---`).
    #[serde(default)]
    pub articles: Vec<Article>,
}

/// One article of the input: where it lies, its first line, and the date its years were completed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub start: usize,
    pub end: usize,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reference_date: Option<String>,
}
