//! The interface strings of both languages, one entry each: its key with the Dutch and the
//! English text side by side (see [`super::Lang::t`]).

strings! {
    /// The skip link to the main content.
    skip_to_content { nl: "Naar de inhoud", en: "Skip to content" }
    /// Name of the app.
    app_name { nl: "NAVO-top Verkenner", en: "NATO Summit Explorer" }
    /// Short description under the name.
    tagline {
        nl: "Kamerbrieven en verslagen over de NAVO-toppen 2024–2026",
        en: "Dutch government letters and reports on the NATO summits 2024–2026",
    }
    /// Label of the main navigation.
    nav_label { nl: "Hoofdnavigatie", en: "Main navigation" }
    /// Navigation: library.
    nav_library { nl: "Bibliotheek", en: "Library" }
    /// Navigation: search.
    nav_search { nl: "Zoeken", en: "Search" }
    /// Navigation: timeline.
    nav_timeline { nl: "Tijdlijn", en: "Timeline" }
    /// Navigation: compare.
    nav_compare { nl: "Vergelijken", en: "Compare" }
    /// The language switch, naming the language it switches to.
    switch_language { nl: "English", en: "Nederlands" }
    /// Accessible label of the language switch.
    switch_language_label { nl: "Switch to English", en: "Schakel naar Nederlands" }
    /// Library heading.
    library_title { nl: "Bibliotheek", en: "Library" }
    /// Library introduction.
    library_intro {
        nl: "Alle documenten in de verzameling, met hun soort, datum en de bijeenkomst waarover ze gaan.",
        en: "Every document in the collection, with its kind, date and the meeting it is about.",
    }
    /// Sort: newest first.
    sort_newest { nl: "Nieuwste eerst", en: "Newest first" }
    /// Sort: oldest first.
    sort_oldest { nl: "Oudste eerst", en: "Oldest first" }
    /// Label of the sort control.
    sort_label { nl: "Sorteren op datum", en: "Sort by date" }
    /// Count of documents, e.g. "6 documenten".
    documents { nl: "documenten", en: "documents" }
    /// Date unknown.
    date_unknown { nl: "datum onbekend", en: "date unknown" }
    /// Label: date.
    label_date { nl: "Datum", en: "Date" }
    /// Label: meeting.
    label_meeting { nl: "Bijeenkomst", en: "Meeting" }
    /// Label: kind.
    label_kind { nl: "Soort", en: "Kind" }
    /// Label: signed by.
    label_signed { nl: "Ondertekend door", en: "Signed by" }
    /// Label: reference.
    label_reference { nl: "Kenmerk", en: "Reference" }
    /// Label: source file.
    label_source { nl: "Bronbestand", en: "Source file" }
    /// Provenance: from the text.
    from_text { nl: "uit de tekst", en: "from the text" }
    /// Provenance: from the metadata file.
    from_metadata { nl: "uit de metadata", en: "from the metadata" }
    /// Heading of the letterhead details.
    letterhead { nl: "Briefhoofd", en: "Letterhead" }
    /// Heading of the footnotes.
    footnotes { nl: "Voetnoten", en: "Footnotes" }
    /// Link back from a footnote to its paragraph.
    back_to_text { nl: "terug naar de tekst", en: "back to the text" }
    /// Permalink title.
    permalink { nl: "Link naar deze alinea", en: "Link to this paragraph" }
    /// Cite button.
    cite { nl: "Citeer", en: "Cite" }
    /// Heading of the citation box.
    citation { nl: "Citaat", en: "Citation" }
    /// Copy button.
    copy { nl: "Kopiëren", en: "Copy" }
    /// Copied confirmation.
    copied { nl: "Gekopieerd naar het klembord.", en: "Copied to the clipboard." }
    /// Copy failed: copy by hand.
    copy_by_hand {
        nl: "Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.",
        en: "Copying failed: select the text and copy with Ctrl+C.",
    }
    /// The link of an embed to the same view in the full explorer.
    embed_open_full { nl: "Open in de volledige verkenner", en: "Open in the full explorer" }
    /// An embed was given a text longer than a link of the explorer takes: it shows the start.
    embed_limit {
        nl: "De verkenner kreeg een tekst die te lang is: hij toont wat past (een zoekvraag tot 256 tekens).",
        en: "The explorer was given a text that is too long: it shows what fits (a search of up to 256 characters).",
    }
    /// Label of the host page's origin in the embed dialog (replies of an iframe go there only).
    embed_origin {
        nl: "Origin van de pagina die insluit (https://…; leeg: elke pagina)",
        en: "Origin of the page that embeds it (https://…; empty: any page)",
    }
    /// Button that copies the link of the view shown.
    share_copy_link { nl: "Link kopiëren", en: "Copy link" }
    /// The link was copied.
    link_copied { nl: "Link gekopieerd naar het klembord.", en: "Link copied to the clipboard." }
    /// Button that opens the embed dialog.
    share_embed { nl: "Insluiten", en: "Embed" }
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
    embed_base { nl: "Adres van de verkenner", en: "Address of the explorer" }
    /// The iframe snippet.
    embed_frame { nl: "In een iframe", en: "In an iframe" }
    /// The custom-element snippet.
    embed_element { nl: "Als element in de pagina", en: "As an element in the page" }
    /// Close button.
    close { nl: "Sluiten", en: "Close" }
    /// Redaction mark label.
    redacted { nl: "weggelakt: persoonlijke levenssfeer", en: "redacted: personal privacy" }
    /// Paragraph (for labels: "alinea 4").
    paragraph { nl: "alinea", en: "paragraph" }
    /// Back to the library.
    back_to_library { nl: "Terug naar de bibliotheek", en: "Back to the library" }
    /// Not found heading.
    not_found_title { nl: "Niet gevonden", en: "Not found" }
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
    search_label { nl: "Zoek in alle documenten", en: "Search all documents" }
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
    /// Search: the query reached its longest (`MAX_QUERY_CHARS` of the route); what is past it
    /// is left out.
    search_limit {
        nl: "Een zoekvraag is hoogstens 256 tekens lang; de rest is weggelaten.",
        en: "A search is at most 256 characters long; the rest was left out.",
    }
    /// Search: before typing.
    search_start {
        nl: "Typ een woord om in alle alinea's te zoeken. Spelling met of zonder accenten, meervoud, kleine tikfouten en Engelse termen (NATO, Ukraine) worden herkend.",
        en: "Type a word to search every paragraph. Spelling with or without accents, plurals, small typos and English terms (NATO, Ukraine) are understood.",
    }
    /// Search: nothing found, followed by the query.
    search_none { nl: "Geen passages gevonden voor", en: "No passages found for" }
    /// Search: suggestions lead.
    did_you_mean { nl: "Bedoelde u:", en: "Did you mean:" }
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
    facet_letter { nl: "Document", en: "Document" }
    /// Facet: kind.
    facet_kind { nl: "Soort", en: "Kind" }
    /// Facet: meeting.
    facet_meeting { nl: "Bijeenkomst", en: "Meeting" }
    /// Facet: year.
    facet_year { nl: "Jaar", en: "Year" }
    /// Label of the facet panel.
    facets_label { nl: "Filters", en: "Filters" }
    /// Sort: relevance.
    sort_relevance { nl: "Relevantie", en: "Relevance" }
    /// Sort: date.
    sort_date { nl: "Datum", en: "Date" }
    /// Remove all filters.
    clear_filters { nl: "Filters wissen", en: "Clear filters" }
    /// Search: a hit that matched in its section's heading only.
    found_in_heading { nl: "in de kop", en: "in the heading" }
    /// Search: a hit that matched in its document's title only.
    found_in_title { nl: "in de titel", en: "in the title" }
    /// Show more results.
    show_more { nl: "Meer tonen", en: "Show more" }
    /// Reader banner: marked words.
    marked { nl: "Gemarkeerd:", en: "Marked:" }
    /// Reader banner: remove marks.
    remove_marks { nl: "markering weghalen", en: "remove marks" }
    /// Reader banner: back to results.
    back_to_results { nl: "terug naar de zoekresultaten", en: "back to the search results" }
    /// Singular of passage, in counts.
    passage_one { nl: "passage", en: "passage" }
    /// Plural of passage, in counts.
    passage_many { nl: "passages", en: "passages" }
    /// Singular of document, in counts.
    document_one { nl: "document", en: "document" }
    /// Plural of document, in counts.
    document_many { nl: "documenten", en: "documents" }
    /// "in" between counts.
    count_in { nl: "in", en: "in" }
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
    zoom_in { nl: "Inzoomen", en: "Zoom in" }
    /// Zoom out button.
    zoom_out { nl: "Uitzoomen", en: "Zoom out" }
    /// Fit all events.
    fit_all { nl: "Alles tonen", en: "Fit all" }
    /// "shown:" before the visible range.
    visible_range { nl: "zichtbaar", en: "showing" }
    /// Switch to the list.
    show_list { nl: "Lijst", en: "List" }
    /// Switch to the chart.
    show_chart { nl: "Tijdlijn", en: "Chart" }
    /// Label of the view switch.
    timeline_display { nl: "Weergave", en: "Display" }
    /// Lane: meetings.
    lane_meetings { nl: "Bijeenkomsten", en: "Meetings" }
    /// Lane: commitments and deadlines.
    lane_commitments { nl: "Afspraken en termijnen", en: "Commitments and deadlines" }
    /// Lane: support and deliveries.
    lane_support { nl: "Steun en leveringen", en: "Support and deliveries" }
    /// Lane: other.
    lane_other { nl: "Overig", en: "Other" }
    /// Tense: done.
    tense_done { nl: "gedaan", en: "done" }
    /// Tense: ongoing.
    tense_ongoing { nl: "lopend", en: "ongoing" }
    /// Tense: planned.
    tense_planned { nl: "gepland", en: "planned" }
    /// Filter: any value.
    filter_all { nl: "alle", en: "all" }
    /// Filter label: letter.
    filter_letter { nl: "Document", en: "Document" }
    /// Filter label: lane.
    filter_lane { nl: "Soort", en: "Kind" }
    /// Filter label: meeting.
    filter_meeting { nl: "Top", en: "Meeting" }
    /// Filter label: done or planned.
    filter_tense { nl: "Stand", en: "Status" }
    /// Label of the search box on the timeline.
    timeline_search { nl: "Zoekopdracht op de tijdlijn tonen", en: "Show a search on the timeline" }
    /// "events" after a count.
    events_many { nl: "gebeurtenissen", en: "events" }
    /// "match the search" after a count.
    events_matching { nl: "passen bij de zoekopdracht", en: "match the search" }
    /// Before earlier events off the chart.
    earlier { nl: "eerder", en: "earlier" }
    /// Before later events off the chart.
    later { nl: "later", en: "later" }
    /// Open an event in the letter.
    open_in_letter { nl: "Open in de brief", en: "Open in the letter" }
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
    date_on_timeline { nl: "Op de tijdlijn", en: "On the timeline" }
    /// Compare: introduction.
    compare_intro {
        nl: "Hoeveel de brieven per bijeenkomst over elk thema zeggen. Open een cel of een thema om de passages naast elkaar te lezen, en kies er twee om ze woord voor woord te vergelijken.",
        en: "How much the letters say on each theme, meeting by meeting. Open a cell or a theme to read the passages side by side, and pick two to compare them word by word.",
    }
    /// Compare: the meetings chooser.
    compare_meetings { nl: "Bijeenkomsten", en: "Meetings" }
    /// Compare: the themes chooser.
    compare_themes { nl: "Thema's", en: "Themes" }
    /// Compare: label of the search that narrows the table.
    compare_narrow { nl: "Alleen passages met", en: "Only passages matching" }
    /// Compare: the button of that search.
    compare_narrow_button { nl: "Beperk", en: "Narrow" }
    /// Compare: caption of the table.
    compare_caption {
        nl: "Passages per thema en bijeenkomst",
        en: "Passages per theme and meeting",
    }
    /// Compare: header of the theme column.
    compare_theme { nl: "Thema", en: "Theme" }
    /// Compare: no passages in a cell.
    compare_none { nl: "geen", en: "none" }
    /// Compare: the themes of a paragraph are given because of…
    compare_why { nl: "Waarom", en: "Why" }
    /// Compare: a theme given by the section heading.
    compare_under_heading { nl: "onder de kop", en: "under the heading" }
    /// Compare: a theme given by words.
    compare_words_found { nl: "woorden", en: "words" }
    /// Compare: close the open row or cell.
    compare_close { nl: "Sluiten", en: "Close" }
    /// Compare: pick a passage to compare.
    compare_pick { nl: "Vergelijk…", en: "Compare…" }
    /// Compare: pick a letter's passages on a theme to compare.
    compare_pick_theme {
        nl: "Vergelijk dit thema in deze brief…",
        en: "Compare this theme in this letter…",
    }
    /// Compare: compare the chosen passage with this one.
    compare_with_a { nl: "Vergelijk met A", en: "Compare with A" }
    /// Compare: the first passage.
    compare_a { nl: "A", en: "A" }
    /// Compare: the second passage.
    compare_b { nl: "B", en: "B" }
    /// Compare: similar passages.
    compare_similar {
        nl: "Vergelijkbare passages in andere brieven",
        en: "Similar passages in other letters",
    }
    /// Compare: how similar passages are found.
    compare_similar_how {
        nl: "Gerangschikt met de woordgewichten van de zoekfunctie; gedeelde woorden zijn gemarkeerd.",
        en: "Ranked by the search's word weights; shared words are marked.",
    }
    /// Compare: nothing similar.
    compare_similar_none {
        nl: "Geen vergelijkbare passages in de andere brieven.",
        en: "No similar passages in the other letters.",
    }
    /// Compare: the same theme in other letters.
    compare_same_theme {
        nl: "Hetzelfde thema in andere brieven",
        en: "The same theme in other letters",
    }
    /// Compare: ignore punctuation.
    compare_ignore_punctuation { nl: "Negeer leestekens", en: "Ignore punctuation" }
    /// Compare: the diff in one column.
    compare_inline { nl: "Onder elkaar", en: "One column" }
    /// Compare: the diff side by side.
    compare_side_by_side { nl: "Naast elkaar", en: "Side by side" }
    /// Compare: swap A and B.
    compare_swap { nl: "Wissel A en B", en: "Swap A and B" }
    /// Compare: choose another B.
    compare_other_b { nl: "Andere B kiezen", en: "Choose another B" }
    /// Compare: back to the table.
    compare_back { nl: "Terug naar de tabel", en: "Back to the table" }
    /// Compare: the passage does not exist.
    compare_missing {
        nl: "Deze passage bestaat niet (meer).",
        en: "This passage does not exist (any more).",
    }
    /// Compare: read in the letter.
    compare_read { nl: "Lees in de brief", en: "Read in the letter" }
    /// Compare: words the same.
    diff_same { nl: "gelijk", en: "the same" }
    /// Compare: words only in A.
    diff_deleted { nl: "alleen in A", en: "only in A" }
    /// Compare: words only in B.
    diff_inserted { nl: "alleen in B", en: "only in B" }
    /// Compare: words moved.
    diff_moved { nl: "verplaatst", en: "moved" }
    /// Compare: places where only punctuation changed.
    diff_punctuation { nl: "leestekens anders", en: "punctuation changed" }
    /// Compare: how the marks read.
    diff_legend {
        nl: "Doorgehaald: alleen in A. Onderstreept: alleen in B. Gestippeld met een nummer: verplaatst. Grijs: in beide.",
        en: "Struck through: only in A. Underlined: only in B. Dotted with a number: moved. Grey: in both.",
    }
    /// Compare: words (after a count).
    diff_words { nl: "woorden", en: "words" }
    /// Compare: screen-reader text before text only in A.
    sr_deleted { nl: "[alleen in A:", en: "[only in A:" }
    /// Compare: screen-reader text before text only in B.
    sr_inserted { nl: "[alleen in B:", en: "[only in B:" }
    /// Compare: screen-reader text before moved text (a number follows).
    sr_moved { nl: "[verplaatst", en: "[moved" }
    /// Compare: screen-reader text after a marked stretch.
    sr_end { nl: "]", en: "]" }
    /// Reader and search: compare a paragraph with others.
    compare_link { nl: "Vergelijk", en: "Compare" }
    /// Reader and search: accessible label of the compare link (the paragraph number follows;
    /// it begins with the link's visible text, as WCAG's label-in-name asks).
    compare_link_label { nl: "Vergelijk alinea", en: "Compare paragraph" }
    /// Navigation: key figures.
    nav_figures { nl: "Cijfers", en: "Figures" }
    /// Navigation: glossary.
    nav_glossary { nl: "Begrippen", en: "Glossary" }
    /// Title of the key figures.
    figures_title { nl: "Kerncijfers", en: "Key figures" }
    /// Introduction of the key figures.
    figures_intro {
        nl: "Elk bedrag, percentage en belangrijk aantal uit de brieven, per onderwerp en per top. Elk cijfer staat zoals het geschreven is en opent de zin waar het vandaan komt.",
        en: "Every amount, percentage and key count of the letters, by topic and by meeting. Each figure is shown as written and opens the sentence it comes from.",
    }
    /// Label of the topic filter.
    figures_topic { nl: "Onderwerp", en: "Topic" }
    /// The topic filter's choice of every topic.
    figures_all_topics { nl: "Alle onderwerpen", en: "All topics" }
    /// Label of the document filter.
    figures_letter { nl: "Document", en: "Document" }
    /// The document filter's choice of every document.
    figures_all_letters { nl: "Alle documenten", en: "All documents" }
    /// Label of the kind filter.
    figures_kind { nl: "Soort cijfer", en: "Kind of figure" }
    /// The kind filter's choice of every kind.
    figures_all_kinds { nl: "Alle soorten", en: "All kinds" }
    /// Kind: amounts of money.
    figures_kind_amount { nl: "Bedragen", en: "Amounts" }
    /// Kind: percentages.
    figures_kind_percentage { nl: "Percentages", en: "Percentages" }
    /// Kind: counts.
    figures_kind_count { nl: "Aantallen", en: "Counts" }
    /// Label of the row order.
    figures_sort { nl: "Volgorde van de rijen", en: "Order of the rows" }
    /// Rows in the order of the letters.
    figures_sort_text { nl: "Zoals in de brieven", en: "As in the letters" }
    /// Rows by subject.
    figures_sort_subject { nl: "Onderwerp A–Z", en: "Subject A–Z" }
    /// Rows by their highest value.
    figures_sort_value { nl: "Hoogste waarde eerst", en: "Highest value first" }
    /// Header of the subject column.
    figures_subject { nl: "Waar het cijfer over gaat", en: "What the figure refers to" }
    /// Heading of the figures without a topic.
    figures_other { nl: "Overige cijfers", en: "Other figures" }
    /// Download of the shown figures.
    figures_export { nl: "Download deze tabel als CSV", en: "Download this table as CSV" }
    /// No figure matches the filters.
    figures_none { nl: "Geen cijfers bij deze keuze.", en: "No figures for this choice." }
    /// Singular of the figure count.
    figure_one { nl: "cijfer", en: "figure" }
    /// Plural of the figure count.
    figure_many { nl: "cijfers", en: "figures" }
    /// Title of the chart of the spending norm.
    figures_chart_title {
        nl: "Percentage van het bbp per top",
        en: "Percentage of GDP per meeting",
    }
    /// What the chart shows, for screen readers (the table after it holds the same figures).
    figures_chart_label {
        nl: "Grafiek van de percentages van het bbp per top; de tabel eronder geeft dezelfde cijfers.",
        en: "Chart of the percentages of GDP per meeting; the table below gives the same figures.",
    }
    /// Says a percentage is a share of GDP.
    figures_of_gdp { nl: "van het bbp", en: "of GDP" }
    /// Link title of a figure.
    figures_open { nl: "Open de zin in de brief", en: "Open the sentence in the letter" }
    /// Title of the glossary.
    glossary_title { nl: "Begrippen", en: "Glossary" }
    /// Introduction of the glossary.
    glossary_intro {
        nl: "Afkortingen met hun betekenis zoals de brieven ze uitschrijven (of uit een vaste lijst), en de personen, landen en organisaties die de brieven noemen, elk met alle plaatsen waar ze staan.",
        en: "Acronyms with their meaning as the letters write it out (or from a fixed list), and the people, countries and organisations the letters name, each with every place they stand.",
    }
    /// Label of the glossary search.
    glossary_search { nl: "Zoek in de begrippen", en: "Search the glossary" }
    /// Heading: acronyms.
    glossary_acronyms { nl: "Afkortingen", en: "Acronyms" }
    /// Heading: people.
    glossary_people { nl: "Personen", en: "People" }
    /// Heading: countries.
    glossary_countries { nl: "Landen", en: "Countries" }
    /// Heading: organisations.
    glossary_organisations { nl: "Organisaties", en: "Organisations" }
    /// Singular of the mention count.
    mention_one { nl: "vermelding", en: "mention" }
    /// Plural of the mention count.
    mention_many { nl: "vermeldingen", en: "mentions" }
    /// Where the letters write an acronym out.
    glossary_defined { nl: "Uitgeschreven in", en: "Written out in" }
    /// An expansion from the fixed list, not from the letters.
    glossary_listed { nl: "uit de vaste lijst", en: "from the fixed list" }
    /// No entry matches the search.
    glossary_none { nl: "Geen begrip gevonden.", en: "No entry found." }
    /// Label of the list of places of a term.
    glossary_places { nl: "Waar het staat", en: "Where it stands" }
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
