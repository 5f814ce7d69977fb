//! People: names found from the titles before them (no list of people), their roles from the
//! closed list of GUIDE section 3, and the organisation whose title they hold.
//!
//! A title inherits the organisation named before it in the same list (陕西省委书记赵一德、省长赵刚),
//! and a title before a list of names belongs to every name in it.

use std::collections::HashMap;

use super::document::{PartyKind, Role};
use super::home::{is_sar, Home};
use super::lexicon::{lexicon, tables, Entry, Organ, TitleKind, Tok};
use super::scan::{is_han, Item, Scan, What};

/// A person found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The name in the normalised (simplified) text.
    pub name: String,
    /// The organisation of the title nearest the name.
    pub org: Option<Entry>,
    pub roles: Vec<Role>,
    /// Normalised spans of the titles as written (org prefix included).
    pub titles: Vec<(usize, usize)>,
    /// Normalised span of the first titled mention.
    pub first: (usize, usize),
    /// A title the user's dictionary gives and the text does not write.
    pub given_title: Option<String>,
    /// The person's `other` comes only from a collective word (省领导, 集团领导): it is
    /// dropped once a title of their own gives them another role.
    pub collective: bool,
}

/// What a title means for the organisation and organ it hangs on.
pub fn role(kind: TitleKind, org: Option<Entry>, organ: Organ) -> Role {
    use TitleKind as T;
    let lex = lexicon();
    let org_kind = org.map(|e| lex.kind(e));
    let is_province = matches!(org_kind, Some(PartyKind::Province));
    let is_body =
        matches!(org_kind, Some(k) if !matches!(k, PartyKind::Province | PartyKind::City));
    let municipality = org.is_some_and(|e| lex.is_municipality(e));
    match kind {
        T::Secretary => Role::PartySecretary,
        T::DeputySecretary => Role::DeputyPartySecretary,
        T::StandingMember => {
            if is_body && organ == Organ::None {
                Role::Other
            } else {
                Role::StandingCommitteeMember
            }
        }
        T::Governor => Role::Governor,
        T::ViceGovernor => Role::ViceGovernor,
        // 全国政协主席 chairs the CPPCC; other chairs of national legislatures and the military are `other`.
        T::Chair if org_kind == Some(PartyKind::Legislature) => {
            if org.is_some_and(|e| lex.id(e).contains("政治协商") || lex.id(e).contains("政协"))
            {
                Role::CppccChair
            } else {
                Role::Other
            }
        }
        T::Chair | T::ViceChair if org_kind == Some(PartyKind::Military) => Role::Other,
        T::ViceChair if org_kind == Some(PartyKind::Legislature) => Role::Other,
        T::Chair => match organ {
            Organ::Cppcc => Role::CppccChair,
            Organ::Congress => Role::Other,
            _ if is_province => Role::Governor,
            _ if is_body => Role::Head,
            _ => Role::Other,
        },
        T::ViceChair => match organ {
            Organ::Cppcc | Organ::Congress => Role::Other,
            _ if is_province => Role::ViceGovernor,
            _ if is_body => Role::DeputyHead,
            _ => Role::Other,
        },
        T::Director => match organ {
            Organ::Congress => Role::CongressChair,
            _ if is_body => Role::Head,
            _ => Role::Other,
        },
        T::DeputyDirector => match organ {
            Organ::Congress => Role::Other,
            _ if is_body => Role::DeputyHead,
            _ => Role::Other,
        },
        T::Mayor if municipality => Role::Governor,
        T::Mayor => Role::Mayor,
        T::ViceMayor if municipality => Role::ViceGovernor,
        T::ViceMayor => Role::ViceMayor,
        T::Minister => Role::Minister,
        T::ViceMinister => Role::ViceMinister,
        T::Head if is_body => Role::Head,
        T::DeputyHead if is_body => Role::DeputyHead,
        T::Head | T::DeputyHead => Role::Other,
        T::Chairman => Role::Chairman,
        T::GeneralManager => Role::GeneralManager,
        T::SecretaryGeneral => Role::SecretaryGeneral,
        T::GeneralSecretary => Role::GeneralSecretary,
        T::President => Role::President,
        T::VicePresident => Role::VicePresident,
        T::CmcChairman => Role::CmcChairman,
        T::Premier => Role::Premier,
        T::VicePremier => Role::VicePremier,
        T::PscMember => Role::PscMember,
        T::PolitburoMember => Role::PolitburoMember,
        T::Other => Role::Other,
    }
}

/// Titles of the national leadership: they name no organisation of their own.
fn is_national(kind: TitleKind) -> bool {
    use TitleKind as T;
    matches!(
        kind,
        T::GeneralSecretary
            | T::President
            | T::VicePresident
            | T::CmcChairman
            | T::Premier
            | T::VicePremier
            | T::PscMember
            | T::PolitburoMember
    )
}

/// First characters that never start a name, so a short run after a title is not one (主任一职).
const NOT_NAME_START: &str = "做作致讲提一二三四五六七八九十这那其该各每本此等和与及或的了在是为对以从向将被把就都也还又所并且而但我你他她它们之于已曾再均共同分先后首新原前现第多全不没未有无如若即便给让使并请";

fn surname_ok(name: &[char]) -> bool {
    if name.len() >= 3 {
        let two: String = name[..2].iter().collect();
        if tables::COMPOUND_SURNAMES.contains(&two.as_str()) {
            return true;
        }
    }
    name.first().is_some_and(|c| tables::SURNAMES.contains(*c))
}

/// A title of a place's own (省领导, 市领导, 自治区领导): it holds office there, whatever body was
/// named before it.
fn is_place_title(title: &str) -> bool {
    ["省", "市", "自治区", "区"]
        .iter()
        .any(|p| title.starts_with(p))
}

/// A character between a name and the party after it: a place preposition (在, 赴) or 与, 同, 和.
fn ends_before_party(c: char) -> bool {
    tables::PLACE_PREPOSITIONS.contains(c) || "与同和及跟".contains(c)
}

fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧')
}

/// 宋涛在会上, 陆昊均出席: a preposition or an adverb after two characters of a name, before a
/// word the lexicons read, ends the name there.
fn ends_before_word(run: &[char], next: Option<What>) -> bool {
    let token_next = matches!(next, Some(What::Tok(Tok::Trigger(_) | Tok::Ender)));
    token_next && "在赴到抵均都也亦曾与同".contains(run[2]) && surname_ok(&run[..2])
}

/// How a run of Han characters that follows a title begins with a name: its length in bytes.
pub fn name_at(text: &str, start: usize, end: usize, next: Option<What>) -> Option<usize> {
    let mut run: Vec<char> = text[start..end].chars().collect();
    let mut next = next;
    // 李炳军等参加: 等 closes a list and is never the end of a name.
    if run.len() > 2 && run.last() == Some(&'等') {
        run.pop();
        next = None;
    }
    let bytes = |n: usize| run[..n].iter().map(|c| c.len_utf8()).sum::<usize>();
    if run.len() < 2 {
        return None;
    }
    let follow = |c: char| tables::NAME_FOLLOWERS.contains(c);
    // Minority names: 艾尔肯·吐尼亚孜, up to the first follower after the last dot.
    if let Some(last_dot) = run.iter().rposition(|c| is_dot(*c)) {
        if last_dot > 0 && last_dot + 1 < run.len() && last_dot <= 8 {
            let mut n = last_dot + 1;
            while n < run.len() && n - last_dot <= 8 && !(follow(run[n]) && n - last_dot >= 2) {
                n += 1;
            }
            return Some(bytes(n));
        }
    }
    let next_breaks = match next {
        None | Some(What::Punct(_)) | Some(What::Date(_)) => true,
        Some(What::Tok(Tok::Ender | Tok::Trigger(_))) => true,
        Some(What::Tok(Tok::Title(_))) => false,
        Some(What::Tok(_)) => false,
        Some(What::Text) | Some(What::Person(_)) => true,
    };
    let next_is_place = matches!(next, Some(What::Tok(Tok::Place { .. })));
    let n = run.len();
    let clean_start = !NOT_NAME_START.contains(run[0]);
    // A rare surname is trusted only for a three-character run that stands alone (怀进鹏); two characters
    // that are not a surname and a given name are usually a word (接连, 一职).
    let good = |k: usize| surname_ok(&run[..k]) || (k == 3 && clean_start && next_breaks && k == n);
    if next_breaks && n <= 4 {
        if n == 4 {
            // Four characters are a name only with a compound surname or no break inside:
            // 尹力在京会见 is 尹力 then 在京.
            let two: String = run[..2].iter().collect();
            if !tables::COMPOUND_SURNAMES.contains(&two.as_str()) {
                if follow(run[3]) && surname_ok(&run[..3]) {
                    return Some(bytes(3));
                }
                if follow(run[2]) && surname_ok(&run[..2]) {
                    return Some(bytes(2));
                }
            }
            if surname_ok(&run) {
                return Some(bytes(4));
            }
            return None;
        }
        let two_then_word = n == 3 && ends_before_word(&run, next);
        return (two_then_word || good(n)).then(|| bytes(if two_then_word { 2 } else { n }));
    }
    // 林武与华润集团…: a preposition or 与 before a party ends a two-character name.
    if n == 3 && next_is_place {
        if ends_before_party(run[2]) {
            return surname_ok(&run[..2]).then(|| bytes(2));
        }
        return surname_ok(&run).then(|| bytes(3));
    }
    if n == 2 {
        return surname_ok(&run).then(|| bytes(2));
    }
    if n >= 4 && follow(run[3]) && surname_ok(&run[..3]) {
        return Some(bytes(3));
    }
    if n >= 3 && follow(run[2]) && surname_ok(&run[..2]) {
        return Some(bytes(2));
    }
    // Four-character names (compound surnames, Mongolian and Tibetan names: 巴音朝鲁曾在).
    if n >= 5 && follow(run[4]) && surname_ok(&run[..4]) && !follow(run[3]) {
        return Some(bytes(4));
    }
    None
}

/// A title waiting for its name.
#[derive(Debug, Clone, Copy)]
struct PendingTitle {
    role: Role,
    org: Option<Entry>,
    span: (usize, usize),
    /// 省领导, 集团领导: a word for the leaders of a body, not an office.
    collective: bool,
}

fn add_person(
    people: &mut Vec<Found>,
    index: &mut HashMap<String, usize>,
    name: &str,
    titles: &[PendingTitle],
    span: (usize, usize),
) {
    let org = titles.iter().rev().find_map(|t| t.org);
    let idx = match index.get(name) {
        Some(&i) => i,
        None => {
            index.insert(name.to_string(), people.len());
            people.push(Found {
                name: name.to_string(),
                org,
                roles: Vec::new(),
                titles: Vec::new(),
                first: span,
                given_title: None,
                collective: false,
            });
            people.len() - 1
        }
    };
    let p = &mut people[idx];
    if p.org.is_none() {
        p.org = org;
    }
    for t in titles {
        if t.role == Role::Other {
            // The flag holds while every `other` of the person came from a collective word.
            p.collective = t.collective && (p.collective || !p.roles.contains(&Role::Other));
        }
        if !p.roles.contains(&t.role) {
            p.roles.push(t.role);
        }
        // Titles come in text order, so a repeat can only be among the last few: looking no
        // further back keeps a name mentioned thousands of times linear.
        if !p
            .titles
            .iter()
            .rev()
            .enumerate()
            .take_while(|(k, s)| *k < 16 || s.0 >= t.span.0)
            .any(|(_, s)| *s == t.span)
        {
            p.titles.push(t.span);
        }
    }
}

/// Whether a title names an office of that kind of body (部长 of a ministry, 董事长 of a firm).
fn office_fits(kind: TitleKind, body: PartyKind) -> bool {
    use PartyKind as P;
    use TitleKind as T;
    match kind {
        T::Minister | T::ViceMinister => matches!(body, P::Ministry | P::PartyOrgan),
        T::Head | T::DeputyHead | T::Director | T::DeputyDirector => !matches!(
            body,
            P::Soe | P::Province | P::City | P::Corps | P::PartyCentre | P::StateCouncil
        ),
        T::Chairman | T::GeneralManager => matches!(body, P::Soe | P::Financial | P::Other),
        T::Secretary | T::DeputySecretary | T::SecretaryGeneral => !matches!(
            body,
            P::Province | P::City | P::PartyCentre | P::StateCouncil
        ),
        _ => false,
    }
}

/// Finds the people of the text from the titles before their names.
pub fn find_people(text: &str, scan: &Scan) -> Vec<Found> {
    let mut reader = PeopleReader {
        text,
        people: Vec::new(),
        index: HashMap::new(),
        province: None,
        provinces: Vec::new(),
        city: None,
        sar: None,
        home: scan.home,
    };
    for sentence in scan
        .sentences
        .iter()
        .take_while(|s| s.start < scan.report_end)
    {
        let items: &[Item] = &scan.items[sentence.items.0..sentence.items.1];
        let mut state = SentenceState::default();
        for k in 0..items.len() {
            if !items[k].quoted && !items[k].titled {
                reader.read_item(items, k, &mut state);
            }
        }
    }
    let mut people = reader.people;
    people.retain(|p| !p.name.chars().all(|c| !is_han(c)));
    for p in &mut people {
        if let Some(Entry::Found(i)) = p.org {
            if !national_name(&scan.orgs[i]) {
                local_heads_are_other(&mut p.roles);
            }
        }
    }
    people
}

/// Whether a name the lexicons lack is a national body's (中国造船工程学会, 全国工商联).
fn national_name(name: &str) -> bool {
    ["中国", "中华", "全国"].iter().any(|w| name.starts_with(w))
}

/// 主任, 会长 and 主席 are `head` of central bodies only (GUIDE section 3): of a local or foreign
/// organisation (香港中华厂商联合会会长) they are `other`.
fn local_heads_are_other(roles: &mut Vec<Role>) {
    for r in roles.iter_mut() {
        if matches!(r, Role::Head | Role::DeputyHead) {
            *r = Role::Other;
        }
    }
    let mut seen = Vec::new();
    roles.retain(|r| {
        let new = !seen.contains(r);
        seen.push(*r);
        new
    });
}

/// What the reading of one sentence carries from item to item.
#[derive(Default)]
struct SentenceState {
    /// The organisation of the list being read (陕西省委书记X、省长Y: 省长 inherits it).
    chain_org: Option<Entry>,
    /// A place or body just named, waiting for a title (entry, organ, start, end).
    pending_org: Option<(Entry, Organ, usize, usize)>,
    /// The list's last title was a bureau's inside `chain_org` (国台办经济局长).
    chain_bureau: bool,
    /// The body last named in the sentence that no title has taken (拜访财政部，与部长…).
    named_body: Option<Entry>,
    /// The titles waiting for their name.
    titles: Vec<PendingTitle>,
    /// The titles of the name just read, for a list of names after one title.
    list_titles: Vec<PendingTitle>,
    after_name: bool,
}

impl SentenceState {
    /// Punctuation other than 、 ends what was waiting for a name.
    fn break_off(&mut self) {
        self.titles.clear();
        self.pending_org = None;
        self.after_name = false;
    }
}

/// People read over the whole text, with the province and city last named: 副省长 or 市长 with
/// no organisation of their own hold office there.
struct PeopleReader<'a> {
    text: &'a str,
    people: Vec<Found>,
    index: HashMap<String, usize>,
    province: Option<Entry>,
    /// The provinces named so far, the last named last.
    provinces: Vec<Entry>,
    city: Option<Entry>,
    /// The Special Administrative Region last named.
    sar: Option<Entry>,
    /// The article's own side: bare titles are its offices before any other place's.
    home: Home,
}

impl PeopleReader<'_> {
    fn read_item(&mut self, items: &[Item], k: usize, s: &mut SentenceState) {
        let item = items[k];
        // 会见 and its like end one side's list: the other side's titles inherit nothing from it.
        if let What::Tok(Tok::Trigger(_)) = item.what {
            s.chain_org = None;
        }
        match item.what {
            What::Tok(Tok::Place { entry, organ }) => self.on_place(items, k, entry, organ, s),
            What::Tok(Tok::Title(kind)) => self.on_title(items, k, kind, s),
            What::Text | What::Person(_) => self.on_name(items, k, s),
            // Titles in a list keep waiting for their name; an org waits for its title.
            What::Punct('、') => {}
            _ => s.break_off(),
        }
    }

    fn on_place(
        &mut self,
        items: &[Item],
        k: usize,
        entry: Entry,
        organ: Organ,
        s: &mut SentenceState,
    ) {
        let item = items[k];
        s.pending_org = Some((entry, organ, item.start, item.end));
        s.after_name = false;
        if matches!(entry, Entry::Body(_)) && organ == Organ::None {
            s.named_body = Some(entry);
        }
        // 在北京, 赴上海: where someone went, not the place whose office comes next.
        let went = glued_text(items, k)
            .is_some_and(|w| self.text[w.start..w.end].ends_with(tables::WHERE_WORDS));
        match entry {
            Entry::Province(_) if went => {}
            Entry::Province(_) if is_sar(entry) => {
                self.sar = Some(entry);
                self.province = Some(entry);
            }
            Entry::Province(_) => {
                self.province = Some(entry);
                self.provinces.retain(|p| *p != entry);
                self.provinces.push(entry);
            }
            Entry::City(_) => self.city = Some(entry),
            Entry::Body(_) | Entry::Found(_) => {}
        }
    }

    fn on_title(&mut self, items: &[Item], k: usize, kind: TitleKind, s: &mut SentenceState) {
        let item = items[k];
        let adjacent = s.pending_org.filter(|p| p.3 == item.start);
        // Words the lexicons do not know, written right before the title.
        let glued = glued_text(items, k);
        if adjacent.is_some() {
            s.named_body = None;
        }
        // 国台办经济局长彭庆恩、新闻局长陈斌华: the next bureau of the same body.
        let next_bureau = || {
            s.chain_org
                .filter(|_| s.chain_bureau && is_head_title(kind))
                .filter(|_| glued.is_some_and(|g| g.end - g.start <= 4 * 3))
        };
        // 国家发改委副主任A和地区经济司司长B: a ministry's department named in its list.
        let department_of_list = || {
            s.chain_org
                .filter(|o| is_central_office(lexicon().kind(*o)))
                .filter(|_| glued.is_some_and(|g| self.text[g.start..g.end].ends_with('司')))
                .filter(|_| self.text[item.start..item.end].ends_with("司长"))
        };
        let inner = bureau_of_body(items, k, glued, kind)
            .or_else(next_bureau)
            .or_else(department_of_list);
        s.chain_bureau = inner.is_some();
        let (org, organ, span_start) = match (adjacent, self.department(items, k, glued)) {
            (Some((e, organ, start, _)), _) => (Some(e), organ, start),
            (None, _) if is_national(kind) => (None, Organ::None, item.start),
            (None, Some((e, start))) => (Some(e), Organ::None, start),
            (None, None) if inner.is_some() => (inner, Organ::None, item.start),
            (None, None) => (
                self.org_in_context(kind, item, glued, s),
                Organ::None,
                item.start,
            ),
        };
        let org = org.map(|o| office_body(o, &self.text[item.start..item.end]));
        if !is_national(kind) {
            if let Some(o) = org {
                s.chain_org = Some(o);
            }
        }
        s.titles.push(PendingTitle {
            // The head of a bureau inside a body is `other` (GUIDE section 3).
            role: match inner {
                Some(_) => Role::Other,
                None => role(kind, org, organ),
            },
            org: if is_national(kind) { None } else { org },
            span: (span_start, item.end),
            collective: kind == TitleKind::Other && self.text[..item.end].ends_with("领导"),
        });
        s.pending_org = None;
        s.after_name = false;
        if kind == TitleKind::GeneralSecretary && adjacent.is_none() {
            self.leader_before_title(items, k, s);
        }
    }

    /// A department of a province or city (四川省发展改革委主任, 省财政厅厅长,
    /// 香港特区政府财政司司长): its head holds office for the place (entry, span start).
    fn department(&self, items: &[Item], k: usize, glued: Option<Item>) -> Option<(Entry, usize)> {
        let lex = lexicon();
        let d = glued?;
        let name = &self.text[d.start..d.end];
        if name.chars().count() > 10 || !name.ends_with(tables::DEPARTMENT_ENDS) {
            return None;
        }
        let before = (k >= 2).then(|| items[k - 2]);
        match before.map(|b| (b.what, b.start, b.end)) {
            Some((
                What::Tok(Tok::Place {
                    entry: e @ (Entry::Province(_) | Entry::City(_)),
                    ..
                }),
                start,
                end,
            )) if end == d.start => Some((e, start)),
            // 省发改委 is a province's, 自治区发改委 a region's (never the region just named).
            _ if name.starts_with('省') || name.starts_with("自治区") => {
                let kind = if name.starts_with('省') {
                    "province"
                } else {
                    "autonomous_region"
                };
                let fits =
                    |p: &Entry| matches!(p, Entry::Province(i) if lex.provinces[*i].kind == kind);
                self.home
                    .province
                    .filter(fits)
                    .or_else(|| self.provinces.iter().rev().copied().find(fits))
                    .map(|e| (e, d.start))
            }
            _ if name.starts_with('市') => self
                .city
                .or(self.province.filter(|p| lex.is_municipality(*p)))
                .map(|e| (e, d.start)),
            _ => None,
        }
    }

    /// The organisation of a title written without one: the list's, the place's in context, or
    /// the body just visited.
    fn org_in_context(
        &self,
        kind: TitleKind,
        item: Item,
        glued: Option<Item>,
        s: &SentenceState,
    ) -> Option<Entry> {
        let title = &self.text[item.start..item.end];
        // A governor's or mayor's office is a place's: an enterprise named earlier in the
        // sentence (董事长郑学选，省长赵龙) is not inherited. An organisation the lexicons do not
        // know, written right before the title (某某集团有限公司董事长), is not the one named earlier.
        let chained = s
            .chain_org
            .filter(|_| glued.is_none())
            .filter(|o| chain_fits(kind, title, lexicon().kind(*o)));
        // 拜访财政部，与部长蓝佛安座谈: the body just visited, when its office fits the title.
        let visited = s
            .named_body
            .filter(|_| glued.is_none_or(|g| links_to_counterpart(&self.text[g.start..g.end])))
            .filter(|o| office_fits(kind, lexicon().kind(*o)));
        // 司长, 局长 with no body at all in an article about Hong Kong or Macau: its officials.
        let sar_office = || {
            self.home
                .sar
                .filter(|_| tables::SAR_OFFICES.contains(&title))
        };
        chained
            .or(self.place_in_context(kind, title))
            .or(visited)
            .or_else(sar_office)
    }

    /// The province, city or region whose office a title is when the sentence names none: the
    /// article's own before the one last named (北京市委副书记、市长A，省委副书记、省长B: B is the
    /// home province's governor).
    fn place_in_context(&self, kind: TitleKind, title: &str) -> Option<Entry> {
        let lex = lexicon();
        let city = || {
            self.home
                .city
                .or(self.city)
                .or(self.province.filter(|p| lex.is_municipality(*p)))
                .or(self.home.about_city)
        };
        let sar = || self.home.sar.or(self.sar);
        // 省长 is a province's, 自治区主席 a region's; a municipality has 市长.
        let fits = |p: &Entry| {
            let kind = match p {
                Entry::Province(i) => lex.provinces[*i].kind,
                _ => "",
            };
            if title.contains('省') {
                kind == "province"
            } else if title.contains("自治区") || title.contains("主席") {
                kind == "autonomous_region"
            } else {
                kind != "sar"
            }
        };
        match kind {
            TitleKind::Governor if tables::SAR_LEADER_TITLES.contains(&title) => sar(),
            TitleKind::Governor | TitleKind::ViceGovernor => self
                .home
                .province
                .filter(fits)
                .or(self.province.filter(fits))
                .or(self
                    .home
                    .about
                    .filter(|_| self.province.is_none())
                    .filter(fits)),
            TitleKind::Mayor | TitleKind::ViceMayor => city(),
            // 省领导 / 市领导: the leaders of the province or city in context.
            TitleKind::Other => match title {
                // 省领导 in a Guangdong paper's report on Hong Kong: Guangdong's, never the SAR's.
                "省领导" | "自治区领导" => self
                    .home
                    .province
                    .filter(fits)
                    .or_else(|| self.provinces.iter().rev().copied().find(fits)),
                "市领导" => city(),
                _ => None,
            },
            _ => None,
        }
    }

    /// 习近平总书记: the name before the title. In a longer run (贯彻落实习近平总书记…) the name
    /// is its last three characters (the names of general secretaries have three).
    fn leader_before_title(&mut self, items: &[Item], k: usize, s: &mut SentenceState) {
        let Some(prev) = glued_text(items, k) else {
            return;
        };
        let run: Vec<char> = self.text[prev.start..prev.end].chars().collect();
        let name: &[char] = match run.len() {
            2 | 3 => &run,
            // 聚焦实现总书记赋予的使命: a run's last characters are a name only when they are
            // one of the Party's general secretaries.
            n if n > 3 && is_general_secretary(&run[n - 3..]) => &run[n - 3..],
            _ => &[],
        };
        if !name.is_empty() && surname_ok(name) {
            let bytes: usize = name.iter().map(|c| c.len_utf8()).sum();
            let start = prev.end - bytes;
            let t = s.titles.pop().into_iter().collect::<Vec<_>>();
            let text = self.text;
            add_person(
                &mut self.people,
                &mut self.index,
                &text[start..prev.end],
                &t,
                (start, prev.end),
            );
        }
    }

    /// Whether the text right before byte `at` is the name of a person already read.
    fn named_before(&self, at: usize) -> bool {
        let before = &self.text[..at];
        self.index
            .keys()
            .any(|name| before.ends_with(name.as_str()))
    }

    /// A name after its titles, or the next name of a list after one title (部长A、B).
    fn on_name(&mut self, items: &[Item], k: usize, s: &mut SentenceState) {
        let item = items[k];
        let text = self.text;
        let next = items.get(k + 1).map(|i| i.what);
        // 党组书记兼董事长X, 省委书记兼省人大常委会主任X: 兼 joins two titles of one person, as
        // 、 does, with or without the second title's body.
        let titled_after = |j: usize| {
            items.get(j).is_some_and(|i| match i.what {
                What::Tok(Tok::Title(_)) => true,
                What::Tok(Tok::Place { .. }) => items.get(j + 1).is_some_and(|t| {
                    matches!(t.what, What::Tok(Tok::Title(_))) && t.start == i.end
                }),
                _ => false,
            })
        };
        if tables::CONCURRENTLY.contains(&&text[item.start..item.end])
            && titled_after(k + 1)
            && items[k + 1].start == item.end
        {
            return;
        }
        let follows_title = k > 0
            && matches!(items[k - 1].what, What::Tok(Tok::Title(_)))
            && items[k - 1].end == item.start;
        // 李伟农、海关关长何浩瀚: words right before a title are its body, not the list's next name.
        let before_title = matches!(next, Some(What::Tok(Tok::Title(_))))
            && items.get(k + 1).is_some_and(|n| n.start == item.end);
        let follows_list =
            s.after_name && k > 0 && items[k - 1].what == What::Punct('、') && !before_title;
        // 徐军副市长都全面介绍: a title after a name already read is that person's, and what
        // follows it is no name.
        let after_named = follows_title && self.named_before(items[k - 1].start);
        let candidate = if after_named {
            None
        } else if follows_title && !s.titles.is_empty() {
            Some(s.titles.clone())
        } else if follows_list && !s.list_titles.is_empty() {
            Some(s.list_titles.clone())
        } else {
            None
        };
        let mut named = false;
        if let Some(ts) = candidate {
            // A name of a list must stand alone between its commas.
            let whole = follows_list && !follows_title;
            let len = name_at(text, item.start, item.end, next).filter(|n| {
                !whole || *n == item.end - item.start || &text[item.start + n..item.end] == "等"
            });
            if let Some(len) = len {
                let span = (item.start, item.start + len);
                add_person(
                    &mut self.people,
                    &mut self.index,
                    &text[span.0..span.1],
                    &ts,
                    span,
                );
                s.list_titles = ts;
                named = true;
            }
        }
        s.titles.clear();
        s.pending_org = None;
        s.after_name = named;
    }
}

/// The body whose office `title` of `body` is (全国人大委员长 → 全国人大常委会).
fn office_body(body: Entry, title: &str) -> Entry {
    let lex = lexicon();
    tables::OFFICE_BODIES
        .iter()
        .find(|(b, t, _)| *t == title && lex.id(body) == *b)
        .and_then(|(_, _, office)| lex.entry(office))
        .unwrap_or(body)
}

/// Whether a body of this kind is a central ministry or agency, whose departments are 司.
fn is_central_office(kind: PartyKind) -> bool {
    matches!(
        kind,
        PartyKind::Ministry | PartyKind::Agency | PartyKind::PartyOrgan
    )
}

/// 国台办经济局长, 教育部高教司司长: a head's title after a body and a few words of its own
/// bureau names an office inside that body.
fn bureau_of_body(items: &[Item], k: usize, glued: Option<Item>, kind: TitleKind) -> Option<Entry> {
    let heads = is_head_title(kind);
    let g = glued?;
    let body = items.get(k.checked_sub(2)?)?;
    match body.what {
        What::Tok(Tok::Place {
            entry: e @ (Entry::Body(_) | Entry::Found(_)),
            organ: Organ::None,
        }) if heads && body.end == g.start && (g.end - g.start) <= 6 * 3 => Some(e),
        _ => None,
    }
}

fn is_head_title(kind: TitleKind) -> bool {
    matches!(
        kind,
        TitleKind::Head | TitleKind::DeputyHead | TitleKind::Director | TitleKind::DeputyDirector
    )
}

/// Words before a title that tie it to the counterpart just named: 与 alone, or after the home
/// side's name or names (在中国石化，王明、李强与董事长…; 王明一行与部长…).
fn links_to_counterpart(glued: &str) -> bool {
    tables::COUNTERPART_LINKS.iter().any(|w| {
        glued.strip_suffix(w).is_some_and(|rest| {
            let rest = rest.strip_suffix("一行").unwrap_or(rest);
            rest.chars().count() <= 4
        })
    })
}

/// The unknown words written right before item `k`, touching it.
fn glued_text(items: &[Item], k: usize) -> Option<Item> {
    let prev = *items.get(k.checked_sub(1)?)?;
    (prev.what == What::Text && prev.end == items[k].start).then_some(prev)
}

fn is_general_secretary(name: &[char]) -> bool {
    let name: String = name.iter().collect();
    tables::GENERAL_SECRETARIES.contains(&name.as_str())
}

/// Whether a title may take the organisation of the list it continues.
fn chain_fits(kind: TitleKind, title: &str, org: PartyKind) -> bool {
    match kind {
        TitleKind::Governor | TitleKind::ViceGovernor => org == PartyKind::Province,
        TitleKind::Mayor | TitleKind::ViceMayor => {
            matches!(org, PartyKind::City | PartyKind::Province)
        }
        // 省领导, 市领导: the place's, never the body named before.
        _ if is_place_title(title) => matches!(org, PartyKind::City | PartyKind::Province),
        _ => true,
    }
}

/// Words that stand before a title without being a name (时任部长, 分管副省长).
const NOT_NAMES_BEFORE_TITLES: &[&str] = &[
    "时任", "现任", "历任", "曾任", "担任", "出任", "兼任", "新任", "前任", "原任", "分管", "有关",
    "相关", "全体", "各位", "双方", "两位", "常务", "主要", "同志", "党委", "党组", "政府", "班子",
    "部门",
];

/// A collective word's `other` (省领导X) gives way to the person's own titles (省委书记X).
pub fn drop_collective_others(people: &mut [Found]) {
    for p in people
        .iter_mut()
        .filter(|p| p.collective && p.roles.len() > 1)
    {
        p.roles.retain(|r| *r != Role::Other);
    }
}

/// People whose title follows their name (王树国校长与…签署, 会见李四部长): a run of two or three
/// characters starting with a surname, standing alone right before a title that no name follows.
pub fn add_names_before_titles(text: &str, scan: &Scan, people: &mut Vec<Found>) {
    for sentence in scan
        .sentences
        .iter()
        .take_while(|s| s.start < scan.report_end)
    {
        let items = &scan.items[sentence.items.0..sentence.items.1];
        for (k, w) in items.windows(2).enumerate() {
            let (run, title) = (w[0], w[1]);
            let What::Tok(Tok::Title(kind)) = title.what else {
                continue;
            };
            if run.what != What::Text || run.end != title.start || run.quoted || run.titled {
                continue;
            }
            // 会见了刘国跃董事长: the particle after the verb is not part of the name.
            let start = run.start
                + text[run.start..run.end]
                    .strip_prefix(['了', '过'])
                    .map_or(0, |_| '了'.len_utf8());
            let chars: Vec<char> = text[start..run.end].chars().collect();
            let name: String = chars.iter().collect();
            let before = (k > 0 && items[k - 1].end == run.start).then(|| items[k - 1].what);
            let owner = before
                .filter(|_| start == run.start)
                .and_then(owner_of_title);
            let glued_before = owner.is_none()
                && matches!(before, Some(What::Tok(Tok::Place { .. } | Tok::Title(_))));
            // 校长王树国: the name after the title is the title's; 校长与… has none.
            let name_after = items.get(k + 2).is_some_and(|n| {
                let next: Vec<char> = text[n.start..n.end].chars().take(3).collect();
                n.start == title.end
                    && (matches!(n.what, What::Person(_))
                        || (n.what == What::Text && next.len() >= 2 && surname_ok(&next)))
            });
            if !(2..=3).contains(&chars.len())
                || !surname_ok(&chars)
                || glued_before
                || name_after
                || run.generic
                || name.starts_with(['和', '与', '及', '同', '并'])
                || NOT_NAMES_BEFORE_TITLES.iter().any(|w| name.contains(w))
            {
                continue;
            }
            // 集团领导傅育宁…傅育宁董事长: a person known only by a collective word gains the
            // title after the name; 董事局主席王文银…王文银主席 repeats an office already read.
            if let Some(p) = people.iter_mut().find(|p| p.name == name) {
                // 于伟国省长会见… then 福建省人民政府于伟国省长: the body written later is his.
                if p.org.is_none() {
                    p.org = owner;
                }
                let r = role(kind, owner.or(p.org), Organ::None);
                if (p.roles.is_empty() || p.collective) && !p.roles.contains(&r) {
                    p.roles.push(r);
                    p.titles.push((title.start, title.end));
                }
                continue;
            }
            people.push(Found {
                name,
                org: owner,
                roles: vec![role(kind, owner, Organ::None)],
                titles: vec![(title.start, title.end)],
                first: (start, run.end),
                given_title: None,
                collective: false,
            });
        }
    }
}

/// The body written right before a name whose title follows it: a firm or body (招商局集团傅育宁
/// 董事长), or a place's government or Party committee (福建省人民政府于伟国省长).
fn owner_of_title(before: What) -> Option<Entry> {
    match before {
        What::Tok(Tok::Place {
            entry: e @ (Entry::Body(_) | Entry::Found(_)),
            ..
        }) => Some(e),
        What::Tok(Tok::Place {
            entry: e @ (Entry::Province(_) | Entry::City(_)),
            organ: Organ::Government | Organ::PartyCommittee,
        }) => Some(e),
        _ => None,
    }
}

/// Adds the people of the user's dictionary that the text names, titled or not, and completes
/// the organisation and roles of those the text gave no title with an organisation.
pub fn add_user_people(
    text: &str,
    scan: &mut Scan,
    people: &mut Vec<Found>,
    user: &crate::core::names::Compiled,
) {
    let end = scan.report_end.min(text.len());
    for (name, i) in user.people() {
        let Some(at) = text[..end].find(&name) else {
            continue;
        };
        let given = &user.names.people[i];
        let org = user_person_org(scan, &given.org);
        let kind = crate::core::names::title_kind(&given.title);
        let role = match kind {
            Some(kind) => Some(self::role(kind, org, Organ::None)),
            None => (!given.title.trim().is_empty()).then_some(Role::Other),
        };
        let p = match people.iter().position(|p| p.name == name) {
            Some(k) => &mut people[k],
            None => {
                people.push(Found {
                    name: name.clone(),
                    org: None,
                    roles: Vec::new(),
                    titles: Vec::new(),
                    first: (at, at + name.len()),
                    given_title: None,
                    collective: false,
                });
                people.last_mut().expect("just pushed")
            }
        };
        if p.org.is_none() {
            p.org = org;
        }
        if p.roles.is_empty() {
            p.roles.extend(role);
        }
        if p.titles.is_empty() && !given.title.trim().is_empty() {
            p.given_title = Some(given.title.trim().to_string());
        }
    }
}

/// The entry of a user person's organisation: a lexicon id, or an organisation of the text or of
/// the user's dictionary (added to the scan's organisations when the text does not name it).
fn user_person_org(scan: &mut Scan, org: &str) -> Option<Entry> {
    let org = org.trim();
    if org.is_empty() {
        return None;
    }
    if let Some(e) = lexicon().entry(org) {
        return Some(e);
    }
    if let Some(k) = scan.orgs.iter().position(|n| n == org) {
        return Some(Entry::Found(k));
    }
    let user = scan.user.as_ref()?;
    let u = user.organisations.iter().position(|o| o.name.trim() == org);
    scan.orgs.push(org.to_string());
    scan.org_user.push(u);
    Some(Entry::Found(scan.orgs.len() - 1))
}

/// Splits the runs of text at every occurrence of a known name, so that later stages see people.
pub fn mark_people(text: &str, scan: &mut Scan, people: &[Found]) {
    if people.is_empty() {
        return;
    }
    let names = NameFinder::new(people);
    let mut items = Vec::with_capacity(scan.items.len() + 64);
    let mut sentence_map: Vec<(usize, usize)> = vec![(usize::MAX, 0); scan.sentences.len()];
    for item in &scan.items {
        let first = items.len();
        if item.what == What::Text {
            let mut pos = item.start;
            for (at, len, person) in names.find_iter(&text[item.start..item.end]) {
                let (s, e) = (item.start + at, item.start + at + len);
                if s > pos {
                    items.push(Item {
                        start: pos,
                        end: s,
                        ..*item
                    });
                }
                items.push(Item {
                    what: What::Person(person),
                    start: s,
                    end: e,
                    ..*item
                });
                pos = e;
            }
            if pos < item.end {
                items.push(Item {
                    start: pos,
                    end: item.end,
                    ..*item
                });
            }
        } else {
            items.push(*item);
        }
        let sm = &mut sentence_map[item.sentence];
        sm.0 = sm.0.min(first);
        sm.1 = items.len();
    }
    for (s, (a, b)) in scan.sentences.iter_mut().zip(sentence_map) {
        if a != usize::MAX {
            s.items = (a, b);
        } else {
            s.items = (items.len(), items.len());
        }
    }
    scan.items = items;
}

/// The known names, found leftmost-longest in runs of text. Names are few and short, so a bitmap
/// of their first characters and a hash lookup per candidate length beat building an automaton
/// for every article.
struct NameFinder<'a> {
    index: HashMap<&'a str, usize>,
    /// Bit `c % 4096` set for the first character `c` of some name.
    first: [u64; 64],
    /// The names' lengths in characters, longest first.
    lengths: Vec<usize>,
}

impl<'a> NameFinder<'a> {
    fn new(people: &'a [Found]) -> Self {
        let mut index = HashMap::with_capacity(people.len());
        let mut first = [0u64; 64];
        let mut lengths = Vec::new();
        for (i, p) in people.iter().enumerate() {
            let Some(c) = p.name.chars().next() else {
                continue;
            };
            index.entry(p.name.as_str()).or_insert(i);
            let bit = c as usize % 4096;
            first[bit / 64] |= 1 << (bit % 64);
            let n = p.name.chars().count();
            if !lengths.contains(&n) {
                lengths.push(n);
            }
        }
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        NameFinder {
            index,
            first,
            lengths,
        }
    }

    /// `(start, byte length, person)` of each name in `run`, leftmost first, longest at a place.
    fn find_iter<'r>(&'r self, run: &'r str) -> impl Iterator<Item = (usize, usize, usize)> + 'r {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < run.len() {
                let rest = &run[at..];
                let c = rest.chars().next()?;
                let bit = c as usize % 4096;
                if self.first[bit / 64] & (1 << (bit % 64)) != 0 {
                    for &n in &self.lengths {
                        let Some((len, _)) = rest.char_indices().nth(n - 1) else {
                            continue;
                        };
                        let len = len + rest[len..].chars().next().map_or(0, char::len_utf8);
                        if let Some(&person) = self.index.get(&rest[..len]) {
                            let found = (at, len, person);
                            at += len;
                            return Some(found);
                        }
                    }
                }
                at += c.len_utf8();
            }
            None
        })
    }
}
