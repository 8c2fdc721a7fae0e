fn main() {
    let b = summit_core::pipeline::build(std::path::Path::new("seeds")).unwrap();
    for f in &b.extracts.figures {
        println!(
            "{:<28} {:<34} {:<10} {:<16} | {} | {:?}",
            f.letter,
            f.text.replace('\n', " "),
            f.kind.slug(),
            f.topic.clone().unwrap_or_default(),
            f.subject,
            f.share_of
        );
    }
    for t in &b.extracts.glossary {
        println!(
            "{:?} {} = {:?} ({} mentions) defined={}",
            t.kind,
            t.term,
            t.expansion,
            t.mentions.len(),
            t.defined_at.is_some()
        );
    }
}
