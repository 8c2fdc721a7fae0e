//! The themes of paragraphs chosen by reading them: in the seeds, and in fixture letters the
//! theme definitions were not written against (`seeds/themes.toml` applied to `tests/fixtures/`).

mod common;

use std::path::Path;
use summit_core::extract::themes::{assign, Themes};
use summit_core::ingest::ingest;
use summit_core::seeds;
use summit_core::Corpus;

/// The theme ids of block `n` of letter `id`, sorted.
fn themes_of(corpus: &Corpus, themes: &Themes, id: &str, n: u32) -> Vec<String> {
    let li = corpus
        .letters
        .iter()
        .position(|l| l.id == id)
        .unwrap_or_else(|| panic!("no letter {id}"));
    assert!(
        corpus.letters[li].block(n).is_some(),
        "{id} has no block {n}"
    );
    let mut ids: Vec<String> = themes
        .tags
        .iter()
        .filter(|t| t.letter as usize == li && t.block == n)
        .map(|t| themes.definitions[t.theme as usize].id.clone())
        .collect();
    ids.sort();
    ids
}

/// Asserts that block `n` of `id` has all of `has` and none of `not`.
#[track_caller]
fn check(corpus: &Corpus, themes: &Themes, id: &str, n: u32, has: &[&str], not: &[&str]) {
    let got = themes_of(corpus, themes, id, n);
    for h in has {
        assert!(got.iter().any(|g| g == h), "{id} ¶{n} lacks {h}: {got:?}");
    }
    for x in not {
        assert!(!got.iter().any(|g| g == x), "{id} ¶{n} has {x}: {got:?}");
    }
}

#[test]
fn seed_paragraphs_have_the_themes_a_reader_gives_them() {
    let b = common::bundle();
    let (c, t) = (&b.corpus, &b.extracts.themes);
    // The Hague Summit Declaration: 5% of GDP under the heading "Defensie-uitgaven".
    check(
        c,
        t,
        "den-haag-2025-verslag",
        12,
        &["defensie-uitgaven", "afschrikking"],
        &["oekraine", "programma"],
    );
    // The new strategy against hybrid threats, with Russia's hybrid campaign.
    check(
        c,
        t,
        "den-haag-2025-verslag",
        35,
        &["hybride-dreigingen", "rusland"],
        &["defensie-uitgaven"],
    );
    // Integrated air and missile defence.
    check(
        c,
        t,
        "den-haag-2025-verslag",
        36,
        &["lucht-en-raketverdediging"],
        &["oekraine", "defensie-uitgaven"],
    );
    // A section heading naming two themes gives the one the paragraph speaks of (capability
    // targets at the defence ministers' dinner), not the other (industry).
    check(
        c,
        t,
        "den-haag-2025-verslag",
        26,
        &["afschrikking"],
        &["defensie-industrie"],
    );
    // NSATU, and the commitment to inform the House.
    check(
        c,
        t,
        "washington-2024-verslag",
        18,
        &["kamer", "oekraine"],
        &["defensie-uitgaven"],
    );
    // The Indo-Pacific partners and China's support for Russia's war.
    check(
        c,
        t,
        "washington-2024-verslag",
        14,
        &["partners", "rusland"],
        &[],
    );
    // Who is responsible for the security of the 2025 summit.
    check(
        c,
        t,
        "washington-2024-verslag",
        39,
        &["organisatie-top"],
        &["oekraine", "defensie-uitgaven"],
    );
    // Stinger missiles bought together under the industry pledge.
    check(
        c,
        t,
        "washington-2024-verslag",
        10,
        &["defensie-industrie", "lucht-en-raketverdediging"],
        &[],
    );
    // The Ankara agenda: industry, spending and the European share.
    check(
        c,
        t,
        "ankara-2026-geannoteerde-agenda",
        13,
        &["defensie-industrie"],
        &["oekraine"],
    );
    check(
        c,
        t,
        "ankara-2026-geannoteerde-agenda",
        9,
        &["defensie-uitgaven", "europese-pijler"],
        &["oekraine"],
    );
    // Russia as the most urgent threat, and support to Ukraine; not spending, though it speaks of
    // raising pressure and of an investment in security.
    check(
        c,
        t,
        "ankara-2026-geannoteerde-agenda",
        18,
        &["oekraine", "rusland"],
        &["defensie-uitgaven"],
    );
    assert_eq!(
        themes_of(c, t, "antalya-2025-verslag", 7),
        ["oekraine", "rusland"]
    );
    // A covering sentence has no theme.
    assert!(themes_of(c, t, "ankara-2026-geannoteerde-agenda", 1).is_empty());
}

#[test]
fn every_hit_is_a_word_of_its_paragraph_and_says_which_key_term_matched() {
    let (c, _) = common::fixture();
    let t = &common::bundle().extracts.themes;
    assert!(t.tags.len() > 100, "{}", t.tags.len());
    for tag in &t.tags {
        let block = c.letters[tag.letter as usize].block(tag.block).unwrap();
        assert!(!block.is_heading());
        assert!(tag.heading.is_some() || !tag.hits.is_empty());
        let def = &t.definitions[tag.theme as usize];
        for h in &tag.hits {
            assert!(block
                .text
                .get(h.span.range())
                .is_some_and(|w| !w.is_empty()));
            assert!(def.key_term(h.term).is_some());
        }
        assert!(tag
            .hits
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start));
    }
}

#[test]
fn unseen_letters_get_themes_too() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let c = ingest(&seeds::load(&fixtures).unwrap()).unwrap();
    let seeds = seeds::load(&seeds).unwrap();
    let t = assign(&c, &seeds.extract.themes, &seeds.synonyms);
    let id = "vilnius-2023-kamerbrief";
    let letter = c.letter(id).unwrap();
    let n = |needle: &str| {
        letter
            .blocks
            .iter()
            .find(|b| b.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle}"))
            .n
    };
    check(
        &c,
        &t,
        id,
        n("onverminderde steun uit aan Oekraïne"),
        &["oekraine"],
        &["defensie-uitgaven"],
    );
    check(
        &c,
        &t,
        id,
        n("Defence Production Action Plan"),
        &["defensie-uitgaven", "defensie-industrie"],
        &["oekraine"],
    );
    check(
        &c,
        &t,
        id,
        n("regionale verdedigingsplannen"),
        &["afschrikking"],
        &["oekraine"],
    );
}
