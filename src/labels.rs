//! The corpus's own names and dates as the interface language writes them: dates, months,
//! meetings, themes, kinds of document and glossary expansions. The corpus holds both languages
//! where it has them; the interface strings themselves are in [`crate::i18n`].

use crate::i18n::Lang;
use summit_core::extract::compact::GlossaryEntry;
use summit_core::{Corpus, Meeting, PartialDate};

/// Month names, January first.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: `23 juni 2026`, `juni 2025`, `2025`.
pub fn format_date(date: PartialDate, lang: Lang) -> String {
    let months = match lang {
        Lang::Nl => &summit_core::DUTCH_MONTHS,
        Lang::En => &MONTHS_EN,
    };
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", months[(m as usize - 1) % 12], date.year),
        (Some(m), None) => format!("{} {}", months[(m as usize - 1) % 12], date.year),
        _ => date.year.to_string(),
    }
}

/// Short month names for the time axis, January first.
pub fn short_months(lang: Lang) -> &'static [&'static str; 12] {
    match lang {
        Lang::Nl => &[
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ],
        Lang::En => &[
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
    }
}

/// An event's time as people write it: `24 – 25 juni 2025`, `eind 2026`, `zomer 2023`.
pub fn event_date(e: &summit_core::extract::Event, lang: Lang) -> String {
    use summit_core::extract::Precision as P;
    let prefix = match (e.precision, lang) {
        (P::BeginningOf, Lang::Nl) => "begin ",
        (P::BeginningOf, Lang::En) => "early ",
        (P::MiddleOf, Lang::Nl) => "medio ",
        (P::MiddleOf, Lang::En) => "mid ",
        (P::EndOf, Lang::Nl) => "eind ",
        (P::EndOf, Lang::En) => "late ",
        (P::Spring, Lang::Nl) => "voorjaar ",
        (P::Summer, Lang::Nl) => "zomer ",
        (P::Autumn, Lang::Nl) => "najaar ",
        (P::Winter, _) => "winter ",
        (P::Spring, Lang::En) => "spring ",
        (P::Summer, Lang::En) => "summer ",
        (P::Autumn, Lang::En) => "autumn ",
        (P::Day | P::Month | P::Year, _) => "",
    };
    let start = format_date(e.start, lang);
    match e.end.filter(|end| *end != e.start) {
        Some(end) => format!("{prefix}{start} – {}", format_date(end, lang)),
        None => format!("{prefix}{start}"),
    }
}

/// A theme's name in the interface language (the themes file holds both).
pub fn theme_name(theme: &summit_core::extract::Theme, lang: Lang) -> &str {
    match lang {
        Lang::Nl => &theme.name,
        Lang::En => &theme.name_en,
    }
}

/// A meeting's name in the interface language (the corpus holds both).
pub fn meeting_name(meeting: &Meeting, lang: Lang) -> &str {
    match lang {
        Lang::Nl => &meeting.name,
        Lang::En => &meeting.name_en,
    }
}

/// The name of a kind of document, as declared in `seeds/kinds.toml`; the id where the kind is
/// unknown.
pub fn kind_name<'c>(corpus: &'c Corpus, kind: &'c str, lang: Lang) -> &'c str {
    match (corpus.kind(kind), lang) {
        (Some(k), Lang::Nl) => &k.name,
        (Some(k), Lang::En) => &k.name_en,
        (None, _) => kind,
    }
}

/// A glossary entry's expansion in the interface language, where it has one.
pub fn expansion(entry: &GlossaryEntry, lang: Lang) -> Option<&str> {
    match lang {
        Lang::En => entry.expansion_en.as_deref().or(entry.expansion.as_deref()),
        Lang::Nl => entry.expansion.as_deref().or(entry.expansion_en.as_deref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let d = PartialDate::ymd(2026, 6, 23);
        assert_eq!(format_date(d, Lang::Nl), "23 juni 2026");
        assert_eq!(format_date(d, Lang::En), "23 June 2026");
        let m = PartialDate::parse_iso("2025-06").unwrap();
        assert_eq!(format_date(m, Lang::Nl), "juni 2025");
    }
}
