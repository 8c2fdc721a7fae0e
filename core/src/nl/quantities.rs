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
//! Two writings of one figure share a [`Quantity::canonical_key`]: `3,5%`, `3,5 procent` and
//! `3.5 percent` are all `pct:3.5`; `EUR 40 miljard`, `40 miljard euro`, `€ 40 mld` and
//! `EUR 40 bn` are all `eur:40000000000`; `10.000` and `10000` are `num:10000`.

use crate::model::Span;
use crate::nl::dates::find_date_expressions;
use crate::nl::months::Language;
use crate::nl::numbers::{number_end, parse_number};
use crate::nl::scan::TextScanner;

/// Bare four-digit numbers in this range are years, not counts (`Defensienota 2026`), unless a
/// qualifier, scale or unit makes them a quantity (`circa 2000 militairen` is still read as a
/// count when qualified).
const BARE_YEARS: std::ops::RangeInclusive<f64> = 1900.0..=2100.0;

/// Most digits of a list, footnote or page number at the start of a line.
const MAX_LIST_NUMBER_DIGITS: usize = 3;

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

/// What reading at a number found.
enum Outcome {
    /// A quantity.
    Found(Quantity),
    /// No quantity; go on from this byte (past the number and what belongs to it).
    Skip(usize),
}

/// A number read at a position: its value, where it ends and whether a `%` is glued to it.
#[derive(Debug, Clone, Copy)]
struct ReadNumber {
    /// Value as written (before any scale word).
    value: f64,
    /// Byte after the number (after a glued `%`).
    end: usize,
    /// A `%` is glued to it (`2%`).
    percent: bool,
    /// Written with a `.`, `,` or `:` inside (`10.00`, `3,5`).
    has_separator: bool,
    /// Digits written (0 for a number word).
    digits: usize,
    /// Written as a word.
    in_words: bool,
}

/// Reads quantities from one text.
struct Scanner<'t> {
    /// The text.
    text: &'t str,
    /// Spans of the dates in it, which are never quantities.
    dates: &'t [Span],
    /// The language it is written in.
    language: Language,
}

/// Words before a figure that say it is not exact, longest first where one begins another.
const APPROXIMATIONS: [(&str, Approximation); 34] = [
    ("ten minste", Approximation::AtLeast),
    ("tenminste", Approximation::AtLeast),
    ("minimaal", Approximation::AtLeast),
    ("minstens", Approximation::AtLeast),
    ("at least", Approximation::AtLeast),
    ("a minimum of", Approximation::AtLeast),
    ("meer dan", Approximation::MoreThan),
    ("ruim", Approximation::MoreThan),
    ("more than", Approximation::MoreThan),
    ("upwards of", Approximation::MoreThan),
    ("circa", Approximation::About),
    ("ca.", Approximation::About),
    ("ongeveer", Approximation::About),
    ("zo'n", Approximation::About),
    ("zo’n", Approximation::About),
    ("rondom", Approximation::About),
    ("rond", Approximation::About),
    ("omstreeks", Approximation::About),
    ("about", Approximation::About),
    ("around", Approximation::About),
    ("approximately", Approximation::About),
    ("roughly", Approximation::About),
    ("bijna", Approximation::Almost),
    ("nagenoeg", Approximation::Almost),
    ("vrijwel", Approximation::Almost),
    ("almost", Approximation::Almost),
    ("nearly", Approximation::Almost),
    ("maximaal", Approximation::AtMost),
    ("hooguit", Approximation::AtMost),
    ("ten hoogste", Approximation::AtMost),
    ("at most", Approximation::AtMost),
    ("up to", Approximation::AtMost),
    ("minder dan", Approximation::LessThan),
    ("less than", Approximation::LessThan),
];

/// Approximation signs that may be glued to the number (`~40`, `±5%`).
const APPROXIMATION_SIGNS: [(&str, Approximation); 3] = [
    ("~", Approximation::About),
    ("±", Approximation::About),
    ("+/-", Approximation::About),
];

/// Currencies written before the number (`EUR 40`, `€3,5`, `US$ 94`), longest first.
pub(crate) const CURRENCY_BEFORE: [(&str, Currency); 5] = [
    ("US$", Currency::Usd),
    ("EUR", Currency::Eur),
    ("USD", Currency::Usd),
    ("€", Currency::Eur),
    ("$", Currency::Usd),
];

/// Currencies written after the number or its scale word (`40 miljard euro`), longest first.
pub(crate) const CURRENCY_AFTER: [(&str, Currency); 10] = [
    ("Amerikaanse dollar", Currency::Usd),
    ("US-dollar", Currency::Usd),
    ("US dollars", Currency::Usd),
    ("US dollar", Currency::Usd),
    ("dollars", Currency::Usd),
    ("dollar", Currency::Usd),
    ("euros", Currency::Eur),
    ("euro", Currency::Eur),
    ("EUR", Currency::Eur),
    ("USD", Currency::Usd),
];

/// Scale words, longest first where one begins another; `glued` ones may follow the digits
/// without a space (`€40bn`).
pub(crate) const SCALES: [(&str, Scale, bool); 14] = [
    ("duizend", Scale::Thousand, false),
    ("thousand", Scale::Thousand, false),
    ("miljoen", Scale::Million, false),
    ("million", Scale::Million, false),
    ("mln.", Scale::Million, true),
    ("mln", Scale::Million, true),
    ("mio", Scale::Million, false),
    ("miljard", Scale::Billion, false),
    ("billion", Scale::Billion, false),
    ("mld.", Scale::Billion, true),
    ("mld", Scale::Billion, true),
    ("mrd.", Scale::Billion, true),
    ("mrd", Scale::Billion, true),
    ("bn", Scale::Billion, true),
];

/// Scale words that need more care: `biljoen`, `trillion` (rare, but never to be read as
/// something else) and the single letter `m`, a scale only when glued after a currency (`€40m`).
const RARE_SCALES: [(&str, Scale); 2] =
    [("biljoen", Scale::Trillion), ("trillion", Scale::Trillion)];

/// Units of percentages after a number, longest first where one begins another.
pub(crate) const PERCENT_WORDS: [(&str, Unit); 11] = [
    ("procentpunten", Unit::PercentagePoint),
    ("procentpunt", Unit::PercentagePoint),
    ("percentagepunten", Unit::PercentagePoint),
    ("percentagepunt", Unit::PercentagePoint),
    ("percentage points", Unit::PercentagePoint),
    ("percentage point", Unit::PercentagePoint),
    ("procent", Unit::Percent),
    ("percent", Unit::Percent),
    ("pct.", Unit::Percent),
    ("pct", Unit::Percent),
    ("%", Unit::Percent),
];

/// Words joining the two ends of a range, longest first; `en`/`and` only after `tussen`/`between`.
const RANGE_WORDS: [&str; 7] = ["tot en met", "t/m", "tot", "to", "à", "á", "a"];

/// Dashes joining the two ends of a range (`2-3%`).
const RANGE_DASHES: [&str; 3] = ["-", "–", "—"];

/// Words before a number that make it a document, paragraph or address number.
const IDENTIFIER_WORDS: [&str; 30] = [
    "tel.",
    "tel",
    "telefoon",
    "nr.",
    "nr",
    "nrs.",
    "nummer",
    "no.",
    "kamerstuk",
    "kamerstukken",
    "artikel",
    "art.",
    "lid",
    "paragraaf",
    "par.",
    "§",
    "hoofdstuk",
    "bijlage",
    "pagina",
    "blz.",
    "p.",
    "pp.",
    "voetnoot",
    "noot",
    "postbus",
    "resolutie",
    "resolution",
    "kenmerk",
    "versie",
    "aanhangsel",
];

/// Endings of street names, whose number is a house number (`Kazernestraat 52`).
const STREET_SUFFIXES: [&str; 10] = [
    "straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "street", "avenue",
];

/// Words before a number that make it a time of day (`om 9 uur`).
const TIME_WORDS_BEFORE: [&str; 2] = ["om", "vanaf"];

/// Words after a number that make it a time of day (`10.00 uur`).
const TIME_WORDS_AFTER: [&str; 3] = ["uur", "u.", "h"];

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
    fn space(&self, at: usize) -> usize {
        self.space_end(at).unwrap_or(at)
    }

    /// The start of white space ending at `at` holding at most one line break; `at` when none.
    fn space_before(&self, at: usize) -> usize {
        self.space_start(at).unwrap_or(at)
    }

    /// A number written as a word at `at` (`twintig`, `honderd`, `vijfentwintig`): its value and
    /// end. `een`/`één`/`one` count only before a scale word (`een miljard`); `acht` only with a
    /// unit, scale or approximation (it is also a verb).
    fn word_number(&self, at: usize) -> Option<(f64, usize)> {
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

    /// Reads the quantity whose (first) number starts at `at`.
    fn quantity_at(&self, at: usize) -> Outcome {
        let skip_number = |end: usize| Outcome::Skip(end);
        let Some(first) = self.number(at) else {
            return skip_number(number_end(self.text, at));
        };
        let (start, currency_before, approximation, between) = self.before(at);
        let glued_currency = currency_before.is_some() && start < at && {
            let c = self.char_before(at);
            c.is_some_and(char::is_alphabetic)
        };
        // What may stand right before a number: white space, an opening bracket or quote, a
        // currency or approximation sign. Anything else glues it to something (`Oekraine.1`,
        // `[2:`, `F-35`, `-090`, `2023/24`).
        let before_ok = match self.char_before(at) {
            None => true,
            Some(c) => {
                c.is_whitespace()
                    || matches!(
                        c,
                        '(' | '"' | '\'' | '‘' | '“' | '«' | '€' | '$' | '~' | '±'
                    )
                    || glued_currency
            }
        };
        if !before_ok {
            return skip_number(first.end);
        }

        let mut end = first.end;
        let mut percent = first.percent;
        let mut upper: Option<ReadNumber> = None;
        let mut dash_range = false;
        // A range: `2 à 3`, `2-3%`, `2% tot 3%`, `tussen 2 en 3`.
        if let Some((next, dash)) = self.range_connector(end, between) {
            let next = match self.one_of(next, &CURRENCY_BEFORE) {
                Some((_, after)) if currency_before.is_some() => self.space(after),
                _ => next,
            };
            if let Some(second) = self.number(next).filter(|n| n.in_words == first.in_words) {
                let second_glued = self
                    .char_at(second.end)
                    .is_some_and(|c| c.is_alphanumeric());
                if !self.in_date(next) && !second_glued || second.percent {
                    upper = Some(second);
                    dash_range = dash;
                    end = second.end;
                    percent |= second.percent;
                }
            }
        }
        let last = upper.unwrap_or(first);

        // Letters glued to the digits: only a scale abbreviation (`€40bn`, `8mln`).
        let glued_scale = if last.in_words {
            None
        } else {
            self.scale(end, true, currency_before.is_some())
        };
        if glued_scale.is_none() && !percent {
            let after = self.char_at(end);
            let glued_word = after.is_some_and(char::is_alphanumeric);
            let compound =
                after == Some('-') && self.char_at(end + 1).is_some_and(char::is_alphabetic);
            let time =
                after == Some(':') && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit());
            let slash =
                after == Some('/') && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit());
            let chain = after.is_some_and(|c| RANGE_DASHES.iter().any(|d| d.starts_with(c)))
                && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit());
            if glued_word || compound || time || slash || chain {
                return skip_number(self.word_end(end));
            }
        }
        let mut scale = None;
        if !percent {
            if let Some((s, e)) = glued_scale.or_else(|| self.scale(end, false, false)) {
                scale = Some(s);
                end = e;
            }
        }
        let mut unit = Unit::Count;
        if percent {
            unit = Unit::Percent;
        } else if let Some(c) = currency_before {
            unit = Unit::Currency(c);
        } else if scale.is_none() {
            if let Some((u, e)) = self.percent_unit(end) {
                unit = u;
                end = e;
            } else if let Some((c, e)) = self.currency_after(end) {
                unit = Unit::Currency(c);
                end = e;
            }
        } else if let Some((c, e)) = self.currency_after(end) {
            unit = Unit::Currency(c);
            end = e;
        }

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

    /// True when a plain number (no unit, no scale) from `at` to `end` is a year, time,
    /// document, list, page, footnote or address number rather than a count.
    fn is_not_a_count(
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
    fn word_number_stands(
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

/// A number written as one lowercase word in `language`: Dutch `een` to `twintig`, the tens,
/// `honderd`, `duizend`, compounds `vijfentwintig`, `tweeëndertig`, `driehonderd`,
/// `tienduizend`; English `one` to `twelve`, `twenty` to `ninety`.
pub fn number_word_value(word: &str, language: Language) -> Option<f64> {
    if language == Language::English {
        return ENGLISH_NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, v)| f64::from(v));
    }
    number_word_value_dutch(word)
}

/// English numbers written as one word (compounds such as `twenty-five` are not read).
const ENGLISH_NUMBER_WORDS: [(&str, u32); 20] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A Dutch number written as one word.
fn number_word_value_dutch(word: &str) -> Option<f64> {
    const SMALL: [(&str, u32); 28] = [
        ("een", 1),
        ("één", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
        ("tien", 10),
        ("elf", 11),
        ("twaalf", 12),
        ("dertien", 13),
        ("veertien", 14),
        ("vijftien", 15),
        ("zestien", 16),
        ("zeventien", 17),
        ("achttien", 18),
        ("negentien", 19),
        ("twintig", 20),
        ("dertig", 30),
        ("veertig", 40),
        ("vijftig", 50),
        ("zestig", 60),
        ("zeventig", 70),
        ("tachtig", 80),
        ("negentig", 90),
    ];
    let small = |w: &str| SMALL.iter().find(|(s, _)| *s == w).map(|&(_, v)| v);
    let below_hundred = |w: &str| -> Option<u32> {
        if let Some(v) = small(w) {
            return Some(v);
        }
        // `vijfentwintig`, `tweeëndertig`: unit, `en`/`ën`, tens.
        for joiner in ["ën", "en"] {
            for (i, _) in w.match_indices(joiner) {
                let (unit, tens) = (&w[..i], &w[i + joiner.len()..]);
                if let (Some(u @ 1..=9), Some(t @ 20..=90)) = (small(unit), small(tens)) {
                    if t % 10 == 0 && tens.ends_with("tig") {
                        return Some(u + t);
                    }
                }
            }
        }
        None
    };
    let below_thousand = |w: &str| -> Option<u32> {
        match w.split_once("honderd") {
            Some((head, tail)) => {
                let h = if head.is_empty() {
                    1
                } else {
                    small(head).filter(|v| (2..=9).contains(v))?
                };
                let t = if tail.is_empty() {
                    0
                } else {
                    below_hundred(tail)?
                };
                Some(h * 100 + t)
            }
            None => below_hundred(w),
        }
    };
    if word.is_empty() {
        return None;
    }
    let value = match word.split_once("duizend") {
        Some((head, "")) => {
            let h = if head.is_empty() {
                1
            } else {
                below_thousand(head).filter(|v| *v >= 2)?
            };
            h * 1000
        }
        Some(_) => return None,
        None => below_thousand(word)?,
    };
    Some(f64::from(value))
}

#[cfg(test)]
mod tests;
