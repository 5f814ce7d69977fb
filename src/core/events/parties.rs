//! Who a sentence names as parties: places, bodies and the organisations of the people in it,
//! each with what its place in the sentence says (home side, where it happened, where one went).
//!
//! The event rules (`rules.rs`) read these occurrences; they never look at raw items for parties.

use super::Reader;
use crate::core::document::{EventKind, PartyKind, Role};
use crate::core::lexicon::{lexicon, tables, Entry, Organ, Tok};
use crate::core::people::Found;
use crate::core::scan::{Item, Sentence, What};

/// Whether someone holding office in `org` acts for one of `parties`: its own, or for a city's
/// official (呼和浩特市委书记), the province the city lies in.
pub(super) fn acts_for(org: Entry, parties: &[Entry]) -> bool {
    let lex = lexicon();
    parties.contains(&org)
        || matches!(org, Entry::City(i) if lex.entry(lex.cities[i].province).is_some_and(|p| parties.contains(&p)))
}

/// A party named in a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Occ {
    pub(super) entry: Entry,
    /// Index of the item in the sentence.
    pub(super) at: usize,
    pub(super) span: (usize, usize),
    pub(super) home: bool,
    /// 在北京, 于兰州: where it happened, not who met.
    pub(super) location: bool,
    pub(super) from_person: bool,
    pub(super) delegation: bool,
    /// 赴北京, 到上海: where someone went, which is where the meeting was when they met a body there.
    pub(super) destination: bool,
}

pub(super) fn is_home(kind: PartyKind) -> bool {
    matches!(
        kind,
        PartyKind::Province | PartyKind::City | PartyKind::Corps
    )
}

pub(super) fn national(person: &Found) -> bool {
    person.org.is_none()
        && person.roles.iter().any(|r| {
            matches!(
                r,
                Role::GeneralSecretary
                    | Role::President
                    | Role::Premier
                    | Role::VicePremier
                    | Role::VicePresident
                    | Role::PscMember
                    | Role::PolitburoMember
            )
        })
}
impl Reader<'_> {
    /// Whether the verb at `k` comes before 的 (会见来湘考察的X): it describes X, it is not the meeting.
    pub(super) fn describes(&self, items: &[Item], k: usize) -> bool {
        items
            .get(k + 1)
            .is_some_and(|n| n.what == What::Text && self.item_text(n).starts_with('的'))
    }

    /// Whether the verb at `k` names a past visit's speech (贯彻总书记来青考察重要讲话精神):
    /// background, never the meeting a clause tells.
    pub(super) fn names_a_speech(&self, items: &[Item], k: usize) -> bool {
        // 视察山西重要讲话: the place visited may stand between the verb and the speech.
        let place_next = items
            .get(k + 1)
            .filter(|n| n.start == items[k].end && matches!(n.what, What::Tok(Tok::Place { .. })));
        let after = &self.text[place_next.map_or(items[k].end, |n| n.end)..];
        tables::SPEECH_OF_A_VISIT
            .iter()
            .any(|w| after.starts_with(w))
    }

    /// Whether the verb at `k` only says who attended (…负责同志参加会见, 陪同会见): the people
    /// join the meeting told before, no new one.
    pub(super) fn attends(&self, items: &[Item], k: usize) -> bool {
        k > 0
            && items[k - 1].end == items[k].start
            && matches!(items[k - 1].what, What::Text | What::Tok(Tok::Ender))
            && {
                let before = self.item_text(&items[k - 1]);
                tables::ATTENDING.iter().any(|w| before.ends_with(w))
            }
    }

    /// Whether the verb at `k` tells a plan, a habit or a remark on the past, not a meeting
    /// (计划6月赴港洽谈, 双方将于明年签署, 每年均在港举办, 这已不是首次签署): such a word stands
    /// before it in its clause `c0..`, or 将 right before it.
    pub(super) fn planned(&self, items: &[Item], c0: usize, k: usize) -> bool {
        // 为丽江争取资金，8月21日，市长拜访…: a plan word of an earlier comma's part is a
        // purpose, and the meeting after it was held.
        let part = items[c0..k]
            .iter()
            .rposition(|i| matches!(i.what, What::Punct('，' | ',')))
            .map_or(c0, |p| c0 + p + 1);
        let mut before = items[part..k]
            .iter()
            .filter(|i| i.what == What::Text && !i.quoted && !i.titled)
            .map(|i| self.item_text(i));
        let right_before = k > c0 && items[k - 1].end == items[k].start;
        // A habit (每年均在港举办) is no more one meeting than a plan is.
        before.any(|t| {
            tables::PLAN_WORDS
                .iter()
                .chain(tables::HABIT_WORDS)
                .chain(tables::PAST_REMARK_WORDS)
                .any(|w| t.contains(w))
        }) || (right_before && self.item_text(&items[k - 1]).ends_with('将'))
    }

    /// Whether the body at `k` stands in a clause that only tells who attended (全国政协副主席
    /// 何厚铧…等共同担任主礼嘉宾, 副主席X应邀出席): a title follows it, the clause holds no other
    /// meeting verb, and it holds an attendance word.
    fn holder_attends(&self, items: &[Item], k: usize) -> bool {
        let titled = items
            .get(k + 1)
            .is_some_and(|i| matches!(i.what, What::Tok(Tok::Title(_))) && i.start == items[k].end);
        titled && self.attendance_clause(items, k)
    }

    /// Whether the clause from `k` on tells only who attended: no meeting verb but attendance
    /// words (…等共同担任主礼嘉宾, 应邀出席).
    fn attendance_clause(&self, items: &[Item], k: usize) -> bool {
        let end = items[k..]
            .iter()
            .position(|i| matches!(i.what, What::Punct('，' | ',' | '。' | '；' | ';')))
            .map_or(items.len(), |p| k + p);
        let tail = &items[k + 1..end];
        let other_verb = tail.iter().any(|i| {
            matches!(i.what, What::Tok(Tok::Trigger(_)))
                && !tables::ATTENDING_AFTER.contains(&self.item_text(i))
        });
        let clause = &self.text[items[k].end..items[end - 1].end];
        !other_verb && tables::ATTENDING_AFTER.iter().any(|w| clause.contains(w))
    }

    /// Whether the words right after the person at `k` say that they only attended (应邀参加,
    /// 等随团考察, 陪同).
    fn attends_after(&self, items: &[Item], k: usize) -> bool {
        let last = self.list_end(items, k);
        let after = self.text[items[last].end..].trim_start_matches('等');
        let after = after.strip_prefix("率团").unwrap_or(after);
        tables::ATTENDING_AFTER.iter().any(|w| after.starts_with(w))
    }

    /// The last person of the list of titled names that the person at `k` opens
    /// (深圳市委书记A，广东省副省长B率团陪同): the words after it are said of them all.
    fn list_end(&self, items: &[Item], k: usize) -> usize {
        let mut last = k;
        let mut j = k + 1;
        while matches!(
            items.get(j).map(|i| i.what),
            Some(What::Punct('，' | ',' | '、'))
        ) {
            let mut n = j + 1;
            while matches!(
                items.get(n).map(|i| i.what),
                Some(What::Tok(Tok::Title(_) | Tok::Place { .. }) | What::Punct('、'))
            ) {
                n += 1;
            }
            match items.get(n) {
                Some(i) if matches!(i.what, What::Person(_)) => {
                    last = n;
                    j = n + 1;
                }
                _ => break,
            }
        }
        last
    }

    /// Whether the item before a party makes it a counterpart of the verb or of 与 (走访了, 与).
    pub(super) fn introduces_counterparts(&self, before: &Item) -> bool {
        match before.what {
            What::Tok(Tok::Trigger(_)) => true,
            What::Text => self.item_text(before).ends_with(['与', '同', '了', '、']),
            _ => false,
        }
    }

    /// The meeting verbs of the clause `c0..c1` (item index, kind) when they are of more than one
    /// kind, so that each counterpart can take its own ([`Reader::own_kind`]); else empty.
    pub(super) fn mixed_triggers(
        &self,
        items: &[Item],
        c0: usize,
        c1: usize,
    ) -> Vec<(usize, EventKind)> {
        let triggers: Vec<(usize, EventKind)> = (c0..c1)
            .filter(|&k| !items[k].quoted && !items[k].titled && !self.describes(items, k))
            .filter_map(|k| match items[k].what {
                What::Tok(Tok::Trigger(kind)) if kind != EventKind::Conference => Some((k, kind)),
                _ => None,
            })
            .collect();
        if triggers.iter().all(|(_, k)| *k == triggers[0].1) {
            return Vec::new();
        }
        triggers
    }

    /// The kind of meeting a counterpart at item `at` takes part in, among the clause's
    /// [`Reader::mixed_triggers`]: after 与/同/和 the verb follows the counterpart (与C举行会谈),
    /// else it comes before it (拜会A).
    pub(super) fn own_kind(
        &self,
        items: &[Item],
        c0: usize,
        triggers: &[(usize, EventKind)],
        at: usize,
    ) -> Option<EventKind> {
        let after_with = at > c0
            && items[at - 1].what == What::Text
            && self
                .item_text(&items[at - 1])
                .ends_with(['与', '同', '和', '跟']);
        let before = triggers.iter().rev().find(|(k, _)| *k < at);
        let after = triggers.iter().find(|(k, _)| *k > at);
        let chosen = if after_with {
            after.or(before)
        } else {
            before.or(after)
        };
        chosen.map(|(_, k)| *k)
    }

    /// The parties named in a sentence, in order.
    /// `aside` is the sentence's [`Reader::set_aside`] mask.
    pub(super) fn occurrences(&self, items: &[Item], aside: &[bool]) -> Vec<Occ> {
        let lex = lexicon();
        let mut out = Vec::new();
        // 在湖南长沙: the city stands where its province was put (在, 于).
        let mut placed_city = None;
        for (k, item) in items.iter().enumerate() {
            if item.quoted || item.titled || aside[k] {
                continue;
            }
            let prev_text = k
                .checked_sub(1)
                .map(|p| items[p])
                .filter(|p| p.what == What::Text && p.end == item.start)
                .map(|p| self.item_text(&p));
            let placed = placed_city == Some(k)
                || prev_text.is_some_and(|t| t.ends_with('在') || t.ends_with('于'));
            // 湖南省长沙市: the province only says where the city is.
            if let Some(city) = self.city_of_province_at(items, k) {
                if placed {
                    placed_city = Some(city);
                }
                continue;
            }
            if self.honour_after(item) {
                continue;
            }
            let occ = match item.what {
                What::Tok(Tok::Place { entry, organ }) => {
                    self.place_occurrence(items, k, entry, organ, placed, prev_text)
                }
                // 洪清华应邀参加, X等随团考察: who only attends brings no body of their own.
                What::Person(_)
                    if self.attends_after(items, k) || self.attendance_clause(items, k) =>
                {
                    None
                }
                What::Person(i) => self.people.get(i).and_then(|p| p.org).map(|entry| Occ {
                    entry,
                    at: k,
                    span: (item.start, item.end),
                    home: is_home(lex.kind(entry)),
                    location: false,
                    from_person: true,
                    delegation: false,
                    destination: false,
                }),
                _ => None,
            };
            out.extend(occ);
        }
        out
    }

    /// 中国科学院院士, 全国人大代表, 省政协委员: an honour of a person right after the body, which
    /// then takes no part.
    fn honour_after(&self, item: &Item) -> bool {
        let rest = &self.text[item.end..];
        tables::HONOURS_AFTER_BODY.iter().any(|h| {
            rest.strip_prefix(h)
                .is_some_and(|r| !r.starts_with(tables::NOT_AN_HONOUR_AFTER))
        })
    }

    /// The index of the city right after the province at `k` when that province is the city's
    /// own (湖南省长沙市): the province then only says where the city is.
    fn city_of_province_at(&self, items: &[Item], k: usize) -> Option<usize> {
        let lex = lexicon();
        let (
            What::Tok(Tok::Place {
                entry: e @ Entry::Province(_),
                ..
            }),
            Some(next),
        ) = (items[k].what, items.get(k + 1))
        else {
            return None;
        };
        let What::Tok(Tok::Place {
            entry: Entry::City(c),
            ..
        }) = next.what
        else {
            return None;
        };
        (next.start == items[k].end && lex.entry(lex.cities[c].province) == Some(e))
            .then_some(k + 1)
    }

    /// A place or body named at `k` as a party of the sentence, if it is one there.
    fn place_occurrence(
        &self,
        items: &[Item],
        k: usize,
        entry: Entry,
        organ: Organ,
        placed: bool,
        prev_text: Option<&str>,
    ) -> Option<Occ> {
        let lex = lexicon();
        let item = &items[k];
        let kind = lex.kind(entry);
        let occ = Occ {
            entry,
            at: k,
            span: (item.start, item.end),
            home: is_home(kind),
            location: false,
            from_person: false,
            delegation: false,
            destination: false,
        };
        // A city acts only under its full name or through its organs (兰州市, 兰州市委); 兰州 alone is a place.
        if let Entry::City(i) = entry {
            // 到我市考察: the paper's own city, named by its generic word, acts as the city.
            if organ == Organ::None && !item.generic && self.item_text(item) != lex.cities[i].name {
                return placed.then_some(Occ {
                    home: true,
                    location: true,
                    ..occ
                });
            }
        }
        // 北京知名企业家, 中央新疆工作座谈会: a place that only qualifies a noun takes no part.
        if is_home(kind) && organ == Organ::None && !placed && self.qualifies(items, k) {
            return None;
        }
        // A generic 集团 or 公司 only names the enterprise as the holder of a title.
        if item.generic && !matches!(entry, Entry::Province(_) | Entry::City(_)) {
            return None;
        }
        // 中央宣传部副部长、中央网信办主任庄荣文: one person, who acts for the body of the
        // title nearest the name only.
        if self.titles_someone_else(items, k, entry) {
            return None;
        }
        // 广东省委副书记、深圳市委书记X receiving another province's delegation: X takes part
        // for the province, and the city's title adds no party (GUIDE section 2).
        if self.city_title_after_province(items, k, entry) {
            return None;
        }
        // 全国政协副主席何厚铧…等共同担任主礼嘉宾: a body whose official only attends is no party.
        if !is_home(kind) && self.holder_attends(items, k) {
            return None;
        }
        let went = prev_text.is_some_and(|t| t.ends_with(tables::DESTINATION_VERBS))
            || k.checked_sub(1).is_some_and(|p| {
                items[p].end == item.start
                    && items[p].what == What::Tok(Tok::Trigger(EventKind::Visit))
            });
        // 赴京拜访, 进京: the capital as the place of the central bodies, never a side.
        let to_capital = self.item_text(item) == "京"
            && (went || placed || prev_text.is_some_and(|t| t.ends_with('进')));
        Some(Occ {
            location: (is_home(kind) && organ == Organ::None && placed) || to_capital,
            delegation: organ == Organ::Delegation,
            destination: organ == Organ::None && is_home(kind) && went,
            ..occ
        })
    }

    /// Whether the city at `k` holds the later title of a chain that began with a title of its
    /// own province (广东省委副书记、深圳市委书记), in a sentence with another province's delegation.
    fn city_title_after_province(&self, items: &[Item], k: usize, entry: Entry) -> bool {
        let lex = lexicon();
        let Entry::City(c) = entry else {
            return false;
        };
        let province = lex.entry(lex.cities[c].province);
        let chained = k >= 3
            && items[k - 1].what == What::Punct('、')
            && matches!(items[k - 2].what, What::Tok(Tok::Title(_)))
            && matches!(items[k - 3].what, What::Tok(Tok::Place { entry, .. }) if Some(entry) == province);
        let visitors = items.iter().any(|i| {
            matches!(i.what, What::Tok(Tok::Place { entry: e @ Entry::Province(_), organ: Organ::Delegation }) if Some(e) != province)
        });
        chained && visitors
    }

    /// Which items of a sentence stand between 除 and its 外 (崔世安除列席5日的开幕式外，还拜会
    /// 外交部): what is set aside there is neither a party nor a date of the meetings told.
    pub(super) fn set_aside(&self, items: &[Item]) -> Vec<bool> {
        let mut mask = vec![false; items.len()];
        let opens = |t: &str| t.starts_with('除') || t.contains("除了");
        let closes = |t: &str| t.starts_with('外') || t.ends_with('外');
        let mut open: Option<usize> = None;
        for (k, item) in items.iter().enumerate() {
            let text = (item.what == What::Text).then(|| self.item_text(item));
            match (open, text) {
                (None, Some(t)) if opens(t) && !t.contains('外') => open = Some(k),
                (Some(o), Some(t)) if closes(t) || t.contains("之外") || t.contains("以外") => {
                    mask[o..=k].iter_mut().for_each(|m| *m = true);
                    open = None;
                }
                (Some(_), _) if matches!(item.what, What::Punct('。' | '；')) => open = None,
                _ => {}
            }
        }
        mask
    }

    /// Whether the place at `k` only qualifies the words around it (北京知名企业家, 山东籍,
    /// 中央新疆工作座谈会), or is set aside (除了河南之外).
    fn qualifies(&self, items: &[Item], k: usize) -> bool {
        let item = &items[k];
        let glued = |j: Option<usize>| {
            j.and_then(|j| items.get(j))
                .filter(|i| i.what == What::Text && (i.end == item.start || i.start == item.end))
                .map(|i| self.item_text(i))
        };
        let after = glued(Some(k + 1)).is_some_and(|t| {
            tables::QUALIFIED_AFTER_PLACE
                .iter()
                .any(|w| t.starts_with(w))
        });
        let before = glued(k.checked_sub(1)).is_some_and(|t| {
            tables::QUALIFIED_BEFORE_PLACE
                .iter()
                .any(|w| t.ends_with(w))
        });
        // 除了河南之外: the place set aside is not of this sentence's meeting.
        let aside = glued(k.checked_sub(1))
            .is_some_and(|t| t.ends_with('除') || t.ends_with("除了"))
            && glued(Some(k + 1))
                .is_some_and(|t| ["之外", "以外", "外"].iter().any(|w| t.starts_with(w)));
        // 北京·香港经济合作研讨洽谈会: places joined by a dot name a gathering or a brand.
        let dotted = self.text[item.end..]
            .strip_prefix(['·', '.', '•'])
            .is_some_and(|t| t.starts_with(super::super::scan::is_han));
        after || before || aside || dotted
    }

    /// Whether a sentence is a line of its own with no sentence end: a heading or a title.
    pub(super) fn is_heading(&self, sentence: Sentence) -> bool {
        let line = self.text[sentence.start..sentence.end].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '#' | '_' | '【' | '】')
        });
        let starts_line = sentence.start == 0 || self.text[..sentence.start].ends_with('\n');
        starts_line
            && self.text[sentence.start..sentence.end].ends_with('\n')
            && !line.is_empty()
            && !line.ends_with(['。', '！', '？', '；', '.', '!', '?', ';', '”', '」'])
            && line.chars().count() <= 40
    }

    /// Whether the body at `k` starts a list of titles whose name holds office in another body.
    pub(super) fn titles_someone_else(&self, items: &[Item], k: usize, body: Entry) -> bool {
        let titled = items
            .get(k + 1)
            .is_some_and(|n| n.start == items[k].end && matches!(n.what, What::Tok(Tok::Title(_))));
        if !titled {
            return false;
        }
        for (j, item) in items.iter().enumerate().skip(k + 1) {
            match item.what {
                What::Tok(Tok::Title(_) | Tok::Place { .. }) | What::Punct('、') => {}
                // 粤港澳大湾区企业家联盟主席: a body the lexicons lack, before its title.
                What::Text
                    if items.get(j + 1).is_some_and(|n| {
                        n.start == item.end && matches!(n.what, What::Tok(Tok::Title(_)))
                    }) => {}
                What::Person(p) => {
                    // 全国工商联副主席、香港世茂集团董事局主席X, 广东省委常委、深圳市委书记X: the
                    // body nearest the name is the side X takes part for.
                    return self.people[p]
                        .org
                        .is_some_and(|o| o != body && !matches!(o, Entry::Province(_)));
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the items between two positions only continue a list of names and titles.
    pub(super) fn continues_list(&self, items: &[Item], from: usize, to: usize) -> bool {
        items[from + 1..to].iter().all(|it| match it.what {
            What::Tok(Tok::Title(_)) | What::Person(_) => true,
            What::Tok(Tok::Place { entry, .. }) => is_home(lexicon().kind(entry)),
            What::Punct(c) => matches!(c, '、' | '，' | ','),
            What::Text => matches!(self.item_text(it), "和" | "及" | "以及"),
            _ => false,
        })
    }
}
