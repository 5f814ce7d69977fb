//! Agreements and quotes: titles in 《》 and unnamed agreements named by their kind after a
//! signing verb (签署战略合作协议), and quotations in “…” with the person who said them.

/// Endings that make a 《》 title a signed document rather than a book or a programme.
const AGREEMENT_ENDINGS: &[&str] = &[
    "协议",
    "协定",
    "备忘录",
    "合同",
    "意向书",
    "协议书",
    "纪要",
    "框架",
    "公约",
    "行动计划",
    "合作计划",
];

/// Kinds of document that, after a signing verb, name an unnamed agreement.
const AGREEMENT_HEADS: &[&str] = &[
    "协议书",
    "协议",
    "协定",
    "备忘录",
    "意向书",
    "行动计划",
    "合同",
];

/// The kinds of signed document in English, by the ending of their Chinese title (longest
/// first): agreement titles stay in Chinese, and the English interface names their kind.
const KINDS_ENGLISH: &[(&str, &str)] = &[
    (
        "全面战略合作框架协议",
        "comprehensive strategic cooperation framework agreement",
    ),
    (
        "全面战略合作协议",
        "comprehensive strategic cooperation agreement",
    ),
    (
        "战略合作框架协议",
        "strategic cooperation framework agreement",
    ),
    ("战略合作协议书", "strategic cooperation agreement"),
    ("战略合作协议", "strategic cooperation agreement"),
    ("合作框架协议", "cooperation framework agreement"),
    ("合作协议书", "cooperation agreement"),
    ("合作协议", "cooperation agreement"),
    ("投资协议", "investment agreement"),
    ("框架协议", "framework agreement"),
    ("协议书", "agreement"),
    ("协议", "agreement"),
    ("协定", "agreement"),
    ("谅解备忘录", "memorandum of understanding"),
    ("合作备忘录", "memorandum of cooperation"),
    ("备忘录", "memorandum"),
    ("意向书", "letter of intent"),
    ("合同", "contract"),
    ("会谈纪要", "minutes of talks"),
    ("会议纪要", "minutes of the meeting"),
    ("纪要", "minutes"),
    ("框架", "framework"),
    ("公约", "convention"),
    ("行动计划", "action plan"),
    ("合作计划", "cooperation plan"),
];

/// The kind of a signed document in English, from its title's ending (数字陕西战略合作协议 →
/// "strategic cooperation agreement"); `None` for a title of no known kind.
pub fn kind_english(title: &str) -> Option<&'static str> {
    let t = title.trim().trim_end_matches(['》', ' ']);
    KINDS_ENGLISH
        .iter()
        .filter(|(zh, _)| t.ends_with(zh))
        .max_by_key(|(zh, _)| zh.len())
        .map(|&(_, en)| en)
}

/// Verbs after which a document is signed.
/// Words before an unnamed agreement that qualify the signing, not the document.
const SIGNING_QUALIFIERS: &[&str] = &["新一轮", "新一期", "相关", "有关"];

const SIGNING_VERBS: &[&str] = &["签署", "签订", "签约", "共签", "草签"];

/// An agreement found in a sentence, as a normalised span (《》 excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgreementSpan {
    pub start: usize,
    pub end: usize,
}

/// Whether a 《》 title names a signed document.
pub fn is_agreement_title(title: &str) -> bool {
    let t = title.trim_end_matches(['》', ' ']);
    AGREEMENT_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// Agreements in `text[start..end]` (one sentence): 《》 titles that are agreements or follow a
/// signing verb, and unnamed agreements right after a signing verb.
///
/// `party_ends` are the byte offsets where the names of the sentence's parties end: an agreement
/// named before its ceremony (A与B战略合作框架协议签约仪式) begins after the last of them.
pub fn find_agreements(
    text: &str,
    start: usize,
    end: usize,
    titles: &[(usize, usize)],
    party_ends: &[usize],
) -> Vec<AgreementSpan> {
    let mut out = titled_agreements(text, start, end, titles);
    let sentence = &text[start..end];
    for ceremony in CEREMONIES {
        for (at, _) in sentence.match_indices(ceremony) {
            if let Some(s) = named_before_ceremony(text, start + at, party_ends) {
                out.push(AgreementSpan {
                    start: s,
                    end: start + at,
                });
            }
        }
    }
    for verb in SIGNING_VERBS {
        let mut from = 0;
        while let Some(i) = sentence[from..].find(verb) {
            from += i + verb.len();
            if let Some((s, e)) = unnamed_agreement(sentence, from) {
                out.push(AgreementSpan {
                    start: after_signatories(text, start + s, start + e, party_ends),
                    end: start + e,
                });
            }
        }
    }
    out.sort_by_key(|a| a.start);
    out.dedup();
    out
}

/// The 《》 titles of the sentence that are agreements (in a sentence that signs something) or
/// come right after a signing verb.
fn titled_agreements(
    text: &str,
    start: usize,
    end: usize,
    titles: &[(usize, usize)],
) -> Vec<AgreementSpan> {
    let signed = SIGNING_VERBS.iter().any(|v| text[start..end].contains(v));
    let first = titles.partition_point(|t| t.0 < start);
    let mut out = Vec::new();
    for &(s, e) in titles[first..]
        .iter()
        .take_while(|t| t.0 < end)
        .filter(|t| t.1 <= end)
    {
        let inner_start = s + '《'.len_utf8();
        let inner_end = e - '》'.len_utf8();
        if inner_end <= inner_start {
            continue;
        }
        let before = &text[start..s];
        let after_verb = SIGNING_VERBS
            .iter()
            .any(|v| before.trim_end_matches(['了', '过']).ends_with(v));
        if after_verb || signed && is_agreement_title(&text[inner_start..inner_end]) {
            out.push(AgreementSpan {
                start: inner_start,
                end: inner_end,
            });
        }
    }
    out
}

/// Words after an agreement's name that make it the document of a signing (…协议签约仪式).
const CEREMONIES: &[&str] = &["签约仪式", "签字仪式", "签署仪式", "签约活动"];

/// The start of an agreement that ends right before the ceremony at byte `at` of `text`: from the
/// end of the last party named before it, when the words between end with a document kind and
/// hold no punctuation (中山市政府与香港新华集团战略合作框架协议签约仪式).
fn named_before_ceremony(text: &str, at: usize, party_ends: &[usize]) -> Option<usize> {
    let before = &text[..at];
    AGREEMENT_HEADS.iter().find(|h| before.ends_with(**h))?;
    let mut start = party_ends.iter().copied().filter(|&e| e < at).max()?;
    // 与B举行战略合作协议签约仪式: the verb before the name is not part of it.
    for lead in ["举行了", "举行", "举办了", "举办", "的"] {
        if text[start..at].starts_with(lead) {
            start += lead.len();
        }
    }
    let phrase = &text[start..at];
    let plain = phrase
        .chars()
        .all(|c| c.is_alphanumeric() || "“”\"".contains(c));
    (plain && phrase.chars().count() <= 24 && !AGREEMENT_HEADS.contains(&phrase)).then_some(start)
}

/// Where an unnamed agreement's own words begin: after its signatories when the words after the
/// verb name them first (签署中建集团与苏州市人民政府战略合作框架协议 → 战略合作框架协议).
fn after_signatories(text: &str, start: usize, end: usize, party_ends: &[usize]) -> usize {
    let Some(cut) = party_ends
        .iter()
        .copied()
        .filter(|&p| p > start && p < end)
        .max()
    else {
        return start;
    };
    let rest = &text[cut..end];
    let rest_start = end
        - SIGNATORY_TAILS
            .iter()
            .find_map(|t| rest.strip_prefix(t))
            .unwrap_or(rest)
            .len();
    let joined = text[start..cut].contains(['与', '和', '同']);
    let kind_only = &text[rest_start..end];
    if joined && !kind_only.is_empty() && kind_only != "协议" {
        rest_start
    } else {
        start
    }
}

/// What may follow a signatory's name before the document's words (市人民政府, 省政府).
const SIGNATORY_TAILS: &[&str] = &["人民政府", "政府", "双方", "的"];

/// An unnamed agreement after a signing verb that ends at byte `after` of the sentence
/// (签署(了)战略合作协议): the words from the verb to the document kind, as a span of the sentence.
fn unnamed_agreement(sentence: &str, after: usize) -> Option<(usize, usize)> {
    let rest = &sentence[after..];
    let body_start = after + rest.len() - rest.trim_start_matches(['了', '过', '的']).len();
    let body = &sentence[body_start..];
    if body.starts_with('《') || body.starts_with('“') && !body.contains("协议") {
        return None;
    }
    // Up to 24 characters of words, ending at the first document kind.
    let len = body
        .char_indices()
        .take(24)
        .take_while(|(_, c)| !matches!(c, '，' | '。' | '；' | '、' | ',' | '《' | '》' | '\n'))
        .find_map(|(k, _)| {
            AGREEMENT_HEADS
                .iter()
                .find(|h| body[k..].starts_with(**h))
                .map(|head| k + head.len())
        })?;
    let phrase = &body[..len];
    // Numbers and measure words (10个, 1份) and 系列 are not part of the name.
    let unnumbered = phrase.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "个份项一二三四五六七八九十多".contains(c)
    });
    // 多项合作协议, 3份协议: several documents told by kind name none of them.
    let count = &phrase[..phrase.len() - unnumbered.len()];
    if count.contains('多')
        || count.chars().any(|c| c.is_ascii_digit() && c != '1')
        || count.chars().any(|c| "二三四五六七八九十".contains(c))
    {
        return None;
    }
    let mut phrase = unnumbered;
    // Qualifiers of the signing, not of the document: 新一轮院地合作协议, 相关合作协议.
    for q in SIGNING_QUALIFIERS {
        if let Some(rest) = phrase.strip_prefix(q) {
            phrase = rest;
        }
    }
    if phrase.contains("系列") || AGREEMENT_HEADS.contains(&phrase) || phrase.starts_with("协议")
    {
        return None;
    }
    let s = body_start + len - phrase.len();
    Some((s, s + phrase.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        let titles: Vec<(usize, usize)> = s
            .match_indices('《')
            .filter_map(|(i, _)| s[i..].find('》').map(|j| (i, i + j + '》'.len_utf8())))
            .collect();
        find_agreements(s, 0, s.len(), &titles, &[])
            .into_iter()
            .map(|a| s[a.start..a.end].to_string())
            .collect()
    }

    #[test]
    fn unnamed_agreements_after_a_signing_verb() {
        assert_eq!(found("双方签署战略合作协议，"), vec!["战略合作协议"]);
        assert_eq!(
            found("两区在京签订了能源专项合作框架协议。"),
            vec!["能源专项合作框架协议"]
        );
        assert_eq!(found("代表双方签署协议。"), Vec::<String>::new());
        assert_eq!(found("两省签署系列合作协议"), Vec::<String>::new());
        assert_eq!(found("院地签署新一轮院地合作协议。"), vec!["院地合作协议"]);
        assert_eq!(found("双方签署了相关合作协议。"), vec!["合作协议"]);
        assert_eq!(found("两地曾签署过框架协议。"), vec!["框架协议"]);
        assert_eq!(found("两地签署了多项合作协议。"), Vec::<String>::new());
        assert_eq!(found("两地签署了3份合作协议。"), Vec::<String>::new());
        assert_eq!(found("两地签署了一份合作协议。"), vec!["合作协议"]);
    }

    #[test]
    fn titles_in_book_marks() {
        assert_eq!(
            found("双方签署了《关于深化交通合作的框架协议》。"),
            vec!["关于深化交通合作的框架协议"]
        );
        assert_eq!(found("据《新闻联播》报道，"), Vec::<String>::new());
        assert_eq!(
            found("国务院批复《某城市群发展规划》"),
            Vec::<String>::new()
        );
    }
}
