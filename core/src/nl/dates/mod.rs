//! Dates as the letters write them: a whole date (`23 juni 2026`, `Den Haag, 23 mei 2025`), and
//! date expressions found in running text ([`find_date_expressions`]).
//!
//! The scanner reads, in Dutch and English:
//! - days: `24 juni`, `woensdag 25 juni` (the weekday is part of the expression),
//!   `31 augustus 2025`, `3 juni jl.`, `11 July 2023`, `11 Jul. 2023`, `July 11, 2023`;
//! - ranges of days: `10 en 11 juli 2024`, `9 tot 11 juli 2024`, `9–11 juli 2024`,
//!   `24 tot en met 26 juni`, `30 juni tot 2 juli 2025`;
//! - months: `februari 2022`, `mrt. 2025`, `juni en juli 2025`;
//! - parts of a month or year and seasons: `begin juli`, `eind 2026`, `medio 2025`,
//!   `zomer van 2023`, `mid-2025`;
//! - bare years after a word of time (`in 2035`, `sinds 1949`, `tot 2030`);
//! - relative phrases ([`find_relative_expressions`]): `morgen`, `vorige week`, `deze week`,
//!   `de tweede en laatste dag` (of the meeting), resolved by the extraction stage.
//!
//! The parts of an expression may be separated by any white space, a single line break included
//! (`14 en 15 mei⏎2025`), but not by an empty line. Numbers that are not days or years never match:
//! Kamerstuk numbers (`28 676, nr. 522`), amounts (`5 miljard`), counts (`76 jaar`,
//! `32 bondgenoten`), times (`10.00 uur`).
//!
//! Files: this one holds the whole-date readers and the types of a found expression; `scan`
//! walks a text and reads its words and numbers, `forms` holds the grammar of the expressions.

mod forms;
mod relative;
mod scan;

pub use relative::{find_relative_expressions, RelativeDay, RelativeExpression};
pub use scan::find_date_expressions;

use crate::model::{days_in_month, PartialDate, Span};
use crate::nl::months::dutch_month_number;

/// Longest place name before the date of a place-and-date line, in bytes; longer text before
/// a comma is a sentence, not a place.
const MAX_PLACE_BYTES: usize = 40;

/// Parses a whole string of the form `23 juni 2026` (day, Dutch month name, year).
pub fn parse_dutch_date(s: &str) -> Option<PartialDate> {
    let mut words = s.split_whitespace();
    let day: u8 = words.next()?.parse().ok()?;
    let month = dutch_month_number(words.next()?)?;
    let year_word = words.next()?;
    if year_word.len() != 4 || words.next().is_some() {
        return None;
    }
    let year: u16 = year_word.parse().ok()?;
    (day >= 1 && day <= days_in_month(year, month)).then(|| PartialDate::ymd(year, month, day))
}

/// Parses a whole string that is one date, Dutch or English, month written out or abbreviated:
/// `23 juni 2026`, `3 mrt. 2025`, `11 July 2023`, `11 Jul. 2023`, `July 11, 2023`, with an
/// optional weekday before it (`woensdag 25 juni 2025`, `Tuesday, 11 July 2023`).
pub fn parse_whole_date(s: &str) -> Option<PartialDate> {
    let mut words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    if words
        .first()
        .is_some_and(|w| crate::nl::months::weekday_name(w).is_some())
    {
        words.remove(0);
    }
    let month_of = |w: &str| {
        let name = crate::nl::months::month_name(w.trim_end_matches('.'))?;
        // A full stop only after an abbreviation.
        (name.abbreviated || !w.ends_with('.')).then_some(name.month)
    };
    let (day, month, year) = match words.as_slice() {
        [d, m, y] if d.bytes().all(|b| b.is_ascii_digit()) => (*d, month_of(m)?, *y),
        [m, d, y] if d.bytes().all(|b| b.is_ascii_digit()) => (*d, month_of(m)?, *y),
        _ => return None,
    };
    let day: u8 = day.parse().ok()?;
    if year.len() != 4 {
        return None;
    }
    let year: u16 = year.parse().ok()?;
    (day >= 1 && day <= days_in_month(year, month)).then(|| PartialDate::ymd(year, month, day))
}

/// Parses a place-and-date line (`Den Haag, 23 mei 2025`, `Brussels, 11 July 2023`): the byte
/// offset where the date starts, and the date.
pub fn parse_place_date(line: &str) -> Option<(usize, PartialDate)> {
    let comma = line.find(", ")?;
    let place = &line[..comma];
    let place_ok = !place.is_empty()
        && place.len() <= MAX_PLACE_BYTES
        && place.chars().next()?.is_uppercase()
        && place
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
    let start = comma + 2;
    let date = parse_whole_date(line[start..].trim_end())?;
    place_ok.then_some((start, date))
}

/// How precisely a date expression names its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    /// A day: `24 juni`.
    Day,
    /// A month: `februari 2022`.
    Month,
    /// A year: `in 2035`.
    Year,
    /// A part of the month or year the start date names: `begin juli`, `eind 2026`.
    Part(PeriodPart),
    /// A season of the year the start date names: `zomer van 2023`.
    Season(Season),
}

/// Which part of a month or year (`begin`, `medio`, `eind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodPart {
    /// `begin`, `early`, `beginning of`.
    Begin,
    /// `medio`, `half`, `midden`, `mid`.
    Middle,
    /// `eind`, `einde`, `late`, `end of`.
    End,
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    /// `voorjaar`, `lente`, `spring`.
    Spring,
    /// `zomer`, `summer`.
    Summer,
    /// `najaar`, `herfst`, `autumn`, `fall`.
    Autumn,
    /// `winter`.
    Winter,
}

/// A word after a date without a year that places it in the past or the future: `3 juni jl.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelativeMarker {
    /// `jl.`, `jongstleden`: the last such date before the letter.
    Past,
    /// `a.s.`, `aanstaande`: the next such date after the letter.
    Coming,
}

/// What a date expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// The first (or only) date, as precise as the expression.
    pub start: PartialDate,
    /// The last date of a range (`9 tot 11 juli` ends on the 11th).
    pub end: Option<PartialDate>,
    /// How precisely the expression names its time.
    pub precision: DatePrecision,
    /// False when the text gives no year and the year is the one the caller supplied.
    pub year_stated: bool,
    /// `jl.` or `a.s.` after a date without a year.
    pub relative: Option<RelativeMarker>,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateExpression {
    /// Byte span in the text it was found in.
    pub span: Span,
    /// The expression as written (line breaks included).
    pub written: String,
    /// What it means.
    pub value: DateValue,
}

#[cfg(test)]
mod tests;
