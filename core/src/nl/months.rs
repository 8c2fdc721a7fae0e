//! Month and weekday names, Dutch and English, written out and abbreviated.
//!
//! Lookups take a word as written, in any case, without a trailing full stop (`okt`, `Sept`,
//! `juni`, `July`); the caller decides whether a dot after an abbreviation belongs to it.

use crate::model::DUTCH_MONTHS;

/// The language a month or weekday name is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Dutch: `juni`, `okt.`, `woensdag`.
    Dutch,
    /// English: `June`, `Oct.`, `Wednesday`.
    English,
}

/// English month names, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Dutch month abbreviations as government letters write them (lowercase, without their dot),
/// with their month. `mei` has none: it is short already.
pub const DUTCH_MONTH_ABBREVIATIONS: [(&str, u8); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

/// English month abbreviations (lowercase, without their dot), with their month.
pub const ENGLISH_MONTH_ABBREVIATIONS: [(&str, u8); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// English month names that are also ordinary words (`we may`, `to march`): read as a month only
/// when capitalised.
pub const ENGLISH_MONTHS_THAT_ARE_WORDS: [&str; 2] = ["may", "march"];

/// Dutch weekday names, Monday first.
pub const DUTCH_WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// English weekday names, Monday first.
pub const ENGLISH_WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A month name or abbreviation as found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MonthName {
    /// The month, 1–12.
    pub month: u8,
    /// The language of the word (Dutch where a word is both: `jan`, `nov`).
    pub language: Language,
    /// True for an abbreviation (`okt`, `Sept`), which may be followed by a full stop.
    pub abbreviated: bool,
}

/// Index (0-based) of `word` in `names`, comparing case-insensitively.
fn position_in(names: &[&str], word: &str) -> Option<usize> {
    names.iter().position(|n| n.eq_ignore_ascii_case(word))
}

/// Month (1–12) of a month abbreviation in `table`, comparing case-insensitively.
fn abbreviated_month(table: &[(&str, u8)], word: &str) -> Option<u8> {
    table
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(word))
        .map(|&(_, m)| m)
}

/// The month a Dutch month name stands for (`juni` → 6), written out in full, in any case.
pub fn dutch_month_number(word: &str) -> Option<u8> {
    position_in(&DUTCH_MONTHS, word).map(|i| i as u8 + 1)
}

/// The month of a word that names one, Dutch or English, full or abbreviated (without its dot):
/// `juni`, `jun`, `mrt`, `Sept`, `July`, `Oct`.
pub fn month_name(word: &str) -> Option<MonthName> {
    let found = |month: usize, language, abbreviated| MonthName {
        month: month as u8,
        language,
        abbreviated,
    };
    if let Some(m) = dutch_month_number(word) {
        return Some(found(m as usize, Language::Dutch, false));
    }
    if let Some(m) = abbreviated_month(&DUTCH_MONTH_ABBREVIATIONS, word) {
        return Some(found(m as usize, Language::Dutch, true));
    }
    if let Some(i) = position_in(&ENGLISH_MONTHS, word) {
        return Some(found(i + 1, Language::English, false));
    }
    abbreviated_month(&ENGLISH_MONTH_ABBREVIATIONS, word)
        .map(|m| found(m as usize, Language::English, true))
}

/// True for a Dutch month abbreviation (`okt`, `sept`), lowercase or not, without its dot.
pub fn is_dutch_month_abbreviation(word: &str) -> bool {
    abbreviated_month(&DUTCH_MONTH_ABBREVIATIONS, word).is_some()
}

/// A weekday: Monday is 1, Sunday 7 (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WeekdayName {
    /// 1 (Monday) to 7 (Sunday).
    pub weekday: u8,
    /// The language of the word.
    pub language: Language,
}

/// The weekday a Dutch or English weekday name stands for (`woensdag`, `Wednesday`).
pub fn weekday_name(word: &str) -> Option<WeekdayName> {
    let found = |i: usize, language| WeekdayName {
        weekday: i as u8 + 1,
        language,
    };
    position_in(&DUTCH_WEEKDAYS, word)
        .map(|i| found(i, Language::Dutch))
        .or_else(|| position_in(&ENGLISH_WEEKDAYS, word).map(|i| found(i, Language::English)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_month_names_are_found_in_any_case() {
        assert_eq!(dutch_month_number("juni"), Some(6));
        assert_eq!(dutch_month_number("Maart"), Some(3));
        assert_eq!(dutch_month_number("DECEMBER"), Some(12));
        assert_eq!(dutch_month_number("jun"), None);
        assert_eq!(dutch_month_number("june"), None);
    }

    #[test]
    fn dutch_abbreviations_name_their_month() {
        for (word, month) in [
            ("jan", 1),
            ("feb", 2),
            ("mrt", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("okt", 10),
            ("nov", 11),
            ("dec", 12),
        ] {
            let m = month_name(word).unwrap();
            assert_eq!((m.month, m.abbreviated), (month, true), "{word}");
            assert!(is_dutch_month_abbreviation(word), "{word}");
        }
        assert_eq!(month_name("mei").map(|m| m.month), Some(5));
        assert!(!is_dutch_month_abbreviation("mei"));
    }

    #[test]
    fn english_month_names_and_abbreviations_are_found() {
        let july = month_name("July").unwrap();
        assert_eq!(
            (july.month, july.language, july.abbreviated),
            (7, Language::English, false)
        );
        assert_eq!(month_name("Jul").map(|m| m.month), Some(7));
        assert_eq!(month_name("Sept").map(|m| m.month), Some(9));
        assert_eq!(
            month_name("Oct").map(|m| m.language),
            Some(Language::English)
        );
        assert_eq!(month_name("Mar").map(|m| m.month), Some(3));
        assert!(!is_dutch_month_abbreviation("oct"));
    }

    #[test]
    fn words_that_are_not_months_are_not_found() {
        for word in ["", "jaar", "ju", "juniper", "nr", "mln", "Jan.", "maandag"] {
            assert_eq!(month_name(word), None, "{word}");
        }
    }

    #[test]
    fn weekdays_are_found_in_both_languages() {
        assert_eq!(
            weekday_name("woensdag"),
            Some(WeekdayName {
                weekday: 3,
                language: Language::Dutch
            })
        );
        assert_eq!(weekday_name("Zondag").map(|w| w.weekday), Some(7));
        assert_eq!(
            weekday_name("Wednesday").map(|w| w.language),
            Some(Language::English)
        );
        assert_eq!(weekday_name("woensdagavond"), None);
    }
}
