//! What a hit shows: the matched words of its passage marked, the best window of the passage
//! around them as a snippet, and the terms that matched, best kind first.

use super::expand::Expanded;
use super::index::SearchIndex;
use super::marks::{marks_in, Mark};
use super::matching::ClauseHit;
use super::results::{Hit, MatchKind, TermMatch};
use crate::model::{Corpus, TextRange};
use std::collections::HashSet;

/// Words in a snippet.
pub const SNIPPET_WORDS: usize = 30;

impl SearchIndex {
    /// Builds a hit with its snippet and marks.
    pub(super) fn hit(
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
        crate::order::sort_by_key(&mut terms, |t| t.1);
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
}

/// Marks that belong to the word after them (`’s Avonds`, `‘ja’`, `(zie`): a snippet starting at
/// that word starts before them.
const OPENING_MARKS: [char; 6] = ['’', '\'', '‘', '“', '"', '('];

/// `from` moved back over the [`OPENING_MARKS`] directly before it.
fn with_opening_marks(text: &str, mut from: usize) -> usize {
    while let Some(c) = text[..from].chars().next_back() {
        if !OPENING_MARKS.contains(&c) {
            break;
        }
        from -= c.len_utf8();
    }
    from
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
    let from = with_opening_marks(text, ws[best_start].0 as usize);
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
    fn a_snippet_keeps_the_mark_opening_its_first_word() {
        let text = "’s Avonds volgde een diner.";
        // The words as the tokenizer finds them: `s`, `Avonds`, …
        let ws = [(3, 4), (5, 11), (12, 19), (20, 23), (24, 29)];
        let (snippet, _) = snippet(text, &ws, &[]);
        assert!(snippet.starts_with("’s Avonds"), "{snippet}");
        assert_eq!(with_opening_marks("zei (zie", 5), 4);
        assert_eq!(with_opening_marks("de top", 3), 3);
    }
}
