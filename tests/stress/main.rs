//! Stress run: loads the explorer's heaviest views again and again, each load in a fresh browser
//! session, with busy threads beside it, and counts the failures by kind.
//!
//! Not a test (it is not run by the suite): `cargo xtask stress` runs it, with
//! `SUMMIT_BROWSER` and `SUMMIT_DIST` set as for the browser tests. A fault that shows "now and
//! then" shows here as a count, so that a cause can be told apart by experiment and a fix proved
//! by counts before and after.
//!
//! Arguments: `--loads N` (default 100), `--busy N` threads that spin beside the browser
//! (default 2), `--scenarios a,b` (default all, see [`SCENARIOS`]), `--quiet` (no line per load),
//! `--reloads N`: N page loads per browser session (default 1: every load in a fresh session;
//! more gives more loads an hour, for telling suspects apart).

#![cfg(not(target_arch = "wasm32"))]

// The tests of the shared static server are compiled here too (cfg(test)), and not run.
#[allow(unused_imports)]
#[path = "../support/mod.rs"]
mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;
use support::{http_base, http_origin, root, single_file_url, Browser};

/// How a load is opened and when it counts as done.
struct Scenario {
    /// Its name on the command line and in the report.
    name: &'static str,
    /// Where the load goes: over http (`dist/` at a sub-path) or from disk.
    over_http: bool,
    /// The page: `app` (the explorer's own page, with a hash) or `example` (the host page
    /// with two iframes and two elements).
    page: Page,
}

/// The page a scenario opens.
enum Page {
    /// The explorer at this hash.
    App(&'static str),
    /// `examples/embed.html`.
    Example,
    /// The explorer, then one view after another in the same page, as a person reads (the
    /// wasm keeps running, so later work runs in code the engine has compiled again meanwhile).
    Journey,
}

/// The views that do the most work: the first search builds the index; the timeline lays out
/// every event; compare scores every passage by theme; the example page starts two elements
/// and two frames at once.
const SCENARIOS: [Scenario; 10] = [
    Scenario {
        name: "file-search",
        over_http: false,
        page: Page::App("#/zoeken?q=drones"),
    },
    Scenario {
        name: "http-search",
        over_http: true,
        page: Page::App("#/zoeken?q=drones"),
    },
    Scenario {
        name: "file-timeline",
        over_http: false,
        page: Page::App("#/tijdlijn"),
    },
    Scenario {
        name: "http-timeline",
        over_http: true,
        page: Page::App("#/tijdlijn"),
    },
    Scenario {
        name: "file-compare",
        over_http: false,
        page: Page::App("#/vergelijken"),
    },
    Scenario {
        name: "http-compare",
        over_http: true,
        page: Page::App("#/vergelijken"),
    },
    Scenario {
        name: "file-example",
        over_http: false,
        page: Page::Example,
    },
    Scenario {
        name: "http-example",
        over_http: true,
        page: Page::Example,
    },
    Scenario {
        name: "file-journey",
        over_http: false,
        page: Page::Journey,
    },
    Scenario {
        name: "http-journey",
        over_http: true,
        page: Page::Journey,
    },
];

/// The steps of a journey after its first search: hash, then what shows when it is done.
const JOURNEY: [(&str, &str); 13] = [
    ("#/zoeken?q=NAVO", RESULTS),
    ("#/zoeken?q=luchtverdediging", RESULTS),
    ("#/zoeken?q=3,5%25", RESULTS),
    ("#/zoeken?q=Oekraine", RESULTS),
    ("#/zoeken?q=defensie-uitgaven", RESULTS),
    ("#/zoeken?q=%22Den%20Haag%22", RESULTS),
    ("#/zoeken?q=Stinger", RESULTS),
    (
        "#/vergelijken?a=den-haag-2025-verslag~35",
        "document.querySelectorAll('[data-testid=similar-passage]').length > 0",
    ),
    (
        "#/vergelijken?a=washington-2024-verslag~11",
        "document.querySelectorAll('[data-testid=similar-passage]').length > 0",
    ),
    (
        "#/tijdlijn?q=drones",
        "document.querySelectorAll('[data-testid=timeline-mark]').length > 0",
    ),
    (
        "#/tijdlijn",
        "document.querySelectorAll('[data-testid=timeline-mark]').length > 3",
    ),
    ("#/zoeken?q=procent", RESULTS),
    (
        "#/vergelijken",
        "document.querySelector('[data-testid=compare-matrix]')",
    ),
];

/// Search results are shown.
const RESULTS: &str = "document.querySelectorAll('[data-testid=result]').length > 0";

/// What the page shows when a load is done, per view (JS expressions).
fn done_when(hash: &str) -> &'static str {
    if hash.starts_with("#/zoeken") {
        "document.querySelectorAll('[data-testid=result]').length > 0"
    } else if hash.starts_with("#/tijdlijn") {
        "document.querySelectorAll('[data-testid=timeline-mark]').length > 3"
    } else {
        "document.querySelector('[data-testid=compare-matrix]')"
    }
}

/// The example page is done when both elements show their view and both frames have started.
const EXAMPLE_DONE: &str = "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2 \
    && document.getElementById('element-reader').shadowRoot.querySelector('#p-11') \
    && document.getElementById('element-library').shadowRoot.querySelector('[data-testid=letter-item]') \
    && ['frame-timeline', 'frame-search'].every(id => parseInt(document.getElementById(id).style.height) > 200)";

/// After the first search, a second and a third (the index is built; the queries run).
const MORE_QUERIES: [&str; 2] = ["#/zoeken?q=NAVO", "#/zoeken?q=3,5%25"];

/// The options of one run.
struct Options {
    loads: usize,
    busy: usize,
    scenarios: Vec<&'static Scenario>,
    quiet: bool,
    reloads: usize,
}

/// Reads the arguments (after `--`).
fn options() -> Result<Options, String> {
    let mut o = Options {
        loads: 100,
        busy: 2,
        scenarios: SCENARIOS.iter().collect(),
        quiet: false,
        reloads: 1,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg
            .into_string()
            .map_err(|a| format!("argument {a:?} is not UTF-8"))?;
        let mut value = |name: &str| {
            args.next()
                .and_then(|v| v.into_string().ok())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--loads" => {
                o.loads = value("--loads")?
                    .parse()
                    .map_err(|e| format!("--loads: {e}"))?
            }
            "--busy" => {
                o.busy = value("--busy")?
                    .parse()
                    .map_err(|e| format!("--busy: {e}"))?
            }
            "--scenarios" => {
                let list = value("--scenarios")?;
                o.scenarios = list
                    .split(',')
                    .map(|name| {
                        SCENARIOS
                            .iter()
                            .find(|s| s.name == name.trim())
                            .ok_or_else(|| {
                                let all: Vec<&str> = SCENARIOS.iter().map(|s| s.name).collect();
                                format!("unknown scenario {name:?}: use {}", all.join(", "))
                            })
                    })
                    .collect::<Result<_, _>>()?;
            }
            "--reloads" => {
                o.reloads = value("--reloads")?
                    .parse::<usize>()
                    .map_err(|e| format!("--reloads: {e}"))?
                    .max(1)
            }
            "--quiet" => o.quiet = true,
            // cargo test passes these to every test binary.
            "--nocapture" | "--color" | "never" | "--test-threads=1" => {}
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(o)
}

/// The outcome of one load in `browser` (a fresh session when `None`): `None` when it worked,
/// else the kind of failure and its details.
fn load(scenario: &Scenario, browser: Option<&Browser>) -> Option<(String, String)> {
    let outcome = catch_unwind(AssertUnwindSafe(|| -> Result<(), String> {
        let fresh;
        let b = match browser {
            Some(b) => {
                // A new document each time, not a move within the last one.
                b.goto("about:blank");
                b
            }
            None => {
                fresh = Browser::start();
                &fresh
            }
        };
        match scenario.page {
            Page::App(hash) => {
                let base = if scenario.over_http {
                    http_base()
                } else {
                    single_file_url()
                };
                b.goto(&format!("{base}{hash}"));
                b.wait_ready();
                b.wait_for(scenario.name, done_when(hash));
                if hash.starts_with("#/zoeken") {
                    for q in MORE_QUERIES {
                        b.js(&format!("location.hash = {};", serde_json::json!(q)));
                        b.wait_for(q, done_when(q));
                    }
                }
                let errors = b.js("return window.__summitErrors;");
                if errors != Value::Array(Vec::new()) {
                    return Err(format!("page errors: {errors}"));
                }
            }
            Page::Journey => {
                let base = if scenario.over_http {
                    http_base()
                } else {
                    single_file_url()
                };
                b.goto(&format!("{base}#/zoeken?q=drones"));
                b.wait_ready();
                b.wait_for(scenario.name, RESULTS);
                for (hash, done) in JOURNEY {
                    b.js(&format!("location.hash = {};", serde_json::json!(hash)));
                    // The view may write its link back in another form: the step counts as done
                    // once the view shows its outcome.
                    std::thread::sleep(std::time::Duration::from_millis(150));
                    b.wait_for(hash, done);
                }
                let errors = b.js("return window.__summitErrors;");
                if errors != Value::Array(Vec::new()) {
                    return Err(format!("page errors: {errors}"));
                }
            }
            Page::Example => {
                let url = if scenario.over_http {
                    format!("{}/examples/embed.html", http_origin())
                } else {
                    format!("file://{}", root().join("examples/embed.html").display())
                };
                b.goto(&url);
                b.wait_for(scenario.name, EXAMPLE_DONE);
                let failed = b.js(
                    "return [...document.querySelectorAll('nato-summit-explorer')].filter(e => e.dataset.state !== 'ready').length;",
                );
                if failed != 0 {
                    return Err(format!("{failed} elements failed"));
                }
            }
        }
        Ok(())
    }));
    let details = match outcome {
        Ok(Ok(())) => return None,
        Ok(Err(e)) => e,
        Err(panic) => panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".into()),
    };
    Some((kind_of(&details), details))
}

/// The kind of a failure, from what the page or the driver said.
fn kind_of(details: &str) -> String {
    let kinds = [
        (
            "Out of bounds memory access",
            "wasm trap: out of bounds memory access",
        ),
        ("Unreachable code", "wasm trap: unreachable"),
        ("unreachable", "wasm trap: unreachable"),
        ("Script error", "Script error."),
        ("elements failed", "embedded element did not start"),
        ("did not start a", "browser session did not start"),
        ("did not listen", "browser session did not start"),
        ("timed out", "timed out, no error recorded"),
    ];
    kinds
        .iter()
        .find(|(needle, _)| details.contains(needle))
        .map_or("other", |(_, kind)| kind)
        .to_string()
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("stress: {e}");
            return ExitCode::from(2);
        }
    };
    // A failed load is counted and reported below, not printed by the panic hook as well.
    std::panic::set_hook(Box::new(|_| {}));
    // Busy threads beside the browser: the load under which the fault was seen.
    let stop = Arc::new(AtomicBool::new(false));
    let spinners: Vec<_> = (0..o.busy)
        .map(|_| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut x = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    for i in 0..100_000u64 {
                        x = std::hint::black_box(
                            x.wrapping_mul(6364136223846793005).wrapping_add(i),
                        );
                    }
                }
                x
            })
        })
        .collect();
    let engine = std::env::var("SUMMIT_BROWSER").unwrap_or_else(|_| "chromium".into());
    println!(
        "stress: {} loads in {engine} ({} a session), {} busy threads, scenarios {}",
        o.loads,
        o.reloads,
        o.busy,
        o.scenarios
            .iter()
            .map(|s| s.name)
            .collect::<Vec<_>>()
            .join(",")
    );
    let started = Instant::now();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_scenario: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = 0;
    let mut session: Option<Browser> = None;
    for i in 0..o.loads {
        let scenario = o.scenarios[(i / o.reloads) % o.scenarios.len()];
        if i % o.reloads == 0 {
            session = None;
            if o.reloads > 1 {
                session = catch_unwind(Browser::start).ok();
            }
        }
        let t = Instant::now();
        let result = load(scenario, session.as_ref());
        let entry = by_scenario.entry(scenario.name).or_default();
        entry.0 += 1;
        match result {
            None => {
                if o.quiet && (i + 1) % 50 == 0 {
                    println!("load {:>5}: {failures} failed so far", i + 1);
                } else if !o.quiet {
                    println!(
                        "load {:>5} {:<14} ok   {:>6} ms",
                        i + 1,
                        scenario.name,
                        t.elapsed().as_millis()
                    );
                }
            }
            Some((kind, details)) => {
                failures += 1;
                entry.1 += 1;
                *by_kind.entry(kind.clone()).or_default() += 1;
                let short: String = details.chars().take(2000).collect();
                println!(
                    "load {:>5} {:<14} FAIL {kind}: {short}",
                    i + 1,
                    scenario.name
                );
            }
        }
    }
    drop(session);
    stop.store(true, Ordering::Relaxed);
    for s in spinners {
        let _ = s.join();
    }
    println!(
        "stress results ({engine}, {} busy threads, {} s):",
        o.busy,
        started.elapsed().as_secs()
    );
    for (name, (n, failed)) in &by_scenario {
        println!("  {name:<14} {n:>5} loads {failed:>4} failed");
    }
    for (kind, n) in &by_kind {
        println!("  failure kind: {kind}: {n}");
    }
    println!("stress: {} loads, {failures} failed", o.loads);
    if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
