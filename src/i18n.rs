//! Every interface string, in Dutch and English, in one place. The corpus itself stays Dutch.

use summit_core::{DocumentKind, PartialDate};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch (default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language for a stored code; Dutch for anything unknown.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The interface strings.
    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// The interface strings of one language.
pub struct Strings {
    /// Name of the app.
    pub app_name: &'static str,
    /// Short description under the name.
    pub tagline: &'static str,
    /// Label of the main navigation.
    pub nav_label: &'static str,
    /// Navigation: library.
    pub nav_library: &'static str,
    /// Navigation: search.
    pub nav_search: &'static str,
    /// Navigation: timeline.
    pub nav_timeline: &'static str,
    /// Navigation: compare.
    pub nav_compare: &'static str,
    /// The language switch, naming the language it switches to.
    pub switch_language: &'static str,
    /// Accessible label of the language switch.
    pub switch_language_label: &'static str,
    /// Library heading.
    pub library_title: &'static str,
    /// Library introduction.
    pub library_intro: &'static str,
    /// Sort: newest first.
    pub sort_newest: &'static str,
    /// Sort: oldest first.
    pub sort_oldest: &'static str,
    /// Label of the sort control.
    pub sort_label: &'static str,
    /// Count of documents, e.g. "6 documenten".
    pub documents: &'static str,
    /// Date unknown.
    pub date_unknown: &'static str,
    /// Label: date.
    pub label_date: &'static str,
    /// Label: meeting.
    pub label_meeting: &'static str,
    /// Label: kind.
    pub label_kind: &'static str,
    /// Label: signed by.
    pub label_signed: &'static str,
    /// Label: reference.
    pub label_reference: &'static str,
    /// Label: source file.
    pub label_source: &'static str,
    /// Provenance: from the text.
    pub from_text: &'static str,
    /// Provenance: from the metadata file.
    pub from_metadata: &'static str,
    /// Heading of the letterhead details.
    pub letterhead: &'static str,
    /// Heading of the footnotes.
    pub footnotes: &'static str,
    /// Link back from a footnote to its paragraph.
    pub back_to_text: &'static str,
    /// Permalink title.
    pub permalink: &'static str,
    /// Cite button.
    pub cite: &'static str,
    /// Heading of the citation box.
    pub citation: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// Copied confirmation.
    pub copied: &'static str,
    /// Copy failed: copy by hand.
    pub copy_by_hand: &'static str,
    /// Close button.
    pub close: &'static str,
    /// Redaction mark label.
    pub redacted: &'static str,
    /// Paragraph (for labels: "alinea 4").
    pub paragraph: &'static str,
    /// Back to the library.
    pub back_to_library: &'static str,
    /// Not found heading.
    pub not_found_title: &'static str,
    /// Not found text.
    pub not_found_text: &'static str,
    /// Letter not found.
    pub letter_not_found: &'static str,
    /// Paragraph not found.
    pub paragraph_not_found: &'static str,
    /// Search: label of the box.
    pub search_label: &'static str,
    /// Search: placeholder of the box.
    pub search_placeholder: &'static str,
    /// Search: how to write a query.
    pub search_help: &'static str,
    /// Search: before typing.
    pub search_start: &'static str,
    /// Search: nothing found, followed by the query.
    pub search_none: &'static str,
    /// Search: suggestions lead.
    pub did_you_mean: &'static str,
    /// Search: tip when nothing is found.
    pub search_none_tip: &'static str,
    /// Notice: partial matches.
    pub notice_partial: &'static str,
    /// Notice: unclosed quote.
    pub notice_unclosed: &'static str,
    /// Notice: query too long.
    pub notice_too_long: &'static str,
    /// Notice: too many words.
    pub notice_too_many: &'static str,
    /// Notice: control characters ignored.
    pub notice_ignored: &'static str,
    /// Notice: unknown filter.
    pub notice_unknown_filter: &'static str,
    /// Facet: document.
    pub facet_letter: &'static str,
    /// Facet: kind.
    pub facet_kind: &'static str,
    /// Facet: meeting.
    pub facet_meeting: &'static str,
    /// Facet: year.
    pub facet_year: &'static str,
    /// Label of the facet panel.
    pub facets_label: &'static str,
    /// Sort: relevance.
    pub sort_relevance: &'static str,
    /// Sort: date.
    pub sort_date: &'static str,
    /// Remove all filters.
    pub clear_filters: &'static str,
    /// Show more results.
    pub show_more: &'static str,
    /// Reader banner: marked words.
    pub marked: &'static str,
    /// Reader banner: remove marks.
    pub remove_marks: &'static str,
    /// Reader banner: back to results.
    pub back_to_results: &'static str,
    /// Singular / plural of passage.
    pub passage_forms: (&'static str, &'static str),
    /// Singular / plural of document.
    pub document_forms: (&'static str, &'static str),
    /// "in" between counts.
    pub count_in: &'static str,
    /// Timeline placeholder page.
    pub timeline_soon: &'static str,
    /// Compare placeholder page.
    pub compare_soon: &'static str,
    /// Start-up error: the data could not be read.
    pub data_error: &'static str,
    /// Footer text.
    pub footer: &'static str,
}

/// Dutch.
pub static NL: Strings = Strings {
    app_name: "NAVO-top Verkenner",
    tagline: "Kamerbrieven en verslagen over de NAVO-toppen 2024–2026",
    nav_label: "Hoofdnavigatie",
    nav_library: "Bibliotheek",
    nav_search: "Zoeken",
    nav_timeline: "Tijdlijn",
    nav_compare: "Vergelijken",
    switch_language: "English",
    switch_language_label: "Switch to English",
    library_title: "Bibliotheek",
    library_intro: "Alle documenten in de verzameling, met hun soort, datum en de bijeenkomst waarover ze gaan.",
    sort_newest: "Nieuwste eerst",
    sort_oldest: "Oudste eerst",
    sort_label: "Sorteren op datum",
    documents: "documenten",
    date_unknown: "datum onbekend",
    label_date: "Datum",
    label_meeting: "Bijeenkomst",
    label_kind: "Soort",
    label_signed: "Ondertekend door",
    label_reference: "Kenmerk",
    label_source: "Bronbestand",
    from_text: "uit de tekst",
    from_metadata: "uit de metadata",
    letterhead: "Briefhoofd",
    footnotes: "Voetnoten",
    back_to_text: "terug naar de tekst",
    permalink: "Link naar deze alinea",
    cite: "Citeer",
    citation: "Citaat",
    copy: "Kopiëren",
    copied: "Gekopieerd naar het klembord.",
    copy_by_hand: "Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.",
    close: "Sluiten",
    redacted: "weggelakt: persoonlijke levenssfeer",
    paragraph: "alinea",
    back_to_library: "Terug naar de bibliotheek",
    not_found_title: "Niet gevonden",
    not_found_text: "Deze link wijst naar niets in de verkenner.",
    letter_not_found: "Er is geen document met deze naam.",
    paragraph_not_found: "Dit document heeft geen alinea met dit nummer.",
    search_label: "Zoek in alle documenten",
    search_placeholder: "bijv. defensie-uitgaven, Oekraïne of \"Drone Line\"",
    search_help: "Alle woorden moeten voorkomen. \"…\" zoekt een exacte zin, -woord sluit uit, soort:nota of jaar:2025 filtert. Druk / om te zoeken, ↓ ↑ om door de resultaten te gaan, Esc om te wissen.",
    search_start: "Typ een woord om in alle alinea's te zoeken. Spelling met of zonder accenten, meervoud, kleine tikfouten en Engelse termen (NATO, Ukraine) worden herkend.",
    search_none: "Geen passages gevonden voor",
    did_you_mean: "Bedoelde u:",
    search_none_tip: "Probeer minder of andere woorden, of verwijder filters.",
    notice_partial: "Geen passage bevat alle woorden; dit zijn passages met de meeste.",
    notice_unclosed: "Het aanhalingsteken is niet gesloten: de rest is als exacte zin gelezen.",
    notice_too_long: "De zoekvraag is te lang en is ingekort.",
    notice_too_many: "Alleen de eerste woorden zijn gebruikt.",
    notice_ignored: "Onzichtbare tekens in de zoekvraag zijn genegeerd.",
    notice_unknown_filter: "Onbekend filter, als gewone woorden gezocht:",
    facet_letter: "Document",
    facet_kind: "Soort",
    facet_meeting: "Bijeenkomst",
    facet_year: "Jaar",
    facets_label: "Filters",
    sort_relevance: "Relevantie",
    sort_date: "Datum",
    clear_filters: "Filters wissen",
    show_more: "Meer tonen",
    marked: "Gemarkeerd:",
    remove_marks: "markering weghalen",
    back_to_results: "terug naar de zoekresultaten",
    passage_forms: ("passage", "passages"),
    document_forms: ("document", "documenten"),
    count_in: "in",
    timeline_soon: "De tijdlijn komt in een volgende versie.",
    compare_soon: "Vergelijken komt in een volgende versie.",
    data_error: "De gegevens van de verkenner konden niet worden gelezen.",
    footer: "Werkt volledig offline. Elke alinea verwijst naar de brontekst.",
};

/// English.
pub static EN: Strings = Strings {
    app_name: "NATO Summit Explorer",
    tagline: "Dutch government letters and reports on the NATO summits 2024–2026",
    nav_label: "Main navigation",
    nav_library: "Library",
    nav_search: "Search",
    nav_timeline: "Timeline",
    nav_compare: "Compare",
    switch_language: "Nederlands",
    switch_language_label: "Schakel naar Nederlands",
    library_title: "Library",
    library_intro:
        "Every document in the collection, with its kind, date and the meeting it is about.",
    sort_newest: "Newest first",
    sort_oldest: "Oldest first",
    sort_label: "Sort by date",
    documents: "documents",
    date_unknown: "date unknown",
    label_date: "Date",
    label_meeting: "Meeting",
    label_kind: "Kind",
    label_signed: "Signed by",
    label_reference: "Reference",
    label_source: "Source file",
    from_text: "from the text",
    from_metadata: "from the metadata",
    letterhead: "Letterhead",
    footnotes: "Footnotes",
    back_to_text: "back to the text",
    permalink: "Link to this paragraph",
    cite: "Cite",
    citation: "Citation",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copy_by_hand: "Copying failed: select the text and copy with Ctrl+C.",
    close: "Close",
    redacted: "redacted: personal privacy",
    paragraph: "paragraph",
    back_to_library: "Back to the library",
    not_found_title: "Not found",
    not_found_text: "This link points to nothing in the explorer.",
    letter_not_found: "There is no document by this name.",
    paragraph_not_found: "This document has no paragraph with this number.",
    search_label: "Search all documents",
    search_placeholder: "e.g. defensie-uitgaven, Ukraine or \"Drone Line\"",
    search_help: "All words must occur. \"…\" finds an exact phrase, -word excludes, soort:nota or jaar:2025 filters. Press / to search, ↓ ↑ to move through results, Esc to clear.",
    search_start: "Type a word to search every paragraph. Spelling with or without accents, plurals, small typos and English terms (NATO, Ukraine) are understood.",
    search_none: "No passages found for",
    did_you_mean: "Did you mean:",
    search_none_tip: "Try fewer or other words, or remove filters.",
    notice_partial: "No passage holds every word; these hold the most.",
    notice_unclosed: "The quote is not closed: the rest was read as an exact phrase.",
    notice_too_long: "The query is too long and was shortened.",
    notice_too_many: "Only the first words were used.",
    notice_ignored: "Invisible characters in the query were ignored.",
    notice_unknown_filter: "Unknown filter, searched as plain words:",
    facet_letter: "Document",
    facet_kind: "Kind",
    facet_meeting: "Meeting",
    facet_year: "Year",
    facets_label: "Filters",
    sort_relevance: "Relevance",
    sort_date: "Date",
    clear_filters: "Clear filters",
    show_more: "Show more",
    marked: "Marked:",
    remove_marks: "remove marks",
    back_to_results: "back to the search results",
    passage_forms: ("passage", "passages"),
    document_forms: ("document", "documents"),
    count_in: "in",
    timeline_soon: "The timeline comes in a next version.",
    compare_soon: "Compare comes in a next version.",
    data_error: "The explorer's data could not be read.",
    footer: "Works fully offline. Every paragraph links to its source text.",
};

/// "12 passages in 4 documenten".
pub fn result_count(lang: Lang, passages: usize, letters: usize) -> String {
    let t = lang.t();
    let form = |n: usize, f: (&str, &str)| {
        if n == 1 {
            f.0.to_string()
        } else {
            f.1.to_string()
        }
    };
    format!(
        "{passages} {} {} {letters} {}",
        form(passages, t.passage_forms),
        t.count_in,
        form(letters, t.document_forms)
    )
}

/// Month names, January first.
const MONTHS_EN: [&str; 12] = [
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

/// The name of a kind of document.
pub fn kind_name(kind: DocumentKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (DocumentKind::Kamerbrief, Lang::Nl) => "Kamerbrief",
        (DocumentKind::Kamerbrief, Lang::En) => "Letter to parliament",
        (DocumentKind::Nieuwsbericht, Lang::Nl) => "Nieuwsbericht",
        (DocumentKind::Nieuwsbericht, Lang::En) => "News item",
        (DocumentKind::GeannoteerdeAgenda, Lang::Nl) => "Geannoteerde agenda",
        (DocumentKind::GeannoteerdeAgenda, Lang::En) => "Annotated agenda",
        (DocumentKind::Verslag, Lang::Nl) => "Verslag",
        (DocumentKind::Verslag, Lang::En) => "Report",
        (DocumentKind::Nota, Lang::Nl) => "Interne nota",
        (DocumentKind::Nota, Lang::En) => "Internal memo",
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

    #[test]
    fn counts_use_singular_and_plural() {
        assert_eq!(result_count(Lang::Nl, 12, 4), "12 passages in 4 documenten");
        assert_eq!(result_count(Lang::Nl, 1, 1), "1 passage in 1 document");
        assert_eq!(result_count(Lang::En, 2, 1), "2 passages in 1 document");
    }

    #[test]
    fn language_codes_round_trip_and_default_to_dutch() {
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
        assert_eq!(Lang::from_code("nl"), Lang::Nl);
        assert_eq!(Lang::from_code("<script>"), Lang::Nl);
    }
}
