//! Query expansion: a clause's words to dictionary terms (the word itself, its Dutch stem
//! family, synonyms and translations, the words it begins while typing, and words within one or
//! two typos), and close words to suggest when nothing was found.
//!
//! Every expansion is bounded by a named limit, so a query costs a bounded number of dictionary
//! walks however odd it is.

use super::figures::FIGURE_MARK;
use super::fuzzy::{Typos, MAX_FUZZY_BYTES};
use super::index::{english_stem_key, SearchIndex};
use super::query::{Clause, Query};
use super::results::MatchKind;
use crate::nl::stem::stem_of;
use fst::Automaton;
use std::collections::{BTreeMap, HashSet};

/// Most terms and most phrases one clause may expand to (stems, synonyms, prefixes and typos
/// together); one bit each in a passage's match record.
pub(super) const MAX_CLAUSE_TERMS: usize = 64;
/// Most dictionary terms one prefix may expand to (the most frequent ones).
pub const MAX_PREFIX_EXPANSIONS: usize = 16;
/// Most dictionary terms looked at for one prefix.
const MAX_PREFIX_SCAN: usize = 512;
/// Most dictionary terms one fuzzy word may expand to.
pub const MAX_FUZZY_EXPANSIONS: usize = 24;
/// Shortest word that is matched with one typo.
const FUZZY_MIN_LEN: usize = 4;
/// Shortest word that is matched with two typos (as MeiliSearch does: shorter words within two
/// edits of a typed word are mostly other words, and the walk costs several times one edit's).
const FUZZY_TWO_EDITS_LEN: usize = 9;
/// Shortest word for which suggestions allow two typos (suggestions look further than matching).
const SUGGEST_TWO_EDITS_LEN: usize = 6;
/// Most suggestions per query word, the most frequent first.
const SUGGESTIONS_PER_WORD: usize = 3;

/// A clause expanded to dictionary terms.
pub(super) struct Expanded {
    /// Single terms with their kind, at most [`MAX_CLAUSE_TERMS`].
    pub(super) singles: Vec<(u32, MatchKind)>,
    /// Phrases (term ids in order) with their kind.
    pub(super) phrases: Vec<(Vec<u32>, MatchKind)>,
}

impl SearchIndex {
    /// Terms sharing the stem of `term`: its Dutch stem, and its English stem among the words of
    /// English documents.
    pub(super) fn stem_family(&self, term: &str) -> Vec<u32> {
        let dutch = stem_of(&self.stemmer, term);
        let english = english_stem_key(&self.english_stemmer, term);
        let mut family: Vec<u32> = Vec::new();
        for stem in [dutch, english] {
            if let Some(sid) = self.stems.get(&self.stem_names, &stem) {
                for &id in &self.stem_terms[sid as usize] {
                    if !family.contains(&id) {
                        family.push(id);
                    }
                }
            }
        }
        family
    }

    /// Runs an automaton over the dictionary, up to `max` terms.
    pub(super) fn terms_matching<A: Automaton>(&self, aut: A, max: usize) -> Vec<u32> {
        self.terms.matching(&self.term_names, &aut, max)
    }

    /// Terms within the allowed typos of `term`.
    pub(super) fn fuzzy_terms(&self, term: &str, max: usize) -> Vec<u32> {
        let len = term.chars().count();
        if len < FUZZY_MIN_LEN || term.len() > MAX_FUZZY_BYTES {
            return Vec::new();
        }
        let distance = if len >= FUZZY_TWO_EDITS_LEN { 2 } else { 1 };
        match Typos::new(term, distance).map(Typos::first_letter_exact) {
            Some(aut) => {
                let mut ids = self.terms_matching(aut, max);
                ids.retain(|&id| !self.term_names[id as usize].starts_with(FIGURE_MARK));
                ids
            }
            None => Vec::new(),
        }
    }

    /// Expands a clause into dictionary terms.
    pub(super) fn expand(&self, clause: &Clause) -> Expanded {
        let mut best: BTreeMap<u32, MatchKind> = BTreeMap::new();
        let add = |id: u32, kind: MatchKind, best: &mut BTreeMap<u32, MatchKind>| {
            let e = best.entry(id).or_insert(kind);
            if kind < *e {
                *e = kind;
            }
        };
        let mut phrases = Vec::new();
        for (i, alt) in clause.alternatives.iter().enumerate() {
            // A figure's alternatives are all the figure itself.
            let original = i == 0 || clause.figure;
            if let [term] = alt.as_slice() {
                let (exact, stem) = if original {
                    (MatchKind::Exact, MatchKind::Stem)
                } else {
                    (MatchKind::Synonym, MatchKind::Synonym)
                };
                if let Some(id) = self.term_id(term) {
                    add(id, exact, &mut best);
                }
                if clause.expand || (!original && !clause.figure) {
                    for id in self.stem_family(term) {
                        add(id, stem, &mut best);
                    }
                }
                if original && clause.expand {
                    // A word being typed that begins words of the corpus is unfinished, not
                    // mistyped: no typo search for it.
                    let mut prefixed = false;
                    if clause.prefix {
                        let mut ids = self.terms.prefixed(&self.term_names, term, MAX_PREFIX_SCAN);
                        crate::order::sort_by_key(&mut ids, |&id| std::cmp::Reverse(self.df(id)));
                        prefixed = !ids.is_empty();
                        for id in ids.into_iter().take(MAX_PREFIX_EXPANSIONS) {
                            add(id, MatchKind::Prefix, &mut best);
                        }
                    }
                    // Typo tolerance for words the corpus does not have as typed: a word that
                    // is in the dictionary was most likely meant (and the automaton is the
                    // costliest part of a query).
                    if self.term_id(term).is_none() && !(clause.prefix && prefixed) {
                        for id in self.fuzzy_terms(term, MAX_FUZZY_EXPANSIONS) {
                            add(id, MatchKind::Fuzzy, &mut best);
                        }
                    }
                }
            } else if !alt.is_empty() {
                let ids: Option<Vec<u32>> = alt.iter().map(|t| self.term_id(t)).collect();
                if let Some(ids) = ids {
                    phrases.push((
                        ids,
                        if original {
                            MatchKind::Exact
                        } else {
                            MatchKind::Synonym
                        },
                    ));
                }
            }
        }
        let mut singles: Vec<(u32, MatchKind)> = best.into_iter().collect();
        if singles.len() > MAX_CLAUSE_TERMS {
            // Keep the best kinds of match, the most frequent terms among equals.
            crate::order::sort_by_key(&mut singles, |&(id, kind)| {
                (kind, std::cmp::Reverse(self.df(id)))
            });
            singles.truncate(MAX_CLAUSE_TERMS);
        }
        phrases.truncate(MAX_CLAUSE_TERMS);
        Expanded { singles, phrases }
    }

    /// Close words for the empty state.
    pub(super) fn suggestions(&self, query: &Query) -> Vec<String> {
        let mut out = Vec::new();
        for clause in &query.clauses {
            if let [term] = clause.alternatives[0].as_slice() {
                let len = term.chars().count();
                let distance = if len >= SUGGEST_TWO_EDITS_LEN { 2 } else { 1 };
                if let Some(aut) = Typos::new(term, distance) {
                    let mut ids = self.terms_matching(aut, MAX_FUZZY_EXPANSIONS);
                    crate::order::sort_by_key(&mut ids, |&id| std::cmp::Reverse(self.df(id)));
                    out.extend(
                        ids.into_iter()
                            .take(SUGGESTIONS_PER_WORD)
                            .map(|id| self.term_names[id as usize].clone())
                            .filter(|t| t != term),
                    );
                }
            }
        }
        let mut seen = HashSet::new();
        out.retain(|t| seen.insert(t.clone()));
        out
    }
}
