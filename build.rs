//! Build step: reads `seeds/` with the core crate's ingestion, builds the search index, and embeds
//! both in the app, so the bundled data, the index and the exported `corpus.json` come from one
//! pipeline and nothing is indexed at start-up.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        for entry in entries.flatten() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
    let corpus = match summit_core::ingest::load_corpus(&seeds) {
        Ok(corpus) => corpus,
        Err(err) => {
            // Cargo shows warnings of a failing build script: name the file and line plainly,
            // one warning per line so a multi-line message stays readable.
            println!("cargo:warning=reading seeds/ failed:");
            for line in err.to_string().lines() {
                println!("cargo:warning=  {line}");
            }
            panic!("reading seeds/ failed: {err}");
        }
    };
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write_search_index(&seeds, &corpus, &out_dir);
    // Compact binary for the app (the same data is exported as corpus.json for reuse).
    let bytes = postcard::to_allocvec(&corpus).expect("the corpus serialises");
    let out = out_dir.join("corpus.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// Builds the search index at build time, so the app never indexes at start-up.
fn write_search_index(seeds: &Path, corpus: &summit_core::Corpus, out_dir: &Path) {
    let synonyms = summit_core::ingest::load_synonyms(seeds).unwrap_or_else(|err| {
        println!("cargo:warning=reading seeds/synonyms.toml failed: {err}");
        panic!("reading seeds/synonyms.toml failed: {err}");
    });
    let index = summit_core::search::SearchIndex::build(corpus, &synonyms);
    let index_path = out_dir.join("search.idx");
    std::fs::write(&index_path, index.to_bytes())
        .unwrap_or_else(|e| panic!("writing {}: {e}", index_path.display()));
}
