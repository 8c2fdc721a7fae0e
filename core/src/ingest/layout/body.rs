//! Body blocks: raw blocks become units (paragraphs, list items, captions), paragraphs broken by a
//! page are joined again, and units are cleaned and classified into numbered blocks with heading
//! levels and sections.

use super::lines::{ends_clause, line_text, starts_lowercase, trimmed, RawBlock};
use super::{DocReader, Unit, MAX_HEADING_CHARS};
use crate::ingest::clean::TextBuilder;
use crate::model::{Block, BlockKind, Span};
use crate::nl::sentences::split_sentences;

/// Marker of an image caption in web pages saved as text.
const CAPTION_MARKER: &str = "Vergroot afbeelding";

impl DocReader<'_> {
    /// Turns a body block into units (paragraphs, headings, list items).
    pub(super) fn push_units(&mut self, block: &RawBlock) {
        if !block.line_mode {
            let mut parts: Vec<Span> = block.lines.iter().map(|l| trimmed(self.text, l)).collect();
            let first = &self.text[parts[0].range()];
            let bullet = ["• ", "· ", "– "]
                .iter()
                .find(|p| first.starts_with(*p))
                .map(|p| p.len());
            if let Some(len) = bullet {
                // `• tekst` copied from a web page: a list item without its bullet.
                let s = parts[0];
                let rest = &self.text[s.start as usize + len..s.end as usize];
                parts[0] = Span::new(s.end as usize - rest.trim_start().len(), s.end as usize);
                self.units.push(Unit {
                    parts,
                    kind: Some(BlockKind::ListItem { level: 1 }),
                });
                return;
            }
            self.units.push(Unit { parts, kind: None });
            return;
        }
        for l in &block.lines {
            let span = trimmed(self.text, l);
            if span.is_empty() {
                continue;
            }
            let raw = line_text(self.text, l);
            let body = &self.text[span.range()];
            if let Some(item) = body.strip_prefix("- ") {
                let level = if raw.starts_with(char::is_whitespace) {
                    2
                } else {
                    1
                };
                let start = span.end as usize - item.len();
                self.units.push(Unit {
                    parts: vec![Span::new(start, span.end as usize)],
                    kind: Some(BlockKind::ListItem { level }),
                });
                continue;
            }
            if let Some(after) = body.strip_prefix(CAPTION_MARKER) {
                self.push_caption_line(span.end as usize - after.len(), span.end as usize);
                continue;
            }
            self.push_line_with_notes(span);
        }
    }

    /// A caption line: `Vergroot afbeelding <run-in heading> <paragraph>`. The heading ends
    /// before the first capitalised word that follows a lowercase word.
    pub(super) fn push_caption_line(&mut self, from: usize, to: usize) {
        let s = &self.text[from..to];
        let lead = s.len() - s.trim_start().len();
        let from = from + lead;
        let s = &self.text[from..to];
        let mut prev_lower = false;
        let mut split = None;
        let mut offset = 0;
        for word in s.split(' ') {
            let first = word.chars().next();
            if prev_lower && first.is_some_and(char::is_uppercase) {
                split = Some(offset);
                break;
            }
            prev_lower = first.is_some_and(char::is_lowercase);
            offset += word.len() + 1;
        }
        match split {
            Some(at) => {
                self.units.push(Unit {
                    parts: vec![Span::new(from, from + s[..at].trim_end().len())],
                    kind: Some(BlockKind::Heading { level: 2 }),
                });
                self.push_line_with_notes(Span::new(from + at, to));
            }
            None => self.push_line_with_notes(Span::new(from, to)),
        }
    }

    /// Merges page-broken paragraphs, then cleans and classifies each unit into a numbered block,
    /// with heading levels, sections, and the footnotes linked to the blocks holding their marker.
    pub(super) fn build_blocks(&mut self) -> Vec<Block> {
        let part_starts = std::mem::take(&mut self.part_starts);
        let units = self.merge_continuations(&part_starts);
        let mut blocks: Vec<Block> = Vec::new();
        // Per block: does it open a part of the document (where a title heading may stand)?
        let mut opens_part: Vec<bool> = Vec::new();
        let mut pending_open = false;
        for (i, (unit, opens)) in units.iter().enumerate() {
            pending_open |= *opens;
            let mut tb = TextBuilder::default();
            for p in &unit.parts {
                for seg in self.text[p.range()].split('\n') {
                    tb.push_segment(seg, self.lexicon, &mut self.markers);
                }
            }
            tb.trim_end();
            if tb.text.is_empty() {
                continue;
            }
            let next_continues = units
                .get(i + 1)
                .is_some_and(|(n, _)| starts_lowercase(&self.text[n.parts[0].range()]));
            let kind = unit.kind.unwrap_or_else(|| {
                let line_count: usize = unit
                    .parts
                    .iter()
                    .map(|p| self.text[p.range()].lines().count())
                    .sum();
                let is_heading = tb.text.chars().count() <= MAX_HEADING_CHARS
                    && line_count <= 2
                    && !ends_clause(&tb.text)
                    && !tb.text.ends_with(',')
                    && !tb.text.ends_with('-')
                    && tb.text.chars().any(char::is_alphabetic)
                    && !next_continues
                    && tb.footnote_refs.is_empty();
                if is_heading {
                    BlockKind::Heading { level: 2 }
                } else {
                    BlockKind::Paragraph
                }
            });
            let span = Span::new(
                unit.parts[0].start as usize,
                unit.parts.last().expect("non-empty").end as usize,
            );
            let redactions = tb.redactions();
            opens_part.push(std::mem::take(&mut pending_open));
            blocks.push(Block {
                n: blocks.len() as u32 + 1,
                kind,
                sentences: split_sentences(&tb.text),
                text: tb.text,
                span,
                parts: unit.parts.clone(),
                footnote_refs: tb.footnote_refs,
                redactions,
                section: None,
            });
        }
        assign_heading_levels(&mut blocks, &opens_part);
        // Link footnotes to the block holding their marker.
        for note in &mut self.footnotes {
            note.block = blocks
                .iter()
                .find(|b| b.footnote_refs.iter().any(|r| r.label == note.label))
                .map(|b| b.n);
        }
        blocks
    }

    /// Joins a paragraph interrupted by a page break (footnotes, blank lines) with its rest: the
    /// first part ends mid-sentence and the next starts in lowercase, or the first part ends in a
    /// word no sentence ends with (`… steun aan de ⏎⏎ NAVO …`). Each unit comes with whether it
    /// opens a part of the document (see `part_starts`).
    pub(super) fn merge_continuations(&mut self, part_starts: &[usize]) -> Vec<(Unit, bool)> {
        let mut out: Vec<(Unit, bool)> = Vec::new();
        for (i, unit) in std::mem::take(&mut self.units).into_iter().enumerate() {
            let opens = part_starts.contains(&i);
            if let Some((prev, _)) = out.last_mut() {
                let prev_text = &self.text[prev.parts.last().expect("non-empty").range()];
                let this_text = &self.text[unit.parts[0].range()];
                if !opens
                    && prev.kind.is_none()
                    && unit.kind.is_none()
                    && !ends_clause(prev_text)
                    && (starts_lowercase(this_text) || ends_with_continuing_word(prev_text))
                {
                    prev.parts.extend(unit.parts);
                    continue;
                }
            }
            out.push((unit, opens));
        }
        out
    }
}

/// Heading levels: the first heading is the document's title (1) when it opens a part of the
/// document (the start of the body, or the report after a cover letter's signature); a heading
/// right after a section heading is a subsection (3); others are sections (2). Also sets
/// `section`.
fn assign_heading_levels(blocks: &mut [Block], opens_part: &[bool]) {
    let mut seen_title = false;
    let mut prev_heading_level: Option<u8> = None;
    let mut current: [Option<u32>; 4] = [None; 4];
    for (i, b) in blocks.iter_mut().enumerate() {
        if let BlockKind::Heading { level } = &mut b.kind {
            if !seen_title && opens_part.get(i).copied().unwrap_or(false) {
                *level = 1;
            } else if *level != 1 || seen_title {
                *level = if prev_heading_level == Some(2) { 3 } else { 2 };
            }
            // Only the first heading can be the title: later ones are sections.
            seen_title = true;
            let l = *level as usize;
            b.section = current[..l].iter().rev().find_map(|x| *x);
            current[l] = Some(b.n);
            for c in current.iter_mut().skip(l + 1) {
                *c = None;
            }
            prev_heading_level = Some(*level);
        } else {
            b.section = current.iter().rev().find_map(|x| *x);
            prev_heading_level = None;
        }
    }
}

/// Words no sentence ends with: a paragraph part ending in one continues after a page break
/// even when the next part starts with a capital (`… de steun aan de ⏎⏎ NAVO …`).
const CONTINUING_WORDS: &[&str] = &[
    "de", "het", "een", "van", "voor", "aan", "in", "op", "te", "en", "of", "met", "door", "naar",
    "om", "dat", "die", "bij", "tot", "uit", "over", "als", "zijn", "haar", "hun", "deze", "dit",
];

/// True when `s` ends in one of the [`CONTINUING_WORDS`].
fn ends_with_continuing_word(s: &str) -> bool {
    let last = s
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    CONTINUING_WORDS.contains(&last)
}
