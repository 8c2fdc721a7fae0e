//! Marks: which words of a text a search matched, as byte ranges, and cutting a text at marked
//! ranges into plain and marked pieces for display.
//!
//! Invariants: marks are byte ranges of whole tokens of the text, in text order, never
//! overlapping, on `char` boundaries. [`segments`] accepts any ranges (also those of other
//! versions of a text) and skips the ones it cannot cut at, so showing never panics.

use super::index::{CachedToken, NO_TERM};
use crate::model::TextRange;
use crate::nl::tokenize::for_each_token;
use std::collections::HashSet;

/// Byte ranges of the words of `text` whose term matched (a matched compound part marks only
/// the part; a matched whole compound marks the whole, not its parts again).
pub fn mark_ranges(text: &str, matched: &HashSet<&str>) -> Vec<TextRange> {
    marks_where(text, |term, _| matched.contains(term))
}

/// Byte ranges of the tokens of `text` for which `marked(term, word position)` holds, in text
/// order and never overlapping.
fn marks_where(text: &str, mut marked: impl FnMut(&str, u32) -> bool) -> Vec<TextRange> {
    let mut out: Vec<TextRange> = Vec::new();
    let mut whole_marked_at = None;
    for_each_token(text, |t| {
        if !t.is_part {
            whole_marked_at = None;
        }
        if whole_marked_at != Some(t.pos) && marked(t.term, t.pos) {
            out.push(TextRange {
                start: t.start,
                end: t.end,
            });
            if !t.is_part {
                whole_marked_at = Some(t.pos);
            }
        }
    });
    out
}

/// A marked token: its byte range, the clause it matched and its word position.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    /// Bytes of the token in the passage text.
    pub(super) range: TextRange,
    /// The query clause it matched.
    pub(super) clause: u8,
    /// Its word position.
    pub(super) pos: u32,
}

/// The marks of a passage's cached tokens (ordered by start, the longest first) for which
/// `marked(term id, word position)` names a clause, in text order and never overlapping: a marked
/// word is marked whole, not its parts again.
pub(super) fn marks_in(
    tokens: &[CachedToken],
    mut marked: impl FnMut(u32, u32) -> Option<u8>,
) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut marked_to = 0;
    for t in tokens {
        if t.term == NO_TERM || t.start < marked_to {
            continue;
        }
        if let Some(clause) = marked(t.term, t.pos) {
            out.push(Mark {
                range: TextRange {
                    start: t.start,
                    end: t.end,
                },
                clause,
                pos: t.pos,
            });
            marked_to = t.end;
        }
    }
    out
}

/// A piece of a text cut at marked ranges: plain text between marks, or a marked range with
/// the tag it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'t, T> {
    /// Text between marks (never empty).
    Plain(&'t str),
    /// The text of a marked range (empty for an empty range, such as a footnote marker's place)
    /// and the tag the range came with.
    Marked(&'t str, T),
}

/// Cuts `text` at tagged byte ranges into plain and marked [`Segment`]s, in text order.
///
/// Ranges may come in any order: they are taken by start, and ranges with the same start keep
/// the order they were given in (so a caller can put an empty range before or after a range
/// starting at the same place). A range that overlaps one taken before it, reaches past the
/// text, runs backwards or does not fall on `char` boundaries is skipped. Plain pieces are never
/// empty; an empty range gives an empty marked piece (a place to show something, such as a
/// footnote marker).
pub fn tagged_segments<T>(
    text: &str,
    ranges: impl IntoIterator<Item = (TextRange, T)>,
) -> Vec<Segment<'_, T>> {
    let valid = |r: &TextRange| {
        let (s, e) = (r.start as usize, r.end as usize);
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let mut ranges: Vec<(TextRange, T)> = ranges.into_iter().filter(|(r, _)| valid(r)).collect();
    // Stable: equal starts keep the caller's order.
    crate::order::sort_by_key(&mut ranges, |(r, _)| r.start);
    let mut out = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (r, tag) in ranges {
        let (s, e) = (r.start as usize, r.end as usize);
        if s < at {
            continue;
        }
        if s > at {
            out.push(Segment::Plain(&text[at..s]));
        }
        out.push(Segment::Marked(&text[s..e], tag));
        at = e;
    }
    if at < text.len() {
        out.push(Segment::Plain(&text[at..]));
    }
    out
}

/// Cuts `text` at marked byte ranges into `(piece, marked)` pairs, in text order (see
/// [`tagged_segments`] for the ranges that are skipped).
pub fn segments<'t>(
    text: &'t str,
    marks: &[TextRange],
) -> impl Iterator<Item = (&'t str, bool)> + 't {
    tagged_segments(text, marks.iter().map(|&r| (r, ())))
        .into_iter()
        .map(|s| match s {
            Segment::Plain(t) => (t, false),
            Segment::Marked(t, ()) => (t, true),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A range from `start` to `end`.
    fn r(start: u32, end: u32) -> TextRange {
        TextRange { start, end }
    }

    #[test]
    fn marks_cover_matched_words_and_parts() {
        let text = "De defensie-uitgaven en uitgaven.";
        let m: HashSet<&str> = ["uitgaven"].into_iter().collect();
        let marks = mark_ranges(text, &m);
        let words: Vec<&str> = marks.iter().map(|r| &text[r.range()]).collect();
        assert_eq!(words, ["uitgaven", "uitgaven"]);
        let m: HashSet<&str> = ["defensieuitgaven", "uitgaven"].into_iter().collect();
        let words: Vec<&str> = mark_ranges(text, &m)
            .iter()
            .map(|r| &text[r.range()])
            .collect();
        assert_eq!(words, ["defensie-uitgaven", "uitgaven"]);
    }

    #[test]
    fn text_is_cut_at_marks_in_text_order() {
        let pieces: Vec<_> = segments("steun aan Oekraïne", &[r(10, 19), r(0, 5)]).collect();
        assert_eq!(
            pieces,
            [("steun", true), (" aan ", false), ("Oekraïne", true)]
        );
    }

    #[test]
    fn bad_or_overlapping_ranges_are_skipped() {
        // Inside the two bytes of `ï`, past the end, backwards, overlapping the first mark.
        let text = "Oekraïne steunen";
        let marks = [r(0, 9), r(6, 8), r(10, 99), r(5, 3), r(7, 11)];
        let pieces: Vec<_> = segments(text, &marks).collect();
        assert_eq!(pieces, [("Oekraïne", true), (" steunen", false)]);
        assert_eq!(segments("abc", &[]).collect::<Vec<_>>(), [("abc", false)]);
        assert_eq!(segments("", &[r(0, 1)]).count(), 0);
    }

    #[test]
    fn empty_ranges_give_places_in_the_callers_order() {
        // A footnote marker just after a word, and a mark on the next word.
        let text = "uitgaven stijgen";
        let pieces = tagged_segments(
            text,
            [(r(9, 16), "mark"), (r(8, 8), "note"), (r(0, 8), "mark")],
        );
        assert_eq!(
            pieces,
            [
                Segment::Marked("uitgaven", "mark"),
                Segment::Marked("", "note"),
                Segment::Plain(" "),
                Segment::Marked("stijgen", "mark"),
            ]
        );
    }
}
