//! Task runner of the NATO Summit Explorer: `cargo xtask <task>`.
//!
//! The two commands of the README are `cargo xtask serve` (set up, build, serve) and
//! `cargo xtask test` (set up, build, run the whole suite). Every tool the project needs is
//! installed here when missing, at the version the project pins.

mod bench;
mod bundle;
mod embed_files;
mod exports;
mod fuzz;
mod hosted_csp;
mod minify;
mod output;
mod page;
mod prerender;
mod search;
mod serve;
mod setup;
mod single_file;
mod sizes;
mod static_server;
mod stress;
mod structure;
mod test;
mod wasm_anatomy;

use output::say;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Tasks and what they do, for `cargo xtask help`.
const HELP: &str = "\
usage: cargo xtask <task>

  setup            install what building needs (wasm32 target, Trunk, wasm-bindgen-cli, wasm-opt)
  build [--dist DIR]
                   set up, build dist/ (release) and the single file dist/summit-explorer.html,
                   print sizes; fails when the single file is over its budget (gzipped)
  serve [--port N] [--dist DIR]
                   build, then serve dist/ on http://127.0.0.1:N (default 8080)
  test [--dist DIR] [--browsers chromium,firefox,webkit]
                   set up (also the browsers, their drivers and Xvfb), build, run every test:
                   core, app, then the browser tests once per engine (default all three, one
                   after another); a line per engine, then `N passed, N failed`
  single-file [DIR]  (re)make DIR/summit-explorer.html from a Trunk build (default dist/)
  sizes [DIR]      print the sizes of the bundle and check the budget
  sizes --why      what the release wasm is made of: code by crate and function, data
  export-corpus [DIR] [--profile P]
                   write corpus.json, extracts.json and bundle.hash to DIR from the bundle the
                   app's last build (profile P, default release) embedded; Trunk's post-build
                   hook runs it
  search QUERY [--json] [--typing] [--date] [--limit N]
                   search the corpus with the app's engine; ranked passages with score and snippet
  stress [--engine E] [--loads N] [--busy N] [--scenarios a,b] [--quiet] [--dist DIR]
                   load the heaviest views again and again in engine E (default webkit), each
                   in a fresh browser session with N busy threads beside it (default 2); counts
                   failures by kind; scenarios: file-/http- search, timeline, compare, example
  structure        the structure check (also the first step of `test`): no import cycle between
                   modules, no source file over 700 lines, no undeclared file over 1 MB
  bench            search speed (median, p95) on the seeds and a 100x corpus, index size
  fuzz [--cases N] [--seed S]
                   the property tests of the parsers (routes, queries, embed messages, ingestion)
                   with N cases each (default 2000) and a random seed, printed first (or S)
";

/// The workspace root (the parent of this crate's folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// The folder Trunk writes the bundle to.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// A task's error: what failed, with context.
pub type TaskResult<T = ()> = Result<T, String>;

/// Runs a command in the workspace root with the project's tool folders on PATH.
pub fn run(cmd: &mut Command) -> TaskResult {
    let shown = format!("{cmd:?}");
    say!("$ {shown}");
    let status = cmd
        .current_dir(root())
        .env("PATH", setup::tool_path())
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The arguments as text; one that is not UTF-8 (a query or file name in another encoding) is
/// refused with a message (`std::env::args` would panic on it).
fn utf8_args(args: impl Iterator<Item = std::ffi::OsString>) -> TaskResult<Vec<String>> {
    args.map(|a| {
        a.into_string().map_err(|bad| {
            format!(
                "an argument is not valid UTF-8: {:?}; give it in UTF-8",
                bad.to_string_lossy()
            )
        })
    })
    .collect()
}

fn main() -> ExitCode {
    let args = match utf8_args(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(e) => return output::exit_code(Err(e)),
    };
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::build_tools(),
        Some("build") => bundle::BuildOptions::parse(rest).and_then(|o| bundle::build(&o)),
        Some("serve") => serve::serve(rest),
        Some("test") => test::test(rest),
        Some("single-file") => {
            single_file::make(&rest.first().map_or_else(dist, PathBuf::from)).map(|_| ())
        }
        Some("sizes") if rest.first().map(String::as_str) == Some("--why") => {
            wasm_anatomy::report()
        }
        Some("sizes") => sizes::report(&rest.first().map_or_else(dist, PathBuf::from)),
        Some("export-corpus" | "export") => exports::export_task(rest),
        Some("search") => search::search(rest),
        Some("stress") => stress::stress(rest),
        Some("structure") => structure::check(),
        Some("bench") => bench::bench(),
        Some("fuzz") => fuzz::fuzz(rest),
        Some("help" | "--help" | "-h") | None => {
            say!("{}", HELP.trim_end());
            Ok(())
        }
        Some(other) => Err(format!("unknown task {other:?}\n\n{HELP}")),
    };
    output::exit_code(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn an_argument_that_is_not_utf8_is_refused_with_a_message() {
        use std::os::unix::ffi::OsStringExt;
        let bad = std::ffi::OsString::from_vec(vec![b'N', 0xff]);
        let err = utf8_args([std::ffi::OsString::from("search"), bad].into_iter()).unwrap_err();
        assert!(err.contains("not valid UTF-8: \"N\u{fffd}\""), "{err}");
        assert_eq!(
            utf8_args([std::ffi::OsString::from("NAVO")].into_iter()),
            Ok(vec!["NAVO".to_string()])
        );
    }
}
