//! Every interface string, in Dutch and English, in one place. The corpus itself stays Dutch.
//!
//! A string is added in one spot: its key, Dutch and English text together in the `strings!`
//! list, which makes the [`Strings`] struct and its [`NL`] and [`EN`] tables. Views read them
//! through [`Lang::t`] once per render (the page is rendered again when the language changes).

use summit_core::{Corpus, Meeting, PartialDate};

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

/// Declares [`Strings`] and its two tables, [`NL`] and [`EN`], from one list: each string is
/// written once, as its key with the Dutch and the English text side by side.
macro_rules! strings {
    ($( $(#[doc = $doc:literal])* $key:ident { nl: $nl:expr, en: $en:expr $(,)? } )*) => {
        /// The interface strings of one language.
        pub struct Strings {
            $( $(#[doc = $doc])* pub $key: &'static str, )*
        }

        /// Dutch.
        pub static NL: Strings = Strings { $( $key: $nl, )* };

        /// English.
        pub static EN: Strings = Strings { $( $key: $en, )* };
    };
}

strings! {
    /// The skip link to the main content.
    skip_to_content {
        nl: "Naar de inhoud",
        en: "Skip to content",
    }
    /// Name of the app.
    app_name {
        nl: "NAVO-top Verkenner",
        en: "NATO Summit Explorer",
    }
    /// Short description under the name.
    tagline {
        nl: "Kamerbrieven en verslagen over de NAVO-toppen 2024–2026",
        en: "Dutch government letters and reports on the NATO summits 2024–2026",
    }
    /// Label of the main navigation.
    nav_label {
        nl: "Hoofdnavigatie",
        en: "Main navigation",
    }
    /// Navigation: library.
    nav_library {
        nl: "Bibliotheek",
        en: "Library",
    }
    /// Navigation: search.
    nav_search {
        nl: "Zoeken",
        en: "Search",
    }
    /// Navigation: timeline.
    nav_timeline {
        nl: "Tijdlijn",
        en: "Timeline",
    }
    /// Navigation: compare.
    nav_compare {
        nl: "Vergelijken",
        en: "Compare",
    }
    /// The language switch, naming the language it switches to.
    switch_language {
        nl: "English",
        en: "Nederlands",
    }
    /// Accessible label of the language switch.
    switch_language_label {
        nl: "Switch to English",
        en: "Schakel naar Nederlands",
    }
    /// Library heading.
    library_title {
        nl: "Bibliotheek",
        en: "Library",
    }
    /// Library introduction.
    library_intro {
        nl: "Alle documenten in de verzameling, met hun soort, datum en de bijeenkomst waarover ze gaan.",
        en: "Every document in the collection, with its kind, date and the meeting it is about.",
    }
    /// Sort: newest first.
    sort_newest {
        nl: "Nieuwste eerst",
        en: "Newest first",
    }
    /// Sort: oldest first.
    sort_oldest {
        nl: "Oudste eerst",
        en: "Oldest first",
    }
    /// Label of the sort control.
    sort_label {
        nl: "Sorteren op datum",
        en: "Sort by date",
    }
    /// Count of documents, e.g. "6 documenten".
    documents {
        nl: "documenten",
        en: "documents",
    }
    /// Date unknown.
    date_unknown {
        nl: "datum onbekend",
        en: "date unknown",
    }
    /// Label: date.
    label_date {
        nl: "Datum",
        en: "Date",
    }
    /// Label: meeting.
    label_meeting {
        nl: "Bijeenkomst",
        en: "Meeting",
    }
    /// Label: kind.
    label_kind {
        nl: "Soort",
        en: "Kind",
    }
    /// Label: signed by.
    label_signed {
        nl: "Ondertekend door",
        en: "Signed by",
    }
    /// Label: reference.
    label_reference {
        nl: "Kenmerk",
        en: "Reference",
    }
    /// Label: source file.
    label_source {
        nl: "Bronbestand",
        en: "Source file",
    }
    /// Provenance: from the text.
    from_text {
        nl: "uit de tekst",
        en: "from the text",
    }
    /// Provenance: from the metadata file.
    from_metadata {
        nl: "uit de metadata",
        en: "from the metadata",
    }
    /// Heading of the letterhead details.
    letterhead {
        nl: "Briefhoofd",
        en: "Letterhead",
    }
    /// Heading of the footnotes.
    footnotes {
        nl: "Voetnoten",
        en: "Footnotes",
    }
    /// Link back from a footnote to its paragraph.
    back_to_text {
        nl: "terug naar de tekst",
        en: "back to the text",
    }
    /// Permalink title.
    permalink {
        nl: "Link naar deze alinea",
        en: "Link to this paragraph",
    }
    /// Cite button.
    cite {
        nl: "Citeer",
        en: "Cite",
    }
    /// Heading of the citation box.
    citation {
        nl: "Citaat",
        en: "Citation",
    }
    /// Copy button.
    copy {
        nl: "Kopiëren",
        en: "Copy",
    }
    /// Copied confirmation.
    copied {
        nl: "Gekopieerd naar het klembord.",
        en: "Copied to the clipboard.",
    }
    /// Copy failed: copy by hand.
    copy_by_hand {
        nl: "Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.",
        en: "Copying failed: select the text and copy with Ctrl+C.",
    }
    /// The link of an embed to the same view in the full explorer.
    embed_open_full {
        nl: "Open in de volledige verkenner",
        en: "Open in the full explorer",
    }
    /// Button that copies the link of the view shown.
    share_copy_link {
        nl: "Link kopiëren",
        en: "Copy link",
    }
    /// The link was copied.
    link_copied {
        nl: "Link gekopieerd naar het klembord.",
        en: "Link copied to the clipboard.",
    }
    /// Button that opens the embed dialog.
    share_embed {
        nl: "Insluiten",
        en: "Embed",
    }
    /// Heading of the embed dialog.
    embed_title {
        nl: "Deze weergave insluiten in een andere pagina",
        en: "Embed this view in another page",
    }
    /// What the embed dialog offers.
    embed_help {
        nl: "Plak een van deze codes in uw pagina. Ze tonen deze weergave zoals ze nu is; het adres hieronder is waar de verkenner (de map dist/) online staat.",
        en: "Paste one of these codes into your page. They show this view as it is now; the address below is where the explorer (the dist/ folder) is hosted.",
    }
    /// Label of the hosted address in the embed dialog.
    embed_base {
        nl: "Adres van de verkenner",
        en: "Address of the explorer",
    }
    /// The iframe snippet.
    embed_frame {
        nl: "In een iframe",
        en: "In an iframe",
    }
    /// The custom-element snippet.
    embed_element {
        nl: "Als element in de pagina",
        en: "As an element in the page",
    }
    /// Close button.
    close {
        nl: "Sluiten",
        en: "Close",
    }
    /// Redaction mark label.
    redacted {
        nl: "weggelakt: persoonlijke levenssfeer",
        en: "redacted: personal privacy",
    }
    /// Paragraph (for labels: "alinea 4").
    paragraph {
        nl: "alinea",
        en: "paragraph",
    }
    /// Back to the library.
    back_to_library {
        nl: "Terug naar de bibliotheek",
        en: "Back to the library",
    }
    /// Not found heading.
    not_found_title {
        nl: "Niet gevonden",
        en: "Not found",
    }
    /// Not found text.
    not_found_text {
        nl: "Deze link wijst naar niets in de verkenner.",
        en: "This link points to nothing in the explorer.",
    }
    /// Letter not found.
    letter_not_found {
        nl: "Er is geen document met deze naam.",
        en: "There is no document by this name.",
    }
    /// Paragraph not found.
    paragraph_not_found {
        nl: "Dit document heeft geen alinea met dit nummer.",
        en: "This document has no paragraph with this number.",
    }
    /// Search: label of the box.
    search_label {
        nl: "Zoek in alle documenten",
        en: "Search all documents",
    }
    /// Search: placeholder of the box.
    search_placeholder {
        nl: "bijv. defensie-uitgaven, Oekraïne of \"Drone Line\"",
        en: "e.g. defensie-uitgaven, Ukraine or \"Drone Line\"",
    }
    /// Search: how to write a query.
    search_help {
        nl: "Alle woorden moeten voorkomen. \"…\" zoekt een exacte zin, -woord sluit uit, soort:nota of jaar:2025 filtert. Druk / om te zoeken, ↓ ↑ om door de resultaten te gaan, Esc om te wissen.",
        en: "All words must occur. \"…\" finds an exact phrase, -word excludes, soort:nota or jaar:2025 filters. Press / to search, ↓ ↑ to move through results, Esc to clear.",
    }
    /// Search: before typing.
    search_start {
        nl: "Typ een woord om in alle alinea's te zoeken. Spelling met of zonder accenten, meervoud, kleine tikfouten en Engelse termen (NATO, Ukraine) worden herkend.",
        en: "Type a word to search every paragraph. Spelling with or without accents, plurals, small typos and English terms (NATO, Ukraine) are understood.",
    }
    /// Search: nothing found, followed by the query.
    search_none {
        nl: "Geen passages gevonden voor",
        en: "No passages found for",
    }
    /// Search: suggestions lead.
    did_you_mean {
        nl: "Bedoelde u:",
        en: "Did you mean:",
    }
    /// Search: tip when nothing is found.
    search_none_tip {
        nl: "Probeer minder of andere woorden, of verwijder filters.",
        en: "Try fewer or other words, or remove filters.",
    }
    /// Notice: partial matches.
    notice_partial {
        nl: "Geen passage bevat alle woorden; dit zijn passages met de meeste.",
        en: "No passage holds every word; these hold the most.",
    }
    /// Notice: unclosed quote.
    notice_unclosed {
        nl: "Het aanhalingsteken is niet gesloten: de rest is als exacte zin gelezen.",
        en: "The quote is not closed: the rest was read as an exact phrase.",
    }
    /// Notice: query too long.
    notice_too_long {
        nl: "De zoekvraag is te lang en is ingekort.",
        en: "The query is too long and was shortened.",
    }
    /// Notice: too many words.
    notice_too_many {
        nl: "Alleen de eerste woorden zijn gebruikt.",
        en: "Only the first words were used.",
    }
    /// Notice: control characters ignored.
    notice_ignored {
        nl: "Onzichtbare tekens in de zoekvraag zijn genegeerd.",
        en: "Invisible characters in the query were ignored.",
    }
    /// Notice: unknown filter.
    notice_unknown_filter {
        nl: "Onbekend filter, als gewone woorden gezocht:",
        en: "Unknown filter, searched as plain words:",
    }
    /// Facet: document.
    facet_letter {
        nl: "Document",
        en: "Document",
    }
    /// Facet: kind.
    facet_kind {
        nl: "Soort",
        en: "Kind",
    }
    /// Facet: meeting.
    facet_meeting {
        nl: "Bijeenkomst",
        en: "Meeting",
    }
    /// Facet: year.
    facet_year {
        nl: "Jaar",
        en: "Year",
    }
    /// Label of the facet panel.
    facets_label {
        nl: "Filters",
        en: "Filters",
    }
    /// Sort: relevance.
    sort_relevance {
        nl: "Relevantie",
        en: "Relevance",
    }
    /// Sort: date.
    sort_date {
        nl: "Datum",
        en: "Date",
    }
    /// Remove all filters.
    clear_filters {
        nl: "Filters wissen",
        en: "Clear filters",
    }
    /// Show more results.
    show_more {
        nl: "Meer tonen",
        en: "Show more",
    }
    /// Reader banner: marked words.
    marked {
        nl: "Gemarkeerd:",
        en: "Marked:",
    }
    /// Reader banner: remove marks.
    remove_marks {
        nl: "markering weghalen",
        en: "remove marks",
    }
    /// Reader banner: back to results.
    back_to_results {
        nl: "terug naar de zoekresultaten",
        en: "back to the search results",
    }
    /// Singular of passage, in counts.
    passage_one {
        nl: "passage",
        en: "passage",
    }
    /// Plural of passage, in counts.
    passage_many {
        nl: "passages",
        en: "passages",
    }
    /// Singular of document, in counts.
    document_one {
        nl: "document",
        en: "document",
    }
    /// Plural of document, in counts.
    document_many {
        nl: "documenten",
        en: "documents",
    }
    /// "in" between counts.
    count_in {
        nl: "in",
        en: "in",
    }
    /// Introduction of the timeline.
    timeline_intro {
        nl: "Elke datum in de brieven, automatisch gevonden. Kies een gebeurtenis om de zin te zien; open hem in de brief.",
        en: "Every date in the letters, found automatically. Choose an event to see its sentence; open it in the letter.",
    }
    /// Accessible description of the chart and its keys.
    timeline_chart_label {
        nl: "Tijdlijn; pijltjes: vorige en volgende gebeurtenis, Enter: openen, + en −: zoomen, Home en End: eerste en laatste",
        en: "Timeline; arrows: previous and next event, Enter: open, + and −: zoom, Home and End: first and last",
    }
    /// Zoom in button.
    zoom_in {
        nl: "Inzoomen",
        en: "Zoom in",
    }
    /// Zoom out button.
    zoom_out {
        nl: "Uitzoomen",
        en: "Zoom out",
    }
    /// Fit all events.
    fit_all {
        nl: "Alles tonen",
        en: "Fit all",
    }
    /// "shown:" before the visible range.
    visible_range {
        nl: "zichtbaar",
        en: "showing",
    }
    /// Switch to the list.
    show_list {
        nl: "Lijst",
        en: "List",
    }
    /// Switch to the chart.
    show_chart {
        nl: "Tijdlijn",
        en: "Chart",
    }
    /// Label of the view switch.
    timeline_display {
        nl: "Weergave",
        en: "Display",
    }
    /// Lane: meetings.
    lane_meetings {
        nl: "Bijeenkomsten",
        en: "Meetings",
    }
    /// Lane: commitments and deadlines.
    lane_commitments {
        nl: "Afspraken en termijnen",
        en: "Commitments and deadlines",
    }
    /// Lane: support and deliveries.
    lane_support {
        nl: "Steun en leveringen",
        en: "Support and deliveries",
    }
    /// Lane: other.
    lane_other {
        nl: "Overig",
        en: "Other",
    }
    /// Tense: done.
    tense_done {
        nl: "gedaan",
        en: "done",
    }
    /// Tense: ongoing.
    tense_ongoing {
        nl: "lopend",
        en: "ongoing",
    }
    /// Tense: planned.
    tense_planned {
        nl: "gepland",
        en: "planned",
    }
    /// Filter: any value.
    filter_all {
        nl: "alle",
        en: "all",
    }
    /// Filter label: letter.
    filter_letter {
        nl: "Document",
        en: "Document",
    }
    /// Filter label: lane.
    filter_lane {
        nl: "Soort",
        en: "Kind",
    }
    /// Filter label: meeting.
    filter_meeting {
        nl: "Top",
        en: "Meeting",
    }
    /// Filter label: done or planned.
    filter_tense {
        nl: "Stand",
        en: "Status",
    }
    /// Label of the search box on the timeline.
    timeline_search {
        nl: "Zoekopdracht op de tijdlijn tonen",
        en: "Show a search on the timeline",
    }
    /// "events" after a count.
    events_many {
        nl: "gebeurtenissen",
        en: "events",
    }
    /// "match the search" after a count.
    events_matching {
        nl: "passen bij de zoekopdracht",
        en: "match the search",
    }
    /// Before earlier events off the chart.
    earlier {
        nl: "eerder",
        en: "earlier",
    }
    /// Before later events off the chart.
    later {
        nl: "later",
        en: "later",
    }
    /// Open an event in the letter.
    open_in_letter {
        nl: "Open in de brief",
        en: "Open in the letter",
    }
    /// Hint when no event is chosen.
    timeline_choose {
        nl: "Wijs een gebeurtenis aan of ga er met de pijltjestoetsen naartoe.",
        en: "Point at an event or move to it with the arrow keys.",
    }
    /// What Enter does on a cluster.
    cluster_hint {
        nl: "Enter of klik: de gebeurtenissen tonen",
        en: "Enter or click: show the events",
    }
    /// Title of a date link in the reader.
    date_on_timeline {
        nl: "Op de tijdlijn",
        en: "On the timeline",
    }
    /// Compare placeholder page.
    compare_soon {
        nl: "Vergelijken komt in een volgende versie.",
        en: "Compare comes in a next version.",
    }
    /// Start-up error: the data could not be read.
    data_error {
        nl: "De gegevens van de verkenner konden niet worden gelezen.",
        en: "The explorer's data could not be read.",
    }
    /// Footer text.
    footer {
        nl: "Werkt volledig offline. Elke alinea verwijst naar de brontekst.",
        en: "Works fully offline. Every paragraph links to its source text.",
    }
}

/// "12 passages in 4 documenten".
pub fn result_count(lang: Lang, passages: usize, letters: usize) -> String {
    let t = lang.t();
    let passage = if passages == 1 {
        t.passage_one
    } else {
        t.passage_many
    };
    let document = if letters == 1 {
        t.document_one
    } else {
        t.document_many
    };
    format!("{passages} {passage} {} {letters} {document}", t.count_in)
}

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
