//! Normalisation: one script (simplified), half-width digits and letters, no markup.
//!
//! The normalised text is what every stage matches on; [`Normalized::to_original`] maps
//! any span of it back to byte offsets of the original input.

use super::Span;

/// The normalised text and the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// `(norm_byte, orig_byte)` points where the byte offset between the two texts changes.
    anchors: Vec<(u32, u32)>,
    original_len: usize,
}

impl Normalized {
    /// Byte offset in the original of the character that starts at `norm` in the normalised text.
    fn orig_start(&self, norm: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 as usize <= norm);
        match i {
            0 => norm,
            _ => {
                let (n, o) = self.anchors[i - 1];
                o as usize + (norm - n as usize)
            }
        }
    }

    /// Maps a span of the normalised text (on char boundaries) to the original input.
    pub fn to_original(&self, original: &str, span: Span) -> Span {
        if span.start >= span.end {
            let s = self
                .orig_start(span.start.min(self.text.len()))
                .min(self.original_len);
            return Span::new(s, s);
        }
        let start = self.orig_start(span.start);
        // The end is the end of the original character behind the last normalised one.
        let last = self.text[..span.end]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        let last_orig = self.orig_start(last);
        let end = last_orig
            + original[last_orig..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        Span::new(start, end.min(self.original_len))
    }
}

/// Characters whose simplified/half-width form we match on.
fn fold_char(c: char) -> char {
    match c {
        // Full-width digits and Latin letters become ASCII.
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '\u{3000}' | '\u{00A0}' => ' ',
        '(' => '（',
        ')' => '）',
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        '〇' => '〇',
        '\r' => '\n',
        // Invisible and bidirectional controls are dropped by `is_dropped`; the rest stays.
        _ => c,
    }
}

fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{FFFD}')
        || (c.is_control() && c != '\n' && c != '\t' && c != '\r')
}

/// Ranges of the original that carry no text: Markdown images, emphasis, HTML tags, headings.
fn markup_ranges(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if let Some(end) = heading_marker(b, i).filter(|_| line_start) {
            out.push((i, end));
            i = end;
            line_start = false;
            continue;
        }
        line_start = c == b'\n';
        let found = match c {
            b'!' if b.get(i + 1) == Some(&b'[') => image_at(s, i).map(|end| (i, end)),
            b'[' => link_at(s, i).map(|(text_end, end)| {
                out.push((i, i + 1));
                (text_end, end)
            }),
            b'*' | b'_' if b.get(i + 1) == Some(&c) => Some((i, i + 2)),
            b'<' => tag_at(s, i).map(|end| (i, end)),
            _ => None,
        };
        match found {
            Some((start, end)) => {
                out.push((start, end));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// `## ` at a line's start: where the heading's text begins.
fn heading_marker(b: &[u8], i: usize) -> Option<usize> {
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    (hashes > 0 && b.get(i + hashes) == Some(&b' ')).then_some(i + hashes + 1)
}

/// `![alt](url)` at `i`: where it ends. The URL may be broken over lines by the paste.
fn image_at(s: &str, i: usize) -> Option<usize> {
    let close = s[i + 2..].find("](")?;
    let url_start = i + 2 + close + 2;
    let end = s[url_start..].find(')').filter(|&e| e < 2048)?;
    Some(url_start + end + 1)
}

/// `[text](url)` at `i`: where the text ends and where the link ends (the text is kept, the
/// brackets and the URL are not).
fn link_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let close = s[i + 1..].find("](")?;
    let text_end = i + 1 + close;
    if close >= 400 || s[i + 1..text_end].contains('\n') {
        return None;
    }
    let url_start = text_end + 2;
    let end = s[url_start..].find(')')?;
    (end < 2048 && !s[url_start..url_start + end].contains(' '))
        .then_some((text_end, url_start + end + 1))
}

/// An HTML tag at `i` (`<` then a letter, `/` or `!`, up to `>` within a reasonable distance):
/// where it ends. The contents of script and style elements are not text either.
fn tag_at(s: &str, i: usize) -> Option<usize> {
    let next = s.as_bytes().get(i + 1).copied().unwrap_or(b' ');
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let end = s[i..].find('>').filter(|&e| e < 4096)?;
    let tag = s[i + 1..i + end].to_ascii_lowercase();
    let mut stop = i + end + 1;
    for name in ["script", "style"] {
        if tag.starts_with(name) {
            let close = format!("</{name}");
            let lower = s[stop..].to_ascii_lowercase();
            if let Some(c) = lower.find(&close) {
                let after = stop + c;
                stop = s[after..].find('>').map_or(s.len(), |e| after + e + 1);
            }
        }
    }
    Some(stop)
}

/// Vowels with a tone mark: a bracket of pinyin holds at least one.
const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

/// Pinyin initials, the longest first.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w", "",
];

/// Pinyin finals (ü also written v or u after j, q, x, y).
const FINALS: &[&str] = &[
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie",
    "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un",
    "uang", "ueng", "ue", "v", "ve", "ü", "üe", "üan", "ün",
];

/// Whether a word is one pinyin syllable without tone marks (zhi, huang): some converters
/// leave their glosses so (高质(zhi)量).
fn is_syllable(w: &str) -> bool {
    INITIALS
        .iter()
        .any(|i| w.strip_prefix(i).is_some_and(|f| FINALS.contains(&f)))
}

/// Pinyin glosses that script converters leave after characters (會(huì)見, 董事長(zhǎng)): a
/// bracket right after a Han character holding only lower-case pinyin, with a tone mark or as
/// whole syllables.
fn gloss_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut prev_han = false;
    for (i, c) in s.char_indices() {
        if (c == '(' || c == '（') && prev_han {
            let inner = &s[i + c.len_utf8()..];
            let close = inner
                .char_indices()
                .take(24)
                .find(|(_, c)| *c == ')' || *c == '）');
            if let Some((k, closing)) = close {
                let gloss = &inner[..k];
                let pinyin = gloss
                    .chars()
                    .all(|g| g.is_ascii_lowercase() || g == ' ' || g == 'ü' || TONED.contains(g));
                let toned = gloss.chars().any(|g| TONED.contains(g));
                if pinyin && !gloss.is_empty() && (toned || gloss.split(' ').all(is_syllable)) {
                    let end = i + c.len_utf8() + k + closing.len_utf8();
                    out.push((i, end));
                }
            }
        }
        prev_han = ('\u{3400}'..='\u{9FFF}').contains(&c);
    }
    out
}

/// `s` without the pinyin glosses of [`gloss_ranges`].
pub fn without_glosses(s: &str) -> String {
    let glosses = gloss_ranges(s);
    if glosses.is_empty() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for (start, end) in glosses {
        out.push_str(&s[at..start]);
        at = end;
    }
    out.push_str(&s[at..]);
    out
}

const ENTITIES: &[(&str, char)] = &[
    ("&nbsp;", ' '),
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
    ("&ldquo;", '“'),
    ("&rdquo;", '”'),
    ("&middot;", '·'),
    ("&mdash;", '—'),
];

/// First and last code point of the dense traditional-to-simplified table (CJK Extension A and the
/// Unified Ideographs, where all of fast2s's conversions lie).
const T2S_FIRST: u32 = 0x3400;
const T2S_LAST: u32 = 0x9FFF;

/// Traditional -> simplified, one character for one character, as a dense table built once from
/// fast2s (a lookup per character instead of a hash per character).
fn simplify(table: &[char], c: char) -> char {
    let code = c as u32;
    if !(T2S_FIRST..=T2S_LAST).contains(&code) {
        return c;
    }
    table[(code - T2S_FIRST) as usize]
}

/// The table of [`simplify`], built on first use.
fn t2s_table() -> &'static [char] {
    static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let all: String = (T2S_FIRST..=T2S_LAST).filter_map(char::from_u32).collect();
        // Converting the characters apart, each between spaces, keeps fast2s's contextual rules out.
        let spaced: String = all.chars().flat_map(|c| [c, ' ']).collect();
        let converted: Vec<char> = fast2s::convert(&spaced).chars().step_by(2).collect();
        if converted.len() == all.chars().count() {
            converted
        } else {
            all.chars().collect()
        }
    })
}

/// How far (in characters) a space must stand from the line's other spaces to be a wrap's.
const WRAP_WIDTH: usize = 20;

/// Spaces that a copied page's hard line wraps left inside words (来我省考 察): a space between
/// two Han characters, far from any other such space, in a line holding two or more of them.
/// Such spaces close together (记者 刘兵 李子) separate names and stay.
fn wrap_spaces(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in s.split_inclusive('\n') {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let han = |j: Option<&(usize, char)>| j.is_some_and(|c| super::scan::is_han(c.1));
        let spaces: Vec<usize> = (1..chars.len())
            .filter(|&i| chars[i].1 == ' ' && han(chars.get(i - 1)) && han(chars.get(i + 1)))
            .collect();
        let wraps: Vec<usize> = spaces
            .iter()
            .enumerate()
            .filter(|&(k, &i)| {
                let far_before = k == 0 || i - spaces[k - 1] > WRAP_WIDTH;
                let far_after = spaces.get(k + 1).is_none_or(|&n| n - i > WRAP_WIDTH);
                far_before && far_after
            })
            .map(|(_, &i)| i)
            .collect();
        if wraps.len() >= 2 {
            out.extend(
                wraps
                    .iter()
                    .map(|&i| (at + chars[i].0, at + chars[i].0 + 1)),
            );
        }
        at += line.len();
    }
    out
}

/// Normalises `input` for matching and keeps the way back to it.
pub fn normalize(input: &str) -> Normalized {
    let mut markup = markup_ranges(input);
    let wraps: Vec<(usize, usize)> = wrap_spaces(input)
        .into_iter()
        .filter(|w| !markup.iter().any(|m| m.0 <= w.0 && w.1 <= m.1))
        .collect();
    if !wraps.is_empty() {
        markup.extend(wraps);
        markup.sort_unstable();
    }
    let glosses = gloss_ranges(input);
    if !glosses.is_empty() {
        // A gloss inside markup is dropped with it already.
        let outside: Vec<(usize, usize)> = glosses
            .into_iter()
            .filter(|g| !markup.iter().any(|m| m.0 < g.1 && g.0 < m.1))
            .collect();
        markup.extend(outside);
        markup.sort_unstable();
    }
    let mut text = String::with_capacity(input.len());
    let mut anchors: Vec<(u32, u32)> = Vec::new();
    let mut delta: i64 = 0;
    let mut markup_i = 0;
    let table = t2s_table();
    let mut iter = input.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        let sc = simplify(table, c);
        while markup_i < markup.len() && markup[markup_i].1 <= pos {
            markup_i += 1;
        }
        if markup_i < markup.len() && markup[markup_i].0 <= pos {
            continue;
        }
        let mut out = fold_char(sc);
        let mut skip = 0;
        if c == '&' {
            if let Some((ent, ch)) = ENTITIES.iter().find(|(e, _)| input[pos..].starts_with(e)) {
                out = *ch;
                skip = ent.len() - 1;
            }
        }
        if is_dropped(c) {
            continue;
        }
        if c == '\r' && iter.peek().map(|p| p.1) == Some('\n') {
            continue;
        }
        let here = text.len() as i64 - pos as i64;
        if here != delta {
            anchors.push((text.len() as u32, pos as u32));
            delta = here;
        }
        text.push(out);
        // The rest of an entity is consumed without output.
        for _ in 0..skip {
            iter.next();
        }
    }
    Normalized {
        text,
        anchors,
        original_len: input.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(input: &str, needle: &str) -> String {
        let n = normalize(input);
        let at = n
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {:?}", n.text));
        let span = n.to_original(input, Span::new(at, at + needle.len()));
        input[span.start..span.end].to_string()
    }

    #[test]
    fn traditional_becomes_simplified_with_spans_kept() {
        assert_eq!(roundtrip("吉林省委書記黃強會見", "黄强"), "黃強");
        assert_eq!(normalize("戰略合作協議").text, "战略合作协议");
    }

    #[test]
    fn full_width_digits_fold_and_map_back() {
        assert_eq!(
            roundtrip("２０２３年１２月１２日，陕西", "12月12日"),
            "１２月１２日"
        );
        assert_eq!(roundtrip("２０２３年１２月１２日，陕西", "陕西"), "陕西");
    }

    #[test]
    fn markdown_and_html_are_dropped() {
        let input =
            "**撰文丨某某**\n![](https://x.org/a-\nb/1000)\n<p>湖南<b>省</b>政府</p>&nbsp;交通";
        let n = normalize(input);
        assert!(!n.text.contains("http"), "{}", n.text);
        assert!(n.text.contains("湖南省政府"), "{}", n.text);
        assert_eq!(roundtrip(input, "交通"), "交通");
        assert_eq!(roundtrip(input, "湖南省政府"), "湖南<b>省</b>政府");
    }

    #[test]
    fn pinyin_glosses_of_converters_are_dropped_with_spans_kept() {
        let input = "吉林省委書記會(huì)見董事長(zhǎng)周育先（記者 張三）(CEO)";
        let n = normalize(input);
        assert_eq!(n.text, "吉林省委书记会见董事长周育先（记者 张三）（CEO）");
        assert_eq!(roundtrip(input, "会见"), "會(huì)見");
        assert_eq!(roundtrip(input, "董事长"), "董事長");
        // A hard wrap's spaces inside words go; the spaces between a byline's names stay.
        let wrapped = format!(
            "{0}考 察。{1}推介 会。{0}（记者 刘兵 李子）",
            "甲".repeat(30),
            "乙".repeat(30)
        );
        let n = normalize(&wrapped);
        assert!(
            n.text.contains("考察。") && n.text.contains("推介会") && n.text.contains("刘兵 李子")
        );
        // Toneless glosses are whole syllables; a word in brackets is kept.
        let n = normalize("省委书(shu)记黄(huang)坤明签署高质(zhi)量协议(final)");
        assert_eq!(n.text, "省委书记黄坤明签署高质量协议（final）");
    }

    #[test]
    fn scripts_and_controls_never_reach_the_text() {
        let n = normalize("a<script>alert(1)</script>b\u{202E}c\u{0}d");
        assert_eq!(n.text, "abcd");
    }
}
