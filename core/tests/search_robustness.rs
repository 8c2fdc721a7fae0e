//! Hostile input never panics: odd queries (a small property-style loop over generated
//! strings) and damaged index bytes.

mod common;

use common::fixture;
use summit_core::search::{Notice, SearchIndex, SearchOptions, MAX_QUERY_CHARS};

/// A small deterministic generator (no dependency needed for a reproducible loop).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below
    }
}

/// Pieces queries are made of: syntax, separators, scripts, numbers, real words.
const PIECES: &[&str] = &[
    "\"",
    "-",
    "--",
    ":",
    "soort:",
    "jaar:",
    "top:",
    "brief:",
    "%",
    ",",
    ".",
    " ",
    "  ",
    "\t",
    "\n",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{200b}",
    "\u{feff}",
    "😀",
    "🇳🇱",
    "é",
    "ë",
    "i\u{308}",
    "ĳ",
    "ß",
    "Ω",
    "中文",
    "العربية",
    "3,5",
    "2%",
    "600.000",
    ",5",
    "3,",
    "NAVO",
    "Oekraïne",
    "defensie-",
    "-uitgaven",
    "a-b-c-d",
    "x",
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    "staakt-het-vuren",
    "\\",
    "*",
    "(",
    ")",
    "[",
    "]",
    "'",
    "’",
];

#[test]
fn generated_odd_queries_never_panic_and_stay_bounded() {
    let (c, i) = fixture();
    let mut rng = Lcg(0x5eed);
    for round in 0..600 {
        let len = rng.next(12);
        let q: String = (0..len).map(|_| PIECES[rng.next(PIECES.len())]).collect();
        let options = SearchOptions {
            typing: round % 2 == 0,
            limit: rng.next(60),
            ..Default::default()
        };
        let r = i.search(c, &q, &options);
        assert!(r.hits.len() <= options.limit, "{q:?}");
        for h in &r.hits {
            let text = &c.letter(&h.letter).unwrap().block(h.n).unwrap().text;
            for m in &h.marks {
                assert!(
                    text.get(m.range()).is_some(),
                    "{q:?}: mark off a char boundary"
                );
            }
            for m in &h.snippet_marks {
                assert!(h.snippet.get(m.range()).is_some(), "{q:?}");
            }
        }
    }
}

#[test]
fn degenerate_queries_get_a_notice() {
    let (c, i) = fixture();
    let o = SearchOptions::default();
    for q in ["", "   ", "-", "\"\"", "😀", "\u{0}\u{1b}"] {
        let r = i.search(c, q, &o);
        assert_eq!(r.total_passages, 0, "{q:?}");
        assert!(
            r.notices.contains(&Notice::EmptyQuery),
            "{q:?}: {:?}",
            r.notices
        );
    }
    let r = i.search(c, "\"Drone Line", &o);
    assert!(r.notices.contains(&Notice::UnclosedQuote));
    assert!(
        r.total_passages > 0,
        "an unclosed phrase is read to the end"
    );
    let long = "Oekraïne ".repeat(2_000);
    let r = i.search(c, &long, &o);
    assert!(r.notices.contains(&Notice::TooLong(MAX_QUERY_CHARS)));
    assert!(r.total_passages > 0);
}

#[test]
fn damaged_index_bytes_give_errors_not_panics() {
    let (_, i) = fixture();
    let bytes = i.to_bytes();
    assert!(SearchIndex::from_bytes(&[]).is_err());
    assert!(SearchIndex::from_bytes(b"SXIX").is_err());
    assert!(SearchIndex::from_bytes(&bytes[..8]).is_err());
    let mut wrong_version = bytes.clone();
    wrong_version[4] ^= 0xff;
    assert!(SearchIndex::from_bytes(&wrong_version).is_err());
    let mut rng = Lcg(7);
    for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
        assert!(
            SearchIndex::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    // Flipped bytes: loading may succeed (a changed count that is still consistent), but
    // neither loading nor searching the result may panic.
    for _ in 0..300 {
        let mut damaged = bytes.clone();
        for _ in 0..1 + rng.next(3) {
            let at = 8 + rng.next(damaged.len() - 8);
            damaged[at] ^= 1 << rng.next(8);
        }
        if let Ok(index) = SearchIndex::from_bytes(&damaged) {
            let (c, _) = fixture();
            for q in [
                "Oekraïne",
                "\"Drone Line\"",
                "defensie-ind",
                "Oekriane",
                "NATO -drones",
            ] {
                let _ = index.search(
                    c,
                    q,
                    &SearchOptions {
                        typing: true,
                        ..Default::default()
                    },
                );
            }
        }
    }
}
