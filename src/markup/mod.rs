//! Read-only markup written as text. Most views draw many elements that never change once drawn
//! (a new filter draws them again), so they write them as one HTML string instead of a typed view
//! per element shape (the single file has a tight size budget). Every such view writes through
//! this module, and nowhere else:
//!
//! - [`escape`] is the one place text and attribute values are escaped, by context;
//! - a link's target is an [`Href`], which can only be made from a route of the app or a `data:`
//!   export, never from a free string;
//! - [`el`] writes an element (named by its start tag's literal, with its fixed attributes), its
//!   attributes from data ([`Attr`]) and its content in one call, so no function opens an
//!   element that another one closes;
//! - [`mark`] and [`marked`] are the one writer of `<mark>`;
//! - behaviour hangs on the named actions of [`action`], never on test ids;
//! - [`template::parse`] reads new markup into an inert `<template>` before it reaches the page.
//!
//! [`Html`] offers the same writers chained, for the compare view's long runs of markup.
//! Numbers are written by [`number`] (of [`crate::numbers`], which links use too).

pub mod action;
mod chain;
mod element;
mod escape;
mod href;
mod marks;
mod sort;
pub mod template;

pub use crate::numbers::number;
pub use chain::Html;
pub use element::{el, el_text, link, void, Attr};
pub use escape::{attr_value, escape, text, Context};
pub use href::Href;
pub use marks::{mark, marked};
pub use sort::sort_short;
