//! The compare view's bulk markup (the matrix, the passage lists, the diff) written as one HTML
//! string and set as an element's `innerHTML`.
//!
//! Why not the view macros: each distinct element tree they build is its own generic code in
//! the app, and these trees are large and many (about 45 KB gzipped for this view that way); as
//! text they cost a few string pushes. Only the controls that need code (the choosers, the
//! narrowing form, the scrolling columns) are elements of the view layer, and they are few. Every
//! text and attribute value goes through [`Html::text`], so no text of a letter is ever read as
//! markup. No `style` attributes: the single file's Content-Security-Policy forbids them.

use summit_core::search::segments;
use summit_core::TextRange;

/// An HTML string being written.
#[derive(Debug, Default)]
pub struct Html(pub String);

impl Html {
    /// Markup as it is (only ever literals of this view).
    #[inline(never)]
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Text (or an attribute value between double quotes), escaped.
    #[inline(never)]
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// A number.
    #[inline(never)]
    pub fn num(&mut self, n: usize) -> &mut Self {
        crate::markup::number(&mut self.0, n as i64);
        self
    }

    /// `<a href="…" attrs>text</a>`; `attrs` is literal markup (classes, test ids).
    #[inline(never)]
    pub fn link(&mut self, href: &str, attrs: &str, text: &str) -> &mut Self {
        self.raw("<a href=\"")
            .text(href)
            .raw("\" ")
            .raw(attrs)
            .raw(">")
            .text(text)
            .raw("</a>")
    }

    /// Text with the ranges of `marks` in `<mark>` elements (ranges that do not fit are left out).
    #[inline(never)]
    pub fn marked(&mut self, text: &str, marks: &[TextRange]) -> &mut Self {
        for (piece, m) in segments(text, marks) {
            if m {
                self.raw("<mark>").text(piece).raw("</mark>");
            } else {
                self.text(piece);
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut h = Html::default();
        h.link(
            "#/a?x=1&y=\"2\"",
            "class=\"c\"",
            "<script>alert('x')</script>",
        );
        assert_eq!(
            h.0,
            "<a href=\"#/a?x=1&amp;y=&quot;2&quot;\" class=\"c\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
    }

    #[test]
    fn marks_wrap_their_ranges_and_escape_inside() {
        let mut h = Html::default();
        h.marked("a <b> c", &[TextRange { start: 2, end: 5 }]);
        assert_eq!(h.0, "a <mark>&lt;b&gt;</mark> c");
    }
}
