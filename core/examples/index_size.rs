//! Prints the search index's size for the seed corpus (raw and gzipped), its load time, and
//! query times on the seeds and on a corpus a hundred times larger.
//!
//! `cargo run -p summit-core --release --example index_size [seeds dir]`

use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;
use summit_core::ingest::{load_corpus, load_synonyms};
use summit_core::search::{SearchIndex, SearchOptions};
use summit_core::Corpus;

/// Copies of the seed corpus in the large corpus.
const SCALE: usize = 100;
/// Timed runs of every query.
const RUNS: usize = 200;

/// Queries of every kind the engine handles.
const QUERIES: &[&str] = &[
    "Oekraïne",
    "Oekraine",
    "Ukraine",
    "NATO",
    "defensie-uitgaven",
    "uitgaven",
    "bondgenoot",
    "Oekriane",
    "\"Drone Line\"",
    "drones -Oekraïne",
    "defensie-ind",
    "175 miljoen",
    "3,5",
    "Rusland dreiging",
    "The Hague",
    "NSATU",
    "veiligheid Europa",
    "bruto binnenlands product",
    "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyy zyxwvutsrqponmlkjihgfedcba",
];

fn gzipped_len(bytes: &[u8]) -> usize {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes).expect("gzip to memory");
    gz.finish().expect("gzip to memory").len()
}

/// Median and 95th percentile in milliseconds.
fn median_p95(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

fn time_queries(corpus: &Corpus, index: &SearchIndex) -> (f64, f64) {
    let options = SearchOptions {
        typing: true,
        ..Default::default()
    };
    let mut ms = Vec::new();
    let verbose = std::env::var_os("VERBOSE").is_some();
    let only = std::env::var("QUERY").ok();
    let queries: Vec<&str> = match &only {
        Some(q) => vec![q.as_str()],
        None => QUERIES.to_vec(),
    };
    for q in &queries {
        std::hint::black_box(index.search(corpus, q, &options));
        let before = ms.len();
        for _ in 0..RUNS {
            let t = Instant::now();
            std::hint::black_box(index.search(corpus, q, &options));
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        if verbose {
            println!(
                "  {q:?}: median {:.3} ms",
                median_p95(ms[before..].to_vec()).0
            );
        }
    }
    median_p95(ms)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seeds = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"));
    let corpus = load_corpus(&seeds)?;
    let synonyms = load_synonyms(&seeds)?;
    let index = SearchIndex::build(&corpus, &synonyms);
    let bytes = index.to_bytes();
    let t = Instant::now();
    let loaded = SearchIndex::from_bytes(&bytes)?;
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "index: {} terms, {} passages; {} bytes raw, {} bytes gzipped; loads in {load_ms:.2} ms",
        loaded.term_count(),
        loaded.passages.len(),
        bytes.len(),
        gzipped_len(&bytes)
    );
    let (m, p) = time_queries(&corpus, &loaded);
    println!("seed corpus: median {m:.3} ms, p95 {p:.3} ms per query");
    if std::env::var_os("SEEDS_ONLY").is_some() {
        return Ok(());
    }
    let mut big = corpus.clone();
    big.letters = (0..SCALE)
        .flat_map(|k| {
            corpus.letters.iter().map(move |l| {
                let mut copy = l.clone();
                copy.id = format!("{}-x{k}", l.id);
                copy
            })
        })
        .collect();
    let t = Instant::now();
    let big_index = SearchIndex::build(&big, &synonyms);
    let build_s = t.elapsed().as_secs_f64();
    let (m, p) = time_queries(&big, &big_index);
    println!(
        "{SCALE}x corpus ({} passages, built in {build_s:.1} s, {} bytes): median {m:.3} ms, p95 {p:.3} ms",
        big_index.passages.len(),
        big_index.to_bytes().len()
    );
    Ok(())
}
