//! Organisations the lexicons do not know (a provincial or private firm, a Hong Kong paper, an
//! association), found by the shape of their names and where they stand in the sentence.
//!
//! A name ends in an organisation word (集团, 有限公司, 商会…) and stands as a party: after a
//! meeting verb or 与/同/和/、, or right before a title or 一行. It becomes a party under the name as
//! the text writes it (GUIDE section 1); a place or a known body inside it is part of the name.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use super::lexicon::{tables, Tok};
use super::scan::{is_han, What};

/// Words other than a firm's legal form (`tables::COMPANY_SUFFIXES`) that end an organisation's
/// name.
const ORG_WORDS: &[&str] = &[
    "报业集团",
    "银行",
    "商会",
    "总会",
    "联合会",
    "协会",
    "学会",
    "协进会",
    "促进会",
    "研究会",
    "公会",
    "基金会",
    "研究院",
    "研究所",
    "研究中心",
    "科学院",
    "学院",
    "医院",
    "事务所",
    "设计院",
    "交易所",
    "大学",
    "文汇报",
    "大公报",
    "日报社",
    "日报",
    "晚报",
    "报社",
    "电视台",
];

/// Characters that end a name on its left: no organisation's name goes past them.
const LEFT_STOPS: &str = "的了与同和及在是对向到赴率领见访谈等由将把从被并还又也就均都已及其之";

/// Bracketed words inside a registered name, before its legal form.
const BRACKETED: &[&str] = &[
    "（集团）",
    "（控股）",
    "（中国）",
    "（香港）",
    "（上海）",
    "（北京）",
];

/// Words a name cannot start with: they count or qualify organisations (两家公司, 有关企业集团).
const NOT_NAMES: &[&str] = &[
    "该",
    "本",
    "我",
    "各",
    "两",
    "多",
    "其",
    "此",
    "这",
    "那",
    "全",
    "一",
    "几",
    "数",
    "每",
    "有关",
    "相关",
    "上述",
    "以上",
    "省属",
    "市属",
    "区属",
    "国有",
    "民营",
    "中央",
    "央企",
    "部分",
    "大型",
    "重点",
    "知名",
    "优秀",
    "龙头",
    "骨干",
    "子公司",
    "分公司",
    "集团",
    "公司",
    "外资",
    "合资",
];

/// Words that may stand between a meeting verb or 与 and the name (会见了来访的…).
const BEFORE_NAME: &[&str] = &["了", "来访的", "在京的", "了来访的", "了在京的", "来", "的"];

/// Verbs of going to a place after which a name is the place visited (来到阿斯利康公司).
const VISIT_LEADS: &[&str] = &[
    "来到", "走进", "前往", "深入", "莅临", "到访", "调研", "考察",
];

/// Words after a name that make it qualify a noun, not stand as a party (高水平大学建设,
/// 一流企业发展).
const NOUN_AFTER_NAME: &[&str] = &[
    "建设",
    "发展",
    "改革",
    "工作",
    "项目",
    "领域",
    "方面",
    "体系",
    "现代化",
    "水平",
    "高质量",
];

/// Words after a name that make it the holder of what follows (…集团一行, …商会负责人).
const AFTER_NAME: &[&str] = &[
    "一行",
    "代表团",
    "负责人",
    "党委",
    "董事会",
    "高管",
    "考察团",
];

/// An organisation the scanner found: its span in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundOrg {
    pub start: usize,
    pub end: usize,
}

/// Whether the mark `what` ends a stretch after which a party's name may stand.
fn introduces(what: &What) -> bool {
    matches!(what, What::Tok(Tok::Trigger(_)))
}

/// The organisations of `text` that stand as parties, given the scanner's sorted, disjoint
/// marks (dates and lexicon tokens). A name whose end a known body's mark covers is that body.
pub fn find(text: &str, marks: &[(usize, usize, What)]) -> Vec<FoundOrg> {
    let mut out: Vec<FoundOrg> = Vec::new();
    let mut from = 0;
    while let Some((at, end)) = next_end(text, from) {
        from = at + 1;
        let Some(org) = candidate(text, marks, at, end) else {
            continue;
        };
        if out.last().is_some_and(|o| o.end > org.start) {
            continue;
        }
        from = org.end;
        out.push(org);
    }
    for m in marks
        .iter()
        .filter(|m| matches!(m.2, What::Tok(Tok::Title(_))))
    {
        if let Some(org) = firm_before_title(text, marks, m.0, m.1) {
            // 阿斯利康公司 … 阿斯利康董事长: the short form of a firm found is not another.
            let core = &text[org.start..org.end];
            let short_of_found = out.iter().any(|o| text[o.start..o.end].starts_with(core));
            if !short_of_found && !out.iter().any(|o| o.start < org.end && org.start < o.end) {
                out.push(org);
            }
        }
    }
    out.sort_by_key(|o| o.start);
    out
}

/// Titles of a firm's board and management, after which the words right before are its name.
const FIRM_TITLES: &[&str] = &[
    "董事长",
    "副董事长",
    "董事局主席",
    "董事会主席",
    "总经理",
    "副总经理",
    "总裁",
    "副总裁",
    "首席执行官",
];

/// Words before a firm's title that are no firm's name (双方董事长, 时任总经理).
const NOT_FIRMS: &[&str] = &[
    "双方", "时任", "现任", "原任", "首席", "执行", "常务", "独立", "名誉", "荣誉", "企业", "董事",
    "轮值",
];

/// Words between a firm's name and its title that qualify the office (全球执行副总裁, 中国区总裁).
const TITLE_QUALIFIERS: &[&str] = &[
    "执行", "常务", "全球", "首席", "高级", "轮值", "区", "集团", "公司",
];

/// 保利地产董事长, 潍柴总裁: a firm the lexicons lack and no organisation word ends, named by the
/// few Han characters right before its chairman's or manager's title (`at..end`).
fn firm_before_title(
    text: &str,
    marks: &[(usize, usize, What)],
    at: usize,
    end: usize,
) -> Option<FoundOrg> {
    let title = &text[at..end];
    // 海油发展党委副书记、董事、总经理: a Party title that opens a chain with a firm's title.
    let party_chain = PARTY_TITLES.contains(&title) && chain_has_firm_title(text, marks, end);
    if !FIRM_TITLES.contains(&title) && !party_chain {
        return None;
    }
    let mut start = at;
    while let Some(c) = text[..start].chars().next_back() {
        if !is_han(c) || LEFT_STOPS.contains(c) || mark_at(marks, start - c.len_utf8()).is_some() {
            break;
        }
        start -= c.len_utf8();
    }
    let core = &text[start..at];
    // 北京千方科技董事长: a place written right before the name is part of it (GUIDE section 1).
    let placed = match mark_at(marks, start.saturating_sub(1)) {
        Some(&(s, e, What::Tok(Tok::Place { .. }))) if e == start && start > 0 => Some(s),
        _ => None,
    };
    let n = core.chars().count();
    // Two or three characters from a surname are more often a name before its title (王五董事长).
    let name_like = n <= 3
        && core
            .chars()
            .next()
            .is_some_and(|c| tables::SURNAMES.contains(c));
    let refused = NOT_NAMES
        .iter()
        .chain(NOT_FIRMS)
        .any(|w| core.starts_with(w))
        || TITLE_QUALIFIERS.iter().any(|w| core.ends_with(w));
    ((2..=8).contains(&n) && !name_like && !refused).then_some(FoundOrg {
        start: placed.unwrap_or(start),
        end: at,
    })
}

/// Party titles that may open a firm's chain of titles (党委书记、董事长).
const PARTY_TITLES: &[&str] = &["党委书记", "党委副书记", "党组书记", "党组副书记"];

/// Whether the chain of titles joined by 、 after `end` holds a firm's title.
fn chain_has_firm_title(text: &str, marks: &[(usize, usize, What)], mut end: usize) -> bool {
    while let Some(next) = text[end..].strip_prefix('、') {
        let at = text.len() - next.len();
        let Some(&(s, e, What::Tok(Tok::Title(_)))) = mark_at(marks, at).filter(|m| m.0 == at)
        else {
            return false;
        };
        if FIRM_TITLES.contains(&&text[s..e]) {
            return true;
        }
        end = e;
    }
    false
}

/// The organisation words as one automaton, built on first use (one pass over the text).
fn ends() -> &'static AhoCorasick {
    static ENDS: OnceLock<AhoCorasick> = OnceLock::new();
    ENDS.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(tables::COMPANY_SUFFIXES.iter().chain(ORG_WORDS))
            .expect("the organisation words form a valid automaton")
    })
}

/// The next organisation word at or after `from` (byte offsets of where it starts and where the
/// name ends, legal forms after it included).
fn next_end(text: &str, from: usize) -> Option<(usize, usize)> {
    let m = ends().find(Input::new(text).span(from..text.len()))?;
    let mut end = m.end();
    // 兴业银行长春分行: a bank's branch in a city is named with it.
    if text[m.start()..end] == *"银行" {
        let rest: String = text[end..].chars().take(6).collect();
        if let Some(k) = rest.find("分行").or_else(|| rest.find("支行")) {
            if rest[..k].chars().all(is_han) {
                end += k + "分行".len();
            }
        }
    }
    // 集团 then 有限公司: one name.
    while let Some(more) = tables::COMPANY_SUFFIXES
        .iter()
        .find(|w| text[end..].starts_with(**w))
    {
        end += more.len();
    }
    Some((m.start(), end))
}

/// The mark that covers byte `at`, if any.
fn mark_at(marks: &[(usize, usize, What)], at: usize) -> Option<&(usize, usize, What)> {
    let i = marks.partition_point(|m| m.0 <= at);
    marks[..i].last().filter(|m| m.1 > at)
}

/// The organisation whose name ends with the word at `at..end`, when it stands as a party.
fn candidate(
    text: &str,
    marks: &[(usize, usize, What)],
    at: usize,
    end: usize,
) -> Option<FoundOrg> {
    // A known body's own name (中国石油化工集团有限公司), or a date, is not a new organisation.
    if let Some(m) = mark_at(marks, end - 1) {
        match m.2 {
            What::Tok(Tok::Place { .. }) if !is_generic_word(&text[m.0..m.1]) => return None,
            What::Date(_) | What::Tok(Tok::Trigger(_) | Tok::Title(_)) => return None,
            _ => {}
        }
    }
    let start = left_edge(text, marks, at);
    let core = &text[start..at];
    if core.chars().count() < 2 || core.chars().count() > 18 {
        return None;
    }
    if NOT_NAMES.iter().any(|w| core.starts_with(w)) {
        return None;
    }
    if NOUN_AFTER_NAME.iter().any(|w| text[end..].starts_with(w)) {
        return None;
    }
    stands_as_party(text, marks, start, end).then_some(FoundOrg { start, end })
}

/// 集团, 公司 written alone are the scanner's generic words, not a body's name.
fn is_generic_word(word: &str) -> bool {
    tables::GENERIC_ORGANS.iter().any(|(w, ..)| *w == word)
}

/// Where the name ending at `at` begins: back over Han characters and places or bodies inside
/// it (山东能源集团, 香港文汇报), to a stop character, a meeting verb, a title or a date.
fn left_edge(text: &str, marks: &[(usize, usize, What)], at: usize) -> usize {
    let mut start = at;
    // 上海复星高科技（集团）有限公司: a bracketed word before the legal form is part of the name.
    if let Some(w) = BRACKETED.iter().find(|w| text[..start].ends_with(**w)) {
        start -= w.len();
    }
    while start > 0 {
        if let Some(m) = mark_at(marks, start - 1) {
            match m.2 {
                What::Tok(Tok::Place { .. }) if m.1 == start => {
                    start = m.0;
                    continue;
                }
                _ => break,
            }
        }
        let Some(c) = text[..start].chars().next_back() else {
            break;
        };
        if !is_han(c)
            || LEFT_STOPS.contains(c)
            || VISIT_LEADS.iter().any(|w| text[..start].ends_with(w))
        {
            break;
        }
        start -= c.len_utf8();
    }
    start
}

/// After a meeting verb or 与/同/和/及/、 (with 了, 来访的 between), or before a title or 一行.
fn stands_as_party(text: &str, marks: &[(usize, usize, What)], start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after_with = before.ends_with(['与', '同', '和', '及', '、'])
        || VISIT_LEADS.iter().any(|w| before.ends_with(w));
    let after_verb = std::iter::once("")
        .chain(BEFORE_NAME.iter().copied())
        .filter(|w| before.ends_with(w))
        .any(|w| {
            let verb_end = start - w.len();
            verb_end > 0
                && mark_at(marks, verb_end - 1).is_some_and(|m| m.1 == verb_end && introduces(&m.2))
        });
    let rest = &text[end..];
    let titled =
        mark_at(marks, end).is_some_and(|m| m.0 == end && matches!(m.2, What::Tok(Tok::Title(_))));
    // 某某集团会见, 某某联合会（某某会）日前接待: a name that defines its short form or acts
    // right before a meeting verb is the subject.
    let acts = mark_at(marks, end)
        .is_some_and(|m| m.0 == end && matches!(m.2, What::Tok(Tok::Trigger(_))));
    // 在鲁商集团，刘强与集团董事长…座谈: a clause that opens at a firm is a call on it.
    let opens_at = before
        .strip_suffix('在')
        .is_some_and(|b| b.is_empty() || b.ends_with(['，', ',', '。', '；', '\n', ' ', '　']))
        && text[end..].starts_with(['，', ',']);
    after_with
        || opens_at
        || after_verb
        || titled
        || acts
        || short_form(text, end).is_some()
        || AFTER_NAME.iter().any(|w| rest.starts_with(w))
}

/// The short form a name defines in brackets right after it (香港中华厂商联合会（厂商会）): the
/// span of two to six Han characters inside.
pub fn short_form(text: &str, end: usize) -> Option<(usize, usize)> {
    let inner = text[end..].strip_prefix('（')?;
    let close = inner.find('）')?;
    let word = &inner[..close];
    let n = word.chars().count();
    let start = end + '（'.len_utf8();
    ((2..=6).contains(&n) && word.chars().all(is_han)).then_some((start, start + close))
}
