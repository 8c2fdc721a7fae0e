//! Prints the themes of every paragraph with the words that gave them, then the count of themed
//! paragraphs per letter and theme: `cargo run -p summit-core --example themes [letter-id]`.

#[path = "cli/mod.rs"]
mod cli;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use summit_core::pipeline::{build, Bundle};

/// How the example is run.
const USAGE: &str = "cargo run -p summit-core --example themes [letter-id]";

fn main() -> ExitCode {
    let only = match cli::optional_argument(USAGE) {
        Ok(only) => only,
        Err(e) => return cli::fail(&e),
    };
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let bundle = match build(&seeds) {
        Ok(b) => b,
        Err(e) => return cli::fail(&e.to_string()),
    };
    cli::finish(print_themes(&bundle, only.as_deref(), &mut cli::stdout()))
}

/// Writes the themes of the paragraphs of every letter (or only the letter `only`), then the
/// counts, to `out`.
fn print_themes(bundle: &Bundle, only: Option<&str>, out: &mut impl Write) -> io::Result<()> {
    let (corpus, themes) = (&bundle.corpus, &bundle.extracts.themes);
    for (li, letter) in corpus.letters.iter().enumerate() {
        if only.is_some_and(|o| o != letter.id) {
            continue;
        }
        writeln!(out, "=== {}", letter.id)?;
        for block in letter.blocks.iter().filter(|b| !b.is_heading()) {
            let tags: Vec<_> = themes
                .tags
                .iter()
                .filter(|t| t.letter as usize == li && t.block == block.n)
                .collect();
            let head: String = block.text.chars().take(90).collect();
            writeln!(out, "{:>4} {head}", block.n)?;
            if tags.is_empty() {
                writeln!(out, "       (no theme)")?;
            }
            for t in tags {
                let words: Vec<&str> = t
                    .hits
                    .iter()
                    .filter_map(|h| block.text.get(h.span.range()))
                    .collect();
                let heading = t
                    .heading
                    .and_then(|n| letter.block(n))
                    .map(|h| format!(" [kop: {}]", h.text))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "       {}{heading}: {}",
                    themes.definitions[t.theme as usize].id,
                    words.join(", ")
                )?;
            }
        }
    }
    writeln!(out, "\nthemed paragraphs per letter and theme:")?;
    write!(out, "{:<28}", "")?;
    for d in &themes.definitions {
        write!(out, "{:>6}", &d.id[..d.id.len().min(5)])?;
    }
    writeln!(out, "{:>7}{:>7}", "any", "none")?;
    for (li, letter) in corpus.letters.iter().enumerate() {
        write!(out, "{:<28}", letter.id)?;
        for ti in 0..themes.definitions.len() {
            let n = themes
                .tags
                .iter()
                .filter(|t| t.letter as usize == li && t.theme as usize == ti)
                .count();
            write!(out, "{n:>6}")?;
        }
        let paragraphs = letter.blocks.iter().filter(|b| !b.is_heading());
        let themed = paragraphs
            .clone()
            .filter(|b| {
                themes
                    .tags
                    .iter()
                    .any(|t| t.letter as usize == li && t.block == b.n)
            })
            .count();
        writeln!(out, "{themed:>7}{:>7}", paragraphs.count() - themed)?;
    }
    out.flush()
}
