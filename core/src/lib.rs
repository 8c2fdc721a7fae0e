//! Pure core of the NATO Summit Explorer: the corpus model and the pipeline stages that need no web
//! platform.
//!
//! ```text
//! seeds/ ──load──▶ Seeds ──ingest──▶ Corpus ──index──▶ SearchIndex ──serialize──▶ wasm bundle
//!                                        └─extract─▶ Extracts ──────────────────▶ extracts.json
//! ```
//!
//! The modules, in the order of the pipeline:
//! - [`model`]: the corpus (letters, blocks, sentences, spans), what every stage shares;
//! - [`nl`]: the language rules every stage reads text with (months, dates, numbers, quantities,
//!   sentences, the tokenizer, the stemmer, one text scanner);
//! - `seeds`: the seeds folder read into one typed value, every TOML file through one reader;
//! - `ingest`: the seed texts become the corpus;
//! - [`search`]: the search index built from the corpus, and the query engine;
//! - [`extract`]: dates, events, key figures, glossary and themes found in the corpus;
//! - `pipeline`: all stages once, and the bundle of files the app embeds;
//! - [`diff`], [`order`], [`text_position`]: the compare view's diff, sorting, line and column.
//!
//! `pipeline::build` runs all stages once; everything that needs the data (the build step, the
//! task runner, the tests) goes through it.
//!
//! The build step (`build.rs` of the app) and the task runner use this crate with the `ingest`
//! feature (the `seeds`, `ingest` and `pipeline` stages, which read files); the app itself uses it
//! without, so the build and the app share one model and can never disagree on it.

pub mod diff;
pub mod extract;
#[cfg(feature = "ingest")]
pub mod ingest;
pub mod model;
pub mod nl;
pub mod order;
#[cfg(feature = "ingest")]
pub mod pipeline;
pub mod search;
#[cfg(feature = "ingest")]
pub mod seeds;
pub mod text_position;

#[cfg(all(test, feature = "ingest"))]
mod test_corpus;

pub use model::*;
