//! The seed corpus and its search index, built once per test binary.

use std::path::Path;
use std::sync::OnceLock;
use summit_core::ingest::{load_corpus, load_synonyms};
use summit_core::search::SearchIndex;
use summit_core::Corpus;

/// The corpus read from `seeds/` and its index.
pub fn fixture() -> &'static (Corpus, SearchIndex) {
    static F: OnceLock<(Corpus, SearchIndex)> = OnceLock::new();
    F.get_or_init(|| {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        let corpus = load_corpus(&seeds).unwrap();
        let index = SearchIndex::build(&corpus, &load_synonyms(&seeds).unwrap());
        (corpus, index)
    })
}
