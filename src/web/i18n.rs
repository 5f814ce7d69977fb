//! The two interface languages and the labels of the core's enums in each.

use crate::core::{EventKind, PartyKind, PartyRef, Role};

pub use super::said::{Lang, Said};

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

/// A file the browser could not read.
pub fn unreadable() -> Said {
    Said::new("无法读取这个文件。", "The file could not be read.")
}

/// Why a My names file or entry was refused, in words.
pub fn names_problem(problem: &crate::core::names::Problem) -> Said {
    use crate::core::names::Problem as P;
    let zh = match problem {
        P::NotADictionary(_) => "这个名称文件不是机构和人物的词典。".to_string(),
        P::OrganisationUnnamed(i) => format!("第 {i} 个机构没有两个字以上的名称。"),
        P::BadProvince(name, code) => {
            format!("机构“{name}”的省份“{code}”不是 CN-BJ 这样的代码。")
        }
        P::PersonUnnamed(i) => format!("第 {i} 个人物没有两个字以上的姓名。"),
    };
    // ASCII only: `str::to_uppercase` would bring Unicode's case tables into the page.
    let mut en = problem.to_string();
    en[..1].make_ascii_uppercase();
    Said::new(zh, en)
}

/// A party's kind as its card names it: Hong Kong and Macau are Special Administrative
/// Regions, not provinces.
pub fn party_kind_label_of(id: &str, kind: PartyKind, lang: Lang) -> &'static str {
    match id {
        "CN-HK" | "CN-MO" => lang.tr("特别行政区", "Special Administrative Region"),
        _ => party_kind_label(kind, lang),
    }
}

/// A person's offices in the interface's language: the official English where the core has it
/// (one per office), else the Chinese titles as written.
pub fn person_titles(person: &crate::core::Person, lang: Lang) -> (String, &'static str) {
    if lang == Lang::En && !person.english_titles.is_empty() {
        (person.english_titles.join("; "), "en")
    } else {
        (person.titles.join("、"), "zh-Hans")
    }
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
            // The name is worked out only while the id has none yet (or no English one).
            let known = names
                .get(&p.id)
                .is_some_and(|(n, en)| *n != p.id && (en.is_some() || p.english.is_none()));
            if !known {
                add(&mut names, &p.id, &full_party_name(p), p.english.as_deref());
            }
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

/// The name of a party id in the interface language: from the document, else a province's
/// name for its code, else the id itself (a central body's id is its full Chinese name).
pub fn id_name(names: &EntityNames, id: &str, lang: Lang) -> String {
    match names.get(id) {
        Some((_, Some(en))) if lang == Lang::En => en.clone(),
        Some((zh, _)) if zh != id => zh.clone(),
        _ => province_name(id, lang).unwrap_or_else(|| id.to_string()),
    }
}

/// The name of a province by its ISO code (`CN-QH` → 青海省 / Qinghai), from the map's data:
/// the page shows names, never codes.
pub fn province_name(iso: &str, lang: Lang) -> Option<String> {
    use crate::web::components::province_map::{english_name, map_data};
    if iso == crate::web::filters::CENTRAL {
        return Some(central_label(lang).to_string());
    }
    let division = map_data().division(iso)?;
    Some(match lang {
        Lang::Zh => division.name_zh.to_string(),
        Lang::En => english_name(iso).to_string(),
    })
}

/// The map's point and the province filter's value for the central bodies.
pub fn central_label(lang: Lang) -> &'static str {
    lang.tr("中央单位", "Central bodies")
}

/// A province's or city's name without its administrative suffix (宁夏回族自治区 → 宁夏).
fn short_place(place: &str) -> &str {
    const SUFFIXES: [&str; 7] = [
        "特别行政区",
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "省",
        "市",
    ];
    SUFFIXES
        .iter()
        .find_map(|s| place.strip_suffix(s))
        .filter(|s| !s.is_empty())
        .unwrap_or(place)
}

/// How an organ is named once its place has been said (省委, 市政府, 党政代表团): such a name
/// carries no place of its own.
const PLACELESS_STARTS: [&str; 12] = [
    "省",
    "市",
    "自治区",
    "特别行政区",
    "党委",
    "党政",
    "政府",
    "人民政府",
    "人大",
    "政协",
    "代表团",
    "纪委",
];

/// A party's Chinese name as the page shows it. Articles name a province in full once and then
/// its organs alone (省委, 省政府): those carry their place here (青海省委), and a bare ISO code
/// becomes the province's name, so that no card, filter or export shows 省委 or `CN-QH` alone.
pub fn full_party_name(p: &PartyRef) -> String {
    let place = match p.kind {
        PartyKind::Province => province_name(&p.id, Lang::Zh),
        PartyKind::City => Some(p.id.clone()),
        _ => None,
    };
    let Some(place) = place else {
        return p.name.clone();
    };
    if p.name.is_empty() || p.name == p.id {
        return place;
    }
    let placeless = !p.name.contains(short_place(&place))
        && PLACELESS_STARTS.iter().any(|s| p.name.starts_with(s));
    if !placeless {
        return p.name.clone();
    }
    // 青海省 + 省委 → 青海省委; 宁夏回族自治区 + 党委 → 宁夏回族自治区党委.
    let overlap = (1..=place.len())
        .rev()
        .filter(|&n| place.is_char_boundary(place.len() - n))
        .find(|&n| p.name.starts_with(&place[place.len() - n..]))
        .unwrap_or(0);
    format!("{}{}", &place[..place.len() - overlap], p.name)
}

/// GUIDE section 4's topics, as the edit dialog offers them.
pub const TOPICS: [&str; 19] = [
    "education",
    "transport",
    "energy",
    "finance",
    "agriculture",
    "market_regulation",
    "industry",
    "science_technology",
    "commerce",
    "health",
    "environment",
    "culture_tourism",
    "water",
    "housing_urban",
    "digital",
    "rural_revitalization",
    "foreign_affairs",
    "security",
    "general",
];

/// A topic (GUIDE section 4's names) in the interface's language.
pub fn topic_label(topic: &str, lang: Lang) -> String {
    let (zh, en) = match topic {
        "education" => ("教育", "Education"),
        "transport" => ("交通运输", "Transport"),
        "energy" => ("能源", "Energy"),
        "finance" => ("金融", "Finance"),
        "agriculture" => ("农业农村", "Agriculture"),
        "market_regulation" => ("市场监管", "Market regulation"),
        "industry" => ("工业", "Industry"),
        "science_technology" => ("科技", "Science and technology"),
        "commerce" => ("商务", "Commerce"),
        "health" => ("卫生健康", "Health"),
        "environment" => ("生态环境", "Environment"),
        "culture_tourism" => ("文化和旅游", "Culture and tourism"),
        "water" => ("水利", "Water"),
        "housing_urban" => ("住房城乡建设", "Housing and urban development"),
        "digital" => ("数字化", "Digital"),
        "rural_revitalization" => ("乡村振兴", "Rural revitalisation"),
        "foreign_affairs" => ("外事", "Foreign affairs"),
        "security" => ("安全", "Security"),
        "general" => ("综合", "General"),
        // A topic this page does not know yet (or typed into the URL): words, not a slug.
        other => return other.replace('_', " "),
    };
    lang.tr(zh, en).to_string()
}

/// Every party kind, for reading one back from its name.
const PARTY_KINDS: [PartyKind; 17] = [
    PartyKind::Province,
    PartyKind::City,
    PartyKind::Corps,
    PartyKind::PartyCentre,
    PartyKind::StateCouncil,
    PartyKind::PartyOrgan,
    PartyKind::Ministry,
    PartyKind::Agency,
    PartyKind::Legislature,
    PartyKind::Judiciary,
    PartyKind::Military,
    PartyKind::Soe,
    PartyKind::Financial,
    PartyKind::Academy,
    PartyKind::University,
    PartyKind::PeopleOrg,
    PartyKind::Other,
];

/// The label of a counterpart filter value (`party_kind_str`'s name of a kind).
pub fn counterpart_label(value: &str, lang: Lang) -> String {
    PARTY_KINDS
        .iter()
        .find(|k| party_kind_str(**k) == value)
        .map_or_else(
            || value.replace('_', " "),
            |k| party_kind_label(*k, lang).to_string(),
        )
}

/// The label of an event kind filter value (`EventKind::as_str`).
pub fn event_kind_value_label(value: &str, lang: Lang) -> String {
    EVENT_KINDS
        .iter()
        .find(|k| k.as_str() == value)
        .map_or_else(
            || value.to_string(),
            |k| event_kind_label(*k, lang).to_string(),
        )
}

/// The filters of a view in words (陕西省 · 会谈), for the notice of a link without its text.
pub fn describe_filters(filters: &crate::web::filters::Filters, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &filters.province {
        parts.push(province_name(p, lang).unwrap_or_else(|| p.clone()));
    }
    if let Some(c) = &filters.counterpart {
        parts.push(counterpart_label(c, lang));
    }
    if let Some(k) = &filters.kind {
        parts.push(event_kind_value_label(k, lang));
    }
    if let Some(t) = &filters.topic {
        parts.push(topic_label(t, lang));
    }
    if let Some(a) = filters
        .article
        .as_deref()
        .and_then(|a| a.parse::<usize>().ok())
    {
        parts.push(article_number(a, lang));
    }
    parts.join(" · ")
}

/// "文章 2" / "Article 2" for the article of index 1.
pub fn article_number(index: usize, lang: Lang) -> String {
    format!("{} {}", lang.tr("文章", "Article"), index + 1)
}

/// How an article is named: by its title (see `core::headline`), else by its number.
pub fn article_name(doc: &crate::core::Document, index: usize, lang: Lang) -> String {
    doc.articles
        .get(index)
        .map(|a| a.title.trim())
        .filter(|t| !t.is_empty())
        .map_or_else(|| article_number(index, lang), str::to_string)
}

/// The label of a role by its serde name (`party_secretary`), for the marks' tooltips.
pub fn role_name_label(name: &str, lang: Lang) -> Option<&'static str> {
    Role::parse(name).map(|r| role_label(r, lang))
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date without its year (`--11-24`, `--11`) in words, without the "year unknown" note
/// (11月24日 / 24 Nov); `None` for any other form.
fn yearless(iso: &str, lang: Lang) -> Option<String> {
    let rest = iso.strip_prefix("--")?;
    let (month, day) = match rest.split_once('-') {
        Some((m, d)) => (m.parse::<usize>().ok()?, Some(d.parse::<u32>().ok()?)),
        None => (rest.parse::<usize>().ok()?, None),
    };
    let name = MONTHS_EN.get(month.checked_sub(1)?)?;
    Some(match (lang, day) {
        (Lang::Zh, Some(d)) => format!("{month}月{d}日"),
        (Lang::Zh, None) => format!("{month}月"),
        (Lang::En, Some(d)) => format!("{d} {name}"),
        (Lang::En, None) => name.to_string(),
    })
}

/// An event's date, or its first and last day, as the cards and day headings show it. A date
/// whose year the article does not give (`--11-24`) says so, 11月24日（年份不详）/ 24 Nov (year
/// unknown), rather than showing ISO's `--`; dated ones stay ISO (2023-12-12).
pub fn date_label(start: &str, end: &str, lang: Lang) -> String {
    let unknown = lang.tr("（年份不详）", " (year unknown)");
    let one = |iso: &str| yearless(iso, lang).unwrap_or_else(|| iso.to_string());
    let both_yearless = start.starts_with("--") && (end.is_empty() || end.starts_with("--"));
    let shown = if end.is_empty() || end == start {
        one(start)
    } else {
        format!("{} – {}", one(start), one(end))
    };
    if both_yearless && yearless(start, lang).is_some() {
        format!("{shown}{unknown}")
    } else {
        shown
    }
}

/// The labels of the review filter's values (`filters::REVIEW_VALUES`).
pub fn review_label(value: &str, lang: Lang) -> String {
    let (zh, en) = match value {
        "checked" => ("已核对", "Checked"),
        "unchecked" => ("未核对", "Not checked"),
        "hand" => ("人工修改", "Changed by hand"),
        other => return other.to_string(),
    };
    lang.tr(zh, en).to_string()
}

/// The words of correcting meetings by hand (cards' actions, the edit dialog, the review panel).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    Delete,
    DeleteHint,
    Edit,
    Check,
    Uncheck,
    Checked,
    ByHand,
    AddMeeting,
    FromSentence,
    FromSentenceHint,
    Undo,
    Redo,
    ReviewFilter,
    DialogEdit,
    DialogAdd,
    Kind,
    Start,
    End,
    DateHint,
    PartyA,
    PartyB,
    PartyHint,
    NewOrg,
    Participants,
    Others,
    OthersHint,
    Agreements,
    ListHint,
    Topics,
    Save,
    Cancel,
    Evidence,
    BadDate,
    NoParty,
    Deleted,
    Restore,
    Lost,
    LostHint,
    Forget,
    WasDeleted,
    WasChanged,
    WasChecked,
    WasAdded,
}

pub fn fix_label(what: Fix, lang: Lang) -> &'static str {
    let (zh, en) = match what {
        Fix::Delete => ("删除", "Delete"),
        Fix::DeleteHint => ("不是会见：删除", "Not a meeting: delete"),
        Fix::Edit => ("修改", "Edit"),
        Fix::Check => ("标为已核对", "Mark as checked"),
        Fix::Uncheck => ("取消核对", "Mark as not checked"),
        Fix::Checked => ("已核对", "Checked"),
        Fix::ByHand => ("人工修改", "Changed by hand"),
        Fix::AddMeeting => ("手动添加会见", "Add a meeting"),
        Fix::FromSentence => ("用此句添加会见", "Meeting from this sentence"),
        Fix::FromSentenceHint => (
            "在原文中选中一句话，再点此按钮。",
            "Select a sentence in the text, then press this button.",
        ),
        Fix::Undo => ("撤销", "Undo"),
        Fix::Redo => ("重做", "Redo"),
        Fix::ReviewFilter => ("核对", "Review"),
        Fix::DialogEdit => ("修改会见", "Edit the meeting"),
        Fix::DialogAdd => ("添加会见", "Add a meeting"),
        Fix::Kind => ("活动类型", "Kind"),
        Fix::Start => ("开始日期", "Start date"),
        Fix::End => ("结束日期", "End date"),
        Fix::DateHint => (
            "格式 2023-12-12；年份不详写 --12-12；可留空。",
            "As 2023-12-12; without a year --12-12; may be empty.",
        ),
        Fix::PartyA => ("一方", "First party"),
        Fix::PartyB => ("另一方", "Other party"),
        Fix::PartyHint => (
            "输入名称、简称、英文或拼音以搜索；找不到时按原样作为新单位。",
            "Type a name, short form, English or pinyin to search; anything else is a new organisation.",
        ),
        Fix::NewOrg => ("新单位", "New organisation"),
        Fix::Participants => ("出席人员", "Participants"),
        Fix::Others => ("其他人员", "Other people"),
        Fix::OthersHint => ("用顿号或逗号分隔。", "Separated by commas."),
        Fix::Agreements => ("签署文件", "Agreements"),
        Fix::ListHint => ("每行一项。", "One per line."),
        Fix::Topics => ("议题", "Topics"),
        Fix::Save => ("保存", "Save"),
        Fix::Cancel => ("取消", "Cancel"),
        Fix::Evidence => ("依据句子", "Evidence sentence"),
        Fix::BadDate => (
            "日期应为 2023-12-12、2023-12、--12-12 或留空。",
            "A date is 2023-12-12, 2023-12, --12-12, or empty.",
        ),
        Fix::NoParty => ("至少需要一方。", "A meeting needs at least one party."),
        Fix::Deleted => ("已删除的会见", "Deleted meetings"),
        Fix::Restore => ("恢复", "Restore"),
        Fix::Lost => ("已不在原文中的修改", "Corrections no longer in the text"),
        Fix::LostHint => (
            "这些修改所依据的句子已从原文中删去（或不再被识别为会见）。",
            "The sentences these corrections were made on are no longer in the text (or no longer read as a meeting).",
        ),
        Fix::Forget => ("舍弃", "Discard"),
        Fix::WasDeleted => ("删除", "deleted"),
        Fix::WasChanged => ("修改", "changed"),
        Fix::WasChecked => ("核对", "checked"),
        Fix::WasAdded => ("添加", "added"),
    };
    lang.tr(zh, en)
}

/// Why a file could not be opened, in the interface's language: the sentence comes in both,
/// Chinese and English on two lines (see `decoder`, whose download carries the decoders' own);
/// empty for a kind of file that is not read.
pub fn file_problem(why: &str, lang: Lang) -> String {
    let (zh, en) = why
        .split_once('\n')
        .unwrap_or(("无法读取此类文件。", "Cannot read this kind of file."));
    lang.tr(zh, en).to_string()
}

/// "a.txt 以 GBK 编码读取。" for the files opened (UTF-8 goes without saying, but is said
/// when another file of the same opening needed another encoding).
pub fn files_read_label(files: &[(String, String)], lang: Lang) -> Option<String> {
    if files.iter().all(|(_, e)| e == "UTF-8") {
        return None;
    }
    let (read, end) = match lang {
        Lang::Zh => (" 以 ", " 编码读取"),
        Lang::En => (": read as ", ""),
    };
    let parts: Vec<String> = files
        .iter()
        .map(|(name, encoding)| format!("{name}{read}{encoding}{end}"))
        .collect();
    Some(parts.join(lang.tr("；", "; ")) + lang.tr("。", "."))
}
