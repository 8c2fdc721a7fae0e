//! A word-level diff of two passages, on the word boundaries of the search tokenizer.
//!
//! Words are what [`for_each_word`] finds (a hyphenated compound is one word, `3,5%` is one word,
//! punctuation is never part of a word), so `procent.` and `procent` are the same word followed by
//! different punctuation. The words are aligned with the `similar` crate (patience diff, which
//! anchors on words that occur once and so keeps sentences together); what lies between words
//! (spaces and punctuation) is compared apart, and a change of punctuation alone can be ignored.
//! A run of at least [`MIN_MOVED_WORDS`] words deleted in one place and inserted in another is a
//! move, marked on both sides with one number, not a deletion and an insertion.
//!
//! Invariants:
//! - The runs of each side cover its text exactly once, in order, on `char` boundaries.
//! - The inline sequence holds every run of both sides: the old side's before the new side's at
//!   each change, so read in order it says what was there and what came instead.

use crate::model::TextRange;
use crate::nl::tokenize::for_each_word;
use serde::{Deserialize, Serialize};
use similar::algorithms::{patience, DiffHook};

/// Fewest words deleted in one place and inserted in another that count as moved.
pub const MIN_MOVED_WORDS: usize = 4;
/// Most words compared for moves on each side (the search is quadratic); longer texts are still
/// diffed, their moves not looked for.
pub const MAX_MOVE_SEARCH_WORDS: usize = 4000;

/// What happened to a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// In both texts.
    Same,
    /// Only in the old text.
    Deleted,
    /// Only in the new text.
    Inserted,
    /// In both, at another place: `Moved(k)` on each side is the same move.
    Moved(u16),
}

/// Which text a run belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    /// The first (old, left) text.
    Old,
    /// The second (new, right) text.
    New,
}

/// A stretch of one text with one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRun {
    /// The text it is a stretch of.
    pub side: Side,
    /// What happened to it.
    pub change: Change,
    /// True when only punctuation changed here (the words around it are the same).
    pub punctuation: bool,
    /// Its bytes in that text.
    pub range: TextRange,
}

/// How much of the two texts is the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DiffCounts {
    /// Words in both, in place.
    pub same: usize,
    /// Words only in the old text.
    pub deleted: usize,
    /// Words only in the new text.
    pub inserted: usize,
    /// Words moved (counted once).
    pub moved: usize,
    /// Places where only punctuation changed.
    pub punctuation: usize,
}

/// The diff of two texts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PassageDiff {
    /// The old text's runs, in order.
    pub old: Vec<DiffRun>,
    /// The new text's runs, in order.
    pub new: Vec<DiffRun>,
    /// Both texts' runs in reading order for a one-column view.
    pub inline: Vec<DiffRun>,
    /// Word counts.
    pub counts: DiffCounts,
}

/// How to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DiffOptions {
    /// Treat texts that differ only in punctuation between words as the same.
    pub ignore_punctuation: bool,
}

/// The words of a text and what stands between them.
struct Words<'t> {
    /// The text.
    text: &'t str,
    /// Byte range of each word.
    words: Vec<(usize, usize)>,
}

impl<'t> Words<'t> {
    /// Reads the words of `text` as the search tokenizer cuts them.
    fn of(text: &'t str) -> Words<'t> {
        let mut words = Vec::new();
        for_each_word(text, |s, e| words.push((s, e)));
        Words { text, words }
    }

    /// Word `i` as written.
    fn word(&self, i: usize) -> &'t str {
        let (s, e) = self.words[i];
        &self.text[s..e]
    }

    /// The bytes after word `i` up to the next word (or the end); before the first word for
    /// `None`.
    fn gap_after(&self, i: Option<usize>) -> (usize, usize) {
        let start = i.map_or(0, |i| self.words[i].1);
        let end = match i {
            None => self.words.first().map_or(self.text.len(), |w| w.0),
            Some(i) => self.words.get(i + 1).map_or(self.text.len(), |w| w.0),
        };
        (start, end)
    }

    /// The punctuation of a gap: its characters other than white space.
    fn punctuation(&self, gap: (usize, usize)) -> String {
        self.text[gap.0..gap.1]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

/// Turns words into numbers, equal words to equal numbers, for the diff.
fn interned<'t>(a: &Words<'t>, b: &Words<'t>) -> (Vec<u32>, Vec<u32>) {
    let mut seen: std::collections::HashMap<&'t str, u32> = std::collections::HashMap::new();
    let mut ids = |w: &Words<'t>| -> Vec<u32> {
        (0..w.words.len())
            .map(|i| {
                let next = seen.len() as u32;
                *seen.entry(w.word(i)).or_insert(next)
            })
            .collect()
    };
    let x = ids(a);
    let y = ids(b);
    (x, y)
}

/// Collects the stretches the diff finds equal (the other hook calls are not needed: what is
/// not equal is deleted or inserted). Used instead of the crate's capturing hooks, which would
/// also compile its op-compaction code into the app.
struct EqualStretches(Vec<(usize, usize, usize)>);

impl DiffHook for EqualStretches {
    type Error = std::convert::Infallible;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        self.0.push((old, new, len));
        Ok(())
    }
}

/// Marks moves: the longest runs of equal words among the deleted words of `old` and the
/// inserted words of `new`, longest first, while they are at least [`MIN_MOVED_WORDS`] long.
fn find_moves(a: &[u32], b: &[u32], old: &mut [Change], new: &mut [Change]) {
    if a.len() > MAX_MOVE_SEARCH_WORDS || b.len() > MAX_MOVE_SEARCH_WORDS {
        return;
    }
    let mut next_move: u16 = 0;
    loop {
        // Longest common run of still-unmatched words: dynamic programming over one row.
        let mut best = (0usize, 0usize, 0usize); // (length, end in a, end in b)
        let mut row = vec![0usize; b.len() + 1];
        for i in 0..a.len() {
            let mut diagonal = 0;
            for j in 0..b.len() {
                let above = row[j + 1];
                row[j + 1] =
                    if old[i] == Change::Deleted && new[j] == Change::Inserted && a[i] == b[j] {
                        diagonal + 1
                    } else {
                        0
                    };
                if row[j + 1] > best.0 {
                    best = (row[j + 1], i + 1, j + 1);
                }
                diagonal = above;
            }
        }
        let (len, a_end, b_end) = best;
        if len < MIN_MOVED_WORDS || next_move == u16::MAX {
            return;
        }
        for c in &mut old[a_end - len..a_end] {
            *c = Change::Moved(next_move);
        }
        for c in &mut new[b_end - len..b_end] {
            *c = Change::Moved(next_move);
        }
        next_move += 1;
    }
}

/// Adds a piece to a side's runs, joining it to the last run when nothing differs.
fn push(
    runs: &mut Vec<DiffRun>,
    side: Side,
    change: Change,
    punctuation: bool,
    s: usize,
    e: usize,
) {
    if s >= e {
        return;
    }
    if let Some(last) = runs.last_mut() {
        if last.change == change && last.punctuation == punctuation && last.range.end as usize == s
        {
            last.range.end = e as u32;
            return;
        }
    }
    runs.push(DiffRun {
        side,
        change,
        punctuation,
        range: TextRange {
            start: s as u32,
            end: e as u32,
        },
    });
}

/// The gaps (spaces and punctuation) of one side, and what happened to each.
struct Gaps<'a, 't> {
    /// This side's words.
    x: &'a Words<'t>,
    /// The other side's words.
    y: &'a Words<'t>,
    /// What happened to each word of this side.
    changes: &'a [Change],
    /// The partner on the other side of each word of this side that is the same.
    partners: &'a [Option<usize>],
    /// The change of what is only on this side (`Deleted` for the old side).
    changed: Change,
    /// Punctuation-only changes count as the same.
    ignore_punctuation: bool,
}

impl Gaps<'_, '_> {
    /// The gap of the other side that gap `i` (after word `i`, `None` before the first) stands
    /// for: beside a word that is the same, the gap on the same side of its partner; at either
    /// end, the other text's end. `None` for a gap between two changed words.
    fn partner(&self, i: Option<usize>) -> Option<Option<usize>> {
        let n = self.changes.len();
        let next = i.map_or(0, |i| i + 1);
        if let Some(j) = i.and_then(|i| self.partners[i]) {
            return Some(Some(j));
        }
        if let Some(j) = self.partners.get(next).copied().flatten() {
            return Some(j.checked_sub(1));
        }
        match (i, next == n) {
            (None, _) => Some(None),
            (Some(_), true) => Some(self.y.words.len().checked_sub(1)),
            _ => None,
        }
    }

    /// True when the words on both sides of gap `i` are the same (or absent at an end).
    fn between_same(&self, i: Option<usize>) -> bool {
        let left = i.is_none_or(|i| self.changes[i] == Change::Same);
        let right = self
            .changes
            .get(i.map_or(0, |i| i + 1))
            .is_none_or(|c| *c == Change::Same);
        left && right
    }

    /// What happened to gap `i`, and whether only its punctuation changed.
    fn change(&self, i: Option<usize>) -> (Change, bool) {
        let own = self.x.gap_after(i);
        let own_punctuation = self.x.punctuation(own);
        match self.partner(i) {
            Some(j) => {
                let same = self.ignore_punctuation
                    || own_punctuation.is_empty()
                    || own_punctuation == self.y.punctuation(self.y.gap_after(j));
                if same {
                    (Change::Same, false)
                } else {
                    (self.changed, self.between_same(i))
                }
            }
            None => {
                let left = i.map(|i| self.changes[i]);
                let right = self.changes.get(i.map_or(0, |i| i + 1)).copied();
                match left == right {
                    true => (left.unwrap_or(Change::Same), false),
                    false => (self.changed, false),
                }
            }
        }
    }

    /// Gaps between the same words whose punctuation differs from their partner's.
    fn punctuation_changes(&self) -> usize {
        std::iter::once(None)
            .chain((0..self.changes.len()).map(Some))
            .filter(|&i| self.change(i).1)
            .count()
    }

    /// This side's runs: each word, then the gap after it (the gap before the first word first).
    fn runs(&self, side: Side) -> Vec<DiffRun> {
        let mut runs = Vec::new();
        for i in std::iter::once(None).chain((0..self.changes.len()).map(Some)) {
            if let Some(i) = i {
                let (s, e) = self.x.words[i];
                push(&mut runs, side, self.changes[i], false, s, e);
            }
            let (s, e) = self.x.gap_after(i);
            let (change, punctuation) = self.change(i);
            push(&mut runs, side, change, punctuation, s, e);
        }
        runs
    }
}

/// The word-level diff of `old` and `new`.
pub fn diff(old: &str, new: &str, options: DiffOptions) -> PassageDiff {
    let (a, b) = (Words::of(old), Words::of(new));
    let (ka, kb) = interned(&a, &b);
    let mut equal = EqualStretches(Vec::new());
    let Ok(()) = patience::diff(&mut equal, &ka, 0..ka.len(), &kb, 0..kb.len());
    let mut old_change = vec![Change::Deleted; ka.len()];
    let mut new_change = vec![Change::Inserted; kb.len()];
    // For each word in place, its partner on the other side.
    let mut partner_of_old: Vec<Option<usize>> = vec![None; ka.len()];
    for (old_index, new_index, len) in equal.0 {
        for k in 0..len {
            old_change[old_index + k] = Change::Same;
            new_change[new_index + k] = Change::Same;
            partner_of_old[old_index + k] = Some(new_index + k);
        }
    }
    find_moves(&ka, &kb, &mut old_change, &mut new_change);
    let mut partner_of_new: Vec<Option<usize>> = vec![None; kb.len()];
    for (i, j) in partner_of_old.iter().enumerate() {
        if let Some(j) = *j {
            partner_of_new[j] = Some(i);
        }
    }
    let count =
        |changes: &[Change], f: fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    let counts = DiffCounts {
        same: count(&old_change, |c| *c == Change::Same),
        deleted: count(&old_change, |c| *c == Change::Deleted),
        inserted: count(&new_change, |c| *c == Change::Inserted),
        moved: count(&old_change, |c| matches!(c, Change::Moved(_))),
        punctuation: 0,
    };
    let old_gaps = Gaps {
        x: &a,
        y: &b,
        changes: &old_change,
        partners: &partner_of_old,
        changed: Change::Deleted,
        ignore_punctuation: options.ignore_punctuation,
    };
    let new_gaps = Gaps {
        x: &b,
        y: &a,
        changes: &new_change,
        partners: &partner_of_new,
        changed: Change::Inserted,
        ignore_punctuation: options.ignore_punctuation,
    };
    let (old, new) = (old_gaps.runs(Side::Old), new_gaps.runs(Side::New));
    PassageDiff {
        inline: interleave(&old, &new),
        old,
        new,
        counts: DiffCounts {
            punctuation: old_gaps
                .punctuation_changes()
                .max(new_gaps.punctuation_changes()),
            ..counts
        },
    }
}

/// The runs of both sides in reading order: the same text once (from the new side), and at each
/// change what was deleted (or moved away) before what was inserted (or moved here).
fn interleave(old: &[DiffRun], new: &[DiffRun]) -> Vec<DiffRun> {
    let mut out = Vec::with_capacity(old.len() + new.len());
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        // Changes of the old side first, then of the new side, then one same stretch of both.
        while i < old.len() && old[i].change != Change::Same {
            out.push(old[i]);
            i += 1;
        }
        while j < new.len() && new[j].change != Change::Same {
            out.push(new[j]);
            j += 1;
        }
        match (i < old.len(), j < new.len()) {
            (true, true) => {
                out.push(new[j]);
                i += 1;
                j += 1;
            }
            // One side's same stretches ran out first: keep what is left of the other.
            (true, false) => {
                out.push(old[i]);
                i += 1;
            }
            (false, true) => {
                out.push(new[j]);
                j += 1;
            }
            (false, false) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs of one side as (change, text) pairs.
    fn shown(text: &str, runs: &[DiffRun]) -> Vec<(Change, String)> {
        runs.iter()
            .map(|r| (r.change, text[r.range.range()].to_string()))
            .collect()
    }

    /// The text of the runs of one side with a given change.
    fn with(text: &str, runs: &[DiffRun], change: Change) -> Vec<String> {
        runs.iter()
            .filter(|r| r.change == change)
            .map(|r| text[r.range.range()].to_string())
            .collect()
    }

    #[test]
    fn runs_cover_each_text_exactly_once() {
        let (a, b) = (
            "De bondgenoten spraken over de defensie-uitgaven.",
            "Bondgenoten spraken gisteren over 3,5% van het bbp!",
        );
        let d = diff(a, b, DiffOptions::default());
        for (text, runs) in [(a, &d.old), (b, &d.new)] {
            let joined: String = runs.iter().map(|r| &text[r.range.range()]).collect();
            assert_eq!(joined, text);
        }
        assert_eq!(d.inline.len(), d.old.len() + d.new.len() - same_runs(&d));
    }

    /// Same stretches are shown once inline.
    fn same_runs(d: &PassageDiff) -> usize {
        d.old.iter().filter(|r| r.change == Change::Same).count()
    }

    #[test]
    fn a_changed_word_is_deleted_and_inserted_and_the_rest_is_the_same() {
        let a = "Nederland steunt Oekraïne met munitie.";
        let b = "Nederland steunt Oekraïne met drones.";
        let d = diff(a, b, DiffOptions::default());
        assert_eq!(with(a, &d.old, Change::Deleted), ["munitie"]);
        assert_eq!(with(b, &d.new, Change::Inserted), ["drones"]);
        assert_eq!(d.counts.same, 4);
        assert_eq!((d.counts.deleted, d.counts.inserted), (1, 1));
    }

    #[test]
    fn punctuation_is_not_part_of_a_word_and_can_be_ignored() {
        let a = "groei naar 3,5 procent. Dat is veel";
        let b = "groei naar 3,5 procent, dat is veel";
        let d = diff(a, b, DiffOptions::default());
        // `procent.` and `procent,` are the same word; the full stop and the comma differ, and
        // `Dat` and `dat` are different words.
        assert!(!with(a, &d.old, Change::Deleted)
            .iter()
            .any(|s| s.contains("procent")));
        assert_eq!(with(a, &d.old, Change::Deleted), [". Dat"]);
        assert_eq!(with(b, &d.new, Change::Inserted), [", dat"]);
        // Between words that stay, only the punctuation changed.
        let (p, q) = ("3,5 procent. Dat is veel", "3,5 procent; Dat is veel");
        let only = diff(p, q, DiffOptions::default());
        assert_eq!(only.counts.punctuation, 1);
        let punct: Vec<_> = only.old.iter().filter(|r| r.punctuation).collect();
        assert_eq!(&p[punct[0].range.range()], ". ");
        assert_eq!(with(q, &only.new, Change::Inserted), ["; "]);
        assert_eq!(only.counts.same, 5);
        let ignoring = diff(
            a,
            b,
            DiffOptions {
                ignore_punctuation: true,
            },
        );
        assert_eq!(ignoring.counts.punctuation, 0);
        assert_eq!(with(a, &ignoring.old, Change::Deleted), ["Dat"]);
        // Numbers keep their separators: 3,5 is one word, not 3 and 5.
        let n = diff("3,5 procent", "2,5 procent", DiffOptions::default());
        assert_eq!(with("3,5 procent", &n.old, Change::Deleted), ["3,5"]);
    }

    #[test]
    fn hyphenated_compounds_are_one_word() {
        let a = "de defensie-uitgaven stijgen";
        let b = "de defensie-investeringen stijgen";
        let d = diff(a, b, DiffOptions::default());
        assert_eq!(with(a, &d.old, Change::Deleted), ["defensie-uitgaven"]);
        assert_eq!(
            with(b, &d.new, Change::Inserted),
            ["defensie-investeringen"]
        );
        assert_eq!(
            shown(a, &d.old),
            [
                (Change::Same, "de ".to_string()),
                (Change::Deleted, "defensie-uitgaven".to_string()),
                (Change::Same, " stijgen".to_string())
            ]
        );
    }

    #[test]
    fn a_moved_sentence_is_one_move_on_both_sides() {
        let a = "Rusland is de grootste dreiging. Bondgenoten steunen Oekraïne. De top was in Den Haag.";
        let b = "Bondgenoten steunen Oekraïne. De top was in Den Haag. Rusland is de grootste dreiging.";
        let d = diff(a, b, DiffOptions::default());
        let moved_old: Vec<_> = d
            .old
            .iter()
            .filter(|r| matches!(r.change, Change::Moved(_)))
            .collect();
        let moved_new: Vec<_> = d
            .new
            .iter()
            .filter(|r| matches!(r.change, Change::Moved(_)))
            .collect();
        assert_eq!(moved_old.len(), 1, "{:?}", shown(a, &d.old));
        assert_eq!(moved_new.len(), 1, "{:?}", shown(b, &d.new));
        assert_eq!(moved_old[0].change, moved_new[0].change);
        assert!(a[moved_old[0].range.range()].starts_with("Rusland is de grootste dreiging"));
        assert_eq!(d.counts.moved, 5);
        assert_eq!((d.counts.deleted, d.counts.inserted), (0, 0));
        // Fewer than MIN_MOVED_WORDS words are a deletion and an insertion, not a move.
        let short = diff(
            "steun. Rusland dreigt.",
            "Rusland dreigt. steun.",
            DiffOptions::default(),
        );
        assert_eq!(short.counts.moved, 0);
    }

    #[test]
    fn inline_puts_what_was_there_before_what_came_instead() {
        let a = "Nederland levert munitie aan Oekraïne.";
        let b = "Nederland levert drones aan Oekraïne.";
        let d = diff(a, b, DiffOptions::default());
        let inline: Vec<(Side, Change)> = d.inline.iter().map(|r| (r.side, r.change)).collect();
        assert_eq!(
            inline,
            [
                (Side::New, Change::Same),
                (Side::Old, Change::Deleted),
                (Side::New, Change::Inserted),
                (Side::New, Change::Same)
            ]
        );
    }

    #[test]
    fn empty_and_odd_texts_never_panic() {
        for (a, b) in [
            ("", ""),
            ("", "woord"),
            ("woord", ""),
            ("...", "!!"),
            ("😀 Oekraïne", "Oekraïne 😀"),
            ("a-", "-a"),
        ] {
            let d = diff(a, b, DiffOptions::default());
            let joined: String = d.old.iter().map(|r| &a[r.range.range()]).collect();
            assert_eq!(joined, a);
            let joined: String = d.new.iter().map(|r| &b[r.range.range()]).collect();
            assert_eq!(joined, b);
        }
    }
}
