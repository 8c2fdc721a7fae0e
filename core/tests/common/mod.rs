//! The seed corpus and its search index, built once per test binary by the one pipeline.

use std::path::Path;
use std::sync::OnceLock;
use summit_core::pipeline::{build, Bundle};
use summit_core::search::SearchIndex;
use summit_core::Corpus;

/// Everything the pipeline makes from `seeds/`.
pub fn bundle() -> &'static Bundle {
    static B: OnceLock<Bundle> = OnceLock::new();
    B.get_or_init(|| {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        build(&seeds).expect("the seeds build")
    })
}

/// The corpus read from `seeds/` and its index.
pub fn fixture() -> (&'static Corpus, &'static SearchIndex) {
    let b = bundle();
    (&b.corpus, &b.index)
}
