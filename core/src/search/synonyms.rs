//! Synonyms and cross-language terms, read from `seeds/synonyms.toml` (data, not code).
//!
//! Each group lists expressions that mean the same: `["NATO", "NAVO"]`,
//! `["NSATU", "NATO Security Assistance and Training for Ukraine"]`. Expressions are stored as
//! sequences of folded terms; a query expression that equals one of them also finds the others.

use super::tokenize::tokenize;
#[cfg(feature = "ingest")]
use crate::text_position::TextPosition;
use serde::{Deserialize, Serialize};

/// Why `synonyms.toml` could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct SynonymsError {
    /// 1-based line of the fault.
    pub line: usize,
    /// 1-based column of the fault.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Groups of equivalent expressions, each expression a sequence of folded terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Synonyms {
    /// The groups.
    pub groups: Vec<Vec<Vec<String>>>,
}

/// The terms of an expression as the tokenizer sees them (compounds whole, parts left out).
pub fn expression_terms(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| !t.is_part)
        .map(|t| t.term)
        .collect()
}

impl Synonyms {
    /// Builds groups from lists of expressions as written.
    pub fn from_groups<S: AsRef<str>>(groups: &[Vec<S>]) -> Synonyms {
        Synonyms {
            groups: groups
                .iter()
                .map(|g| {
                    g.iter()
                        .map(|e| expression_terms(e.as_ref()))
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|g: &Vec<Vec<String>>| g.len() > 1)
                .collect(),
        }
    }

    /// Reads `synonyms.toml`: `[[group]] terms = ["NATO", "NAVO"]`. The error names the line
    /// and column of the fault.
    #[cfg(feature = "ingest")]
    pub fn from_toml_str(text: &str) -> Result<Synonyms, SynonymsError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            group: Vec<toml::Spanned<Group>>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Group {
            terms: Vec<String>,
        }
        let at = |offset: usize, message: String| {
            let TextPosition { line, column } = TextPosition::of(text, offset);
            SynonymsError {
                line,
                column,
                message,
            }
        };
        let file: File = toml::from_str(text).map_err(|e| {
            at(
                e.span().map_or(0, |s| s.start),
                e.message().trim().to_string(),
            )
        })?;
        for (i, g) in file.group.iter().enumerate() {
            let usable = g
                .get_ref()
                .terms
                .iter()
                .filter(|t| !expression_terms(t).is_empty())
                .count();
            if usable < 2 {
                return Err(at(
                    g.span().start,
                    format!(
                        "group {}: a group needs at least two expressions with words in them",
                        i + 1
                    ),
                ));
            }
        }
        let groups: Vec<Vec<String>> = file
            .group
            .into_iter()
            .map(|g| g.into_inner().terms)
            .collect();
        Ok(Synonyms::from_groups(&groups))
    }

    /// The groups holding `expression` (a term sequence), with that expression's index.
    pub fn groups_of<'a>(
        &'a self,
        expression: &'a [String],
    ) -> impl Iterator<Item = &'a Vec<Vec<String>>> + 'a {
        self.groups
            .iter()
            .filter(move |g| g.iter().any(|e| e.as_slice() == expression))
    }

    /// The longest expression of any group that starts `terms`, as its length in terms.
    pub fn longest_match(&self, terms: &[String]) -> Option<usize> {
        self.groups
            .iter()
            .flatten()
            .filter(|e| !e.is_empty() && terms.starts_with(e))
            .map(Vec::len)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_folded_term_sequences() {
        let s = Synonyms::from_groups(&[
            vec!["NATO", "NAVO"],
            vec!["defence spending", "defensie-uitgaven"],
        ]);
        assert_eq!(
            s.groups[0],
            vec![vec!["nato".to_string()], vec!["navo".to_string()]]
        );
        assert_eq!(s.groups[1][1], vec!["defensieuitgaven".to_string()]);
        let q = expression_terms("defence spending rises");
        assert_eq!(s.longest_match(&q), Some(2));
        assert_eq!(s.groups_of(&q[..2]).count(), 1);
    }

    #[cfg(feature = "ingest")]
    #[test]
    fn toml_errors_name_line_and_column() {
        let ok = Synonyms::from_toml_str("[[group]]\nterms = [\"NATO\", \"NAVO\"]\n").unwrap();
        assert_eq!(ok.groups.len(), 1);
        let e = Synonyms::from_toml_str("[[group]]\nterms = [\"NATO\", 3]\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 18), "{e}");
        let e = Synonyms::from_toml_str(
            "[[group]]\nterms = [\"NATO\", \"NAVO\"]\n\n[[group]]\nterms = [\"x\", \"--\"]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 4, "{e}");
        assert!(e.message.contains("group 2"), "{e}");
        let e = Synonyms::from_toml_str("[[group]]\nterm = []").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.to_string().starts_with("2:1: "), "{e}");
    }
}
