//! Elements written whole: the start tag with its attributes, the content, the end tag, in one
//! call. The functions take `&mut dyn FnMut` for the content, not a generic closure, so each
//! element shape costs the single file one call and not a copy of this code.
//!
//! An element is named by its start tag's literal: the tag and its fixed attributes, as in
//! `"li class=\"letter-card\""` (the end tag is its first word); attributes from data follow as
//! [`Attr`]s. Fixed attributes as one literal cost the single file a pointer, where each [`Attr`]
//! is a value built at run time.

use super::escape::{escape, text, Context};
use super::href::Href;

/// An attribute of an element. Names are literals of the views; values from data are escaped; a
/// link can only be an [`Href`].
#[derive(Debug, Clone, Copy)]
pub enum Attr<'a> {
    /// Attributes written as they are, e.g. `class="x" data-testid="y"` (literals of the views;
    /// `""` writes nothing).
    Fixed(&'static str),
    /// `name="value"`, the value escaped. A link or event-handler name writes nothing: those
    /// only come from [`Attr::Link`] and [`Attr::Action`].
    Value(&'static str, &'a str),
    /// `name="n"`.
    Number(&'static str, i64),
    /// A link attribute (`href`, or `data-href` for a control that navigates).
    Link(&'static str, &'a Href),
    /// `data-action="…"`, one of [`super::action`].
    Action(&'static str),
    /// A boolean attribute (`checked`, `hidden`), written when `true`.
    Flag(&'static str, bool),
}

/// True for an attribute name whose value is followed as a link or run as code.
fn is_link_or_code(name: &str) -> bool {
    matches!(
        name,
        "href" | "src" | "data-href" | "action" | "formaction" | "xlink:href"
    ) || name.starts_with("on")
}

/// Appends ` name="value"`.
fn write_value(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape(out, value, Context::Attribute);
    out.push('"');
}

/// Appends the attributes, each after a space.
pub(super) fn write_attrs(out: &mut String, attrs: &[Attr]) {
    for a in attrs {
        match *a {
            Attr::Fixed("") => {}
            Attr::Fixed(raw) => {
                out.push(' ');
                out.push_str(raw);
            }
            Attr::Value(name, _) if is_link_or_code(name) => {}
            Attr::Value(name, value) => write_value(out, name, value),
            Attr::Number(name, n) => {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                super::number(out, n);
                out.push('"');
            }
            Attr::Link(name, href) => write_value(out, name, href.as_str()),
            Attr::Action(action) => write_value(out, "data-action", action),
            Attr::Flag(name, true) => {
                out.push(' ');
                out.push_str(name);
            }
            Attr::Flag(_, false) => {}
        }
    }
}

/// Appends the start tag `<start attrs>`.
pub(super) fn open(out: &mut String, start: &'static str, attrs: &[Attr]) {
    out.push('<');
    out.push_str(start);
    write_attrs(out, attrs);
    out.push('>');
}

/// Appends the end tag of the element whose start tag is `start` (`</tag>`).
pub(super) fn close(out: &mut String, start: &'static str) {
    out.push_str("</");
    out.push_str(start.split(' ').next().unwrap_or(start));
    out.push('>');
}

/// Appends the element of start tag `start` (its tag and fixed attributes) with `attrs`, its
/// content written by `content`.
pub fn el(
    out: &mut String,
    start: &'static str,
    attrs: &[Attr],
    content: &mut dyn FnMut(&mut String),
) {
    open(out, start, attrs);
    content(out);
    close(out, start);
}

/// Appends the element of start tag `start` with `attrs` holding the text `s`.
pub fn el_text(out: &mut String, start: &'static str, attrs: &[Attr], s: &str) {
    open(out, start, attrs);
    text(out, s);
    close(out, start);
}

/// Appends an element without content or end tag (`input`, `br`).
pub fn void(out: &mut String, start: &'static str, attrs: &[Attr]) {
    open(out, start, attrs);
}

/// Appends the link `<a href="…" fixed attrs>label</a>`; `fixed` are literal attributes.
pub fn link(out: &mut String, href: &Href, fixed: &'static str, attrs: &[Attr], label: &str) {
    out.push_str("<a");
    write_value(out, "href", href.as_str());
    write_attrs(out, &[Attr::Fixed(fixed)]);
    write_attrs(out, attrs);
    out.push('>');
    text(out, label);
    out.push_str("</a>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{Route, SortOrder};

    #[test]
    fn an_element_is_written_whole_with_its_attributes_escaped() {
        let mut s = String::new();
        el(
            &mut s,
            "li class=\"c\"",
            &[
                Attr::Value("data-letter", "a\"b"),
                Attr::Number("data-n", 12),
                Attr::Flag("hidden", false),
                Attr::Flag("open", true),
            ],
            &mut |s| el_text(s, "b", &[], "<x>"),
        );
        assert_eq!(
            s,
            "<li class=\"c\" data-letter=\"a&quot;b\" data-n=\"12\" open><b>&lt;x&gt;</b></li>"
        );
    }

    #[test]
    fn links_come_only_from_hrefs() {
        let mut s = String::new();
        let home = Href::route(&Route::Library(SortOrder::Newest));
        link(
            &mut s,
            &home,
            "class=\"c\"",
            &[Attr::Action("go")],
            "<home>",
        );
        assert_eq!(
            s,
            "<a href=\"#/\" class=\"c\" data-action=\"go\">&lt;home&gt;</a>"
        );
    }

    #[test]
    fn a_link_or_handler_given_as_a_value_is_left_out() {
        let mut s = String::new();
        void(
            &mut s,
            "img",
            &[
                Attr::Value("href", "javascript:x"),
                Attr::Value("onerror", "x"),
            ],
        );
        assert_eq!(s, "<img>");
    }

    #[test]
    fn link_and_code_names_are_recognised() {
        for name in ["href", "src", "data-href", "onclick", "onerror"] {
            assert!(is_link_or_code(name), "{name}");
        }
        for name in ["class", "title", "data-letter", "aria-label"] {
            assert!(!is_link_or_code(name), "{name}");
        }
    }
}
