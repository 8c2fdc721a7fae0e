//! The files that embed the explorer in other pages, beside the single file in `dist/`:
//!
//! - `summit-explorer-embed.js`: the custom element `<nato-summit-explorer>` (from
//!   `src/embed/element.js`), one classic script with the explorer inside as in the single file
//!   (the wasm-bindgen glue without its exports, the wasm packed with Zstandard and base64, the
//!   `fzstd` decoder) and the stylesheet made for a shadow root. A classic script, because
//!   browsers refuse module scripts from `file://`: so it embeds from disk as well as over http.
//!   It defines no global: the decoder is kept inside the script, and the glue is evaluated
//!   once per element (an instance of the explorer each), without the app's entry point.
//! - `summit-explorer-host.js`: the few lines a host page loads to size iframe embeds to their
//!   content (from `src/embed/host.js`);
//! - a zip of `dist/` beside it, ready to upload ([`zip_dist`]).

use crate::single_file::{decoder, pack, strip_exports};
use crate::{root, TaskResult};
use base64::Engine;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The custom element's script, in `dist/`.
pub const EMBED_SCRIPT: &str = "summit-explorer-embed.js";
/// The host page's script for iframes, in `dist/`.
pub const HOST_SCRIPT: &str = "summit-explorer-host.js";

/// The one file in `dist` whose name ends with `suffix` (Trunk's hashed names).
fn one_file(dist: &Path, suffix: &str) -> TaskResult<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| format!("reading {}: {e}", dist.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(suffix) && !n.starts_with("summit-explorer-embed"))
        })
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!(
            "{} has {n} files ending in {suffix}, not one: is this one Trunk build?",
            dist.display()
        )),
    }
}

/// The stylesheet made for a shadow root: its `:root` is the element (`:host`), which inherits
/// nothing from the host page (`all: initial`) but its own settings.
pub fn shadow_css(css: &str) -> String {
    format!(
        ":host {{ all: initial; display: block; }}\n[hidden] {{ display: none !important; }}\n{}",
        css.replace(":root", ":host")
    )
}

/// The glue's call of the app's entry point (`main`: the panic hook, then the full app mounted
/// on the page's body), which an element's instance must not make: it mounts its element only.
const START_CALL: &str = "wasm.__wbindgen_start();";

/// The custom element's script from its template and the parts of a Trunk build.
fn element_script(
    template: &str,
    css: &str,
    decoder: &str,
    glue: &str,
    wasm_b64: &str,
) -> TaskResult<String> {
    for mark in ["\"/*CSS*/\"", "/*DECODER*/", "/*GLUE*/", "/*WASM*/"] {
        if !template.contains(mark) {
            return Err(format!("src/embed/element.js lacks the mark {mark}"));
        }
    }
    // The glue's default path names its own module's URL, which a classic script has not; the
    // element starts the wasm with initSync, so that path is never taken.
    let glue = glue.replace("import.meta.url", "location.href");
    if glue.matches(START_CALL).count() != 1 {
        return Err(format!(
            "the wasm-bindgen glue does not call {START_CALL} once: unexpected wasm-bindgen output"
        ));
    }
    let glue = glue.replace(START_CALL, "");
    let css = serde_json::to_string(&shadow_css(css)).map_err(|e| e.to_string())?;
    Ok(template
        .replace("\"/*CSS*/\"", &css)
        .replace("/*DECODER*/", decoder)
        .replace("/*GLUE*/", &glue)
        .replace("/*WASM*/", wasm_b64))
}

/// Writes the element's and the host's scripts into `dist`.
pub fn make(dist: &Path) -> TaskResult<PathBuf> {
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("reading {}: {e}", p.display()));
    let wasm_path = one_file(dist, "_bg.wasm")?;
    let glue_path = wasm_path.with_file_name(
        wasm_path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .replace("_bg.wasm", ".js"),
    );
    let glue = strip_exports(&read(&glue_path)?)?;
    let wasm =
        std::fs::read(&wasm_path).map_err(|e| format!("reading {}: {e}", wasm_path.display()))?;
    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(pack(&wasm)?);
    let css = read(&one_file(dist, ".css")?)?;
    let template = read(&root().join("src/embed/element.js"))?;
    let script = element_script(&template, &css, &decoder(&root())?, &glue, &wasm_b64)?;
    let out = dist.join(EMBED_SCRIPT);
    std::fs::write(&out, script).map_err(|e| format!("writing {}: {e}", out.display()))?;
    let host = read(&root().join("src/embed/host.js"))?;
    std::fs::write(dist.join(HOST_SCRIPT), host)
        .map_err(|e| format!("writing {HOST_SCRIPT}: {e}"))?;
    Ok(out)
}

/// Writes `<dist>.zip` (for `dist/`: `dist.zip` beside it): every file of `dist`, under a folder
/// `summit-explorer/`, deflated, with one fixed date so that the same build makes the same zip.
pub fn zip_dist(dist: &Path) -> TaskResult<PathBuf> {
    let out = dist.with_extension("zip");
    let file =
        std::fs::File::create(&out).map_err(|e| format!("creating {}: {e}", out.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(zip::DateTime::default());
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    files.sort();
    for path in files {
        let rel = path.strip_prefix(dist).map_err(|e| e.to_string())?;
        let name = format!(
            "summit-explorer/{}",
            rel.to_string_lossy().replace('\\', "/")
        );
        let bytes = std::fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    zip.finish()
        .map_err(|e| format!("writing {}: {e}", out.display()))?;
    Ok(out)
}

/// Every file under `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> TaskResult {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shadow_stylesheet_styles_the_host_element_and_inherits_nothing() {
        let css = shadow_css(
            ":root { --a: 1; }\n@media (prefers-color-scheme: dark) { :root { --a: 2; } }",
        );
        assert!(css.starts_with(":host { all: initial;"));
        assert!(!css.contains(":root"));
        assert_eq!(css.matches(":host {").count(), 3);
    }

    #[test]
    fn the_element_script_is_assembled_from_its_template() {
        let template = "var css = \"/*CSS*/\";\n/*DECODER*/\n/*GLUE*/\nvar w = atob(\"/*WASM*/\");";
        let s = element_script(
            template,
            "p { content: \"x\" }",
            "D()",
            "G(import.meta.url); wasm.__wbindgen_start();",
            "QUJD",
        )
        .unwrap();
        assert!(s.contains(r#"var css = ":host {"#), "{s}");
        assert!(s.contains(r#"p { content: \"x\" }"#));
        assert!(s.contains("G(location.href)"));
        assert!(
            !s.contains("__wbindgen_start"),
            "the entry point is not called: {s}"
        );
        assert!(s.contains("atob(\"QUJD\")"));
        assert!(element_script("no marks", "", "", "", "").is_err());
        assert!(element_script(template, "", "", "G()", "").is_err());
    }

    #[test]
    fn the_zip_holds_every_file_under_one_folder() {
        let dir = std::env::temp_dir().join(format!("summit-zip-test-{}", std::process::id()));
        let dist = dir.join("dist");
        std::fs::create_dir_all(dist.join("sub")).unwrap();
        std::fs::write(dist.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(dist.join("sub/a.txt"), "a").unwrap();
        let out = zip_dist(&dist).unwrap();
        assert_eq!(out, dir.join("dist.zip"));
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
        let mut names: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().to_string())
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["summit-explorer/index.html", "summit-explorer/sub/a.txt"]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
