//! Scanning: the normalised text as a sequence of items (lexicon tokens, dates, runs of Han
//! characters, punctuation), each tagged with its sentence and whether it sits in a quote or a title.
//!
//! Generic organ words (省委, 集团) are resolved here to the place or enterprise in context.

use std::collections::HashMap;

use super::dates::{dispatch_headers, find_dates, DateMention};
use super::document::PartyKind;
use super::lexicon::{lexicon, tables, Entry, Lexicon, Organ, Scope, TitleKind, Tok};
use super::names::{self, UserNames, UserOrg};
use super::orgs;

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum What {
    Tok(Tok),
    /// Index into [`Scan::dates`].
    Date(usize),
    /// A run of Han characters that no lexicon knows (names live here).
    Text,
    /// A person's name found by `people` (index into its list).
    Person(usize),
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub what: What,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub paragraph: usize,
    /// Inside “…”: the words of a speaker, not of the report.
    pub quoted: bool,
    /// Inside 《…》: a title of a document.
    pub titled: bool,
    /// An organ word resolved from context (省委 → the province in context), not a name in the text.
    pub generic: bool,
}

/// A sentence of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Range of `Scan::items`.
    pub items: (usize, usize),
}

/// The scanned text.
#[derive(Debug, Clone)]
pub struct Scan {
    pub items: Vec<Item>,
    pub sentences: Vec<Sentence>,
    pub dates: Vec<DateMention>,
    /// Spans of “…” quotes and 《…》 titles in the normalised text.
    pub quotes: Vec<(usize, usize)>,
    pub titles: Vec<(usize, usize)>,
    /// Where the report ends: a list of other articles' headlines (【相关阅读】) may follow,
    /// whose people and meetings are not the article's.
    pub report_end: usize,
    /// Spans of the dispatch headers (新华社长沙11月20日电), which the items skip.
    pub headers: Vec<(usize, usize)>,
    /// The names of the organisations found outside the lexicons (`Entry::Found`), as the
    /// normalised text writes them, or as the user's dictionary names them.
    pub orgs: Vec<String>,
    /// For each of `orgs`, the user's organisation it is (an index into `user`'s organisations).
    pub org_user: Vec<Option<usize>>,
    /// The user's dictionary this text was read with.
    pub user: Option<std::sync::Arc<UserNames>>,
    /// The article's own side, for titles and organ words that name no place.
    pub home: super::home::Home,
}

impl Scan {
    /// The id of a party: the lexicon's, or a found organisation's name.
    pub fn party_id(&self, entry: Entry) -> &str {
        match entry {
            Entry::Found(i) => self.orgs.get(i).map_or("", String::as_str),
            e => lexicon().id(e),
        }
    }

    /// The user's organisation an entry is, if it is one.
    fn user_org(&self, entry: Entry) -> Option<&UserOrg> {
        let Entry::Found(i) = entry else { return None };
        let u = (*self.org_user.get(i)?)?;
        self.user.as_ref()?.organisations.get(u)
    }

    /// The party type of an entry: the lexicon's, or the kind the user gave.
    pub fn kind(&self, entry: Entry) -> PartyKind {
        self.user_org(entry)
            .map_or_else(|| lexicon().kind(entry), |o| o.kind.party_kind())
    }

    /// The English name of an entry, empty when none is known.
    pub fn english(&self, entry: Entry) -> &str {
        match self.user_org(entry) {
            Some(o) => o.english.as_deref().unwrap_or(""),
            None => lexicon().english(entry),
        }
    }

    /// The province of an entry: a city's or province's, or the one the user gave.
    pub fn province_of(&self, entry: Entry) -> Option<&str> {
        match self.user_org(entry) {
            Some(o) => o.province.as_deref(),
            None => lexicon().province_of(entry),
        }
    }
}

pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{2EBEF}' | '\u{F900}'..='\u{FAFF}')
}

/// Part of a name: Han characters and the middle dot of minority names.
pub fn is_name_char(c: char) -> bool {
    is_han(c) || matches!(c, '·' | '•' | '・' | '‧')
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Whether a lexicon match stands where it was found, or is part of other words.
fn place_fits(
    text: &str,
    start: usize,
    end: usize,
    entry: Entry,
    chars: usize,
    token_follows: bool,
) -> bool {
    let before = prev_char(text, start);
    let after = next_char(text, end);
    if let Entry::Body(_) = entry {
        // A provincial department (省教育厅) or 部门 is not the central body.
        let rest = &text[end..];
        if before.is_some_and(|c| "省市区县州".contains(c))
            || after == Some('门')
            || ["组成部门", "部委", "部门", "直属", "机构", "系统"]
                .iter()
                .any(|w| rest.starts_with(w))
        {
            return false;
        }
    }
    if chars <= 2 && matches!(entry, Entry::Body(_)) {
        // Short names of bodies (国投, 华润) need a clean boundary on the left and no Han word glued on the right.
        let left_ok = before
            .is_none_or(|c| !is_han(c) || "与和及同、赴到在访会见拜由将把对向从为是".contains(c));
        let right_ok = token_follows
            || after.is_none_or(|c| {
                !is_han(c) || tables::NAME_FOLLOWERS.contains(c) || "董总党集副签举共等".contains(c)
            });
        if !(left_ok && right_ok) {
            return false;
        }
    }
    true
}

/// 四川省长 / 北京市长: the lexicon reads 四川省 or 北京市, leaving 长 behind; the place ends before
/// 省 or 市 and the title 省长 or 市长 follows (`None` when no title is glued on, or the 长 starts
/// another word: 湖南省长沙市, 湖北省长江).
fn governor_glued(text: &str, start: usize, end: usize, tok: Tok) -> Option<(usize, Tok)> {
    let Tok::Place {
        entry: Entry::Province(_) | Entry::City(_),
        organ: Organ::None,
    } = tok
    else {
        return None;
    };
    let rest = &text[end..];
    let mut after = rest.chars();
    if after.next() != Some('长')
        || after
            .next()
            .is_some_and(|c| tables::LONG_WORD_SECONDS.contains(c))
    {
        return None;
    }
    let last = prev_char(text, end)?;
    let kind = match last {
        '省' => TitleKind::Governor,
        '市' => TitleKind::Mayor,
        _ => return None,
    };
    let place_end = end - last.len_utf8();
    (place_end > start).then_some((place_end, Tok::Title(kind)))
}

/// One-character abbreviations in the few places they cannot be misread: 来甘考察, 甘青两省.
fn abbreviation_places(text: &str) -> Vec<(usize, usize, usize)> {
    static CUES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    // The five cue characters are rare, so a vectorised search for them beats reading every character.
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::new(["来", "赴", "抵", "到", "两"])
            .expect("five literal patterns form an automaton")
    });
    let lex = lexicon();
    let mut out = Vec::new();
    for m in cues.find_iter(text) {
        let pos = m.start();
        let Some(c) = next_char(text, pos) else {
            continue;
        };
        match c {
            // 来甘考察 / 赴陕调研 / 抵琼
            '来' | '赴' | '抵' | '到' => {
                let p2 = pos + c.len_utf8();
                let Some(a) = next_char(text, p2) else {
                    continue;
                };
                let Some(i) = lex.province_by_abbreviation(a) else {
                    continue;
                };
                let rest = &text[p2 + a.len_utf8()..];
                let fits = rest.chars().next().is_none_or(|n| !is_han(n))
                    || [
                        "考察", "调研", "访问", "参加", "出席", "举行", "开展", "交流", "学习",
                        "洽谈", "对接",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w));
                if fits {
                    out.push((p2, p2 + a.len_utf8(), i));
                }
            }
            // 甘青两省 / 宁蒙两区 / 京津两地
            '两' => {
                let rest = &text[pos + c.len_utf8()..];
                if !matches!(rest.chars().next(), Some('省' | '地' | '区' | '市')) {
                    continue;
                }
                let mut before = text[..pos].char_indices().rev();
                let (Some((p2, a2)), Some((p1, a1))) = (before.next(), before.next()) else {
                    continue;
                };
                if let (Some(i1), Some(i2)) = (
                    lex.province_by_abbreviation(a1),
                    lex.province_by_abbreviation(a2),
                ) {
                    if i1 != i2 {
                        out.push((p1, p1 + a1.len_utf8(), i1));
                        out.push((p2, p2 + a2.len_utf8(), i2));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A byte range of the normalised text.
type ByteRange = (usize, usize);

/// Spans of “…” quotes and 《…》 titles, not crossing paragraphs, in one pass.
fn paired(text: &str) -> (Vec<ByteRange>, Vec<ByteRange>) {
    let (mut quotes, mut titles) = (Vec::new(), Vec::new());
    let (mut quote, mut title): (Option<usize>, Option<usize>) = (None, None);
    for (i, b) in text.bytes().enumerate() {
        // Every delimiter here is ASCII '"' or '\n', or starts with the UTF-8 lead byte 0xE2 (“”) or 0xE3 (《》).
        match b {
            b'\n' => {
                quote = None;
                title = None;
            }
            b'"' => match quote.take() {
                Some(s) => quotes.push((s, i + 1)),
                None => quote = Some(i),
            },
            0xE2 | 0xE3 => match text.get(i..i + 3) {
                Some("“") if quote.is_none() => quote = Some(i),
                Some("”") => {
                    if let Some(s) = quote.take() {
                        quotes.push((s, i + 3));
                    }
                }
                Some("《") if title.is_none() => title = Some(i),
                Some("》") => {
                    if let Some(s) = title.take() {
                        titles.push((s, i + 3));
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    (quotes, titles)
}

/// Whether `at` lies in one of the sorted, disjoint `spans`.
pub fn inside(spans: &[(usize, usize)], at: usize) -> bool {
    let i = spans.partition_point(|s| s.1 <= at);
    i < spans.len() && spans[i].0 <= at
}

/// [`inside`] for positions that only grow: a walk along the spans instead of a search per call.
struct Cursor<'a> {
    spans: &'a [ByteRange],
    next: usize,
}

impl<'a> Cursor<'a> {
    fn new(spans: &'a [ByteRange]) -> Self {
        Cursor { spans, next: 0 }
    }

    /// Whether `at` lies in a span; `at` must not be less than in the call before.
    fn inside(&mut self, at: usize) -> bool {
        while self.next < self.spans.len() && self.spans[self.next].1 <= at {
            self.next += 1;
        }
        self.spans.get(self.next).is_some_and(|s| s.0 <= at)
    }
}

/// Where an enterprise's name ends: its short name and any legal form written after it.
fn company_end(lex: &Lexicon, text: &str, end: usize, tok: Tok) -> usize {
    let Tok::Place {
        entry: entry @ Entry::Body(_),
        organ: Organ::None,
    } = tok
    else {
        return end;
    };
    if !matches!(
        lex.kind(entry),
        PartyKind::Soe | PartyKind::Financial | PartyKind::Other
    ) {
        return end;
    }
    let name = &text[..end];
    let rest = &text[end..];
    tables::COMPANY_SUFFIXES
        .iter()
        .find(|w| rest.starts_with(**w) && !name.ends_with("公司"))
        .map_or(end, |w| end + w.len())
}

/// Whether the legal form read after a group's short name (`end..company_end`) makes it the
/// group's listed company (股份有限公司), which the lexicon's id (a 集团 or 有限公司) is not.
fn listed_company_of_group(
    lex: &Lexicon,
    text: &str,
    end: usize,
    company_end: usize,
    tok: Tok,
) -> bool {
    let Tok::Place { entry, .. } = tok else {
        return false;
    };
    let written = &text[end..company_end];
    written.starts_with("股份") && !lex.id(entry).contains("股份")
}

/// Scans the normalised text into items and sentences.
pub fn scan(text: &str) -> Scan {
    scan_with(text, None)
}

/// [`scan`], with the user's own organisations (`user`) found before the lexicons' and the
/// scanner's: the user's names win where they overlap.
pub fn scan_with(text: &str, user: Option<&names::Compiled>) -> Scan {
    let dates = find_dates(text);
    let (quotes, titles) = paired(text);
    let headers = dispatch_headers(text, &dates);
    let mut marks = lexicon_marks(text, &dates, &headers);
    let (orgs, org_user) = add_found_orgs(text, &mut marks, user);
    let mut itemizer = Itemizer {
        text,
        marks: &marks,
        quotes: Cursor::new(&quotes),
        titles: Cursor::new(&titles),
        items: Vec::with_capacity(marks.len() * 3),
        sentences: Vec::new(),
        paragraph: 0,
        sentence_start: 0,
        sentence_first_item: 0,
    };
    itemizer.run(&headers);
    let (items, sentences) = (itemizer.items, itemizer.sentences);
    let mut scan = Scan {
        items,
        sentences,
        dates,
        quotes,
        titles,
        report_end: trailer_start(text),
        headers,
        orgs,
        org_user,
        user: user.map(|u| u.names.clone()),
        home: super::home::Home::default(),
    };
    outlets_are_no_places(text, &mut scan.items);
    scan.home = super::home::home_side(text, &scan);
    resolve_generics(text, &mut scan);
    scan
}

/// Words after a place that make it an outlet's name in running text (据河南日报报道,
/// 北京青年报记者梳理): the outlet is no party, and its place is not the article's subject.
const OUTLET_NAMES_AFTER_PLACE: &[&str] = &[
    "日报",
    "晚报",
    "青年报",
    "都市报",
    "商报",
    "晨报",
    "电视台",
    "广播电视台",
    "卫视",
    "新闻网",
    "融媒体中心",
];

fn outlets_are_no_places(text: &str, items: &mut [Item]) {
    for item in items.iter_mut() {
        if let What::Tok(Tok::Place {
            organ: Organ::None, ..
        }) = item.what
        {
            if OUTLET_NAMES_AFTER_PLACE
                .iter()
                .any(|w| text[item.end..].starts_with(w))
            {
                item.what = What::Text;
            }
        }
    }
}

/// A mark: what covers a stretch of the text (start, end, what).
type Mark = (usize, usize, What);

/// The marks of the dates and the lexicon tokens (dates win), then the provinces written by
/// their one-character abbreviations where nothing else is; sorted, disjoint, and none inside a
/// dispatch header.
fn lexicon_marks(text: &str, dates: &[DateMention], headers: &[ByteRange]) -> Vec<Mark> {
    let lex = lexicon();
    let mut marks: Vec<Mark> = Vec::new();
    for (i, d) in dates.iter().enumerate() {
        marks.push((d.start, d.end, What::Date(i)));
    }
    let mut di = 0;
    let found: Vec<aho_corasick::Match> = lex.automaton.find_iter(text).collect();
    for (k, m) in found.iter().enumerate() {
        let token_follows = found.get(k + 1).is_some_and(|n| n.start() == m.end());
        while di < dates.len() && dates[di].end <= m.start() {
            di += 1;
        }
        if di < dates.len() && dates[di].start < m.end() {
            continue;
        }
        let (tok, chars) = lex.patterns[m.pattern().as_usize()];
        // 兴业银行长春分行: 行长 across a bank's name and the city of its branch is no title.
        if matches!(tok, Tok::Title(_))
            && &text[m.start()..m.end()] == "行长"
            && prev_char(text, m.start()) == Some('银')
            && next_char(text, m.end()).is_some_and(|c| tables::LONG_WORD_SECONDS.contains(c))
        {
            continue;
        }
        if let Tok::Place { entry, .. } = tok {
            if !place_fits(text, m.start(), m.end(), entry, chars, token_follows) {
                continue;
            }
            if let Some((place_end, title)) = governor_glued(text, m.start(), m.end(), tok) {
                marks.push((m.start(), place_end, What::Tok(tok)));
                marks.push((place_end, m.end() + '长'.len_utf8(), What::Tok(title)));
                continue;
            }
        }
        let end = company_end(lex, text, m.end(), tok);
        // 中国中车股份有限公司: a group's listed company is a body of its own, not the group;
        // left unmarked, it is found by the shape of its name.
        if listed_company_of_group(lex, text, m.end(), end, tok) {
            continue;
        }
        marks.push((m.start(), end, What::Tok(tok)));
    }
    marks.sort_by_key(|m| m.0);
    let mut abbrevs = abbreviation_places(text);
    // Marks are sorted and disjoint: an abbreviation is free when the mark starting before its end ends before it.
    abbrevs.retain(|a| {
        let i = marks.partition_point(|m| m.0 < a.1);
        i == 0 || marks[i - 1].1 <= a.0
    });
    for (s, e, i) in abbrevs {
        let place = Tok::Place {
            entry: Entry::Province(i),
            organ: Organ::None,
        };
        marks.push((s, e, What::Tok(place)));
    }
    marks.sort_by_key(|m| m.0);
    if !headers.is_empty() {
        marks.retain(|m| !inside(headers, m.0));
    }
    marks
}

/// Cuts the text into items (the marks, and between them runs of Han characters and single
/// punctuation) and sentences. Items come in text order, so where each one stands (in a quote,
/// in a title) is a walk along the pairs.
struct Itemizer<'a> {
    text: &'a str,
    marks: &'a [Mark],
    quotes: Cursor<'a>,
    titles: Cursor<'a>,
    items: Vec<Item>,
    sentences: Vec<Sentence>,
    paragraph: usize,
    sentence_start: usize,
    sentence_first_item: usize,
}

impl Itemizer<'_> {
    fn run(&mut self, headers: &[ByteRange]) {
        let text = self.text;
        let mut in_header = Cursor::new(headers);
        let (mut pos, mut mi) = (0, 0);
        while pos < text.len() {
            if in_header.inside(pos) {
                // A dispatch header is read as a space.
                pos = headers[in_header.next].1;
                continue;
            }
            if let Some(&(s, e, what)) = self.marks.get(mi).filter(|m| m.0 <= pos) {
                mi += 1;
                if s >= pos {
                    self.push(what, s, e);
                    pos = e;
                }
                continue;
            }
            let limit = self.marks.get(mi).map_or(text.len(), |m| m.0);
            let c = next_char(text, pos).unwrap_or(' ');
            if is_name_char(c) {
                let run = text[pos..limit].find(|ch: char| !is_name_char(ch));
                let end = pos + run.unwrap_or(limit - pos);
                self.push(What::Text, pos, end);
                pos = end;
                continue;
            }
            let end = pos + c.len_utf8();
            if !c.is_whitespace() || c == '\n' {
                self.push(What::Punct(c), pos, end);
            }
            pos = end;
            if self.ends_sentence(c, pos, self.marks.get(mi)) {
                self.close_sentence(pos, c == '\n');
            }
        }
        if self.sentence_first_item < self.items.len() || self.sentence_start < text.len() {
            self.sentences.push(Sentence {
                start: self.sentence_start,
                end: text.len(),
                paragraph: self.paragraph,
                items: (self.sentence_first_item, self.items.len()),
            });
        }
    }

    fn push(&mut self, what: What, start: usize, end: usize) {
        self.items.push(Item {
            what,
            start,
            end,
            sentence: self.sentences.len(),
            paragraph: self.paragraph,
            quoted: self.quotes.inside(start),
            titled: self.titles.inside(start),
            generic: false,
        });
    }

    /// Sentences end at 。！？； and line breaks, but not inside a quote or a title, and a ；
    /// before a body's name goes on with a list (拜访了A董事长X；B董事长Y；…).
    fn ends_sentence(&self, c: char, pos: usize, next_mark: Option<&Mark>) -> bool {
        let list_goes_on = matches!(c, '；' | ';')
            && next_mark.is_some_and(|m| {
                m.0 == pos
                    && matches!(
                        m.2,
                        What::Tok(Tok::Place {
                            entry: Entry::Body(_) | Entry::Found(_),
                            ..
                        })
                    )
            });
        let (quotes, titles) = (self.quotes.spans, self.titles.spans);
        is_sentence_end(c)
            && !list_goes_on
            && (c == '\n' || !(inside(quotes, pos - 1) && c != '”' || inside(titles, pos - 1)))
    }

    fn close_sentence(&mut self, pos: usize, line_break: bool) {
        self.sentences.push(Sentence {
            start: self.sentence_start,
            end: pos,
            paragraph: self.paragraph,
            items: (self.sentence_first_item, self.items.len()),
        });
        self.sentence_start = pos;
        self.sentence_first_item = self.items.len();
        // Blank lines do not make paragraphs of their own.
        let paragraph = self.paragraph;
        if line_break
            && self.items[..self.items.len() - 1]
                .last()
                .is_some_and(|i| i.paragraph == paragraph && i.what != What::Punct('\n'))
        {
            self.paragraph += 1;
        }
    }
}

/// Marks the user's organisations, then those of [`orgs::find`], in place of the tokens inside
/// their names; gives their names, one entry per name, and which of the user's each one is.
fn add_found_orgs(
    text: &str,
    marks: &mut Vec<(usize, usize, What)>,
    user: Option<&names::Compiled>,
) -> (Vec<String>, Vec<Option<usize>>) {
    let mut names: Vec<String> = Vec::new();
    let mut org_user: Vec<Option<usize>> = Vec::new();
    let spans = user.map_or_else(Vec::new, |u| add_user_orgs(text, marks, u, &mut names));
    org_user.resize(names.len(), None);
    for &(_, _, u, k) in &spans {
        org_user[k] = Some(u);
    }
    let mut found = orgs::find(text, marks);
    found.retain(|o| !spans.iter().any(|&(s, e, ..)| s < o.end && o.start < e));
    if found.is_empty() {
        return (names, org_user);
    }
    marks.retain(|m| !found.iter().any(|o| m.0 < o.end && o.start < m.1));
    // Each name with where the text first writes it.
    let mut all: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for o in &found {
        all.entry(&text[o.start..o.end]).or_insert(o.start);
    }
    let mut short_forms = Vec::new();
    for o in found {
        let k = intern(&mut names, short_name(text, o, &all));
        marks.push((o.start, o.end, found_mark(k)));
        if let Some((s, e)) = orgs::short_form(text, o.end) {
            short_forms.push((&text[s..e], k));
        }
    }
    marks.sort_by_key(|m| m.0);
    // The short form, wherever else the text writes it, is the same organisation.
    for (word, k) in short_forms {
        for (at, _) in text.match_indices(word) {
            let end = at + word.len();
            let i = marks.partition_point(|m| m.1 <= at);
            if marks.get(i).is_none_or(|m| m.0 >= end) {
                marks.insert(i, (at, end, found_mark(k)));
            }
        }
    }
    org_user.resize(names.len(), None);
    (names, org_user)
}

/// The index of `name` among the found organisations' names, added if new (one entry per name).
fn intern(names: &mut Vec<String>, name: &str) -> usize {
    names.iter().position(|n| n == name).unwrap_or_else(|| {
        names.push(name.to_string());
        names.len() - 1
    })
}

/// The mark of the found organisation `k`.
fn found_mark(k: usize) -> What {
    What::Tok(Tok::Place {
        entry: Entry::Found(k),
        organ: Organ::None,
    })
}

/// Marks where the user's organisations stand (not inside a date), in place of what the
/// lexicons read there; gives their spans, user index and index in `names`.
fn add_user_orgs(
    text: &str,
    marks: &mut Vec<(usize, usize, What)>,
    user: &names::Compiled,
    names: &mut Vec<String>,
) -> Vec<(usize, usize, usize, usize)> {
    let mut spans = Vec::new();
    for (s, e, u) in user.find_orgs(text) {
        let overlaps = |m: &(usize, usize, What)| m.0 < e && s < m.1;
        if marks
            .iter()
            .any(|m| overlaps(m) && matches!(m.2, What::Date(_)))
        {
            continue;
        }
        marks.retain(|m| !overlaps(m));
        let k = intern(names, user.names.organisations[u].name.trim());
        marks.push((s, e, found_mark(k)));
        spans.push((s, e, u, k));
    }
    marks.sort_by_key(|m| m.0);
    spans
}

/// A found organisation's name with or without the place written before it (台湾富士康科技集团
/// and 富士康科技集团, 香港新华集团 and 新华集团) is one organisation, under the form the text
/// writes first: the place only says where the firm is from.
fn short_name<'t>(
    text: &'t str,
    o: orgs::FoundOrg,
    all: &std::collections::HashMap<&'t str, usize>,
) -> &'t str {
    let name = &text[o.start..o.end];
    let lex = lexicon();
    let place_len = |n: &str| {
        lex.automaton
            .find(n)
            .filter(|m| m.start() == 0)
            .filter(|m| {
                matches!(
                    lex.patterns[m.pattern().as_usize()].0,
                    Tok::Place {
                        entry: Entry::Province(_) | Entry::City(_),
                        ..
                    }
                )
            })
            .map_or(0, |m| m.end())
    };
    let first = |n: &str| all.get(n).copied().unwrap_or(usize::MAX);
    let p = place_len(name);
    let short = &name[p..];
    if p > 0 && first(short) < first(name) {
        return short;
    }
    // The short form here; the long one written first elsewhere.
    all.iter()
        .filter(|(long, &at)| {
            long.len() > name.len()
                && long.ends_with(name)
                && place_len(long) == long.len() - name.len()
                && at < first(name)
        })
        .min_by_key(|(_, &at)| at)
        .map_or(name, |(long, _)| long)
}

/// Where a list of other articles' headlines begins (a short line 【相关阅读】), or the text's end.
pub fn trailer_start(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let bare = line
            .trim_matches(|c: char| c.is_whitespace() || "【】[]<>《》()（）:：·•-—*#".contains(c));
        if tables::TRAILER_MARKERS.contains(&bare) {
            return at;
        }
        at += line.len();
    }
    text.len()
}

/// Whether the words after an organ name one of its sessions (十届二次全会, 全体会议, 常委会会议).
fn names_a_session(after: &str) -> bool {
    let numbered = after
        .chars()
        .take_while(|c| "一二三四五六七八九十百〇零0123456789".contains(*c))
        .count();
    let rest: String = after.chars().skip(numbered).take(6).collect();
    (numbered > 0 && rest.starts_with('届'))
        || [
            "全会",
            "全体会议",
            "全体（扩大）会议",
            "常委会会议",
            "常务会议",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Turns organ words without a place (省委, 市政府, 集团) into the place or enterprise in context.
fn resolve_generics(text: &str, scan: &mut Scan) {
    let background = Background {
        counts: province_counts(scan),
        main_enterprise: most_named_enterprise(scan),
        home: scan.home,
        dominant_city: scan.home.about_city,
    };
    let mut context = Context::default();
    let mut last_sentence = usize::MAX;
    let mut prev_text_end: Option<(usize, char)> = None;
    let headings: Vec<bool> = scan
        .sentences
        .iter()
        .map(|s| is_heading_line(text, s))
        .collect();
    let only_where = provinces_of_their_cities(&scan.items);
    // The firm in context before a heading: firms a headline lists are not the 集团 of the body.
    let mut before_heading: Option<Option<Entry>> = None;
    for (k, item) in scan.items.iter_mut().enumerate() {
        if item.sentence != last_sentence {
            context.current = None;
            last_sentence = item.sentence;
            if let Some(saved) = before_heading.take() {
                context.enterprise = saved;
            }
            if headings.get(item.sentence) == Some(&true) {
                before_heading = Some(context.enterprise);
            }
        }
        // 在北京, 赴京: a place where something happens does not become the place in context.
        let is_destination = prev_text_end
            .is_some_and(|(end, c)| end == item.start && tables::WHERE_WORDS.contains(&c));
        prev_text_end = (item.what == What::Text).then(|| {
            let last = text[..item.end].chars().next_back().unwrap_or(' ');
            (item.end, last)
        });
        let chain_goes_on = matches!(
            item.what,
            What::Tok(Tok::Title(_) | Tok::Place { .. } | Tok::Generic { .. }) | What::Punct('、')
        );
        if let What::Tok(Tok::Place { entry, organ }) = item.what {
            item.what = What::Tok(Tok::Place {
                entry: liaison_office_of_home(&text[item.start..item.end], entry, &background),
                organ,
            });
        }
        match item.what {
            // 在鲁商集团，与集团董事长…: a firm visited is the 集团 that follows.
            What::Tok(Tok::Place {
                entry: Entry::Province(_) | Entry::City(_),
                ..
            }) if is_destination => {}
            // 西藏山南市: the province only says where the city is, and is no side in context.
            What::Tok(Tok::Place { .. }) if only_where[k] => {}
            What::Tok(Tok::Place { entry, organ }) if !item.titled => {
                context.note_place(entry, organ, item.sentence);
                context.chain = Some(entry);
            }
            What::Tok(Tok::Place { entry, .. }) => context.chain = Some(entry),
            // 省委十届二次全会: the name of a plenary session, in the background.
            What::Tok(Tok::Generic { .. }) if names_a_session(&text[item.end..]) => {
                item.what = What::Text;
            }
            What::Tok(Tok::Generic { scope, organ }) => {
                let word = &text[item.start..item.end];
                let entry = context.generic_entry(word, scope, item.sentence, &background);
                item.generic = true;
                item.what = match entry {
                    Some(entry) => What::Tok(Tok::Place { entry, organ }),
                    None => What::Text,
                };
            }
            _ => {}
        }
        if !chain_goes_on {
            context.chain = None;
        }
    }
}

/// For each item, whether it is a province written right before one of its own cities
/// (西藏山南市, 湖南省长沙市).
fn provinces_of_their_cities(items: &[Item]) -> Vec<bool> {
    let lex = lexicon();
    let mut out = vec![false; items.len()];
    for (k, w) in items.windows(2).enumerate() {
        if let (
            What::Tok(Tok::Place {
                entry: p @ Entry::Province(_),
                organ: Organ::None,
            }),
            What::Tok(Tok::Place {
                entry: Entry::City(c),
                ..
            }),
        ) = (w[0].what, w[1].what)
        {
            out[k] = w[0].end == w[1].start && lex.entry(lex.cities[c].province) == Some(p);
        }
    }
    out
}

/// Whether a sentence is a line of its own with no sentence end: a headline.
fn is_heading_line(text: &str, s: &Sentence) -> bool {
    let line = text[s.start..s.end].trim();
    (s.start == 0 || text[..s.start].ends_with('\n'))
        && text[s.start..s.end].ends_with('\n')
        && !line.is_empty()
        && !line.ends_with(['。', '！', '？', '；', '.', '!', '?', ';', '”', '」'])
        && line.chars().count() <= 80
}

/// 中联办 alone is the Liaison Office of the article's region: Hong Kong's (as the lexicon reads
/// it) unless the article is about Macau.
fn liaison_office_of_home(word: &str, entry: Entry, bg: &Background) -> Entry {
    let lex = lexicon();
    let macau = bg.home.sar.is_some_and(|e| lex.id(e) == "CN-MO");
    if word == "中联办" && macau {
        lex.entry("中央人民政府驻澳门特别行政区联络办公室")
            .unwrap_or(entry)
    } else {
        entry
    }
}

/// What the whole article says, for organ words that the sentence around them does not settle.
struct Background {
    /// How often each province is named (a city counts for its province).
    counts: HashMap<Entry, usize>,
    /// The enterprise the article names most (a firm's own news page: 集团公司 is that firm).
    main_enterprise: Option<Entry>,
    /// The outlet's own place (保定日报, 河南省人民政府网).
    home: super::home::Home,
    dominant_city: Option<Entry>,
}

impl Background {
    /// The province of `kind` the article is most about: for 我省, and for 省委 before any
    /// province is named.
    fn dominant(&self, kind: &str) -> Option<Entry> {
        let lex = lexicon();
        self.counts
            .iter()
            .filter(|(e, _)| matches!(e, Entry::Province(i) if lex.provinces[*i].kind == kind))
            .max_by_key(|(e, n)| (**n, std::cmp::Reverse(**e)))
            .map(|(e, _)| *e)
    }
}

/// The places and bodies last named, as the reading goes along the text.
#[derive(Default)]
struct Context {
    province: Option<Entry>,
    city: Option<Entry>,
    enterprise: Option<Entry>,
    /// The place or body last named in this sentence.
    current: Option<Entry>,
    delegation: Option<Entry>,
    /// The sentence that last named a city (or a municipality).
    city_sentence: Option<usize>,
    /// The sentence that last named a province.
    province_sentence: Option<usize>,
    /// Only titles and 、 since the place last named (四川省委书记、省人大常委会主任): an organ
    /// word here is that place's, the title chain of one person.
    chain: Option<Entry>,
}

impl Context {
    fn note_place(&mut self, entry: Entry, organ: Organ, sentence: usize) {
        let lex = lexicon();
        self.current = Some(entry);
        if organ == Organ::Delegation {
            self.delegation = Some(entry);
        }
        match entry {
            Entry::Province(_) => {
                self.province = Some(entry);
                self.province_sentence = Some(sentence);
                // 上海市委书记A，市委副书记B: a municipality's 市委 is its own.
                if lex.is_municipality(entry) {
                    self.city = Some(entry);
                    self.city_sentence = Some(sentence);
                }
            }
            Entry::City(_) => {
                self.city = Some(entry);
                self.city_sentence = Some(sentence);
            }
            Entry::Body(_) if matches!(lex.kind(entry), PartyKind::Soe | PartyKind::Financial) => {
                self.enterprise = Some(entry)
            }
            Entry::Body(_) => {}
            // A firm found in the text is the 集团 or 公司 that follows.
            Entry::Found(_) => self.enterprise = Some(entry),
        }
    }

    /// What an organ word without a place (`word`, of `scope`) stands for here.
    fn generic_entry(
        &self,
        word: &str,
        scope: Scope,
        sentence: usize,
        bg: &Background,
    ) -> Option<Entry> {
        let lex = lexicon();
        let of_kind = |kind: &'static str| move |p: &Entry| matches!(p, Entry::Province(i) if lex.provinces[*i].kind == kind);
        match scope {
            // 自治区党委 refers only to an autonomous region, 省委 only to a province.
            Scope::Province if word == "我区" => bg.dominant("autonomous_region"),
            Scope::Province if word.starts_with(['我', '本', '全']) => bg
                .home
                .province
                .filter(of_kind("province"))
                .or_else(|| bg.dominant("province")),
            Scope::Province if word.starts_with("自治区") || word.starts_with("区党委") => {
                self.province
                    .filter(of_kind("autonomous_region"))
                    .or_else(|| {
                        (self.province.is_none() && word != "自治区")
                            .then(|| bg.dominant("autonomous_region"))
                            .flatten()
                    })
            }
            // The article's own province before the one last named (GUIDE section 3), unless
            // the word goes on with that one's title chain.
            // A province named earlier in this sentence (青海省委书记A，省委副书记、省长B), then
            // the article's own, then the one last named.
            Scope::Province => self
                .chain
                .or(self
                    .province
                    .filter(|_| self.province_sentence == Some(sentence)))
                .filter(of_kind("province"))
                .or(bg.home.province.filter(of_kind("province")))
                .or(self.province.filter(of_kind("province")))
                .or_else(|| {
                    self.province
                        .is_none()
                        .then(|| bg.dominant("province"))
                        .flatten()
                }),
            // 我市, 本市: the paper's own city, whatever city the sentence names.
            Scope::City if word.starts_with(['我', '本']) && bg.home.city.is_some() => {
                bg.home.city
            }
            // A city's own paper: 市委 is that city unless this sentence names another.
            Scope::City if bg.home.city.is_some() && self.city_sentence != Some(sentence) => {
                bg.home.city
            }
            Scope::City => self
                .city
                .or(self.province.filter(|p| lex.is_municipality(*p)))
                .or(bg.dominant_city),
            // On a firm's own news page 集团公司 is that firm before it is named.
            Scope::Enterprise => self.enterprise.or(bg.main_enterprise),
            Scope::Current => self.current,
            Scope::Delegation => self.delegation,
            // The region this sentence names, else the article's.
            Scope::Sar => self
                .province
                .filter(|p| super::home::is_sar(*p) && self.current == Some(*p))
                .or(bg.home.sar)
                .or(self.province.filter(|p| super::home::is_sar(*p))),
        }
    }
}

/// How often each province is named; a city counts for its province (自治区党委书记…在呼和浩特:
/// Inner Mongolia).
fn province_counts(scan: &Scan) -> HashMap<Entry, usize> {
    let lex = lexicon();
    let mut counts = HashMap::new();
    for item in scan.items.iter().filter(|i| !i.titled && !i.quoted) {
        let province = match item.what {
            What::Tok(Tok::Place {
                entry: e @ Entry::Province(_),
                ..
            }) => Some(e),
            What::Tok(Tok::Place {
                entry: Entry::City(i),
                ..
            }) => lex.entry(lex.cities[i].province),
            _ => None,
        };
        if let Some(e) = province {
            *counts.entry(e).or_default() += 1;
        }
    }
    counts
}

/// The central enterprise or financial institution the article names most.
fn most_named_enterprise(scan: &Scan) -> Option<Entry> {
    let lex = lexicon();
    let mut firms: HashMap<Entry, usize> = HashMap::new();
    for item in scan.items.iter().filter(|i| !i.titled && !i.quoted) {
        if let What::Tok(Tok::Place {
            entry: e @ Entry::Body(_),
            ..
        }) = item.what
        {
            if matches!(lex.kind(e), PartyKind::Soe | PartyKind::Financial) {
                *firms.entry(e).or_default() += 1;
            }
        }
    }
    firms
        .into_iter()
        .max_by_key(|(e, n)| (*n, std::cmp::Reverse(*e)))
        .map(|(e, _)| e)
}
