//! When an event happened: the text's date expressions resolved against the reference date, the
//! year last written and the events told before, and the day arithmetic that needs.
//!
//! A date the text writes without a year or a month takes them from its context (GUIDE section 2).

use super::{EventDate, Reader};
use crate::core::dates::{DateExpr, Relative, YearSpec};
use crate::core::document::PartialDate;

/// Ordinal of a (month, day) for comparisons within a year.
pub(super) fn ordinal(m: u32, d: u32) -> u32 {
    m * 32 + d
}

pub(super) fn days_in_month(y: Option<i32>, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match y {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
    }
}

/// The weekday of a date, 0 for Monday (Sakamoto's method).
fn weekday_of(y: i32, m: u32, d: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday_first =
        (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d as i32).rem_euclid(7);
    ((sunday_first + 6) % 7) as u32
}

/// The day before a full date (a partial one stays as it is).
pub(super) fn previous_day(d: PartialDate) -> PartialDate {
    match (d.year, d.month, d.day) {
        (_, Some(_), Some(day)) if day > 1 => PartialDate {
            day: Some(day - 1),
            ..d
        },
        (y, Some(1), Some(_)) => PartialDate {
            year: y.map(|y| y - 1),
            month: Some(12),
            day: Some(31),
        },
        (y, Some(m), Some(_)) => PartialDate {
            year: y,
            month: Some(m - 1),
            day: Some(days_in_month(y, m - 1)),
        },
        _ => d,
    }
}

pub(super) fn next_day(d: PartialDate) -> PartialDate {
    match (d.month, d.day) {
        (Some(m), Some(day)) if day < days_in_month(d.year, m) => PartialDate {
            day: Some(day + 1),
            ..d
        },
        (Some(12), Some(_)) => PartialDate {
            year: d.year.map(|y| y + 1),
            month: Some(1),
            day: Some(1),
        },
        (Some(m), Some(_)) => PartialDate {
            month: Some(m + 1),
            day: Some(1),
            ..d
        },
        _ => d,
    }
}

pub(super) fn same_day(a: &PartialDate, b: &PartialDate) -> bool {
    a.month == b.month
        && a.day == b.day
        && (a.year.is_none() || b.year.is_none() || a.year == b.year)
}

pub(super) fn within(d: &PartialDate, start: &PartialDate, end: &PartialDate) -> bool {
    let key = |p: &PartialDate| {
        (
            p.year.unwrap_or(0),
            p.month.unwrap_or(0),
            p.day.unwrap_or(0),
        )
    };
    let years_agree = d.year.is_none() || start.year.is_none() || d.year == start.year;
    d.day.is_some() && start != end && years_agree && key(start) <= key(d) && key(d) <= key(end)
}

impl Reader<'_> {
    /// The event date the text's date expression `index` gives, in `paragraph`.
    pub(super) fn resolve_date(&mut self, index: usize, paragraph: usize) -> Option<EventDate> {
        let d = &self.scan.dates[index];
        let (span, time_of_day) = (Some((d.start, d.end)), d.time_of_day);
        let (start, end) = match d.expr {
            DateExpr::Vague => return None,
            DateExpr::Relative(rel) => {
                let day = self.relative_day(rel)?;
                (day, day)
            }
            DateExpr::Absolute {
                year,
                month,
                day,
                until,
                ..
            } => self.absolute_days(year, month, day, until, paragraph),
        };
        Some(EventDate {
            start,
            end,
            time_of_day,
            span,
        })
    }

    /// 今日, 昨日 from the reference date; 当日, 次日 from the event told before.
    fn relative_day(&self, rel: Relative) -> Option<PartialDate> {
        match rel {
            Relative::Weekday { last_week, day } => {
                let (ry, rm, rd) = self.reference?;
                let back =
                    weekday_of(ry, rm, rd) as i64 - day as i64 + if last_week { 7 } else { 0 };
                let mut date = PartialDate {
                    year: Some(ry),
                    month: Some(rm),
                    day: Some(rd),
                };
                for _ in 0..back.max(0) {
                    date = previous_day(date);
                }
                for _ in back..0 {
                    date = next_day(date);
                }
                Some(date)
            }
            Relative::Today | Relative::Yesterday => {
                // A dispatch's 今天 is the day it was filed, else the publication's.
                let today = self.filed.or_else(|| {
                    let (ry, rm, rd) = self.reference?;
                    Some(PartialDate {
                        year: Some(ry),
                        month: Some(rm),
                        day: Some(rd),
                    })
                })?;
                Some(if rel == Relative::Today {
                    today
                } else {
                    previous_day(today)
                })
            }
            Relative::NextDay => self.last_date.map(next_day),
            _ => self.last_date,
        }
    }

    /// The first and last day of a written date (a range has an `until`), its missing month and
    /// year taken from the context.
    fn absolute_days(
        &mut self,
        year: YearSpec,
        month: Option<u32>,
        day: Option<u32>,
        until: Option<(Option<u32>, u32)>,
        paragraph: usize,
    ) -> (PartialDate, PartialDate) {
        let (month, implied_year) = match (month, day) {
            (None, Some(day)) => self.implied_month(day),
            _ => (month, None),
        };
        let y = match year {
            YearSpec::Unwritten if implied_year.is_some() => implied_year,
            YearSpec::Unwritten => self.unwritten_year(month, day, paragraph),
            YearSpec::Explicit(y) => Some(y),
            YearSpec::This => self.reference.map(|r| r.0),
            YearSpec::Last => self.reference.map(|r| r.0 - 1),
            YearSpec::Next => self.reference.map(|r| r.0 + 1),
            YearSpec::Same => self.last_year.or(self.reference.map(|r| r.0)),
        };
        if let YearSpec::Explicit(y) = year {
            self.last_year = Some(y);
            let written = month.map(|m| ordinal(m, day.unwrap_or(1)));
            self.paragraph_year = Some((paragraph, y, written));
        }
        let start = PartialDate {
            year: y,
            month,
            day,
        };
        let end = match until {
            Some((m2, d2)) => {
                let m2 = m2.or(month);
                let y2 = match (y, m2, month) {
                    (Some(y), Some(a), Some(b)) if a < b => Some(y + 1),
                    _ => y,
                };
                PartialDate {
                    year: y2,
                    month: m2,
                    day: Some(d2),
                }
            }
            None => start,
        };
        (start, end)
    }

    /// A day without a month is in the month of the events around it, else the publication's
    /// month, or the month before for a day after publication (a paper of 12月1日 telling of 25日
    /// means 11月25日). Gives the month and the year that comes with it.
    fn implied_month(&self, day: u32) -> (Option<u32>, Option<i32>) {
        match self.last_date {
            Some(PartialDate {
                month: Some(m),
                year,
                ..
            }) => (Some(m), year),
            _ => match self.reference {
                Some((ry, 1, rd)) if day > rd => (Some(12), Some(ry - 1)),
                Some((ry, rm, rd)) if day > rd => (Some(rm - 1), Some(ry)),
                Some((ry, rm, _)) => (Some(rm), Some(ry)),
                None => (None, None),
            },
        }
    }

    /// The year of a date written without one.
    fn unwritten_year(
        &self,
        month: Option<u32>,
        day: Option<u32>,
        paragraph: usize,
    ) -> Option<i32> {
        match self.paragraph_year {
            Some((p, y, _)) if p == paragraph => Some(y),
            // 2023年12月18日… then, a paragraph on, 12月19日: the days that follow.
            Some((p, y, Some(written)))
                if p + 1 == paragraph
                    && month.is_some_and(|m| {
                        let at = ordinal(m, day.unwrap_or(1));
                        at >= written && at <= written + 60
                    }) =>
            {
                Some(y)
            }
            None | Some(_) if self.reference.is_none() => self.last_year,
            _ => self.reference.map(|(ry, rm, rd)| {
                // A day well after the publication date belongs to the year before.
                let m = month.unwrap_or(1);
                if ordinal(m, day.unwrap_or(1)) > ordinal(rm, rd) + 7 {
                    ry - 1
                } else {
                    ry
                }
            }),
        }
    }
}
