//! Date expressions: absolute (2023年12月12日, 十二月十二日), ranges (12月12日至13日), relative
//! (当日, 次日, 今年6月, 同年12月), parts of the day, and the dateline at the top of an article.
//!
//! This stage only reads the words; `events` resolves relative dates against the events around them.

/// Which year a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    Explicit(i32),
    /// 今年
    This,
    /// 去年
    Last,
    /// 明年
    Next,
    /// 同年: the year last named.
    Same,
    /// No year written.
    Unwritten,
}

/// A date relative to the event before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// 当日, 同日, 当天, 同一天, 当晚
    SameDay,
    /// 次日, 翌日, 第二天
    NextDay,
    /// 今天, 今日: the publication date (not the event before).
    Today,
    /// 昨天, 昨日, 昨晚: the day before publication.
    Yesterday,
    /// 上周五, 本周二, 星期三: a weekday (0 = Monday) of the publication's week, or of the week
    /// before it.
    Weekday { last_week: bool, day: u8 },
}

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    Absolute {
        year: YearSpec,
        month: Option<u32>,
        day: Option<u32>,
        /// The end of a range: (month if written, day).
        until: Option<(Option<u32>, u32)>,
        /// 年底, 年初 …: the month is approximate.
        approximate: bool,
    },
    Relative(Relative),
    /// 近日, 日前, 近期: some day the text does not give.
    Vague,
}

/// A date expression found in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub expr: DateExpr,
    pub time_of_day: Option<&'static str>,
}

const TIMES_OF_DAY: &[&str] = &[
    "上午", "下午", "中午", "晚上", "傍晚", "凌晨", "早上", "早晨", "当晚", "晚间", "晚",
];
const RELATIVE: &[(&str, Relative)] = &[
    ("同一天", Relative::SameDay),
    ("当日", Relative::SameDay),
    ("同日", Relative::SameDay),
    ("当天", Relative::SameDay),
    ("当晚", Relative::SameDay),
    ("次日", Relative::NextDay),
    ("翌日", Relative::NextDay),
    ("第二天", Relative::NextDay),
    ("今天", Relative::Today),
    ("今日", Relative::Today),
    ("今晚", Relative::Today),
    ("昨天", Relative::Yesterday),
    ("昨日", Relative::Yesterday),
    ("昨晚", Relative::Yesterday),
    ("昨夜", Relative::Yesterday),
];

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | 'О' | 'o' | 'O' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Reads a number at `s`: ASCII digits, or Chinese numerals (十二, 二十三, 二〇二三). Returns value and bytes read.
fn number(s: &str, max_digits: usize) -> Option<(u32, usize)> {
    let ascii: usize = s.bytes().take_while(u8::is_ascii_digit).count();
    if ascii > 0 {
        if ascii > max_digits {
            return None;
        }
        return s[..ascii].parse().ok().map(|v| (v, ascii));
    }
    // Chinese numerals: positional (二〇二三) or with 十 (二十三).
    let mut value = 0u32;
    let mut len = 0;
    let mut count = 0;
    let mut seen_ten = false;
    for c in s.chars() {
        if c == '十' {
            if seen_ten {
                break;
            }
            seen_ten = true;
            value = if count == 0 { 10 } else { value * 10 };
        } else if let Some(d) = cn_digit(c) {
            if seen_ten {
                value += d;
            } else {
                value = value * 10 + d;
            }
        } else {
            break;
        }
        len += c.len_utf8();
        count += 1;
        if count > max_digits.max(3) {
            return None;
        }
    }
    (count > 0).then_some((value, len))
}

fn time_of_day(s: &str) -> Option<(&'static str, usize)> {
    TIMES_OF_DAY
        .iter()
        .find(|t| s.starts_with(**t))
        .map(|t| (*t, t.len()))
}

/// Reads `M月[D日]` at `s`.
fn month_day(s: &str) -> Option<(u32, Option<u32>, usize)> {
    let (m, n) = number(s, 2)?;
    let rest = &s[n..];
    if !rest.starts_with('月') || !(1..=12).contains(&m) {
        return None;
    }
    let mut used = n + '月'.len_utf8();
    if let Some((d, k)) = number(&s[used..], 2) {
        let after = &s[used + k..];
        if (after.starts_with('日') || after.starts_with('号')) && (1..=31).contains(&d) {
            used += k + 3;
            return Some((m, Some(d), used));
        }
        // 12月12—13日, 12月12至13日: the first day of a range, its 日 left out.
        if (1..=31).contains(&d)
            && range_end(after).is_some_and(|((m2, d2), _)| m2.is_none() && d2 > d)
        {
            return Some((m, Some(d), used + k));
        }
    }
    Some((m, None, used))
}

/// Reads the end of a range after 至/到/-: `[M月]D日`.
fn range_end(s: &str) -> Option<((Option<u32>, u32), usize)> {
    let sep = ["至", "到", "—", "-", "～", "~", "－"]
        .iter()
        .find(|p| s.starts_with(**p))?;
    let s2 = &s[sep.len()..];
    if let Some((m, Some(d), n)) = month_day(s2) {
        return Some(((Some(m), d), sep.len() + n));
    }
    // 2023年12月30日至2024年1月3日: the year of the end follows from its month.
    if let Some((_, len)) = number(s2, 4).filter(|(year, _)| *year >= 1000) {
        if s2[len..].starts_with('年') {
            let at = len + '年'.len_utf8();
            if let Some((m, Some(d), n)) = month_day(&s2[at..]) {
                return Some(((Some(m), d), sep.len() + at + n));
            }
        }
    }
    let (d, n) = number(s2, 2)?;
    let after = &s2[n..];
    if (after.starts_with('日') || after.starts_with('号')) && (1..=31).contains(&d) {
        return Some(((None, d), sep.len() + n + 3));
    }
    None
}

/// The characters other than digits that can start a date expression (三月, 近日, 昨天, 上周五).
const DATE_STARTS: &str = "〇零一二三四五六七八九十两近日前不今昨去明同当次翌第上本这周星礼";

/// Finds the date expressions of the normalised text, left to right.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < text.len() {
        if !text.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let s = &text[i..];
        // A number glued to the digits before it is not a date (e.g. 2020年 inside 12020年).
        let first = s.chars().next().unwrap_or(' ');
        // Only these characters can start a date expression: skip the rest cheaply.
        let may_start = first.is_ascii_digit() || DATE_STARTS.contains(first);
        if !may_start {
            i += first.len_utf8();
            continue;
        }
        let glued = i > 0 && bytes[i - 1].is_ascii_digit();
        let found = if glued {
            None
        } else {
            date_at(s).or_else(|| day_only(&text[..i], s))
        };
        // 2018—2020年行动计划: a span of years in a title is no date.
        let found = found.filter(|(expr, _)| {
            !(matches!(expr, DateExpr::Absolute { month: None, .. }) && ends_year_span(&text[..i]))
        });
        if let Some(found) = found {
            let (expr, mut len) = found;
            let mut tod = None;
            if let Some((t, n)) = time_of_day(&text[i + len..]) {
                tod = Some(t);
                len += n;
            }
            out.push(DateMention {
                start: i,
                end: i + len,
                expr,
                time_of_day: tod,
            });
            i += len;
            continue;
        }
        i += s.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Whether `before` ends with a year and a range sign (2018—, 2018-, 2018至).
fn ends_year_span(before: &str) -> bool {
    ["—", "－", "-", "–", "~", "至", "到"].iter().any(|sign| {
        before.strip_suffix(sign).is_some_and(|b| {
            let b = b.strip_suffix('年').unwrap_or(b);
            b.len() >= 4 && b.as_bytes()[b.len() - 4..].iter().all(u8::is_ascii_digit)
        })
    })
}

/// 昨（9）日, 今（10）日: papers write the day of 昨日 and 今日 in brackets; it is the day before
/// (or of) publication all the same.
fn bracketed_day(s: &str) -> Option<(DateExpr, usize)> {
    let rel = match s.chars().next()? {
        '昨' => Relative::Yesterday,
        '今' => Relative::Today,
        _ => return None,
    };
    let rest = s["昨".len()..].strip_prefix('（')?;
    let (_, n) = number(rest, 2)?;
    let after = rest[n..].strip_prefix('）')?.strip_prefix('日')?;
    Some((DateExpr::Relative(rel), s.len() - after.len()))
}

/// A day without its month (15日, 28日至29日): news writes it for days of the current month.
fn day_only(before: &str, s: &str) -> Option<(DateExpr, usize)> {
    if before
        .chars()
        .next_back()
        .is_some_and(|c| "第近数几每前这月".contains(c) || c.is_ascii_digit())
    {
        return None;
    }
    // 访问三日, 为期两日: a count of days after a stay, not the day of the month.
    if !s.starts_with(|c: char| c.is_ascii_digit())
        && DURATION_LEADS.iter().any(|w| before.ends_with(w))
    {
        return None;
    }
    let (d, n) = number(s, 2)?;
    let rest = &s[n..];
    if !(rest.starts_with('日') || rest.starts_with('号')) || !(1..=31).contains(&d) {
        return None;
    }
    let mut used = n + 3;
    let mut until = None;
    if let Some(((None, d2), k)) = range_end(&s[used..]) {
        until = Some((None, d2));
        used += k;
    }
    if s[used..]
        .chars()
        .next()
        .is_some_and(|c| "内以起前后间元".contains(c))
    {
        return None;
    }
    Some((
        DateExpr::Absolute {
            year: YearSpec::Unwritten,
            month: None,
            day: Some(d),
            until,
            approximate: false,
        },
        used,
    ))
}

/// Words of a stay after which a day in Chinese numerals counts days (访问三日).
const DURATION_LEADS: &[&str] = &["访问", "停留", "逗留", "为期", "历时", "考察", "出访", "留"];

const VAGUE: &[&str] = &["近日", "日前", "近期", "前不久", "不久前", "近来"];

fn date_at(s: &str) -> Option<(DateExpr, usize)> {
    if let Some(word) = VAGUE.iter().find(|w| s.starts_with(**w)) {
        // 日前（3月21日）: the day in brackets says which.
        let inner = s[word.len()..].strip_prefix('（');
        if let Some((expr, n)) = inner.and_then(date_at).filter(|d| d.0 != DateExpr::Vague) {
            if inner.is_some_and(|i| i[n..].starts_with('）')) {
                return Some((expr, word.len() + 2 * '（'.len_utf8() + n));
            }
        }
        return Some((DateExpr::Vague, word.len()));
    }
    for (word, rel) in RELATIVE {
        if s.starts_with(word) {
            return Some((DateExpr::Relative(*rel), word.len()));
        }
    }
    if let Some(found) = weekday(s) {
        return Some(found);
    }
    // 郑雁雄昨在福州拜会: 昨 alone before a verb or a preposition, as the Hong Kong press writes.
    if let Some(rest) = s.strip_prefix('昨') {
        if rest.starts_with(|c: char| "在于赴与到同向率会出抵召举分访接".contains(c))
        {
            return Some((DateExpr::Relative(Relative::Yesterday), '昨'.len_utf8()));
        }
    }
    if let Some(found) = bracketed_day(s).or_else(|| dashed_date(s)) {
        return Some(found);
    }
    let (year, used) = year_at(s)?;
    month_and_day(s, year, used)
}

/// Words before a weekday, and whether they mean the week before publication's.
const WEEK_WORDS: &[(&str, bool)] = &[
    ("上周", true),
    ("上星期", true),
    ("上礼拜", true),
    ("本周", false),
    ("这周", false),
    ("本星期", false),
    ("周", false),
    ("星期", false),
    ("礼拜", false),
];

/// 上周五, 本周二, 星期三 (not 周一至周五, the days of a week in general, nor 周年).
fn weekday(s: &str) -> Option<(DateExpr, usize)> {
    let (word, last_week) = WEEK_WORDS.iter().find(|(w, _)| s.starts_with(w))?;
    let rest = &s[word.len()..];
    let c = rest.chars().next()?;
    let day = "一二三四五六日天".find(c).map(|i| (i / 3).min(6) as u8)?;
    let after = &rest[c.len_utf8()..];
    if after.starts_with(['至', '到', '-', '—', '、', '～', '~']) {
        return None;
    }
    // 周 alone is also a surname (周天育): then a weekday needs a time, a preposition or a stop
    // after it.
    let ends = after.is_empty()
        || after.starts_with(|c: char| !super::scan::is_han(c) || "在于与赴到晚早".contains(c))
        || time_of_day(after).is_some();
    if *word == "周" && !ends {
        return None;
    }
    let expr = DateExpr::Relative(Relative::Weekday {
        last_week: *last_week,
        day,
    });
    Some((expr, word.len() + c.len_utf8()))
}

/// A written year (`2023` is a year when it is a valid one), an integer and its length.
fn year_number(s: &str) -> Option<(u32, usize)> {
    number(s, 4).filter(|(y, n)| *n >= 4 && (1900..=2100).contains(y))
}

/// 2023-12-24, 2023.12.24, 2023/12/24.
fn dashed_date(s: &str) -> Option<(DateExpr, usize)> {
    let (y, n) = year_number(s)?;
    let rest = &s[n..];
    let sep = ['-', '.', '/'].into_iter().find(|c| rest.starts_with(*c))?;
    let r = &rest[1..];
    let (m, k) = number(r, 2)?;
    if !r[k..].starts_with(sep) || !(1..=12).contains(&m) {
        return None;
    }
    let (d, k2) = number(&r[k + 1..], 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let expr = DateExpr::Absolute {
        year: YearSpec::Explicit(y as i32),
        month: Some(m),
        day: Some(d),
        until: None,
        approximate: false,
    };
    Some((expr, n + 1 + k + 1 + k2))
}

/// The year a date starts with (今年, 2023年), or none written; `None` when a number that
/// could be a year is not one (2023 alone).
fn year_at(s: &str) -> Option<(YearSpec, usize)> {
    let words = ["今年", "去年", "明年", "同年", "当年"];
    if let Some(word) = words.iter().find(|w| s.starts_with(**w)) {
        let spec = match *word {
            "今年" => YearSpec::This,
            "去年" => YearSpec::Last,
            "明年" => YearSpec::Next,
            _ => YearSpec::Same,
        };
        return Some((spec, word.len()));
    }
    match year_number(s) {
        // 2015年度联席会议: a year's round of something, not the day it met.
        Some((_, n)) if s[n..].starts_with("年度") => None,
        Some((y, n)) if s[n..].starts_with('年') => Some((YearSpec::Explicit(y as i32), n + 3)),
        Some(_) => None,
        None => Some((YearSpec::Unwritten, 0)),
    }
}

/// The month and day after a year (`used` bytes of `s`), a range's end, or 年底/年初 for a month.
fn month_and_day(s: &str, year: YearSpec, mut used: usize) -> Option<(DateExpr, usize)> {
    let (mut month, mut day, mut until, mut approximate) = (None, None, None, false);
    if let Some((m, d, n)) = month_day(&s[used..]) {
        month = Some(m);
        day = d;
        used += n;
        if d.is_some() {
            if let Some((end, n)) = range_end(&s[used..]) {
                until = Some(end);
                used += n;
            }
        }
    } else if year != YearSpec::Unwritten {
        let season = [
            ("年底", 12),
            ("底", 12),
            ("年末", 12),
            ("末", 12),
            ("年初", 1),
            ("初", 1),
        ];
        if let Some((word, m)) = season.iter().find(|(w, _)| s[used..].starts_with(w)) {
            month = Some(*m);
            approximate = true;
            used += word.len();
        }
    }
    // A bare 今年/同年 without a month is background, not a date of an event.
    if month.is_none() && !matches!(year, YearSpec::Explicit(_)) {
        return None;
    }
    let expr = DateExpr::Absolute {
        year,
        month,
        day,
        until,
        approximate,
    };
    Some((expr, used))
}

/// The publication date at the top of an article: a short line near the start that gives a full
/// date (2023年12月24日　07:58, 来源：某报 2024-06-18, 新华社北京2024年8月9日电).
pub fn dateline(text: &str) -> Option<(i32, u32, u32)> {
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(6) {
        let line = line.trim();
        let dates = find_dates(line);
        let dispatched = dispatch_headers(line, &dates)
            .first()
            .is_some_and(|h| h.0 == 0 && dates.iter().any(|d| d.start >= h.0 && d.end <= h.1));
        // A sentence of the report is no dateline, however early it comes.
        let short = line.chars().count() <= 40 && !line.contains('，') && !line.contains('。');
        if !dispatched && !short {
            continue;
        }
        let full = dates.iter().find_map(|d| match d.expr {
            DateExpr::Absolute {
                year: YearSpec::Explicit(y),
                month: Some(m),
                day: Some(dd),
                until: None,
                ..
            } => Some((y, m, dd)),
            _ => None,
        });
        if let Some(found) = full.or_else(|| numeric_date(line)) {
            return Some(found);
        }
    }
    None
}

/// A date written in digits with separators (2024-06-18, 2024/6/18, 2024.06.18).
fn numeric_date(line: &str) -> Option<(i32, u32, u32)> {
    let b = line.as_bytes();
    for start in 0..b.len().saturating_sub(7) {
        if start > 0 && b[start - 1].is_ascii_digit() {
            continue;
        }
        let mut parts = [0u32; 3];
        let mut at = start;
        let mut ok = true;
        for (n, part) in parts.iter_mut().enumerate() {
            let from = at;
            while at < b.len() && b[at].is_ascii_digit() && at - from < 4 {
                *part = *part * 10 + u32::from(b[at] - b'0');
                at += 1;
            }
            let digits = at - from;
            let sep = b.get(at).copied();
            ok &= match n {
                0 => digits == 4 && matches!(sep, Some(b'-' | b'/' | b'.')),
                1 => (1..=2).contains(&digits) && sep == b.get(start + 4).copied(),
                _ => (1..=2).contains(&digits) && !sep.is_some_and(|c| c.is_ascii_digit()),
            };
            if !ok {
                break;
            }
            if n < 2 {
                at += 1;
            }
        }
        let [y, m, d] = parts;
        if ok && (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
            return Some((y as i32, m, d));
        }
    }
    None
}

/// Words that end a news agency's dispatch header right after its date: 新华社北京12月12日电.
const DISPATCH_ENDS: &[&str] = &["电", "讯", "消息"];

/// Where a dispatch header's word ends after its date: right after it (11月20日电) or after the
/// place it was filed from (10月28日济南消息).
fn dispatch_end(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    let place: usize = rest
        .chars()
        .take(4)
        .take_while(|c| super::scan::is_han(*c) && !DISPATCH_ENDS.iter().any(|w| w.starts_with(*c)))
        .map(char::len_utf8)
        .sum();
    [0, place].into_iter().find_map(|skip| {
        DISPATCH_ENDS
            .iter()
            .find(|w| rest[skip..].starts_with(**w))
            .map(|w| from + skip + w.len())
    })
}

/// An outlet's header with no date at the start of a line (香港文汇报讯（记者…）): a few Han
/// characters ending in 讯, then a bracket or a space.
fn undated_headers(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let head: String = line[lead..]
            .chars()
            .take_while(|c| super::scan::is_han(*c))
            .collect();
        let n = head.chars().count();
        let next = line[lead + head.len()..].chars().next();
        if (3..=12).contains(&n)
            && head.ends_with('讯')
            && next.is_some_and(|c| matches!(c, '（' | '(' | ' ' | '　' | '：' | ':'))
        {
            out.push((at + lead, at + lead + head.len()));
        }
        at += line.len();
    }
    out
}

/// A filing date in brackets opening a line, with the place it was filed from
/// (（2010年11月23日 南京）): a header, not the day of the meeting the line then dates.
fn bracketed_header(text: &str, d: &DateMention) -> Option<(usize, usize)> {
    let line_start = text[..d.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..d.start].trim_start();
    let bracket = before.chars().last().filter(|c| matches!(c, '（' | '('))?;
    if before.len() != bracket.len_utf8()
        || !matches!(d.expr, DateExpr::Absolute { day: Some(_), .. })
    {
        return None;
    }
    let rest = &text[d.end..];
    let inner = rest.trim_start_matches([' ', '　']);
    let place: usize = inner
        .chars()
        .take(4)
        .take_while(|c| super::scan::is_han(*c))
        .map(char::len_utf8)
        .sum();
    let close = inner[place..]
        .chars()
        .next()
        .filter(|c| matches!(c, '）' | ')'))?;
    let end = d.end + (rest.len() - inner.len()) + place + close.len_utf8();
    Some((d.start - bracket.len_utf8(), end))
}

/// Dispatch headers at the start of a line (新华社长沙11月20日电, 本报北京12月3日讯): the agency,
/// the place it was filed from and the filing date. They name no party, place or date of an event,
/// so the scan skips them. `dates` are [`find_dates`] of `text`.
pub fn dispatch_headers(text: &str, dates: &[DateMention]) -> Vec<(usize, usize)> {
    let mut headers = undated_headers(text);
    headers.extend(dates.iter().filter_map(|d| bracketed_header(text, d)));
    for d in dates {
        let Some(end) = dispatch_end(text, d.end) else {
            continue;
        };
        let line_start = text[..d.start].rfind('\n').map_or(0, |i| i + 1);
        let before = text[line_start..d.start].trim_start_matches(|c: char| c.is_whitespace());
        // The agency and the place: a few Han characters, nothing that reads as a sentence.
        let n = before.chars().count();
        // What follows is a byline, a space or the first date, never more of a word (日电视台).
        let next_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !super::scan::is_han(c))
            || dates.iter().any(|o| o.start == end);
        if (2..=14).contains(&n)
            && next_ok
            // 东南网-福建日报6月28日讯: two outlets joined by a dash are one agency;
            // 新华社四川成都/陕西汉中7月29日电: two places filed from.
            && before
                .chars()
                .all(|c| super::scan::is_han(c) || matches!(c, '-' | '—' | '·' | '/' | '／'))
            && before.chars().next().is_some_and(super::scan::is_han)
            && matches!(d.expr, DateExpr::Absolute { day: Some(_), .. })
        {
            headers.push((d.start - before.len(), end));
        }
    }
    headers.sort_unstable();
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> DateExpr {
        let found = find_dates(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found[0].expr
    }

    #[test]
    fn absolute_dates_and_ranges() {
        assert_eq!(
            one("2023年12月12日，"),
            DateExpr::Absolute {
                year: YearSpec::Explicit(2023),
                month: Some(12),
                day: Some(12),
                until: None,
                approximate: false
            }
        );
        assert_eq!(
            one("11月30日至12月2日"),
            DateExpr::Absolute {
                year: YearSpec::Unwritten,
                month: Some(11),
                day: Some(30),
                until: Some((Some(12), 2)),
                approximate: false
            }
        );
    }

    #[test]
    fn ranges_within_a_month_with_or_without_the_first_day_s_word() {
        for s in [
            "12月12日至13日",
            "12月12—13日",
            "12月12-13日",
            "12月12至13日",
        ] {
            assert_eq!(
                one(s),
                DateExpr::Absolute {
                    year: YearSpec::Unwritten,
                    month: Some(12),
                    day: Some(12),
                    until: Some((None, 13)),
                    approximate: false
                },
                "{s}"
            );
        }
    }

    #[test]
    fn a_range_may_end_in_the_next_year() {
        assert_eq!(
            one("2023年12月30日至2024年1月3日"),
            DateExpr::Absolute {
                year: YearSpec::Explicit(2023),
                month: Some(12),
                day: Some(30),
                until: Some((Some(1), 3)),
                approximate: false
            }
        );
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(
            one("二〇二三年十二月十二日"),
            DateExpr::Absolute {
                year: YearSpec::Explicit(2023),
                month: Some(12),
                day: Some(12),
                until: None,
                approximate: false
            }
        );
        assert_eq!(
            one("三月二十八日"),
            DateExpr::Absolute {
                year: YearSpec::Unwritten,
                month: Some(3),
                day: Some(28),
                until: None,
                approximate: false
            }
        );
    }

    #[test]
    fn relative_words_and_time_of_day() {
        let d = find_dates("次日上午，");
        assert_eq!(d[0].expr, DateExpr::Relative(Relative::NextDay));
        assert_eq!(d[0].time_of_day, Some("上午"));
        assert_eq!(
            one("同年12月"),
            DateExpr::Absolute {
                year: YearSpec::Same,
                month: Some(12),
                day: None,
                until: None,
                approximate: false
            }
        );
        assert!(find_dates("今年以来，").is_empty());
    }

    #[test]
    fn a_day_without_its_month() {
        assert_eq!(
            one("15日上午，"),
            DateExpr::Absolute {
                year: YearSpec::Unwritten,
                month: None,
                day: Some(15),
                until: None,
                approximate: false
            }
        );
        assert!(find_dates("在30日内完成").is_empty());
        assert!(find_dates("第2日").is_empty());
    }

    #[test]
    fn dateline_is_read_from_the_top() {
        assert_eq!(
            dateline("标题\n副标题\n\n2023年12月24日　07:58\n\n正文"),
            Some((2023, 12, 24))
        );
        assert_eq!(dateline("标题\n12月23日，某省与某部签署协议。"), None);
        assert_eq!(
            dateline("标题\n来源：某日报　2024-06-18 08:30\n正文"),
            Some((2024, 6, 18))
        );
        assert_eq!(
            dateline("标题\n发布时间：2024年06月18日\n正文"),
            Some((2024, 6, 18))
        );
        assert_eq!(dateline("标题\n2024/6/8\n正文"), Some((2024, 6, 8)));
        assert_eq!(dateline("标题\n编号 12024-06-18\n正文"), None);
    }
}
