//! Moving through the results with the arrow keys, and back to the search box past the first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The result links, in the order arrow keys move through them.
const RESULT_LINKS: &str = "[data-testid=result] a.result-link";

/// Moves the focus to the next (`ArrowDown`) or previous result link; up from the first goes back
/// to the search box. Does nothing (and leaves the key to the page) when there are no results.
pub fn step_through_results(ev: &leptos::ev::KeyboardEvent, input: NodeRef<leptos::html::Input>) {
    let Some(links) = document().query_selector_all(RESULT_LINKS).ok() else {
        return;
    };
    if links.length() == 0 {
        return;
    }
    ev.prevent_default();
    let active = document().active_element();
    let mut current = None;
    for i in 0..links.length() {
        if let (Some(a), Some(node)) = (&active, links.item(i)) {
            if node.is_same_node(Some(a.unchecked_ref())) {
                current = Some(i);
            }
        }
    }
    let next = match (ev.key().as_str(), current) {
        ("ArrowDown", None) => Some(0),
        ("ArrowDown", Some(i)) => Some((i + 1).min(links.length() - 1)),
        ("ArrowUp", Some(0)) => None,
        ("ArrowUp", Some(i)) => Some(i - 1),
        _ => None,
    };
    match next.and_then(|i| links.item(i)) {
        Some(node) => {
            let _ = node.unchecked_into::<web_sys::HtmlElement>().focus();
        }
        None => {
            if let Some(el) = input.get_untracked() {
                let _ = el.focus();
            }
        }
    }
}
