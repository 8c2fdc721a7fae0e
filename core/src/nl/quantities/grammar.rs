//! The quantity grammar: a number read at a position with what is written around it (a currency,
//! an approximation, a range, a scale, a unit), or the place to go on from when it is none.
//!
//! Built on the shared [`TextScanner`] and the number grammar of [`crate::nl::numbers`]; which
//! plain numbers are not counts is decided in `never_counts`.

use super::words::{
    APPROXIMATIONS, APPROXIMATION_SIGNS, CURRENCY_AFTER, CURRENCY_BEFORE, PERCENT_WORDS,
    RANGE_DASHES, RANGE_WORDS, RARE_SCALES, SCALES,
};
use super::{number_word_value, Approximation, Currency, Quantity, Scale, Unit};
use crate::model::Span;
use crate::nl::months::Language;
use crate::nl::numbers::{number_end, parse_number};
use crate::nl::scan::TextScanner;

/// What reading at a number found.
pub(super) enum Outcome {
    /// A quantity.
    Found(Quantity),
    /// No quantity; go on from this byte (past the number and what belongs to it).
    Skip(usize),
}

/// A number read at a position: its value, where it ends and whether a `%` is glued to it.
#[derive(Debug, Clone, Copy)]
pub(super) struct ReadNumber {
    /// Value as written (before any scale word).
    pub(super) value: f64,
    /// Byte after the number (after a glued `%`).
    pub(super) end: usize,
    /// A `%` is glued to it (`2%`).
    pub(super) percent: bool,
    /// Written with a `.`, `,` or `:` inside (`10.00`, `3,5`).
    pub(super) has_separator: bool,
    /// Digits written (0 for a number word).
    pub(super) digits: usize,
    /// Written as a word.
    pub(super) in_words: bool,
}

/// Reads quantities from one text.
pub(super) struct Scanner<'t> {
    /// The text.
    pub(super) text: &'t str,
    /// Spans of the dates in it, which are never quantities.
    pub(super) dates: &'t [Span],
    /// The language it is written in.
    pub(super) language: Language,
}

impl TextScanner for Scanner<'_> {
    fn text(&self) -> &str {
        self.text
    }
}

impl Scanner<'_> {
    /// True when byte `at` lies inside a date expression.
    fn in_date(&self, at: usize) -> bool {
        self.dates.iter().any(|d| d.range().contains(&at))
    }

    /// The end of white space at `at` holding at most one line break (`EUR 100⏎miljoen`); `at`
    /// when there is none.
    pub(super) fn space(&self, at: usize) -> usize {
        self.space_end(at).unwrap_or(at)
    }

    /// The start of white space ending at `at` holding at most one line break; `at` when none.
    pub(super) fn space_before(&self, at: usize) -> usize {
        self.space_start(at).unwrap_or(at)
    }

    /// A number written as a word at `at` (`twintig`, `honderd`, `vijfentwintig`): its value and
    /// end. `een`/`één`/`one` count only before a scale word (`een miljard`); `acht` only with a
    /// unit, scale or approximation (it is also a verb).
    pub(super) fn word_number(&self, at: usize) -> Option<(f64, usize)> {
        let (word, end) = self.word(at)?;
        let value = number_word_value(&word.to_lowercase(), self.language)?;
        Some((value, end))
    }

    /// The number at `at`: digits as [`numbers`](super::numbers) reads them, or a number word.
    fn number(&self, at: usize) -> Option<ReadNumber> {
        if self.char_at(at).is_some_and(|c| c.is_ascii_digit()) {
            let end = number_end(self.text, at);
            let written = &self.text[at..end];
            let parsed = match self.language {
                Language::Dutch => parse_number(written)?,
                // English separators are the Dutch ones swapped: `1,234.5` reads as `1.234,5`.
                Language::English => parse_number(&swap_separators(written))?,
            };
            return Some(ReadNumber {
                value: parsed.value,
                end,
                percent: parsed.is_percent,
                has_separator: written.contains([',', '.']),
                digits: written.bytes().filter(u8::is_ascii_digit).count(),
                in_words: false,
            });
        }
        let (value, end) = self.word_number(at)?;
        Some(ReadNumber {
            value,
            end,
            percent: false,
            has_separator: false,
            digits: 0,
            in_words: true,
        })
    }

    /// A scale word at `at` (after white space, or glued when `glued`): the scale and its end.
    fn scale(&self, at: usize, glued: bool, after_currency: bool) -> Option<(Scale, usize)> {
        let start = if glued { at } else { self.space(at) };
        if !glued && start == at {
            return None;
        }
        let found = SCALES
            .iter()
            .filter(|(_, _, may_glue)| !glued || *may_glue)
            .find_map(|&(w, s, _)| self.literal(start, w).map(|end| (s, end)))
            .or_else(|| (!glued).then(|| self.one_of(start, &RARE_SCALES)).flatten())
            .or_else(|| {
                // `€40m`: a glued `m` after a currency.
                (glued && after_currency)
                    .then(|| self.literal(start, "m").map(|end| (Scale::Million, end)))
                    .flatten()
            })?;
        Some(found)
    }

    /// A percent unit at `at` (after optional white space): the unit and its end.
    fn percent_unit(&self, at: usize) -> Option<(Unit, usize)> {
        let start = self.space(at);
        self.one_of(start, &PERCENT_WORDS)
    }

    /// A currency after the number at `at` (after white space): the currency and its end.
    fn currency_after(&self, at: usize) -> Option<(Currency, usize)> {
        let start = self.space(at);
        if start == at {
            return None;
        }
        let (currency, end) = self.one_of(start, &CURRENCY_AFTER)?;
        // `EUR` / `USD` after a number only in capitals: `euro` in any case.
        let written = &self.text[start..end];
        let is_code = written.eq_ignore_ascii_case("eur") || written.eq_ignore_ascii_case("usd");
        (!is_code || written.chars().all(|c| c.is_ascii_uppercase())).then_some((currency, end))
    }

    /// The connector of a range at `at` (`à`, `tot`, `-`…; `en`/`and` when `between`): its end,
    /// and whether it is a dash.
    fn range_connector(&self, at: usize, between: bool) -> Option<(usize, bool)> {
        if let Some(end) = RANGE_DASHES.iter().find_map(|d| self.literal(at, d)) {
            return Some((end, true));
        }
        let start = self.space(at);
        if let Some(end) = RANGE_DASHES.iter().find_map(|d| self.literal(start, d)) {
            return Some((self.space(end), true));
        }
        if start == at {
            return None;
        }
        let words: &[&str] = if between {
            &["en", "and"]
        } else {
            &RANGE_WORDS
        };
        let end = words.iter().find_map(|w| self.literal(start, w))?;
        // `2 a 3 procent`: the plain `a` too, only between two numbers.
        let after = self.space(end);
        (after > end).then_some((after, false))
    }

    /// What is written before the number at `at`: where the quantity starts, its currency,
    /// approximation, and whether `tussen`/`between` opens a range.
    fn before(&self, at: usize) -> (usize, Option<Currency>, Option<Approximation>, bool) {
        let mut start = at;
        let mut currency = None;
        let space = self.space_before(at);
        if let Some((c, s)) = self.one_of_before(space, &CURRENCY_BEFORE) {
            // `EUR` glued to the digits is a currency too (`EUR40`); a symbol may be spaced.
            currency = Some(c);
            start = s;
        } else if let Some((c, s)) = self.one_of_before(at, &CURRENCY_BEFORE) {
            currency = Some(c);
            start = s;
        }
        if let Some((a, s)) = self.one_of_before(start, &APPROXIMATION_SIGNS) {
            return (s, currency, Some(a), false);
        }
        let space = self.space_before(start);
        if space < start {
            if let Some((a, s)) = self.one_of_before(space, &APPROXIMATIONS) {
                return (s, currency, Some(a), false);
            }
            if let Some(s) = ["tussen", "between"]
                .iter()
                .find_map(|w| self.literal_before(space, w))
            {
                return (s, currency, None, true);
            }
        }
        (start, currency, None, false)
    }

    /// Reads the quantity whose (first) number starts at `at`: the number, what stands before
    /// it, a second number making a range, a scale and a unit; then whether a plain number is a
    /// count at all.
    pub(super) fn quantity_at(&self, at: usize) -> Outcome {
        let skip_number = |end: usize| Outcome::Skip(end);
        let Some(first) = self.number(at) else {
            return skip_number(number_end(self.text, at));
        };
        let (start, currency_before, approximation, between) = self.before(at);
        let glued_currency = currency_before.is_some() && start < at && {
            let c = self.char_before(at);
            c.is_some_and(char::is_alphabetic)
        };
        if !self.stands_apart(at, glued_currency) {
            return skip_number(first.end);
        }

        let mut end = first.end;
        let mut percent = first.percent;
        let range = self.range_after(&first, between, currency_before.is_some());
        if let Some((second, _)) = range {
            end = second.end;
            percent |= second.percent;
        }
        let upper = range.map(|(second, _)| second);
        let dash_range = range.is_some_and(|(_, dash)| dash);
        let last = upper.unwrap_or(first);

        // Letters glued to the digits: only a scale abbreviation (`€40bn`, `8mln`).
        let glued_scale = if last.in_words {
            None
        } else {
            self.scale(end, true, currency_before.is_some())
        };
        if glued_scale.is_none() && !percent && self.glued_to_more(end) {
            return skip_number(self.word_end(end));
        }
        let mut scale = None;
        if !percent {
            if let Some((s, e)) = glued_scale.or_else(|| self.scale(end, false, false)) {
                scale = Some(s);
                end = e;
            }
        }
        let (unit, end) = self.unit(end, percent, currency_before, scale.is_some());

        let is_plain = unit == Unit::Count && scale.is_none();
        if is_plain && self.is_not_a_count(at, start, &first, upper.as_ref(), end, approximation) {
            return skip_number(self.word_end(end));
        }
        // A range joined by a dash with no unit or scale is an identifier (`36045-177`) or a
        // span of years (`2024-2026`), never a figure.
        if is_plain && dash_range {
            return skip_number(self.word_end(end));
        }
        // A number word stands alone only where it plainly counts something.
        if first.in_words && !self.word_number_stands(at, &first, scale, unit, approximation) {
            return skip_number(first.end);
        }

        let factor = scale.map_or(1.0, Scale::factor);
        let scaled = |v: f64| {
            if factor > 1.0 {
                (v * factor).round()
            } else {
                v
            }
        };
        Outcome::Found(Quantity {
            span: Span::new(start, end),
            written: self.text[start..end].to_string(),
            number_span: Span::new(at, first.end),
            value: scaled(first.value),
            upper: upper.map(|u| scaled(u.value)),
            unit,
            scale,
            approximation,
            in_words: first.in_words,
        })
    }

    /// True when the number at `at` stands apart from what is before it: white space, an opening
    /// bracket or quote, a currency or approximation sign. Anything else glues it to something
    /// (`Oekraine.1`, `[2:`, `F-35`, `-090`, `2023/24`).
    fn stands_apart(&self, at: usize, glued_currency: bool) -> bool {
        match self.char_before(at) {
            None => true,
            Some(c) => {
                c.is_whitespace()
                    || matches!(
                        c,
                        '(' | '"' | '\'' | '‘' | '“' | '«' | '€' | '$' | '~' | '±'
                    )
                    || glued_currency
            }
        }
    }

    /// The second number of a range after `first` (`2 à 3`, `2-3%`, `2% tot 3%`, `tussen 2 en
    /// 3` when `between`), and whether a dash joins them.
    fn range_after(
        &self,
        first: &ReadNumber,
        between: bool,
        has_currency: bool,
    ) -> Option<(ReadNumber, bool)> {
        let (next, dash) = self.range_connector(first.end, between)?;
        let next = match self.one_of(next, &CURRENCY_BEFORE) {
            Some((_, after)) if has_currency => self.space(after),
            _ => next,
        };
        let second = self.number(next).filter(|n| n.in_words == first.in_words)?;
        let second_glued = self
            .char_at(second.end)
            .is_some_and(|c| c.is_alphanumeric());
        (!self.in_date(next) && !second_glued || second.percent).then_some((second, dash))
    }

    /// True when the number ending at `end` goes on into a word, a compound (`75-jarig`), a time
    /// (`14:30`), a fraction of years (`2023/24`) or a chain of numbers (`21501-20`).
    fn glued_to_more(&self, end: usize) -> bool {
        let after = self.char_at(end);
        let digit_after =
            |c: char| after == Some(c) && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit());
        let glued_word = after.is_some_and(char::is_alphanumeric);
        let compound = after == Some('-') && self.char_at(end + 1).is_some_and(char::is_alphabetic);
        let chain = after.is_some_and(|c| RANGE_DASHES.iter().any(|d| d.starts_with(c)))
            && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit());
        glued_word || compound || digit_after(':') || digit_after('/') || chain
    }

    /// The unit of a figure ending at `end` (a glued `%`, a currency before it, a percent word or
    /// a currency after it), and where the figure then ends.
    fn unit(
        &self,
        end: usize,
        percent: bool,
        currency_before: Option<Currency>,
        has_scale: bool,
    ) -> (Unit, usize) {
        if percent {
            return (Unit::Percent, end);
        }
        if let Some(c) = currency_before {
            return (Unit::Currency(c), end);
        }
        if !has_scale {
            if let Some((u, e)) = self.percent_unit(end) {
                return (u, e);
            }
        }
        match self.currency_after(end) {
            Some((c, e)) => (Unit::Currency(c), e),
            None => (Unit::Count, end),
        }
    }

    /// Byte after the word or number that continues at `at` (letters, digits and the
    /// separators inside an identifier: `21501-20-2023`, `2023/24`, `10:30`).
    fn word_end(&self, at: usize) -> usize {
        let mut end = at;
        while let Some(c) = self.char_at(end) {
            let joins = matches!(c, '-' | '–' | '/' | ':' | '.' | ',')
                && self
                    .char_at(end + c.len_utf8())
                    .is_some_and(|n| n.is_ascii_digit());
            if c.is_alphanumeric() || c == '%' || joins {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        end
    }
}

/// `written` with `,` and `.` swapped, to read an English number with the Dutch rules.
fn swap_separators(written: &str) -> String {
    written
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect()
}
