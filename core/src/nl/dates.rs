//! Dates as the letters write them: a whole date (`23 juni 2026`, `Den Haag, 23 mei 2025`), and
//! date expressions found in running text.

use crate::model::{days_in_month, PartialDate};
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
}
