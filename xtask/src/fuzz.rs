//! `cargo xtask fuzz [--cases N] [--seed S]`: the property tests of the parsers that meet
//! outside input (hash links, queries, embed messages, ingestion of seed texts) run far longer
//! than in the suite, from a random seed printed first, so any failure can be run again.
//!
//! The suite runs the same tests with a fixed seed and few cases; here `PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED` override both (the tests read them, see `core/tests/properties/main.rs`
//! and `src/properties/mod.rs`).

use crate::output::say;
use crate::{run, TaskResult};
use std::hash::{BuildHasher, RandomState};
use std::process::Command;

/// Cases per property when `--cases` is not given: a few minutes on two cores, most of it
/// ingestion (each case writes a seeds folder and runs the whole pipeline).
const DEFAULT_CASES: u32 = 2000;

/// The test targets that hold the property tests, as `cargo test` arguments.
const TARGETS: [&[&str]; 2] = [
    &["-p", "summit-core", "--test", "properties"],
    &["-p", "summit-explorer", "--lib", "properties::"],
];

/// What to run.
#[derive(Debug, PartialEq, Eq)]
pub struct FuzzOptions {
    /// Cases per property.
    pub cases: u32,
    /// The seed of the random generator; `None` for a fresh one.
    pub seed: Option<u64>,
}

impl FuzzOptions {
    /// Reads `--cases N` and `--seed S`.
    pub fn parse(args: &[String]) -> TaskResult<FuzzOptions> {
        let mut options = FuzzOptions {
            cases: DEFAULT_CASES,
            seed: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .ok_or_else(|| format!("{name} needs a number after it"))
            };
            match arg.as_str() {
                "--cases" => {
                    let v = value("--cases")?;
                    options.cases = v
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("--cases {v:?}: give a whole number above 0"))?;
                }
                "--seed" => {
                    let v = value("--seed")?;
                    options.seed = Some(
                        v.parse()
                            .map_err(|_| format!("--seed {v:?}: give a whole number"))?,
                    );
                }
                other => {
                    return Err(format!(
                        "fuzz: unknown argument {other:?} (usage: fuzz [--cases N] [--seed S])"
                    ))
                }
            }
        }
        Ok(options)
    }
}

/// A seed nobody chose: the standard library's per-process random hashing keys.
fn fresh_seed() -> u64 {
    RandomState::new().hash_one(std::time::SystemTime::now())
}

/// Runs the task.
pub fn fuzz(args: &[String]) -> TaskResult {
    let options = FuzzOptions::parse(args)?;
    let seed = options.seed.unwrap_or_else(fresh_seed);
    let again = format!("cargo xtask fuzz --seed {seed} --cases {}", options.cases);
    say!(
        "fuzz: seed {seed}, {} cases per property (run again: {again})",
        options.cases
    );
    for target in TARGETS {
        run(Command::new("cargo")
            .arg("test")
            .args(target)
            .env("PROPTEST_CASES", options.cases.to_string())
            .env("PROPTEST_RNG_SEED", seed.to_string()))
        .map_err(|e| format!("{e}\nrun it again with: {again}"))?;
    }
    say!(
        "fuzz: no failure in {} cases per property (seed {seed})",
        options.cases
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> TaskResult<FuzzOptions> {
        FuzzOptions::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn cases_and_seed_are_read_and_default() {
        assert_eq!(
            parse(&[]),
            Ok(FuzzOptions {
                cases: DEFAULT_CASES,
                seed: None
            })
        );
        assert_eq!(
            parse(&["--seed", "42", "--cases", "10"]),
            Ok(FuzzOptions {
                cases: 10,
                seed: Some(42)
            })
        );
    }

    #[test]
    fn bad_options_are_refused_by_name() {
        for (args, named) in [
            (&["--cases"][..], "--cases needs a number"),
            (&["--cases", "0"][..], "--cases \"0\""),
            (&["--cases", "many"][..], "--cases \"many\""),
            (&["--seed", "-1"][..], "--seed \"-1\""),
            (&["--fast"][..], "unknown argument \"--fast\""),
        ] {
            let err = parse(args).unwrap_err();
            assert!(err.contains(named), "{args:?}: {err}");
        }
    }

    #[test]
    fn fresh_seeds_differ() {
        assert_ne!(fresh_seed(), fresh_seed());
    }
}
