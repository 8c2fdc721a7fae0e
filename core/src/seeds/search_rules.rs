//! The search's rules among the seeds: `synonyms.toml` (groups of expressions that mean the
//! same) and `compounds.toml` (how compounds split), read into the search's own types.

use super::{SeedError, TomlFile};
use crate::nl::tokenize::expression_terms;
use crate::nl::tokenize::fold;
use crate::search::{CompoundRules, Synonyms};
use serde::Deserialize;
use toml::Spanned;

/// Reads `synonyms.toml`: `[[group]] terms = ["NATO", "NAVO"]`, each group with at least two
/// expressions that hold a word.
pub fn read_synonyms(file: &TomlFile) -> Result<Synonyms, SeedError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Written {
        group: Vec<Spanned<Group>>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Group {
        terms: Vec<String>,
    }
    let written: Written = file.parse()?;
    for (i, g) in written.group.iter().enumerate() {
        let usable = g
            .get_ref()
            .terms
            .iter()
            .filter(|t| !expression_terms(t).is_empty())
            .count();
        if usable < 2 {
            return Err(file.error_at(
                g.span().start,
                format!(
                    "group {}: a group needs at least two expressions with words in them",
                    i + 1
                ),
            ));
        }
    }
    let groups: Vec<Vec<String>> = written
        .group
        .into_iter()
        .map(|g| g.into_inner().terms)
        .collect();
    Ok(Synonyms::from_groups(&groups))
}

/// Reads `compounds.toml`: lists `heads`, `links`, `not_parts`, `keep_whole`, one word each
/// entry, folded as the tokenizer folds them.
pub fn read_compounds(file: &TomlFile) -> Result<CompoundRules, SeedError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Written {
        heads: Vec<Spanned<String>>,
        links: Vec<Spanned<String>>,
        not_parts: Vec<Spanned<String>>,
        keep_whole: Vec<Spanned<String>>,
    }
    let written: Written = file.parse()?;
    let checked = |words: Vec<Spanned<String>>| {
        words
            .into_iter()
            .map(|w| {
                let folded = fold(w.get_ref());
                if folded.is_empty() || !folded.chars().all(char::is_alphanumeric) {
                    Err(file.error_at(w.span().start, format!("{:?} is not one word", w.get_ref())))
                } else {
                    Ok(w.into_inner())
                }
            })
            .collect::<Result<Vec<String>, SeedError>>()
    };
    let links = checked(written.links)?;
    let heads = checked(written.heads)?;
    let not_parts = checked(written.not_parts)?;
    let keep_whole = checked(written.keep_whole)?;
    Ok(CompoundRules::from_lists(
        &heads,
        &links,
        &not_parts,
        &keep_whole,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text_position::TextPosition;

    /// `synonyms.toml` with `text`.
    fn synonyms(text: &str) -> Result<Synonyms, SeedError> {
        read_synonyms(&TomlFile::new("synonyms.toml", text))
    }

    #[test]
    fn synonym_faults_name_line_and_column() {
        let ok = synonyms("[[group]]\nterms = [\"NATO\", \"NAVO\"]\n").unwrap();
        assert_eq!(ok.groups.len(), 1);
        let e = synonyms("[[group]]\nterms = [\"NATO\", 3]\n").unwrap_err();
        assert_eq!(
            e.position(),
            Some(TextPosition {
                line: 2,
                column: 18
            }),
            "{e}"
        );
        let e = synonyms(
            "[[group]]\nterms = [\"NATO\", \"NAVO\"]\n\n[[group]]\nterms = [\"x\", \"--\"]\n",
        )
        .unwrap_err();
        assert_eq!(e.position().map(|p| p.line), Some(4), "{e}");
        assert!(e.to_string().contains("group 2"), "{e}");
        let e = synonyms("[[group]]\nterm = []").unwrap_err();
        assert_eq!(
            e.position(),
            Some(TextPosition { line: 2, column: 1 }),
            "{e}"
        );
        assert!(e.to_string().starts_with("synonyms.toml:2:1: "), "{e}");
    }

    /// `compounds.toml` with `text`.
    fn compounds(text: &str) -> Result<CompoundRules, SeedError> {
        read_compounds(&TomlFile::new("compounds.toml", text))
    }

    #[test]
    fn compound_rules_are_folded_and_a_bad_word_names_its_place() {
        let ok = compounds(
            "heads = [\"Systeem\", \"systeem\"]\nlinks = [\"s\", \"en\"]\nnot_parts = []\n\
             keep_whole = []\n",
        )
        .unwrap();
        assert_eq!(ok.heads, ["systeem"]);
        assert_eq!(ok.links, ["en", "s"]);
        let e =
            compounds("heads = [\"twee woorden\"]\nlinks = []\nnot_parts = []\nkeep_whole = []\n")
                .unwrap_err();
        assert_eq!(
            e.position(),
            Some(TextPosition {
                line: 1,
                column: 10
            }),
            "{e}"
        );
        assert!(compounds("heads = 3").is_err());
    }
}
