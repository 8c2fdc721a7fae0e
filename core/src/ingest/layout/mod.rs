//! Layout of a seed text: documents, lines, blocks, and what each block is.
//!
//! Invariants: every piece produced (letterhead field, signature, footnote, page chrome, body
//! block part) has the byte span of the seed it was read from; pieces never overlap, and together
//! with the few dropped artifacts (image captions, the news item's `date` prefix) they cover every
//! non-space byte of the text. The parity tests check exactly this.
//!
//! Two layouts occur: hard-wrapped texts (PDF extractions and web copies, lines under ~110
//! characters, where the lines of a block are one paragraph) and line-per-paragraph texts (Word
//! extractions, where each line is a paragraph, heading or list item). In a text whose longest
//! line exceeds [`WRAPPED_MAX_LINE`] a run of lines is read line by line unless it reads as
//! wrapped prose; texts copied without blank lines are cut into blocks where the text itself shows
//! a paragraph break. Both are decided per run of lines, never once for the whole file.
//!
//! A document is read front to back by one [`DocReader`], each concern in its own file:
//! [`lines`] (lines, raw blocks, their shape), [`chrome`] (web-page and viewer lines around the
//! text), [`paragraphs`] (paragraph breaks inferred from the text), [`letterhead`] (header fields, place and date),
//! [`footnotes`] (page footnotes and Word-style notes), [`signatures`] (signature blocks),
//! [`body`] (units, page-broken paragraphs, blocks and heading levels) and [`resolve`] (title,
//! date, signatories and references of the finished letter).

mod body;
mod chrome;
mod footnotes;
mod letterhead;
mod lines;
mod paragraphs;
mod resolve;
mod signatures;

use super::clean::{Lexicon, MarkerRules};
use crate::model::{
    BlockKind, Footnote, Letter, LetterheadField, PageChrome, PartialDate, Signatory, Sourced, Span,
};
use crate::seeds::{DocumentMeta, SeedError};
use lines::{split_lines, Line, RawBlock};

/// Longest line of a hard-wrapped text; longer lines mean one paragraph per line.
pub(super) const WRAPPED_MAX_LINE: usize = 130;

/// Longest heading, in characters.
const MAX_HEADING_CHARS: usize = 120;

/// A body unit before cleaning: its raw segments and role.
#[derive(Debug, Clone)]
struct Unit {
    /// Raw byte ranges, in order (more than one for wrapped lines or page-broken paragraphs).
    parts: Vec<Span>,
    /// Set for list items and run-in caption headings.
    kind: Option<BlockKind>,
}

/// Everything read from one document.
struct DocReader<'a> {
    source: &'a str,
    meta_file: &'a str,
    text: &'a str,
    meta: &'a DocumentMeta,
    lexicon: &'a Lexicon,
    /// True when some line of the text is longer than [`WRAPPED_MAX_LINE`]: runs of lines are
    /// then line-per-paragraph unless they read as wrapped prose.
    line_mode: bool,
    letterhead: Vec<LetterheadField>,
    chrome: Vec<PageChrome>,
    signatories: Vec<Signatory>,
    footnotes: Vec<Footnote>,
    units: Vec<Unit>,
    date: Option<Sourced<PartialDate>>,
    title: Option<Sourced<String>>,
    references: Vec<Sourced<String>>,
    markers: MarkerRules,
    /// Indexes into `units` where a part of the document opens: the start of the body and the
    /// first unit after a signature block (a report sent with a cover letter).
    part_starts: Vec<usize>,
}

/// Reads one seed text into its documents.
pub fn read_text(
    source: &str,
    meta_file: &str,
    text: &str,
    metas: &[DocumentMeta],
    lexicon: &Lexicon,
) -> Result<Vec<Letter>, SeedError> {
    let lines = split_lines(text);
    let line_mode = lines.iter().any(|l| l.end - l.start > WRAPPED_MAX_LINE);
    // Document boundaries from `begins_at`.
    let mut starts = vec![0usize];
    for meta in &metas[1..] {
        let wanted = meta.begins_at.as_deref().unwrap_or_default().trim();
        let after = *starts.last().expect("first start");
        let found = lines
            .iter()
            .find(|l| l.start > after && text[l.start..l.end].trim() == wanted)
            .ok_or_else(|| {
                SeedError::at(
                    &meta.file,
                    meta.begins_at_at.unwrap_or(meta.id_at),
                    format!(
                        "document {:?}: no line {wanted:?} after the previous document's start in {source}",
                        meta.id
                    ),
                )
            })?;
        starts.push(found.start);
    }
    let mut letters = Vec::new();
    for (i, meta) in metas.iter().enumerate() {
        let (from, to) = (starts[i], starts.get(i + 1).copied().unwrap_or(text.len()));
        let doc_lines: Vec<Line> = lines
            .iter()
            .copied()
            .filter(|l| l.start >= from && l.end <= to)
            .collect();
        let mut reader = DocReader {
            source,
            meta_file,
            text,
            meta,
            lexicon,
            line_mode,
            letterhead: Vec::new(),
            chrome: Vec::new(),
            signatories: Vec::new(),
            footnotes: Vec::new(),
            units: Vec::new(),
            date: None,
            title: None,
            references: Vec::new(),
            markers: MarkerRules::default(),
            part_starts: vec![0],
        };
        letters.push(reader.read(&doc_lines)?);
    }
    Ok(letters)
}

impl DocReader<'_> {
    /// Reads the document's lines into a letter.
    fn read(&mut self, lines: &[Line]) -> Result<Letter, SeedError> {
        let blocks = self.group_blocks(lines);
        let mut rest: &[RawBlock] = &blocks;
        rest = self.read_news_prefix(rest);
        rest = self.read_letterhead(rest);
        self.find_footnote_blocks(rest);
        let mut i = 0;
        let mut seen_prose = false;
        while i < rest.len() {
            let block = &rest[i];
            if let Some(note_lines) = self.footnote_block_labels(block) {
                self.push_page_footnotes(block, &note_lines);
                i += 1;
                continue;
            }
            let single = (block.lines.len() == 1)
                .then(|| lines::line_text(self.text, &block.lines[0]).trim());
            if !seen_prose && single.is_some_and(letterhead::is_issue_line) {
                // `Issued on 11 Jul. 2023` under a communiqué's title: letterhead, not body.
                self.push_letterhead_block(block);
                i += 1;
                continue;
            }
            seen_prose |= self.is_prose(block);
            if let Some(used) = self.read_signature(&rest[i..]) {
                self.part_starts.push(self.units.len());
                i += used;
                continue;
            }
            self.push_units(block);
            i += 1;
        }
        self.finish(lines)
    }
}
