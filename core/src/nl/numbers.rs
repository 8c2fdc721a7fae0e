//! Numbers as the letters write them: decimal comma (`3,5`), thousands dots (`600.000`), a
//! percent sign glued to the number (`2%`, `3,5%`).
//!
//! The grammar is two rules, shared by the search tokenizer (which keeps such numbers whole as one
//! term) and by [`find_numbers`] (which reads their value for extraction):
//! - a `,` or `.` between two ASCII digits joins them ([`joins_digits`]);
//! - a `%` right after a digit belongs to the number ([`glued_percent_len`]).
//!
//! Reading a value follows Dutch usage, with English usage where it cannot be Dutch: a comma is a
//! decimal comma and dots group thousands (`1.234,5`); a single dot not followed by exactly three
//! digits is a decimal point (`1.5`, `10.00`), and commas between groups of three followed by a
//! decimal point group thousands (`1,234.5`).

use crate::model::Span;

/// Digits in a group between thousands separators.
const THOUSANDS_GROUP_DIGITS: usize = 3;

/// True when `separator` between `before` and `after` continues a number: a decimal comma or a
/// thousands dot between ASCII digits (`3,5`, `600.000`). Any other character, or a separator
/// without a digit on both sides (`3,` at a clause's end, `,5`), does not.
pub fn joins_digits(before: char, separator: char, after: Option<char>) -> bool {
    matches!(separator, ',' | '.')
        && before.is_ascii_digit()
        && after.is_some_and(|c| c.is_ascii_digit())
}

/// Length in bytes (0 or 1) of a percent sign glued at byte `at` of `text` to a number whose last
/// character is `last` (`2%`, `3,5%`).
pub fn glued_percent_len(text: &str, at: usize, last: char) -> usize {
    usize::from(text.as_bytes().get(at) == Some(&b'%') && last.is_ascii_digit())
}

/// True when `term` is written as a number (starts with a digit): `3,5`, `600.000`, `2%`.
pub fn starts_as_number(term: &str) -> bool {
    term.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// A number's value as read from how it is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberValue {
    /// The value: `3,5` is 3.5, `600.000` is 600000, `2%` is 2.
    pub value: f64,
    /// True when the number is a percentage (`2%`).
    pub is_percent: bool,
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberExpression {
    /// Byte span in the text it was found in, `%` included.
    pub span: Span,
    /// The number as written (`3,5%`).
    pub written: String,
    /// Its value, when the separators make sense (`1.2.3` has none).
    pub value: Option<NumberValue>,
}

/// Byte offset just after the number that starts at byte `start` of `text` (an ASCII digit):
/// digits joined by decimal commas and thousands dots, then a glued `%`.
pub fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let Some(&sep) = bytes.get(i) else { break };
        let after = bytes.get(i + 1).map(|&b| b as char);
        if i > start && joins_digits(bytes[i - 1] as char, sep as char, after) {
            i += 1;
        } else {
            break;
        }
    }
    if i > start {
        i += glued_percent_len(text, i, bytes[i - 1] as char);
    }
    i
}

/// Every number in `text` that stands as a word of its own (not glued to letters: `F-35`, `A400M`,
/// `2e` are not numbers here), in order.
pub fn find_numbers(text: &str) -> Vec<NumberExpression> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let end = number_end(text, i);
        let before = text[..i].chars().next_back();
        let after = text[end..].chars().next();
        let glued_before = before.is_some_and(|c| c.is_alphanumeric() || c == '-');
        let glued_after = after.is_some_and(char::is_alphanumeric);
        if !glued_before && !glued_after {
            let written = &text[i..end];
            out.push(NumberExpression {
                span: Span::new(i, end),
                written: written.to_string(),
                value: parse_number(written),
            });
        }
        // Skip the rest of the word this number is part of.
        i = end;
        while let Some(c) = text[i..].chars().next().filter(|c| c.is_alphanumeric()) {
            i += c.len_utf8();
        }
    }
    out
}

/// Reads a number as written (`3,5`, `600.000`, `1.234,5`, `2%`); `None` when its separators do not
/// form a number in Dutch or English usage (`1.2.3`, `1,2,3`).
pub fn parse_number(written: &str) -> Option<NumberValue> {
    let (decimal, is_percent) = decimal_form(written)?;
    Some(NumberValue {
        value: decimal.parse().ok()?,
        is_percent,
    })
}

/// A number as written in plain decimal form, with a point and without grouping (`3,5` is
/// `3.5`, `600.000` is `600000`, `1,234.5` is `1234.5`), and whether a `%` is glued to it; the
/// rules of [`parse_number`], which reads this form. Code that must not carry floating-point
/// parsing (the app's search, in WebAssembly) works on this form.
pub fn decimal_form(written: &str) -> Option<(String, bool)> {
    let (digits, is_percent) = match written.strip_suffix('%') {
        Some(n) => (n, true),
        None => (written, false),
    };
    if digits.is_empty()
        || !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    let plain = |s: &str| -> Option<String> {
        let ok = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| s.to_string())
    };
    let grouped = |s: &str, sep: char| -> Option<String> {
        let mut groups = s.split(sep);
        let first = groups.next()?;
        let first_ok = (1..=THOUSANDS_GROUP_DIGITS).contains(&first.len());
        let rest_ok = groups.all(|g| g.len() == THOUSANDS_GROUP_DIGITS);
        (first_ok && rest_ok).then(|| s.replace(sep, ""))
    };
    let commas = digits.matches(',').count();
    let dots = digits.matches('.').count();
    let canonical = match (commas, dots) {
        (0, 0) => plain(digits)?,
        // `3,5`, `1.234,5`, `600.000,25`: Dutch decimal comma after grouped thousands.
        (1, _) if digits.find(',') > digits.rfind('.') => {
            let (int, frac) = digits.split_once(',')?;
            let int = if dots == 0 {
                plain(int)?
            } else {
                grouped(int, '.')?
            };
            format!("{int}.{}", plain(frac)?)
        }
        // `600.000`, `1.000.000`: Dutch thousands dots.
        (0, _) if grouped(digits, '.').is_some() => grouped(digits, '.')?,
        // `1.5`, `10.00`: a decimal point.
        (0, 1) => {
            let (int, frac) = digits.split_once('.')?;
            format!("{}.{}", plain(int)?, plain(frac)?)
        }
        // `1,234.5`: English thousands commas before a decimal point.
        (_, 1) if digits.find('.') > digits.rfind(',') => {
            let (int, frac) = digits.split_once('.')?;
            format!("{}.{}", grouped(int, ',')?, plain(frac)?)
        }
        // `1,000,000`: English thousands commas (one comma alone is a Dutch decimal comma).
        (2.., 0) => grouped(digits, ',')?,
        _ => return None,
    };
    Some((canonical, is_percent))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<f64> {
        parse_number(s).map(|v| v.value)
    }

    fn written(text: &str) -> Vec<String> {
        find_numbers(text).into_iter().map(|n| n.written).collect()
    }

    #[test]
    fn separators_join_only_between_digits() {
        assert!(joins_digits('3', ',', Some('5')));
        assert!(joins_digits('0', '.', Some('0')));
        assert!(!joins_digits('3', ',', None));
        assert!(!joins_digits('3', ',', Some(' ')));
        assert!(!joins_digits('a', '.', Some('5')));
        assert!(!joins_digits('3', '-', Some('5')));
    }

    #[test]
    fn percent_sign_belongs_only_to_a_digit() {
        assert_eq!(glued_percent_len("2%", 1, '2'), 1);
        assert_eq!(glued_percent_len("a%", 1, 'a'), 0);
        assert_eq!(glued_percent_len("2 %", 1, '2'), 0);
    }

    #[test]
    fn decimal_comma_is_read_as_a_fraction() {
        assert_eq!(value("3,5"), Some(3.5));
        assert_eq!(value("2,26"), Some(2.26));
        assert_eq!(value("1.234,5"), Some(1234.5));
    }

    #[test]
    fn thousands_dots_are_read_as_grouping() {
        assert_eq!(value("600.000"), Some(600_000.0));
        assert_eq!(value("1.000.000"), Some(1_000_000.0));
    }

    #[test]
    fn percentages_keep_their_number_and_say_so() {
        assert_eq!(
            parse_number("2%"),
            Some(NumberValue {
                value: 2.0,
                is_percent: true
            })
        );
        assert_eq!(parse_number("3,5%").map(|v| v.value), Some(3.5));
        assert!(!parse_number("3,5").unwrap().is_percent);
    }

    #[test]
    fn english_decimal_points_and_thousands_commas_are_read() {
        assert_eq!(value("1.5"), Some(1.5));
        assert_eq!(value("1,234.5"), Some(1234.5));
        assert_eq!(value("1,000,000"), Some(1_000_000.0));
    }

    #[test]
    fn malformed_separators_have_no_value() {
        for s in [
            "1.2.3",
            "1,2,3",
            "1.23.456",
            "",
            "%",
            "3,",
            "1,5,000.2",
            "x",
        ] {
            assert_eq!(value(s), None, "{s}");
        }
    }

    #[test]
    fn numbers_end_where_the_grammar_ends() {
        let text = "3,5% en 600.000. Daarna 2, 3";
        assert_eq!(&text[..number_end(text, 0)], "3,5%");
        assert_eq!(&text[8..number_end(text, 8)], "600.000");
        assert_eq!(&text[24..number_end(text, 24)], "2");
    }

    #[test]
    fn numbers_are_found_with_span_and_value() {
        let text = "groei naar 3,5% van het bbp, 600.000 drones";
        let found = find_numbers(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].span.range()], "3,5%");
        assert_eq!(
            found[0].value,
            Some(NumberValue {
                value: 3.5,
                is_percent: true
            })
        );
        assert_eq!(found[1].value.map(|v| v.value), Some(600_000.0));
    }

    #[test]
    fn digits_glued_to_letters_are_not_numbers() {
        assert_eq!(
            written("F-35 en A400M, de 2e keer, 4x"),
            Vec::<String>::new()
        );
        assert_eq!(written("EUR 8,7 mln. in 2025"), ["8,7", "2025"]);
    }

    #[test]
    fn kamerstuk_numbers_and_times_are_read_as_written() {
        assert_eq!(written("Kamerstuk 28 676, nr. 522"), ["28", "676", "522"]);
        assert_eq!(
            find_numbers("om 10.00 uur")[0].value.map(|v| v.value),
            Some(10.0)
        );
    }
}
