//! An article's title: its first headline-like line, past a web page's navigation bars, bylines
//! and page tools (the words are `lexicon::tables::PAGE_FURNITURE`).
//!
//! The cards name the article that reports a meeting by it, so it must read as a headline, not
//! as a site's menu or the first sentence of the report in full.

use crate::core::dates;
use crate::core::lexicon::tables::{BREADCRUMB_ARROWS, NAV_SEPARATORS, PAGE_FURNITURE};

/// A line longer than this is a paragraph, not a headline.
const HEADLINE_MAX_CHARS: usize = 40;
/// A line shorter than this is a section's label (要闻), kept only when nothing better comes.
const HEADLINE_MIN_CHARS: usize = 3;
/// A title made from a paragraph's first sentence is cut to this many characters.
const CLIP_CHARS: usize = 30;
/// How many non-empty lines are looked at: a page's furniture comes before its headline.
const LOOK_LINES: usize = 30;
/// An item of a navigation bar is a word or two (首页, 新闻中心, 政务公开).
const NAV_ITEM_CHARS: usize = 8;

/// The title of an article: its first headline-like line; else the first sentence of its
/// first paragraph, clipped; else its first line, clipped. Empty only for an empty article.
pub fn headline(text: &str) -> String {
    let mut short = None;
    let mut first = None;
    for line in text
        .lines()
        .map(clean)
        .filter(|l| !l.is_empty())
        .take(LOOK_LINES)
    {
        first.get_or_insert(line);
        if is_furniture(line) {
            continue;
        }
        let chars = line.chars().count();
        if chars > HEADLINE_MAX_CHARS || line.contains('。') {
            // The report has begun: no headline above it.
            return clip(line.split('。').next().unwrap_or(line));
        }
        if chars >= HEADLINE_MIN_CHARS {
            return line.to_string();
        }
        short.get_or_insert(line);
    }
    short.or(first).map(clip).unwrap_or_default()
}

/// A line without its surrounding spaces (also ideographic ones) and Markdown heading marks.
fn clean(line: &str) -> &str {
    line.trim().trim_start_matches('#').trim()
}

/// The first `CLIP_CHARS` characters of `s`, with an ellipsis when it was longer.
fn clip(s: &str) -> String {
    match s.char_indices().nth(CLIP_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// Whether a line is a page's furniture: a navigation bar, a byline or page tool, a date or
/// dateline alone, a web address.
fn is_furniture(line: &str) -> bool {
    let opened = line.trim_start_matches(|c: char| "【[（(<《".contains(c) || c.is_whitespace());
    PAGE_FURNITURE.iter().any(|w| opened.starts_with(w))
        || line.contains("http://")
        || line.contains("https://")
        || line.contains("www.")
        || is_navigation(line)
        || dates::dateline(line).is_some()
}

/// Whether a line is a navigation bar or breadcrumb: several short items between separators
/// (首页 > 新闻中心 > 要闻, 首页 | 政务 | 服务 | 互动), or many between spaces.
fn is_navigation(line: &str) -> bool {
    let mut items = 0;
    for item in line
        .split(|c: char| {
            c.is_whitespace() || NAV_SEPARATORS.contains(c) || BREADCRUMB_ARROWS.contains(c)
        })
        .filter(|i| !i.is_empty())
    {
        if item.chars().count() > NAV_ITEM_CHARS {
            return false;
        }
        items += 1;
    }
    let arrows = line.chars().any(|c| BREADCRUMB_ARROWS.contains(c));
    let marked = line.chars().any(|c| NAV_SEPARATORS.contains(c));
    items
        >= if arrows {
            2
        } else if marked {
            3
        } else {
            4
        }
}
