//! Walks a text for date expressions and reads the words and numbers they are made of: days,
//! years, month and weekday names, the words joining a range, on the shared
//! [`TextScanner`](crate::nl::scan::TextScanner).

use super::{DateExpression, RelativeMarker};
use crate::model::Span;
use crate::nl::months::{month_name, weekday_name, MonthName, ENGLISH_MONTHS_THAT_ARE_WORDS};
use crate::nl::numbers::joins_digits;
use crate::nl::scan::TextScanner;

/// Earliest year a year written with a month or day may name (a four-digit number is a year there).
const MIN_WRITTEN_YEAR: u16 = 1000;

/// Every date expression of `text`, in order, without overlaps. Expressions without a year
/// (`24 juni`) take `year_if_unstated` (usually the year of the letter) and say so in
/// [`DateValue::year_stated`](super::DateValue::year_stated).
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

/// Reads date expressions from one text.
pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) year_if_unstated: u16,
}

impl TextScanner for Scanner<'_> {
    fn text(&self) -> &str {
        self.text
    }
}

impl Scanner<'_> {
    /// True when a word or number starts at `at` (and is not the middle of a number such as the
    /// `5` of `3,5`).
    pub(super) fn is_word_start(&self, at: usize) -> bool {
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
    pub(super) fn space(&self, at: usize) -> Option<usize> {
        self.space_end(at).filter(|&end| end > at)
    }

    /// [`Scanner::space`], or `at` itself where there is none.
    pub(super) fn optional_space(&self, at: usize) -> Option<usize> {
        let end = self.space(at).unwrap_or(at);
        // White space holding an empty line ends the expression.
        let has_space = self.char_at(at).is_some_and(char::is_whitespace);
        (!has_space || end > at).then_some(end)
    }

    /// A run of ASCII digits at `at` standing on its own (not glued to letters, not part of a
    /// larger number `3,5`, `10.00`, `2%`): its value, digit count and end.
    pub(super) fn number(&self, at: usize) -> Option<(u32, usize, usize)> {
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
    pub(super) fn day(&self, at: usize) -> Option<(u8, usize)> {
        let (value, digits, end) = self.number(at)?;
        ((1..=31).contains(&value) && digits <= 2).then_some((value as u8, end))
    }

    /// A four-digit year at `at`.
    pub(super) fn year(&self, at: usize) -> Option<(u16, usize)> {
        let (value, digits, end) = self.number(at)?;
        let year = u16::try_from(value).ok()?;
        (digits == 4 && year >= MIN_WRITTEN_YEAR).then_some((year, end))
    }

    /// A month name at `at` (an abbreviation takes its full stop along): the month and the end.
    pub(super) fn month(&self, at: usize) -> Option<(MonthName, usize)> {
        let (word, end) = self.word(at)?;
        let month = month_name(word)?;
        let is_also_a_word = ENGLISH_MONTHS_THAT_ARE_WORDS
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

    /// A word joining the two ends of a range (`tot en met`, `t/m`, `en`, `–`), with the white
    /// space around it: the position after it.
    pub(super) fn connector(&self, at: usize) -> Option<usize> {
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
    pub(super) fn after_weekday(&self, at: usize) -> Option<usize> {
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
    pub(super) fn relative_marker(&self, at: usize) -> Option<(RelativeMarker, usize)> {
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
}
