//! The one scanner the language grammars read running text with: characters around a byte,
//! literal words (any ASCII case, never glued to a letter or digit), runs of letters, and the
//! white space that may stand inside one expression.
//!
//! The date grammar ([`super::dates`]) and the quantity grammar ([`super::quantities`]) each keep
//! their own state (the year of the letter; the dates that are never quantities, the language)
//! and implement [`TextScanner`] by giving their text; every primitive below is then shared, so
//! both grammars agree on what a word, a literal and the space inside an expression are.
//!
//! Invariants: every position is a byte offset of the text on a `char` boundary; no method panics
//! on an offset past the end (it finds nothing there).

/// Most line breaks allowed in the white space between two parts of one expression: one (a date
/// or an amount wrapped over a line), never an empty line.
pub const MAX_LINE_BREAKS: usize = 1;

/// Reading primitives over a text, shared by the grammars that implement it.
pub trait TextScanner {
    /// The text read.
    fn text(&self) -> &str;

    /// The character at byte `at`.
    fn char_at(&self, at: usize) -> Option<char> {
        self.text().get(at..)?.chars().next()
    }

    /// The character just before byte `at`.
    fn char_before(&self, at: usize) -> Option<char> {
        self.text().get(..at)?.chars().next_back()
    }

    /// The end of the white space at `at` (`at` itself when there is none); `None` when it holds
    /// more than [`MAX_LINE_BREAKS`] line breaks.
    fn space_end(&self, at: usize) -> Option<usize> {
        let mut breaks = 0;
        let mut end = at;
        for c in self.text().get(at..)?.chars() {
            if !c.is_whitespace() {
                break;
            }
            if c == '\n' {
                breaks += 1;
                if breaks > MAX_LINE_BREAKS {
                    return None;
                }
            }
            end += c.len_utf8();
        }
        Some(end)
    }

    /// The start of the white space ending at `at` (`at` itself when there is none); `None` when
    /// it holds more than [`MAX_LINE_BREAKS`] line breaks.
    fn space_start(&self, at: usize) -> Option<usize> {
        let mut breaks = 0;
        let mut start = at;
        for c in self.text().get(..at)?.chars().rev() {
            if !c.is_whitespace() {
                break;
            }
            if c == '\n' {
                breaks += 1;
                if breaks > MAX_LINE_BREAKS {
                    return None;
                }
            }
            start -= c.len_utf8();
        }
        Some(start)
    }

    /// The literal `word` (ASCII case ignored) at `at`, not glued to a letter or digit after it
    /// when it ends in one: its end.
    fn literal(&self, at: usize, word: &str) -> Option<usize> {
        let end = at + word.len();
        let found = self.text().get(at..end)?.eq_ignore_ascii_case(word);
        let glued = word.ends_with(char::is_alphanumeric)
            && self.char_at(end).is_some_and(char::is_alphanumeric);
        (found && !glued).then_some(end)
    }

    /// The literal `word` (ASCII case ignored) ending at `end`, not glued to a letter or digit
    /// before it when it starts with one: its start.
    fn literal_before(&self, end: usize, word: &str) -> Option<usize> {
        let start = end.checked_sub(word.len())?;
        let found = self.text().get(start..end)?.eq_ignore_ascii_case(word);
        let glued = word.starts_with(char::is_alphanumeric)
            && self.char_before(start).is_some_and(char::is_alphanumeric);
        (found && !glued).then_some(start)
    }

    /// The first of `words` at `at` (see [`TextScanner::literal`]): its entry and end.
    fn one_of<T: Copy>(&self, at: usize, words: &[(&str, T)]) -> Option<(T, usize)> {
        words
            .iter()
            .find_map(|&(w, v)| self.literal(at, w).map(|end| (v, end)))
    }

    /// The first of `words` ending at `end` (see [`TextScanner::literal_before`]): its entry and
    /// start.
    fn one_of_before<T: Copy>(&self, end: usize, words: &[(&str, T)]) -> Option<(T, usize)> {
        words
            .iter()
            .find_map(|&(w, v)| self.literal_before(end, w).map(|start| (v, start)))
    }

    /// A run of letters at `at` not glued to a digit after it (`juni`, not the `F` of `F35`): the
    /// word and its end.
    fn word(&self, at: usize) -> Option<(&str, usize)> {
        let rest = self.text().get(at..)?;
        let len: usize = rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let glued = rest[len..].starts_with(|c: char| c.is_ascii_digit());
        (len > 0 && !glued).then(|| (&rest[..len], at + len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bare text to scan.
    struct Plain<'t>(&'t str);

    impl TextScanner for Plain<'_> {
        fn text(&self) -> &str {
            self.0
        }
    }

    #[test]
    fn a_literal_is_never_glued_to_a_letter_or_digit() {
        let s = Plain("Tot en met tot2 tot");
        assert_eq!(s.literal(0, "tot en met"), Some(10));
        assert_eq!(s.literal(11, "tot"), None);
        assert_eq!(s.literal_before(19, "tot"), Some(16));
        assert_eq!(s.literal(3, "-"), None);
        assert_eq!(s.one_of(16, &[("t", 1), ("tot", 2)]), Some((2, 19)));
    }

    #[test]
    fn space_holds_at_most_one_line_break() {
        let s = Plain("a \n b\n\nc");
        assert_eq!(s.space_end(1), Some(4));
        assert_eq!(s.space_start(4), Some(1));
        assert_eq!(s.space_end(5), None);
        assert_eq!(s.space_start(7), None);
        assert_eq!(s.space_end(0), Some(0));
        assert_eq!(s.space_end(99), None);
    }

    #[test]
    fn a_word_is_letters_not_glued_to_digits() {
        let s = Plain("juni F35 één");
        assert_eq!(s.word(0), Some(("juni", 4)));
        assert_eq!(s.word(5), None);
        assert_eq!(s.word(9), Some(("één", 14)));
        assert_eq!(s.word(4), None);
    }
}
