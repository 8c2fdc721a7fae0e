//! Ingestion: the seed texts, read by the seeds stage, become a structured [`Corpus`].
//!
//! ```text
//! Seeds { texts, meetings, kinds } ──ingest──▶ Corpus
//! ```
//!
//! A text is read in stages:
//! 1. `layout` cuts it into documents (`begins_at`), lines and blocks, and sorts blocks into
//!    letterhead, signatures, footnotes and body units, each with its byte span.
//! 2. `clean` turns each unit's raw segments into clean text (reflow, hyphens, artifacts,
//!    footnote markers, Unicode).
//! 3. [`crate::nl::sentences`] splits the clean text into sentences.
//!
//! Whatever the text states (dates, subject, reference, signatures) is read from it with its span;
//! the metadata file fills the gaps, and its `title` and `date` win over the text's (a correction),
//! with the origin recorded. Language rules (month names, dates, numbers, abbreviations of months)
//! come from [`crate::nl`], shared with search and extraction. Ingestion reads no file: the seeds
//! stage ([`crate::seeds`]) has read them all.

mod clean;
mod layout;

pub use clean::REDACTION_PLACEHOLDER;

use crate::model::{Corpus, Letter};
use crate::seeds::{SeedError, Seeds};

/// Reads every seed text into a corpus, in the seeds' order (file-name order).
///
/// Fails when a text lacks the structure its metadata announces, or when a document id is used
/// twice across the texts.
pub fn ingest(seeds: &Seeds) -> Result<Corpus, SeedError> {
    let lexicon = clean::Lexicon::from_texts(seeds.texts.iter().map(|t| t.text.as_str()));
    let mut letters: Vec<Letter> = Vec::new();
    for seed in &seeds.texts {
        let docs = layout::read_text(
            &seed.source(),
            &seed.meta_file(),
            &seed.text,
            &seed.documents,
            &lexicon,
        )?;
        for doc in docs {
            if let Some(other) = letters.iter().find(|l| l.id == doc.id) {
                let at = seed.documents.iter().find(|m| m.id == doc.id).map_or(
                    crate::text_position::TextPosition { line: 1, column: 1 },
                    |m| m.id_at,
                );
                return Err(SeedError::at(
                    &seed.meta_path,
                    at,
                    format!(
                        "document id {:?} is already used by a document of {}",
                        doc.id, other.source
                    ),
                ));
            }
            letters.push(doc);
        }
    }
    Ok(Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        meetings: seeds.meetings.clone(),
        kinds: seeds.kinds.clone(),
        letters,
    })
}
