//! The word tables of the quantity grammar: what may stand before or after a number and what
//! it means (approximations, currencies, scales, units, range words), and the words around a
//! number that make it something other than a count (document words, street names, times).
//!
//! Longest first where one word begins another, so the first match is the whole word.

use super::{Approximation, Currency, Scale, Unit};

/// Words before a figure that say it is not exact, longest first where one begins another.
pub(super) const APPROXIMATIONS: [(&str, Approximation); 34] = [
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
pub(super) const APPROXIMATION_SIGNS: [(&str, Approximation); 3] = [
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
pub(super) const RARE_SCALES: [(&str, Scale); 2] =
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
pub(super) const RANGE_WORDS: [&str; 7] = ["tot en met", "t/m", "tot", "to", "à", "á", "a"];

/// Dashes joining the two ends of a range (`2-3%`).
pub(super) const RANGE_DASHES: [&str; 3] = ["-", "–", "—"];

/// Words before a number that make it a document, paragraph or address number.
pub(super) const IDENTIFIER_WORDS: [&str; 30] = [
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
pub(super) const STREET_SUFFIXES: [&str; 10] = [
    "straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "street", "avenue",
];

/// Words before a number that make it a time of day (`om 9 uur`).
pub(super) const TIME_WORDS_BEFORE: [&str; 2] = ["om", "vanaf"];

/// Words after a number that make it a time of day (`10.00 uur`).
pub(super) const TIME_WORDS_AFTER: [&str; 3] = ["uur", "u.", "h"];
