//! Prints the key figures and the glossary the pipeline finds in `seeds/` (run from the
//! workspace root): `cargo run -p summit-core --example figures`.

#[path = "cli/mod.rs"]
mod cli;

use std::io::{self, Write};
use std::process::ExitCode;
use summit_core::pipeline::Bundle;

fn main() -> ExitCode {
    if let Err(e) = cli::no_arguments("cargo run -p summit-core --example figures") {
        return cli::fail(&e);
    }
    let bundle = match summit_core::pipeline::build(std::path::Path::new("seeds")) {
        Ok(b) => b,
        Err(e) => return cli::fail(&e.to_string()),
    };
    cli::finish(print_figures(&bundle, &mut cli::stdout()))
}

/// Writes the key figures, then the glossary, of `bundle` to `out`.
fn print_figures(bundle: &Bundle, out: &mut impl Write) -> io::Result<()> {
    for f in &bundle.extracts.figures {
        writeln!(
            out,
            "{:<32} {:<28} {:<10} {:<18} {}",
            f.letter,
            f.text,
            f.kind.slug(),
            f.topic.as_deref().unwrap_or("-"),
            f.subject
        )?;
    }
    for t in &bundle.extracts.glossary {
        writeln!(
            out,
            "{:<12} {:<24} {:<60} {} mentions",
            t.kind.slug(),
            t.term,
            t.expansion.as_deref().unwrap_or(""),
            t.mentions.len()
        )?;
    }
    out.flush()
}
