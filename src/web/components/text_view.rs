//! The analysed article with its mentions marked by kind. Overlapping mentions are cut into
//! pieces (see `segments`) and drawn as nested marks; the selected event's sentences are
//! marked `data-active="true"`. With several articles, each starts under a rule with its
//! title and a field for its date, in place of the separator line (`---`) it has in the text.
//!
//! The view is one tab stop: the arrow keys (Home, End) move between its marks, which are
//! focusable but not in the tab order (hundreds of them would be hundreds of Tab presses).

use yew::prelude::*;

use crate::core::{Document, Mention, MentionKind};
use crate::web::components::roving::rove;
use crate::web::i18n::{article_name, article_number, id_name, role_name_label, EntityNames, Lang};
use crate::web::segments::{article_gaps, pieces_cut, window, Piece};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub doc: Shared<Document>,
    pub text: Shared<str>,
    pub selected: Option<usize>,
    pub lang: Lang,
    /// The parties' names, for the marks' tooltips (see `entity_names`).
    #[prop_or_default]
    pub names: Shared<EntityNames>,
    /// An article's index and the date the user set for it (`YYYY-MM-DD`, or empty for none).
    #[prop_or_default]
    pub on_article_date: Callback<(usize, String)>,
}

pub fn mention_kind_label(kind: MentionKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        MentionKind::Person => ("人物", "Person"),
        MentionKind::Party => ("单位", "Party"),
        MentionKind::Title => ("职务", "Title"),
        MentionKind::Date => ("日期", "Date"),
        MentionKind::Agreement => ("协议", "Agreement"),
        MentionKind::Quote => ("引语", "Quote"),
    };
    lang.tr(zh, en)
}

/// What a mention resolves to, for its tooltip, in words: a party by its name (a province's
/// code as the province), a person's role by its label (the core glosses people with a role's
/// name, `party_secretary`).
pub fn tooltip(m: &Mention, names: &EntityNames, lang: Lang) -> String {
    let mut parts = vec![mention_kind_label(m.kind, lang).to_string()];
    if let Some(r) = m.resolved.as_deref().filter(|r| !r.is_empty()) {
        parts.push(match m.kind {
            MentionKind::Party => id_name(names, r, Lang::Zh),
            _ => r.to_string(),
        });
    }
    if let Some(e) = m.english.as_deref().filter(|e| !e.is_empty()) {
        let gloss = match m.kind {
            MentionKind::Person => role_name_label(e, lang).map(str::to_string),
            _ => Some(e.to_string()),
        };
        parts.extend(gloss.filter(|g| !parts.contains(g)));
    }
    parts.join(" · ")
}

const KINDS: [MentionKind; 6] = [
    MentionKind::Person,
    MentionKind::Party,
    MentionKind::Title,
    MentionKind::Date,
    MentionKind::Agreement,
    MentionKind::Quote,
];

/// What a piece of text is drawn with: the document, its parties' names, the selected event.
struct Marking<'a> {
    doc: &'a Document,
    names: &'a EntityNames,
    selected: Option<usize>,
    lang: Lang,
}

fn render_piece(text: &str, piece: &Piece, marking: &Marking) -> Html {
    let Marking {
        doc,
        names,
        selected,
        lang,
    } = *marking;
    let mut node = html! { { text[piece.start..piece.end].to_string() } };
    for &mi in piece.mentions.iter().rev() {
        let m = &doc.mentions[mi];
        let tip = tooltip(m, names, lang);
        let first = m.start == piece.start;
        node = html! {
            <mark class={classes!("mention", format!("mention-{}", m.kind.as_str()))}
                data-kind={m.kind.as_str()} title={tip.clone()} data-tip={tip}
                data-resolved={m.resolved.as_deref().map(|r| AttrValue::from(r.to_string()))}
                tabindex={first.then_some("-1")}>
                { node }
            </mark>
        };
    }
    if piece.events.is_empty() {
        return node;
    }
    let active = selected.is_some_and(|s| piece.events.contains(&s));
    let ids = piece
        .events
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <span class="evidence" data-testid="evidence" data-events={ids} data-active={active.to_string()}>
            { node }
        </span>
    }
}

/// The rule drawn at the head of article `next` (over its separator line, if any): its number,
/// its title and a field for its date, which is written into that line (none after the last).
fn boundary(
    doc: &Document,
    next: Option<usize>,
    lang: Lang,
    on_date: &Callback<(usize, String)>,
) -> Html {
    let head = next.map(|k| {
        let onchange = on_date.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            (k, input.value())
        });
        let date = doc.articles[k].reference_date.clone().unwrap_or_default();
        // The label names the date field for assistive technologies too.
        html! {
            <label lang="zh-Hans">
                { format!("{} · {}", article_number(k, lang), article_name(doc, k, lang)) }
                <input type="date" data-testid="article-date" value={date} {onchange} />
            </label>
        }
    });
    html! {
        <div class="article-boundary" data-testid="article-boundary"
            data-article={next.map(|k| k.to_string())}>
            { for head }
        </div>
    }
}

/// Longer texts are drawn a window of this many bytes at a time, around the selected meeting:
/// thousands of marks at once would hold the page up for seconds.
pub const WINDOW_BYTES: usize = 16 * 1024;

#[function_component(TextView)]
pub fn text_view(props: &TextViewProps) -> Html {
    let lang = props.lang;
    let at = props
        .selected
        .and_then(|i| props.doc.events.get(i))
        .and_then(|e| e.evidence.first())
        .map_or(0, |s| s.start);
    let (from, to) = window(&props.text, at, WINDOW_BYTES);
    let cut = use_memo(
        (props.doc.clone(), props.text.clone(), from, to),
        |(doc, text, from, to)| {
            let gaps = article_gaps(text, &doc.articles);
            let cuts: Vec<usize> = gaps.iter().flat_map(|g| [g.0, g.1]).collect();
            let pieces = pieces_cut(text, &doc.mentions, &doc.events, (*from, *to), &cuts);
            (pieces, gaps)
        },
    );
    let (pieces, gaps) = &*cut;
    let text: &str = &props.text;
    let partial = (from, to) != (0, text.len());
    let marking = Marking {
        doc: &props.doc,
        names: &props.names,
        selected: props.selected,
        lang,
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        rove(&e, ".text-view", "mark[tabindex]");
    });
    html! {
        <section class="text-panel" aria-label={lang.tr("原文", "Article text")}>
            <h2 class="panel-title">{ lang.tr("原文标注", "Marked-up text") }</h2>
            <ul class="legend" aria-label={lang.tr("图例", "Legend")}>
                { for KINDS.iter().map(|k| html! {
                    <li><mark class={classes!("mention", format!("mention-{}", k.as_str()))} data-legend={k.as_str()}>
                        { mention_kind_label(*k, lang) }
                    </mark></li>
                }) }
            </ul>
            if partial {
                <p class="hint" data-testid="text-window" data-from={from.to_string()} data-to={to.to_string()}>
                    { match lang {
                        Lang::Zh => format!("长文本：显示第 {} 至 {} 字节（共 {} 字节）。点选会见卡片可跳到其原文。", from, to, text.len()),
                        Lang::En => format!("Long text: showing bytes {} to {} of {}. Pick a meeting card to see its passage.", from, to, text.len()),
                    } }
                </p>
            }
            <div class="text-view" id="huitan-text" data-testid="text-view" lang="zh-Hans" tabindex="0"
                role="document" {onkeydown} aria-label={lang.tr("标注后的原文（方向键移动）", "The article with its mentions marked (arrow keys move)")}>
                // The first article's head, when no separator line comes before it.
                if from == 0 && props.doc.articles.len() > 1 && props.doc.articles[0].start == 0 {
                    { boundary(&props.doc, Some(0), lang, &props.on_article_date) }
                }
                { for pieces.iter().map(|p| {
                    // A separator line is drawn as a rule, once, where its stretch starts.
                    let gap = gaps.partition_point(|g| g.0 <= p.start).checked_sub(1).map(|i| gaps[i]);
                    match gap.filter(|g| p.start < g.1) {
                        Some(g) if p.start == g.0.max(from) => boundary(&props.doc, g.2, lang, &props.on_article_date),
                        Some(_) => Html::default(),
                        None => render_piece(text, p, &marking),
                    }
                }) }
            </div>
        </section>
    }
}
