//! Footnotes: blocks of page footnotes (`12 Zie …`) whose markers stand earlier in the text
//! (`Eerdmans12`, `uitgaven.¹`), and Word-style notes at the end of a line (`[2:  …]`).

use super::lines::{line_text, trimmed, RawBlock};
use super::{DocReader, Unit};
use crate::ingest::clean::{superscript_value, MarkerRules, TextBuilder, SUPERSCRIPT_OF};
use crate::model::{Footnote, Span};

impl DocReader<'_> {
    /// Notes which page-footnote labels the document has, so glued markers can be recognised.
    pub(super) fn find_footnote_blocks(&mut self, blocks: &[RawBlock]) {
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
    pub(super) fn footnote_labels_from(
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
    pub(super) fn footnote_block_labels(&self, block: &RawBlock) -> Option<Vec<(String, usize)>> {
        let expected = self.footnotes.len() + 1;
        self.footnote_labels_from(block, expected)
    }

    /// Adds the notes of a page-footnote block.
    pub(super) fn push_page_footnotes(&mut self, block: &RawBlock, labels: &[(String, usize)]) {
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

    /// A line that may end in Word-style notes `[2:  …]  [3:  …]`: the text before them is a
    /// unit, each note a footnote.
    pub(super) fn push_line_with_notes(&mut self, span: Span) {
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
            SUPERSCRIPT_OF
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
