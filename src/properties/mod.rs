//! Property tests of the app's readers of outside input: hash links ([`crate::route`]) and the
//! embed protocol ([`crate::embed::protocol`]). Random and adversarial input: no panic, every
//! refusal a message that names what is wrong, and round trips where there are any.
//!
//! The suite runs them with a fixed seed and few cases ([`SUITE_SEED`], [`SUITE_CASES`]);
//! `cargo xtask fuzz` runs them longer with a random seed (through `PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED`, which win over both). A failure found that way is fixed and kept as a
//! named unit test beside the code it is about.

mod protocol;
mod route;

use proptest::test_runner::{Config, RngSeed};

/// The seed of the suite's runs: the same cases every time, so a failure is never a fluke.
const SUITE_SEED: u64 = 0x5eed_2025;
/// Cases per property in the suite: enough to cover every generator's branches, few enough to
/// keep the run short.
const SUITE_CASES: u32 = 256;

/// The run's configuration: the suite's seed and case count unless the environment names
/// others; no regression files (a shrunk failure becomes a named unit test instead).
fn config() -> Config {
    let mut config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = SUITE_CASES;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(SUITE_SEED);
    }
    config
}

/// Odd text that every reader of outside input meets sooner or later: control characters, NUL,
/// combining marks, right-to-left and zero-width marks, the byte-order mark, emoji, wide
/// characters.
#[rustfmt::skip]
const ODD_PIECES: &[&str] = &[
    "\u{0}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}", "\t", "\n", "\r", " ", "\u{a0}", "\u{200b}",
    "\u{200d}", "\u{202e}", "\u{2028}", "\u{feff}", "\u{301}", "\u{345}", "e\u{301}", "😀",
    "👩‍👩‍👧", "🇳🇱", "ĳ", "ß", "İ", "ﬁ", "中文", "العربية", "עברית", "\u{10ffff}",
];
