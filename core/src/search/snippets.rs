//! What a hit shows: the matched words of its passage marked, the best window of the passage
//! around them as a snippet, and the terms that matched, best kind first.

use super::expand::Expanded;
use super::index::SearchIndex;
use super::marks::{marks_in, Mark};
use super::matching::ClauseHit;
use super::query::MAX_QUERY_TERMS;
use super::results::{Hit, MatchKind, MatchedIn, TermMatch};
use crate::model::{Corpus, TextRange};
use std::collections::HashSet;

/// Words in a snippet.
pub const SNIPPET_WORDS: usize = 30;
/// Words shown before a snippet's first match, where there is room.
const SNIPPET_LEAD: usize = 4;
/// Most extra pieces a snippet gets for searched words its window cannot hold.
const MAX_EXTRA_PIECES: usize = 2;
/// Words of an extra piece before its match.
const EXTRA_PIECE_LEAD: usize = 3;
/// Words of an extra piece after its match.
const EXTRA_PIECE_TAIL: usize = 4;

impl SearchIndex {
    /// Builds a hit with its snippet and marks. `hits` holds each clause's expansion and its
    /// match in the passage (by clause index); `clause_of_term` gives each term id's clause + 1
    /// (0 for none).
    pub(super) fn hit(
        &self,
        corpus: &Corpus,
        p: u32,
        score: f32,
        hits: &[(usize, &Expanded, &ClauseHit)],
        clause_of_term: &[u8],
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
        // The matched terms with their clause, a few per clause: a list is quicker to look up
        // than a hash set.
        let mut singles: Vec<(u32, MatchKind, u8)> = Vec::new();
        let mut phrase_terms: Vec<(u32, MatchKind, u8)> = Vec::new();
        for &(c, e, h) in hits {
            let c = c as u8;
            for (bit, &(t, kind)) in e.singles.iter().enumerate() {
                if set(h.singles, bit) {
                    let kind = if set(h.part_only, bit) {
                        kind.max(MatchKind::Part)
                    } else {
                        kind
                    };
                    singles.push((t, kind, c));
                }
            }
            for (bit, (ids, kind)) in e.phrases.iter().enumerate() {
                if set(h.phrases, bit) {
                    phrase_terms.extend(ids.iter().map(|&t| (t, *kind, c)));
                }
            }
        }
        let mut phrase_positions: Vec<u16> = hits
            .iter()
            .flat_map(|(_, _, h)| h.phrase_positions.iter().copied())
            .collect();
        crate::order::sort(&mut phrase_positions);
        let clause_of = |term: u32, pos: u32| {
            let single = match clause_of_term.get(term as usize) {
                Some(&c) if c > 0 => Some(c - 1),
                _ => None,
            };
            single.or_else(|| {
                let in_phrase =
                    u16::try_from(pos).is_ok_and(|p| phrase_positions.binary_search(&p).is_ok());
                phrase_terms
                    .iter()
                    .find(|s| s.0 == term && in_phrase)
                    .map(|s| s.2)
            })
        };
        let passage = self.tokens_of(p, &block.text);
        let marks = marks_in(&passage.tokens, clause_of);
        let (snippet, snippet_marks) = snippet(&block.text, &passage.words, &marks);
        let section = info.section.filter(|&s| s != p);
        let heading_marks: Vec<TextRange> = section
            .and_then(|s| {
                let heading = letter.block(self.passages[s as usize].n)?;
                let tokens = &self.tokens_of(s, &heading.text).tokens;
                Some(
                    marks_in(tokens, clause_of)
                        .into_iter()
                        .map(|m| m.range)
                        .collect(),
                )
            })
            .unwrap_or_default();
        let only_in = match (marks.is_empty(), heading_marks.is_empty()) {
            (false, _) => None,
            (true, false) => Some(MatchedIn::Heading),
            (true, true) => Some(MatchedIn::Title),
        };
        let marks = marks.into_iter().map(|m| m.range).collect();
        let mut terms = singles;
        terms.extend(phrase_terms);
        crate::order::sort_by_key(&mut terms, |t| t.1);
        let mut seen = HashSet::new();
        let matches = terms
            .iter()
            .filter(|(t, _, _)| seen.insert(*t))
            .map(|&(t, kind, _)| TermMatch {
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
            heading_marks,
            only_in,
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
/// marks: the window showing the most different query clauses, then the most matches; a searched
/// word it cannot hold gets a short piece of its own after an ellipsis, so every searched word
/// the passage has is shown.
fn snippet(text: &str, ws: &[(u32, u32)], marks: &[Mark]) -> (String, Vec<TextRange>) {
    if ws.is_empty() {
        return (text.to_string(), Vec::new());
    }
    let n = ws.len();
    let width = SNIPPET_WORDS.min(n);
    // One pass, sliding the window and counting the marks of each clause inside it (marks are in
    // word order; a query has at most 16 clauses).
    let mut best_start = 0;
    let mut best = (0, 0);
    let mut inside = [0u16; MAX_QUERY_TERMS];
    let mut distinct = 0;
    let mut total = 0usize;
    let (mut enter, mut leave) = (0, 0);
    let slot = |m: &Mark| (m.clause as usize).min(MAX_QUERY_TERMS - 1);
    for start in 0..=(n - width) {
        while enter < marks.len() && (marks[enter].pos as usize) < start + width {
            let c = &mut inside[slot(&marks[enter])];
            distinct += usize::from(*c == 0);
            *c += 1;
            total += 1;
            enter += 1;
        }
        while leave < marks.len() && (marks[leave].pos as usize) < start {
            let c = &mut inside[slot(&marks[leave])];
            *c -= 1;
            distinct -= usize::from(*c == 0);
            total -= 1;
            leave += 1;
        }
        let score = (distinct, total);
        if score > best {
            best = score;
            best_start = start;
        }
    }
    // Start a little before the first match, so it has some context, as far as the window's
    // room after its last match allows (no match of the window is pushed out).
    let window = best_start..best_start + width;
    let mut shown = marks
        .iter()
        .filter(|m| window.contains(&(m.pos as usize)))
        .map(|m| m.pos as usize);
    if let Some(first) = shown.next() {
        let last = shown.next_back().unwrap_or(first);
        let room = (best_start + width - 1 - last).min(best_start);
        let lead = SNIPPET_LEAD.saturating_sub(first - best_start).min(room);
        best_start -= lead;
    }
    // Searched words the window cannot hold get a short piece of their own (`… drones.`).
    let mut pieces = vec![(best_start, best_start + width - 1)];
    let mut missing = [false; MAX_QUERY_TERMS];
    for m in marks {
        missing[slot(m)] = true;
    }
    let window = best_start..best_start + width;
    for m in marks.iter().filter(|m| window.contains(&(m.pos as usize))) {
        missing[slot(m)] = false;
    }
    for m in marks {
        if pieces.len() > MAX_EXTRA_PIECES || !std::mem::take(&mut missing[slot(m)]) {
            continue;
        }
        let at = m.pos as usize;
        let piece = (
            at.saturating_sub(EXTRA_PIECE_LEAD),
            (at + EXTRA_PIECE_TAIL).min(n - 1),
        );
        // In text order (a handful of pieces: no sort needed).
        let i = pieces
            .iter()
            .position(|p| *p > piece)
            .unwrap_or(pieces.len());
        pieces.insert(i, piece);
    }
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (a, b) in pieces {
        match merged.last_mut() {
            Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut out = String::new();
    let mut snippet_marks = Vec::new();
    for &(first, last) in &merged {
        if first > 0 || !out.is_empty() {
            out.push_str(if out.is_empty() { "… " } else { " … " });
        }
        let from = with_opening_marks(text, ws[first].0 as usize);
        let to = if last + 1 >= n {
            text.len()
        } else {
            ws[last].1 as usize
        };
        let shift = out.len() as i64 - from as i64;
        out.push_str(&text[from..to]);
        snippet_marks.extend(
            marks
                .iter()
                .filter(|m| m.range.start as usize >= from && m.range.end as usize <= to)
                .map(|m| TextRange {
                    start: (m.range.start as i64 + shift) as u32,
                    end: (m.range.end as i64 + shift) as u32,
                }),
        );
    }
    if merged.last().is_some_and(|&(_, last)| last + 1 < n) {
        out.push_str(" …");
    }
    (out, snippet_marks)
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
