//! Query execution: parses the query, expands and matches its clauses, applies exclusions and
//! filters, counts facets, ranks and orders the passages, and builds the hits returned.
//!
//! The concepts live beside it: [`super::expand`] (clause → terms), [`super::matching`] (terms →
//! passages), [`super::rank`] (BM25F and proximity), [`super::facets`], [`super::snippets`]
//! (marks and snippets), [`super::results`] (what goes in and comes out).

use super::expand::Expanded;
use super::index::SearchIndex;
use super::matching::{ClauseHit, ClauseMatches};
use super::query::{parse, Notice, Query, MAX_QUERY_TERMS};
use super::rank::{proximity_bonus, W_HEADING_PASSAGE};
use super::results::{QueryInput, SearchOptions, SearchResults, SortBy};
use crate::model::Corpus;
use std::collections::HashSet;

impl SearchIndex {
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
        // (passage, clauses it matches only by a part of a compound, score): whole words first.
        let mut selected: Vec<(u32, u32, f32)> = matching
            .iter()
            .filter(|&&p| self.passes(p, &filters, None))
            .map(|&p| {
                let mut score = 0.0;
                let mut lists: [&[u16]; MAX_QUERY_TERMS] = [&[]; MAX_QUERY_TERMS];
                let mut k = 0;
                let mut part_only = 0;
                for h in clauses_of(p).filter_map(|c| clause_hits[c].get(p)) {
                    score += h.score;
                    part_only += u32::from(h.phrases == 0 && h.singles & !h.part_only == 0);
                    if !h.positions.is_empty() && k < MAX_QUERY_TERMS {
                        lists[k] = &h.positions;
                        k += 1;
                    }
                }
                if k > 1 {
                    score += proximity_bonus(&lists[..k]);
                }
                if self.passages[p as usize].is_heading {
                    score *= W_HEADING_PASSAGE;
                }
                (p, part_only, score)
            })
            .collect();
        let date_key = |p: u32| &self.letters[self.passages[p as usize].letter as usize].date_key;
        let order = |a: &(u32, u32, f32), b: &(u32, u32, f32)| match options.sort {
            SortBy::Relevance => a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(&b.0)),
            SortBy::Date => date_key(b.0).cmp(date_key(a.0)).then(a.0.cmp(&b.0)),
        };
        let total_passages = selected.len();
        let mut letter_seen = vec![false; self.letters.len()];
        for (p, _, _) in &selected {
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
        crate::order::sort_by(&mut selected, order);
        // Term id → its clause + 1 (0: none), for marking: one look-up per token of a hit.
        let mut clause_of_term = Vec::new();
        if !selected.is_empty() {
            clause_of_term.resize(self.term_count(), 0u8);
            for (c, e) in expanded.iter().enumerate().rev() {
                for &(t, _) in &e.singles {
                    clause_of_term[t as usize] = c as u8 + 1;
                }
            }
        }
        let hits = selected
            .iter()
            .take(options.limit)
            .filter_map(|&(p, _, score)| {
                let hits: Vec<(usize, &Expanded, &ClauseHit)> = clauses_of(p)
                    .filter_map(|c| Some((c, &expanded[c], clause_hits[c].get(p)?)))
                    .collect();
                self.hit(corpus, p, score, &hits, &clause_of_term)
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
}
