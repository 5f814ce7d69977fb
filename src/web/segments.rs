//! Cuts the analysed text into pieces that no mention or evidence span crosses, so that
//! overlapping mentions (a quote containing a person) can be drawn as nested marks.

use crate::core::{Article, Event, Mention, Span};

/// A stretch of the text and what covers all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Indexes into the mentions that cover the piece, outermost (longest) first.
    pub mentions: Vec<usize>,
    /// Indexes of the events whose evidence covers the piece.
    pub events: Vec<usize>,
}

/// Whether `start..end` can slice `text`.
pub fn valid_span(text: &str, start: usize, end: usize) -> bool {
    start < end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// The text of a span, or "" when the span does not fit the text.
pub fn slice(text: &str, span: Span) -> &str {
    if valid_span(text, span.start, span.end) {
        &text[span.start..span.end]
    } else {
        ""
    }
}

/// Pieces covering the whole text in order; spans that do not fit the text are ignored.
pub fn pieces(text: &str, mentions: &[Mention], events: &[Event]) -> Vec<Piece> {
    pieces_in(text, mentions, events, 0, text.len())
}

/// Pieces covering `text[from..to]` (a window of a long text): mentions wholly inside it, and
/// evidence cut to it. `from` and `to` must be character boundaries.
pub fn pieces_in(
    text: &str,
    mentions: &[Mention],
    events: &[Event],
    from: usize,
    to: usize,
) -> Vec<Piece> {
    pieces_cut(text, mentions, events, (from, to), &[])
}

/// [`pieces_in`] of the window `from..to`, also cut at `cuts` (where articles meet).
pub fn pieces_cut(
    text: &str,
    mentions: &[Mention],
    events: &[Event],
    (from, to): (usize, usize),
    cuts: &[usize],
) -> Vec<Piece> {
    if !(from <= to && to <= text.len() && text.is_char_boundary(from) && text.is_char_boundary(to))
    {
        return Vec::new();
    }
    // (start, end, index) of the usable spans, by start.
    let mut ms: Vec<(usize, usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.start >= from && m.end <= to && valid_span(text, m.start, m.end))
        .map(|(i, m)| (m.start, m.end, i))
        .collect();
    ms.sort();
    let mut es: Vec<(usize, usize, usize)> = events
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.evidence.iter().map(move |s| (s.start, s.end, i)))
        .filter(|&(s, e, _)| valid_span(text, s, e) && s < to && e > from)
        .map(|(s, e, i)| (s.max(from), e.min(to), i))
        .collect();
    es.sort();

    let extra = cuts.iter().copied();
    let mut cuts: Vec<usize> = vec![from, to];
    cuts.extend(extra.filter(|&c| c > from && c < to && text.is_char_boundary(c)));
    for &(s, e, _) in ms.iter().chain(es.iter()) {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = Vec::with_capacity(cuts.len());
    let (mut next_m, mut next_e) = (0, 0);
    let mut active_m: Vec<(usize, usize, usize)> = Vec::new();
    let mut active_e: Vec<(usize, usize, usize)> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        active_m.retain(|&(_, e, _)| e > a);
        while next_m < ms.len() && ms[next_m].0 <= a {
            if ms[next_m].1 > a {
                active_m.push(ms[next_m]);
            }
            next_m += 1;
        }
        active_e.retain(|&(_, e, _)| e > a);
        while next_e < es.len() && es[next_e].0 <= a {
            if es[next_e].1 > a {
                active_e.push(es[next_e]);
            }
            next_e += 1;
        }
        let mut covering = active_m.clone();
        // Longest first; among equals, the earlier one outside.
        covering.sort_by(|x, y| {
            (y.1 - y.0)
                .cmp(&(x.1 - x.0))
                .then(x.0.cmp(&y.0))
                .then(x.2.cmp(&y.2))
        });
        let mut evs: Vec<usize> = active_e.iter().map(|&(_, _, i)| i).collect();
        evs.sort_unstable();
        evs.dedup();
        out.push(Piece {
            start: a,
            end: b,
            mentions: covering.into_iter().map(|(_, _, i)| i).collect(),
            events: evs,
        });
    }
    out
}

/// The byte range of a window of about `size` bytes of `text` around `at`, on character
/// boundaries and, where one is near, at the start of a line.
pub fn window(text: &str, at: usize, size: usize) -> (usize, usize) {
    if text.len() <= size {
        return (0, text.len());
    }
    let mut from = at.min(text.len()).saturating_sub(size / 3);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    if let Some(nl) = text[..from].rfind('\n').filter(|&nl| from - nl < size / 6) {
        from = nl + 1;
    }
    let mut to = (from + size).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    (from, to)
}

/// The stretches between the articles, where their separator lines (`---`) are: (start, end,
/// the index of the article that follows, none after the last), in order. None for one
/// article that is the whole text.
pub fn article_gaps(text: &str, articles: &[Article]) -> Vec<(usize, usize, Option<usize>)> {
    let mut gaps = Vec::new();
    let mut at = 0;
    for (k, a) in articles.iter().enumerate() {
        if a.start > at && valid_span(text, at, a.start) {
            gaps.push((at, a.start, Some(k)));
        }
        at = at.max(a.end);
    }
    if !articles.is_empty() && valid_span(text, at, text.len()) {
        gaps.push((at, text.len(), None));
    }
    gaps
}
