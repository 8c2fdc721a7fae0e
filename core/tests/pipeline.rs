//! The one pipeline from seeds to bundle: deterministic bytes that read back, and extracts that
//! point at the text they were found in.

mod common;

use common::{bundle, fixture};
use std::path::Path;
use summit_core::extract::{Precision, EXTRACTS_SCHEMA_VERSION};
use summit_core::pipeline::{build, BundleFiles};
use summit_core::PartialDate;

#[test]
fn building_twice_gives_the_same_bytes() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let again = build(&seeds).unwrap().files();
    let first = bundle().files();
    assert_eq!(again.hash(), first.hash());
    assert_eq!(again, first);
}

#[test]
fn the_bundle_bytes_decode_to_the_bundle() {
    let files: BundleFiles = bundle().files();
    let (corpus, index) = fixture();
    assert_eq!(&files.corpus().unwrap(), corpus);
    assert_eq!(files.extracts().unwrap(), bundle().extracts);
    // The app builds its index from the embedded corpus and search data: it must be the very index
    // the pipeline built (the same stored bytes).
    let rebuilt =
        summit_core::search::SearchIndex::build(&files.corpus().unwrap(), &files.search().unwrap());
    assert_eq!(rebuilt.to_bytes(), index.to_bytes());
}

#[test]
fn every_date_mention_points_at_its_text_in_a_sentence_of_its_block() {
    let b = bundle();
    assert_eq!(b.extracts.schema_version, EXTRACTS_SCHEMA_VERSION);
    assert!(!b.extracts.dates.is_empty());
    for d in &b.extracts.dates {
        let block = b.corpus.letter(&d.letter).unwrap().block(d.block).unwrap();
        assert_eq!(block.text[d.span.range()], d.text, "{d:?}");
        assert!(d.value.end.is_none_or(|end| end >= d.value.start), "{d:?}");
        let sentence = block.sentences[d.sentence as usize];
        assert!(
            sentence.start <= d.span.start && d.span.start < sentence.end,
            "{d:?}"
        );
    }
}

#[test]
fn dates_written_in_the_letters_are_found_with_their_value() {
    let found = |text: &str| {
        bundle()
            .extracts
            .dates
            .iter()
            .find(|d| d.text == text)
            .map(|d| (d.value.start, d.value.end, d.value.precision))
    };
    assert_eq!(
        found("10 en 11 juli 2024"),
        Some((
            PartialDate::ymd(2024, 7, 10),
            Some(PartialDate::ymd(2024, 7, 11)),
            Precision::Day
        ))
    );
    assert_eq!(
        found("juni 2025").map(|f| (f.0.to_string(), f.2)),
        Some(("2025-06".to_string(), Precision::Month))
    );
}
