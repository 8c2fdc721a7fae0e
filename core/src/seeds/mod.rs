//! The seeds stage: the `seeds/` folder read into one typed value, [`Seeds`], before any other
//! stage runs.
//!
//! ```text
//! seeds/ ──load──▶ Seeds { meetings, kinds, texts, synonyms, compounds, extract }
//!                    ├─▶ ingest   (texts, meetings, kinds)
//!                    ├─▶ index    (synonyms, compounds)
//!                    └─▶ extract  (topics, glossary, themes, synonyms)
//! ```
//!
//! `seeds/` holds `meetings.toml` and `kinds.toml` (required), the optional shared files
//! `synonyms.toml`, `compounds.toml`, `topics.toml`, `glossary.toml` and `themes.toml`, and per
//! text `<stem>.txt` (verbatim, never edited) with its `<stem>.toml`. Every TOML file is read
//! through one reader ([`TomlFile`]), so every fault, whatever the file, is reported the same way:
//! the file, the line and the column.
//!
//! Invariants:
//! - Nothing past this stage touches the file system: ingestion, indexing and extraction are
//!   functions of [`Seeds`].
//! - Texts are in file-name order; each `.txt` has its `.toml` and the other way round; no text
//!   is empty.
//! - A missing optional file declares nothing; a malformed one stops the build.

mod metadata;
mod search_rules;
mod themes;
mod toml_file;

pub use metadata::{DocumentMeta, SignatoryEntry};
pub use search_rules::{read_compounds, read_synonyms};
pub use themes::read_themes;
pub use toml_file::TomlFile;

use crate::extract::ExtractSeeds;
use crate::model::{DocumentKind, Meeting};
use crate::search::{CompoundRules, Synonyms};
use crate::text_position::TextPosition;
use std::collections::BTreeMap;
use std::path::Path;

/// Shared files of `seeds/` (not a text's metadata), without their `.toml`.
const SHARED_FILES: [&str; 7] = [
    "meetings",
    "kinds",
    "synonyms",
    "compounds",
    "topics",
    "glossary",
    "themes",
];

/// Why the seeds could not be read or do not hold together. Every message names the file, and
/// the line where it can.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// A file could not be read.
    #[error("{file}: {message}")]
    Io {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// A file is malformed or inconsistent at a place in it.
    #[error("{file}:{line}:{column}: {message}")]
    At {
        /// The file.
        file: String,
        /// 1-based line (0 when the fault is in the file as a whole).
        line: usize,
        /// 1-based column (0 when the fault is in the file as a whole).
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

impl SeedError {
    /// A fault at `at` in `file`.
    pub fn at(file: &str, at: TextPosition, message: impl Into<String>) -> SeedError {
        SeedError::At {
            file: file.to_string(),
            line: at.line,
            column: at.column,
            message: message.into(),
        }
    }

    /// Where in its file the fault is, when the error points at a place.
    pub fn position(&self) -> Option<TextPosition> {
        match self {
            SeedError::At { line, column, .. } if *line > 0 => Some(TextPosition {
                line: *line,
                column: *column,
            }),
            _ => None,
        }
    }
}

/// One seed text with its metadata, read and checked.
#[derive(Debug, Clone)]
pub struct SeedText {
    /// The file name without `.txt` (`den-haag-2025-verslag`).
    pub stem: String,
    /// The text, verbatim.
    pub text: String,
    /// The documents its `<stem>.toml` declares, in order.
    pub documents: Vec<DocumentMeta>,
    /// The metadata file as named in messages (the path it was read from).
    pub meta_path: String,
}

impl SeedText {
    /// The text's file name (`<stem>.txt`), as letters name their source.
    pub fn source(&self) -> String {
        format!("{}.txt", self.stem)
    }

    /// The metadata file's name (`<stem>.toml`).
    pub fn meta_file(&self) -> String {
        format!("{}.toml", self.stem)
    }
}

/// Everything the `seeds/` folder holds, read and checked: what every later stage works from.
#[derive(Debug, Clone)]
pub struct Seeds {
    /// `meetings.toml`, by start date.
    pub meetings: Vec<Meeting>,
    /// `kinds.toml`, in file order.
    pub kinds: Vec<DocumentKind>,
    /// The texts with their metadata, in file-name order.
    pub texts: Vec<SeedText>,
    /// `synonyms.toml`: used by the search and by the themes.
    pub synonyms: Synonyms,
    /// `compounds.toml`: how the search splits compounds.
    pub compounds: CompoundRules,
    /// `topics.toml`, `glossary.toml` and `themes.toml`: what extraction reads besides the
    /// corpus.
    pub extract: ExtractSeeds,
}

/// Reads the whole seeds folder.
///
/// Adding a document needs only new files in `seeds/`.
pub fn load(seeds_dir: &Path) -> Result<Seeds, SeedError> {
    let required = |name: &str| TomlFile::read(&seeds_dir.join(name));
    let optional = |name: &str| TomlFile::read_optional(&seeds_dir.join(name));
    let meetings = metadata::read_meetings(&required("meetings.toml")?)?;
    let kinds = metadata::read_kinds(&required("kinds.toml")?)?;
    let texts = read_texts(seeds_dir, &meetings, &kinds)?;
    let synonyms = optional("synonyms.toml")?
        .map_or_else(|| Ok(Synonyms::default()), |f| read_synonyms(&f))?;
    let compounds = optional("compounds.toml")?
        .map_or_else(|| Ok(CompoundRules::default()), |f| read_compounds(&f))?;
    let extract = read_extract_seeds(seeds_dir)?;
    Ok(Seeds {
        meetings,
        kinds,
        texts,
        synonyms,
        compounds,
        extract,
    })
}

/// Reads every `<stem>.txt` with its `<stem>.toml`, in file-name order.
fn read_texts(
    seeds_dir: &Path,
    meetings: &[Meeting],
    kinds: &[DocumentKind],
) -> Result<Vec<SeedText>, SeedError> {
    let io = |e: std::io::Error| SeedError::Io {
        file: seeds_dir.display().to_string(),
        message: e.to_string(),
    };
    let mut stems = BTreeMap::<String, (bool, bool)>::new();
    for entry in std::fs::read_dir(seeds_dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else {
            continue;
        };
        let stem = stem.to_string_lossy().into_owned();
        match ext.to_str() {
            Some("txt") => stems.entry(stem).or_default().0 = true,
            Some("toml") if !SHARED_FILES.contains(&stem.as_str()) => {
                stems.entry(stem).or_default().1 = true;
            }
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for (stem, (has_text, has_meta)) in stems {
        let txt_path = seeds_dir.join(format!("{stem}.txt"));
        let toml_path = seeds_dir.join(format!("{stem}.toml"));
        match (has_text, has_meta) {
            (true, true) => {}
            (true, false) => {
                return Err(SeedError::Io {
                    file: txt_path.display().to_string(),
                    message: format!("no metadata file {stem}.toml beside it"),
                })
            }
            _ => {
                return Err(SeedError::Io {
                    file: toml_path.display().to_string(),
                    message: format!("no text {stem}.txt beside it"),
                })
            }
        }
        let text = toml_file::read_utf8(&txt_path)?;
        if text
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty()
        {
            return Err(SeedError::Text {
                file: txt_path.display().to_string(),
                message: "the text is empty (nothing but white space): put the document's text \
                          in it, or remove it with its metadata file"
                    .into(),
            });
        }
        let meta = TomlFile::read(&toml_path)?;
        let documents = metadata::read_seed_meta(&meta, meetings, kinds)?;
        texts.push(SeedText {
            stem,
            text,
            documents,
            meta_path: meta.name,
        });
    }
    Ok(texts)
}

/// Reads what extraction needs from `seeds/` besides the corpus: `topics.toml` (topics of key
/// figures), `glossary.toml` (acronyms, countries, organisations, people) and `themes.toml`.
/// A missing file declares nothing; a malformed one stops with its file, line and column.
pub fn read_extract_seeds(seeds_dir: &Path) -> Result<ExtractSeeds, SeedError> {
    let figures = match TomlFile::read_optional(&seeds_dir.join("topics.toml"))? {
        Some(file) => {
            let figures: crate::extract::FigureSeeds = file.parse()?;
            figures
                .check()
                .map_err(|message| file.error_in_whole(message))?;
            figures
        }
        None => Default::default(),
    };
    let glossary = match TomlFile::read_optional(&seeds_dir.join("glossary.toml"))? {
        Some(file) => file.parse()?,
        None => Default::default(),
    };
    let themes = match TomlFile::read_optional(&seeds_dir.join("themes.toml"))? {
        Some(file) => read_themes(&file)?,
        None => Vec::new(),
    };
    Ok(ExtractSeeds {
        figures,
        glossary,
        themes,
    })
}
