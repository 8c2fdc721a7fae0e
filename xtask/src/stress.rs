//! `cargo xtask stress`: the explorer's heaviest views loaded again and again in one engine,
//! each load in a fresh browser session with busy threads beside it, failures counted by kind.
//!
//! The loads themselves are in `tests/stress/main.rs` (it shares the browser tests' WebDriver
//! support); this task installs the engine, builds `dist/` when it is missing and runs them.
//! The suite does not run it: it reports counts, for telling a cause apart by experiment and
//! proving a fix before and after.

use crate::output::say;
use crate::{bundle, root, setup, TaskResult};
use std::process::Command;

/// What `cargo xtask stress` was asked.
#[derive(Debug, PartialEq)]
struct StressOptions {
    /// The engine, by its `SUMMIT_BROWSER` name.
    engine: String,
    /// The arguments passed on to the loads (`--loads N`, `--busy N`, `--scenarios a,b`,
    /// `--reloads N`, `--quiet`).
    passed_on: Vec<String>,
    /// Where the bundle is (`--dist DIR`).
    build: bundle::BuildOptions,
}

impl StressOptions {
    fn parse(args: &[String]) -> TaskResult<StressOptions> {
        let mut engine = "webkit".to_string();
        let mut passed_on = Vec::new();
        let mut build = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = || {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("{a} needs a value"))
            };
            match a.as_str() {
                "--engine" => {
                    engine = value()?;
                    if !crate::test::ENGINES.contains(&engine.as_str()) {
                        return Err(format!(
                            "unknown engine {engine:?}: use {}",
                            crate::test::ENGINES.join(", ")
                        ));
                    }
                }
                "--loads" | "--busy" | "--scenarios" | "--reloads" => {
                    passed_on.push(a.clone());
                    passed_on.push(value()?);
                }
                "--quiet" => passed_on.push(a.clone()),
                "--dist" => {
                    build.push(a.clone());
                    build.push(value()?);
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        Ok(StressOptions {
            engine,
            passed_on,
            build: bundle::BuildOptions::parse(&build)?,
        })
    }
}

/// Runs the stress loads; fails when any load failed.
pub fn stress(args: &[String]) -> TaskResult {
    let o = StressOptions::parse(args)?;
    setup::browser_tools(std::slice::from_ref(&o.engine))?;
    if !o.build.dist.join("summit-explorer.html").is_file() {
        bundle::build(&o.build)?;
    }
    let mut cmd = if o.engine == "webkit" {
        let mut c = Command::new("xvfb-run");
        c.args(["-a", "-s", "-screen 0 1280x1024x24", "cargo", "test"]);
        c
    } else {
        let mut c = Command::new("cargo");
        c.arg("test");
        c
    };
    cmd.args(["-p", "summit-explorer", "--test", "stress", "--"])
        .args(&o.passed_on)
        .current_dir(root())
        .env("PATH", setup::tool_path())
        .env("SUMMIT_DIST", &o.build.dist)
        .env("SUMMIT_BROWSER", &o.engine);
    say!("$ {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start the stress loads: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("some loads failed (see the counts above)".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn webkit_is_the_default_engine_and_counts_are_passed_on() {
        let o = StressOptions::parse(&args(&["--loads", "50", "--quiet"])).unwrap();
        assert_eq!(o.engine, "webkit");
        assert_eq!(o.passed_on, ["--loads", "50", "--quiet"]);
        let o = StressOptions::parse(&args(&["--engine", "firefox", "--busy", "0"])).unwrap();
        assert_eq!(o.engine, "firefox");
        assert_eq!(o.passed_on, ["--busy", "0"]);
    }

    #[test]
    fn unknown_engines_and_arguments_are_refused() {
        assert!(StressOptions::parse(&args(&["--engine", "opera"])).is_err());
        assert!(StressOptions::parse(&args(&["--loads"])).is_err());
        assert!(StressOptions::parse(&args(&["--fast"])).is_err());
    }
}
