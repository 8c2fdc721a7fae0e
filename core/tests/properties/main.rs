//! Property tests of the core's two readers of outside input: the query parser (and the engine
//! behind it) and ingestion of a seed text with its metadata. Random and adversarial input: no
//! panic, every refusal a message that names what is wrong, and the limits and invariants the
//! rest of the app relies on.
//!
//! The suite runs them with a fixed seed and few cases ([`SUITE_SEED`], [`SUITE_CASES`]);
//! `cargo xtask fuzz` runs them longer with a random seed (through `PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED`, which win over both). A failure found that way is fixed and kept as a
//! named unit test beside the code it is about.

#[path = "../common/mod.rs"]
mod common;
mod ingest;
mod query;

use proptest::test_runner::{Config, RngSeed};

/// The seed of the suite's runs: the same cases every time, so a failure is never a fluke.
const SUITE_SEED: u64 = 0x5eed_2025;
/// Cases per property in the suite: enough to cover every generator's branches, few enough to
/// keep the run short. Ingestion cases write files and run the whole pipeline: fewer of them.
const SUITE_CASES: u32 = 256;
/// Cases of the ingestion properties in the suite.
const SUITE_INGEST_CASES: u32 = 64;

/// The run's configuration: the suite's seed and `cases` unless the environment names others;
/// no regression files (a shrunk failure becomes a named unit test instead).
fn config(cases: u32) -> Config {
    let mut config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(SUITE_SEED);
    }
    config
}
