//! What a search takes and gives: the query input, options and order, and the results (hits with
//! their marks and matched terms, totals, facets, notices, suggestions), grouped by letter on
//! request.

use super::facets::Facets;
#[cfg(doc)]
use super::index::SearchIndex;
#[cfg(doc)]
use super::query::parse;
use super::query::{Filters, Notice, Query};
use crate::model::TextRange;
use serde::{Deserialize, Serialize};

/// Default number of hits returned.
pub const DEFAULT_LIMIT: usize = 50;

/// How a term matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MatchKind {
    /// The word itself (after folding).
    Exact,
    /// The same stem (Dutch; English too for the words of English documents).
    Stem,
    /// A synonym or translation.
    Synonym,
    /// A part of a compound (`drone` in `dronecapaciteit`, `uitgaven` in `defensie-uitgaven`).
    Part,
    /// A word it begins (while typing).
    Prefix,
    /// Within one or two typos.
    Fuzzy,
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortBy {
    /// Best matches first.
    #[default]
    Relevance,
    /// Newest letters first, then in reading order.
    Date,
}

/// How to search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchOptions {
    /// Facet filters (combined with those in the query text).
    pub filters: Filters,
    /// Order of the hits.
    pub sort: SortBy,
    /// Most hits returned (counts and facets cover all).
    pub limit: usize,
    /// The user is still typing the last word: match the words it begins too.
    pub typing: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            filters: Filters::default(),
            sort: SortBy::Relevance,
            limit: DEFAULT_LIMIT,
            typing: false,
        }
    }
}

/// Where a passage matched, when not in its own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchedIn {
    /// The heading of its section.
    Heading,
    /// The title of its letter.
    Title,
}

/// A term that matched, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermMatch {
    /// The folded term.
    pub term: String,
    /// How it matched.
    pub kind: MatchKind,
}

/// One passage found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// Letter id.
    pub letter: String,
    /// Block number.
    pub n: u32,
    /// Score (higher is better).
    pub score: f32,
    /// The best window of the passage around the matches.
    pub snippet: String,
    /// Matched words in `snippet` (byte ranges).
    pub snippet_marks: Vec<TextRange>,
    /// Matched words in the whole block text (byte ranges).
    pub marks: Vec<TextRange>,
    /// Matched words in the heading of the passage's section (byte ranges of its text).
    pub heading_marks: Vec<TextRange>,
    /// Where the passage matched when its own text has no match: the heading of its section, or
    /// the title of its letter.
    pub only_in: Option<MatchedIn>,
    /// The terms that matched, best kind first.
    pub matches: Vec<TermMatch>,
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// The hits, up to the limit.
    pub hits: Vec<Hit>,
    /// All matching passages.
    pub total_passages: usize,
    /// Letters with a matching passage.
    pub total_letters: usize,
    /// Facet counts.
    pub facets: Facets,
    /// How the query was read.
    pub notices: Vec<Notice>,
    /// Close words in the corpus, when nothing was found.
    pub suggestions: Vec<String>,
}

/// What [`SearchIndex::search`] accepts as a query: the text as typed, or a parsed [`Query`].
#[derive(Debug, Clone, Copy)]
pub enum QueryInput<'q> {
    /// Query text, parsed with the index's synonyms.
    Text(&'q str),
    /// A query parsed already (see [`parse`]).
    Parsed(&'q Query),
}

impl<'q> From<&'q str> for QueryInput<'q> {
    fn from(text: &'q str) -> Self {
        QueryInput::Text(text)
    }
}

impl<'q> From<&'q String> for QueryInput<'q> {
    fn from(text: &'q String) -> Self {
        QueryInput::Text(text)
    }
}

impl<'q> From<&&'q str> for QueryInput<'q> {
    fn from(text: &&'q str) -> Self {
        QueryInput::Text(text)
    }
}

impl<'q> From<&'q Query> for QueryInput<'q> {
    fn from(query: &'q Query) -> Self {
        QueryInput::Parsed(query)
    }
}

/// The hits of one letter, for showing results grouped by letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LetterGroup {
    /// Letter id.
    pub letter: String,
    /// Indices into [`SearchResults::hits`], in result order.
    pub hits: Vec<usize>,
    /// Score of its best hit.
    pub best_score: f32,
}

impl SearchResults {
    /// The hits grouped by letter: letters in the order of their first hit, each letter's hits in
    /// result order (so relevance or date order carries over to the groups).
    pub fn by_letter(&self) -> Vec<LetterGroup> {
        let mut groups: Vec<LetterGroup> = Vec::new();
        for (i, hit) in self.hits.iter().enumerate() {
            match groups.iter_mut().find(|g| g.letter == hit.letter) {
                Some(g) => {
                    g.hits.push(i);
                    g.best_score = g.best_score.max(hit.score);
                }
                None => groups.push(LetterGroup {
                    letter: hit.letter.clone(),
                    hits: vec![i],
                    best_score: hit.score,
                }),
            }
        }
        groups
    }
}
