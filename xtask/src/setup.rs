//! Installs what the build and the tests need, when missing, at pinned versions.
//!
//! - the `wasm32-unknown-unknown` target (rustup);
//! - Trunk 0.21.14 (later Trunk versions need a newer compiler than the project's);
//! - wasm-bindgen-cli at exactly the version of the `wasm-bindgen` crate in Cargo.lock;
//! - wasm-opt from npm `binaryen` (pinned in package.json; distribution builds of binaryen that
//!   predate current wasm features produce broken bundles);
//! - for tests: Debian's `chromium` and `chromium-driver`, `firefox-esr` with geckodriver (by
//!   `cargo install`, pinned), and `webkit2gtk-driver` (WebKitWebDriver and MiniBrowser) with
//!   `xvfb`.

use crate::output::say;
use crate::{root, run, TaskResult};
use std::path::PathBuf;
use std::process::Command;

/// The Trunk version the project builds with.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The binaryen release pinned in package.json (as wasm-opt reports it).
pub const WASM_OPT_VERSION: &str = "version_132";

/// Cargo's binary folder (`$CARGO_HOME/bin`).
fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
        .join("bin")
}

/// PATH with the project's npm tools and cargo's binaries first.
pub fn tool_path() -> String {
    let mut parts = vec![
        root().join("node_modules/.bin").display().to_string(),
        cargo_bin().display().to_string(),
    ];
    if let Some(p) = std::env::var_os("PATH") {
        parts.push(p.to_string_lossy().into_owned());
    }
    parts.join(":")
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str, arg: &str) -> Option<String> {
    let out = Command::new(program)
        .arg(arg)
        .env("PATH", tool_path())
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    })
}

/// The version of a package in Cargo.lock.
pub fn locked_version(package: &str) -> TaskResult<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e} (run `cargo generate-lockfile`)"))?;
    let header = format!("name = \"{package}\"\nversion = \"");
    let at = lock
        .find(&header)
        .ok_or_else(|| format!("Cargo.lock has no package {package}"))?;
    let rest = &lock[at + header.len()..];
    Ok(rest[..rest.find('"').unwrap_or(0)].to_string())
}

/// True when a command exists on PATH.
fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .env("PATH", tool_path())
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Installs Debian packages (as root, after refreshing the package lists).
pub fn apt_install(packages: &[&str]) -> TaskResult {
    say!("installing Debian packages: {}", packages.join(" "));
    let sudo = if has("sudo") && !is_root() {
        vec!["sudo"]
    } else {
        vec![]
    };
    let mut update = Command::new(sudo.first().copied().unwrap_or("apt-get"));
    if !sudo.is_empty() {
        update.arg("apt-get");
    }
    run(update.args(["update", "-q"]))?;
    let mut install = Command::new(sudo.first().copied().unwrap_or("apt-get"));
    if !sudo.is_empty() {
        install.arg("apt-get");
    }
    run(install
        .args(["install", "-y", "-q", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// True when running as root.
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// The value of `key = "…"` in Trunk.toml's `[tools]` table.
fn trunk_tool_pin(trunk_toml: &str, key: &str) -> Option<String> {
    let tools = &trunk_toml[trunk_toml.find("[tools]")?..];
    let line = tools
        .lines()
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .find(|l| l.split('=').next().is_some_and(|k| k.trim() == key))?;
    let value = line.split_once('=')?.1.trim();
    Some(value.trim_matches('"').to_string())
}

/// Everything the build needs.
pub fn build_tools() -> TaskResult {
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup is needed (Rust installed by rustup): {e}"))?;
    if String::from_utf8_lossy(&targets.stdout).contains("wasm32-unknown-unknown") {
        say!("setup: ok  rust target wasm32-unknown-unknown");
    } else {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    let trunk = version_of("trunk", "--version");
    if trunk.as_deref() == Some(&format!("trunk {TRUNK_VERSION}")) {
        say!("setup: ok  trunk {TRUNK_VERSION}");
    } else {
        say!("setup: Trunk {TRUNK_VERSION} not found (have {trunk:?}): installing (takes a while)");
        run(Command::new("cargo").args([
            "install",
            "--locked",
            &format!("trunk@{TRUNK_VERSION}"),
        ]))?;
    }

    // Trunk runs offline with the wasm-bindgen named in Trunk.toml: it must be the crate's.
    let bindgen = locked_version("wasm-bindgen")?;
    let trunk_toml_path = root().join("Trunk.toml");
    let trunk_toml = std::fs::read_to_string(&trunk_toml_path)
        .map_err(|e| format!("reading {}: {e}", trunk_toml_path.display()))?;
    match trunk_tool_pin(&trunk_toml, "wasm_bindgen") {
        Some(pin) if pin == bindgen => {}
        other => {
            return Err(format!(
                "Trunk.toml [tools] wasm_bindgen is {other:?} but Cargo.lock has wasm-bindgen \
                 {bindgen}: make them equal"
            ))
        }
    }
    let have = version_of("wasm-bindgen", "--version");
    if have.as_deref() == Some(&format!("wasm-bindgen {bindgen}")) {
        say!("setup: ok  wasm-bindgen {bindgen}");
    } else {
        say!("setup: wasm-bindgen-cli {bindgen} not found (have {have:?}): installing");
        run(Command::new("cargo").args([
            "install",
            "--force",
            &format!("wasm-bindgen-cli@{bindgen}"),
        ]))?;
    }

    let wasm_opt = version_of("wasm-opt", "--version");
    if wasm_opt
        .as_deref()
        .is_some_and(|v| v.contains(WASM_OPT_VERSION))
    {
        say!("setup: ok  wasm-opt {WASM_OPT_VERSION} (npm binaryen)");
    } else {
        say!("setup: wasm-opt {WASM_OPT_VERSION} not found (have {wasm_opt:?}): npm ci");
        if !has("npm") {
            apt_install(&["nodejs", "npm"])?;
        }
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))?;
        let now = version_of("wasm-opt", "--version");
        if !now.as_deref().is_some_and(|v| v.contains(WASM_OPT_VERSION)) {
            return Err(format!(
                "after npm ci, wasm-opt reports {now:?}, not {WASM_OPT_VERSION}: check package.json"
            ));
        }
    }
    // The single file unpacks its wasm with fzstd, inlined from node_modules, and its start-up
    // code is minified by terser.
    npm_package("fzstd", "node_modules/fzstd/umd/index.js")?;
    npm_package("terser", crate::minify::TERSER)
}

/// The geckodriver release installed by `cargo install` for the Firefox tests.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// The Debian packages an engine's tests need, and the programs that show they are installed.
pub fn engine_packages(engine: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match engine {
        "chromium" => (
            &["chromium", "chromium-driver"],
            &["chromium", "chromedriver"],
        ),
        "firefox" => (&["firefox-esr"], &["firefox-esr"]),
        // WebKitWebDriver drives WebKitGTK's MiniBrowser, which needs a display: Xvfb, started
        // by `xvfb-run` (which needs `xauth`).
        "webkit" => (
            &["webkit2gtk-driver", "xvfb", "xauth"],
            &["WebKitWebDriver", "xvfb-run", "Xvfb", "xauth"],
        ),
        _ => (&[], &[]),
    }
}

/// What Chromium-only browser work (the benchmarks) needs: [`browser_tools`] for Chromium.
pub fn test_tools() -> TaskResult {
    browser_tools(&["chromium".to_string()])
}

/// Everything the browser tests need in `engines`, beyond the build: one `apt-get install` for
/// what is missing, geckodriver for Firefox, and axe-core.
pub fn browser_tools(engines: &[String]) -> TaskResult {
    let mut missing: Vec<&str> = Vec::new();
    for engine in engines {
        let (packages, programs) = engine_packages(engine);
        if programs.iter().all(|p| has(p)) {
            say!("setup: ok  {engine}: {}", programs.join(", "));
        } else {
            missing.extend(packages);
        }
    }
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
    if engines.iter().any(|e| e == "firefox") {
        let have = version_of("geckodriver", "--version");
        let want = format!("geckodriver {GECKODRIVER_VERSION}");
        if have.as_deref().is_some_and(|v| v.starts_with(&want)) {
            say!("setup: ok  {want}");
        } else {
            say!("setup: {want} not found (have {have:?}): cargo install (takes a while)");
            // Unoptimised: it only relays WebDriver commands, and an optimised build took 25
            // minutes on a loaded 2-core machine, a quarter of CI's time.
            run(Command::new("cargo").args([
                "install",
                "--locked",
                "--debug",
                &format!("geckodriver@{GECKODRIVER_VERSION}"),
            ]))?;
        }
    }
    if engines.iter().any(|e| e == "webkit") && minibrowser().is_none() {
        return Err("WebKitGTK's MiniBrowser is missing after installing webkit2gtk-driver".into());
    }
    // The browser tests inject axe-core from node_modules.
    npm_package("axe-core", "node_modules/axe-core/axe.min.js")
}

/// WebKitGTK's MiniBrowser, which Debian puts off PATH.
fn minibrowser() -> Option<PathBuf> {
    ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"]
        .iter()
        .map(|v| PathBuf::from(format!("/usr/lib/x86_64-linux-gnu/{v}/MiniBrowser")))
        .find(|p| p.is_file())
        .or_else(|| has("MiniBrowser").then(|| PathBuf::from("MiniBrowser")))
}

/// Makes sure the npm package `name` is installed, by its file `file`: a checkout whose
/// `node_modules` predates the package gets the pinned packages again.
fn npm_package(name: &str, file: &str) -> TaskResult {
    if root().join(file).is_file() {
        say!("setup: ok  {name} (npm)");
        return Ok(());
    }
    say!("setup: {name} not found in node_modules: npm ci");
    if !has("npm") {
        apt_install(&["nodejs", "npm"])?;
    }
    run(Command::new("npm")
        .current_dir(root())
        .args(["ci", "--no-audit", "--no-fund"]))?;
    if root().join(file).is_file() {
        Ok(())
    } else {
        Err(format!(
            "after npm ci, {file} is still missing: check package.json"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_tool_pins_are_read_from_the_tools_table() {
        let toml = "[build]\nwasm_bindgen = \"0.0.1\"\n[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_132\"\n\n[[hooks]]\nx = 1\n";
        assert_eq!(
            trunk_tool_pin(toml, "wasm_bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            trunk_tool_pin(toml, "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(trunk_tool_pin(toml, "x"), None);
        assert_eq!(trunk_tool_pin("[build]\n", "wasm_bindgen"), None);
    }

    #[test]
    fn the_locked_wasm_bindgen_is_the_one_trunk_uses() {
        let lock = locked_version("wasm-bindgen").unwrap();
        let toml = std::fs::read_to_string(root().join("Trunk.toml")).unwrap();
        assert_eq!(trunk_tool_pin(&toml, "wasm_bindgen"), Some(lock));
    }
}
