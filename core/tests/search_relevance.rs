//! Search relevance on the real seeds: folding, compounds, stemming, typos, phrases, exclusions,
//! synonyms, prefixes, numbers, highlights, filters and facets, stored form, hostile input.

mod common;

use common::fixture;
use summit_core::search::{
    Filters, MatchKind, MatchedIn, Notice, SearchIndex, SearchOptions, SearchResults, SortBy,
};

fn search(q: &str) -> SearchResults {
    let (c, i) = fixture();
    i.search(c, q, &SearchOptions::default())
}

fn typing(q: &str) -> SearchResults {
    let (c, i) = fixture();
    i.search(
        c,
        q,
        &SearchOptions {
            typing: true,
            ..Default::default()
        },
    )
}

/// The text of a hit's block.
fn text_of(letter: &str, n: u32) -> String {
    fixture()
        .0
        .letter(letter)
        .unwrap()
        .block(n)
        .unwrap()
        .text
        .clone()
}

/// True when some hit's block contains `needle`.
fn finds(r: &SearchResults, needle: &str) -> bool {
    r.hits
        .iter()
        .any(|h| text_of(&h.letter, h.n).contains(needle))
}

#[test]
fn diacritics_fold_both_ways() {
    let with = search("Oekraïne");
    let without = search("Oekraine");
    assert!(with.total_passages > 20);
    assert_eq!(with.total_passages, without.total_passages);
    // The OCR spelling in the Antalya report is found by the proper spelling.
    assert!(finds(&with, "steun aan Oekraine en de aanhoudende"));
    assert!(finds(&search("ministeriële"), "NAVO-ministeriéle"));
}

#[test]
fn compounds_are_found_whole_joined_and_by_part() {
    for q in ["defensie-uitgaven", "defensieuitgaven"] {
        let r = search(q);
        assert!(finds(&r, "defensie-uitgaven"), "{q}");
        assert_eq!(r.hits[0].matches[0].kind, MatchKind::Exact, "{q}");
    }
    assert!(finds(&search("uitgaven"), "defensie-uitgaven"));
}

#[test]
fn stemming_joins_singular_and_plural_and_exact_ranks_first() {
    let r = search("bondgenoot");
    assert!(finds(&r, "bondgenoten"));
    let top = &r.hits[0];
    assert!(
        text_of(&top.letter, top.n)
            .to_lowercase()
            .contains("bondgenoot"),
        "exact match first"
    );
    assert!(finds(&search("uitgave"), "uitgaven"));
}

#[test]
fn a_typo_still_finds_the_word() {
    let r = search("Oekriane");
    assert!(r.total_passages > 10);
    assert!(r
        .hits
        .iter()
        .all(|h| h.matches.iter().all(|m| m.kind == MatchKind::Fuzzy)));
    assert!(finds(&r, "Oekraïne"));
}

#[test]
fn phrases_match_in_order_only() {
    let r = search("\"Drone Line\"");
    assert_eq!(r.total_passages, 1);
    assert!(finds(&r, "Drone Line initiatief"));
    assert_eq!(search("\"Line Drone\"").total_passages, 0);
    assert!(finds(&search("\"staakt-het-vuren\""), "staakt-het-vuren"));
}

#[test]
fn exclusion_removes_passages() {
    let all = search("drones");
    let without = search("drones -Oekraïne");
    assert!(without.total_passages < all.total_passages);
    for h in &without.hits {
        assert!(
            !text_of(&h.letter, h.n).contains("Oekra"),
            "{}",
            text_of(&h.letter, h.n)
        );
    }
}

#[test]
fn synonyms_and_translations_find_dutch_text() {
    let r = search("Ukraine");
    assert!(finds(&r, "Oekraïne"));
    assert!(search("NATO").total_passages >= search("NAVO").total_passages);
    assert!(finds(
        &search("NSATU"),
        "NATO Security Assistance and Training for Ukraine"
    ));
    assert!(finds(&search("defence spending"), "defensie-uitgaven"));
    assert!(finds(&search("GDP"), "bruto binnenlands product"));
}

#[test]
fn the_last_word_is_a_prefix_while_typing() {
    let r = typing("defensie-ind");
    assert!(finds(&r, "defensie-industrie"));
    assert!(r.hits[0]
        .matches
        .iter()
        .any(|m| m.kind == MatchKind::Prefix));
    assert!(typing("Zelen").total_passages > 0);
}

#[test]
fn numbers_are_searchable_terms() {
    let r = search("175 miljoen");
    let top = &r.hits[0];
    assert_eq!(top.letter, "den-haag-2025-verslag");
    assert!(text_of(&top.letter, top.n).contains("175 miljoen euro"));
    assert!(finds(&search("3,5"), "3,5 procent"));
    assert!(finds(&search("2%"), "2% van het bbp"));
}

#[test]
fn highlights_cover_exactly_the_matched_words() {
    let r = search("steunpakket Oekraïne");
    for h in &r.hits {
        let text = text_of(&h.letter, h.n);
        assert!(!h.marks.is_empty());
        let matched: Vec<&str> = h.matches.iter().map(|m| m.term.as_str()).collect();
        for m in &h.marks {
            let word = &text[m.range()];
            let folded: String = summit_core::nl::tokenize::fold(word).replace('-', "");
            assert!(
                matched.contains(&folded.as_str()),
                "marked {word:?}, matched {matched:?}"
            );
            // A mark is a whole word: no letter right before or after it.
            assert!(!text[..m.start as usize].ends_with(char::is_alphanumeric));
            assert!(!text[m.end as usize..].starts_with(char::is_alphanumeric));
        }
        for m in &h.snippet_marks {
            let word = &h.snippet[m.range()];
            assert!(text.contains(word));
        }
    }
}

#[test]
fn filters_and_facets_count_passages() {
    let (c, i) = fixture();
    let all = search("Oekraïne");
    let by_letter: usize = all.facets.letters.iter().map(|f| f.count).sum();
    assert_eq!(by_letter, all.total_passages);
    let opts = SearchOptions {
        filters: Filters {
            kinds: vec!["nota".into()],
            ..Default::default()
        },
        ..Default::default()
    };
    let memo = i.search(c, "Oekraïne", &opts);
    assert!(memo.total_passages > 0 && memo.total_passages < all.total_passages);
    assert!(memo.hits.iter().all(|h| h.letter == "ankara-2026-nota"));
    // The kind facet ignores its own filter, so other kinds stay visible with their counts.
    assert!(memo.facets.kinds.len() > 1);
    let in_query = search("Oekraïne soort:nota");
    assert_eq!(in_query.total_passages, memo.total_passages);
    let y = search("Oekraïne jaar:2024");
    assert!(y.hits.iter().all(|h| h.letter == "washington-2024-verslag"));
}

#[test]
fn sort_by_date_puts_newest_letters_first() {
    let (c, i) = fixture();
    let r = i.search(
        c,
        "Oekraïne",
        &SearchOptions {
            sort: SortBy::Date,
            ..Default::default()
        },
    );
    assert!(r.hits.first().unwrap().letter.starts_with("ankara-2026"));
    assert_eq!(r.hits.last().unwrap().letter, "washington-2024-verslag");
}

#[test]
fn partial_matches_come_with_a_notice() {
    let r = search("Zelensky xyzzyplugh");
    assert!(r.total_passages > 0);
    assert!(r.notices.contains(&Notice::Partial {
        matched: 1,
        total: 2
    }));
    let none = search("xyzzyplugh");
    assert_eq!(none.total_passages, 0);
}

#[test]
fn nothing_found_suggests_close_words() {
    let r = search("bondgenootshcap");
    if r.total_passages == 0 {
        assert!(!r.suggestions.is_empty());
    }
    // Two swaps in a seven-letter word: too far to match, close enough to suggest.
    let r = search("Rsulnad");
    assert_eq!(r.total_passages, 0);
    assert!(
        r.suggestions.iter().any(|s| s == "rusland"),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn stored_index_gives_identical_results_and_garbage_is_refused() {
    let (c, i) = fixture();
    let bytes = i.to_bytes();
    let loaded = SearchIndex::from_bytes(&bytes).unwrap();
    for q in [
        "Oekraïne",
        "\"Drone Line\"",
        "NATO defensie-uitgaven",
        "Oekriane",
    ] {
        assert_eq!(
            i.search(c, q, &SearchOptions::default()),
            loaded.search(c, q, &SearchOptions::default())
        );
    }
    assert!(SearchIndex::from_bytes(b"").is_err());
    assert!(SearchIndex::from_bytes(b"garbage garbage garbage").is_err());
    assert!(SearchIndex::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    let mut flipped = bytes.clone();
    for k in (8..flipped.len()).step_by(97) {
        flipped[k] ^= 0x5a;
    }
    let _ = SearchIndex::from_bytes(&flipped);
}

#[test]
fn hostile_queries_never_panic() {
    let long = "a".repeat(10_000);
    let many = "Oekraïne ".repeat(500);
    for q in [
        "",
        " ",
        "-",
        "--",
        "\"",
        "\"\"",
        "\"unclosed",
        "-\"x",
        "😀",
        "😀 Oekraïne",
        "\u{0}\u{1b}[31m",
        long.as_str(),
        many.as_str(),
        "soort:",
        ":",
        "jaar:abc",
        "brief:nope Oekraïne",
        "%",
        "3,",
        "a-",
        "*",
        "(",
        "\\",
    ] {
        let r = search(q);
        let _ = typing(q);
        assert!(r.hits.len() <= SearchOptions::default().limit);
    }
}

#[test]
fn exact_matches_rank_above_synonyms() {
    let navo = search("NAVO");
    assert_eq!(navo.hits[0].matches[0].kind, MatchKind::Exact);
    let nato = search("NATO");
    // NATO is written in the corpus too; the Dutch NAVO passages come in as synonyms.
    assert!(nato.total_passages >= navo.total_passages);
    assert!(nato.hits.iter().any(|h| h
        .matches
        .iter()
        .any(|m| m.term == "navo" && m.kind == MatchKind::Synonym)));
    let ukraine = search("Ukraine");
    assert!(ukraine.hits.iter().any(|h| h
        .matches
        .iter()
        .any(|m| m.term == "oekraine" && m.kind == MatchKind::Synonym)));
}

#[test]
fn percentages_are_found_by_their_number() {
    let r = search("3,5");
    assert!(finds(&r, "3,5%"));
    assert!(finds(&r, "3,5 procent"));
    // The mark covers the figure as written.
    for h in &r.hits {
        let text = text_of(&h.letter, h.n);
        let marked: Vec<&str> = h.marks.iter().map(|m| &text[m.range()]).collect();
        assert!(
            marked.iter().any(|m| m.starts_with("3,5")),
            "{marked:?} in {text}"
        );
    }
}

/// The passages a query finds, as `letter/n`.
fn found(q: &str) -> std::collections::BTreeSet<String> {
    let (c, i) = fixture();
    let options = SearchOptions {
        limit: usize::MAX,
        ..Default::default()
    };
    i.search(c, q, &options)
        .hits
        .iter()
        .map(|h| format!("{}/{}", h.letter, h.n))
        .collect()
}

#[test]
fn a_figure_is_found_however_it_is_written() {
    for group in [
        &["3,5%", "3,5 procent", "3.5%", "3.5 percent"][..],
        &["5%", "5 procent"],
        &["EUR 40 miljard", "40 miljard euro", "€ 40 mld", "EUR 40 bn"],
        &["10.000", "10000"],
        &["EUR 300 mln", "300 miljoen euro"],
    ] {
        let first = found(group[0]);
        assert!(!first.is_empty(), "{}", group[0]);
        for q in &group[1..] {
            assert_eq!(found(q), first, "{q} and {}", group[0]);
        }
    }
    // Both ways the letters write the 3.5 % norm: the Ankara agenda and the Den Haag texts.
    let norm = found("3,5 procent");
    assert!(norm
        .iter()
        .any(|p| p.starts_with("ankara-2026-geannoteerde-agenda/")));
    assert!(norm.iter().any(|p| p.starts_with("den-haag-2025-verslag/")));
    // The figure is marked whole, as written.
    let r = search("EUR 40 bn");
    let h = &r.hits[0];
    let marked: Vec<&str> = h
        .snippet_marks
        .iter()
        .map(|m| &h.snippet[m.range()])
        .collect();
    assert_eq!(marked, ["minimaal EUR 40 miljard"]);
    // A year is a word, not a figure.
    assert!(found("2035").len() >= 2);
}

#[test]
fn a_part_finds_the_closed_compound_and_whole_words_rank_first() {
    for (q, whole) in [
        ("drone", "dronecapaciteit"),
        ("verdediging", "luchtverdediging"),
        ("industrie", "defensie-industrie"),
        ("pakket", "steunpakket"),
    ] {
        let r = search(q);
        // A hit with the compound and without the word alone says it matched a part.
        let h = r
            .hits
            .iter()
            .find(|h| {
                text_of(&h.letter, h.n).contains(whole)
                    && h.matches.iter().all(|m| m.kind == MatchKind::Part)
            })
            .unwrap_or_else(|| panic!("{q} does not find {whole} by its part"));
        let text = text_of(&h.letter, h.n);
        // The part is marked inside the word.
        assert!(
            h.marks
                .iter()
                .any(|m| text[m.range()].eq_ignore_ascii_case(q)
                    && (text[m.end as usize..].starts_with(char::is_alphabetic)
                        || text[..m.start as usize]
                            .ends_with(|c: char| c.is_alphabetic() || c == '-'))),
            "{q} in {whole}"
        );
        // The best hit has the word itself.
        assert_ne!(r.hits[0].matches[0].kind, MatchKind::Part, "{q}");
    }
}

#[test]
fn a_suspended_compound_is_found_as_each_compound_it_stands_for() {
    for (q, written) in [
        ("luchtverdediging", "lucht- en raketverdediging"),
        ("NAVO-initiatieven", "NAVO- en EU-initiatieven"),
        (
            "defensiegerelateerde",
            "defensie- en veiligheidsgerelateerde",
        ),
    ] {
        let r = search(q);
        let h = r
            .hits
            .iter()
            .find(|h| text_of(&h.letter, h.n).contains(written))
            .unwrap_or_else(|| panic!("{q} does not find {written}"));
        let text = text_of(&h.letter, h.n);
        assert!(h.marks.iter().any(|m| &text[m.range()] == written), "{q}");
    }
}

#[test]
fn a_snippet_shows_every_searched_word() {
    for q in [
        "oekraine drones",
        "Rusland dreiging",
        "luchtverdediging Patriot",
    ] {
        let r = search(q);
        assert!(!r.hits.is_empty(), "{q}");
        for h in &r.hits {
            let words: Vec<String> = h
                .snippet_marks
                .iter()
                .map(|m| summit_core::nl::tokenize::fold(&h.snippet[m.range()]))
                .collect();
            for w in q.split(' ') {
                let w = summit_core::nl::tokenize::fold(w);
                let stem = &w[..w.len().min(5)];
                assert!(
                    words.iter().any(|m| m.contains(stem)),
                    "{q}: {w} not marked in {:?}",
                    h.snippet
                );
            }
        }
    }
}

#[test]
fn hits_from_a_heading_or_a_title_say_where_they_matched() {
    let r = search("Overige onderwerpen");
    let h = r
        .hits
        .iter()
        .find(|h| h.only_in == Some(MatchedIn::Heading))
        .expect("a passage under the heading");
    assert!(h.marks.is_empty());
    assert_eq!(h.heading_marks.len(), 2);
    // A word only in a letter's title finds the letter's first passage, which says so.
    let (c, _) = fixture();
    let mut corpus = c.clone();
    corpus.letters[2].title.value.push_str(" en de zomerreces");
    let index = SearchIndex::build(&corpus, &summit_core::search::SearchData::default());
    let r = index.search(&corpus, "zomerreces", &SearchOptions::default());
    assert_eq!(r.total_passages, 1);
    assert_eq!(r.hits[0].letter, corpus.letters[2].id);
    assert_eq!(r.hits[0].only_in, Some(MatchedIn::Title));
}

#[test]
fn a_phrase_marks_only_its_own_words() {
    let r = search("\"Drone Line\"");
    let h = &r.hits[0];
    let text = text_of(&h.letter, h.n);
    let marked: Vec<&str> = h.marks.iter().map(|m| &text[m.range()]).collect();
    assert_eq!(marked, ["Drone", "Line"]);
    assert_eq!(h.marks[1].start, h.marks[0].end + 1, "adjacent words");
    let snippet_marked: Vec<&str> = h
        .snippet_marks
        .iter()
        .map(|m| &h.snippet[m.range()])
        .collect();
    assert_eq!(snippet_marked, ["Drone", "Line"]);
}

#[test]
fn parsed_and_text_queries_agree_and_group_by_letter() {
    let (c, i) = fixture();
    let q = summit_core::search::parse("Oekraïne steun", &i.synonyms, false);
    let parsed = i.search(c, &q, &SearchOptions::default());
    assert_eq!(parsed, search("Oekraïne steun"));
    let groups = parsed.by_letter();
    assert!(groups.len() > 1 && groups.len() <= parsed.total_letters);
    let mut letters: Vec<&str> = groups.iter().map(|g| g.letter.as_str()).collect();
    letters.sort_unstable();
    letters.dedup();
    assert_eq!(letters.len(), groups.len(), "one group per letter");
    let listed: usize = groups.iter().map(|g| g.hits.len()).sum();
    assert_eq!(listed, parsed.hits.len());
    for g in &groups {
        assert!(g.hits.iter().all(|&k| parsed.hits[k].letter == g.letter));
        assert!(g.hits.windows(2).all(|w| w[0] < w[1]));
    }
    // Letters come in the order of their best hit.
    assert_eq!(groups[0].letter, parsed.hits[0].letter);
}

#[test]
fn facet_counts_match_filtered_totals() {
    let (c, i) = fixture();
    let all = search("veiligheid");
    for facet in &all.facets.kinds {
        let r = i.search(
            c,
            "veiligheid",
            &SearchOptions {
                filters: Filters {
                    kinds: vec![facet.value.clone()],
                    ..Default::default()
                },
                ..Default::default()
            },
        );
        assert_eq!(r.total_passages, facet.count, "{}", facet.value);
        // Choosing a kind leaves the kind facet as it was (it ignores its own filter), while
        // the other facets narrow to that kind.
        assert_eq!(r.facets.kinds, all.facets.kinds);
        let years: usize = r.facets.years.iter().map(|f| f.count).sum();
        assert_eq!(years, facet.count);
    }
    let by_meeting = search("veiligheid top:den-haag-2025");
    assert!(by_meeting.total_passages > 0);
    assert!(by_meeting
        .hits
        .iter()
        .all(|h| h.letter.starts_with("den-haag-2025")));
}
