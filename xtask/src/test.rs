//! The whole test suite: core and app unit tests, ingestion parity and snapshot tests, and the
//! browser tests against the built bundle.

use crate::{bundle, root, setup, TaskResult};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

/// Counts from cargo's `test result:` lines.
#[derive(Debug, Default, PartialEq)]
pub struct Tally {
    /// Tests that passed.
    pub passed: usize,
    /// Tests that failed.
    pub failed: usize,
}

impl Tally {
    /// Adds the counts of one `test result: ok. 12 passed; 0 failed; …` line.
    pub fn add_line(&mut self, line: &str) {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            return;
        };
        for part in rest.split(';') {
            let words: Vec<&str> = part.split_whitespace().collect();
            if let [.., n, what] = words.as_slice() {
                let n: usize = n.parse().unwrap_or(0);
                match *what {
                    "passed" => self.passed += n,
                    "failed" => self.failed += n,
                    _ => {}
                }
            }
        }
    }
}

/// Runs `cargo test ARGS` (with `SUMMIT_DIST` when given), echoing its output and counting its
/// results into `tally`; true when it succeeded.
fn cargo_test(args: &[&str], dist: Option<&Path>, tally: &mut Tally) -> TaskResult<bool> {
    println!("$ cargo test {}", args.join(" "));
    let mut cmd = Command::new("cargo");
    cmd.arg("test")
        .args(args)
        .current_dir(root())
        .env("PATH", setup::tool_path())
        .stdout(Stdio::piped());
    if let Some(d) = dist {
        cmd.env("SUMMIT_DIST", d);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("could not start cargo test: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            tally.add_line(&line);
        }
    }
    Ok(child
        .wait()
        .map_err(|e| format!("cargo test: {e}"))?
        .success())
}

/// The summary line the run ends with: exactly `N passed, N failed`.
fn summary(tally: &Tally) -> String {
    format!("{} passed, {} failed", tally.passed, tally.failed)
}

/// Sets up, builds, runs every test and ends with one summary line.
pub fn test(args: &[String]) -> TaskResult {
    let options = bundle::BuildOptions::parse(args)?;
    setup::test_tools()?;
    bundle::build(&options)?;
    let mut tally = Tally::default();
    let result = run_suites(&options, &mut tally);
    println!("{}", summary(&tally));
    match result {
        Err(e) => Err(e),
        Ok(false) => Err("tests failed".into()),
        Ok(true) if tally.failed > 0 => Err("tests failed".into()),
        Ok(true) if tally.passed == 0 => Err("no test ran".into()),
        Ok(true) => Ok(()),
    }
}

/// Runs every suite: core, task runner, app units and browser tests against the bundle; true
/// when all passed.
fn run_suites(options: &bundle::BuildOptions, tally: &mut Tally) -> TaskResult<bool> {
    cargo_test(
        &["--workspace", "--no-fail-fast", "--color", "never"],
        Some(&options.dist),
        tally,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_result_lines_are_counted() {
        let mut t = Tally::default();
        t.add_line("test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.1s");
        t.add_line("test result: FAILED. 3 passed; 2 failed; 0 ignored");
        t.add_line("running 5 tests");
        assert_eq!(
            t,
            Tally {
                passed: 15,
                failed: 2
            }
        );
        assert_eq!(summary(&t), "15 passed, 2 failed");
    }
}
