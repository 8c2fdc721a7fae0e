//! "Similar passages": for one passage, the passages of other letters that say most nearly the
//! same, ranked by the engine's own term weights, so a person finds what to compare without
//! knowing where to look.
//!
//! The passage is read as a query of its own words: of the terms that occur in another letter,
//! the [`MAX_SIMILAR_TERMS`] with the most weight (idf times a count saturated as BM25 saturates
//! it) are kept, and every other
//! passage is scored with those weights times the body's share of the same BM25F as a search
//! ([`SearchIndex::bm25f`]: with the term's count, less without it, so the letter's title and
//! the section heading do not count; divided by the idf, which the weight holds), a term of the
//! same
//! stem counting at the stem weight. Headings and the passage's own letter are left out, and so
//! are passages that share fewer than two of the words or score below a fifth of the best. Each
//! result carries the words it shares, as marks of its text, so the view can show why it ranks.

use super::index::{SearchIndex, NO_TERM};
use super::marks::marks_in;
use super::results::MatchKind;
use crate::model::{Corpus, TextRange};
use crate::nl::stem::stem_of;

/// Most terms of the passage used as the query (its rarest, most repeated words).
pub const MAX_SIMILAR_TERMS: usize = 32;
/// Weight of a term seen only as a part of a compound (`uitgaven` of `defensie-uitgaven`).
const W_PART_ONLY: f32 = 0.5;
/// Saturation of a term's count in the passage used as the query.
const K_QUERY: f32 = 1.2;
/// Fewest words a passage must share with the query passage to count as similar.
const MIN_SHARED_TERMS: usize = 2;
/// Least score, as a share of the best one, of a passage that counts as similar: below it a
/// passage shares only common words.
const MIN_SHARE_OF_BEST: f32 = 0.2;

/// A count saturated as BM25 saturates it.
fn saturated(tf: f32) -> f32 {
    tf * (K_QUERY + 1.0) / (K_QUERY + tf)
}

/// A sort key that orders higher scores first, then lower ids (scores are never negative, so
/// their bits order them). Sorted with the one compiled sort of [`crate::order`]: a sort of its
/// own would add its own copy of the sorting code to the app.
fn rank_key(score: f32, id: u32) -> u64 {
    (u64::from(u32::MAX - score.max(0.0).to_bits()) << 32) | u64::from(id)
}

/// The id and score of a [`rank_key`].
fn from_rank_key(key: u64) -> (u32, f32) {
    (key as u32, f32::from_bits(u32::MAX - (key >> 32) as u32))
}

/// A passage like another one.
#[derive(Debug, Clone, PartialEq)]
pub struct SimilarPassage {
    /// Its passage id.
    pub passage: u32,
    /// Its letter's id.
    pub letter: String,
    /// Its block number.
    pub n: u32,
    /// The score (higher is more alike).
    pub score: f32,
    /// The words it shares with the passage asked about, as byte ranges of its text.
    pub marks: Vec<TextRange>,
}

impl SearchIndex {
    /// The passage id of block `n` of the letter with index `letter` (corpus order).
    pub fn passage_id(&self, letter: usize, n: u32) -> Option<u32> {
        let first = self
            .passages
            .partition_point(|p| (p.letter as usize) < letter);
        // Blocks are numbered from 1 in reading order: try the direct place, then look.
        let direct = first + (n as usize).checked_sub(1)?;
        match self.passages.get(direct) {
            Some(p) if p.letter as usize == letter && p.n == n => Some(direct as u32),
            _ => self.passages[first..]
                .iter()
                .take_while(|p| p.letter as usize == letter)
                .position(|p| p.n == n)
                .map(|i| (first + i) as u32),
        }
    }

    /// The text of a passage, read from the corpus.
    fn passage_text<'c>(&self, corpus: &'c Corpus, p: u32) -> Option<&'c str> {
        let info = self.passages.get(p as usize)?;
        let letter = corpus.letters.get(info.letter as usize)?;
        Some(&letter.block(info.n)?.text)
    }

    /// The passages of other letters most like passage `p`, best first, at most `limit`; empty
    /// for a passage id out of range.
    pub fn similar_passages(&self, corpus: &Corpus, p: u32, limit: usize) -> Vec<SimilarPassage> {
        let Some(text) = self.passage_text(corpus, p) else {
            return Vec::new();
        };
        let own_letter = self.passages[p as usize].letter;
        // The passage's terms with their count, and whether each was ever a whole word.
        let mut counts: Vec<(u32, u16, bool)> = Vec::new();
        // Tokens come in text order, a word then its parts: a token inside the last word's
        // range is a part of it.
        let mut word_end = 0;
        for t in &self.tokens_of(p, text).tokens {
            let is_part = t.start < word_end;
            if !is_part {
                word_end = t.end;
            }
            if t.term == NO_TERM {
                continue;
            }
            match counts.iter_mut().find(|(id, _, _)| *id == t.term) {
                Some(c) => {
                    c.1 += 1;
                    c.2 |= !is_part;
                }
                None => counts.push((t.term, 1, !is_part)),
            }
        }
        // The term and the terms of its stem (its stem siblings).
        let stem_family = |term: u32| {
            let siblings = self
                .stems
                .get(
                    &self.stem_names,
                    &stem_of(&self.stemmer, &self.term_names[term as usize]),
                )
                .and_then(|id| self.stem_terms.get(id as usize));
            std::iter::once((term, 1.0)).chain(
                siblings
                    .into_iter()
                    .flatten()
                    .filter(move |&&t| t != term)
                    .map(|&t| (t, MatchKind::Stem.weight())),
            )
        };
        // Words found (with their stem) only in the passage's own letter can match nothing: they
        // are left out before the heaviest are chosen (a letter's own names and phrasing would
        // fill the list).
        let elsewhere = |id: u32| {
            stem_family(id).any(|(t, _)| {
                self.body[t as usize].iter().any(|posting| {
                    let info = &self.passages[posting.passage as usize];
                    info.letter != own_letter && !info.is_heading
                })
            })
        };
        let mut query: Vec<u64> = counts
            .iter()
            .filter(|c| elsewhere(c.0))
            .map(|&(id, tf, whole)| {
                let tf = tf as f32;
                let part = if whole { 1.0 } else { W_PART_ONLY };
                rank_key(self.idf(id) * saturated(tf) * part, id)
            })
            .collect();
        crate::order::sort(&mut query);
        query.truncate(MAX_SIMILAR_TERMS);
        let n = self.passages.len();
        let mut total = vec![0.0f32; n];
        let mut shared = vec![0u8; n];
        let mut best = vec![0.0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        // Each query term and the terms of its stem: the term itself, and its stem siblings.
        let mut matched_terms: Vec<u64> = Vec::new();
        for (term, weight) in query.into_iter().map(from_rank_key) {
            let alternatives = stem_family(term);
            for (t, kind_weight) in alternatives {
                matched_terms.push(u64::from(t));
                for posting in &self.body[t as usize] {
                    let q = posting.passage;
                    let info = &self.passages[q as usize];
                    if info.letter == own_letter || info.is_heading {
                        continue;
                    }
                    // The body's share of the engine's BM25F (a word of the letter's title or
                    // the section heading says nothing of how alike two paragraphs are), without
                    // its idf: the query term's weight holds that already.
                    let body = self.bm25f(t, q, posting.positions.len()) - self.bm25f(t, q, 0);
                    let s = body.max(0.0) / self.idf(t).max(f32::EPSILON) * kind_weight * weight;
                    if best[q as usize] == 0.0 {
                        touched.push(q);
                    }
                    best[q as usize] = best[q as usize].max(s);
                }
            }
            for q in touched.drain(..) {
                total[q as usize] += best[q as usize];
                shared[q as usize] = shared[q as usize].saturating_add(1);
                best[q as usize] = 0.0;
            }
        }
        let mut ranked: Vec<u64> = (0..n as u32)
            .filter(|&q| shared[q as usize] as usize >= MIN_SHARED_TERMS)
            .map(|q| rank_key(total[q as usize], q))
            .collect();
        crate::order::sort(&mut ranked);
        let floor = ranked
            .first()
            .map_or(0.0, |&k| from_rank_key(k).1 * MIN_SHARE_OF_BEST);
        let ranked: Vec<(u32, f32)> = ranked
            .into_iter()
            .map(from_rank_key)
            .take_while(|r| r.1 >= floor)
            .take(limit)
            .collect();
        crate::order::sort(&mut matched_terms);
        matched_terms.dedup();
        ranked
            .into_iter()
            .filter_map(|(q, score)| {
                let text = self.passage_text(corpus, q)?;
                let marks = marks_in(&self.tokens_of(q, text).tokens, |term, _| {
                    matched_terms
                        .binary_search(&u64::from(term))
                        .is_ok()
                        .then_some(0)
                })
                .into_iter()
                .map(|m| m.range)
                .collect();
                let info = &self.passages[q as usize];
                Some(SimilarPassage {
                    passage: q,
                    letter: self.letters[info.letter as usize].id.clone(),
                    n: info.n,
                    score,
                    marks,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::search::SearchIndex;
    use crate::test_corpus::corpus;

    #[test]
    fn the_passage_on_the_same_subject_in_another_letter_ranks_first() {
        let c = corpus(&[
            (
                "a",
                "m",
                &[
                    "De bondgenoten verhogen de defensie-uitgaven naar 3,5 procent van het bbp.",
                    "Nederland steunt Oekraïne met munitie en drones.",
                ],
            ),
            (
                "b",
                "m",
                &[
                    "Het kabinet steunt Oekraïne met nieuwe drones en munitie voor de luchtverdediging.",
                    "Bondgenoten spraken over de defensie-uitgave van 3,5 procent van het bbp.",
                    "De top vond plaats in het World Forum.",
                ],
            ),
        ]);
        let index = SearchIndex::build(&c, &crate::search::SearchData::default());
        let p = index.passage_id(0, 1).unwrap();
        let similar = index.similar_passages(&c, p, 5);
        assert_eq!((similar[0].letter.as_str(), similar[0].n), ("b", 2));
        assert!(similar.iter().all(|s| s.letter != "a"));
        assert!(
            !similar.iter().any(|s| s.n == 3),
            "nothing shared: {similar:?}"
        );
        let text = &c.letters[1].blocks[1].text;
        let marked: Vec<&str> = similar[0]
            .marks
            .iter()
            .map(|m| &text[m.start as usize..m.end as usize])
            .collect();
        // The singular shares the plural's stem.
        assert!(marked.contains(&"defensie-uitgave"), "{marked:?}");
        assert!(marked.contains(&"bbp"), "{marked:?}");
        let q = index.passage_id(0, 2).unwrap();
        assert_eq!(index.similar_passages(&c, q, 5)[0].n, 1);
    }

    #[test]
    fn passage_ids_are_found_by_letter_and_number_and_unknown_ones_are_none() {
        let c = corpus(&[("a", "m", &["een", "twee"]), ("b", "m", &["drie"])]);
        let index = SearchIndex::build(&c, &crate::search::SearchData::default());
        assert_eq!(index.passage_id(0, 2), Some(1));
        assert_eq!(index.passage_id(1, 1), Some(2));
        assert_eq!(index.passage_id(1, 2), None);
        assert_eq!(index.passage_id(0, 0), None);
        assert_eq!(index.passage_id(7, 1), None);
        assert!(index.similar_passages(&c, 99, 5).is_empty());
    }
}
