//! Ranking: BM25F over a passage's text, its section heading and its letter title, weighted by
//! how a term matched, with a bonus when the query's words stand close together.
//!
//! For a term `t` and passage `p`,
//! `tf~ = Σ_field w_field · tf_field / (1 − b + b · len_field / avg_len_field)` over the three
//! fields, and `score = idf(t) · tf~ · (k1 + 1) / (k1 + tf~) · w_match`, where `w_match` ranks
//! exact matches above stemmed, synonym, prefix and fuzzy ones. A clause scores its best
//! alternative; a passage sums its clauses, gains [`proximity_bonus`] and, when it is a heading on
//! its own, is weighed down by [`W_HEADING_PASSAGE`].

use super::index::SearchIndex;
use super::results::MatchKind;

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
/// Part-of-a-compound match weight (times the weight of how the part matched).
pub(super) const W_PART: f32 = 0.55;
/// Prefix match weight.
const W_PREFIX: f32 = 0.6;
/// Fuzzy match weight.
const W_FUZZY: f32 = 0.4;
/// A heading on its own says less than the paragraphs under it (which inherit its words).
pub(super) const W_HEADING_PASSAGE: f32 = 0.6;
/// Weight of the proximity bonus.
const W_PROXIMITY: f32 = 1.0;

impl MatchKind {
    /// The ranking weight of this kind of match.
    pub(super) fn weight(self) -> f32 {
        match self {
            MatchKind::Exact => W_EXACT,
            MatchKind::Stem => W_STEM,
            MatchKind::Synonym => W_SYNONYM,
            MatchKind::Part => W_PART,
            MatchKind::Prefix => W_PREFIX,
            MatchKind::Fuzzy => W_FUZZY,
        }
    }
}

impl SearchIndex {
    /// Inverse document frequency of a term.
    pub(super) fn idf(&self, term: u32) -> f32 {
        let n = self.passages.len() as f32;
        let df = self.df(term) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25F score of a term in a passage, given its body term frequency.
    pub(super) fn bm25f(&self, term: u32, passage: u32, body_tf: usize) -> f32 {
        self.bm25f_with_idf(term, passage, body_tf, self.idf(term))
    }

    /// BM25 of a term in a passage's own text alone (no heading or title look-ups), for terms
    /// so common that their other fields would not change the order.
    pub(super) fn bm25_body(&self, passage: u32, body_tf: usize, idf: f32) -> f32 {
        let len = self.passages[passage as usize].len as f32;
        let tf = W_BODY * body_tf as f32 / (1.0 - B + B * len / self.avg_len);
        idf * tf * (K1 + 1.0) / (K1 + tf)
    }

    /// [`Self::bm25f`] with the term's idf already known.
    pub(super) fn bm25f_with_idf(&self, term: u32, passage: u32, body_tf: usize, idf: f32) -> f32 {
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
}

/// The bonus for the matched words of `k` clauses standing close together: 0 for a single
/// clause, up to `k − 1` when they stand side by side. `lists` holds each clause's word
/// positions, ascending and non-empty.
pub(super) fn proximity_bonus(lists: &[&[u16]]) -> f32 {
    if lists.len() < 2 {
        return 0.0;
    }
    let window = min_window(lists) as f32;
    let k = lists.len() as f32;
    W_PROXIMITY * (k - 1.0) / (1.0 + (window - (k - 1.0)).max(0.0))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_window_finds_the_closest_positions() {
        assert_eq!(min_window(&[&[1, 10, 20], &[12, 30], &[9]]), 3);
        assert_eq!(min_window(&[&[5], &[5]]), 0);
    }

    #[test]
    fn words_side_by_side_earn_the_whole_bonus_and_far_apart_less() {
        assert_eq!(proximity_bonus(&[&[3]]), 0.0);
        assert_eq!(proximity_bonus(&[&[3], &[4]]), W_PROXIMITY);
        assert!(proximity_bonus(&[&[3], &[40]]) < proximity_bonus(&[&[3], &[5]]));
    }
}
