//! Layout of a seed text: documents, lines, blocks, and what each block is.
//!
//! Invariants: every piece produced (letterhead field, signature, footnote, body block part) has
//! the byte span of the seed it was read from; pieces never overlap, and together with the few
//! dropped artifacts (image captions, the news item's `date` prefix) they cover every non-space
//! byte of the text. The parity tests check exactly this.
//!
//! Two layouts occur: hard-wrapped texts (PDF extractions, lines under ~110 characters, where the
//! lines of a block are one paragraph) and line-per-paragraph texts (Word extractions, where each
//! line is a paragraph, heading or list item). A text whose longest line exceeds
//! [`WRAPPED_MAX_LINE`] is read line by line.

use super::clean::{superscript_value, Lexicon, MarkerRules, TextBuilder, REDACTION_PLACEHOLDER};
use super::dates::{parse_dutch_date, parse_place_date};
use super::metadata::DocumentMeta;
use super::sentences::split_sentences;
use super::IngestError;
use crate::model::{
    Block, BlockKind, Footnote, Letter, LetterheadField, Origin, PartialDate, Signatory, Sourced,
    Span,
};

/// Longest line of a hard-wrapped text; longer lines mean one paragraph per line.
const WRAPPED_MAX_LINE: usize = 130;
/// Longest heading, in characters.
const MAX_HEADING_CHARS: usize = 120;
/// Longest name in a signature block, in characters.
const MAX_NAME_CHARS: usize = 60;
/// How long a block must be to count as prose when finding where the letterhead ends.
const MIN_PROSE_CHARS: usize = 100;
/// Marker of an image caption in web pages saved as text.
const CAPTION_MARKER: &str = "Vergroot afbeelding";

/// Labels of letterhead and memo header fields, as printed.
const LETTERHEAD_LABELS: &[&str] = &[
    "Onze referentie",
    "Uw referentie",
    "Uw brief",
    "Datum",
    "Betreft",
    "Bijlage(n)",
    "Bijlagen",
    "Aan",
    "Van",
    "Via",
    "Kopie aan",
    "Afgestemd met",
    "Opgesteld door",
    "Uiterlijk bij",
    "Plandatum/Deadline",
    "Binnengekomen op",
    "Kenmerk",
    "Contactpersoon",
];

/// Labels whose value may follow on the same line (`Datum 23 juni 2026`).
const INLINE_LABELS: &[&str] = &["Datum", "Betreft", "Onze referentie", "Kenmerk"];

/// A line of the seed: byte range of its content (without the newline).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// A raw block: consecutive non-blank lines.
#[derive(Debug, Clone)]
struct RawBlock {
    lines: Vec<Line>,
}

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
    line_mode: bool,
    letterhead: Vec<LetterheadField>,
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
) -> Result<Vec<Letter>, IngestError> {
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
                meta.begins_at_at.unwrap_or(meta.id_at).error(
                    &meta.file,
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

/// Splits `text` into lines with byte ranges, dropping blank ones but remembering them as gaps.
fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.trim_end_matches(['\n', '\r']).len();
        out.push(Line { start, end });
        start += piece.len();
    }
    out
}

/// The line's text.
fn line_text<'t>(text: &'t str, l: &Line) -> &'t str {
    &text[l.start..l.end]
}

/// The span of `l` without leading and trailing white space.
fn trimmed(text: &str, l: &Line) -> Span {
    let s = line_text(text, l);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(l.start + lead, (l.end - trail).max(l.start + lead))
}

/// True when a string ends a sentence or clause (so the next block cannot continue it).
fn ends_clause(s: &str) -> bool {
    let s = s
        .trim_end()
        .trim_end_matches(|c: char| superscript_value(c).is_some())
        .trim_end_matches(['’', '"', '”', ')', ']']);
    s.ends_with(['.', '!', '?', ':', ';'])
}

/// True when a string begins with a lowercase letter (a continuation of the previous text).
fn starts_lowercase(s: &str) -> bool {
    s.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

impl DocReader<'_> {
    /// Reads the document's lines into a letter.
    fn read(&mut self, lines: &[Line]) -> Result<Letter, IngestError> {
        let blocks = self.group_blocks(lines);
        let mut rest: &[RawBlock] = &blocks;
        rest = self.read_news_prefix(rest);
        rest = self.read_letterhead(rest);
        self.find_footnote_blocks(rest);
        let mut i = 0;
        while i < rest.len() {
            let block = &rest[i];
            if let Some(note_lines) = self.footnote_block_labels(block) {
                self.push_page_footnotes(block, &note_lines);
                i += 1;
                continue;
            }
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

    /// Groups non-blank lines into blocks.
    fn group_blocks(&self, lines: &[Line]) -> Vec<RawBlock> {
        let mut blocks: Vec<RawBlock> = Vec::new();
        let mut current = Vec::new();
        for l in lines {
            if line_text(self.text, l).trim().is_empty() {
                if !current.is_empty() {
                    blocks.push(RawBlock {
                        lines: std::mem::take(&mut current),
                    });
                }
            } else {
                current.push(*l);
            }
        }
        if !current.is_empty() {
            blocks.push(RawBlock { lines: current });
        }
        blocks
    }

    /// Reads a saved web page's leading `date 2025-06 Title` line, if present.
    fn read_news_prefix<'b>(&mut self, blocks: &'b [RawBlock]) -> &'b [RawBlock] {
        let Some(first) = blocks.first() else {
            return blocks;
        };
        let l = first.lines[0];
        let span = trimmed(self.text, &l);
        let s = &self.text[span.range()];
        let Some(after) = s.strip_prefix("date ") else {
            return blocks;
        };
        let date_len = after.find(' ').unwrap_or(after.len());
        let Some(date) = PartialDate::parse_iso(&after[..date_len]) else {
            return blocks;
        };
        let date_start = span.start as usize + 5;
        // Keep the line's date as read, beside the title (the metadata may refine it).
        self.letterhead.push(LetterheadField {
            label: Some("date".into()),
            value: after[..date_len].to_string(),
            redacted: false,
            span: Span::new(span.start as usize, date_start + date_len),
        });
        self.date = Some(Sourced {
            value: date,
            origin: Origin::Text {
                span: Span::new(date_start, date_start + date_len),
            },
        });
        let title_line = &after[date_len..];
        let title_start =
            date_start + date_len + (title_line.len() - title_line.trim_start().len());
        if title_start < span.end as usize {
            self.units.push(Unit {
                parts: vec![Span::new(title_start, span.end as usize)],
                kind: Some(BlockKind::Heading { level: 1 }),
            });
        }
        let mut rest_first = first.clone();
        rest_first.lines.remove(0);
        if rest_first.lines.is_empty() {
            &blocks[1..]
        } else {
            // A title line directly followed by text: keep the rest as its own block.
            self.push_units(&rest_first);
            &blocks[1..]
        }
    }

    /// The label a letterhead line starts with, and the value after it on the same line.
    fn letterhead_label(line: &str) -> Option<(&'static str, &str)> {
        let t = line.trim();
        LETTERHEAD_LABELS.iter().find_map(|&label| {
            if t == label {
                Some((label, ""))
            } else if INLINE_LABELS.contains(&label) {
                t.strip_prefix(label)
                    .and_then(|r| r.strip_prefix(' ').or_else(|| r.strip_prefix(": ")))
                    .map(|v| (label, v.trim()))
            } else {
                None
            }
        })
    }

    /// True when a block is a salutation, a place-and-date line or starts with a header label.
    fn is_letterhead_anchor(&self, block: &RawBlock) -> bool {
        let first = line_text(self.text, &block.lines[0]).trim();
        (block.lines.len() == 1 && first.starts_with("Geachte ") && first.ends_with(','))
            || (block.lines.len() == 1 && parse_place_date(first).is_some())
            || Self::letterhead_label(first).is_some()
    }

    /// True when a block reads as prose: long and ending a sentence.
    fn is_prose(&self, block: &RawBlock) -> bool {
        let joined: usize = block
            .lines
            .iter()
            .map(|l| line_text(self.text, l).trim().len())
            .sum();
        let last = line_text(self.text, block.lines.last().expect("non-empty block"));
        joined >= MIN_PROSE_CHARS && ends_clause(last)
    }

    /// Takes the letterhead (header fields, salutation, place and date) off the front.
    fn read_letterhead<'b>(&mut self, blocks: &'b [RawBlock]) -> &'b [RawBlock] {
        let first_prose = blocks
            .iter()
            .position(|b| self.is_prose(b))
            .unwrap_or(blocks.len());
        let Some(mut last) = blocks[..first_prose]
            .iter()
            .rposition(|b| self.is_letterhead_anchor(b))
        else {
            return blocks;
        };
        // A bare kind marker right after the header (`nota`) belongs to it.
        if let Some(next) = blocks.get(last + 1) {
            let t = line_text(self.text, &next.lines[0]).trim();
            if next.lines.len() == 1 && t.eq_ignore_ascii_case(self.meta.kind.slug()) {
                last += 1;
            }
        }
        let mut pieces: Vec<RawBlock> = Vec::new();
        for block in &blocks[..=last] {
            // `Datum 23 juni 2026` directly followed by `Betreft …`: one field per label line.
            let mut current: Vec<Line> = Vec::new();
            for l in &block.lines {
                let starts_field = Self::letterhead_label(line_text(self.text, l))
                    .is_some_and(|(_, v)| !v.is_empty());
                if starts_field && !current.is_empty() {
                    pieces.push(RawBlock {
                        lines: std::mem::take(&mut current),
                    });
                }
                current.push(*l);
            }
            pieces.push(RawBlock { lines: current });
        }
        let mut i = 0;
        while i < pieces.len() {
            let block = &pieces[i];
            let label_only = block.lines.len() == 1
                && Self::letterhead_label(line_text(self.text, &block.lines[0]))
                    .is_some_and(|(_, v)| v.is_empty());
            let next_is_value = pieces
                .get(i + 1)
                .is_some_and(|n| n.lines.len() == 1 && !self.is_letterhead_anchor(n));
            if label_only && next_is_value {
                // `Opgesteld door` ⏎⏎ `Bescherming persoonlijke levenssfeer`: label, then value.
                let merged = RawBlock {
                    lines: vec![block.lines[0], pieces[i + 1].lines[0]],
                };
                self.push_letterhead_block(&merged);
                i += 2;
            } else {
                self.push_letterhead_block(block);
                i += 1;
            }
        }
        &blocks[last + 1..]
    }

    /// Turns one letterhead block into fields, reading date, subject and reference from it.
    fn push_letterhead_block(&mut self, block: &RawBlock) {
        let first = line_text(self.text, &block.lines[0]).trim();
        let all_labels = block.lines.iter().all(|l| {
            Self::letterhead_label(line_text(self.text, l)).is_some_and(|(_, v)| v.is_empty())
        });
        if all_labels && block.lines.len() > 1 {
            for l in &block.lines {
                let span = trimmed(self.text, l);
                self.letterhead.push(LetterheadField {
                    label: Some(self.text[span.range()].to_string()),
                    value: String::new(),
                    redacted: false,
                    span,
                });
            }
            return;
        }
        let span = Span::new(
            trimmed(self.text, &block.lines[0]).start as usize,
            trimmed(self.text, block.lines.last().expect("non-empty")).end as usize,
        );
        if let Some((label, inline_value)) = Self::letterhead_label(first) {
            // The value: the rest of the first line, then the following lines.
            let mut value_spans = Vec::new();
            if !inline_value.is_empty() {
                let s = trimmed(self.text, &block.lines[0]);
                value_spans.push(Span::new(
                    s.end as usize - inline_value.len(),
                    s.end as usize,
                ));
            }
            value_spans.extend(block.lines[1..].iter().map(|l| trimmed(self.text, l)));
            let value = value_spans
                .iter()
                .map(|s| clean_field(&self.text[s.range()]))
                .collect::<Vec<_>>()
                .join("\n");
            let value_span = value_spans.first().map(|f| {
                Span::new(
                    f.start as usize,
                    value_spans.last().expect("non-empty").end as usize,
                )
            });
            if let Some(vs) = value_span {
                match label {
                    "Datum" => {
                        if let Some(d) = parse_dutch_date(&value) {
                            self.date.get_or_insert(Sourced {
                                value: d,
                                origin: Origin::Text { span: vs },
                            });
                        }
                    }
                    "Betreft" => {
                        self.title.get_or_insert(Sourced {
                            value: value.clone(),
                            origin: Origin::Text { span: vs },
                        });
                    }
                    "Onze referentie" | "Kenmerk" if !value.is_empty() => {
                        self.references.push(Sourced {
                            value: value.clone(),
                            origin: Origin::Text { span: vs },
                        });
                    }
                    _ => {}
                }
            }
            self.letterhead.push(LetterheadField {
                label: Some(label.to_string()),
                redacted: value == REDACTION_PLACEHOLDER,
                value,
                span,
            });
            return;
        }
        if block.lines.len() == 1 {
            if let Some((at, d)) = parse_place_date(first) {
                let s = trimmed(self.text, &block.lines[0]);
                let date_span = Span::new(s.start as usize + at, s.end as usize);
                self.date.get_or_insert(Sourced {
                    value: d,
                    origin: Origin::Text { span: date_span },
                });
            }
        }
        let value = block
            .lines
            .iter()
            .map(|l| clean_field(line_text(self.text, l)))
            .collect::<Vec<_>>()
            .join("\n");
        self.letterhead.push(LetterheadField {
            label: None,
            redacted: value == REDACTION_PLACEHOLDER,
            value,
            span,
        });
    }

    /// Notes which page-footnote labels the document has, so glued markers can be recognised.
    fn find_footnote_blocks(&mut self, blocks: &[RawBlock]) {
        let mut expected = 1;
        for b in blocks {
            if let Some(labels) = self.footnote_labels_from(b, expected) {
                for (label, _) in &labels {
                    if label.chars().all(|c| c.is_ascii_digit()) {
                        self.markers.glued_labels.insert(label.clone());
                    }
                }
                expected += labels.len();
            }
        }
    }

    /// If `block` is a block of page footnotes numbered from `expected`, its labels with the
    /// index of the line each note starts on.
    fn footnote_labels_from(
        &self,
        block: &RawBlock,
        expected: usize,
    ) -> Option<Vec<(String, usize)>> {
        let mut labels = Vec::new();
        let mut next = expected;
        for (i, l) in block.lines.iter().enumerate() {
            let t = line_text(self.text, l).trim_start();
            let (digits, rest) = leading_label(t);
            match digits {
                Some(label) if label == next.to_string() && rest.starts_with(' ') => {
                    labels.push((label, i));
                    next += 1;
                }
                _ if i == 0 => return None,
                _ => {}
            }
        }
        // The marker must stand earlier in the text: `Eerdmans2`, `uitgaven.¹`.
        let block_start = block.lines[0].start;
        let before = &self.text[..block_start];
        let all_marked = labels.iter().all(|(label, _)| has_marker(before, label));
        (!labels.is_empty() && all_marked).then_some(labels)
    }

    /// The labels of a footnote block at this point of the document, if it is one.
    fn footnote_block_labels(&self, block: &RawBlock) -> Option<Vec<(String, usize)>> {
        let expected = self.footnotes.len() + 1;
        self.footnote_labels_from(block, expected)
    }

    /// Adds the notes of a page-footnote block.
    fn push_page_footnotes(&mut self, block: &RawBlock, labels: &[(String, usize)]) {
        for (k, (label, first_line)) in labels.iter().enumerate() {
            let last_line = labels.get(k + 1).map_or(block.lines.len(), |(_, i)| *i) - 1;
            let start = trimmed(self.text, &block.lines[*first_line]);
            let end = trimmed(self.text, &block.lines[last_line]);
            let raw = &self.text[start.start as usize..end.end as usize];
            let body = raw.trim_start()[leading_label_len(raw.trim_start())..].trim();
            let mut b = TextBuilder::default();
            let mut none = MarkerRules::default();
            for seg in body.lines() {
                b.push_segment(seg, self.lexicon, &mut none);
            }
            self.footnotes.push(Footnote {
                label: label.clone(),
                text: b.text,
                block: None,
                span: Span::new(start.start as usize, end.end as usize),
            });
        }
    }

    /// Reads a signature block (roles, then names) starting at `blocks[0]`; returns how many
    /// blocks it used.
    fn read_signature(&mut self, blocks: &[RawBlock]) -> Option<usize> {
        let first = &blocks[0];
        let role_line = first.lines[0];
        let s = line_text(self.text, &role_line);
        let t = s.trim();
        let is_role = |r: &str| {
            let r = r.trim();
            (r.starts_with("De minister") || r.starts_with("De staatssecretaris"))
                && r.ends_with(',')
                && r.chars().count() <= MAX_HEADING_CHARS
        };
        if !is_role(t) {
            return None;
        }
        // Roles side by side: separated by tabs, or by ", De ".
        let mut roles: Vec<Span> = Vec::new();
        for piece in split_columns(s, role_line.start) {
            let text = &self.text[piece.range()];
            let mut from = piece.start as usize;
            let mut rest = text;
            while let Some(i) = rest.find(", De ") {
                roles.push(Span::new(from, from + i + 1));
                from += i + 2;
                rest = &rest[i + 2..];
            }
            roles.push(Span::new(from, piece.end as usize));
        }
        if !roles.iter().all(|r| is_role(&self.text[r.range()])) {
            return None;
        }
        let mut names: Vec<Span> = Vec::new();
        let mut used = 1;
        for l in &first.lines[1..] {
            names.extend(split_columns(line_text(self.text, l), l.start));
        }
        let mut k = 1;
        while names.len() < roles.len() && k < blocks.len() {
            let b = &blocks[k];
            let l = b.lines[0];
            let columns = split_columns(line_text(self.text, &l), l.start);
            let looks_like_names = b.lines.len() == 1
                && columns.len() <= roles.len() - names.len()
                && columns.iter().all(|c| {
                    let t = &self.text[c.range()];
                    t.chars().count() <= MAX_NAME_CHARS && !ends_clause(t) && !t.contains(", ")
                });
            if !looks_like_names {
                break;
            }
            names.extend(columns);
            used += 1;
            k += 1;
        }
        for (i, role) in roles.iter().enumerate() {
            let role_text = self.text[role.range()]
                .trim_end_matches(',')
                .trim()
                .to_string();
            let name = names.get(i).copied();
            self.signatories.push(Signatory {
                role: role_text,
                name: name.map(|n| clean_field(&self.text[n.range()])),
                role_span: *role,
                name_span: name,
            });
        }
        Some(used)
    }

    /// Turns a body block into units (paragraphs, headings, list items).
    fn push_units(&mut self, block: &RawBlock) {
        if !self.line_mode {
            let parts = block.lines.iter().map(|l| trimmed(self.text, l)).collect();
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
    fn push_caption_line(&mut self, from: usize, to: usize) {
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

    /// A line that may end in Word-style notes `[2:  …]  [3:  …]`: the text before them is a
    /// unit, each note a footnote.
    fn push_line_with_notes(&mut self, span: Span) {
        let s = &self.text[span.range()];
        let mut notes = Vec::new();
        let mut search_from = 0;
        while let Some(i) = find_note_start(&s[search_from..]) {
            let at = search_from + i;
            let Some(close) = s[at..].find(']') else {
                break;
            };
            notes.push((at, at + close + 1));
            search_from = at + close + 1;
        }
        let body_end = notes.first().map_or(s.len(), |n| n.0);
        let body = s[..body_end].trim_end();
        if !body.is_empty() {
            self.units.push(Unit {
                parts: vec![Span::new(
                    span.start as usize,
                    span.start as usize + body.len(),
                )],
                kind: None,
            });
        }
        for (a, b) in notes {
            let note = &s[a + 1..b - 1];
            let colon = note.find(':').expect("note start has a colon");
            let mut tb = TextBuilder::default();
            let mut none = MarkerRules::default();
            tb.push_segment(&note[colon + 1..], self.lexicon, &mut none);
            self.footnotes.push(Footnote {
                label: note[..colon].trim().to_string(),
                text: tb.text,
                block: None,
                span: Span::new(span.start as usize + a, span.start as usize + b),
            });
        }
    }

    /// Merges page-broken paragraphs, classifies units, cleans their text and builds the letter.
    fn finish(&mut self, lines: &[Line]) -> Result<Letter, IngestError> {
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
        let source_span = match (lines.first(), lines.last()) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => Span::new(0, 0),
        };
        // The subject line; else the document's own title heading; else the metadata's title;
        // else the first heading of any level.
        let from_heading = |level_one: bool| {
            blocks
                .iter()
                .find(|b| {
                    if level_one {
                        b.kind == BlockKind::Heading { level: 1 }
                    } else {
                        b.is_heading()
                    }
                })
                .map(|h| Sourced {
                    value: h.text.clone(),
                    origin: Origin::Text { span: h.span },
                })
        };
        let from_meta = self.meta.title.as_ref().map(|t| Sourced {
            value: t.clone(),
            origin: Origin::Metadata {
                file: self.meta_file.to_string(),
            },
        });
        let title = self
            .title
            .take()
            .or_else(|| from_heading(true))
            .or(from_meta)
            .or_else(|| from_heading(false))
            .ok_or_else(|| IngestError::Text {
                file: std::path::Path::new(&self.meta.file)
                    .with_file_name(self.source)
                    .display()
                    .to_string(),
                message: format!(
                    "document {:?} has no subject line or heading; give a `title` in {}",
                    self.meta.id, self.meta_file
                ),
            })?;
        let date = self.resolve_date()?;
        let mut signatories = std::mem::take(&mut self.signatories);
        if signatories.is_empty() {
            signatories = self
                .meta
                .signatories
                .iter()
                .map(|s| Signatory {
                    role: s.role.clone(),
                    name: s.name.clone(),
                    role_span: Span::new(0, 0),
                    name_span: None,
                })
                .collect();
        }
        let mut references = std::mem::take(&mut self.references);
        for r in &self.meta.references {
            if !references.iter().any(|x| &x.value == r) {
                references.push(Sourced {
                    value: r.clone(),
                    origin: Origin::Metadata {
                        file: self.meta_file.to_string(),
                    },
                });
            }
        }
        let mut footnotes = std::mem::take(&mut self.footnotes);
        footnotes.sort_by_key(|f| f.label.parse::<u32>().unwrap_or(u32::MAX));
        Ok(Letter {
            id: self.meta.id.clone(),
            source: self.source.to_string(),
            source_span,
            title,
            kind: self.meta.kind,
            date,
            meeting: self.meta.meeting.clone(),
            signatories,
            references,
            language: self.meta.language.clone(),
            letterhead: std::mem::take(&mut self.letterhead),
            blocks,
            footnotes,
        })
    }

    /// Joins a paragraph interrupted by a page break (footnotes, blank lines) with its rest: the
    /// first part ends mid-sentence and the next starts in lowercase, or the first part ends in a
    /// word no sentence ends with (`… steun aan de ⏎⏎ NAVO …`). Each unit comes with whether it
    /// opens a part of the document (see `part_starts`).
    fn merge_continuations(&mut self, part_starts: &[usize]) -> Vec<(Unit, bool)> {
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

    /// The document date: from the text; the metadata fills it in or makes it more precise.
    fn resolve_date(&mut self) -> Result<Option<Sourced<PartialDate>>, IngestError> {
        let from_meta = self.meta.date.map(|d| Sourced {
            value: d,
            origin: Origin::Metadata {
                file: self.meta_file.to_string(),
            },
        });
        match (self.date.take(), from_meta) {
            (None, m) => Ok(m),
            (Some(t), None) => Ok(Some(t)),
            (Some(t), Some(m)) => {
                let consistent = t.value.year == m.value.year
                    && t.value.month.is_none_or(|mo| Some(mo) == m.value.month)
                    && t.value.day.is_none_or(|d| Some(d) == m.value.day);
                if !consistent {
                    return Err(self.meta.date_at.unwrap_or(self.meta.id_at).error(
                        &self.meta.file,
                        format!(
                            "date {} contradicts the date {} stated in {}",
                            m.value, t.value, self.source
                        ),
                    ));
                }
                let more_precise = m.value.day.is_some() && t.value.day.is_none()
                    || m.value.month.is_some() && t.value.month.is_none();
                Ok(Some(if more_precise { m } else { t }))
            }
        }
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

/// Cleans a letterhead or signature value: markdown markers removed, white space collapsed.
fn clean_field(s: &str) -> String {
    super::clean::clean_inline(s).trim().to_string()
}

/// Splits a line into its columns (runs separated by tabs or 3+ spaces), as spans.
fn split_columns(line: &str, line_start: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut col_start: Option<usize> = None;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_sep = i == bytes.len()
            || bytes[i] == b'\t'
            || (bytes[i] == b' '
                && bytes.get(i + 1) == Some(&b' ')
                && bytes.get(i + 2) == Some(&b' '));
        if at_sep {
            if let Some(s) = col_start.take() {
                let piece = line[s..i].trim_end();
                if !piece.is_empty() {
                    out.push(Span::new(line_start + s, line_start + s + piece.len()));
                }
            }
        } else if col_start.is_none() && !bytes[i].is_ascii_whitespace() {
            col_start = Some(i);
        }
        i += 1;
    }
    out
}

/// A leading footnote label (`12` or `¹²`) and the rest of the line.
fn leading_label(t: &str) -> (Option<String>, &str) {
    let len = leading_label_len(t);
    if len == 0 {
        return (None, t);
    }
    let label: String = t[..len]
        .chars()
        .map(|c| superscript_value(c).unwrap_or(c))
        .collect();
    (Some(label), &t[len..])
}

/// Byte length of a leading run of ASCII or superscript digits.
fn leading_label_len(t: &str) -> usize {
    t.char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || superscript_value(c).is_some()))
        .map_or(t.len(), |(i, _)| i)
}

/// True when `text` holds a marker for footnote `label`: a superscript, or digits glued to a
/// word or punctuation and followed by a space or the end of the line.
fn has_marker(text: &str, label: &str) -> bool {
    let superscript: String = label
        .chars()
        .filter_map(|d| {
            super::clean::SUPERSCRIPT_OF
                .iter()
                .find(|(v, _)| *v == d)
                .map(|(_, s)| *s)
        })
        .collect();
    if !superscript.is_empty() && text.contains(&superscript) {
        return true;
    }
    text.match_indices(label).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + label.len()..].chars().next();
        before.is_some_and(|c| c.is_alphabetic() || matches!(c, '.' | ',' | ';' | ':' | ')' | '’'))
            && !text[..i].ends_with(|c: char| c.is_ascii_digit())
            && after.is_none_or(|c| c.is_whitespace())
    })
}

/// Finds the start of a Word-style note `[12:` in `s`.
fn find_note_start(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find('[') {
        let at = from + i;
        let rest = &s[at + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(':') {
            return Some(at);
        }
        from = at + 1;
    }
    None
}
