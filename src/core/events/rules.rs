//! The named rules that read meetings: which pairs of parties a clause says met, and what kind
//! of meeting each was. Each rule is a name, a guard over the clause and a production.
//!
//! [`PAIR_RULES`] are tried in order and the first that pairs anyone wins; [`KIND_RULES`] then
//! settle the kind. Every event keeps the names of the rules that made it (the `rules` field of
//! the output), so that a wrong link points to its rule. The rules' example sentences are the
//! table `RULE_EXAMPLES` in `core/tests.rs`.

use super::parties::{is_home, national, Occ};
use super::{Pair, PairSpans, Reader};
use crate::core::document::{EventKind, PartyKind, Role};
use crate::core::lexicon::{lexicon, Entry, Tok};
use crate::core::scan::{Item, What};

/// What a pairing rule sees: one clause of a sentence, with the sentence's home side.
pub(super) struct Clause<'c> {
    pub items: &'c [Item],
    /// The clause is `items[c0..c1]`.
    pub c0: usize,
    pub c1: usize,
    /// The meeting verbs the clause tells (those that only describe someone when it has no other).
    pub triggers: Vec<EventKind>,
    /// The parties of this clause.
    pub clause_occs: Vec<Occ>,
    /// The home side of the sentence (a province, city or the corps, and those listed with it).
    pub side: &'c [Entry],
    pub side_spans: &'c [Option<(usize, usize)>],
    /// Pairs written out with 与/同/和 (A与B、C与D).
    pub pairs_written: &'c [(Occ, Occ)],
    /// The clause's parties that are not the home side, nor a place, nor the Party centre.
    pub counterparts: Vec<Occ>,
    /// A national leader named in the clause.
    pub leader: Option<usize>,
}

/// What a pairing rule makes: the pairs that met, the kind when the rule decides it, and the
/// kind of each counterpart's own meeting when a clause holds several (拜会A，并与B会谈).
#[derive(Default)]
pub(super) struct Production {
    pub pairs: Vec<(Pair, PairSpans)>,
    pub kind: Option<EventKind>,
    pub own_kind: Vec<(Entry, EventKind)>,
}

/// A named way of telling who met whom.
pub(super) struct PairRule {
    pub name: &'static str,
    /// `None` when the rule does not apply to the clause.
    pub read: fn(&Reader, &Clause) -> Option<Production>,
}

/// The pairing rules, in the order they are tried.
pub(super) const PAIR_RULES: &[PairRule] = &[
    PairRule {
        name: "leader-inspects-place",
        read: leader_inspects_place,
    },
    PairRule {
        name: "listed-pairs",
        read: listed_pairs,
    },
    PairRule {
        name: "home-meets-counterparts",
        read: home_meets_counterparts,
    },
    PairRule {
        name: "home-sides-meet",
        read: home_sides_meet,
    },
    PairRule {
        name: "delegation-in-other-place",
        read: delegation_in_other_place,
    },
    PairRule {
        name: "official-inspects-place",
        read: official_inspects_place,
    },
    PairRule {
        name: "written-pair",
        read: written_pair,
    },
    PairRule {
        name: "body-meets-body",
        read: body_meets_body,
    },
];

/// The rules of a whole sentence (`sentence.rs`) and of gatherings, by the names events carry.
pub(super) const SENTENCE_RULES: &[&str] = &[
    // 他/她 as the subject: the side last named.
    "pronoun-subject",
    // 上午…；下午，拜会…: a verb with no one before it goes on with the side just told.
    "subject-goes-on",
    // …参加上述活动: people who took part in all the meetings told above.
    "attends-all-above",
    // 会见后，双方签署了…: what is told right after a meeting belongs to it.
    "goes-on-about-last-meeting",
    // 7月6日，双方举行合作会议: the same two sides meet again on the day written.
    "same-sides-again",
    // A gathering of three or more parties: one conference event, no links.
    "gathering-of-many",
    // A session of the NPC or the CPPCC: a conference.
    "congress-session",
];

/// What decides the kind of a meeting once its pairs are known.
pub(super) struct Setting<'s> {
    pub triggers: &'s [EventKind],
    /// A delegation (代表团) is named in the sentence.
    pub delegation: bool,
    /// The home side acts before the clause's inspection verb (省委书记…在浙江考察).
    pub home_inspects: bool,
    pub pairs: &'s [(Pair, PairSpans)],
    pub leader: Option<usize>,
}

/// A named way of settling the kind: `None` when the rule does not change `kind`.
pub(super) struct KindRule {
    pub name: &'static str,
    pub settle: fn(&Setting, EventKind) -> Option<EventKind>,
}

/// The kind rules, applied in order to the kind the verbs (or the pairing rule) gave.
pub(super) const KIND_RULES: &[KindRule] = &[
    KindRule {
        name: "delegation-visit",
        settle: delegation_visit,
    },
    KindRule {
        name: "visit-not-inspection",
        settle: visit_not_inspection,
    },
    KindRule {
        name: "bilateral-not-conference",
        settle: bilateral_not_conference,
    },
    KindRule {
        name: "official-received",
        settle: official_received,
    },
];

fn pair_spans(a: &Occ, b: &Occ) -> PairSpans {
    [
        (!a.from_person).then_some(a.span),
        (!b.from_person).then_some(b.span),
    ]
}

/// A province, for a city's occurrence its province.
fn province_of(o: &Occ) -> Entry {
    province_of_entry(o.entry)
}

/// A province, for a city its province.
fn province_of_entry(entry: Entry) -> Entry {
    let lex = lexicon();
    match entry {
        Entry::City(i) => lex.entry(lex.cities[i].province).unwrap_or(entry),
        e => e,
    }
}

/// 习近平在四川考察: a national leader's inspection of a place links the Party centre (the State
/// Council for the premier and vice premiers) with the place.
fn leader_inspects_place(r: &Reader, c: &Clause) -> Option<Production> {
    let leader = c.leader?;
    if !c.triggers.contains(&EventKind::Inspection) || !c.counterparts.iter().all(|o| o.home) {
        return None;
    }
    let lex = lexicon();
    let occ = c.clause_occs.iter().find(|o| o.home)?;
    let place = province_of(occ);
    let roles = &r.people[leader].roles;
    let centre_id = if roles.contains(&Role::Premier) || roles.contains(&Role::VicePremier) {
        "国务院"
    } else {
        "中共中央"
    };
    let centre = lex.entry(centre_id).or_else(|| lex.entry("中共中央"))?;
    Some(Production {
        // The place is named as the text writes it (宁夏), not by its code.
        pairs: vec![(
            [centre, place],
            [None, (place == occ.entry).then_some(occ.span)],
        )],
        kind: Some(EventKind::Inspection),
        own_kind: Vec::new(),
    })
}

/// 湖南与教育部、湖北与交通运输部分别签署: two or more pairs written out, each its own meeting.
fn listed_pairs(_: &Reader, c: &Clause) -> Option<Production> {
    if c.pairs_written.len() < 2 {
        return None;
    }
    let pairs = c
        .pairs_written
        .iter()
        .filter(|(x, _)| x.at >= c.c0 && x.at < c.c1)
        .map(|(x, y)| ([x.entry, y.entry], [Some(x.span), Some(y.span)]))
        .collect();
    Some(Production {
        pairs,
        ..Production::default()
    })
}

/// 陕西省委书记…拜会A、B、C: the home side meets each counterpart of the clause, one link each,
/// and never the counterparts with one another.
fn home_meets_counterparts(r: &Reader, c: &Clause) -> Option<Production> {
    if c.side.is_empty() || c.counterparts.is_empty() {
        return None;
    }
    let mixed = r.mixed_triggers(c.items, c.c0, c.c1);
    let mut out = Production::default();
    let mut seen: Vec<Entry> = Vec::new();
    for o in &c.counterparts {
        if seen.contains(&o.entry) {
            continue;
        }
        seen.push(o.entry);
        if let Some(k) = r.own_kind(c.items, c.c0, &mixed, o.at) {
            out.own_kind.push((o.entry, k));
        }
        for (a, span) in c.side.iter().zip(c.side_spans) {
            let other = (!o.from_person).then_some(o.span);
            out.pairs.push(([*a, o.entry], [*span, other]));
        }
    }
    Some(out)
}

/// 青海省党政代表团…与甘肃省座谈: two places of the home side's list, with no one else, meet each
/// other.
fn home_sides_meet(r: &Reader, c: &Clause) -> Option<Production> {
    if c.side.len() < 2 || !c.counterparts.is_empty() || joint_subject(r, c) || list_met(r, c) {
        return None;
    }
    let mut out = Production::default();
    for i in 0..c.side.len() {
        for j in i + 1..c.side.len() {
            out.pairs
                .push(([c.side[i], c.side[j]], [c.side_spans[i], c.side_spans[j]]));
        }
    }
    Some(out)
}

/// 代表公司分别与广州市、深圳市签订: places listed after 与 are met by one subject, never
/// each other.
fn list_met(r: &Reader, c: &Clause) -> bool {
    let Some(first) = (c.c0..c.c1).find(|&k| {
        c.clause_occs
            .iter()
            .any(|o| o.at == k && c.side.contains(&o.entry))
    }) else {
        return false;
    };
    first > 0 && {
        let prev = &c.items[first - 1];
        prev.what == What::Text
            && prev.end == c.items[first].start
            && r.item_text(prev).ends_with(['与', '同', '跟'])
    }
}

/// 安徽、吉林两省负责同志在北京与企业家见面: the places listed are one subject that meets
/// someone else, after a 与 that no place of the list follows.
fn joint_subject(r: &Reader, c: &Clause) -> bool {
    let in_side = |k: usize| {
        c.clause_occs
            .iter()
            .any(|o| o.at == k && c.side.contains(&o.entry))
    };
    let Some(last) = (c.c0..c.c1).rev().find(|&k| in_side(k)) else {
        return false;
    };
    let verb = (last..c.c1)
        .find(|&k| matches!(c.items[k].what, What::Tok(Tok::Trigger(_))))
        .unwrap_or(c.c1);
    (last + 1..verb).any(|k| {
        let t = r.item_text(&c.items[k]);
        if c.items[k].what != What::Text {
            return false;
        }
        // 与 before someone the lexicons do not know (与部分企业家), or before a party that is
        // not of the list.
        let unknown_met = t.match_indices(['与', '跟']).any(|(i, w)| {
            i + w.len() < t.len() && !t[..i].ends_with('参') && !t[i..].starts_with("与会")
        });
        unknown_met || (t.ends_with(['与', '同', '跟']) && !in_side(k + 1))
    })
}

/// 部长在贵州调研: an official's inspection of a province links the province and the official's
/// body.
fn official_inspects_place(_: &Reader, c: &Clause) -> Option<Production> {
    if !c.side.is_empty()
        || !c.triggers.contains(&EventKind::Inspection)
        || c.counterparts.is_empty()
    {
        return None;
    }
    let occ = c.clause_occs.iter().find(|o| o.location)?;
    let place = province_of(occ);
    let mut out = Production {
        kind: Some(EventKind::Inspection),
        ..Production::default()
    };
    let mut seen = Vec::new();
    for o in c.counterparts.iter().filter(|o| !o.home) {
        if !seen.contains(&o.entry) {
            seen.push(o.entry);
            out.pairs.push((
                [place, o.entry],
                [
                    (place == occ.entry).then_some(occ.span),
                    (!o.from_person).then_some(o.span),
                ],
            ));
        }
    }
    Some(out)
}

/// 浙江省党政代表团在广东省学习考察, 代表团在广州参加签约仪式: a delegation that acts in
/// another province visits it (GUIDE section 2); a city's delegation visits the city it is in.
/// Beijing, where delegations call on the centre, is visited only when inspected.
fn delegation_in_other_place(_: &Reader, c: &Clause) -> Option<Production> {
    if c.side.is_empty() || !c.counterparts.is_empty() || c.triggers.is_empty() {
        return None;
    }
    let lex = lexicon();
    let visitor = c
        .clause_occs
        .iter()
        .find(|o| o.delegation && c.side.contains(&o.entry))?;
    let place = c.clause_occs.iter().find(|o| {
        (o.location || o.destination) && is_home(lex.kind(o.entry)) && o.entry != visitor.entry
    })?;
    let visited = match lex.kind(visitor.entry) {
        PartyKind::Province => province_of(place),
        _ => place.entry,
    };
    let capital = lex.id(visited) == "CN-BJ" && !c.triggers.contains(&EventKind::Inspection);
    if c.side.iter().any(|&e| province_of_entry(e) == visited) || capital {
        return None;
    }
    Some(Production {
        pairs: vec![([visitor.entry, visited], pair_spans(visitor, place))],
        kind: Some(EventKind::Visit),
        ..Production::default()
    })
}

/// 国家电网与中国石化签署…: one pair written out with 与, when no home side acts.
fn written_pair(_: &Reader, c: &Clause) -> Option<Production> {
    let [(x, y)] = c.pairs_written else {
        return None;
    };
    if !c.side.is_empty() || x.at < c.c0 || x.at >= c.c1 {
        return None;
    }
    Some(Production {
        pairs: vec![([x.entry, y.entry], [Some(x.span), Some(y.span)])],
        ..Production::default()
    })
}

/// 教育部部长怀进鹏会见中国科学院院长侯建国: with no place on either side, the one body before the
/// verb meets those after it.
fn body_meets_body(r: &Reader, c: &Clause) -> Option<Production> {
    if !c.side.is_empty() || !c.pairs_written.is_empty() {
        return None;
    }
    let clause = &c.items[c.c0..c.c1];
    let verb = c.c0
        + clause.iter().position(|i| {
            !i.quoted
                && matches!(
                    i.what,
                    What::Tok(Tok::Trigger(
                        EventKind::Talks
                            | EventKind::Visit
                            | EventKind::Symposium
                            | EventKind::Signing
                    ))
                )
        })?;
    // 保利集团还与省国资委、久联集团签署: the one body before 与 meets those after it.
    let with = (c.c0..verb).find(|&k| {
        c.items[k].what == What::Text
            && {
                let t = r.item_text(&c.items[k]);
                t.ends_with('同') || (t.contains('与') && !t.contains("参与"))
            }
            && c.counterparts.iter().any(|o| o.at < k)
    });
    // Those met stand in `split + 1..met_end`.
    let (split, met_end) = match with {
        Some(w) if !c.counterparts.iter().any(|o| o.at > verb) => (w, verb),
        _ => (verb, usize::MAX),
    };
    let met = |o: &Occ| o.at > split && o.at < met_end;
    let before: Vec<&Occ> = c.counterparts.iter().filter(|o| o.at < split).collect();
    let one_body = before.iter().all(|o| o.entry == before[0].entry);
    let subject = before
        .iter()
        .find(|o| !o.from_person)
        .or(before.first())
        .filter(|_| one_body)?;
    let mut out = Production::default();
    let mut seen = vec![subject.entry];
    for o in c.counterparts.iter().filter(|o| met(o)) {
        if !seen.contains(&o.entry) {
            seen.push(o.entry);
            out.pairs
                .push(([subject.entry, o.entry], pair_spans(subject, o)));
        }
    }
    Some(out)
}

fn all_home(pair: &Pair) -> bool {
    let lex = lexicon();
    pair.iter().all(|e| super::parties::is_home(lex.kind(*e)))
}

/// A delegation received by another place: a visit, whatever it held (GUIDE section 2).
fn delegation_visit(s: &Setting, kind: EventKind) -> Option<EventKind> {
    (s.delegation && kind != EventKind::Visit && s.pairs.iter().all(|(p, _)| all_home(p)))
        .then_some(EventKind::Visit)
}

/// A province's 考察 of another province, or of a central body, is a visit; a leader's is an
/// inspection.
fn visit_not_inspection(s: &Setting, kind: EventKind) -> Option<EventKind> {
    let visiting = s.delegation || s.home_inspects || s.pairs.iter().any(|(p, _)| all_home(p));
    (kind == EventKind::Inspection && visiting).then_some(EventKind::Visit)
}

/// A bilateral meeting called 会议 takes the clause's other verb (else it is talks).
fn bilateral_not_conference(s: &Setting, kind: EventKind) -> Option<EventKind> {
    (kind == EventKind::Conference).then(|| {
        s.triggers
            .iter()
            .copied()
            .find(|k| *k != EventKind::Conference)
            .unwrap_or(EventKind::Talks)
    })
}

/// 部长在浙江调研，省委书记会见了他: an official's inspection during which the place's leaders
/// 会见 them, or sign with them, is a meeting of the two; a leader's stays an inspection.
fn official_received(s: &Setting, kind: EventKind) -> Option<EventKind> {
    if kind != EventKind::Inspection || s.leader.is_some() {
        return None;
    }
    s.triggers
        .iter()
        .copied()
        .find(|k| matches!(k, EventKind::Talks | EventKind::Signing))
}

/// The kind after the kind rules, with the names of those that changed it.
pub(super) fn settle_kind(s: &Setting, mut kind: EventKind) -> (EventKind, Vec<&'static str>) {
    let mut applied = Vec::new();
    for rule in KIND_RULES {
        if let Some(k) = (rule.settle)(s, kind) {
            kind = k;
            applied.push(rule.name);
        }
    }
    (kind, applied)
}

/// The first pairing rule that pairs anyone in the clause, with its name.
pub(super) fn pair_clause(r: &Reader, c: &Clause) -> Option<(&'static str, Production)> {
    PAIR_RULES.iter().find_map(|rule| {
        (rule.read)(r, c)
            .filter(|p| !p.pairs.is_empty())
            .map(|p| (rule.name, p))
    })
}

/// Whether a party can be a counterpart at all: the Party centre meets nobody by being named
/// (在党中央领导下); it acts through its leader.
pub(super) fn can_meet(o: &Occ, side: &[Entry]) -> bool {
    !o.location
        && !side.contains(&o.entry)
        && !matches!(
            lexicon().kind(o.entry),
            PartyKind::PartyCentre | PartyKind::StateCouncil
        )
}

/// The national leader named in the clause, if any.
pub(super) fn leader_of(r: &Reader, clause: &[Item]) -> Option<usize> {
    clause.iter().enumerate().find_map(|(k, i)| match i.what {
        What::Person(p) if national(&r.people[p]) && !cites(r, clause, k) => Some(p),
        _ => None,
    })
}

/// Whether the leader at `k` is cited (学习贯彻习近平总书记…), not acting: the words right
/// before the name, or before the title that opens it, cite them.
fn cites(r: &Reader, clause: &[Item], k: usize) -> bool {
    let mut j = k;
    while j > 0 && matches!(clause[j - 1].what, What::Tok(Tok::Title(_))) {
        j -= 1;
    }
    let before = &r.text[..clause[j].start];
    crate::core::lexicon::tables::CITING_A_LEADER
        .iter()
        .any(|w| before.ends_with(w))
}
