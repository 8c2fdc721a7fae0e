//! The grammar of date expressions: day-first dates and ranges, English month-first dates,
//! months and ranges of months, parts of a month or year, seasons, bare years.

use super::scan::Scanner;
use super::{DatePrecision, DateValue, PeriodPart, Season};
use crate::model::{days_in_month, PartialDate};
use crate::nl::months::MonthName;
use crate::nl::scan::TextScanner;

/// Earliest year a bare year (`in 2035`) may name; smaller four-digit numbers are amounts.
const MIN_BARE_YEAR: u16 = 1900;

/// Latest year a bare year may name.
const MAX_BARE_YEAR: u16 = 2100;

/// Words after which a four-digit number is a year (`in 2035`, `sinds 1949`), lowercase.
const WORDS_BEFORE_A_YEAR: &[&str] = &[
    "in",
    "sinds",
    "sedert",
    "vanaf",
    "tot",
    "uit",
    "na",
    "voor",
    "per",
    "uiterlijk",
    "rond",
    "omstreeks",
    "jaar",
    "since",
    "from",
    "until",
    "by",
    "before",
    "after",
];

/// Words after which a number is an amount, not a year (`tot 2000 militairen`), lowercase.
const WORDS_AFTER_AN_AMOUNT: &[&str] = &[
    "miljoen",
    "miljard",
    "mln",
    "mld",
    "mrd",
    "euro",
    "eur",
    "dollar",
    "procent",
    "keer",
    "militairen",
    "soldaten",
    "man",
    "mensen",
    "personen",
    "troepen",
    "km",
    "kilometer",
    "ton",
    "million",
    "billion",
    "percent",
    "troops",
    "people",
    "soldiers",
];

/// A day, month and year as written, each optional, and where the written part ends.
#[derive(Debug, Clone, Copy)]
struct WrittenDate {
    day: Option<u8>,
    month: Option<u8>,
    year: Option<u16>,
    end: usize,
}

impl Scanner<'_> {
    /// The date expression starting at `at`, if any: its end and value.
    pub(super) fn expression_at(&self, at: usize) -> Option<(usize, DateValue)> {
        let from = self.after_weekday(at).unwrap_or(at);
        let dated = self
            .day_first(from)
            .or_else(|| self.month_first(from))
            .map(|(end, value)| self.with_relative_marker(end, value));
        if dated.is_some() || from != at {
            return dated;
        }
        self.month_year(at)
            .or_else(|| self.period(at))
            .or_else(|| self.season(at))
            .or_else(|| self.bare_year(at))
    }

    /// Adds a `jl.` or `a.s.` that follows a date without a year.
    fn with_relative_marker(&self, end: usize, mut value: DateValue) -> (usize, DateValue) {
        if value.year_stated {
            return (end, value);
        }
        match self.relative_marker(end) {
            Some((marker, marker_end)) => {
                value.relative = Some(marker);
                (marker_end, value)
            }
            None => (end, value),
        }
    }

    /// A day with, where written, its month and year (`24`, `24 juni`, `24 juni 2025`).
    fn day_month_year(&self, at: usize) -> Option<WrittenDate> {
        let (day, end) = self.day(at)?;
        let mut written = WrittenDate {
            day: Some(day),
            month: None,
            year: None,
            end,
        };
        let Some((month, end)) = self.space(end).and_then(|s| self.month(s)) else {
            return Some(written);
        };
        written.month = Some(month.month);
        written.end = end;
        if let Some((year, end)) = self.space(end).and_then(|s| self.year(s)) {
            written.year = Some(year);
            written.end = end;
        }
        Some(written)
    }

    /// The date of `written`, its missing month and year taken from `fallback` (the other end of
    /// a range) or, for the year, the caller's; `None` when it is no calendar day.
    fn resolve_day(&self, written: WrittenDate, fallback: WrittenDate) -> Option<PartialDate> {
        let month = written.month.or(fallback.month)?;
        let year = written
            .year
            .or(fallback.year)
            .unwrap_or(self.year_if_unstated);
        let day = written.day?;
        (day <= days_in_month(year, month)).then(|| PartialDate::ymd(year, month, day))
    }

    /// A day-first date or range of days: `24 juni`, `10 en 11 juli 2024`, `9–11 juli 2024`,
    /// `30 juni tot 2 juli 2025`, `24 tot en met woensdag 26 juni`.
    fn day_first(&self, at: usize) -> Option<(usize, DateValue)> {
        let first = self.day_month_year(at)?;
        let second = self
            .connector(first.end)
            .map(|c| self.after_weekday(c).unwrap_or(c))
            .and_then(|c| self.day_month_year(c))
            .filter(|s| s.month.is_some() && (first.year.is_none() || s.year.is_some()));
        if let Some(second) = second {
            let start = self.resolve_day(first, second);
            let end = self.resolve_day(second, first);
            if let (Some(start), Some(end)) = (start, end) {
                if end > start {
                    let value = DateValue {
                        start,
                        end: Some(end),
                        precision: DatePrecision::Day,
                        year_stated: second.year.is_some(),
                        relative: None,
                    };
                    return Some((second.end, value));
                }
            }
        }
        let value = DateValue {
            start: self.resolve_day(first, first)?,
            end: None,
            precision: DatePrecision::Day,
            year_stated: first.year.is_some(),
            relative: None,
        };
        Some((first.end, value))
    }

    /// An English month-first date: `July 11, 2023`, `July 9–11, 2024`, `July 11`. The month is
    /// capitalised.
    fn month_first(&self, at: usize) -> Option<(usize, DateValue)> {
        if !self.char_at(at).is_some_and(char::is_uppercase) {
            return None;
        }
        let (month, end) = self.month(at)?;
        let (day, mut end) = self.day(self.space(end)?)?;
        let mut last_day = None;
        if let Some((d, e)) = self.connector(end).and_then(|c| self.day(c)) {
            last_day = Some(d);
            end = e;
        }
        let comma = usize::from(self.char_at(end) == Some(','));
        let year = self.space(end + comma).and_then(|s| self.year(s));
        if let Some((_, e)) = year {
            end = e;
        }
        let written = |day| WrittenDate {
            day: Some(day),
            month: Some(month.month),
            year: year.map(|(y, _)| y),
            end,
        };
        let start = self.resolve_day(written(day), written(day))?;
        let last = match last_day {
            Some(d) => Some(self.resolve_day(written(d), written(d))?).filter(|e| *e > start),
            None => None,
        };
        if last_day.is_some() && last.is_none() {
            return None;
        }
        let value = DateValue {
            start,
            end: last,
            precision: DatePrecision::Day,
            year_stated: year.is_some(),
            relative: None,
        };
        Some((end, value))
    }

    /// A month of a year, or a range of months: `februari 2022`, `mrt. 2025`, `juni en juli 2025`,
    /// `augustus 2024 t/m december 2026`.
    fn month_year(&self, at: usize) -> Option<(usize, DateValue)> {
        if self.follows_a_day(at) {
            // `31 juni 2025`: a day that is no calendar day, not a month.
            return None;
        }
        let (first, end) = self.month(at)?;
        let first_year = self.space(end).and_then(|s| self.year(s));
        let after_first = first_year.map_or(end, |(_, e)| e);
        let second = self.connector(after_first).and_then(|c| {
            let (month, end) = self.month(c)?;
            let (year, end) = self.year(self.space(end)?)?;
            Some((month, year, end))
        });
        let month = |year, m: MonthName| PartialDate {
            year,
            month: Some(m.month),
            day: None,
        };
        let range = second.and_then(|(last, last_year, end)| {
            let start = month(first_year.map_or(last_year, |(y, _)| y), first);
            let last = month(last_year, last);
            (last > start).then_some((start, Some(last), end))
        });
        let (start, last, end) = match (range, first_year) {
            (Some(range), _) => range,
            (None, Some((year, end))) => (month(year, first), None, end),
            (None, None) => return None,
        };
        let value = DateValue {
            start,
            end: last,
            precision: DatePrecision::Month,
            year_stated: true,
            relative: None,
        };
        Some((end, value))
    }

    /// True when a number of one or two digits stands just before `at`, white space between.
    fn follows_a_day(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        before.len() < at && (1..=2).contains(&digits)
    }

    /// A part of a month or year: `begin juli`, `eind juni 2025`, `medio 2025`, `eind-2026`,
    /// `mid-2025`, `end of 2026`.
    fn period(&self, at: usize) -> Option<(usize, DateValue)> {
        const PARTS: [(&str, PeriodPart); 11] = [
            ("beginning of", PeriodPart::Begin),
            ("begin", PeriodPart::Begin),
            ("early", PeriodPart::Begin),
            ("medio", PeriodPart::Middle),
            ("midden", PeriodPart::Middle),
            ("half", PeriodPart::Middle),
            ("mid", PeriodPart::Middle),
            ("einde", PeriodPart::End),
            ("eind", PeriodPart::End),
            ("end of", PeriodPart::End),
            ("late", PeriodPart::End),
        ];
        let (part, end) = PARTS
            .iter()
            .find_map(|&(w, p)| self.literal(at, w).map(|e| (p, e)))?;
        let next = if self.char_at(end) == Some('-') {
            end + 1
        } else {
            self.space(end)?
        };
        let (start, end, year_stated) = if let Some((month, end)) = self.month(next) {
            let year = self.space(end).and_then(|s| self.year(s));
            let date = PartialDate {
                year: year.map_or(self.year_if_unstated, |(y, _)| y),
                month: Some(month.month),
                day: None,
            };
            (date, year.map_or(end, |(_, e)| e), year.is_some())
        } else {
            let (year, end) = self.year(next)?;
            (year_only(year), end, true)
        };
        let value = DateValue {
            start,
            end: None,
            precision: DatePrecision::Part(part),
            year_stated,
            relative: None,
        };
        Some((end, value))
    }

    /// A season of a year: `zomer van 2023`, `voorjaar 2024`, `summer of 2023`.
    fn season(&self, at: usize) -> Option<(usize, DateValue)> {
        const SEASONS: [(&str, Season); 9] = [
            ("voorjaar", Season::Spring),
            ("lente", Season::Spring),
            ("spring", Season::Spring),
            ("zomer", Season::Summer),
            ("summer", Season::Summer),
            ("najaar", Season::Autumn),
            ("herfst", Season::Autumn),
            ("autumn", Season::Autumn),
            ("winter", Season::Winter),
        ];
        let (season, end) = SEASONS
            .iter()
            .find_map(|&(w, s)| self.literal(at, w).map(|e| (s, e)))?;
        let mut next = self.space(end)?;
        if let Some(after_of) = ["van", "of"]
            .iter()
            .find_map(|w| self.literal(next, w))
            .and_then(|e| self.space(e))
        {
            next = after_of;
        }
        let (year, end) = self.year(next)?;
        let value = DateValue {
            start: year_only(year),
            end: None,
            precision: DatePrecision::Season(season),
            year_stated: true,
            relative: None,
        };
        Some((end, value))
    }

    /// A year standing alone after a word of time (`in 2035`, `sinds 1949`), or a range of years
    /// (`in 2025–2030`); not an amount (`tot 2000 militairen`).
    fn bare_year(&self, at: usize) -> Option<(usize, DateValue)> {
        let before = self.text[..at].trim_end();
        let word_before = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let spaced = before.len() < at;
        let after_time_word = WORDS_BEFORE_A_YEAR
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word_before));
        if !(spaced && after_time_word) {
            return None;
        }
        let bare = |at| {
            self.year(at)
                .filter(|(y, _)| (MIN_BARE_YEAR..=MAX_BARE_YEAR).contains(y))
        };
        let (year, mut end) = bare(at)?;
        let mut last = None;
        let dash = ["-", "–", "—"]
            .iter()
            .find_map(|d| self.literal(end, d))
            .and_then(bare)
            .filter(|(y, _)| *y > year);
        if let Some((y, e)) = dash {
            last = Some(year_only(y));
            end = e;
        }
        let amount_follows = self
            .space(end)
            .and_then(|s| self.word(s))
            .is_some_and(|(w, _)| {
                WORDS_AFTER_AN_AMOUNT
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(w))
            });
        if amount_follows {
            return None;
        }
        let value = DateValue {
            start: year_only(year),
            end: last,
            precision: DatePrecision::Year,
            year_stated: true,
            relative: None,
        };
        Some((end, value))
    }
}

/// A date known only to the year.
fn year_only(year: u16) -> PartialDate {
    PartialDate {
        year,
        month: None,
        day: None,
    }
}
