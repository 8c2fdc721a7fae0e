//! Embedding: the explorer in someone else's page, without the app's header.
//!
//! Two ways, one shell ([`EmbedShell`], the routed view and a link to the full explorer, with the
//! same contexts as the app):
//! - in an iframe: the page with `?embed` in its address ([`frame`]), which reports its height
//!   and the link the person opened to the host by `postMessage`, and takes its state from the
//!   host's messages;
//! - as the custom element `<nato-summit-explorer>` ([`element`]), defined by
//!   `summit-explorer-embed.js` (made by `cargo xtask build`), each in its own shadow root with
//!   its own state.
//!
//! The protocol and the snippets are in [`protocol`]; the "Copy link" and "Embed" buttons of the
//! full app are in [`share`].

pub mod element;
pub mod frame;
pub mod protocol;
pub mod share;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::views::shell::routed_page;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An embed's page: the routed view and a small link that opens the same view in the full
/// explorer at `full` (an address up to the `#`). `landmark` makes it the page's `main` (in an
/// iframe); in a host page it is a labelled region. While `cut` holds, a notice says that the
/// host gave a text longer than a link takes ([`protocol::EmbedState::capped`]).
#[component]
pub fn EmbedShell(full: String, landmark: bool, cut: RwSignal<bool>) -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let open = move || format!("{full}{}", route.with(|r| r.href()));
    let page = routed_page();
    let body = if landmark {
        view! { <main id="main" class="embed-main" tabindex="-1">{page}</main> }.into_any()
    } else {
        view! {
            <section class="embed-main" aria-label=move || lang.get().t().app_name>{page}</section>
        }
        .into_any()
    };
    // In a host page, a link of the explorer changes this embed, not the page's address.
    let nav = expect_context::<Nav>();
    let follow = move |ev: leptos::ev::MouseEvent| {
        if !nav.in_element() || ev.default_prevented() || ev.button() != 0 {
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href^='#/']").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(href) = link {
            ev.prevent_default();
            nav.push(&href);
        }
    };
    view! {
        <div class="embed" lang=move || lang.get().code() on:click=follow>
            {move || cut.get().then(|| view! {
                <p class="notice embed-limit" role="status" data-testid="embed-limit">
                    {lang.get().t().embed_limit}
                </p>
            })}
            {body}
            <p class="embed-foot">
                <a href=open target="_blank" rel="noopener" data-testid="embed-open-full">
                    {move || lang.get().t().embed_open_full}
                </a>
            </p>
        </div>
    }
}
