//! The one writer of `<mark>`: text with ranges marked (search words, a theme's words). A mark
//! inside a word (a part of a compound) is written as such (`class="part"`), so it reads as part
//! of the word and not as a word of its own.

use super::escape::text;
use summit_core::search::segments;
use summit_core::TextRange;

/// Appends `s` with the ranges of `marks` in `<mark>` elements (ranges that do not fit are left
/// out); everything escaped.
pub fn marked(out: &mut String, s: &str, marks: &[TextRange]) {
    let letter = |c: char| c.is_alphanumeric();
    for (piece, is_marked) in segments(s, marks) {
        if !is_marked {
            text(out, piece);
            continue;
        }
        let at = piece.as_ptr() as usize - s.as_ptr() as usize;
        let part = s[..at].ends_with(letter) || s[at + piece.len()..].starts_with(letter);
        mark(out, piece, part);
    }
}

/// Appends `s` in one `<mark>`, as a part of a word when `part`.
pub fn mark(out: &mut String, s: &str, part: bool) {
    out.push_str(if part {
        "<mark class=\"part\">"
    } else {
        "<mark>"
    });
    text(out, s);
    out.push_str("</mark>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_wrap_their_ranges_and_escape_inside() {
        let mut s = String::new();
        marked(&mut s, "a <b> c", &[TextRange { start: 2, end: 5 }]);
        assert_eq!(s, "a <mark>&lt;b&gt;</mark> c");
    }

    #[test]
    fn a_mark_inside_a_word_is_a_part() {
        let mut s = String::new();
        marked(&mut s, "steunpakket", &[TextRange { start: 5, end: 11 }]);
        assert_eq!(s, "steun<mark class=\"part\">pakket</mark>");
    }
}
