//! The writers of this module chained on one string, for views that write long runs of markup
//! (the compare view): `h.raw("<p>").text(x).raw("</p>")`. Every method is one of the module's
//! writers; markup as it is can only be a literal of the view (`&'static str`).

use super::element::{close, link, open, Attr};
use super::escape::text;
use super::href::Href;
use super::marks::marked;

/// An HTML string being written.
#[derive(Debug, Default)]
pub struct Html(String);

impl Html {
    /// The markup written.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Markup as it is: only ever literals of the view.
    #[inline(never)]
    pub fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Markup written by these same writers.
    #[inline(never)]
    pub fn append(&mut self, written: &Html) -> &mut Self {
        self.0.push_str(&written.0);
        self
    }

    /// Text, escaped.
    #[inline(never)]
    pub fn text(&mut self, s: &str) -> &mut Self {
        text(&mut self.0, s);
        self
    }

    /// A number.
    #[inline(never)]
    pub fn num(&mut self, n: usize) -> &mut Self {
        super::number(&mut self.0, n as i64);
        self
    }

    /// The element of start tag `start` (its tag and fixed attributes) with `attrs`, its
    /// content written by `content`.
    #[inline(never)]
    pub fn el(
        &mut self,
        start: &'static str,
        attrs: &[Attr],
        content: &mut dyn FnMut(&mut Html),
    ) -> &mut Self {
        open(&mut self.0, start, attrs);
        content(self);
        close(&mut self.0, start);
        self
    }

    /// An element without content or end tag (`input`).
    #[inline(never)]
    pub fn void(&mut self, start: &'static str, attrs: &[Attr]) -> &mut Self {
        open(&mut self.0, start, attrs);
        self
    }

    /// Attributes inside a start tag that [`Html::raw`] opened (` name="value"`…), escaped.
    #[inline(never)]
    pub fn attrs(&mut self, attrs: &[Attr]) -> &mut Self {
        super::element::write_attrs(&mut self.0, attrs);
        self
    }

    /// `<a href="…" fixed attrs>label</a>`; `fixed` are literal attributes.
    #[inline(never)]
    pub fn link(
        &mut self,
        href: &Href,
        fixed: &'static str,
        attrs: &[Attr],
        label: &str,
    ) -> &mut Self {
        link(&mut self.0, href, fixed, attrs, label);
        self
    }

    /// Text with the ranges of `marks` in `<mark>` elements.
    #[inline(never)]
    pub fn marked(&mut self, s: &str, marks: &[summit_core::TextRange]) -> &mut Self {
        marked(&mut self.0, s, marks);
        self
    }
}
