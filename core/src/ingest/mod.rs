//! Ingestion: the seed texts and their metadata become a structured [`Corpus`].
//!
//! `seeds/` holds `meetings.toml`, `kinds.toml` (the kinds of document) and, per text, `<stem>.txt` (verbatim, never edited) with its
//! `<stem>.toml`. A text is read in stages:
//! 1. `layout` cuts it into documents (`begins_at`), lines and blocks, and sorts blocks into
//!    letterhead, signatures, footnotes and body units, each with its byte span.
//! 2. `clean` turns each unit's raw segments into clean text (reflow, hyphens, artifacts,
//!    footnote markers, Unicode).
//! 3. `sentences` splits the clean text into sentences.
//!
//! Whatever the text states (dates, subject, reference, signatures) is read from it with its span;
//! the metadata file fills the gaps, and its `title` and `date` win over the text's (a correction),
//! with the origin recorded. An empty or white-space-only text is refused. Language rules (month names, dates, numbers,
//! abbreviations of months) come from [`crate::nl`], shared with search and extraction.

mod clean;
mod layout;
mod metadata;
mod sentences;

pub use clean::REDACTION_PLACEHOLDER;
pub use sentences::{split_sentences, ABBREVIATIONS};

use crate::model::Corpus;
use std::path::Path;

/// Why the seeds could not be read. Every message names the file, and the line where it can.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A file could not be read.
    #[error("{file}: {message}")]
    Io {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// A metadata file is malformed or inconsistent.
    #[error("{file}:{line}:{column}: {message}")]
    Metadata {
        /// The file.
        file: String,
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A text does not have the structure its metadata announces.
    #[error("{file}: {message}")]
    Text {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
}

/// Reads every seed in `seeds_dir` into a corpus.
///
/// Texts are read in file-name order; each `.txt` needs a `.toml` beside it and the other way
/// round. Adding a document needs only new files in `seeds/`.
pub fn load_corpus(seeds_dir: &Path) -> Result<Corpus, IngestError> {
    let meetings = metadata::read_meetings(&seeds_dir.join("meetings.toml"))?;
    let kinds = metadata::read_kinds(&seeds_dir.join("kinds.toml"))?;
    let entries = std::fs::read_dir(seeds_dir).map_err(|e| IngestError::Io {
        file: seeds_dir.display().to_string(),
        message: e.to_string(),
    })?;
    let mut stems = std::collections::BTreeMap::<String, (bool, bool)>::new();
    for entry in entries {
        let path = entry
            .map_err(|e| IngestError::Io {
                file: seeds_dir.display().to_string(),
                message: e.to_string(),
            })?
            .path();
        let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else {
            continue;
        };
        let stem = stem.to_string_lossy().into_owned();
        match ext.to_str() {
            Some("txt") => stems.entry(stem).or_default().0 = true,
            Some("toml") if !is_shared_data(&stem) => stems.entry(stem).or_default().1 = true,
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for (stem, (has_text, has_meta)) in &stems {
        match (has_text, has_meta) {
            (true, true) => {}
            (true, false) => {
                return Err(IngestError::Io {
                    file: seeds_dir.join(format!("{stem}.txt")).display().to_string(),
                    message: format!("no metadata file {stem}.toml beside it"),
                })
            }
            _ => {
                return Err(IngestError::Io {
                    file: seeds_dir.join(format!("{stem}.toml")).display().to_string(),
                    message: format!("no text {stem}.txt beside it"),
                })
            }
        }
        let txt_path = seeds_dir.join(format!("{stem}.txt"));
        let toml_path = seeds_dir.join(format!("{stem}.toml"));
        let text = metadata::read(&txt_path)?;
        if text
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty()
        {
            return Err(IngestError::Text {
                file: txt_path.display().to_string(),
                message: "the text is empty (nothing but white space): put the document's text \
                          in it, or remove it with its metadata file"
                    .into(),
            });
        }
        let meta = metadata::read_seed_meta(&toml_path, &meetings, &kinds)?;
        texts.push((stem.clone(), text, meta, toml_path));
    }
    let lexicon = clean::Lexicon::from_texts(texts.iter().map(|(_, t, _, _)| t.as_str()));
    let mut letters = Vec::new();
    for (stem, text, meta, toml_path) in &texts {
        let source = format!("{stem}.txt");
        let meta_file = toml_path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let docs = layout::read_text(&source, &meta_file, text, meta, &lexicon)?;
        for doc in docs {
            if let Some(other) = letters
                .iter()
                .find(|l: &&crate::model::Letter| l.id == doc.id)
            {
                let at = meta
                    .iter()
                    .find(|m| m.id == doc.id)
                    .map_or(metadata::Position { line: 1, column: 1 }, |m| m.id_at);
                return Err(at.error(
                    &toml_path.display().to_string(),
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
        meetings,
        kinds,
        letters,
    })
}

/// Reads `seeds/synonyms.toml` (an empty set when the file is absent).
pub fn load_synonyms(seeds_dir: &Path) -> Result<crate::search::Synonyms, IngestError> {
    let path = seeds_dir.join("synonyms.toml");
    if !path.exists() {
        return Ok(crate::search::Synonyms::default());
    }
    let text = metadata::read(&path)?;
    crate::search::Synonyms::from_toml_str(&text).map_err(|e| IngestError::Metadata {
        file: path.display().to_string(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// Reads `seeds/compounds.toml`, how the search splits compounds (no rules when the file is
/// absent: compounds are then split by the corpus's words alone).
pub fn load_compounds(seeds_dir: &Path) -> Result<crate::search::CompoundRules, IngestError> {
    let path = seeds_dir.join("compounds.toml");
    if !path.exists() {
        return Ok(crate::search::CompoundRules::default());
    }
    let text = metadata::read(&path)?;
    crate::search::CompoundRules::from_toml_str(&text).map_err(|e| IngestError::Metadata {
        file: path.display().to_string(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// Reads `seeds/themes.toml` (no themes when the file is absent); the error names the file,
/// line and column.
pub fn load_themes(seeds_dir: &Path) -> Result<Vec<crate::extract::ThemeDef>, IngestError> {
    let path = seeds_dir.join("themes.toml");
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| IngestError::Io {
        file: path.display().to_string(),
        message: e.to_string(),
    })?;
    crate::extract::themes::themes_from_toml_str(&text).map_err(|e| IngestError::Metadata {
        file: path.display().to_string(),
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// True for `.toml` files in `seeds/` that are shared data, not a text's metadata.
fn is_shared_data(stem: &str) -> bool {
    matches!(
        stem,
        "meetings" | "kinds" | "synonyms" | "themes" | "compounds"
    ) || is_extract_data(stem)
}

/// True for the `.toml` files of `seeds/` that the extraction stage reads.
fn is_extract_data(stem: &str) -> bool {
    matches!(stem, "topics" | "glossary")
}

/// Reads what extraction needs from `seeds/` besides the corpus: `topics.toml` (topics of key
/// figures) and `glossary.toml` (acronyms, countries, organisations, people). A missing file
/// declares nothing; a malformed one stops with its file, line and column.
pub fn load_extract_seeds(seeds_dir: &Path) -> Result<crate::extract::ExtractSeeds, IngestError> {
    fn read_toml<T: serde::de::DeserializeOwned + Default>(path: &Path) -> Result<T, IngestError> {
        if !path.exists() {
            return Ok(T::default());
        }
        let text = metadata::read(path)?;
        toml::from_str(&text).map_err(|e| metadata::toml_error(path, &text, e))
    }
    let topics_path = seeds_dir.join("topics.toml");
    let figures: crate::extract::FigureSeeds = read_toml(&topics_path)?;
    figures.check().map_err(|message| IngestError::Metadata {
        file: topics_path.display().to_string(),
        line: 0,
        column: 0,
        message,
    })?;
    let glossary = read_toml(&seeds_dir.join("glossary.toml"))?;
    Ok(crate::extract::ExtractSeeds { figures, glossary })
}
