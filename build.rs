//! Build step: runs the core crate's pipeline on `seeds/` once (ingestion, search index,
//! extraction) and writes its files into `OUT_DIR`, where the app embeds the corpus and the
//! search data (it builds its search index from those two on first use), so no text is read at
//! start-up.
//!
//! The same files, with their bundle hash, are also left in `<profile folder>/summit-bundle/`
//! (e.g. `target/wasm32-unknown-unknown/release/summit-bundle/`): the exports into `dist/`
//! (`corpus.json`, `extracts.json`) are rendered from exactly these bytes, never from a second
//! ingestion. See `summit_core::pipeline`.

use std::path::{Path, PathBuf};
use summit_core::pipeline::{self, BundleFiles};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        for entry in entries.flatten() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
    let bundle = pipeline::build(&seeds).unwrap_or_else(|err| fail("reading seeds/", &err));
    let files = bundle.files();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&files, &out_dir);
    match pipeline::bundle_dir_for_out_dir(&out_dir) {
        Some(dir) => write(&files, &dir),
        None => println!(
            "cargo:warning=OUT_DIR {} is not inside a Cargo profile folder; the exports into \
             dist/ will not find this build's bundle",
            out_dir.display()
        ),
    }
}

/// Writes the bundle's files and their hash into `dir`.
fn write(files: &BundleFiles, dir: &Path) {
    if let Err(err) = files.write(dir) {
        fail("writing the bundle", &err);
    }
}

/// Stops the build with `err`, shown line by line (Cargo shows a failing build script's warnings,
/// so the file and line stay readable).
fn fail(what: &str, err: &dyn std::fmt::Display) -> ! {
    println!("cargo:warning={what} failed:");
    for line in err.to_string().lines() {
        println!("cargo:warning=  {line}");
    }
    panic!("{what} failed: {err}");
}
