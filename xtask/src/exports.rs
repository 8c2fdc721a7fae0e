//! The data exports beside the app in `dist/`: `corpus.json`, `extracts.json`, `events.json`,
//! `events.csv`, `figures.json`, `figures.csv`, `glossary.json`, `themes.json` and `themes.csv`, rendered from
//! the very bundle the build step embedded (never from a second ingestion), with its
//! `bundle.hash`.
//!
//! The build step (`build.rs`) leaves the bundle's files and their hash in
//! `<target>/wasm32-unknown-unknown/<profile>/summit-bundle/`. [`export`] reads them there, checks
//! them against their hash, and writes the JSON and the hash into the output folder; [`check`]
//! tells whether a built `dist/` carries the exports of the bundle the last build made.

use crate::{root, TaskResult};
use std::path::{Path, PathBuf};
use summit_core::extract::event_rows::{event_rows, events_csv};
use summit_core::extract::figure_rows::{figure_rows, figures_csv};
use summit_core::extract::theme_rows::{theme_rows, themes_csv};
use summit_core::pipeline::{BundleFiles, BUNDLE_DIR, HASH_FILE};

/// The exported corpus.
pub const CORPUS_JSON: &str = "corpus.json";
/// The exported extracts.
pub const EXTRACTS_JSON: &str = "extracts.json";
/// The timeline's events, one object per event with its sentence and link.
pub const EVENTS_JSON: &str = "events.json";
/// The same events as a spreadsheet.
pub const EVENTS_CSV: &str = "events.csv";
/// The key figures, one object per figure with its sentence and link.
pub const FIGURES_JSON: &str = "figures.json";
/// The same figures as a spreadsheet.
pub const FIGURES_CSV: &str = "figures.csv";
/// The glossary: acronyms, people, countries and organisations with every mention and its link.
pub const GLOSSARY_JSON: &str = "glossary.json";
/// Every paragraph's themes, one object per paragraph and theme with why and its link.
pub const THEMES_JSON: &str = "themes.json";
/// The same as a spreadsheet.
pub const THEMES_CSV: &str = "themes.csv";
/// Every file [`export`] writes besides the hash.
const EXPORTS: [&str; 9] = [
    CORPUS_JSON,
    EXTRACTS_JSON,
    EVENTS_JSON,
    EVENTS_CSV,
    FIGURES_JSON,
    FIGURES_CSV,
    GLOSSARY_JSON,
    THEMES_JSON,
    THEMES_CSV,
];
/// The target the app is built for.
const APP_TARGET: &str = "wasm32-unknown-unknown";

/// Cargo's target folder (`CARGO_TARGET_DIR`, else `target/` of the workspace).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// The folder the build step of the app, built with Cargo profile `profile` (`release`, `dev`
/// or a custom one), leaves its bundle in.
pub fn bundle_dir(profile: &str) -> PathBuf {
    let folder = match profile {
        "dev" | "debug" => "debug",
        other => other,
    };
    target_dir().join(APP_TARGET).join(folder).join(BUNDLE_DIR)
}

/// Reads the bundle in `dir`, checked against its hash; a clear message when it is missing.
fn read_bundle(dir: &Path) -> TaskResult<BundleFiles> {
    if !dir.join(HASH_FILE).is_file() {
        return Err(format!(
            "no bundle in {}: the app's build step writes it when the app is built for \
             {APP_TARGET}; run `cargo xtask build` (or `trunk build`) first. If the app is built \
             and the folder is still missing, `touch build.rs` and build again",
            dir.display()
        ));
    }
    BundleFiles::read(dir).map_err(|e| e.to_string())
}

/// Pretty JSON with a final newline, or the serialiser's message.
fn pretty(json: serde_json::Result<String>) -> TaskResult<String> {
    json.map(|s| s + "\n").map_err(|e| e.to_string())
}

/// Writes `text` to `dir/name`.
fn write(dir: &Path, name: &str, text: &str) -> TaskResult {
    let path = dir.join(name);
    std::fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Writes `corpus.json`, `extracts.json`, the events and themes (JSON and CSV) and `bundle.hash`
/// of the bundle in `bundle` (a folder of [`bundle_dir`]) into `out_dir`.
pub fn export(bundle: &Path, out_dir: &Path) -> TaskResult {
    let files = read_bundle(bundle)?;
    let corpus = files.corpus().map_err(|e| e.to_string())?;
    let extracts = files.extracts().map_err(|e| e.to_string())?;
    std::fs::create_dir_all(out_dir).map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
    write(
        out_dir,
        CORPUS_JSON,
        &pretty(serde_json::to_string_pretty(&corpus))?,
    )?;
    write(
        out_dir,
        EXTRACTS_JSON,
        &pretty(serde_json::to_string_pretty(&extracts))?,
    )?;
    let rows = event_rows(&corpus, &extracts.events);
    write(
        out_dir,
        EVENTS_JSON,
        &pretty(serde_json::to_string_pretty(&rows))?,
    )?;
    write(out_dir, EVENTS_CSV, &events_csv(&rows))?;
    let figures = figure_rows(&corpus, &extracts);
    write(
        out_dir,
        FIGURES_JSON,
        &pretty(serde_json::to_string_pretty(&figures))?,
    )?;
    write(out_dir, FIGURES_CSV, &figures_csv(&figures))?;
    write(
        out_dir,
        GLOSSARY_JSON,
        &pretty(serde_json::to_string_pretty(&glossary_json(&extracts)))?,
    )?;
    let themes = theme_rows(&corpus, &extracts.themes);
    write(
        out_dir,
        THEMES_JSON,
        &pretty(serde_json::to_string_pretty(&themes))?,
    )?;
    write(out_dir, THEMES_CSV, &themes_csv(&themes))?;
    write(out_dir, HASH_FILE, &format!("{}\n", files.hash()))
}

/// The glossary as exported: each term with its places, every place with the app's link to its
/// sentence (`#/brief/<id>/p/<n>?zin=<s>`).
fn glossary_json(extracts: &summit_core::extract::Extracts) -> serde_json::Value {
    let place = |p: &summit_core::extract::TermPlace| {
        serde_json::json!({
            "letter": p.letter,
            "paragraph": p.block,
            "sentence_index": p.sentence,
            "span_start": p.span.start,
            "span_end": p.span.end,
            "text": p.text,
            "link": format!("#/brief/{}/p/{}?zin={}", p.letter, p.block, p.sentence),
        })
    };
    extracts
        .glossary
        .iter()
        .map(|t| {
            serde_json::json!({
                "kind": t.kind.slug(),
                "term": t.term,
                "expansion": t.expansion,
                "expansion_en": t.expansion_en,
                "declared": t.declared,
                "defined_at": t.defined_at.as_ref().map(place),
                "mention_count": t.mentions.len(),
                "mentions": t.mentions.iter().map(place).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// Fails unless `dist` holds the exports of the bundle in `bundle` (the one the last build of the
/// app made).
pub fn check(bundle: &Path, dist: &Path) -> TaskResult {
    let built = read_bundle(bundle)?.hash().to_string();
    let path = dist.join(HASH_FILE);
    let exported = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e}; the exports are missing", path.display()))?;
    if exported.trim() != built {
        return Err(format!(
            "{} is {} but the app was built with bundle {built}: the exports are stale",
            path.display(),
            exported.trim()
        ));
    }
    for name in EXPORTS {
        if !dist.join(name).is_file() {
            return Err(format!("{} is missing", dist.join(name).display()));
        }
    }
    Ok(())
}

/// `cargo xtask export-corpus [DIR] [--profile P]`: the exports into DIR (as a Trunk post-build
/// hook: into Trunk's staging folder, for the profile Trunk built).
pub fn export_task(args: &[String]) -> TaskResult {
    let mut out_dir = None;
    let mut profile = std::env::var("TRUNK_PROFILE").ok();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--profile" => profile = Some(it.next().ok_or("--profile needs a name")?.clone()),
            dir if out_dir.is_none() => out_dir = Some(PathBuf::from(dir)),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let out_dir = match out_dir {
        Some(dir) => dir,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or("export-corpus: give an output folder or run it as a Trunk hook")?,
    };
    export(
        &bundle_dir(profile.as_deref().unwrap_or("release")),
        &out_dir,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_of_a_profile_is_looked_for_beside_the_apps_wasm() {
        let dir = bundle_dir("release");
        assert!(dir.ends_with("wasm32-unknown-unknown/release/summit-bundle"));
        assert_eq!(bundle_dir("dev"), bundle_dir("debug"));
    }

    #[test]
    fn exports_render_the_bundle_and_are_stale_after_another_build() {
        let seeds = root().join("seeds");
        let bundle = summit_core::pipeline::build(&seeds).unwrap();
        let tmp = std::env::temp_dir().join(format!("summit-exports-{}", std::process::id()));
        let (bundle_folder, dist) = (tmp.join(BUNDLE_DIR), tmp.join("dist"));
        assert!(export(&bundle_folder, &dist)
            .unwrap_err()
            .contains("no bundle"));
        let files = bundle.files();
        files.write(&bundle_folder).unwrap();
        export(&bundle_folder, &dist).unwrap();
        check(&bundle_folder, &dist).unwrap();
        let corpus: summit_core::Corpus =
            serde_json::from_str(&std::fs::read_to_string(dist.join(CORPUS_JSON)).unwrap())
                .unwrap();
        assert_eq!(corpus, bundle.corpus);
        let extracts: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(EXTRACTS_JSON)).unwrap())
                .unwrap();
        assert!(!extracts["dates"].as_array().unwrap().is_empty());
        let events: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(EVENTS_JSON)).unwrap())
                .unwrap();
        assert_eq!(
            events.as_array().unwrap().len(),
            bundle.extracts.events.len()
        );
        let csv = std::fs::read_to_string(dist.join(EVENTS_CSV)).unwrap();
        assert_eq!(csv.lines().count(), bundle.extracts.events.len() + 1);
        let figures: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(FIGURES_JSON)).unwrap())
                .unwrap();
        let first = &figures[0];
        assert!(first["link"].as_str().unwrap().starts_with("#/brief/"));
        assert!(!first["sentence"].as_str().unwrap().is_empty());
        assert_eq!(
            figures.as_array().unwrap().len(),
            bundle.extracts.figures.len()
        );
        let csv = std::fs::read_to_string(dist.join(FIGURES_CSV)).unwrap();
        assert_eq!(csv.lines().count(), bundle.extracts.figures.len() + 1);
        assert!(csv.contains("\"circa 94 miljard USD\""));
        let glossary: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(GLOSSARY_JSON)).unwrap())
                .unwrap();
        let nsatu = glossary
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["term"] == "NSATU")
            .unwrap();
        assert_eq!(
            nsatu["expansion"],
            "NATO Security Assistance and Training for Ukraine"
        );
        assert!(nsatu["mentions"][0]["link"]
            .as_str()
            .unwrap()
            .contains("?zin="));
        let themes: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(THEMES_JSON)).unwrap())
                .unwrap();
        let rows = themes.as_array().unwrap();
        assert_eq!(rows.len(), bundle.extracts.themes.tags.len());
        assert!(rows[0]["link"].as_str().unwrap().starts_with("#/brief/"));
        let csv = std::fs::read_to_string(dist.join(THEMES_CSV)).unwrap();
        assert!(
            csv.lines().count() > rows.len(),
            "one line per row and the header"
        );
        // A build with other data leaves the exports stale.
        let mut other = files.clone();
        other.search.push(0);
        other.write(&bundle_folder).unwrap();
        assert!(check(&bundle_folder, &dist).unwrap_err().contains("stale"));
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
