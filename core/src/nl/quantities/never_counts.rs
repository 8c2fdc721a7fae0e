//! Plain numbers that are not counts: years, times of day, document and dossier numbers, list,
//! footnote and page numbers, house numbers, postcodes, enumerations in brackets, and number
//! words that are other words too (`een`, `acht`).

use super::grammar::{ReadNumber, Scanner};
use super::words::{IDENTIFIER_WORDS, STREET_SUFFIXES, TIME_WORDS_AFTER, TIME_WORDS_BEFORE};
use super::{Approximation, Scale, Unit};
use crate::nl::scan::TextScanner;

/// Bare four-digit numbers in this range are years, not counts (`Defensienota 2026`), unless a
/// qualifier, scale or unit makes them a quantity (`circa 2000 militairen` is still read as a
/// count when qualified).
const BARE_YEARS: std::ops::RangeInclusive<f64> = 1900.0..=2100.0;

/// Most digits of a list, footnote or page number at the start of a line.
const MAX_LIST_NUMBER_DIGITS: usize = 3;

impl Scanner<'_> {
    /// True when a plain number (no unit, no scale) from `at` to `end` is a year, time,
    /// document, list, page, footnote or address number rather than a count.
    pub(super) fn is_not_a_count(
        &self,
        at: usize,
        start: usize,
        first: &ReadNumber,
        upper: Option<&ReadNumber>,
        end: usize,
        approximation: Option<Approximation>,
    ) -> bool {
        let written = &self.text[at..first.end];
        // A leading zero: a code or telephone number (`070`), not a count.
        if first.digits > 1 && !first.has_separator && written.starts_with('0') {
            return true;
        }
        // Document numbers: after `nr.`, `Kamerstuk`, `artikel`, `Postbus`… or before `nr.`.
        let space = self.space_before(start);
        let after_identifier_word = IDENTIFIER_WORDS
            .iter()
            .any(|w| self.literal_before(space, w).is_some());
        if after_identifier_word || self.dossier_number_follows(end) || self.after_dossier(start) {
            return true;
        }
        // Years: a bare four-digit number (`Defensienota 2026`), unless qualified.
        let is_year = |n: &ReadNumber| {
            !n.in_words && n.digits == 4 && !n.has_separator && BARE_YEARS.contains(&n.value)
        };
        if approximation.is_none() && (is_year(first) || upper.is_some_and(is_year)) {
            return true;
        }
        // Times of day: `10.00 uur`, `om 9 uur`.
        let next = self.space(end);
        let before_time_word = TIME_WORDS_AFTER
            .iter()
            .any(|w| self.literal(next, w).is_some());
        let clock = written.contains([',', '.']) && written.len() >= 4 && {
            let minutes = written.rsplit(['.', ',']).next().unwrap_or("");
            minutes.len() == 2
        };
        let after_time_word = TIME_WORDS_BEFORE
            .iter()
            .any(|w| self.literal_before(space, w).is_some());
        if before_time_word && (clock || after_time_word) {
            return true;
        }
        // House numbers: `Kazernestraat 52`, `Rijnstraat 8`.
        let word_before = self.text[..space]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let street = word_before.starts_with(char::is_uppercase)
            && STREET_SUFFIXES
                .iter()
                .any(|s| word_before.to_lowercase().ends_with(s));
        if street && space < start {
            return true;
        }
        // Postcodes: `2515 XP`.
        if first.digits == 4 && !first.has_separator && upper.is_none() {
            let letters = &self.text[self.space(end).min(self.text.len())..];
            let mut chars = letters.chars();
            let postcode = self.space(end) == end + 1
                && chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && !chars.next().is_some_and(char::is_alphanumeric);
            if postcode {
                return true;
            }
        }
        // An enumeration in brackets: `(3)`.
        if self.char_before(at) == Some('(') && self.char_at(end) == Some(')') && first.digits <= 2
        {
            return true;
        }
        self.is_list_number(at, first, end)
    }

    /// True when the number at `at` is a list, footnote or page number: at the start of a line
    /// and followed by `.`/`)` and a space, by a capital (`1 Kamerstuk 28 676`), or by nothing.
    fn is_list_number(&self, at: usize, first: &ReadNumber, end: usize) -> bool {
        if first.in_words || first.has_separator || first.digits > MAX_LIST_NUMBER_DIGITS {
            return false;
        }
        let line_start = self.text[..at].trim_end_matches([' ', '\t']);
        let at_text_start = line_start.is_empty();
        if !at_text_start && !line_start.ends_with('\n') {
            return false;
        }
        let rest = &self.text[end..];
        let marker = (rest.starts_with(". ") || rest.starts_with(") ")) && !rest.starts_with(". .");
        let line_rest = rest.split('\n').next().unwrap_or("");
        let alone = line_rest.trim().is_empty();
        let before_capital = !at_text_start
            && rest.starts_with([' ', '\t'])
            && rest.trim_start().starts_with(char::is_uppercase);
        marker || alone || before_capital
    }

    /// True when `nr.` follows the number and any groups of digits after it (`28 676, nr. 522`).
    fn dossier_number_follows(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let rest = rest.trim_start_matches([',', ' ']);
        let lower = rest.get(..3).map(str::to_ascii_lowercase);
        lower.is_some_and(|l| l.starts_with("nr") && !l.as_bytes()[2].is_ascii_alphabetic())
    }

    /// True when the number follows a dossier number of a Kamerstuk (`Kamerstuk 28 676`: the
    /// `676`): digits and spaces back to an identifier word.
    fn after_dossier(&self, start: usize) -> bool {
        let before = self.text[..start].trim_end_matches(' ');
        if before.len() == start || !before.ends_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let head = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let head_end = head.len();
        IDENTIFIER_WORDS
            .iter()
            .any(|w| self.literal_before(head_end, w).is_some())
    }

    /// True when a number written as a word stands as a figure: `een` only before a scale,
    /// `acht` only with a scale, unit or approximation.
    pub(super) fn word_number_stands(
        &self,
        at: usize,
        first: &ReadNumber,
        scale: Option<Scale>,
        unit: Unit,
        approximation: Option<Approximation>,
    ) -> bool {
        let word = self.text[at..first.end].to_lowercase();
        let qualified = scale.is_some() || unit != Unit::Count || approximation.is_some();
        match word.as_str() {
            "een" | "één" | "one" => scale.is_some(),
            // `acht` is also a verb (`het kabinet acht`).
            "acht" => qualified,
            _ => true,
        }
    }
}
