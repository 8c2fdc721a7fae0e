//! Figures: every writing of one figure is one term, so `3,5%`, `3,5 procent` and `3.5 percent`
//! meet, and so do `EUR 40 miljard`, `40 miljard euro` and `€ 40 mld`.
//!
//! In the texts, the quantity grammar of [`crate::nl::quantities`] (the one key-figure extraction
//! uses) finds the figures at build time ([`passage_figures`]); each is indexed under its
//! canonical key (`pct:3.5`, `eur:40000000000`) and its value alone (any unit), as terms that
//! start with [`FIGURE_MARK`] (the tokenizer never makes such a term).
//!
//! In a query, [`query_figures`] reads figures with the same number grammar
//! ([`crate::nl::numbers`]) and the grammar's own words for scales, currencies and percentages,
//! but in decimal text rather than floating point: the app carries no float parsing or printing
//! (each would add more to the download than the whole search engine). A test holds it to the
//! grammar's keys.

use crate::nl::numbers::{decimal_form, number_end};
use crate::nl::quantities::{
    Currency, Scale, Unit, CURRENCY_AFTER, CURRENCY_BEFORE, PERCENT_WORDS, SCALES,
};
use serde::{Deserialize, Serialize};

/// First character of a figure's terms.
pub const FIGURE_MARK: char = '#';
/// Years are not figures when written bare (`2025`), as in the quantity grammar.
const BARE_YEARS: std::ops::RangeInclusive<u64> = 1900..=2100;

/// A figure in a passage: its byte range (`EUR 40 miljard`) and its canonical key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// Byte offset of its start in the passage text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// Its canonical key (`pct:3.5`).
    pub key: String,
}

/// The index terms of a canonical key: the key itself, and (for a single value) the value in
/// any unit, which a figure typed without a unit finds (`40 miljard` finds `EUR 40 miljard`).
pub fn figure_terms(key: &str) -> (String, Option<String>) {
    let value = key
        .split_once(':')
        .map(|(_, v)| v)
        .filter(|v| !v.contains('-'));
    (
        format!("{FIGURE_MARK}{key}"),
        value.map(|v| format!("{FIGURE_MARK}={v}")),
    )
}

/// The figures of a passage, read by the quantity grammar in the passage's language.
#[cfg(feature = "ingest")]
pub fn passage_figures(text: &str, english: bool) -> Vec<Figure> {
    use crate::nl::months::Language;
    let language = if english {
        Language::English
    } else {
        Language::Dutch
    };
    crate::nl::quantities::find_quantities_in(text, language)
        .into_iter()
        .map(|q| Figure {
            start: q.span.start,
            end: q.span.end,
            key: q.canonical_key(),
        })
        .collect()
}

/// A figure typed in a query: its byte range in the query and the term it is searched by (its
/// key, or its value alone when no unit is typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryFigure {
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// The index term searched for.
    pub term: String,
}

/// The word of `words` at byte `at` of `text` (ASCII case ignored, not glued to a letter after a
/// word that ends in one): its value and end.
fn word_at<T: Copy>(text: &str, at: usize, words: &[(&str, T)]) -> Option<(T, usize)> {
    words.iter().find_map(|&(w, v)| {
        let end = at + w.len();
        let found = text.get(at..end)?.eq_ignore_ascii_case(w);
        let glued =
            w.ends_with(char::is_alphanumeric) && text[end..].starts_with(char::is_alphanumeric);
        (found && !glued).then_some((v, end))
    })
}

/// `at` moved over spaces.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + (text[at..].len() - text[at..].trim_start().len())
}

/// `decimal` (`3.5`) times ten to the `exp`, in the grammar's canonical form (`3500000000`; no
/// leading or trailing zeros, no point for whole numbers).
fn shifted(decimal: &str, exp: usize) -> String {
    let (int, frac) = decimal.split_once('.').unwrap_or((decimal, ""));
    let mut digits = format!("{int}{frac}");
    let point = int.len() + exp;
    while digits.len() < point {
        digits.push('0');
    }
    let (int, frac) = digits.split_at(point);
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// The figures typed in a query (`3,5 procent`, `EUR 40 miljard`, `€40bn`, `10.000`), in order.
pub fn query_figures(text: &str) -> Vec<QueryFigure> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A digit byte is always a character boundary.
        let glued_before = bytes[i].is_ascii_digit()
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ','));
        if !bytes[i].is_ascii_digit() || glued_before {
            i += 1;
            continue;
        }
        let end = number_end(text, i);
        if let Some(f) = figure_at(text, i, end) {
            i = f.end;
            out.push(f);
        } else {
            i = end.max(i + 1);
        }
    }
    out
}

/// The figure whose number is `text[at..end]`, if it is one.
fn figure_at(text: &str, at: usize, end: usize) -> Option<QueryFigure> {
    let (decimal, glued_percent) = decimal_form(&text[at..end])?;
    let mut start = at;
    let mut currency = None;
    let before = text[..at].trim_end();
    if let Some(&(w, c)) = CURRENCY_BEFORE.iter().find(|(w, _)| {
        before.len() >= w.len()
            && before.is_char_boundary(before.len() - w.len())
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
    }) {
        currency = Some(c);
        start = before.len() - w.len();
    }
    let mut at = end;
    let mut scale = None;
    let glued_scale = SCALES
        .iter()
        .filter(|(_, _, g)| *g)
        .map(|&(w, s, _)| (w, s));
    let glued_scale: Vec<(&str, Scale)> = glued_scale.collect();
    if let Some((s, e)) = word_at(text, at, &glued_scale) {
        scale = Some(s);
        at = e;
    } else if text[at..].starts_with(char::is_alphanumeric) {
        return None;
    } else {
        let spaced: Vec<(&str, Scale)> = SCALES.iter().map(|&(w, s, _)| (w, s)).collect();
        if let Some((s, e)) = word_at(text, skip_spaces(text, at), &spaced) {
            scale = Some(s);
            at = e;
        }
    }
    let mut unit = glued_percent.then_some(Unit::Percent);
    if unit.is_none() && currency.is_none() {
        let after = skip_spaces(text, at);
        if let Some((u, e)) = word_at(text, after, &PERCENT_WORDS) {
            unit = Some(u);
            at = e;
        } else if let Some((c, e)) = word_at(text, after, &CURRENCY_AFTER)
            .filter(|&(_, e)| {
                let w = &text[after..e];
                !(w.eq_ignore_ascii_case("eur") || w.eq_ignore_ascii_case("usd"))
                    || w.chars().all(|c| c.is_ascii_uppercase())
            })
            .filter(|_| after > at)
        {
            currency = Some(c);
            at = e;
        }
    }
    let exp = match scale {
        None => 0,
        Some(Scale::Thousand) => 3,
        Some(Scale::Million) => 6,
        Some(Scale::Billion) => 9,
        Some(Scale::Trillion) => 12,
    };
    let value = shifted(&decimal, exp);
    let unit = unit.or(currency.map(Unit::Currency));
    let bare_year = unit.is_none()
        && scale.is_none()
        && value.parse::<u64>().is_ok_and(|v| BARE_YEARS.contains(&v));
    if bare_year {
        return None;
    }
    let term = match unit {
        Some(Unit::Percent) => format!("{FIGURE_MARK}pct:{value}"),
        Some(Unit::PercentagePoint) => format!("{FIGURE_MARK}pp:{value}"),
        Some(Unit::Currency(Currency::Eur)) => format!("{FIGURE_MARK}eur:{value}"),
        Some(Unit::Currency(Currency::Usd)) => format!("{FIGURE_MARK}usd:{value}"),
        Some(Unit::Count) | None => format!("{FIGURE_MARK}={value}"),
    };
    Some(QueryFigure {
        start,
        end: at,
        term,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nl::quantities::find_quantities;

    /// The terms typed figures are searched by.
    fn terms(q: &str) -> Vec<String> {
        query_figures(q).into_iter().map(|f| f.term).collect()
    }

    #[test]
    fn every_writing_of_a_figure_is_one_term() {
        for group in [
            &["3,5%", "3,5 procent", "3.5%", "3.5 percent", "3,5 pct"][..],
            &["5%", "5 procent"],
            &[
                "EUR 40 miljard",
                "40 miljard euro",
                "€ 40 mld",
                "EUR 40 bn",
                "€40bn",
            ],
            &["USD 94 miljard", "94 miljard USD", "$ 94 billion"],
            &["EUR 300 mln", "300 miljoen euro", "EUR 300 mln."],
        ] {
            let first = terms(group[0]);
            assert_eq!(first.len(), 1, "{group:?}");
            for q in group {
                assert_eq!(terms(q), first, "{q}");
            }
        }
        assert_eq!(terms("10.000"), terms("10000"));
        assert_eq!(terms("10.000"), ["#=10000"]);
        assert_eq!(terms("175 miljoen"), ["#=175000000"]);
    }

    #[test]
    fn query_figures_have_the_grammars_keys() {
        // The quantity grammar is the reference: a figure typed in a query gets the key the
        // grammar gives the same words in a text (or its value, when no unit is written).
        for q in [
            "3,5%",
            "3,5 procent",
            "3.5 percent",
            "2%",
            "0,5 procentpunt",
            "EUR 40 miljard",
            "40 miljard euro",
            "€ 3,5 mld",
            "EUR 95 mln.",
            "94 miljard USD",
            "US$ 94 billion",
            "€40bn",
            "10.000",
            "600.000",
            "1.234,5",
            "175 miljoen",
            "EUR 8,7 mln",
            "1,25 procent",
        ] {
            let grammar = find_quantities(q);
            assert_eq!(grammar.len(), 1, "{q}");
            let (key, value) = figure_terms(&grammar[0].canonical_key());
            let ours = terms(q);
            assert!(
                ours == [key.clone()] || Some(&ours[0]) == value.as_ref(),
                "{q}: {ours:?} vs {key}"
            );
            let f = &query_figures(q)[0];
            assert_eq!(&q[f.start..f.end], &q[grammar[0].span.range()], "{q}");
        }
    }

    #[test]
    fn years_and_numbers_in_words_are_not_figures() {
        assert!(terms("2025").is_empty());
        assert!(terms("F-35 A400M 2e").is_empty());
        assert_eq!(terms("in 2035 naar 3,5%"), ["#pct:3.5"]);
    }
}
