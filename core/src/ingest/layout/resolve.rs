//! The finished letter: its title (metadata, subject line, title heading, first heading), its date
//! (the metadata's, else the text's), signatories and references completed from the metadata.
//! A title or date in the metadata wins over what was read from the text, so a metadata file can
//! correct a text; the origin says which one was used, and what the text states stays in the
//! letterhead with its span.

use super::lines::Line;
use super::DocReader;
use crate::model::{BlockKind, Letter, Origin, PartialDate, Signatory, Sourced, Span};
use crate::seeds::SeedError;

impl DocReader<'_> {
    /// Builds the letter from what was read: blocks, title, date, signatories, references.
    pub(super) fn finish(&mut self, lines: &[Line]) -> Result<Letter, SeedError> {
        let blocks = self.build_blocks();
        let source_span = match (lines.first(), lines.last()) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => Span::new(0, 0),
        };
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
        // The metadata's title (a correction wins); else the subject line; else the document's
        // own title heading; else the first heading of any level.
        let from_meta = self.meta.title.as_ref().map(|t| Sourced {
            value: t.clone(),
            origin: Origin::Metadata {
                file: self.meta_file.to_string(),
            },
        });
        let title = from_meta
            .or_else(|| self.title.take())
            .or_else(|| from_heading(true))
            .or_else(|| from_heading(false))
            .ok_or_else(|| SeedError::Text {
                file: std::path::Path::new(&self.meta.file)
                    .with_file_name(self.source)
                    .display()
                    .to_string(),
                message: format!(
                    "document {:?} has no title: found no subject line (`Betreft …`), no title \
                     heading and no heading at all; give a `title` in {}",
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
            kind: self.meta.kind.clone(),
            date,
            meeting: self.meta.meeting.clone(),
            signatories,
            references,
            language: self.meta.language.clone(),
            letterhead: std::mem::take(&mut self.letterhead),
            chrome: std::mem::take(&mut self.chrome),
            blocks,
            footnotes,
        })
    }

    /// The document date: the metadata's where it gives one (a correction wins over what was read),
    /// else the text's.
    pub(super) fn resolve_date(&mut self) -> Result<Option<Sourced<PartialDate>>, SeedError> {
        let from_meta = self.meta.date.map(|d| Sourced {
            value: d,
            origin: Origin::Metadata {
                file: self.meta_file.to_string(),
            },
        });
        Ok(from_meta.or_else(|| self.date.take()))
    }
}
