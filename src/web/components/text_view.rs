//! The analysed article with its mentions marked by kind. Overlapping mentions are cut into
//! pieces (see `segments`) and drawn as nested marks; the selected event's sentences are
//! marked `data-active="true"`.

use yew::prelude::*;

use crate::core::{Document, Mention, MentionKind};
use crate::web::i18n::Lang;
use crate::web::segments::{pieces_in, window, Piece};
use crate::web::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub doc: Shared<Document>,
    pub text: Shared<str>,
    pub selected: Option<usize>,
    pub lang: Lang,
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

/// What a mention resolves to, for its tooltip.
pub fn tooltip(m: &Mention, lang: Lang) -> String {
    let mut parts = vec![mention_kind_label(m.kind, lang).to_string()];
    if let Some(r) = m.resolved.as_deref().filter(|r| !r.is_empty()) {
        parts.push(r.to_string());
    }
    if let Some(e) = m.english.as_deref().filter(|e| !e.is_empty()) {
        parts.push(e.to_string());
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

fn render_piece(
    text: &str,
    doc: &Document,
    piece: &Piece,
    selected: Option<usize>,
    lang: Lang,
) -> Html {
    let mut node = html! { { text[piece.start..piece.end].to_string() } };
    for &mi in piece.mentions.iter().rev() {
        let m = &doc.mentions[mi];
        let tip = tooltip(m, lang);
        let first = m.start == piece.start;
        node = html! {
            <mark class={classes!("mention", format!("mention-{}", m.kind.as_str()))}
                data-kind={m.kind.as_str()} title={tip.clone()} data-tip={tip}
                data-resolved={m.resolved.as_deref().map(|r| AttrValue::from(r.to_string()))}
                tabindex={first.then_some("0")}>
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
        |(doc, text, from, to)| pieces_in(text, &doc.mentions, &doc.events, *from, *to),
    );
    let text: &str = &props.text;
    let partial = (from, to) != (0, text.len());
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
            <div class="text-view" data-testid="text-view" lang="zh-Hans" tabindex="0"
                role="document" aria-label={lang.tr("标注后的原文", "The article with its mentions marked")}>
                { for cut.iter().map(|p| render_piece(text, &props.doc, p, props.selected, lang)) }
            </div>
        </section>
    }
}
