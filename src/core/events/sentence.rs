//! One sentence at a time: its home side, its clauses, the pairs the rules of `rules.rs` read in
//! each clause, and what a sentence without a meeting verb adds to the meetings told before it.
//!
//! The sentence-level rules (who goes on acting, what joins the last meeting) are named here and
//! recorded on the events they touch, as the pairing and kind rules are.

use super::parties::{acts_for, is_home, national, Occ};
use super::rules::{can_meet, leader_of, pair_clause, settle_kind, Clause, Production, Setting};
use super::when::{same_day, within};
use super::{EventDate, Pair, PairSpans, Reader};
use crate::core::agreements::find_agreements;
use crate::core::dates::DateExpr;
use crate::core::document::{EventKind, PartyKind};
use crate::core::lexicon::{lexicon, tables, Entry, Tok};
use crate::core::scan::{inside, Item, Sentence, What};

/// A sentence's home side (its parties and how the text named them), and the items of the
/// places a title chain absorbed.
type SideOf = (Vec<Entry>, Vec<Option<(usize, usize)>>, Vec<usize>);

/// What a sentence says of its home side, worked out once for all its clauses.
struct View<'s> {
    s: usize,
    sentence: Sentence,
    items: &'s [Item],
    occs: Vec<Occ>,
    anchor: Option<Occ>,
    side: Vec<Entry>,
    side_spans: Vec<Option<(usize, usize)>>,
    /// People who acted for the home side in the meeting before, when the sentence goes on
    /// with that side without naming it (上午…；下午，拜会…).
    carried: Vec<usize>,
    /// The sentence-level rule that found the home side, when it was not written.
    side_rule: Option<&'static str>,
    pairs_written: Vec<(Occ, Occ)>,
    /// Items set aside between 除 and 外.
    aside: Vec<bool>,
}

/// What the clauses of one sentence carry from one to the next.
#[derive(Default)]
struct Running {
    date: Option<EventDate>,
    pairless: bool,
    /// A heading, or a vague date (近日): no date from the meeting before.
    vague: bool,
    touched: Vec<usize>,
}

impl Reader<'_> {
    pub(super) fn read_sentence(&mut self, s: usize) {
        let scan = self.scan;
        let sentence = scan.sentences[s];
        let items: &[Item] = &scan.items[sentence.items.0..sentence.items.1];
        // Worked out once for the sentence: its parties, dates and verbs all skip it.
        let aside = self.set_aside(items);
        let mut occs = self.occurrences(items, &aside);
        // 赴北京拜会国家发展改革委: the place gone to is where, when a body is met there.
        if occs.iter().any(|o| !is_home(lexicon().kind(o.entry))) {
            for o in occs.iter_mut().filter(|o| o.destination) {
                o.location = true;
            }
        }
        // 特首到北京访问: a trip to the capital calls on the centre; Beijing is a side only for a
        // delegation or an inspection of the city.
        if !occs.iter().any(|o| o.delegation) && !has_trigger(items, EventKind::Inspection) {
            let capital = lexicon().entry("CN-BJ");
            for o in occs
                .iter_mut()
                .filter(|o| o.destination && Some(o.entry) == capital)
            {
                o.location = true;
            }
        }
        let triggered = items
            .iter()
            .any(|i| !i.quoted && !i.titled && matches!(i.what, What::Tok(Tok::Trigger(_))));
        if !triggered {
            self.keep_lead_day(items, s);
            self.read_untriggered(items, s);
        } else {
            let view = self.view(s, items, occs, aside);
            let mut run = Running {
                pairless: true,
                vague: self.is_heading(sentence),
                ..Running::default()
            };
            for (c0, c1) in clauses(items) {
                self.read_clause(&view, c0, c1, &mut run);
            }
            if run.pairless {
                run.touched = self.follow_up(&view, run.date.clone());
            }
            self.sign_agreements(&view, run.touched);
            occs = view.occs;
        }
        self.note_home(&occs);
        self.attach_quotes(items, s);
    }

    /// A sentence with no meeting verb: its people join the meetings just told.
    fn read_untriggered(&mut self, items: &[Item], s: usize) {
        let sentence = self.scan.sentences[s];
        // 省领导…参加上述活动: people who took part in all the meetings told above.
        let text = &self.text[sentence.start..sentence.end];
        let has_person = items.iter().any(|i| matches!(i.what, What::Person(_)));
        if has_person && tables::ALL_ABOVE.iter().any(|w| text.contains(w)) {
            for item in items.iter().filter(|i| !i.quoted) {
                let What::Person(p) = item.what else { continue };
                let Some(org) = self.people[p].org else {
                    continue;
                };
                for d in self.by_party.get(&org).cloned().unwrap_or_default() {
                    self.add_participant(d, p);
                    self.note_rule(d, "attends-all-above");
                }
            }
        }
        // A sentence that only goes on about the last meeting adds its people to it; its
        // speakers keep the meeting in view for what the next paragraph signs.
        if !self.touched.is_empty() && sentence.paragraph <= self.touched_paragraph + 1 {
            let hit = self.attach_people(items, s, true);
            if !hit.is_empty() {
                self.touched = hit;
                self.touched_paragraph = sentence.paragraph;
            }
        }
    }

    /// The home side of a sentence: the first province, city or corps that acts, and those
    /// listed with it; else the side of the meeting before, when the sentence goes on with it.
    fn view<'s>(&self, s: usize, items: &'s [Item], occs: Vec<Occ>, aside: Vec<bool>) -> View<'s> {
        let sentence = self.scan.sentences[s];
        let mut anchor = occs.iter().find(|o| o.home && !o.location).copied();
        let mut carried = Vec::new();
        let mut side_rule = None;
        // 同时拜访北京市国资委: a home party after the verb is met, when the side goes on.
        let first_trigger = items
            .iter()
            .position(|i| !i.quoted && matches!(i.what, What::Tok(Tok::Trigger(_))));
        if anchor.is_some_and(|a| first_trigger.is_some_and(|t| a.at > t)) {
            anchor = None;
        }
        if anchor.is_none() {
            if let Some((home, rule)) = self.side_going_on(items, sentence, &occs) {
                // The people who acted for that side go on acting for it.
                for &d in &self.touched {
                    for &p in &self.drafts[d].participants {
                        if self.people[p].org == Some(home) && !carried.contains(&p) {
                            carried.push(p);
                        }
                    }
                }
                anchor = Some(Occ {
                    entry: home,
                    at: 0,
                    span: (0, 0),
                    home: true,
                    location: false,
                    from_person: true,
                    delegation: false,
                    destination: false,
                });
                side_rule = Some(rule);
            }
        }
        if anchor.is_none() && !self.body_acts(items, &occs, first_trigger) {
            anchor = occs.iter().find(|o| o.home && !o.location).copied();
        }
        if anchor.is_some_and(|a| self.met_by_body(items, &occs, a, first_trigger)) {
            anchor = None;
        }
        let (side, side_spans, absorbed) = self.side_of(items, &occs, anchor);
        let occs: Vec<Occ> = occs
            .into_iter()
            .filter(|o| !absorbed.contains(&o.at))
            .collect();
        let pairs_written = self.written_pairs(items, &occs);
        View {
            s,
            sentence,
            items,
            occs,
            anchor,
            side,
            side_spans,
            carried,
            side_rule,
            pairs_written,
            aside,
        }
    }

    /// Whether the party at `o` is met: 与, 同, 和 or 向 right before it.
    fn is_met(&self, items: &[Item], o: &Occ) -> bool {
        o.at > 0
            && items[o.at - 1].what == What::Text
            && self
                .item_text(&items[o.at - 1])
                .ends_with(['与', '同', '和', '向'])
    }

    /// 华电董事长李庆奎会见了湛江市委…: a body acting before the verb is the subject, and the
    /// place after the verb is met, not the side.
    fn body_acts(&self, items: &[Item], occs: &[Occ], first_trigger: Option<usize>) -> bool {
        first_trigger.is_some_and(|t| {
            occs.iter()
                .any(|o| !o.home && !o.location && o.at < t && !self.is_met(items, o))
        })
    }

    /// 保利集团还与省国资委、久联集团签署…: a place met after 与, in a list with another body, by
    /// a body acting before it is no home side of the sentence.
    fn met_by_body(
        &self,
        items: &[Item],
        occs: &[Occ],
        a: Occ,
        first_trigger: Option<usize>,
    ) -> bool {
        let body = |o: &&Occ| !o.home && !o.location;
        let listed_with = occs
            .iter()
            .filter(body)
            .any(|o| o.at > a.at && first_trigger.is_some_and(|t| o.at < t));
        self.is_met(items, &a) && listed_with && occs.iter().filter(body).any(|o| o.at < a.at)
    }

    /// The home side that `anchor` opens: the places listed with it, and the places of a chain's
    /// earlier titles, which are no party of the sentence.
    fn side_of(&self, items: &[Item], occs: &[Occ], anchor: Option<Occ>) -> SideOf {
        let mut side = Vec::new();
        let mut side_spans = Vec::new();
        // The places of a chain's earlier titles: no party of this sentence.
        let mut absorbed = Vec::new();
        if let Some(a) = anchor {
            let mut chain_at = a.at;
            side.push(a.entry);
            side_spans.push((!a.from_person).then_some(a.span));
            for o in occs.iter().filter(|o| o.at > a.at && o.home && !o.location) {
                // 省委常委、市委书记X: one person's chain of titles is one side, the body of its
                // last title (GUIDE section 2: the other title adds no party).
                if side.len() == 1 && one_chain(items, chain_at, o.at) {
                    absorbed.push(chain_at);
                    chain_at = o.at;
                    side[0] = o.entry;
                    side_spans[0] = (!o.from_person).then_some(o.span);
                    continue;
                }
                if !side.contains(&o.entry) && self.continues_list(items, a.at, o.at) {
                    side.push(o.entry);
                    side_spans.push((!o.from_person).then_some(o.span));
                }
            }
        }
        (side, side_spans, absorbed)
    }

    /// 他/她 as the subject, or a verb with no one before it in the paragraph of the meeting just
    /// told (上午，林武拜会A；下午，拜会B): the sentence goes on with the side last named.
    fn side_going_on(
        &self,
        items: &[Item],
        sentence: Sentence,
        occs: &[Occ],
    ) -> Option<(Entry, &'static str)> {
        let home = self.last_home?;
        let pronoun = items.iter().any(|i| {
            !i.quoted
                && !i.titled
                && i.what == What::Text
                && ["他", "她"]
                    .iter()
                    .any(|p| self.item_text(i).starts_with(p))
        });
        if pronoun {
            return Some((home, "pronoun-subject"));
        }
        let first_trigger = items
            .iter()
            .position(|i| !i.quoted && matches!(i.what, What::Tok(Tok::Trigger(_))));
        let subjectless = !self.touched.is_empty()
            && self.touched_paragraph == sentence.paragraph
            && first_trigger.is_some_and(|t| occs.iter().all(|o| o.at > t));
        subjectless.then_some((home, "subject-goes-on"))
    }

    /// Pairs written out: A与B、C与D.
    fn written_pairs(&self, items: &[Item], occs: &[Occ]) -> Vec<(Occ, Occ)> {
        let mut out = Vec::new();
        for w in occs.windows(2) {
            let (x, y) = (w[0], w[1]);
            // 走访了A和B, 与A和B签署: A and B are a list of counterparts, not a pair.
            let listed = x.at > 0 && self.introduces_counterparts(&items[x.at - 1]);
            if y.at == x.at + 2 && !x.location && !y.location && x.entry != y.entry && !listed {
                let between = items[x.at + 1];
                let joiner = self.item_text(&between);
                // 辽宁省与A、B和C: a 和 after the list an earlier 与 opened ends that list.
                let ends_list = joiner == "和"
                    && x.at > 0
                    && items[x.at - 1].what == What::Punct('、')
                    && !out.is_empty();
                // 保利与中国石化、中国石油签署: the one after 与 opens a list, not a pair.
                let opens_list = items
                    .get(y.at + 1)
                    .is_some_and(|i| i.what == What::Punct('、'))
                    && occs.iter().any(|o| o.at == y.at + 2 && !o.home);
                if between.what == What::Text
                    && matches!(joiner, "与" | "同" | "和")
                    && !ends_list
                    && !opens_list
                {
                    out.push((x, y));
                }
            }
        }
        out
    }

    /// The date of the clause, or the one written earlier in the sentence; whether it was written.
    fn clause_date(&mut self, view: &View, c0: usize, c1: usize, run: &mut Running) -> bool {
        let mut date = None;
        for (k, item) in view.items[c0..c1]
            .iter()
            .enumerate()
            .filter(|(k, i)| !i.quoted && !view.aside[c0 + k])
        {
            if let What::Date(d) = item.what {
                if self.ends_trip(view.items, c0 + k) {
                    continue;
                }
                if self.scan.dates[d].expr == DateExpr::Vague {
                    run.vague = true;
                }
                date = self.resolve_date(d, view.sentence.paragraph);
                break;
            }
        }
        let explicit = date.is_some() || run.date.is_some();
        if date.is_some() {
            run.date = date;
        }
        explicit
    }

    /// The meeting verbs a clause tells. A verb that only describes someone (来川考察的院长) is
    /// not what the clause tells, unless it is the only one.
    fn clause_triggers(
        &self,
        items: &[Item],
        aside: &[bool],
        c0: usize,
        c1: usize,
    ) -> Vec<EventKind> {
        let mut told = Vec::new();
        let mut described = Vec::new();
        for (k, i) in items[c0..c1].iter().enumerate() {
            if aside[c0 + k] {
                continue;
            }
            if let (What::Tok(Tok::Trigger(kind)), false, false) = (i.what, i.quoted, i.titled) {
                let many = matches!(kind, EventKind::Symposium | EventKind::Signing)
                    && self.with_many(items, c0 + k, told.last().or(described.last()));
                let kind = if many { EventKind::Conference } else { kind };
                // 出席会议 names a gathering by who attended it; 参加会见 only adds people.
                let attending = kind != EventKind::Conference && self.attends(items, c0 + k);
                if self.names_a_speech(items, c0 + k)
                    || attending
                    || self.planned(items, c0, c0 + k)
                {
                    continue;
                }
                if self.describes(items, c0 + k) {
                    described.push(kind);
                } else {
                    told.push(kind);
                }
            }
        }
        if told.is_empty() {
            described
        } else {
            told
        }
    }

    /// 广东省与中央企业合作座谈会暨签约仪式: a meeting with firms or entrepreneurs as a whole,
    /// and the signing held with it (暨), is a gathering of many (GUIDE section 2).
    fn with_many(&self, items: &[Item], k: usize, before: Option<&EventKind>) -> bool {
        let Some(prev) = k.checked_sub(1).map(|p| items[p]) else {
            return false;
        };
        if prev.what != What::Text || prev.end != items[k].start {
            return false;
        }
        let t = self.item_text(&prev);
        let t = t.strip_suffix("合作").unwrap_or(t);
        let t = t.strip_suffix("代表").unwrap_or(t);
        // 与广东省福建商会企业家座谈: the entrepreneurs of a body just named are that body.
        let of_body = k >= 2
            && tables::MANY_FIRMS.contains(&t)
            && items[k - 2].end == prev.start
            && matches!(items[k - 2].what, What::Tok(Tok::Place { .. }));
        (tables::MANY_FIRMS.iter().any(|w| t.ends_with(w)) && !of_body)
            || (t == "暨" && before == Some(&EventKind::Conference))
    }

    fn read_clause(&mut self, view: &View, c0: usize, c1: usize, run: &mut Running) {
        let items = view.items;
        let explicit = self.clause_date(view, c0, c1, run);
        let triggers = self.clause_triggers(items, &view.aside, c0, c1);
        if triggers.is_empty() {
            return;
        }
        let clause_occs: Vec<Occ> = view
            .occs
            .iter()
            .filter(|o| o.at >= c0 && o.at < c1)
            .copied()
            .collect();
        let delegation = view.occs.iter().any(|o| o.delegation);
        let counterparts = clause_occs
            .iter()
            .filter(|o| can_meet(o, &view.side))
            .copied()
            .collect();
        let clause = Clause {
            items,
            c0,
            c1,
            leader: leader_of(self, &items[c0..c1]),
            triggers,
            clause_occs,
            side: &view.side,
            side_spans: &view.side_spans,
            pairs_written: &view.pairs_written,
            counterparts,
        };
        let Some((rule, production)) = pair_clause(self, &clause) else {
            self.keep_date(explicit, run);
            return;
        };
        if self.gathering(view.s, &clause, &production, delegation, explicit, run) {
            self.keep_date(explicit, run);
            return;
        }
        let inspects_at = items[c0..c1]
            .iter()
            .position(|i| !i.quoted && i.what == What::Tok(Tok::Trigger(EventKind::Inspection)));
        let setting = Setting {
            triggers: &clause.triggers,
            delegation,
            home_inspects: !view.side.is_empty()
                && view
                    .anchor
                    .is_some_and(|a| inspects_at.is_none_or(|t| a.at < c0 + t)),
            pairs: &production.pairs,
            leader: clause.leader,
        };
        let kind = production.kind.unwrap_or(clause.triggers[0]);
        let mut rules = vec![rule];
        rules.extend(view.side_rule);
        run.pairless = false;
        self.record_pairs(
            view,
            &clause,
            &production,
            &setting,
            kind,
            &rules,
            explicit,
            run,
        );
    }

    /// A lead that dates the day and tells no meeting (4月12日，…举办招待会) dates the meetings
    /// told after it. A dateline (2017年02月22日 10:54 来源：…) is not such a lead.
    fn keep_lead_day(&mut self, items: &[Item], s: usize) {
        let sentence = self.scan.sentences[s];
        let text = &self.text[sentence.start..sentence.end];
        if tables::DATELINE_WORDS.iter().any(|w| text.contains(w)) || self.is_heading(sentence) {
            return;
        }
        let Some(k) = items
            .iter()
            .position(|i| matches!(i.what, What::Date(_)) && !i.quoted && !i.titled)
        else {
            return;
        };
        let What::Date(d) = items[k].what else { return };
        let opens_clause = items.get(k + 1).is_some_and(|n| {
            matches!(n.what, What::Punct('，' | ','))
                || n.what == What::Text
                || matches!(n.what, What::Tok(Tok::Place { .. }))
        });
        if !opens_clause || self.scan.dates[d].expr == DateExpr::Vague || self.ends_trip(items, k) {
            return;
        }
        if let Some(date) = self.resolve_date(d, sentence.paragraph) {
            if date.start.day.is_some() && date.start == date.end {
                self.last_date = Some(date.start);
            }
        }
    }

    /// Whether the date at `k` dates no meeting: the day a trip ended (行程昨日结束), or a page's
    /// time stamp (更新时间：2011-3-19 10:29:36).
    fn ends_trip(&self, items: &[Item], k: usize) -> bool {
        let ended = items.get(k + 1).is_some_and(|n| {
            let t = self.item_text(n);
            n.what == What::Text
                && n.start == items[k].end
                && tables::TRIP_ENDS.iter().any(|w| t.starts_with(w))
        });
        ended || is_clock_time(self.text[items[k].end..].trim_start_matches([' ', '\u{3000}']))
    }

    /// A meeting whose other side the lexicons do not know still dates what follows (次日).
    fn keep_date(&mut self, explicit: bool, run: &Running) {
        if explicit {
            if let Some(d) = &run.date {
                self.last_date = Some(d.start);
            }
        }
    }

    /// A gathering of many (a 联席会议 of several provinces, a session of the NPC) is a
    /// conference, which makes no links; a bilateral meeting called 会议 is not (GUIDE section
    /// 2). Whether the clause's pairs were such a gathering.
    fn gathering(
        &mut self,
        s: usize,
        c: &Clause,
        production: &Production,
        delegation: bool,
        explicit: bool,
        run: &Running,
    ) -> bool {
        let lex = lexicon();
        if !c.triggers.iter().all(|k| *k == EventKind::Conference) {
            return false;
        }
        let mut named: Vec<(Entry, Option<(usize, usize)>)> = Vec::new();
        for (pair, spans) in &production.pairs {
            for (e, span) in pair.iter().zip(spans) {
                match named.iter_mut().find(|(n, _)| n == e) {
                    Some(slot) => slot.1 = slot.1.or(*span),
                    None => named.push((*e, *span)),
                }
            }
        }
        // A session of the NPC or the CPPCC (全国人大二次会议江苏代表团) is a conference too.
        let session = named
            .iter()
            .any(|(e, _)| lex.kind(*e) == PartyKind::Legislature);
        // 与中央企业座谈会: the firms met are many, however few the text names.
        let many = (c.c0..c.c1).any(|k| {
            matches!(
                c.items[k].what,
                What::Tok(Tok::Trigger(EventKind::Symposium))
            ) && self.with_many(c.items, k, None)
        });
        if !((named.len() >= 3 || many) && !delegation || session) {
            return false;
        }
        if named.len() >= 3 || many {
            let people: Vec<usize> = c.items[c.c0..c.c1]
                .iter()
                .filter(|i| !i.quoted)
                .filter_map(|i| match i.what {
                    What::Person(p) => Some(p),
                    _ => None,
                })
                .filter(|&p| {
                    self.people[p]
                        .org
                        .is_some_and(|o| named.iter().any(|(e, _)| *e == o))
                })
                .collect();
            let location = c.clause_occs.iter().find(|o| o.location).map(|o| o.span);
            let at = self.add_conference(
                named,
                run.date.as_ref(),
                explicit || run.vague,
                people,
                s,
                location,
            );
            self.note_rule(
                at,
                if session {
                    "congress-session"
                } else {
                    "gathering-of-many"
                },
            );
        }
        true
    }

    /// Makes or merges the events of a clause's pairs, with their participants.
    #[allow(clippy::too_many_arguments)]
    fn record_pairs(
        &mut self,
        view: &View,
        c: &Clause,
        production: &Production,
        setting: &Setting,
        kind: EventKind,
        rules: &[&'static str],
        explicit: bool,
        run: &mut Running,
    ) {
        let (kind, kind_rules) = settle_kind(setting, kind);
        let location = self.clause_location(c);
        let several = production.pairs.len() >= 2;
        for (pair, spans) in &production.pairs {
            if pair[0] == pair[1] {
                continue;
            }
            let (kind, own_rules) = production
                .own_kind
                .iter()
                .find(|(e, _)| pair.contains(e))
                .map_or((kind, kind_rules.clone()), |(_, k)| {
                    settle_kind(setting, *k)
                });
            let d = self.upsert(*pair, *spans, run.date.as_ref(), explicit, run.vague, kind);
            for r in rules.iter().chain(&own_rules) {
                self.note_rule(d, r);
            }
            if several && explicit {
                let draft = &mut self.drafts[d];
                draft.summarised |= draft
                    .date
                    .as_ref()
                    .is_some_and(|x| !same_day(&x.start, &x.end));
            }
            if self.drafts[d].location.is_none() {
                self.drafts[d].location = location;
            }
            self.add_sentence(d, view.s);
            for &p in &view.carried {
                self.add_participant(d, p);
            }
            self.add_clause_people(d, pair, &view.items[c.c0..], kind, several);
            if !run.touched.contains(&d) {
                run.touched.push(d);
            }
            if let Some(date) = &self.drafts[d].date {
                self.last_date = Some(date.start);
            }
        }
    }

    /// Where the clause's meeting was: a place written with 在/于, or 赴京.
    fn clause_location(&self, c: &Clause) -> Option<(usize, usize)> {
        c.clause_occs
            .iter()
            .find(|o| o.location)
            .map(|o| o.span)
            .or_else(|| {
                c.items[c.c0..c.c1]
                    .iter()
                    .find(|i| i.what == What::Tok(Tok::Ender) && self.item_text(i) == "赴京")
                    .map(|i| (i.start + "赴".len(), i.end))
            })
    }

    /// Participants: people of the clause (and of the rest of the sentence) who act for one of
    /// the two parties; a national leader in an inspection.
    ///
    /// Not those only spoken for (沈晓明代表省委和省委书记刘赐贵感谢…), nor, when the clause
    /// tells several meetings, those who went 分别 with no word on who went where (GUIDE
    /// section 2).
    fn add_clause_people(
        &mut self,
        d: usize,
        pair: &Pair,
        rest: &[Item],
        kind: EventKind,
        several: bool,
    ) {
        let present: Vec<(usize, usize)> = self
            .people_present(rest)
            .into_iter()
            .filter(|&(_, p)| {
                let person = &self.people[p];
                person.org.is_some_and(|o| acts_for(o, pair))
                    || (kind == EventKind::Inspection && national(person))
            })
            .collect();
        // Two or more who went 分别: one alone who 分别拜会 A、B went to each.
        let severally = self
            .severally_at(rest)
            .filter(|&at| several && present.iter().filter(|(j, _)| *j < at).count() >= 2);
        for (j, p) in present {
            if severally.is_some_and(|at| j < at) {
                self.drafts[d].severally.push(p);
            } else {
                self.add_participant(d, p);
            }
        }
    }

    /// The people named in `items` (index, person) outside quotes, but for those only spoken
    /// for (代表省委、省政府和省委书记刘赐贵): 代表 up to the next verb or punctuation.
    pub(super) fn people_present(&self, items: &[Item]) -> Vec<(usize, usize)> {
        let mut on_behalf = false;
        let mut out = Vec::new();
        for (j, item) in items.iter().enumerate().filter(|(_, i)| !i.quoted) {
            match item.what {
                What::Punct(c) if c != '、' => on_behalf = false,
                What::Tok(Tok::Trigger(_)) => on_behalf = false,
                What::Tok(Tok::Ender) | What::Text if self.item_text(item).ends_with("代表") => {
                    on_behalf = true
                }
                What::Person(p) if !on_behalf => out.push((j, p)),
                _ => {}
            }
        }
        out
    }

    /// Where 分别 stands before the clause's first verb (A、B共同或分别拜会…), if it does.
    fn severally_at(&self, items: &[Item]) -> Option<usize> {
        items
            .iter()
            .take_while(|i| {
                !matches!(
                    i.what,
                    What::Tok(Tok::Trigger(_)) | What::Punct('。' | '；')
                )
            })
            .position(|i| {
                matches!(i.what, What::Text | What::Tok(Tok::Ender))
                    && self.item_text(i).contains("分别")
            })
    }

    /// A sentence with a meeting verb but no pair of its own: its people join their side's
    /// latest meetings, or what it tells (a signing after the meeting) joins the meetings just
    /// told. Gives the events it touched.
    fn follow_up(&mut self, view: &View, day: Option<EventDate>) -> Vec<usize> {
        let sentence = view.sentence;
        let opening = self.text[sentence.start..sentence.end].trim_start();
        let near = !self.touched.is_empty()
            && (sentence.paragraph <= self.touched_paragraph + 1
                || tables::MEETING_BACKREFS
                    .iter()
                    .any(|w| opening.starts_with(w)));
        // People at a meeting that the sentence does not pair join their organisation's latest event.
        let mut touched = self.attach_people(view.items, view.s, true);
        if touched.is_empty() {
            touched = self.attach_people(view.items, view.s, false);
        }
        // 会见后，双方签署了… : what is signed right after a meeting belongs to it.
        let only_those_sides = view.occs.iter().all(|o| {
            o.location
                || self
                    .touched
                    .iter()
                    .any(|&d| self.drafts[d].parties.contains(&o.entry))
        });
        if !touched.is_empty() || !near || !only_those_sides {
            return touched;
        }
        touched = self.touched.clone();
        if let Some(again) = self.meet_again(view, day, &touched) {
            touched = again;
        } else {
            for &d in &touched {
                self.note_rule(d, "goes-on-about-last-meeting");
            }
        }
        for &d in &touched {
            self.add_sentence(d, view.s);
        }
        touched
    }

    /// 7月6日，双方举行合作会议: the same two sides meet again on the day written, a new event.
    fn meet_again(
        &mut self,
        view: &View,
        day: Option<EventDate>,
        touched: &[usize],
    ) -> Option<Vec<usize>> {
        let sentence = view.sentence;
        let text = &self.text[sentence.start..sentence.end];
        let day = day.filter(|day| {
            tables::BOTH_SIDES.iter().any(|w| text.contains(w))
                && view
                    .items
                    .iter()
                    .any(|i| !i.quoted && matches!(i.what, What::Date(_)))
                && touched.iter().all(|&d| {
                    self.drafts[d]
                        .date
                        .as_ref()
                        .is_some_and(|x| !within(&day.start, &x.start, &x.end))
                })
        })?;
        let kind = view.items.iter().find_map(|i| match i.what {
            What::Tok(Tok::Trigger(k)) if !i.quoted && !i.titled => Some(k),
            _ => None,
        })?;
        let kind = match kind {
            EventKind::Conference | EventKind::Inspection => EventKind::Talks,
            k => k,
        };
        let pairs: Vec<(Pair, PairSpans)> = touched
            .iter()
            .map(|&d| (self.drafts[d].parties, self.drafts[d].party_spans))
            .collect();
        let mut out = Vec::new();
        for (pair, spans) in pairs {
            let d = self.upsert(pair, spans, Some(&day), true, false, kind);
            self.note_rule(d, "same-sides-again");
            if !out.contains(&d) {
                out.push(d);
            }
            self.last_date = Some(day.start);
        }
        Some(out)
    }

    /// Agreements signed in this sentence belong to its events.
    fn sign_agreements(&mut self, view: &View, touched: Vec<usize>) {
        if touched.is_empty() {
            return;
        }
        let sentence = view.sentence;
        let signing = view.items.iter().any(|i| {
            !i.quoted && !i.titled && i.what == What::Tok(Tok::Trigger(EventKind::Signing))
        });
        let party_ends: Vec<usize> = view
            .items
            .iter()
            .filter(|i| matches!(i.what, What::Tok(Tok::Place { .. })))
            .map(|i| i.end)
            .collect();
        let found = find_agreements(
            self.text,
            sentence.start,
            sentence.end,
            &self.scan.titles,
            &party_ends,
        );
        if signing || !found.is_empty() {
            for a in found {
                if inside(&self.scan.quotes, a.start) && !inside(&self.scan.titles, a.start) {
                    continue;
                }
                for &d in &touched {
                    if !self.drafts[d].agreements.contains(&(a.start, a.end)) {
                        self.drafts[d].agreements.push((a.start, a.end));
                    }
                }
            }
        }
        self.touched = touched;
        self.touched_paragraph = sentence.paragraph;
    }
}

/// The clauses of a sentence as item ranges: a date starts a new one; a clause without a
/// meeting verb joins the next.
fn clauses(items: &[Item]) -> Vec<(usize, usize)> {
    let mut bounds: Vec<usize> = vec![0];
    for (k, item) in items.iter().enumerate() {
        if matches!(item.what, What::Date(_)) && !item.quoted && k > 0 {
            bounds.push(k);
        }
    }
    bounds.push(items.len());
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open = 0;
    for w in bounds.windows(2) {
        let end = w[1];
        let has = items[open..end]
            .iter()
            .any(|i| !i.quoted && !i.titled && matches!(i.what, What::Tok(Tok::Trigger(_))));
        if has || end == items.len() {
            if !has && !out.is_empty() {
                out.last_mut().expect("out is not empty").1 = end;
            } else {
                out.push((open, end));
            }
            open = end;
        }
    }
    out
}

/// Whether the places at `from` and `to` are the bodies of one person's chain of titles: only
/// titles and 、 between them, and a title right after the second.
fn one_chain(items: &[Item], from: usize, to: usize) -> bool {
    let between = &items[from + 1..to];
    !between.is_empty()
        && between
            .iter()
            .all(|i| matches!(i.what, What::Tok(Tok::Title(_)) | What::Punct('、')))
        && matches!(items[from + 1].what, What::Tok(Tok::Title(_)))
        && items
            .get(to + 1)
            .is_some_and(|i| matches!(i.what, What::Tok(Tok::Title(_))) && i.start == items[to].end)
}

/// Whether a sentence's items tell a meeting of `kind` (outside quotes and titles).
fn has_trigger(items: &[Item], kind: EventKind) -> bool {
    items
        .iter()
        .any(|i| !i.quoted && !i.titled && i.what == What::Tok(Tok::Trigger(kind)))
}

/// Whether `s` starts with a clock time (10:29, 08:53:12).
fn is_clock_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}
