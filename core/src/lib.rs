//! Pure core of the NATO Summit Explorer: the corpus model and the pipeline stages that need no web
//! platform.
//!
//! ```text
//! seeds/ ──load──▶ Seeds ──ingest──▶ Corpus ──index──▶ SearchIndex ──serialize──▶ wasm bundle
//!                                        └─extract─▶ Extracts ──────────────────▶ extracts.json
//! ```
//!
//! [`pipeline::build`] runs all stages once; everything that needs the data (the build step, the
//! task runner, the tests) goes through it.
//!
//! The build step (`build.rs` of the app) and the task runner use this crate with the `ingest`
//! feature (the `seeds`, `ingest` and `pipeline` stages, which read files); the app itself uses it without, so the build and the app share one model and can never
//! disagree on it.

pub mod diff;
pub mod extract;
pub mod model;
pub mod nl;
pub mod order;
pub mod search;
pub mod text_position;

#[cfg(feature = "ingest")]
pub mod ingest;
#[cfg(feature = "ingest")]
pub mod pipeline;
#[cfg(feature = "ingest")]
pub mod seeds;
#[cfg(all(test, feature = "ingest"))]
mod test_corpus;

pub use model::*;
