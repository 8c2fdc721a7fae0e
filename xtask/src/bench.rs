//! `cargo xtask bench`: search speed and index size, printed as figures (not a test).
//!
//! Median and p95 query time over [`QUERIES`] on the seed corpus and on a synthetic corpus 100
//! times larger made from the seeds (each copy's paragraphs have their sentences rotated, so term
//! statistics differ between copies), plus the index size (raw and gzipped) and its load time;
//! then, in Node.js, the engine built to WebAssembly against MiniSearch and FlexSearch on the
//! same passages in one run (`bench/compare.mjs`, which states each engine's settings); the
//! keystroke-to-results-painted time of the search view in headless Chromium
//! (`bench/keystroke.mjs`) and where that time goes (`bench/keystroke-trace.mjs`); and the single
//! file's start-up from disk beside a static page of the same text (`bench/startup.mjs`).

use crate::output::say;
use crate::sizes::gzipped_len;
use crate::{root, run, setup, TaskResult};
use std::path::Path;
use std::process::Command;
use std::time::Instant;
use summit_core::search::{SearchData, SearchIndex, SearchOptions};
use summit_core::{Corpus, TextRange};

/// The fixed query list: plain words, compounds, typos, phrases, exclusions, synonyms, numbers.
pub const QUERIES: &[&str] = &[
    "Oekraïne",
    "Oekraine",
    "Ukraine",
    "NAVO",
    "NATO",
    "defensie-uitgaven",
    "defensieuitgaven",
    "uitgaven",
    "bondgenoot",
    "Oekriane",
    "\"Drone Line\"",
    "drones -Oekraïne",
    "defensie-ind",
    "175 miljoen",
    "3,5 procent",
    "2%",
    "Rusland dreiging",
    "Zelensky",
    "Den Haag",
    "The Hague",
    "NSATU",
    "luchtverdediging Patriot",
    "capaciteitsdoelstellingen",
    "hybride dreigingen",
    "steunpakket",
    "Trump",
    "burden sharing",
    "Indo-Pacific partners",
    "EUR 300 mln",
    "Washington",
    "Ankara",
    "ministeriële",
    "veiligheid Europa",
    "industrie",
    "bruto binnenlands product",
    "GDP",
];

/// Hits a query builds snippets for, as `bench/compare.mjs` asks of every engine (twice the
/// search view's first page, `PAGE_SIZE` in `src/views/search/mod.rs`).
const HITS_SHOWN: usize = 20;

/// Number of copies in the large synthetic corpus.
const SCALE: usize = 100;

/// A corpus `SCALE` times larger: copies of every letter with sentences rotated per copy.
pub fn synthetic(corpus: &Corpus) -> Corpus {
    let mut big = corpus.clone();
    big.letters.clear();
    for k in 0..SCALE {
        for l in &corpus.letters {
            let mut copy = l.clone();
            copy.id = format!("{}-x{k}", l.id);
            for b in &mut copy.blocks {
                if b.sentences.len() > 1 {
                    let mut s: Vec<&str> = b.sentences.iter().map(|r| &b.text[r.range()]).collect();
                    let shift = k % s.len();
                    s.rotate_left(shift);
                    let text = s.join(" ");
                    let mut at = 0;
                    b.sentences = s
                        .iter()
                        .map(|x| {
                            let r = TextRange {
                                start: at as u32,
                                end: (at + x.len()) as u32,
                            };
                            at += x.len() + 1;
                            r
                        })
                        .collect();
                    b.text = text;
                    b.footnote_refs.clear();
                    b.redactions.clear();
                }
            }
            big.letters.push(copy);
        }
    }
    big
}

/// Median and 95th percentile of durations in milliseconds.
fn median_p95(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

/// Times every query `runs` times (after a warm-up) and returns all durations in ms, printing
/// the slowest queries.
fn time_queries(corpus: &Corpus, index: &SearchIndex, runs: usize) -> Vec<f64> {
    let typing = SearchOptions {
        typing: true,
        limit: HITS_SHOWN,
        ..Default::default()
    };
    let mut out = Vec::new();
    let mut per_query = Vec::new();
    for q in QUERIES {
        let before = out.len();
        for _ in 0..3 {
            std::hint::black_box(index.search(corpus, q, &typing));
        }
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(index.search(corpus, q, &typing));
            out.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        per_query.push((median_p95(out[before..].to_vec()).0, *q));
    }
    per_query.sort_by(|a, b| b.0.total_cmp(&a.0));
    let slowest: Vec<String> = per_query
        .iter()
        .take(4)
        .map(|(ms, q)| format!("{q} {ms:.2} ms"))
        .collect();
    say!("    slowest (median): {}", slowest.join(", "));
    out
}

/// Runs the benchmark and prints its figures, from a release build of the task runner (the
/// engine is timed as users get it, optimised).
pub fn bench() -> TaskResult {
    if cfg!(debug_assertions) {
        return run(Command::new("cargo").args([
            "run",
            "--quiet",
            "--release",
            "--package",
            "xtask",
            "--",
            "bench",
        ]));
    }
    let bundle = summit_core::pipeline::build(&root().join("seeds")).map_err(|e| e.to_string())?;
    let (corpus, data, index) = (bundle.corpus, bundle.search, bundle.index);
    let bytes = index.to_bytes();
    let t = Instant::now();
    let loaded = SearchIndex::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;
    let passages: usize = corpus.letters.iter().map(|l| l.blocks.len()).sum();
    say!(
        "search benchmark ({} queries, release build of the engine, native)",
        QUERIES.len()
    );
    say!(
        "  index: {} terms, {passages} passages; {:.1} KB raw, {:.1} KB gzipped; loads in {load_ms:.2} ms",
        loaded.term_count(),
        bytes.len() as f64 / 1024.0,
        gzipped_len(&bytes) as f64 / 1024.0
    );
    let (m, p) = median_p95(time_queries(&corpus, &loaded, 30));
    say!("  seed corpus:        median {m:.3} ms, p95 {p:.3} ms per query");
    let big = synthetic(&corpus);
    let big_data = SearchData::read(&big, data.synonyms.clone(), data.compounds.clone());
    let t = Instant::now();
    let big_index = SearchIndex::build(&big, &big_data);
    let build_s = t.elapsed().as_secs_f64();
    let big_passages: usize = big.letters.iter().map(|l| l.blocks.len()).sum();
    let (m, p) = median_p95(time_queries(&big, &big_index, 5));
    say!(
        "  {SCALE}x corpus ({big_passages} passages, indexed in {build_s:.1} s): median {m:.3} ms, p95 {p:.3} ms per query"
    );
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    write_data(&dir, "seed", &corpus, &data, &loaded)?;
    write_data(&dir, "x100", &big, &big_data, &big_index)?;
    write(
        &dir.join("queries.json"),
        serde_json::to_vec(QUERIES).map_err(|e| e.to_string())?,
    )?;
    node_comparison(&dir)?;
    keystrokes()
}

/// Writes a corpus, its index and its passages (for MiniSearch) for the Node.js benchmark.
fn write_data(
    dir: &Path,
    name: &str,
    corpus: &Corpus,
    data: &SearchData,
    index: &SearchIndex,
) -> TaskResult {
    write(
        &dir.join(format!("{name}.corpus.bin")),
        postcard::to_allocvec(corpus).map_err(|e| e.to_string())?,
    )?;
    write(&dir.join(format!("{name}.index.bin")), index.to_bytes())?;
    write(
        &dir.join(format!("{name}.search.bin")),
        postcard::to_allocvec(data).map_err(|e| e.to_string())?,
    )?;
    let mut passages = Vec::new();
    for l in &corpus.letters {
        for b in &l.blocks {
            let heading = b
                .section
                .and_then(|s| l.block(s))
                .map_or("", |h| h.text.as_str());
            passages.push(serde_json::json!({
                "id": format!("{}/{}", l.id, b.n),
                "title": l.title.value,
                "heading": heading,
                "text": b.text,
            }));
        }
    }
    write(
        &dir.join(format!("{name}.passages.json")),
        serde_json::to_vec(&passages).map_err(|e| e.to_string())?,
    )
}

/// Writes a file, naming it on failure.
fn write(path: &Path, bytes: Vec<u8>) -> TaskResult {
    std::fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Makes sure the npm packages of the benchmark (MiniSearch, FlexSearch, playwright-core) are
/// installed.
fn npm_packages() -> TaskResult {
    let present = ["minisearch", "flexsearch", "playwright-core"]
        .iter()
        .all(|p| root().join("node_modules").join(p).is_dir());
    if !present {
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

/// Builds the engine for Node.js and times it against MiniSearch.
fn node_comparison(dir: &Path) -> TaskResult {
    setup::build_tools()?;
    npm_packages()?;
    run(Command::new("cargo").args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "summit-bench-engine",
    ]))?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), Into::into);
    let wasm = target.join("wasm32-unknown-unknown/release/summit_bench_engine.wasm");
    run(Command::new("wasm-bindgen")
        .args(["--target", "nodejs", "--out-dir"])
        .arg(dir.join("pkg"))
        .arg(&wasm))?;
    say!(
        "ours (WebAssembly in Node.js) against MiniSearch and FlexSearch, same passages and queries, one run:"
    );
    run(Command::new("node")
        .arg(root().join("bench/compare.mjs"))
        .arg(dir))
}

/// Builds the app, times keystrokes to painted results in its single file, and its start-up from
/// disk beside a static page of the same text, in headless Chromium.
fn keystrokes() -> TaskResult {
    setup::test_tools()?;
    let single = crate::bundle::trunk_build(&Default::default())?;
    run(Command::new("node")
        .arg(root().join("bench/keystroke.mjs"))
        .arg(&single))?;
    run(Command::new("node")
        .arg(root().join("bench/keystroke-trace.mjs"))
        .arg(&single))?;
    let corpus_json = single.with_file_name(crate::exports::CORPUS_JSON);
    run(Command::new("node")
        .arg(root().join("bench/startup.mjs"))
        .arg(&single)
        .arg(corpus_json))
}
