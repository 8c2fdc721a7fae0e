//! Prints the structured corpus as an editor would read it: `cargo run -p summit-core --example dump [letter-id]`.

#[path = "cli/mod.rs"]
mod cli;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use summit_core::{BlockKind, Corpus, Origin};

/// How the example is run.
const USAGE: &str = "cargo run -p summit-core --example dump [letter-id]";

fn main() -> ExitCode {
    let only = match cli::optional_argument(USAGE) {
        Ok(only) => only,
        Err(e) => return cli::fail(&e),
    };
    // `SUMMIT_SEEDS=<dir>` reads another seeds folder (the test fixtures, a new letter).
    let seeds = std::env::var_os("SUMMIT_SEEDS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"),
        std::path::PathBuf::from,
    );
    let corpus =
        match summit_core::seeds::load(&seeds).and_then(|s| summit_core::ingest::ingest(&s)) {
            Ok(c) => c,
            Err(e) => return cli::fail(&e.to_string()),
        };
    cli::finish(dump(&corpus, only.as_deref(), &mut cli::stdout()))
}

/// Writes every letter of `corpus` (or only the letter `only`) to `out`.
fn dump(corpus: &Corpus, only: Option<&str>, out: &mut impl Write) -> io::Result<()> {
    for l in &corpus.letters {
        if only.is_some_and(|o| o != l.id) {
            continue;
        }
        writeln!(out, "=== {} [{}] {:?}", l.id, l.kind, l.title.value)?;
        let origin = |o: &Origin| match o {
            Origin::Text { span } => format!("text {}..{}", span.start, span.end),
            Origin::Metadata { file } => format!("meta {file}"),
        };
        if let Some(d) = &l.date {
            writeln!(out, "    date {} ({})", d.value, origin(&d.origin))?;
        }
        writeln!(out, "    title from {}", origin(&l.title.origin))?;
        for s in &l.signatories {
            writeln!(out, "    signed {:?} / {:?}", s.role, s.name)?;
        }
        for r in &l.references {
            writeln!(out, "    ref {:?} ({})", r.value, origin(&r.origin))?;
        }
        for f in &l.letterhead {
            writeln!(
                out,
                "    head {:?}: {:?}{}",
                f.label,
                f.value,
                if f.redacted { " [REDACTED]" } else { "" }
            )?;
        }
        for b in &l.blocks {
            let tag = match b.kind {
                BlockKind::Heading { level } => format!("H{level}"),
                BlockKind::Paragraph => "P ".into(),
                BlockKind::ListItem { level } => format!("L{level}"),
            };
            let refs: Vec<_> = b
                .footnote_refs
                .iter()
                .map(|r| format!("[{}@{}]", r.label, r.at))
                .collect();
            writeln!(
                out,
                "  {:>3} {tag} s={} sec={:?} {}{}",
                b.n,
                b.sentences.len(),
                b.section,
                b.text,
                refs.join("")
            )?;
        }
        for f in &l.footnotes {
            writeln!(out, "    note {} -> {:?}: {}", f.label, f.block, f.text)?;
        }
    }
    out.flush()
}
