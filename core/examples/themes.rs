//! Prints the themes of every paragraph with the words that gave them, then the count of themed
//! paragraphs per letter and theme: `cargo run -p summit-core --example themes [letter-id]`.

use std::path::Path;
use summit_core::pipeline::build;

fn main() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let bundle = match build(&seeds) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let only = std::env::args().nth(1);
    let (corpus, themes) = (&bundle.corpus, &bundle.extracts.themes);
    for (li, letter) in corpus.letters.iter().enumerate() {
        if only.as_deref().is_some_and(|o| o != letter.id) {
            continue;
        }
        println!("=== {}", letter.id);
        for block in letter.blocks.iter().filter(|b| !b.is_heading()) {
            let tags: Vec<_> = themes
                .tags
                .iter()
                .filter(|t| t.letter as usize == li && t.block == block.n)
                .collect();
            let head: String = block.text.chars().take(90).collect();
            println!("{:>4} {head}", block.n);
            if tags.is_empty() {
                println!("       (no theme)");
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
                println!(
                    "       {}{heading}: {}",
                    themes.definitions[t.theme as usize].id,
                    words.join(", ")
                );
            }
        }
    }
    println!("\nthemed paragraphs per letter and theme:");
    print!("{:<28}", "");
    for d in &themes.definitions {
        print!("{:>6}", &d.id[..d.id.len().min(5)]);
    }
    println!("{:>7}{:>7}", "any", "none");
    for (li, letter) in corpus.letters.iter().enumerate() {
        print!("{:<28}", letter.id);
        for ti in 0..themes.definitions.len() {
            let n = themes
                .tags
                .iter()
                .filter(|t| t.letter as usize == li && t.theme as usize == ti)
                .count();
            print!("{n:>6}");
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
        println!("{themed:>7}{:>7}", paragraphs.count() - themed);
    }
}
