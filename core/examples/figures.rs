//! Prints the key figures and the glossary the pipeline finds in `seeds/` (run from the
//! workspace root): `cargo run -p summit-core --example figures`.

fn main() {
    let bundle = match summit_core::pipeline::build(std::path::Path::new("seeds")) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    for f in &bundle.extracts.figures {
        println!(
            "{:<32} {:<28} {:<10} {:<18} {}",
            f.letter,
            f.text,
            f.kind.slug(),
            f.topic.as_deref().unwrap_or("-"),
            f.subject
        );
    }
    for t in &bundle.extracts.glossary {
        println!(
            "{:<12} {:<24} {:<60} {} mentions",
            t.kind.slug(),
            t.term,
            t.expansion.as_deref().unwrap_or(""),
            t.mentions.len()
        );
    }
}
