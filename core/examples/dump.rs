//! Prints the structured corpus as an editor would read it: `cargo run -p summit-core --example dump [letter-id]`.

use std::path::Path;
use summit_core::{BlockKind, Origin};

fn main() {
    // `SUMMIT_SEEDS=<dir>` reads another seeds folder (the test fixtures, a new letter).
    let seeds = std::env::var_os("SUMMIT_SEEDS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"),
        std::path::PathBuf::from,
    );
    let corpus =
        match summit_core::seeds::load(&seeds).and_then(|s| summit_core::ingest::ingest(&s)) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        };
    let only = std::env::args().nth(1);
    for l in &corpus.letters {
        if only.as_deref().is_some_and(|o| o != l.id) {
            continue;
        }
        println!("=== {} [{}] {:?}", l.id, l.kind, l.title.value);
        let origin = |o: &Origin| match o {
            Origin::Text { span } => format!("text {}..{}", span.start, span.end),
            Origin::Metadata { file } => format!("meta {file}"),
        };
        if let Some(d) = &l.date {
            println!("    date {} ({})", d.value, origin(&d.origin));
        }
        println!("    title from {}", origin(&l.title.origin));
        for s in &l.signatories {
            println!("    signed {:?} / {:?}", s.role, s.name);
        }
        for r in &l.references {
            println!("    ref {:?} ({})", r.value, origin(&r.origin));
        }
        for f in &l.letterhead {
            println!(
                "    head {:?}: {:?}{}",
                f.label,
                f.value,
                if f.redacted { " [REDACTED]" } else { "" }
            );
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
            println!(
                "  {:>3} {tag} s={} sec={:?} {}{}",
                b.n,
                b.sentences.len(),
                b.section,
                b.text,
                refs.join("")
            );
        }
        for f in &l.footnotes {
            println!("    note {} -> {:?}: {}", f.label, f.block, f.text);
        }
    }
}
