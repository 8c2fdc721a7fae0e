//! Where a byte offset of a text stands as a person counts it: 1-based line and column.
//!
//! Shared by everything that reports a fault at a place in a text (the seeds stage's one TOML
//! reader, a seed text that is not UTF-8), so all messages count lines and columns the same way: lines are
//! separated by `\n`, columns count characters (not bytes), both start at 1.

/// A 1-based line and column in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextPosition {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl TextPosition {
    /// The position of byte `offset` of `text`; an offset past the end counts as the end.
    ///
    /// An offset inside a multi-byte character counts the characters that end before it.
    pub fn of(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        TextPosition { line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_byte_is_line_one_column_one() {
        assert_eq!(
            TextPosition::of("abc", 0),
            TextPosition { line: 1, column: 1 }
        );
    }

    #[test]
    fn lines_start_after_each_newline() {
        let text = "[[group]]\nterms = [\"NATO\", 3]\n";
        assert_eq!(
            TextPosition::of(text, text.find('3').unwrap()),
            TextPosition {
                line: 2,
                column: 18
            }
        );
        assert_eq!(
            TextPosition::of(text, 10),
            TextPosition { line: 2, column: 1 }
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "Oekraïne x";
        assert_eq!(TextPosition::of(text, text.find('x').unwrap()).column, 10);
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_do_not_panic() {
        assert_eq!(
            TextPosition::of("ab\ncd", 99),
            TextPosition { line: 2, column: 3 }
        );
        assert_eq!(TextPosition::of("ï", 1).column, 1);
    }
}
