//! Synonyms and cross-language terms, read from `seeds/synonyms.toml` (data, not code).
//!
//! Each group lists expressions that mean the same: `["NATO", "NAVO"]`,
//! `["NSATU", "NATO Security Assistance and Training for Ukraine"]`. Expressions are stored as
//! sequences of folded terms; a query expression that equals one of them also finds the others.

use crate::nl::tokenize::expression_terms;
use serde::{Deserialize, Serialize};

/// Groups of equivalent expressions, each expression a sequence of folded terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Synonyms {
    /// The groups.
    pub groups: Vec<Vec<Vec<String>>>,
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
}
