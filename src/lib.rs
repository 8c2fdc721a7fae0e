//! NATO Summit Explorer: an offline reader of Dutch government letters on NATO summits.
//!
//! The corpus is compiled in by `build.rs` (see [`data`]); routing is by URL hash ([`route`], with
//! the shared link pieces in [`url`]) so every view and paragraph has a link that works over http
//! and from `file://`; all interface strings live in [`i18n`]; the language, route and navigation
//! every view shares are in [`context`]; each view is a component in [`views`].

pub mod clipboard;
pub mod context;
pub mod data;
pub mod embed;
pub mod i18n;
pub mod labels;
pub mod markup;
pub mod memory;
pub mod not_found;
pub mod numbers;
pub mod route;
pub mod url;
pub mod views;

// Native only, as their dev-dependency (proptest).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Where a fatal error is shown: the page's body (`None`), or the root of the custom element
    /// this instance of the explorer runs in.
    static FATAL_ERROR_ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Shows panics in the console and as a message in the page (or in the element the explorer
/// runs in), never as a blank page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let root = FATAL_ERROR_ROOT.with(|r| r.borrow().clone());
        views::shell::show_fatal_error(&info.to_string(), root.as_ref());
        if let Some(root) = root {
            mark_element_failed(&root);
        }
    }));
}

/// Marks the custom element around `root` (the host of its shadow root) as failed, as its
/// script does when a call into the explorer fails: `data-state="failed"`.
fn mark_element_failed(root: &web_sys::Element) {
    let host = js_sys::Reflect::get(&root.get_root_node(), &"host".into()).ok();
    if let Some(host) = host.and_then(|h| h.dyn_into::<web_sys::Element>().ok()) {
        let _ = host.set_attribute("data-state", "failed");
    }
}

/// Shows this instance's fatal errors in `root` (a custom element's) instead of the page.
pub fn set_fatal_error_root(root: web_sys::Element) {
    FATAL_ERROR_ROOT.with(|r| *r.borrow_mut() = Some(root));
}

/// Mounts the app on the page body and marks the document as started: the full app, or an
/// iframe embed when the address asks for one (`?embed`). (The custom element's script never
/// runs this: it mounts each element itself, through [`embed::element::mount_embed`].)
pub fn mount() {
    // The copy of the first page that the build wrote into the page gives way to the app's own.
    views::prerender::remove();
    match embed::frame::requested() {
        Some(params) => leptos::mount::mount_to_body(move || {
            view! { <embed::frame::FrameApp params=params/> }
        }),
        None => leptos::mount::mount_to_body(views::shell::App),
    }
    let doc = document();
    // The start-up indicator is done; a start-up warning shown by a slow start no longer holds.
    if let Some(loader) = doc.get_element_by_id("boot-loader") {
        loader.remove();
    }
    if let Some(warning) = doc.get_element_by_id("boot-error") {
        let _ = warning.set_attribute("hidden", "");
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
