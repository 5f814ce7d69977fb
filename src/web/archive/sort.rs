//! The meetings table's order: by any of its columns, either way, ties kept in reading order.
//!
//! Pure (no web dependency), so that its tests run natively under `cargo test`.

use std::cmp::Ordering;

use crate::core::archive::Meeting;

/// A column of the meetings table, as its header button and `data-sort` name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Date,
    Kind,
    PartyA,
    PartyB,
    Participants,
    Agreements,
    Topics,
    Articles,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Date,
        Column::Kind,
        Column::PartyA,
        Column::PartyB,
        Column::Participants,
        Column::Agreements,
        Column::Topics,
        Column::Articles,
    ];

    /// The column's name in `data-sort`.
    pub fn key(self) -> &'static str {
        match self {
            Column::Date => "date",
            Column::Kind => "kind",
            Column::PartyA => "party-a",
            Column::PartyB => "party-b",
            Column::Participants => "participants",
            Column::Agreements => "agreements",
            Column::Topics => "topics",
            Column::Articles => "articles",
        }
    }
}

/// The table's order: a column and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub ascending: bool,
}

impl Default for Sort {
    /// Oldest first: an archive is read as a chronology.
    fn default() -> Sort {
        Sort {
            column: Column::Date,
            ascending: true,
        }
    }
}

impl Sort {
    /// The order after a click on `column`'s header: the same column turns round, another
    /// starts ascending.
    pub fn clicked(self, column: Column) -> Sort {
        Sort {
            column,
            ascending: self.column != column || !self.ascending,
        }
    }

    /// `aria-sort` of `column`'s header.
    pub fn aria(self, column: Column) -> &'static str {
        match (self.column == column, self.ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    }
}

/// Sorts `rows` (indices into `meetings`) by `sort`. Meetings without a date, and cells
/// without a value, come last either way: they are what nobody sorts to find.
pub fn order(meetings: &[Meeting], rows: &mut [usize], sort: Sort) {
    rows.sort_by(|&a, &b| {
        let (ma, mb) = (&meetings[a], &meetings[b]);
        let (ea, eb) = (is_empty(ma, sort.column), is_empty(mb, sort.column));
        let by = match (ea, eb) {
            (false, false) => {
                let o = compare(ma, mb, sort.column);
                if sort.ascending {
                    o
                } else {
                    o.reverse()
                }
            }
            _ => ea.cmp(&eb),
        };
        by.then(a.cmp(&b))
    });
}

fn is_empty(m: &Meeting, column: Column) -> bool {
    match column {
        Column::Date => m.start().is_empty(),
        Column::PartyB => m.parties.len() < 2,
        Column::Topics => m.topics.is_empty(),
        _ => false,
    }
}

fn party(m: &Meeting, i: usize) -> &str {
    m.parties.get(i).map(|p| p.name.as_str()).unwrap_or("")
}

fn compare(a: &Meeting, b: &Meeting, column: Column) -> Ordering {
    match column {
        Column::Date => a.start().cmp(b.start()),
        Column::Kind => a.kind.as_str().cmp(b.kind.as_str()),
        Column::PartyA => party(a, 0).cmp(party(b, 0)),
        Column::PartyB => party(a, 1).cmp(party(b, 1)),
        Column::Participants => a.participants.len().cmp(&b.participants.len()),
        Column::Agreements => a.agreements.len().cmp(&b.agreements.len()),
        Column::Topics => a.topics.first().cmp(&b.topics.first()),
        Column::Articles => a.articles.len().cmp(&b.articles.len()),
    }
}

/// Rows per page of the table: a page draws in a few milliseconds whatever the archive's size.
pub const PAGE_ROWS: usize = 100;

/// The number of pages of `rows` rows (one at least, so that an empty table has page 1 of 1).
pub fn pages(rows: usize) -> usize {
    rows.div_ceil(PAGE_ROWS).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::archive::{Archive, ArticleMeta, Record};
    use crate::core::{analyze, Options};

    /// Three articles: two meetings on different days, one undated, one reported twice.
    fn meetings() -> Vec<Meeting> {
        let texts = [
            "2024年3月15日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",
            "2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",
            "湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",
            "2024年3月14日，湖南省委书记沈晓明在长沙会见交通运输部部长李小鹏一行。",
        ];
        let mut archive = Archive::default();
        for (i, text) in texts.iter().enumerate() {
            let record = Record {
                text: text.to_string(),
                ..Default::default()
            };
            let doc = analyze(text, &Options::default());
            archive.add(ArticleMeta::new(i + 1, &record, &doc), doc);
        }
        archive.meetings
    }

    #[test]
    fn dates_sort_both_ways_with_the_undated_last() {
        let m = meetings();
        assert_eq!(m.len(), 3, "{m:#?}");
        let mut rows: Vec<usize> = (0..m.len()).collect();
        order(&m, &mut rows, Sort::default());
        let dates: Vec<&str> = rows.iter().map(|&r| m[r].start()).collect();
        assert_eq!(dates, ["2024-03-14", "2024-03-15", ""]);
        order(&m, &mut rows, Sort::default().clicked(Column::Date));
        let dates: Vec<&str> = rows.iter().map(|&r| m[r].start()).collect();
        assert_eq!(dates, ["2024-03-15", "2024-03-14", ""]);
    }

    #[test]
    fn articles_sort_by_count_and_ties_keep_reading_order() {
        let m = meetings();
        let mut rows: Vec<usize> = (0..m.len()).collect();
        let most = Sort {
            column: Column::Articles,
            ascending: false,
        };
        order(&m, &mut rows, most);
        let counts: Vec<usize> = rows.iter().map(|&r| m[r].articles.len()).collect();
        assert_eq!(counts, [2, 1, 1]);
        // The two single reports stay in the order they were read.
        assert!(rows[1] < rows[2], "{rows:?}");
    }

    #[test]
    fn header_clicks_and_aria() {
        let s = Sort::default();
        assert_eq!(s.aria(Column::Date), "ascending");
        assert_eq!(s.aria(Column::Kind), "none");
        let s = s.clicked(Column::Date);
        assert_eq!(s.aria(Column::Date), "descending");
        let s = s.clicked(Column::Kind);
        assert_eq!((s.column, s.ascending), (Column::Kind, true));
        assert_eq!((pages(0), pages(100), pages(101)), (1, 1, 2));
    }
}
