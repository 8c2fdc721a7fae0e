//! The index's dictionaries (term → term id, stem → stem id) as names in sorted order, looked up
//! by binary search and walked by an [`fst::Automaton`] (typos) or a prefix.
//!
//! Why not an `fst::Map`: the app builds its index at start-up, and building an fst pulls its
//! builder and the builder's CRC-32C tables (17 KB of data that no compressor shrinks) into the
//! wasm. The dictionaries hold a few thousand words; a sorted list walked with the automaton's
//! states kept per shared prefix visits the same words in the same (byte) order, and skips every
//! word under a prefix the automaton rules out, as the fst does.

use fst::Automaton;

/// Ids in the byte order of their names; the names are kept by the index.
#[derive(Debug, Clone, Default)]
pub(super) struct Dictionary {
    /// Ids, their names ascending.
    order: Vec<u32>,
}

impl Dictionary {
    /// The dictionary of `names` (id = position), or `None` if two names are equal.
    pub(super) fn new(names: &[String]) -> Option<Dictionary> {
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        crate::order::sort_by(&mut order, |&a, &b| {
            names[a as usize]
                .as_bytes()
                .cmp(names[b as usize].as_bytes())
        });
        let unique = order
            .windows(2)
            .all(|w| names[w[0] as usize] != names[w[1] as usize]);
        unique.then_some(Dictionary { order })
    }

    /// The dictionary of names already ascending and unique, with their ids.
    pub(super) fn from_sorted(ids: Vec<u32>) -> Dictionary {
        Dictionary { order: ids }
    }

    /// Number of names.
    pub(super) fn len(&self) -> usize {
        self.order.len()
    }

    /// The id of `key`.
    pub(super) fn get(&self, names: &[String], key: &str) -> Option<u32> {
        self.order
            .binary_search_by(|&id| names[id as usize].as_bytes().cmp(key.as_bytes()))
            .ok()
            .map(|i| self.order[i])
    }

    /// Ids of the names that begin with `prefix`, in name order, at most `max`.
    pub(super) fn prefixed(&self, names: &[String], prefix: &str, max: usize) -> Vec<u32> {
        let p = prefix.as_bytes();
        let from = self
            .order
            .partition_point(|&id| names[id as usize].as_bytes() < p);
        self.order[from..]
            .iter()
            .take_while(|&&id| names[id as usize].as_bytes().starts_with(p))
            .take(max)
            .copied()
            .collect()
    }

    /// Ids of the names `aut` matches, in name order, at most `max`.
    pub(super) fn matching<A: Automaton>(&self, names: &[String], aut: &A, max: usize) -> Vec<u32> {
        let mut out = Vec::new();
        let start = aut.start();
        if max == 0 || !aut.can_match(&start) {
            return out;
        }
        let name = |i: usize| names[self.order[i] as usize].as_bytes();
        // states[d]: the state after the first d bytes of the name looked at last.
        let mut states = vec![start];
        let mut last: &[u8] = &[];
        let mut i = 0;
        while i < self.order.len() {
            let key = name(i);
            let shared = last.iter().zip(key).take_while(|(a, b)| a == b).count();
            states.truncate(shared.min(states.len() - 1) + 1);
            let mut dead = None;
            for (d, &byte) in key.iter().enumerate().skip(states.len() - 1) {
                let next = aut.accept(&states[d], byte);
                if !aut.can_match(&next) {
                    dead = Some(d);
                    break;
                }
                states.push(next);
            }
            last = key;
            match dead {
                // No name beginning with these bytes can match: skip them all.
                Some(d) => {
                    let prefix = &key[..=d];
                    i += self.order[i..]
                        .partition_point(|&id| names[id as usize].as_bytes().starts_with(prefix));
                }
                None => {
                    if states.last().is_some_and(|s| aut.is_match(s)) {
                        out.push(self.order[i]);
                        if out.len() >= max {
                            break;
                        }
                    }
                    i += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::automaton::{Levenshtein, Str};
    use fst::{IntoStreamer, Set, Streamer};

    fn names(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    /// What an fst set walked by the same automaton finds, as the oracle.
    fn fst_finds<A: Automaton>(words: &[String], aut: A) -> Vec<String> {
        let mut sorted = words.to_vec();
        sorted.sort();
        let set = Set::from_iter(sorted).unwrap();
        let mut stream = set.search(aut).into_stream();
        let mut out = Vec::new();
        while let Some(k) = stream.next() {
            out.push(String::from_utf8(k.to_vec()).unwrap());
        }
        out
    }

    fn walk<A: Automaton>(words: &[String], aut: &A) -> Vec<String> {
        let dict = Dictionary::new(words).unwrap();
        dict.matching(words, aut, usize::MAX)
            .into_iter()
            .map(|id| words[id as usize].clone())
            .collect()
    }

    #[test]
    fn lookups_find_ids_by_name() {
        let words = names(&["navo", "defensie", "oekraïne", "drone", "defensieuitgaven"]);
        let dict = Dictionary::new(&words).unwrap();
        assert_eq!(dict.get(&words, "drone"), Some(3));
        assert_eq!(dict.get(&words, "defensieuitgaven"), Some(4));
        assert_eq!(dict.get(&words, "def"), None);
        assert_eq!(dict.get(&words, ""), None);
        assert_eq!(dict.len(), 5);
        assert_eq!(dict.prefixed(&words, "defensie", 10), vec![1, 4]);
        assert_eq!(dict.prefixed(&words, "defensie", 1), vec![1]);
        assert_eq!(dict.prefixed(&words, "x", 10), Vec::<u32>::new());
        assert!(Dictionary::new(&names(&["a", "b", "a"])).is_none());
        assert!(Dictionary::new(&[])
            .unwrap()
            .matching(&[], &Str::new("a"), 5)
            .is_empty());
    }

    #[test]
    fn automaton_walks_find_what_an_fst_finds_in_the_same_order() {
        let text = include_str!("../../../seeds/den-haag-2025-verslag.txt");
        let mut words: Vec<String> = Vec::new();
        crate::nl::tokenize::for_each_token(text, |t| {
            if !words.iter().any(|w| w == t.term) {
                words.push(t.term.to_string());
            }
        });
        assert!(words.len() > 500);
        for q in [
            "defensie",
            "oekraine",
            "navo",
            "bondgenoten",
            "drone",
            "a",
            "zz",
            "top",
        ] {
            for edits in [0, 1, 2] {
                let lev = Levenshtein::new(q, edits).unwrap();
                assert_eq!(walk(&words, &lev), fst_finds(&words, lev), "{q} {edits}");
            }
            let prefix = Str::new(q).starts_with();
            assert_eq!(walk(&words, &prefix), fst_finds(&words, prefix), "{q}*");
        }
    }

    #[test]
    fn a_walk_stops_at_its_limit_in_name_order() {
        let words = names(&["drone", "drones", "dronecapaciteit", "droog", "boom"]);
        let dict = Dictionary::new(&words).unwrap();
        let found = dict.matching(&words, &Str::new("drone").starts_with(), 2);
        assert_eq!(found, vec![0, 2]);
    }
}
