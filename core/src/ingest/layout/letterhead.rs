//! The letterhead: header fields (`Datum`, `Betreft`, `Onze referentie` …), salutation, place and
//! date, and a saved web page's leading `date 2025-06 Title` line. Date, subject and reference
//! are read from it with their spans.

use super::lines::{clean_field, ends_clause, line_text, trimmed, Line, RawBlock};
use super::{DocReader, Unit};
use crate::ingest::clean::REDACTION_PLACEHOLDER;
use crate::model::{BlockKind, LetterheadField, Origin, PartialDate, Sourced, Span};
use crate::nl::dates::{parse_place_date, parse_whole_date};

/// How long a block must be to count as prose when finding where the letterhead ends.
const MIN_PROSE_CHARS: usize = 100;

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

/// Openings of a line that holds only the document's date (`Issued on 11 July 2023`); the empty
/// opening is a date alone on its line.
const DATE_LINE_OPENINGS: &[&str] = &["Issued on ", "Uitgegeven op ", ""];

/// The offset and value of the date of a line that holds only a date (see
/// [`DATE_LINE_OPENINGS`]).
fn date_line(line: &str) -> Option<(usize, PartialDate)> {
    // `11 Jul. 2023 -`: a web page's dateline before the text.
    let line = line.trim_end_matches(['-', '–', ' ']);
    DATE_LINE_OPENINGS.iter().find_map(|o| {
        let rest = line.strip_prefix(o)?;
        parse_whole_date(rest).map(|d| (o.len(), d))
    })
}

/// Openings of a line that says who issued a document or under which number (`Issued by NATO
/// Heads of State …`, `Press Release (2023) 001`).
const ISSUE_LINE_OPENINGS: &[&str] = &["Issued by ", "Press Release (", "Persbericht ("];

/// Openings of issue lines whose value is a reference number.
const REFERENCE_LINE_OPENINGS: &[&str] = &["Press Release (", "Persbericht ("];

/// True when a line holds only the document's date, issuer or number (see [`DATE_LINE_OPENINGS`]
/// and [`ISSUE_LINE_OPENINGS`]): letterhead wherever it stands before the first prose.
pub(super) fn is_issue_line(line: &str) -> bool {
    date_line(line).is_some() || ISSUE_LINE_OPENINGS.iter().any(|o| line.starts_with(o))
}

/// Labels whose value may follow on the same line (`Datum 23 juni 2026`).
const INLINE_LABELS: &[&str] = &["Datum", "Betreft", "Onze referentie", "Kenmerk"];

impl DocReader<'_> {
    /// Reads a saved web page's leading `date 2025-06 Title` line, if present.
    pub(super) fn read_news_prefix<'b>(&mut self, blocks: &'b [RawBlock]) -> &'b [RawBlock] {
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
    pub(super) fn letterhead_label(line: &str) -> Option<(&'static str, &str)> {
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
    pub(super) fn is_letterhead_anchor(&self, block: &RawBlock) -> bool {
        let first = line_text(self.text, &block.lines[0]).trim();
        (block.lines.len() == 1 && first.starts_with("Geachte ") && first.ends_with(','))
            || (block.lines.len() == 1 && parse_place_date(first).is_some())
            || Self::letterhead_label(first).is_some()
    }

    /// True when a block reads as prose: long and ending a sentence.
    pub(super) fn is_prose(&self, block: &RawBlock) -> bool {
        let joined: usize = block
            .lines
            .iter()
            .map(|l| line_text(self.text, l).trim().len())
            .sum();
        let last = line_text(self.text, block.lines.last().expect("non-empty block"));
        joined >= MIN_PROSE_CHARS && ends_clause(last)
    }

    /// Takes the letterhead (header fields, salutation, place and date) off the front.
    pub(super) fn read_letterhead<'b>(&mut self, blocks: &'b [RawBlock]) -> &'b [RawBlock] {
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
            if next.lines.len() == 1 && t.eq_ignore_ascii_case(&self.meta.kind) {
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
                    pieces.push(RawBlock::wrapped(std::mem::take(&mut current)));
                }
                current.push(*l);
            }
            pieces.push(RawBlock::wrapped(current));
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
                let merged = RawBlock::wrapped(vec![block.lines[0], pieces[i + 1].lines[0]]);
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
    pub(super) fn push_letterhead_block(&mut self, block: &RawBlock) {
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
                        if let Some(d) = parse_whole_date(&value) {
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
            if REFERENCE_LINE_OPENINGS.iter().any(|o| first.starts_with(o)) {
                self.references.push(Sourced {
                    value: clean_field(first),
                    origin: Origin::Text {
                        span: trimmed(self.text, &block.lines[0]),
                    },
                });
            }
            if let Some((at, d)) = parse_place_date(first).or_else(|| date_line(first)) {
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
}
