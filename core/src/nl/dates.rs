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
//! - bare years after a word of time (`in 2035`, `sinds 1949`, `tot 2030`).
//!
//! The parts of an expression may be separated by any white space, a single line break included
//! (`14 en 15 mei⏎2025`), but not by an empty line. Numbers that are not days or years never match:
//! Kamerstuk numbers (`28 676, nr. 522`), amounts (`5 miljard`), counts (`76 jaar`,
//! `32 bondgenoten`), times (`10.00 uur`).

use crate::model::{days_in_month, PartialDate, Span};
use crate::nl::months::{dutch_month_number, month_name, weekday_name, MonthName};
use crate::nl::numbers::joins_digits;

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

/// Parses a place-and-date line (`Den Haag, 23 mei 2025`): the byte offset where the date starts,
/// and the date.
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
    let date = parse_dutch_date(line[start..].trim_end())?;
    place_ok.then_some((start, date))
}

/// Earliest year a bare year (`in 2035`) may name; smaller four-digit numbers are amounts.
const MIN_BARE_YEAR: u16 = 1900;
/// Latest year a bare year may name.
const MAX_BARE_YEAR: u16 = 2100;
/// Earliest year a year written with a month or day may name (a four-digit number is a year there).
const MIN_WRITTEN_YEAR: u16 = 1000;
/// Most line breaks allowed between two parts of one expression: one (a date wrapped over a line),
/// never an empty line.
const MAX_LINE_BREAKS_IN_EXPRESSION: usize = 1;

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

/// Every date expression of `text`, in order, without overlaps. Expressions without a year
/// (`24 juni`) take `year_if_unstated` (usually the year of the letter) and say so in
/// [`DateValue::year_stated`].
pub fn find_date_expressions(text: &str, year_if_unstated: u16) -> Vec<DateExpression> {
    let scan = Scanner {
        text,
        year_if_unstated,
    };
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let found = scan
            .is_word_start(at)
            .then(|| scan.expression_at(at))
            .flatten();
        match found {
            Some((end, value)) => {
                out.push(DateExpression {
                    span: Span::new(at, end),
                    written: text[at..end].to_string(),
                    value,
                });
                at = end;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// A day, month and year as written, each optional, and where the written part ends.
#[derive(Debug, Clone, Copy)]
struct WrittenDate {
    day: Option<u8>,
    month: Option<u8>,
    year: Option<u16>,
    end: usize,
}

/// Reads date expressions from one text.
struct Scanner<'t> {
    text: &'t str,
    year_if_unstated: u16,
}

impl Scanner<'_> {
    /// The character at byte `at`.
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// The character just before byte `at`.
    fn char_before(&self, at: usize) -> Option<char> {
        self.text.get(..at)?.chars().next_back()
    }

    /// True when a word or number starts at `at` (and is not the middle of a number such as the
    /// `5` of `3,5`).
    fn is_word_start(&self, at: usize) -> bool {
        if !self.char_at(at).is_some_and(char::is_alphanumeric) {
            return false;
        }
        match self.char_before(at) {
            None => true,
            Some(c) if c.is_alphanumeric() => false,
            Some(sep) => {
                let before_sep = self.char_before(at - sep.len_utf8());
                !before_sep.is_some_and(|b| joins_digits(b, sep, self.char_at(at)))
            }
        }
    }

    /// The end of white space at `at` holding at most one line break; `None` when there is none.
    fn space(&self, at: usize) -> Option<usize> {
        let mut breaks = 0;
        let mut end = at;
        for c in self.text[at..].chars() {
            if !c.is_whitespace() {
                break;
            }
            if c == '\n' {
                breaks += 1;
                if breaks > MAX_LINE_BREAKS_IN_EXPRESSION {
                    return None;
                }
            }
            end += c.len_utf8();
        }
        (end > at).then_some(end)
    }

    /// [`Scanner::space`], or `at` itself where there is none.
    fn optional_space(&self, at: usize) -> Option<usize> {
        let end = self.space(at).unwrap_or(at);
        // White space holding an empty line ends the expression.
        let has_space = self.char_at(at).is_some_and(char::is_whitespace);
        (!has_space || end > at).then_some(end)
    }

    /// A run of ASCII digits at `at` standing on its own (not glued to letters, not part of a
    /// larger number `3,5`, `10.00`, `2%`): its value, digit count and end.
    fn number(&self, at: usize) -> Option<(u32, usize, usize)> {
        let digits = self.text[at..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 0 || digits > 4 {
            return None;
        }
        let end = at + digits;
        let next = self.char_at(end);
        let last = self.text.as_bytes()[end - 1] as char;
        let continues = next.is_some_and(|c| {
            c.is_alphanumeric()
                || c == '%'
                || joins_digits(last, c, self.char_at(end + c.len_utf8()))
        });
        if continues {
            return None;
        }
        Some((self.text[at..end].parse().ok()?, digits, end))
    }

    /// A day of the month (`1`–`31`, one or two digits) at `at`.
    fn day(&self, at: usize) -> Option<(u8, usize)> {
        let (value, digits, end) = self.number(at)?;
        ((1..=31).contains(&value) && digits <= 2).then_some((value as u8, end))
    }

    /// A four-digit year at `at`.
    fn year(&self, at: usize) -> Option<(u16, usize)> {
        let (value, digits, end) = self.number(at)?;
        let year = u16::try_from(value).ok()?;
        (digits == 4 && year >= MIN_WRITTEN_YEAR).then_some((year, end))
    }

    /// A word of letters at `at`, standing on its own.
    fn word(&self, at: usize) -> Option<(&str, usize)> {
        let len: usize = self.text[at..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let end = at + len;
        let glued = self.char_at(end).is_some_and(|c| c.is_ascii_digit());
        (len > 0 && !glued).then(|| (&self.text[at..end], end))
    }

    /// A month name at `at` (an abbreviation takes its full stop along): the month and the end.
    fn month(&self, at: usize) -> Option<(MonthName, usize)> {
        let (word, end) = self.word(at)?;
        let month = month_name(word)?;
        let is_also_a_word = crate::nl::months::ENGLISH_MONTHS_THAT_ARE_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word));
        if is_also_a_word && !word.starts_with(char::is_uppercase) {
            return None;
        }
        let end = if month.abbreviated && self.char_at(end) == Some('.') {
            end + 1
        } else {
            end
        };
        Some((month, end))
    }

    /// The literal `word` (any case) at `at`, standing on its own: its end.
    fn literal(&self, at: usize, word: &str) -> Option<usize> {
        let end = at + word.len();
        let found = self.text.get(at..end)?.eq_ignore_ascii_case(word);
        let glued = self.char_at(end).is_some_and(char::is_alphanumeric)
            && word.ends_with(char::is_alphanumeric);
        (found && !glued).then_some(end)
    }

    /// A word joining the two ends of a range (`tot en met`, `t/m`, `en`, `–`), with the white
    /// space around it: the position after it.
    fn connector(&self, at: usize) -> Option<usize> {
        const DASHES: [&str; 3] = ["-", "–", "—"];
        const WORDS: [&str; 8] = [
            "tot en met",
            "t/m",
            "tot",
            "en",
            "to",
            "and",
            "until",
            "through",
        ];
        let start = self.optional_space(at)?;
        if let Some(end) = DASHES.iter().find_map(|d| self.literal(start, d)) {
            return self.optional_space(end);
        }
        if start == at {
            return None;
        }
        let end = WORDS.iter().find_map(|w| self.literal(start, w))?;
        self.space(end)
    }

    /// A weekday (`woensdag`, `Wednesday,`) and the white space after it: where the date starts.
    fn after_weekday(&self, at: usize) -> Option<usize> {
        let (word, end) = self.word(at)?;
        weekday_name(word)?;
        let end = if self.char_at(end) == Some(',') {
            end + 1
        } else {
            end
        };
        self.space(end)
    }

    /// `jl.` or `a.s.` (or written out) after a date: the marker and its end.
    fn relative_marker(&self, at: usize) -> Option<(RelativeMarker, usize)> {
        let start = self.space(at)?;
        [
            ("jl.", RelativeMarker::Past),
            ("jongstleden", RelativeMarker::Past),
            ("a.s.", RelativeMarker::Coming),
            ("aanstaande", RelativeMarker::Coming),
        ]
        .into_iter()
        .find_map(|(w, m)| self.literal(start, w).map(|end| (m, end)))
    }

    /// The date expression starting at `at`, if any: its end and value.
    fn expression_at(&self, at: usize) -> Option<(usize, DateValue)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_dates_are_read() {
        assert_eq!(
            parse_dutch_date("23 juni 2026"),
            Some(PartialDate::ymd(2026, 6, 23))
        );
        assert_eq!(
            parse_dutch_date("1 Maart 2024"),
            Some(PartialDate::ymd(2024, 3, 1))
        );
        assert_eq!(parse_dutch_date("31 juni 2026"), None);
        assert_eq!(parse_dutch_date("23 juni 2026 extra"), None);
        assert_eq!(parse_dutch_date("juni 2026"), None);
    }

    #[test]
    fn place_and_date_line_is_read() {
        let (at, d) = parse_place_date("Den Haag, 23 mei 2025").unwrap();
        assert_eq!(at, 10);
        assert_eq!(d, PartialDate::ymd(2025, 5, 23));
        assert!(parse_place_date("Hierbij, 23 mei 2025 en meer").is_none());
    }

    /// The year used for expressions without one in these tests.
    const LETTER_YEAR: u16 = 2025;

    fn found(text: &str) -> Vec<DateExpression> {
        find_date_expressions(text, LETTER_YEAR)
    }

    fn written(text: &str) -> Vec<String> {
        found(text).into_iter().map(|d| d.written).collect()
    }

    /// The only expression of `text`.
    fn only(text: &str) -> DateExpression {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all.into_iter().next().unwrap()
    }

    fn ymd(y: u16, m: u8, d: u8) -> PartialDate {
        PartialDate::ymd(y, m, d)
    }

    fn ym(year: u16, month: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    #[test]
    fn day_and_month_take_the_letters_year() {
        let d = only("De top begint op 24 juni in Den Haag.");
        assert_eq!(d.written, "24 juni");
        assert_eq!(d.value.start, ymd(LETTER_YEAR, 6, 24));
        assert_eq!(d.value.end, None);
        assert_eq!(d.value.precision, DatePrecision::Day);
        assert!(!d.value.year_stated);
    }

    #[test]
    fn span_points_at_the_expression_in_the_text() {
        let text = "Op 31 augustus 2025 vergaderde de Raad.";
        let d = only(text);
        assert_eq!(&text[d.span.range()], "31 augustus 2025");
        assert_eq!(d.value.start, ymd(2025, 8, 31));
        assert!(d.value.year_stated);
    }

    #[test]
    fn weekday_belongs_to_the_expression() {
        assert_eq!(written("op woensdag 25 juni kwamen"), ["woensdag 25 juni"]);
        let d = only("Wednesday, 11 July 2023");
        assert_eq!(d.written, "Wednesday, 11 July 2023");
        assert_eq!(d.value.start, ymd(2023, 7, 11));
    }

    #[test]
    fn a_weekday_alone_is_not_a_date() {
        assert!(found("Op woensdag vergadert de Raad.").is_empty());
    }

    #[test]
    fn day_ranges_with_words_and_dashes_are_one_expression() {
        for (text, start, end) in [
            ("10 en 11 juli 2024", ymd(2024, 7, 10), ymd(2024, 7, 11)),
            ("9 tot 11 juli 2024", ymd(2024, 7, 9), ymd(2024, 7, 11)),
            ("9–11 juli 2024", ymd(2024, 7, 9), ymd(2024, 7, 11)),
            ("24-26 juni 2025", ymd(2025, 6, 24), ymd(2025, 6, 26)),
            (
                "24 tot en met 26 juni",
                ymd(LETTER_YEAR, 6, 24),
                ymd(LETTER_YEAR, 6, 26),
            ),
            (
                "24 t/m 26 juni",
                ymd(LETTER_YEAR, 6, 24),
                ymd(LETTER_YEAR, 6, 26),
            ),
            (
                "28–29 november",
                ymd(LETTER_YEAR, 11, 28),
                ymd(LETTER_YEAR, 11, 29),
            ),
            ("30 juni tot 2 juli 2025", ymd(2025, 6, 30), ymd(2025, 7, 2)),
            ("11 and 12 July 2023", ymd(2023, 7, 11), ymd(2023, 7, 12)),
        ] {
            let d = only(&format!("De top van {text} was kort."));
            assert_eq!(d.written, text);
            assert_eq!((d.value.start, d.value.end), (start, Some(end)), "{text}");
            assert_eq!(d.value.precision, DatePrecision::Day);
        }
    }

    #[test]
    fn range_states_its_year_only_when_written() {
        assert!(only("10 en 11 juli 2024").value.year_stated);
        assert!(!only("28–29 november").value.year_stated);
    }

    #[test]
    fn weekdays_inside_a_range_belong_to_it() {
        let d = only("van dinsdag 24 tot en met donderdag 26 juni 2025");
        assert_eq!(d.written, "dinsdag 24 tot en met donderdag 26 juni 2025");
        assert_eq!(d.value.end, Some(ymd(2025, 6, 26)));
    }

    #[test]
    fn date_broken_over_a_line_is_one_expression() {
        let d = only("op 14 en 15 mei\n2025 in Antalya");
        assert_eq!(d.written, "14 en 15 mei\n2025");
        assert_eq!(d.value.start, ymd(2025, 5, 14));
        assert_eq!(d.value.end, Some(ymd(2025, 5, 15)));
        assert!(d.value.year_stated);
    }

    #[test]
    fn an_empty_line_ends_the_expression() {
        let d = only("op 14 mei\n\n2025 was een jaar");
        assert_eq!(d.written, "14 mei");
    }

    #[test]
    fn jl_and_as_mark_past_and_coming_dates() {
        let d = only("Op 3 juni jl. sprak de minister.");
        assert_eq!(d.written, "3 juni jl.");
        assert_eq!(d.value.relative, Some(RelativeMarker::Past));
        assert_eq!(d.value.start, ymd(LETTER_YEAR, 6, 3));
        let d = only("Op 3 juni a.s. spreekt de minister.");
        assert_eq!(d.value.relative, Some(RelativeMarker::Coming));
        assert_eq!(only("3 juni 2025 is").value.relative, None);
    }

    #[test]
    fn month_and_year_has_month_precision() {
        let d = only("Sinds februari 2022 steunt de NAVO Oekraïne.");
        assert_eq!(d.written, "februari 2022");
        assert_eq!(d.value.start, ym(2022, 2));
        assert_eq!(d.value.precision, DatePrecision::Month);
        assert_eq!(only("in mrt. 2025").written, "mrt. 2025");
        assert_eq!(only("in mrt. 2025").value.start, ym(2025, 3));
        assert_eq!(only("in July 2023").value.start, ym(2023, 7));
    }

    #[test]
    fn range_of_months_has_an_end() {
        let d = only("in juni en juli 2025");
        assert_eq!(d.value.start, ym(2025, 6));
        assert_eq!(d.value.end, Some(ym(2025, 7)));
        let d = only("van augustus 2024 t/m december 2026");
        assert_eq!(d.written, "augustus 2024 t/m december 2026");
        assert_eq!(
            (d.value.start, d.value.end),
            (ym(2024, 8), Some(ym(2026, 12)))
        );
        assert_eq!(written("juli en juni 2025"), ["juni 2025"]);
    }

    #[test]
    fn abbreviated_months_take_their_full_stop() {
        assert_eq!(written("op 11 Jul. 2023"), ["11 Jul. 2023"]);
        assert_eq!(written("op 9 sept. en later"), ["9 sept."]);
        assert_eq!(only("op 9 sept.").value.start, ymd(LETTER_YEAR, 9, 9));
        assert_eq!(written("op 9 september. Daarna"), ["9 september"]);
    }

    #[test]
    fn english_dates_are_read_day_first_and_month_first() {
        assert_eq!(only("on 11 July 2023").value.start, ymd(2023, 7, 11));
        let d = only("on July 11, 2023 the allies");
        assert_eq!(d.written, "July 11, 2023");
        assert_eq!(d.value.start, ymd(2023, 7, 11));
        let d = only("from July 9–11, 2024");
        assert_eq!(d.value.end, Some(ymd(2024, 7, 11)));
    }

    #[test]
    fn months_that_are_english_words_need_a_capital() {
        assert!(found("we may 5 times").is_empty());
        assert_eq!(only("on 5 May 2025").value.start, ymd(2025, 5, 5));
    }

    #[test]
    fn kamerstuk_numbers_are_not_dates() {
        assert!(found("Kamerstuk 28 676, nr. 522 en Kamerstuk 21 501-20, nr. 2035").is_empty());
    }

    #[test]
    fn amounts_counts_and_times_are_not_dates() {
        for text in [
            "een bedrag van 5 miljard euro",
            "de NAVO bestaat 76 jaar",
            "32 bondgenoten voldoen",
            "om 10.00 uur begint de top",
            "groei van 3,5 procent",
            "tot 2000 militairen",
            "EUR 2025 mln.",
            "in 12 juni2025",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn impossible_days_are_not_dates() {
        assert!(found("op 31 juni 2025").is_empty());
        assert!(found("op 0 juni").is_empty());
        assert!(found("op 32 juli").is_empty());
    }

    #[test]
    fn a_backward_range_is_read_as_its_last_date() {
        assert_eq!(written("11–9 juli 2024"), ["9 juli 2024"]);
    }

    #[test]
    fn numbers_inside_a_number_do_not_start_a_date() {
        assert!(found("3,5 juni").is_empty());
        assert!(found("600.000 juni").is_empty());
    }

    #[test]
    fn bare_years_after_a_word_of_time_have_year_precision() {
        let d = only("De norm geldt vanaf 2035.");
        assert_eq!(d.written, "2035");
        assert_eq!(d.value.start.to_string(), "2035");
        assert_eq!(d.value.precision, DatePrecision::Year);
        assert_eq!(
            written("het Verdrag uit 1949 en sinds 2014"),
            ["1949", "2014"]
        );
        let d = only("in 2025–2030");
        assert_eq!(d.value.end.map(|e| e.year), Some(2030));
        assert!(found("nummer 2035 van de reeks").is_empty());
        assert!(found("in 1500 gevallen").is_empty());
    }

    #[test]
    fn parts_of_a_year_or_month_are_periods() {
        let d = only("Dat gebeurt eind 2026.");
        assert_eq!(d.written, "eind 2026");
        assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::End));
        assert_eq!(d.value.start.to_string(), "2026");
        let d = only("medio 2025");
        assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::Middle));
        let d = only("Begin juli vergadert de Raad.");
        assert_eq!(d.value.start, ym(LETTER_YEAR, 7));
        assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::Begin));
        assert!(!d.value.year_stated);
        assert_eq!(only("by mid-2025").written, "mid-2025");
        assert!(found("in het begin van de top").is_empty());
    }

    #[test]
    fn seasons_of_a_year_are_periods() {
        let d = only("in de zomer van 2023");
        assert_eq!(d.written, "zomer van 2023");
        assert_eq!(d.value.precision, DatePrecision::Season(Season::Summer));
        assert_eq!(d.value.start.to_string(), "2023");
        assert_eq!(
            only("het najaar 2024").value.precision,
            DatePrecision::Season(Season::Autumn)
        );
        assert!(found("in de zomer").is_empty());
    }

    #[test]
    fn several_expressions_are_found_in_order() {
        let text =
            "Na de top van 9–11 juli 2024 in Washington volgde op 24 juni de top in Den Haag; \
                    eind 2026 wordt gerapporteerd.";
        assert_eq!(written(text), ["9–11 juli 2024", "24 juni", "eind 2026"]);
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "",
            "1",
            "31",
            "juni",
            "2025",
            "-",
            "–",
            "24 –",
            "24 juni –",
            "ï 24 ï juni",
            "24\u{a0}juni\u{a0}2025",
            "9–",
            "t/m",
            "mid-",
            "eind",
            "zomer van",
            "July 1,",
        ] {
            let _ = found(s);
        }
        assert_eq!(written("24\u{a0}juni"), ["24\u{a0}juni"]);
    }
}
