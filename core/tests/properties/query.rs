//! The query parser and the engine behind it: any text parses within the limits, says what it
//! left out, and searches the seeds without a panic.

use super::common::{bundle, fixture};
use super::{config, SUITE_CASES};
use proptest::prelude::*;
use summit_core::search::{parse, Notice, SearchOptions, MAX_QUERY_CHARS, MAX_QUERY_TERMS};

/// Pieces of queries: operators, quotes, filters, separators, odd Unicode, figures, real words.
#[rustfmt::skip]
const QUERY_PIECES: &[&str] = &[
    "\"", "-", "-\"", "\"\"", "--", ":", "::", "(", ")", "((", "))", "*", "\\", "'", "’",
    "soort:", "jaar:", "jaar:99999", "jaar:-1", "top:", "brief:", "kind:", "year:2025", "x:y",
    "ü:", "%", ",", ".", " ", "\t", "\n", "\r", "\u{0}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}",
    "\u{a0}", "\u{200b}", "\u{200d}", "\u{202e}", "\u{2028}", "\u{feff}", "\u{301}", "\u{345}",
    "e\u{301}", "😀", "👩‍👩‍👧", "🇳🇱", "ĳ", "ß", "ẞ", "İ", "ﬁ", "中文", "العربية", "עברית", "3,5",
    "3,5 procent", "2%", "5 %", "EUR 40 miljard", "600.000", ",5", "3,", "1e9", "NAVO", "NATO",
    "Oekraïne", "defensie-", "-uitgaven", "defensie-uitgaven", "staakt-het-vuren", "a-b-c-d",
    "zzzzzzzzzzzzzzzzzzzz",
];

/// A query: arbitrary text, a mix of pieces, one operator repeated thousands of times, or a very
/// long run of words.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(QUERY_PIECES), 0..40).prop_map(|p| p.concat()),
        (prop::sample::select(QUERY_PIECES), 1..3000usize).prop_map(|(p, n)| p.repeat(n)),
        (prop::sample::select(QUERY_PIECES), 100..800usize)
            .prop_map(|(p, n)| format!("{p} woord").repeat(n)),
    ]
}

proptest! {
    #![proptest_config(config(SUITE_CASES))]

    /// Any query parses, within the limits, with clauses that each ask for something.
    #[test]
    fn any_query_parses_within_its_limits(q in query(), typing in any::<bool>()) {
        let synonyms = &bundle().search.synonyms;
        let parsed = parse(&q, synonyms, typing);
        prop_assert!(parsed.clauses.len() <= MAX_QUERY_TERMS);
        prop_assert!(parsed.exclusions.len() <= MAX_QUERY_TERMS);
        for clause in &parsed.clauses {
            prop_assert!(!clause.label.trim().is_empty(), "a clause without a label: {clause:?}");
            prop_assert!(!clause.alternatives.is_empty(), "{clause:?}");
            for alternative in &clause.alternatives {
                prop_assert!(!alternative.is_empty(), "an empty alternative: {clause:?}");
                prop_assert!(alternative.iter().all(|t| !t.is_empty()), "{clause:?}");
            }
        }
        for exclusion in &parsed.exclusions {
            prop_assert!(!exclusion.is_empty() && exclusion.iter().all(|t| !t.is_empty()));
        }
        // The same text always reads the same way.
        prop_assert_eq!(&parse(&q, synonyms, typing), &parsed);
    }

    /// What the parser leaves out, it says: nothing to search, a cut, dropped characters, an
    /// unknown filter (named, as typed).
    #[test]
    fn every_odd_query_gets_a_notice_that_names_it(q in query()) {
        let parsed = parse(&q, &bundle().search.synonyms, false);
        let notices = &parsed.notices;
        let nothing = parsed.clauses.is_empty() && parsed.filters.is_empty();
        prop_assert_eq!(nothing, notices.contains(&Notice::EmptyQuery), "{:?}", notices);
        let dropped = q.chars().any(|c| c.is_control() && !c.is_whitespace());
        prop_assert_eq!(dropped, notices.contains(&Notice::IgnoredCharacters), "{:?}", notices);
        let kept: String = q.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
        if kept.chars().count() > MAX_QUERY_CHARS {
            prop_assert!(notices.contains(&Notice::TooLong(MAX_QUERY_CHARS)), "{:?}", notices);
        }
        for notice in notices {
            match notice {
                Notice::UnknownFilter(f) => {
                    let (key, value) = f.split_once(':').unwrap_or_default();
                    prop_assert!(!key.is_empty() && !value.is_empty(), "{f:?}");
                    prop_assert!(
                        kept.to_lowercase().contains(&f.to_lowercase()),
                        "{f:?} not in {q:?}"
                    );
                }
                Notice::TooManyTerms(n) => prop_assert_eq!(*n, MAX_QUERY_TERMS),
                Notice::TooLong(n) => prop_assert_eq!(*n, MAX_QUERY_CHARS),
                _ => {}
            }
        }
    }

    /// The engine answers any query on the seeds: bounded hits, marks on character boundaries.
    #[test]
    fn any_query_searches_the_seeds(
        q in query(),
        typing in any::<bool>(),
        limit in 0..40usize,
    ) {
        let (corpus, index) = fixture();
        let options = SearchOptions { typing, limit, ..Default::default() };
        let results = index.search(corpus, q.as_str(), &options);
        prop_assert!(results.hits.len() <= limit);
        for hit in &results.hits {
            let text = &corpus.letter(&hit.letter).expect("a hit's letter").block(hit.n)
                .expect("a hit's block").text;
            for m in &hit.marks {
                prop_assert!(text.get(m.range()).is_some(), "a mark off a boundary: {q:?}");
            }
            for m in &hit.snippet_marks {
                prop_assert!(hit.snippet.get(m.range()).is_some(), "{q:?}");
            }
        }
    }
}
