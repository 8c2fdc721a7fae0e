//! The key figures and the glossary in the compact form the app embeds: letters by index, texts
//! left in the corpus (the app reads a figure's words from its block by span), names once.
//!
//! The full records with the texts written out go to `dist/` (`figures.json`, `figures.csv`,
//! `glossary.json`); the app needs only what its views show, and the single file's size budget
//! is tight.

use super::{Extracts, FigureUnit, TermKind};
use crate::model::{Corpus, TextRange};
use serde::{Deserialize, Serialize};

/// A name in Dutch and English, with an id where it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Stable id (topics, shares); empty for subjects.
    pub id: String,
    /// Dutch.
    pub name: String,
    /// English.
    pub name_en: String,
}

/// A place in the corpus: letter by index, block, sentence and bytes of the block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Index of the letter in [`Corpus::letters`].
    pub letter: u16,
    /// Number `n` of the block.
    pub block: u32,
    /// Index of the sentence in the block.
    pub sentence: u32,
    /// Bytes of the block's `text`.
    pub span: TextRange,
}

/// One key figure as the app embeds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyFigure {
    /// Where it is written (its words are the block's text at the span).
    pub place: Place,
    /// The unit of the value (which also gives its kind).
    pub unit: FigureUnit,
    /// The value after the scale word; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    pub upper: Option<f64>,
    /// Index in [`FigureTable::shares`] of what a percentage is a share of.
    pub share: Option<u8>,
    /// Index in [`FigureTable::topics`].
    pub topic: Option<u16>,
    /// Index in [`FigureTable::subjects`].
    pub subject: u16,
    /// The figure's normal form (`eur:40000000000`), for exports from the app.
    pub key: String,
}

/// The key figures as the app embeds them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FigureTable {
    /// The topics, in the order of `seeds/topics.toml`.
    pub topics: Vec<Label>,
    /// What percentages can be a share of.
    pub shares: Vec<Label>,
    /// What figures refer to, each once, in order of first use.
    pub subjects: Vec<Label>,
    /// The figures, in corpus and text order.
    pub figures: Vec<KeyFigure>,
}

/// One glossary entry as the app embeds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// Acronym, person, country or organisation.
    pub kind: TermKind,
    /// The acronym or name as written.
    pub term: String,
    /// The expansion (acronyms), as the text or the seeds give it.
    pub expansion: Option<String>,
    /// The English expansion or name, where declared.
    pub expansion_en: Option<String>,
    /// Where the text expands it.
    pub defined_at: Option<Place>,
    /// Every mention.
    pub mentions: Vec<Place>,
}

/// The glossary as the app embeds it, in the glossary's order.
pub type GlossaryTable = Vec<GlossaryEntry>;

/// The key figures of `extracts` in their compact form.
pub fn figure_table(corpus: &Corpus, extracts: &Extracts) -> FigureTable {
    let label = |id: &str, name: &str, name_en: &str| Label {
        id: id.to_string(),
        name: name.to_string(),
        name_en: name_en.to_string(),
    };
    let mut table = FigureTable {
        topics: extracts
            .topics
            .iter()
            .map(|t| label(&t.id, &t.name, &t.name_en))
            .collect(),
        shares: extracts
            .shares
            .iter()
            .map(|s| label(&s.id, &s.name, &s.name_en))
            .collect(),
        ..FigureTable::default()
    };
    for f in &extracts.figures {
        let Some(letter) = corpus.letters.iter().position(|l| l.id == f.letter) else {
            continue;
        };
        let subject = match table
            .subjects
            .iter()
            .position(|s| s.name == f.subject && s.name_en == f.subject_en)
        {
            Some(i) => i,
            None => {
                table.subjects.push(label("", &f.subject, &f.subject_en));
                table.subjects.len() - 1
            }
        };
        table.figures.push(KeyFigure {
            place: Place {
                letter: letter as u16,
                block: f.block,
                sentence: f.sentence,
                span: f.span,
            },
            unit: f.unit,
            value: f.value,
            upper: f.upper,
            share: f
                .share_of
                .as_ref()
                .and_then(|s| table.shares.iter().position(|x| x.id == *s))
                .map(|i| i as u8),
            topic: f
                .topic
                .as_ref()
                .and_then(|t| table.topics.iter().position(|x| x.id == *t))
                .map(|i| i as u16),
            subject: subject as u16,
            key: f.key.clone(),
        });
    }
    table
}

/// The glossary of `extracts` in its compact form.
pub fn glossary_table(corpus: &Corpus, extracts: &Extracts) -> GlossaryTable {
    let place = |p: &super::TermPlace| {
        let letter = corpus.letters.iter().position(|l| l.id == p.letter)?;
        Some(Place {
            letter: letter as u16,
            block: p.block,
            sentence: p.sentence,
            span: p.span,
        })
    };
    extracts
        .glossary
        .iter()
        .map(|t| GlossaryEntry {
            kind: t.kind,
            term: t.term.clone(),
            expansion: t.expansion.clone(),
            expansion_en: t.expansion_en.clone(),
            defined_at: t.defined_at.as_ref().and_then(place),
            mentions: t.mentions.iter().filter_map(place).collect(),
        })
        .collect()
}
