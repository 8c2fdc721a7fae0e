//! Quantities as the letters write them: amounts of money, percentages and counts, with their
//! scale word, an approximation and ranges, found in running text by [`find_quantities`].
//!
//! Built on the number grammar of [`numbers`](super::numbers) (`3,5`, `600.000`, `2%`). A
//! quantity is a number (or a range of two) with what is written around it:
//! - an approximation before it: `circa`, `ca.`, `ongeveer`, `zo'n`, `ruim`, `meer dan`, `bijna`,
//!   `minimaal`, `ten minste`, `maximaal`, `minder dan`, and in English `about`, `around`,
//!   `approximately`, `more than`, `at least`, `nearly`, `up to`, `less than`… ([`Approximation`]);
//! - a currency before or after it: `EUR 40 miljard`, `€ 3,5 mld`, `40 miljard euro`,
//!   `94 miljard USD`, `$ 94 billion`, `40 billion euros` ([`Currency`]);
//! - a scale word: `duizend`, `mln`, `mln.`, `miljoen`, `million`, `miljard`, `mld`, `mrd`,
//!   `billion`, `bn` (also glued: `€40bn`), `biljoen`, `trillion` ([`Scale`]);
//! - a unit: `%` (glued or not), `procent`, `percent`, `pct`, `procentpunt`,
//!   `percentage point` ([`Unit`]);
//! - a range: `2 à 3 procent`, `2 tot 3 procent`, `2-3%`, `2% tot 3%`, `tussen 2 en 3 procent`,
//!   `2 to 3 percent`, `EUR 2 à 3 miljard`.
//!
//! Numbers written as words count too where they are plainly numbers (`twintig trainers`,
//! `meer dan honderd wijkbewoners`, `een miljard euro`).
//!
//! Never a quantity: dates (the [date grammar](super::dates) claims them first, `in 2035`
//! included), bare years (`Defensienota 2026`), times (`10.00 uur`, `14:30`, `om 9 uur`),
//! Kamerstuk and other document numbers (`Kamerstuk 28 676, nr. 522`, `21501-20-2023`,
//! `2023/24`), paragraph, list, page and footnote numbers (`1 Kamerstuk …` at a line's start,
//! `Oekraine.1`, `[2:`, `(3)`), postcodes and postbus numbers, numbers glued to letters (`F-35`,
//! `CT25`, `2e`, `75-jarig`).
//!
//! Files: `words` (the word tables: approximations, currencies, scales, units, range words, the
//! words around numbers that are not counts), `grammar` (a quantity read at a number, on the
//! shared [`TextScanner`]), `never_counts` (years, times, document,
//! list and house numbers, postcodes), `number_words` (`twintig`, `vijfentwintig`, `twenty`).
//!
//! Two writings of one figure share a [`Quantity::canonical_key`]: `3,5%`, `3,5 procent` and
//! `3.5 percent` are all `pct:3.5`; `EUR 40 miljard`, `40 miljard euro`, `€ 40 mld` and
//! `EUR 40 bn` are all `eur:40000000000`; `10.000` and `10000` are `num:10000`.

mod grammar;
mod never_counts;
mod number_words;
mod words;

pub use number_words::number_word_value;
pub(crate) use words::{CURRENCY_AFTER, CURRENCY_BEFORE, PERCENT_WORDS, SCALES};

use crate::model::Span;
use crate::nl::dates::find_date_expressions;
use crate::nl::months::Language;
use crate::nl::scan::TextScanner;
use grammar::{Outcome, Scanner};

/// The currency of an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    /// `EUR`, `€`, `euro`.
    Eur,
    /// `USD`, `$`, `US$`, `dollar`.
    Usd,
}

/// What a quantity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// A percentage: `3,5%`, `3,5 procent`, `3.5 percent`.
    Percent,
    /// Percentage points: `0,5 procentpunt`.
    PercentagePoint,
    /// An amount of money.
    Currency(Currency),
    /// A plain number: a count (`32 bondgenoten`) or an amount whose unit is not written with it.
    Count,
}

/// A scale word after a number: `40 miljard` is 40 × 10⁹.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    /// `duizend`, `thousand`.
    Thousand,
    /// `miljoen`, `mln`, `mln.`, `million`, `mio`, `m` (glued, after a currency).
    Million,
    /// `miljard`, `mld`, `mrd`, `billion`, `bn`.
    Billion,
    /// `biljoen`, `trillion`.
    Trillion,
}

impl Scale {
    /// What the number before the scale word is multiplied by.
    pub fn factor(self) -> f64 {
        match self {
            Scale::Thousand => 1e3,
            Scale::Million => 1e6,
            Scale::Billion => 1e9,
            Scale::Trillion => 1e12,
        }
    }

    /// A short name for data files: `thousand`, `million`, `billion`, `trillion`.
    pub fn slug(self) -> &'static str {
        match self {
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
            Scale::Trillion => "trillion",
        }
    }
}

/// A word before a figure that says it is not exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Approximation {
    /// `circa`, `ca.`, `ongeveer`, `zo'n`, `rond`, `about`, `around`, `approximately`, `~`, `±`.
    About,
    /// `meer dan`, `ruim`, `more than`, `upwards of`.
    MoreThan,
    /// `minimaal`, `ten minste`, `minstens`, `at least`.
    AtLeast,
    /// `bijna`, `nagenoeg`, `vrijwel`, `almost`, `nearly`.
    Almost,
    /// `maximaal`, `hooguit`, `ten hoogste`, `at most`, `up to`.
    AtMost,
    /// `minder dan`, `less than`, `fewer than`.
    LessThan,
}

impl Approximation {
    /// A short name for data files: `about`, `more-than`, `at-least`, `almost`, `at-most`,
    /// `less-than`.
    pub fn slug(self) -> &'static str {
        match self {
            Approximation::About => "about",
            Approximation::MoreThan => "more-than",
            Approximation::AtLeast => "at-least",
            Approximation::Almost => "almost",
            Approximation::AtMost => "at-most",
            Approximation::LessThan => "less-than",
        }
    }
}

/// A quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte span in the text, from the qualifier or currency before the number to the last word
    /// that belongs to it (`circa 94 miljard USD`, `EUR 95 mln.`).
    pub span: Span,
    /// The quantity as written (line breaks included).
    pub written: String,
    /// Byte span of the number itself (of the first number of a range).
    pub number_span: Span,
    /// The value after the scale word: `40 miljard` is 4.0e10, `3,5%` is 3.5. The lower end of a
    /// range.
    pub value: f64,
    /// The upper end of a range (`2 à 3 procent`), after the scale word.
    pub upper: Option<f64>,
    /// What it counts.
    pub unit: Unit,
    /// The scale word, if one is written.
    pub scale: Option<Scale>,
    /// The approximation before it, if one is written.
    pub approximation: Option<Approximation>,
    /// True when the number is written as a word (`twintig`, `honderd`).
    pub in_words: bool,
}

impl Quantity {
    /// The figure's normal form, the same for every writing of it: `pct:3.5`,
    /// `eur:40000000000`, `usd:94000000000`, `num:10000`, `pp:0.5`; a range joins its ends with
    /// `-` (`pct:2-3`). The approximation is left out: `circa 35 miljard euro` and
    /// `35 miljard euro` name the same figure.
    pub fn canonical_key(&self) -> String {
        let unit = match self.unit {
            Unit::Percent => "pct",
            Unit::PercentagePoint => "pp",
            Unit::Currency(Currency::Eur) => "eur",
            Unit::Currency(Currency::Usd) => "usd",
            Unit::Count => "num",
        };
        let mut key = format!("{unit}:{}", canonical_number(self.value));
        if let Some(upper) = self.upper {
            key.push('-');
            key.push_str(&canonical_number(upper));
        }
        key
    }

    /// True for a range (`2 à 3 procent`).
    pub fn is_range(&self) -> bool {
        self.upper.is_some()
    }
}

/// A number in its shortest exact decimal form: `40000000000`, `3.5`, `0.25`.
pub fn canonical_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e18 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Every quantity in `text`, a Dutch text, in order, without overlaps; see the [module](self)
/// for what is and is not a quantity.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    find_quantities_in(text, Language::Dutch)
}

/// Every quantity in `text`, written in `language`, in order, without overlaps. The language
/// decides how separators read (`2,000` is two thousand in English, two in Dutch; `3.500` is
/// three and a half in English) and which number words count (`twintig`, `twenty`).
pub fn find_quantities_in(text: &str, language: Language) -> Vec<Quantity> {
    // The year given for dates without one does not matter: only their spans are used.
    const ANY_YEAR: u16 = 2000;
    let dates: Vec<Span> = find_date_expressions(text, ANY_YEAR)
        .into_iter()
        .map(|d| d.span)
        .collect();
    let scan = Scanner {
        text,
        dates: &dates,
        language,
    };
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some(c) = scan.char_at(at) else { break };
        if let Some(date) = dates.iter().find(|d| d.range().contains(&at)) {
            at = date.end as usize;
            continue;
        }
        let starts_word = !scan.char_before(at).is_some_and(char::is_alphanumeric);
        let candidate = if c.is_ascii_digit() {
            Some(scan.quantity_at(at))
        } else if c.is_alphabetic() && starts_word {
            scan.word_number(at).map(|_| scan.quantity_at(at))
        } else {
            None
        };
        match candidate {
            Some(Outcome::Found(q)) => {
                at = q.span.end as usize;
                out.push(q);
            }
            Some(Outcome::Skip(end)) => at = if end > at { end } else { at + c.len_utf8() },
            None => at += c.len_utf8(),
        }
        // Never restart inside a word or a number.
        while at < text.len()
            && scan.char_before(at).is_some_and(char::is_alphanumeric)
            && scan.char_at(at).is_some_and(char::is_alphanumeric)
        {
            at += scan.char_at(at).map_or(1, char::len_utf8);
        }
    }
    out
}

#[cfg(test)]
mod tests;
