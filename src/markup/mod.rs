//! Read-only markup written as text. Most views draw many elements that never change once drawn
//! (a new filter draws them again), so they write them as one HTML string instead of a typed view
//! per element shape (the single file has a tight size budget). Every such view writes through
//! this module, and nowhere else:
//!
//! - [`escape`] is the one place text and attribute values are escaped, by context;
//! - a link's target is an [`Href`], which can only be made from a route of the app, a `data:`
//!   export or a checked `http(s)` address, never from a free string;
//! - [`el`] writes an element, its attributes ([`Attr`]) and its content in one call, so no
//!   function opens an element that another one closes;
//! - [`marks`](mark) is the one writer of `<mark>`;
//! - behaviour hangs on the named actions of [`action`], never on test ids;
//! - [`template::parse`] reads new markup into an inert `<template>` before it reaches the page.
//!
//! [`Html`] offers the same writers chained, for the compare view's long runs of markup.

pub mod action;
mod chain;
mod element;
mod escape;
mod href;
mod marks;
mod sort;
pub mod template;

pub use chain::Html;
pub use element::{el, el_text, link, void, Attr};
pub use escape::{attr_value, escape, text, Context};
pub use href::Href;
pub use marks::{mark, marked};
pub use sort::sort_short;

/// Appends a whole number.
pub fn number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut v = n.unsigned_abs();
    loop {
        digits[len] = b'0' + (v % 10) as u8;
        len += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_whole() {
        let mut s = String::new();
        for n in [0, 7, -42, 1_000_000] {
            number(&mut s, n);
            s.push(' ');
        }
        assert_eq!(s, "0 7 -42 1000000 ");
    }
}
