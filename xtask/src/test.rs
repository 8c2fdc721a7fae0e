//! The whole test suite: core and app unit tests, ingestion parity and snapshot tests, and the
//! browser tests against the built bundle.

use crate::output::say;
use crate::{bundle, root, setup, structure, TaskResult};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Counts from cargo's `test result:` lines, and which tests failed.
#[derive(Debug, Default, PartialEq)]
pub struct Tally {
    /// Tests that passed.
    pub passed: usize,
    /// Tests that failed.
    pub failed: usize,
    /// The names of the tests that failed, from the `---- name stdout ----` lines.
    pub failures: Vec<String>,
}

impl Tally {
    /// Reads one line of cargo's output: `---- name stdout ----` (a test that failed), or
    /// `test result: ok. 12 passed; 0 failed; …`, whose counts it adds.
    pub fn add_line(&mut self, line: &str) {
        let line = line.trim();
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|r| r.strip_suffix(" stdout ----"))
        {
            self.failures.push(name.to_string());
        }
        let Some(rest) = line.strip_prefix("test result: ") else {
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

/// The browser engines the suite runs in, in this order, by their `SUMMIT_BROWSER` names.
pub const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

/// The root package, whose integration tests (`tests/*.rs`) are the browser tests.
const APP_PACKAGE: &str = "summit-explorer";

/// The engine whose failed browser tests run once more, alone, before they count: WebKitGTK's
/// wasm engine now and then stops the app with `Out of bounds memory access` (or its start
/// fails with "Script error." from file://), in about one full run in five, never in Chromium
/// or Firefox nor in the same test run again, and not yet reproduced by `cargo xtask stress`
/// (see the README). The results name every test that needed the second run; a test that
/// fails twice fails the suite. This goes once the fault's cause is found and fixed.
const RETRIED_ENGINE: &str = "webkit";

/// More failures than this in one engine are not that intermittent fault: no second run.
const MOST_RETRIED: usize = 2;

/// Runs `cargo test ARGS` (with `SUMMIT_DIST` when given, `SUMMIT_BROWSER=engine`, under
/// `xvfb-run` for WebKit, which needs a display), echoing its output and counting its results
/// into `tally`; true when it succeeded.
fn cargo_test(
    args: &[String],
    dist: Option<&Path>,
    engine: Option<&str>,
    tally: &mut Tally,
) -> TaskResult<bool> {
    let mut cmd = if engine == Some("webkit") {
        let mut c = Command::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x1024x24", "cargo", "test"]);
        c
    } else {
        let mut c = Command::new("cargo");
        c.arg("test");
        c
    };
    cmd.args(args)
        .current_dir(root())
        .env("PATH", setup::tool_path())
        .stdout(Stdio::piped());
    if let Some(d) = dist {
        cmd.env("SUMMIT_DIST", d);
    }
    if let Some(e) = engine {
        cmd.env("SUMMIT_BROWSER", e);
    }
    say!("$ {cmd:?}");
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("could not start cargo test: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            say!("{line}");
            tally.add_line(&line);
        }
    }
    Ok(child
        .wait()
        .map_err(|e| format!("cargo test: {e}"))?
        .success())
}

/// The browser test files: the root package's `tests/*.rs` that use the browser support module.
pub fn browser_test_targets(tests_dir: &Path) -> TaskResult<Vec<String>> {
    let entries = std::fs::read_dir(tests_dir)
        .map_err(|e| format!("reading {}: {e}", tests_dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| {
            std::fs::read_to_string(p)
                .is_ok_and(|text| text.lines().any(|l| l.trim() == "mod support;"))
        })
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    names.sort();
    Ok(names)
}

/// The browser test file (of `targets`, in `tests_dir`) that defines the test `name`.
fn file_of_test(tests_dir: &Path, targets: &[String], name: &str) -> Option<String> {
    let definition = format!("fn {name}(");
    targets
        .iter()
        .find(|t| {
            std::fs::read_to_string(tests_dir.join(format!("{t}.rs")))
                .is_ok_and(|text| text.contains(&definition))
        })
        .cloned()
}

/// The summary line the run ends with: exactly `N passed, N failed`.
fn summary(tally: &Tally) -> String {
    format!("{} passed, {} failed", tally.passed, tally.failed)
}

/// A duration as minutes and seconds.
fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}m{:02}s", s / 60, s % 60)
}

/// What `cargo xtask test` was asked: the build options and the engines (`--browsers a,b`;
/// default all three).
#[derive(Debug, PartialEq)]
struct TestOptions {
    build: bundle::BuildOptions,
    engines: Vec<String>,
}

impl TestOptions {
    fn parse(args: &[String]) -> TaskResult<TestOptions> {
        let mut rest = Vec::new();
        let mut engines: Vec<String> = ENGINES.iter().map(|e| e.to_string()).collect();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--browsers" {
                let list = it
                    .next()
                    .ok_or("--browsers needs a value: chromium,firefox,webkit")?;
                engines = list.split(',').map(|e| e.trim().to_string()).collect();
                if let Some(bad) = engines.iter().find(|e| !ENGINES.contains(&e.as_str())) {
                    return Err(format!(
                        "unknown browser {bad:?}: use {}",
                        ENGINES.join(", ")
                    ));
                }
            } else {
                rest.push(a.clone());
            }
        }
        Ok(TestOptions {
            build: bundle::BuildOptions::parse(&rest)?,
            engines,
        })
    }
}

/// Sets up, builds, runs every test and ends with one summary line.
pub fn test(args: &[String]) -> TaskResult {
    let options = TestOptions::parse(args)?;
    let started = Instant::now();
    setup::browser_tools(&options.engines)?;
    bundle::build(&options.build)?;
    let built = started.elapsed();
    let mut tally = Tally::default();
    let result = run_suites(&options, &mut tally);
    say!("setup and build: {}", minutes(built));
    say!("{}", summary(&tally));
    match result {
        Err(e) => Err(e),
        Ok(false) => Err("tests failed".into()),
        Ok(true) if tally.failed > 0 => Err("tests failed".into()),
        Ok(true) if tally.passed == 0 => Err("no test ran".into()),
        Ok(true) => Ok(()),
    }
}

/// One part of the run, for the report at the end.
struct Part {
    name: String,
    tally: Tally,
    ok: bool,
    time: Duration,
    /// Tests that failed and passed when run once more (see [`RETRIED_ENGINE`]).
    retried: Vec<String>,
}

/// Runs every suite: core, task runner and app units once, then every browser test file once per
/// engine, one engine after another; true when all passed. Ends with a line per part.
fn run_suites(options: &TestOptions, tally: &mut Tally) -> TaskResult<bool> {
    let dist = Some(options.build.dist.as_path());
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let mut parts = Vec::new();

    // The structure of the tree: no import cycle, no oversized file. It counts as one test.
    let t = Instant::now();
    let structure_ok = match structure::check() {
        Ok(()) => true,
        Err(e) => {
            say!("{e}");
            false
        }
    };
    parts.push(Part {
        name: "structure".into(),
        tally: Tally {
            passed: usize::from(structure_ok),
            failed: usize::from(!structure_ok),
            failures: Vec::new(),
        },
        ok: structure_ok,
        time: t.elapsed(),
        retried: Vec::new(),
    });

    // Compile every test once, so that the times below are the tests'.
    let t = Instant::now();
    let compiled = cargo_test(
        &s(&["--workspace", "--no-run"]),
        dist,
        None,
        &mut Tally::default(),
    )?;
    say!("compiled the tests in {}", minutes(t.elapsed()));
    if !compiled {
        return Ok(false);
    }

    let t = Instant::now();
    let mut units = Tally::default();
    let mut ok = cargo_test(
        &s(&[
            "--workspace",
            "--exclude",
            APP_PACKAGE,
            "--no-fail-fast",
            "--color",
            "never",
        ]),
        dist,
        None,
        &mut units,
    )?;
    ok &= cargo_test(
        &s(&[
            "-p",
            APP_PACKAGE,
            "--lib",
            "--bins",
            "--no-fail-fast",
            "--color",
            "never",
        ]),
        dist,
        None,
        &mut units,
    )?;
    parts.push(Part {
        name: "units".into(),
        tally: units,
        ok,
        time: t.elapsed(),
        retried: Vec::new(),
    });

    let targets = browser_test_targets(&root().join("tests"))?;
    let mut args = s(&["-p", APP_PACKAGE, "--no-fail-fast", "--color", "never"]);
    for target in &targets {
        args.push("--test".into());
        args.push(target.clone());
    }
    for engine in &options.engines {
        say!("== browser tests in {engine}: {} ==", targets.join(", "));
        let t = Instant::now();
        let mut browser = Tally::default();
        let mut ok = cargo_test(&args, dist, Some(engine), &mut browser)?;
        let mut retried = Vec::new();
        let failures = browser.failures.clone();
        let retry = engine == RETRIED_ENGINE
            && !ok
            && !failures.is_empty()
            && failures.len() == browser.failed
            && failures.len() <= MOST_RETRIED;
        if retry {
            for name in &failures {
                let Some(file) = file_of_test(&root().join("tests"), &targets, name) else {
                    continue;
                };
                say!("== {engine}: {name} ({file}) failed; it runs once more, alone ==");
                let mut again = Tally::default();
                let args = s(&[
                    "-p",
                    APP_PACKAGE,
                    "--test",
                    &file,
                    "--color",
                    "never",
                    "--",
                    "--exact",
                    name,
                ]);
                let passed = cargo_test(&args, dist, Some(engine), &mut again)?;
                if passed && again.passed == 1 && again.failed == 0 {
                    retried.push(name.clone());
                }
            }
            if retried.len() == failures.len() {
                browser.failed -= retried.len();
                browser.passed += retried.len();
                browser.failures.clear();
                ok = true;
            }
        }
        parts.push(Part {
            name: engine.clone(),
            tally: browser,
            ok,
            time: t.elapsed(),
            retried,
        });
    }

    say!("results:");
    let mut all_ok = true;
    for p in &parts {
        // Not the `N passed, N failed` form: only the closing line has that.
        say!(
            "  {:<9} {:>4} passed {:>4} failed  {}  {}",
            p.name,
            p.tally.passed,
            p.tally.failed,
            minutes(p.time),
            if p.ok { "ok" } else { "FAILED" }
        );
        if !p.retried.is_empty() {
            say!(
                "            failed, then passed when run once more: {}",
                p.retried.join(", ")
            );
        }
        if !p.tally.failures.is_empty() {
            say!("            failed: {}", p.tally.failures.join(", "));
        }
        all_ok &= p.ok;
        tally.passed += p.tally.passed;
        tally.failed += p.tally.failed;
    }
    Ok(all_ok)
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
        assert_eq!((t.passed, t.failed), (15, 2));
        assert_eq!(summary(&t), "15 passed, 2 failed");
    }

    #[test]
    fn failed_tests_are_named_with_their_file() {
        let mut t = Tally::default();
        for line in [
            "test library_lists_every_letter_over_http ... ok",
            "test compare_in_the_single_file ... FAILED",
            "failures:",
            "",
            "---- compare_in_the_single_file stdout ----",
            "thread 'compare_in_the_single_file' panicked at tests/support/mod.rs:374:17:",
            "failures:",
            "    compare_in_the_single_file",
            "test result: FAILED. 7 passed; 1 failed; 0 ignored",
        ] {
            t.add_line(line);
        }
        assert_eq!(t.failures, ["compare_in_the_single_file"]);
        assert_eq!((t.passed, t.failed), (7, 1));
        let tests = root().join("tests");
        let targets = browser_test_targets(&tests).unwrap();
        assert_eq!(
            file_of_test(&tests, &targets, "compare_in_the_single_file").as_deref(),
            Some("compare_browser")
        );
        assert_eq!(file_of_test(&tests, &targets, "no_such_test"), None);
    }

    #[test]
    fn browser_test_files_are_those_using_the_support_module() {
        let targets = browser_test_targets(&root().join("tests")).unwrap();
        assert!(targets.contains(&"browser".to_string()), "{targets:?}");
        assert!(!targets.contains(&"support".to_string()));
    }

    #[test]
    fn browsers_default_to_all_three_and_can_be_chosen() {
        let all = TestOptions::parse(&[]).unwrap();
        assert_eq!(all.engines, ["chromium", "firefox", "webkit"]);
        let args = ["--browsers", "webkit,firefox", "--dist", "/tmp/d"].map(String::from);
        let some = TestOptions::parse(&args).unwrap();
        assert_eq!(some.engines, ["webkit", "firefox"]);
        assert!(TestOptions::parse(&["--browsers".into(), "opera".into()]).is_err());
    }
}
