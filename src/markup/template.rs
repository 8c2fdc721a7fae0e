//! New markup is read into an inert `<template>` before any of it reaches the page. A template's
//! content belongs to a document without a window: nothing in it loads, runs or fires (an
//! `<img onerror>` that slipped past escaping would stay a dead node), unlike markup read into an
//! element of the page's own document.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Reads `html` into a new `<template>` made by the document of `near` (the view's own root,
/// so an explorer in another document or a shadow root stays in its own), and returns the
/// template's content, a fragment outside the page. `None` where no template can be made.
pub fn parse(near: &Node, html: &str) -> Option<Node> {
    let doc = near.owner_document()?;
    let template: Element = doc.create_element("template").ok()?;
    template.set_inner_html(html);
    js_sys::Reflect::get(&template, &"content".into())
        .ok()?
        .dyn_into::<Node>()
        .ok()
}

/// Makes `html` the content of `el`: read into a template first, then moved in.
pub fn set_content(el: &Element, html: &str) {
    match parse(el, html) {
        Some(content) => {
            el.set_text_content(None);
            let _ = el.append_child(&content);
        }
        None => el.set_inner_html(html),
    }
}
