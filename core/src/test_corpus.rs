//! Small corpora written in a test, for the unit tests of the stages that read a corpus
//! (themes, similar passages): letters of headings and paragraphs, sentences split by ingestion's
//! own splitter, sections set as ingestion sets them.

use crate::model::{Block, BlockKind, Corpus, Letter, Origin, Sourced, Span, SCHEMA_VERSION};

/// A block of a test letter: `"## Heading"` is a heading of level 2 (`"### "` level 3), anything
/// else a paragraph.
fn block(n: u32, line: &str, section: Option<u32>) -> Block {
    let (kind, text) = match line.strip_prefix("### ") {
        Some(t) => (BlockKind::Heading { level: 3 }, t),
        None => match line.strip_prefix("## ") {
            Some(t) => (BlockKind::Heading { level: 2 }, t),
            None => (BlockKind::Paragraph, line),
        },
    };
    Block {
        n,
        kind,
        text: text.to_string(),
        span: Span::new(0, 0),
        parts: Vec::new(),
        sentences: crate::nl::sentences::split_sentences(text),
        footnote_refs: Vec::new(),
        redactions: Vec::new(),
        section,
    }
}

/// A corpus of letters `(id, meeting, blocks)`; a heading is the section of the blocks after it
/// (a level-3 heading's section is the level-2 heading above it).
pub fn corpus(letters: &[(&str, &str, &[&str])]) -> Corpus {
    let letters = letters
        .iter()
        .map(|(id, meeting, lines)| {
            let mut blocks: Vec<Block> = Vec::new();
            let (mut h2, mut h3) = (None, None);
            for (i, line) in lines.iter().enumerate() {
                let n = i as u32 + 1;
                let b = if line.starts_with("### ") {
                    h3 = Some(n);
                    block(n, line, h2)
                } else if line.starts_with("## ") {
                    h2 = Some(n);
                    h3 = None;
                    block(n, line, None)
                } else {
                    block(n, line, h3.or(h2))
                };
                blocks.push(b);
            }
            Letter {
                id: id.to_string(),
                source: format!("{id}.txt"),
                source_span: Span::new(0, 0),
                title: Sourced {
                    value: format!("Brief {id}"),
                    origin: Origin::Metadata {
                        file: format!("{id}.toml"),
                    },
                },
                kind: "verslag".into(),
                date: None,
                meeting: meeting.to_string(),
                signatories: Vec::new(),
                references: Vec::new(),
                language: "nl".into(),
                letterhead: Vec::new(),
                blocks,
                footnotes: Vec::new(),
                chrome: Vec::new(),
            }
        })
        .collect();
    Corpus {
        schema_version: SCHEMA_VERSION,
        meetings: Vec::new(),
        kinds: Vec::new(),
        letters,
    }
}
