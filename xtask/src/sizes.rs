//! Sizes of the bundle, raw and gzipped, checked against the budget.

use crate::output::say;
use crate::single_file::SINGLE_FILE;
use crate::TaskResult;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::Path;

/// Largest single file allowed, gzipped: the budget of the finished explorer, with the corpus,
/// search, the library, reader, search, timeline, key-figures, glossary and compare views and
/// the embeds all in one file.
///
/// The three views of the first release took 282 KB; the views that followed took the file to
/// 345 KB. Making room (the index built in the browser, type-erased components, the wasm packed
/// with Zstandard, one compiled stable sort, the search dictionaries as sorted lists instead of
/// fst maps, read-only markup written as escaped HTML text, the timeline and search views as
/// markup, the start-up code minified) brought the finished explorer to 287 KB. A view that
/// grows the file past this reports its cost and makes room; growing the budget is a decision,
/// not a side effect of a build.
pub const SINGLE_FILE_BUDGET_GZ: usize = 300 * 1024;

/// Size of `bytes` after gzip at the best compression.
pub fn gzipped_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("finishing in memory").len()
}

/// One line of the report.
fn line(name: &str, bytes: &[u8]) -> usize {
    let gz = gzipped_len(bytes);
    say!(
        "  {name:<42} {:>9.1} KB raw {:>9.1} KB gzip",
        bytes.len() as f64 / 1024.0,
        gz as f64 / 1024.0
    );
    gz
}

/// Prints the sizes of the files in `dist`, of the wasm, of `dist` in total and of the single
/// file, and fails when the single file is over budget.
pub fn report(dist: &Path) -> TaskResult {
    let mut entries: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("reading {}: {e} (run `cargo xtask build`)", dist.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    say!("bundle sizes ({}):", dist.display());
    let mut single = None;
    let mut wasm = None;
    let mut all = Vec::new();
    for path in &entries {
        let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let gz = line(&name, &bytes);
        if name == SINGLE_FILE {
            single = Some((bytes.len(), gz));
        } else {
            // The served bundle, as a whole: what a web server ships.
            all.push((bytes.len(), gz));
            if name.ends_with(".wasm") {
                wasm = Some((bytes.len(), gz));
            }
        }
    }
    let kb = |n: usize| n as f64 / 1024.0;
    if let Some((raw, gz)) = wasm {
        say!(
            "  wasm:        {:>9.1} KB raw {:>9.1} KB gzip",
            kb(raw),
            kb(gz)
        );
    }
    let (raw, gz) = all.iter().fold((0, 0), |(r, g), (br, bg)| (r + br, g + bg));
    say!(
        "  dist/ total: {:>9.1} KB raw {:>9.1} KB gzip (without the single file)",
        kb(raw),
        kb(gz)
    );
    let (raw, gz) =
        single.ok_or_else(|| format!("{SINGLE_FILE} is missing (run `cargo xtask build`)"))?;
    say!(
        "  single file: {:>9.1} KB raw {:>9.1} KB gzip",
        kb(raw),
        kb(gz)
    );
    let budget = SINGLE_FILE_BUDGET_GZ;
    if gz > budget {
        let shout = format!(
            "OVER BUDGET: {SINGLE_FILE} is {:.1} KB gzipped, {:.1} KB over the budget of {:.0} KB",
            kb(gz),
            kb(gz - budget),
            kb(budget)
        );
        say!("\n  !!! {shout} !!!\n");
        return Err(shout);
    }
    say!(
        "  budget: single file {:.1} KB of {:.0} KB gzipped ({:.0}%)",
        kb(gz),
        kb(budget),
        100.0 * gz as f64 / budget as f64
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repetitive_bytes_gzip_small() {
        let bytes = vec![b'a'; 10_000];
        assert!(gzipped_len(&bytes) < 100);
    }

    #[test]
    fn over_budget_single_file_fails_the_report() {
        let dir = std::env::temp_dir().join(format!("summit-sizes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // Random-looking bytes do not compress: a file of budget + 1 KB stays over budget.
        let mut x: u32 = 12345;
        let noise: Vec<u8> = (0..SINGLE_FILE_BUDGET_GZ + 1024)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        std::fs::write(dir.join(SINGLE_FILE), &noise).unwrap();
        let over = report(&dir);
        std::fs::write(dir.join(SINGLE_FILE), b"<!doctype html>").unwrap();
        let under = report(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(over.unwrap_err().contains("OVER BUDGET"));
        assert!(under.is_ok());
    }
}
