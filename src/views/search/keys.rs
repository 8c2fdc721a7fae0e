//! Moving through the results with the arrow keys, and back to the search box past the first.

use wasm_bindgen::JsCast;

/// The result links, in the order arrow keys move through them.
const RESULT_LINKS: &str = ".result a.result-link";

/// Moves the focus to the next (`ArrowDown`) or previous result link of the search view
/// `section`; up from the first goes back to the search box. Does nothing (and leaves the key to
/// the page) when there are no results.
pub fn step_through_results(ev: &leptos::ev::KeyboardEvent, section: &web_sys::Element) {
    let Some(links) = section.query_selector_all(RESULT_LINKS).ok() else {
        return;
    };
    if links.length() == 0 {
        return;
    }
    ev.prevent_default();
    // Asked of the view itself, which also answers inside the embedded explorer's shadow root.
    let active = section.query_selector(":focus").ok().flatten();
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
    let target = match next.and_then(|i| links.item(i)) {
        Some(node) => Some(node),
        None => section
            .query_selector("#search-input")
            .ok()
            .flatten()
            .map(Into::into),
    };
    if let Some(node) = target {
        let _ = node.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
