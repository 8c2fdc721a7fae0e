//! The one reader of the seeds' TOML files: a file's text with its name, parsed with `serde`, and
//! every fault (a syntax error, an unknown field, a value a checker refuses) reported as the file,
//! the 1-based line and the column where it stands.
//!
//! Positions count as [`TextPosition`] counts them; a fault the parser cannot place (a missing
//! table) is reported at the top of the file.

use super::SeedError;
use crate::text_position::TextPosition;
use serde::de::DeserializeOwned;
use std::path::Path;

/// A TOML file of the seeds folder: its name as messages give it, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlFile {
    /// The file as named in messages (the path it was read from).
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl TomlFile {
    /// A file given as text (for tests and data built in code).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> TomlFile {
        TomlFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads the file at `path`.
    pub fn read(path: &Path) -> Result<TomlFile, SeedError> {
        Ok(TomlFile::new(path.display().to_string(), read_utf8(path)?))
    }

    /// Reads the file at `path`, or `None` when there is none.
    pub fn read_optional(path: &Path) -> Result<Option<TomlFile>, SeedError> {
        if path.exists() {
            TomlFile::read(path).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Parses the file into `T`; a fault names its line and column.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, SeedError> {
        toml::from_str(&self.text).map_err(|e| {
            self.error_at(
                e.span().map_or(0, |s| s.start),
                e.message().trim().to_string(),
            )
        })
    }

    /// A fault at byte `offset` of the file.
    pub fn error_at(&self, offset: usize, message: impl Into<String>) -> SeedError {
        SeedError::at(&self.name, self.position(offset), message)
    }

    /// A fault of the file as a whole (line and column 0).
    pub fn error_in_whole(&self, message: impl Into<String>) -> SeedError {
        SeedError::At {
            file: self.name.clone(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }

    /// Where byte `offset` of the file stands.
    pub fn position(&self, offset: usize) -> TextPosition {
        TextPosition::of(&self.text, offset)
    }
}

/// Reads a file as UTF-8, naming it in the error (and where the first bad byte stands).
pub(super) fn read_utf8(path: &Path) -> Result<String, SeedError> {
    let bytes = std::fs::read(path).map_err(|e| SeedError::Io {
        file: path.display().to_string(),
        message: e.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = TextPosition::of(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        SeedError::at(&path.display().to_string(), at, "not valid UTF-8")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Groups {
        group: Vec<Group>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Group {
        terms: Vec<String>,
    }

    #[test]
    fn a_fault_names_the_file_line_and_column() {
        let file = TomlFile::new("synonyms.toml", "[[group]]\nterms = [\"NATO\", 3]\n");
        let e = file.parse::<Groups>().unwrap_err();
        assert_eq!(
            e.position(),
            Some(TextPosition {
                line: 2,
                column: 18
            })
        );
        assert!(e.to_string().starts_with("synonyms.toml:2:18: "), "{e}");
    }

    #[test]
    fn a_fault_without_a_place_is_at_the_top_of_the_file() {
        let e = TomlFile::new("x.toml", "").parse::<Groups>().unwrap_err();
        assert_eq!(e.position(), Some(TextPosition { line: 1, column: 1 }));
        let whole = TomlFile::new("x.toml", "").error_in_whole("no topics");
        assert_eq!(whole.position(), None);
        assert_eq!(whole.to_string(), "x.toml:0:0: no topics");
    }
}
