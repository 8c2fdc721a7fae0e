//! Full-text search over the corpus: Dutch-aware, typo-tolerant, ranked, with snippets and facets.
//!
//! The index is built from the corpus and its [`SearchData`] ([`SearchIndex::build`]; the app
//! does so on first use) and can be stored as bytes ([`SearchIndex::to_bytes`],
//! [`SearchIndex::from_bytes`]). Index and query share one tokenizer and one stemmer, those of
//! [`crate::nl`] ([`crate::nl::tokenize`], [`crate::nl::stem`]), which extraction uses too.
//!
//! Modules: [`compounds`] (closed and
//! suspended compounds), [`figures`] (every writing of a figure as one term), `synonyms` (groups
//! read from `seeds/synonyms.toml`), `data` (what the index is built from besides the corpus),
//! `index` (dictionary, postings, stored form), `query` (the query
//! language), `fuzzy` (typo automaton), `expand` (clause → terms), `matching` (terms →
//! passages), `rank` (BM25F and proximity), `facets` (dimensions, filters, counts), [`marks`]
//! (matched words, cutting text at marks), `snippets` (a hit's marks and snippet), `results`
//! (options and results), `engine` (runs a query through all of them), `similar` (the passages
//! most like one passage).
//!
//! Invariants:
//! - A term is what [`crate::nl::tokenize::for_each_token`] makes of a word; the index and the query never
//!   fold text any other way. The index adds parts of closed compounds and the full compounds that
//!   suspended ones stand for ([`compounds::for_each_index_token`]), and figures under their keys
//!   ([`figures`]); a query never needs them split (a part is a term of its own).
//! - Every bound on work is a named constant ([`MAX_QUERY_CHARS`], [`MAX_QUERY_TERMS`],
//!   [`MAX_PREFIX_EXPANSIONS`], [`MAX_FUZZY_EXPANSIONS`], [`MAX_FUZZY_BYTES`]), so no query,
//!   however odd, costs more than a bounded number of dictionary walks and posting scans.
//! - Marks are byte ranges of whole tokens of the block text, on `char` boundaries.

pub mod compounds;
mod data;
mod dictionary;
mod engine;
mod expand;
mod facets;
pub mod figures;
mod fuzzy;
mod index;
pub mod marks;
mod matching;
mod query;
mod rank;
mod results;
mod similar;
mod snippets;
mod synonyms;

pub use compounds::CompoundRules;
pub use data::SearchData;
pub use expand::{MAX_FUZZY_EXPANSIONS, MAX_PREFIX_EXPANSIONS};
pub use facets::{FacetCount, FacetDim, Facets};
pub use fuzzy::MAX_FUZZY_BYTES;
pub use index::{IndexError, LetterInfo, PassageInfo, SearchIndex, INDEX_VERSION};
pub use marks::{mark_ranges, segments, tagged_segments, Segment};
pub use query::{parse, Clause, Filters, Notice, Query, MAX_QUERY_CHARS, MAX_QUERY_TERMS};
pub use results::{
    Hit, LetterGroup, MatchKind, MatchedIn, QueryInput, SearchOptions, SearchResults, SortBy,
    TermMatch, DEFAULT_LIMIT,
};
pub use similar::{SimilarPassage, MAX_SIMILAR_TERMS};
pub use snippets::SNIPPET_WORDS;
pub use synonyms::Synonyms;
