//! Typo tolerance: a Levenshtein automaton (with transpositions) run over the dictionary.
//!
//! fst's own `Levenshtein` builds a complete DFA before the search starts; measured here that
//! takes 0.2–0.6 ms for one edit and 2–20 ms for two edits per query word, far over the
//! per-keystroke budget. This automaton instead carries the current row of the edit-distance
//! table as its state (a fixed-size array, so no allocation per step) and is evaluated lazily
//! while the dictionary walk ([`super::dictionary`]) visits only the words that can still match.
//!
//! Distances are counted in bytes of the folded term; folded terms are ASCII except for the
//! rare letter without a Latin base, where one changed letter may count as two edits.
//! A swap of two neighbouring letters (`Oekriane` for `Oekraine`) counts as one edit
//! (optimal string alignment distance).

use fst::Automaton;

/// Longest query word the automaton accepts, in bytes; longer words get no typo tolerance.
pub const MAX_FUZZY_BYTES: usize = 24;

/// Width of a row: one cell per query prefix length, `0..=MAX_FUZZY_BYTES`.
const ROW: usize = MAX_FUZZY_BYTES + 1;

/// Matches the terms within `max_edits` edits of a word.
#[derive(Debug, Clone)]
pub struct Typos {
    word: Vec<u8>,
    max_edits: u8,
    first_exact: bool,
}

/// Where the automaton stands: the last two rows of the edit-distance table and the last byte
/// read (for transpositions), or dead.
#[derive(Debug, Clone, Copy)]
pub struct TypoState {
    row: [u8; ROW],
    prev: [u8; ROW],
    last: Option<u8>,
    depth: u8,
    dead: bool,
}

impl Typos {
    /// An automaton for `word` (a folded term), or `None` when it is longer than
    /// [`MAX_FUZZY_BYTES`] or empty.
    pub fn new(word: &str, max_edits: u8) -> Option<Typos> {
        let word = word.as_bytes();
        if word.is_empty() || word.len() > MAX_FUZZY_BYTES {
            return None;
        }
        Some(Typos {
            word: word.to_vec(),
            max_edits,
            first_exact: false,
        })
    }

    /// The same automaton with the first letter taken as typed: a typo there is rare, and the
    /// dictionary walk then stays under one letter (about twenty times less work). Matching
    /// while typing uses it; suggestions for a search that found nothing do not.
    pub fn first_letter_exact(mut self) -> Typos {
        self.first_exact = true;
        self
    }

    /// A cell value, capped one above the limit so it fits a byte and stays comparable.
    fn cap(&self, v: u8) -> u8 {
        v.min(self.max_edits + 1)
    }
}

impl Automaton for Typos {
    type State = TypoState;

    fn start(&self) -> TypoState {
        let mut row = [0u8; ROW];
        for (i, cell) in row.iter_mut().enumerate().take(self.word.len() + 1) {
            *cell = self.cap(i as u8);
        }
        TypoState {
            row,
            prev: row,
            last: None,
            depth: 0,
            dead: false,
        }
    }

    fn is_match(&self, s: &TypoState) -> bool {
        !s.dead && s.row[self.word.len()] <= self.max_edits
    }

    fn can_match(&self, s: &TypoState) -> bool {
        !s.dead
    }

    fn accept(&self, s: &TypoState, byte: u8) -> TypoState {
        if s.dead || (self.first_exact && s.depth == 0 && byte != self.word[0]) {
            return TypoState { dead: true, ..*s };
        }
        let n = self.word.len();
        let limit = self.max_edits + 1;
        // Only cells within `max_edits` of the diagonal can hold `max_edits` or less: the others
        // stay at the cap (a band of at most 5 cells instead of the whole row).
        let depth = s.depth.saturating_add(1);
        let mut row = [limit; ROW];
        row[0] = self.cap(s.row[0] + 1);
        let mut best = row[0];
        let lo = usize::from(depth.saturating_sub(self.max_edits)).max(1);
        let hi = usize::from(depth.saturating_add(self.max_edits)).min(n);
        for i in lo..=hi {
            let q = self.word[i - 1];
            let substitute = s.row[i - 1] + u8::from(q != byte);
            let mut v = substitute.min(s.row[i] + 1).min(row[i - 1] + 1);
            if let Some(last) = s.last {
                if i > 1 && q == last && self.word[i - 2] == byte {
                    v = v.min(s.prev[i - 2] + 1);
                }
            }
            row[i] = self.cap(v);
            best = best.min(row[i]);
        }
        TypoState {
            row,
            prev: s.row,
            last: Some(byte),
            depth,
            dead: best > self.max_edits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Set, Streamer};

    fn matches(words: &[&str], query: &str, edits: u8) -> Vec<String> {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        let set = Set::from_iter(sorted).unwrap();
        let mut stream = set.search(Typos::new(query, edits).unwrap()).into_stream();
        let mut out = Vec::new();
        while let Some(k) = stream.next() {
            out.push(String::from_utf8(k.to_vec()).unwrap());
        }
        out
    }

    #[test]
    fn one_edit_of_each_kind_matches_and_two_do_not() {
        let words = [
            "oekraine",
            "oekrane",
            "oekraiine",
            "oekrxine",
            "oekriane",
            "okrane",
            "rusland",
        ];
        assert_eq!(
            matches(&words, "oekraine", 1),
            ["oekraiine", "oekraine", "oekrane", "oekriane", "oekrxine"]
        );
        assert!(matches(&words, "oekraine", 2).contains(&"okrane".to_string()));
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert_eq!(
            matches(&["bondgenoot", "bodngenoot"], "bondgenoot", 1),
            ["bodngenoot", "bondgenoot"]
        );
    }

    /// Optimal string alignment distance (the test's own, written plainly).
    fn osa(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn finds_what_fsts_levenshtein_finds_on_the_seed_words_plus_swaps() {
        // fst's own (eager) automaton is the oracle: every word it finds is found here too, and
        // the only extra words are those a swap of neighbours brings within reach.
        let text = include_str!("../../../seeds/den-haag-2025-verslag.txt");
        let mut words = std::collections::BTreeSet::new();
        crate::nl::tokenize::for_each_token(text, |t| {
            if t.term.is_ascii() {
                words.insert(t.term.to_string());
            }
        });
        let set = Set::from_iter(&words).unwrap();
        fn collect<A: Automaton>(
            mut stream: fst::set::Stream<'_, A>,
        ) -> std::collections::BTreeSet<String> {
            let mut out = std::collections::BTreeSet::new();
            while let Some(k) = stream.next() {
                out.insert(String::from_utf8(k.to_vec()).unwrap());
            }
            out
        }
        for q in [
            "oekraine",
            "bondgenoten",
            "defensie",
            "naov",
            "ruslnad",
            "uitgavne",
            "top",
        ] {
            for edits in [1u8, 2] {
                let ours = collect(set.search(Typos::new(q, edits).unwrap()).into_stream());
                let lev = fst::automaton::Levenshtein::new(q, u32::from(edits)).unwrap();
                let theirs = collect(set.search(lev).into_stream());
                assert!(
                    theirs.is_subset(&ours),
                    "{q} ({edits}): {theirs:?} ⊄ {ours:?}"
                );
                for extra in ours.difference(&theirs) {
                    assert!(
                        osa(q.as_bytes(), extra.as_bytes()) <= usize::from(edits),
                        "{q} ({edits}): {extra} is too far"
                    );
                }
            }
        }
    }

    #[test]
    fn words_too_long_or_empty_get_no_automaton() {
        assert!(Typos::new("", 1).is_none());
        assert!(Typos::new(&"a".repeat(MAX_FUZZY_BYTES + 1), 2).is_none());
        assert!(Typos::new(&"a".repeat(MAX_FUZZY_BYTES), 2).is_some());
    }
}
