//! Lines and raw blocks of a seed text, and the small tests on their shape the other stages ask
//! (does it end a clause, does it start in lowercase, which columns does it have).

use super::DocReader;
use crate::ingest::clean::{clean_inline, superscript_value};
use crate::model::Span;

/// A line of the seed: byte range of its content (without the newline).
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// First byte of the line.
    pub(super) start: usize,
    /// Byte just after its content (before the newline).
    pub(super) end: usize,
}

/// A raw block: consecutive non-blank lines of one paragraph, heading or field, or (in
/// `line_mode`) lines that are each a paragraph.
#[derive(Debug, Clone, Default)]
pub(super) struct RawBlock {
    /// The lines, in order.
    pub(super) lines: Vec<Line>,
    /// True when each line is a paragraph of its own (a Word extraction).
    pub(super) line_mode: bool,
}

impl RawBlock {
    /// A block of wrapped lines.
    pub(super) fn wrapped(lines: Vec<Line>) -> Self {
        RawBlock {
            lines,
            line_mode: false,
        }
    }
}

/// Splits `text` into lines with byte ranges, dropping blank ones but remembering them as gaps.
pub(super) fn split_lines(text: &str) -> Vec<Line> {
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
pub(super) fn line_text<'t>(text: &'t str, l: &Line) -> &'t str {
    &text[l.start..l.end]
}

/// The span of `l` without leading and trailing white space.
pub(super) fn trimmed(text: &str, l: &Line) -> Span {
    let s = line_text(text, l);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(l.start + lead, (l.end - trail).max(l.start + lead))
}

/// True when a string ends a sentence or clause (so the next block cannot continue it).
pub(super) fn ends_clause(s: &str) -> bool {
    let s = s
        .trim_end()
        .trim_end_matches(|c: char| superscript_value(c).is_some())
        .trim_end_matches(['’', '"', '”', ')', ']']);
    s.ends_with(['.', '!', '?', ':', ';'])
}

/// True when a string begins with a lowercase letter (a continuation of the previous text).
pub(super) fn starts_lowercase(s: &str) -> bool {
    s.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Splits a line into its columns (runs separated by tabs or 3+ spaces), as spans.
pub(super) fn split_columns(line: &str, line_start: usize) -> Vec<Span> {
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

/// Cleans a letterhead or signature value: markdown markers removed, white space collapsed.
pub(super) fn clean_field(s: &str) -> String {
    clean_inline(s).trim().to_string()
}

impl DocReader<'_> {
    /// Groups non-blank lines into blocks. Lines of page chrome are set aside (and separate
    /// blocks like a blank line); each block of lines is then cut where the text itself shows a
    /// paragraph break (see [`paragraph_breaks`](super::paragraphs)).
    pub(super) fn group_blocks(&mut self, lines: &[Line]) -> Vec<RawBlock> {
        let mut runs: Vec<Vec<Line>> = Vec::new();
        let mut current = Vec::new();
        let mut seen_text = false;
        for l in lines {
            let t = line_text(self.text, l).trim();
            let chrome = if t.is_empty() {
                None
            } else {
                super::chrome::chrome_kind(t, !seen_text)
            };
            seen_text |= !t.is_empty() && chrome.is_none();
            if let Some(kind) = chrome {
                let span = trimmed(self.text, l);
                self.chrome.push(crate::model::PageChrome {
                    kind,
                    text: t.to_string(),
                    span,
                });
            }
            if t.is_empty() || chrome.is_some() {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
            } else {
                current.push(*l);
            }
        }
        if !current.is_empty() {
            runs.push(current);
        }
        let mut blocks = Vec::new();
        for run in runs {
            blocks.extend(self.split_run(run));
        }
        blocks
    }
}
