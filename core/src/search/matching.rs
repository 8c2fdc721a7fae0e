//! Clause matching: the passages where a clause's expanded terms and phrases occur (in the text as
//! words or as parts of compounds, in the heading above it, or, for a letter's first passage, in
//! the letter's title), with the clause's best score there, the word positions for the
//! proximity bonus and which terms matched (for marks); and the passages an exclusion removes.

use super::expand::Expanded;
use super::index::SearchIndex;
use super::rank::W_PART;

/// A term in more than one passage in this many is common: scored by the passage text alone.
const COMMON_TERM_SHARE: usize = 2;
use std::borrow::Cow;
use std::collections::HashSet;

/// A clause's matches: a slot per passage into a compact list (dense lookups, no hashing).
pub(super) struct ClauseMatches {
    /// Passage id → index in `hits`, or `u32::MAX`.
    pub(super) slot: Vec<u32>,
    /// The matched passages with their match.
    pub(super) hits: Vec<(u32, ClauseHit)>,
}

impl ClauseMatches {
    /// No matches yet, for an index of `n` passages.
    pub(super) fn new(n: usize) -> Self {
        ClauseMatches {
            slot: vec![u32::MAX; n],
            hits: Vec::new(),
        }
    }

    /// The match in passage `p`, if any.
    pub(super) fn get(&self, p: u32) -> Option<&ClauseHit> {
        match self.slot[p as usize] {
            u32::MAX => None,
            i => Some(&self.hits[i as usize].1),
        }
    }

    /// The match in passage `p`, created when missing.
    pub(super) fn entry(&mut self, p: u32) -> &mut ClauseHit {
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
pub(super) struct ClauseHit {
    /// Best score of the clause's alternatives here.
    pub(super) score: f32,
    /// Word positions of the matched words (for the proximity bonus).
    pub(super) positions: Vec<u16>,
    /// Which of the clause's single terms ([`Expanded::singles`]) matched, a bit each: every
    /// occurrence of them is marked. A bit set instead of a list: no allocation per passage.
    pub(super) singles: u64,
    /// Which of them matched only as a part of a compound (a bit each).
    pub(super) part_only: u64,
    /// Which of the clause's phrases matched: only their occurrences are marked.
    pub(super) phrases: u64,
    /// Positions of the words of matched phrases, ascending.
    pub(super) phrase_positions: Vec<u16>,
}

impl SearchIndex {
    /// Positions of `term` in `passage`, if it occurs in its text as a word.
    pub(super) fn positions(&self, term: u32, passage: u32) -> Option<&[u16]> {
        let postings = &self.body[term as usize];
        postings
            .binary_search_by_key(&passage, |p| p.passage)
            .ok()
            .map(|i| postings[i].positions.as_slice())
    }

    /// Positions of `term` in `passage` as a word or a part of one, ascending (borrowed when it
    /// is only one of the two).
    fn all_positions(&self, term: u32, passage: u32) -> Cow<'_, [u16]> {
        let whole = self.positions(term, passage).unwrap_or_default();
        let parts = &self.parts[term as usize];
        match parts.binary_search_by_key(&passage, |p| p.passage) {
            Ok(i) if whole.is_empty() => Cow::Borrowed(&parts[i].positions),
            Ok(i) => {
                let mut out = whole.to_vec();
                out.extend_from_slice(&parts[i].positions);
                crate::order::sort(&mut out);
                out.dedup();
                Cow::Owned(out)
            }
            Err(_) => Cow::Borrowed(whole),
        }
    }

    /// Passages where a phrase occurs (its words as words or parts), with the positions of its
    /// first word.
    pub(super) fn phrase_matches(&self, ids: &[u32]) -> Vec<(u32, Vec<u16>)> {
        let Some((&first, rest)) = ids.split_first() else {
            return Vec::new();
        };
        // The passages of its word and part postings (each in passage order), merged.
        let (mut whole, mut part) = (
            self.body[first as usize]
                .iter()
                .map(|p| p.passage)
                .peekable(),
            self.parts[first as usize]
                .iter()
                .map(|p| p.passage)
                .peekable(),
        );
        let mut candidates = Vec::new();
        loop {
            let next = match (whole.peek(), part.peek()) {
                (Some(&a), Some(&b)) if a <= b => whole.next(),
                (Some(_), Some(_)) | (None, Some(_)) => part.next(),
                (Some(_), None) => whole.next(),
                (None, None) => break,
            };
            if let Some(p) = next.filter(|&p| candidates.last() != Some(&p)) {
                candidates.push(p);
            }
        }
        let mut out = Vec::new();
        for passage in candidates {
            let mut starts = self.all_positions(first, passage).into_owned();
            for (k, &id) in rest.iter().enumerate() {
                let pos = self.all_positions(id, passage);
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
                out.push((passage, starts));
            }
        }
        out
    }

    /// Matches of one clause, by passage.
    ///
    /// `want_positions`: collect word positions for the proximity bonus (only worth it when the
    /// query has more than one clause).
    pub(super) fn match_clause(&self, expanded: &Expanded, want_positions: bool) -> ClauseMatches {
        let mut hits = ClauseMatches::new(self.passages.len());
        for (bit, &(term, kind)) in expanded.singles.iter().enumerate() {
            let idf = self.idf(term);
            let weight = kind.weight();
            // A word in most passages (`de`, or the first letter typed) says little about any of
            // them: its passages are scored by their own text alone, and it is not looked up in
            // headings and titles, which would reach the same passages again.
            let common = self.df(term) * COMMON_TERM_SHARE > self.passages.len();
            for (postings, w, part) in [
                (&self.body[term as usize], weight, false),
                (&self.parts[term as usize], weight * W_PART, true),
            ] {
                for posting in postings {
                    let tf = posting.positions.len();
                    let score = if common {
                        self.bm25_body(posting.passage, tf, idf)
                    } else {
                        self.bm25f_with_idf(term, posting.passage, tf, idf)
                    } * w;
                    let h = hits.entry(posting.passage);
                    h.score = h.score.max(score);
                    if want_positions {
                        h.positions.extend_from_slice(&posting.positions);
                    }
                    if part && h.singles & (1 << bit) == 0 {
                        h.part_only |= 1 << bit;
                    } else {
                        h.part_only &= !(1 << bit);
                    }
                    h.singles |= 1 << bit;
                }
            }
            if common {
                continue;
            }
            // Passages under a heading with the term match through the heading field.
            for &(heading, _) in &self.heading[term as usize] {
                for &member in &self.section_members[heading as usize] {
                    if hits.get(member).is_none_or(|h| h.singles & (1 << bit) == 0) {
                        let score = self.bm25f_with_idf(term, member, 0, idf) * weight;
                        let h = hits.entry(member);
                        h.score = h.score.max(score);
                        h.singles |= 1 << bit;
                    }
                }
            }
            // A letter's first passage matches through the letter's title.
            for &(letter, _) in &self.title[term as usize] {
                let first = self.letters[letter as usize].first_passage;
                if (first as usize) < self.passages.len()
                    && hits.get(first).is_none_or(|h| h.singles & (1 << bit) == 0)
                {
                    let score = self.bm25f_with_idf(term, first, 0, idf) * weight;
                    let h = hits.entry(first);
                    h.score = h.score.max(score);
                    h.singles |= 1 << bit;
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
            crate::order::sort(&mut h.positions);
            h.positions.dedup();
            crate::order::sort(&mut h.phrase_positions);
            h.phrase_positions.dedup();
        }
        hits
    }

    /// Passages an exclusion removes.
    pub(super) fn excluded(&self, expression: &[String]) -> HashSet<u32> {
        let mut out = HashSet::new();
        if let [term] = expression {
            let mut ids = self.stem_family(term);
            ids.extend(self.term_id(term));
            for id in ids {
                let postings = self.body[id as usize]
                    .iter()
                    .chain(&self.parts[id as usize]);
                out.extend(postings.map(|p| p.passage));
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
}
