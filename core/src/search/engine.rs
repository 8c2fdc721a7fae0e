//! Query execution: expansion, matching, BM25F ranking with a proximity bonus, facets, snippets.
//!
//! Scoring: for a term `t` and passage `p`,
//! `tf~ = Σ_field w_field · tf_field / (1 − b + b · len_field / avg_len_field)` over the passage
//! text, its section heading and its letter title, and
//! `score = idf(t) · tf~ · (k1 + 1) / (k1 + tf~) · w_match`, where `w_match` ranks exact matches
//! above stemmed, synonym, prefix and fuzzy ones. A clause scores its best alternative; a passage
//! sums its clauses and gains a bonus when their words stand close together.

use super::facets::Facets;
use super::fuzzy::{Typos, MAX_FUZZY_BYTES};
use super::index::{stem_of, SearchIndex};
use super::marks::{marks_in, Mark};
use super::query::{parse, Clause, Filters, Notice, Query, MAX_QUERY_TERMS};
use crate::model::{Corpus, TextRange};
use fst::automaton::Str;
use fst::{Automaton, IntoStreamer, Streamer};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// BM25 saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// Field weights: heading and title above body.
const W_BODY: f32 = 1.0;
/// Weight of the section heading field.
const W_HEADING: f32 = 2.0;
/// Weight of the letter title field.
const W_TITLE: f32 = 1.5;
/// Match weights, best first.
const W_EXACT: f32 = 1.0;
/// Stemmed match weight.
const W_STEM: f32 = 0.8;
/// Synonym match weight.
const W_SYNONYM: f32 = 0.75;
/// Prefix match weight.
const W_PREFIX: f32 = 0.6;
/// Fuzzy match weight.
const W_FUZZY: f32 = 0.4;
/// A heading on its own says less than the paragraphs under it (which inherit its words).
const W_HEADING_PASSAGE: f32 = 0.6;
/// Weight of the proximity bonus.
const W_PROXIMITY: f32 = 1.0;
/// Most terms and most phrases one clause may expand to (stems, synonyms, prefixes and typos
/// together); one bit each in a passage's match record.
const MAX_CLAUSE_TERMS: usize = 64;
/// Most dictionary terms one prefix may expand to (the most frequent ones).
pub const MAX_PREFIX_EXPANSIONS: usize = 16;
/// Most dictionary terms looked at for one prefix.
const MAX_PREFIX_SCAN: usize = 512;
/// Most dictionary terms one fuzzy word may expand to.
pub const MAX_FUZZY_EXPANSIONS: usize = 24;
/// Shortest word that is matched with one typo.
const FUZZY_MIN_LEN: usize = 4;
/// Shortest word that is matched with two typos.
const FUZZY_TWO_EDITS_LEN: usize = 8;
/// Shortest word for which suggestions allow two typos (suggestions look further than matching).
const SUGGEST_TWO_EDITS_LEN: usize = 6;
/// Most suggestions per query word, the most frequent first.
const SUGGESTIONS_PER_WORD: usize = 3;
/// Words in a snippet.
pub const SNIPPET_WORDS: usize = 30;
/// Default number of hits returned.
pub const DEFAULT_LIMIT: usize = 50;

/// How a term matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MatchKind {
    /// The word itself (after folding).
    Exact,
    /// The same Dutch stem.
    Stem,
    /// A synonym or translation.
    Synonym,
    /// A word it begins (while typing).
    Prefix,
    /// Within one or two typos.
    Fuzzy,
}

impl MatchKind {
    /// The ranking weight of this kind of match.
    fn weight(self) -> f32 {
        match self {
            MatchKind::Exact => W_EXACT,
            MatchKind::Stem => W_STEM,
            MatchKind::Synonym => W_SYNONYM,
            MatchKind::Prefix => W_PREFIX,
            MatchKind::Fuzzy => W_FUZZY,
        }
    }
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

/// A clause expanded to dictionary terms.
struct Expanded {
    /// Single terms with their kind, at most [`MAX_CLAUSE_TERMS`].
    singles: Vec<(u32, MatchKind)>,
    /// Phrases (term ids in order) with their kind.
    phrases: Vec<(Vec<u32>, MatchKind)>,
}

/// A clause's matches: a slot per passage into a compact list (dense lookups, no hashing).
struct ClauseMatches {
    /// Passage id → index in `hits`, or `u32::MAX`.
    slot: Vec<u32>,
    /// The matched passages with their match.
    hits: Vec<(u32, ClauseHit)>,
}

impl ClauseMatches {
    /// No matches yet, for an index of `n` passages.
    fn new(n: usize) -> Self {
        ClauseMatches {
            slot: vec![u32::MAX; n],
            hits: Vec::new(),
        }
    }

    /// The match in passage `p`, if any.
    fn get(&self, p: u32) -> Option<&ClauseHit> {
        match self.slot[p as usize] {
            u32::MAX => None,
            i => Some(&self.hits[i as usize].1),
        }
    }

    /// The match in passage `p`, created when missing.
    fn entry(&mut self, p: u32) -> &mut ClauseHit {
        let i = match self.slot[p as usize] {
            u32::MAX => {
                self.slot[p as usize] = self.hits.len() as u32;
                self.hits.push((p, ClauseHit::default()));
                self.hits.len() - 1
            }
            i => i as usize,
        };
        &mut self.hits[i].1
    }
}

/// A clause's match in one passage.
#[derive(Default, Clone)]
struct ClauseHit {
    /// Best score of the clause's alternatives here.
    score: f32,
    /// Word positions of the matched words (for the proximity bonus).
    positions: Vec<u16>,
    /// Which of the clause's single terms ([`Expanded::singles`]) matched, a bit each: every
    /// occurrence of them is marked. A bit set instead of a list: no allocation per passage.
    singles: u64,
    /// Which of the clause's phrases matched: only their occurrences are marked.
    phrases: u64,
    /// Positions of the words of matched phrases, ascending.
    phrase_positions: Vec<u16>,
}

impl SearchIndex {
    /// Terms sharing the stem of `term`.
    fn stem_family(&self, term: &str) -> Vec<u32> {
        let stem = stem_of(&self.stemmer, term);
        self.stems
            .get(&stem)
            .map(|sid| self.stem_terms[sid as usize].clone())
            .unwrap_or_default()
    }

    /// Runs an automaton over the dictionary, up to `max` terms.
    fn terms_matching<A: Automaton>(&self, aut: A, max: usize) -> Vec<u32> {
        let mut stream = self.terms.search(aut).into_stream();
        let mut out = Vec::new();
        while let Some((_, id)) = stream.next() {
            out.push(id as u32);
            if out.len() >= max {
                break;
            }
        }
        out
    }

    /// Terms within the allowed typos of `term`.
    fn fuzzy_terms(&self, term: &str, max: usize) -> Vec<u32> {
        let len = term.chars().count();
        if len < FUZZY_MIN_LEN || term.len() > MAX_FUZZY_BYTES {
            return Vec::new();
        }
        let distance = if len >= FUZZY_TWO_EDITS_LEN { 2 } else { 1 };
        match Typos::new(term, distance) {
            Some(aut) => self.terms_matching(aut, max),
            None => Vec::new(),
        }
    }

    /// Expands a clause into dictionary terms.
    fn expand(&self, clause: &Clause) -> Expanded {
        let mut best: BTreeMap<u32, MatchKind> = BTreeMap::new();
        let add = |id: u32, kind: MatchKind, best: &mut BTreeMap<u32, MatchKind>| {
            let e = best.entry(id).or_insert(kind);
            if kind < *e {
                *e = kind;
            }
        };
        let mut phrases = Vec::new();
        for (i, alt) in clause.alternatives.iter().enumerate() {
            let original = i == 0;
            if let [term] = alt.as_slice() {
                let (exact, stem) = if original {
                    (MatchKind::Exact, MatchKind::Stem)
                } else {
                    (MatchKind::Synonym, MatchKind::Synonym)
                };
                if let Some(id) = self.term_id(term) {
                    add(id, exact, &mut best);
                }
                if clause.expand || !original {
                    for id in self.stem_family(term) {
                        add(id, stem, &mut best);
                    }
                }
                if original && clause.expand {
                    if clause.prefix {
                        let mut ids =
                            self.terms_matching(Str::new(term).starts_with(), MAX_PREFIX_SCAN);
                        ids.sort_by_key(|&id| std::cmp::Reverse(self.df(id)));
                        for id in ids.into_iter().take(MAX_PREFIX_EXPANSIONS) {
                            add(id, MatchKind::Prefix, &mut best);
                        }
                    }
                    // Typo tolerance for words the corpus does not have as typed: a word that
                    // is in the dictionary was most likely meant (and the automaton is the
                    // costliest part of a query).
                    if self.term_id(term).is_none() {
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
            singles.sort_by_key(|&(id, kind)| (kind, std::cmp::Reverse(self.df(id))));
            singles.truncate(MAX_CLAUSE_TERMS);
        }
        phrases.truncate(MAX_CLAUSE_TERMS);
        Expanded { singles, phrases }
    }

    /// Inverse document frequency of a term.
    fn idf(&self, term: u32) -> f32 {
        let n = self.passages.len() as f32;
        let df = self.df(term) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25F score of a term in a passage, given its body term frequency.
    fn bm25f(&self, term: u32, passage: u32, body_tf: usize) -> f32 {
        self.bm25f_with_idf(term, passage, body_tf, self.idf(term))
    }

    /// [`Self::bm25f`] with the term's idf already known.
    fn bm25f_with_idf(&self, term: u32, passage: u32, body_tf: usize, idf: f32) -> f32 {
        let p = &self.passages[passage as usize];
        let norm = |len: f32, avg: f32| 1.0 - B + B * len / avg;
        let mut tf = W_BODY * body_tf as f32 / norm(p.len as f32, self.avg_len);
        if let Some(sec) = p.section {
            let h = &self.heading[term as usize];
            if let Ok(i) = h.binary_search_by_key(&sec, |x| x.0) {
                let hlen = self.passages[sec as usize].len as f32;
                tf += W_HEADING * h[i].1 as f32 / norm(hlen, self.avg_heading_len);
            }
        }
        let t = &self.title[term as usize];
        if let Ok(i) = t.binary_search_by_key(&p.letter, |x| x.0) {
            let tlen = self.letters[p.letter as usize].title_len as f32;
            tf += W_TITLE * t[i].1 as f32 / norm(tlen, self.avg_title_len);
        }
        idf * tf * (K1 + 1.0) / (K1 + tf)
    }

    /// Positions of `term` in `passage`, if it occurs in its text.
    fn positions(&self, term: u32, passage: u32) -> Option<&[u16]> {
        let postings = &self.body[term as usize];
        postings
            .binary_search_by_key(&passage, |p| p.passage)
            .ok()
            .map(|i| postings[i].positions.as_slice())
    }

    /// Passages where a phrase occurs, with the positions of its first word.
    fn phrase_matches(&self, ids: &[u32]) -> Vec<(u32, Vec<u16>)> {
        let Some((&first, rest)) = ids.split_first() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for posting in &self.body[first as usize] {
            let mut starts: Vec<u16> = posting.positions.clone();
            for (k, &id) in rest.iter().enumerate() {
                let Some(pos) = self.positions(id, posting.passage) else {
                    starts.clear();
                    break;
                };
                let offset = k as u16 + 1;
                starts.retain(|&s| {
                    s.checked_add(offset)
                        .is_some_and(|at| pos.binary_search(&at).is_ok())
                });
                if starts.is_empty() {
                    break;
                }
            }
            if !starts.is_empty() {
                out.push((posting.passage, starts));
            }
        }
        out
    }

    /// Matches of one clause, by passage.
    ///
    /// `want_positions`: collect word positions for the proximity bonus (only worth it when the
    /// query has more than one clause).
    fn match_clause(&self, expanded: &Expanded, want_positions: bool) -> ClauseMatches {
        let mut hits = ClauseMatches::new(self.passages.len());
        for (bit, &(term, kind)) in expanded.singles.iter().enumerate() {
            let idf = self.idf(term);
            let weight = kind.weight();
            for posting in &self.body[term as usize] {
                let tf = posting.positions.len();
                let score = self.bm25f_with_idf(term, posting.passage, tf, idf) * weight;
                let h = hits.entry(posting.passage);
                h.score = h.score.max(score);
                if want_positions {
                    h.positions.extend_from_slice(&posting.positions);
                }
                h.singles |= 1 << bit;
            }
            // Passages under a heading with the term match through the heading field.
            for &(heading, _) in &self.heading[term as usize] {
                for &member in &self.section_members[heading as usize] {
                    if self.positions(term, member).is_none() {
                        let score = self.bm25f_with_idf(term, member, 0, idf) * weight;
                        let h = hits.entry(member);
                        h.score = h.score.max(score);
                        h.singles |= 1 << bit;
                    }
                }
            }
        }
        for (bit, (ids, kind)) in expanded.phrases.iter().enumerate() {
            for (passage, starts) in self.phrase_matches(ids) {
                let score: f32 = ids
                    .iter()
                    .map(|&t| self.bm25f(t, passage, starts.len()))
                    .sum::<f32>()
                    * kind.weight();
                let h = hits.entry(passage);
                h.score = h.score.max(score);
                for &s in &starts {
                    let words = (0..ids.len() as u16).filter_map(|k| s.checked_add(k));
                    h.positions.extend(words.clone());
                    h.phrase_positions.extend(words);
                }
                h.phrases |= 1 << bit;
            }
        }
        for (_, h) in hits.hits.iter_mut() {
            h.positions.sort_unstable();
            h.positions.dedup();
            h.phrase_positions.sort_unstable();
            h.phrase_positions.dedup();
        }
        hits
    }

    /// Passages an exclusion removes.
    fn excluded(&self, expression: &[String]) -> HashSet<u32> {
        let mut out = HashSet::new();
        if let [term] = expression {
            let mut ids = self.stem_family(term);
            ids.extend(self.term_id(term));
            for id in ids {
                out.extend(self.body[id as usize].iter().map(|p| p.passage));
            }
        } else if let Some(ids) = expression
            .iter()
            .map(|t| self.term_id(t))
            .collect::<Option<Vec<_>>>()
        {
            out.extend(self.phrase_matches(&ids).into_iter().map(|(p, _)| p));
        }
        out
    }

    /// Searches with a query string.
    ///
    /// `query` is the text as typed (`&str`, `&String`) or an already parsed [`Query`]. The
    /// corpus supplies the passage texts for snippets and marks (the app has it embedded
    /// already; the index does not store the texts a second time).
    pub fn search<'q>(
        &self,
        corpus: &Corpus,
        query: impl Into<QueryInput<'q>>,
        options: &SearchOptions,
    ) -> SearchResults {
        match query.into() {
            QueryInput::Text(text) => {
                let parsed = parse(text, &self.synonyms, options.typing);
                self.search_parsed(corpus, &parsed, options)
            }
            QueryInput::Parsed(parsed) => self.search_parsed(corpus, parsed, options),
        }
    }

    /// Searches with a parsed query.
    pub fn search_parsed(
        &self,
        corpus: &Corpus,
        query: &Query,
        options: &SearchOptions,
    ) -> SearchResults {
        let mut notices = query.notices.clone();
        let mut filters = options.filters.clone();
        filters
            .letters
            .extend(query.filters.letters.iter().cloned());
        filters.kinds.extend(query.filters.kinds.iter().cloned());
        filters
            .meetings
            .extend(query.filters.meetings.iter().cloned());
        filters.years.extend(query.filters.years.iter().copied());
        let n_clauses = query.clauses.len();
        let expanded: Vec<Expanded> = query.clauses.iter().map(|c| self.expand(c)).collect();
        let clause_hits: Vec<ClauseMatches> = expanded
            .iter()
            .map(|e| self.match_clause(e, n_clauses > 1))
            .collect();
        let mut excluded = HashSet::new();
        for e in &query.exclusions {
            excluded.extend(self.excluded(e));
        }
        // Which clauses each passage matches (a bit per clause; at most MAX_QUERY_TERMS).
        let mut mask = vec![0u32; self.passages.len()];
        let mut touched: Vec<u32> = Vec::new();
        if n_clauses == 0 {
            if !query.filters.is_empty() || !options.filters.is_empty() {
                touched.extend(0..self.passages.len() as u32);
            }
        } else {
            for (ci, hits) in clause_hits.iter().enumerate() {
                for &(p, _) in &hits.hits {
                    if mask[p as usize] == 0 {
                        touched.push(p);
                    }
                    mask[p as usize] |= 1 << ci;
                }
            }
        }
        touched.retain(|p| !excluded.contains(p));
        let mask = &mask;
        let clauses_of =
            move |p: u32| (0..n_clauses).filter(move |c| mask[p as usize] & (1 << c) != 0);
        let best = touched
            .iter()
            .map(|&p| mask[p as usize].count_ones() as usize)
            .max()
            .unwrap_or(0);
        let needed = if best == n_clauses {
            n_clauses
        } else {
            best.max(1)
        };
        if n_clauses > 1 && best < n_clauses && best > 0 {
            notices.push(Notice::Partial {
                matched: best,
                total: n_clauses,
            });
        }
        let matching: Vec<u32> = touched
            .iter()
            .copied()
            .filter(|&p| mask[p as usize].count_ones() as usize >= needed)
            .collect();
        let facets = self.facets(&matching, &filters);
        let mut selected: Vec<(u32, f32)> = matching
            .iter()
            .filter(|&&p| self.passes(p, &filters, None))
            .map(|&p| {
                let mut score = 0.0;
                let mut lists: [&[u16]; MAX_QUERY_TERMS] = [&[]; MAX_QUERY_TERMS];
                let mut k = 0;
                for h in clauses_of(p).filter_map(|c| clause_hits[c].get(p)) {
                    score += h.score;
                    if !h.positions.is_empty() && k < MAX_QUERY_TERMS {
                        lists[k] = &h.positions;
                        k += 1;
                    }
                }
                if k > 1 {
                    let window = min_window(&lists[..k]) as f32;
                    let k = k as f32;
                    score += W_PROXIMITY * (k - 1.0) / (1.0 + (window - (k - 1.0)).max(0.0));
                }
                if self.passages[p as usize].is_heading {
                    score *= W_HEADING_PASSAGE;
                }
                (p, score)
            })
            .collect();
        let date_key = |p: u32| &self.letters[self.passages[p as usize].letter as usize].date_key;
        let order = |a: &(u32, f32), b: &(u32, f32)| match options.sort {
            SortBy::Relevance => b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)),
            SortBy::Date => date_key(b.0).cmp(date_key(a.0)).then(a.0.cmp(&b.0)),
        };
        let total_passages = selected.len();
        let mut letter_seen = vec![false; self.letters.len()];
        for (p, _) in &selected {
            letter_seen[self.passages[*p as usize].letter as usize] = true;
        }
        let total_letters = letter_seen.iter().filter(|&&x| x).count();
        // Only the hits returned need their order: select them first, then sort just those.
        if options.limit < selected.len() {
            if options.limit == 0 {
                selected.clear();
            } else {
                selected.select_nth_unstable_by(options.limit - 1, order);
                selected.truncate(options.limit);
            }
        }
        selected.sort_by(order);
        let hits = selected
            .iter()
            .take(options.limit)
            .filter_map(|&(p, score)| {
                let hits: Vec<(&Expanded, &ClauseHit)> = clauses_of(p)
                    .filter_map(|c| Some((&expanded[c], clause_hits[c].get(p)?)))
                    .collect();
                self.hit(corpus, p, score, &hits)
            })
            .collect::<Vec<_>>();
        let suggestions = if total_passages == 0 {
            self.suggestions(query)
        } else {
            Vec::new()
        };
        SearchResults {
            hits,
            total_passages,
            total_letters,
            facets,
            notices,
            suggestions,
        }
    }

    /// Builds a hit with its snippet and marks.
    fn hit(
        &self,
        corpus: &Corpus,
        p: u32,
        score: f32,
        hits: &[(&Expanded, &ClauseHit)],
    ) -> Option<Hit> {
        let info = &self.passages[p as usize];
        let letter_id = &self.letters[info.letter as usize].id;
        // The index lists letters in corpus order; look up by id only if the corpus differs.
        let letter = match corpus.letters.get(info.letter as usize) {
            Some(l) if &l.id == letter_id => l,
            _ => corpus.letter(letter_id)?,
        };
        let block = letter.block(info.n)?;
        let set = |mask: u64, bit: usize| bit < 64 && mask & (1 << bit) != 0;
        // The matched terms, a few per clause: a list is quicker to look up than a hash set.
        let mut singles: Vec<(u32, MatchKind)> = Vec::new();
        let mut phrase_terms: Vec<(u32, MatchKind)> = Vec::new();
        for (e, h) in hits {
            for (bit, &t) in e.singles.iter().enumerate() {
                if set(h.singles, bit) {
                    singles.push(t);
                }
            }
            for (bit, (ids, kind)) in e.phrases.iter().enumerate() {
                if set(h.phrases, bit) {
                    phrase_terms.extend(ids.iter().map(|&t| (t, *kind)));
                }
            }
        }
        let mut phrase_positions: Vec<u16> = hits
            .iter()
            .flat_map(|(_, h)| h.phrase_positions.iter().copied())
            .collect();
        phrase_positions.sort_unstable();
        let passage = self.tokens_of(p, &block.text);
        let marks = marks_in(&passage.tokens, |term, pos| {
            singles.iter().any(|&(t, _)| t == term)
                || (phrase_terms.iter().any(|&(t, _)| t == term)
                    && u16::try_from(pos).is_ok_and(|p| phrase_positions.binary_search(&p).is_ok()))
        });
        let (snippet, snippet_marks) = snippet(&block.text, &passage.words, &marks);
        let marks = marks.into_iter().map(|m| m.range).collect();
        let mut terms = singles;
        terms.extend(phrase_terms);
        terms.sort_by_key(|t| t.1);
        let mut seen = HashSet::new();
        let matches = terms
            .iter()
            .filter(|(t, _)| seen.insert(*t))
            .map(|&(t, kind)| TermMatch {
                term: self.term_names[t as usize].clone(),
                kind,
            })
            .collect();
        Some(Hit {
            letter: letter_id.clone(),
            n: info.n,
            score,
            snippet,
            snippet_marks,
            marks,
            matches,
        })
    }

    /// Close words for the empty state.
    fn suggestions(&self, query: &Query) -> Vec<String> {
        let mut out = Vec::new();
        for clause in &query.clauses {
            if let [term] = clause.alternatives[0].as_slice() {
                let len = term.chars().count();
                let distance = if len >= SUGGEST_TWO_EDITS_LEN { 2 } else { 1 };
                if let Some(aut) = Typos::new(term, distance) {
                    let mut ids = self.terms_matching(aut, MAX_FUZZY_EXPANSIONS);
                    ids.sort_by_key(|&id| std::cmp::Reverse(self.df(id)));
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

/// The smallest span of positions holding one position of each list (lists sorted).
fn min_window(lists: &[&[u16]]) -> usize {
    let mut idx = vec![0usize; lists.len()];
    let mut best = usize::MAX;
    loop {
        let (mut lo, mut hi, mut lo_list) = (u16::MAX, 0u16, 0);
        for (k, l) in lists.iter().enumerate() {
            let v = l[idx[k]];
            if v < lo {
                lo = v;
                lo_list = k;
            }
            hi = hi.max(v);
        }
        best = best.min((hi - lo) as usize);
        idx[lo_list] += 1;
        if idx[lo_list] >= lists[lo_list].len() {
            return best;
        }
    }
}

/// The best window of about [`SNIPPET_WORDS`] words of `text` (whose words are `ws`), with its
/// marks: the window showing the most different matched terms, then the most matches.
fn snippet(text: &str, ws: &[(u32, u32)], marks: &[Mark]) -> (String, Vec<TextRange>) {
    if ws.is_empty() {
        return (text.to_string(), Vec::new());
    }
    let n = ws.len();
    let width = SNIPPET_WORDS.min(n);
    // One pass, sliding the window and counting the terms inside it (marks are in word order;
    // a passage has few distinct matched terms, so a short list beats a map).
    let mut best_start = 0;
    let mut best = (0, 0);
    let mut inside: Vec<(u32, usize)> = Vec::new();
    let mut total = 0usize;
    let (mut enter, mut leave) = (0, 0);
    for start in 0..=(n - width) {
        while enter < marks.len() && (marks[enter].pos as usize) < start + width {
            match inside.iter_mut().find(|(t, _)| *t == marks[enter].term) {
                Some((_, c)) => *c += 1,
                None => inside.push((marks[enter].term, 1)),
            }
            total += 1;
            enter += 1;
        }
        while leave < marks.len() && (marks[leave].pos as usize) < start {
            if let Some(i) = inside.iter().position(|(t, _)| *t == marks[leave].term) {
                inside[i].1 -= 1;
                if inside[i].1 == 0 {
                    inside.swap_remove(i);
                }
            }
            total -= 1;
            leave += 1;
        }
        let score = (inside.len(), total);
        if score > best {
            best = score;
            best_start = start;
        }
    }
    // Start a little before the first match, so it has some context.
    if let Some(first) = marks
        .iter()
        .map(|m| m.pos as usize)
        .filter(|&w| w >= best_start)
        .min()
    {
        let lead = 4.min(first);
        best_start = best_start.min(first - lead).min(n - width);
    }
    let from = ws[best_start].0 as usize;
    let to = if best_start + width >= n {
        text.len()
    } else {
        ws[best_start + width - 1].1 as usize
    };
    let prefix = if best_start > 0 { "… " } else { "" };
    let suffix = if best_start + width < n { " …" } else { "" };
    let snippet = format!("{prefix}{}{suffix}", &text[from..to]);
    let shift = prefix.len() as i64 - from as i64;
    let snippet_marks = marks
        .iter()
        .filter(|m| m.range.start as usize >= from && m.range.end as usize <= to)
        .map(|m| TextRange {
            start: (m.range.start as i64 + shift) as u32,
            end: (m.range.end as i64 + shift) as u32,
        })
        .collect();
    (snippet, snippet_marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_window_finds_the_closest_positions() {
        assert_eq!(min_window(&[&[1, 10, 20], &[12, 30], &[9]]), 3);
        assert_eq!(min_window(&[&[5], &[5]]), 0);
    }
}
