//! Sharing the current view: "Copy link" and "Embed" (a dialog with ready-to-paste snippets for
//! an iframe and for the custom element, each with a copy button), shown by the app's shell on
//! every view.

use super::protocol::snippets;
use crate::clipboard::copy_text;
use crate::context::{CurrentRoute, UiLang};
use leptos::prelude::*;

/// The address the explorer is opened from, up to its folder (`https://…/explorer/`).
fn here() -> String {
    let href = window().location().href().unwrap_or_default();
    let page = href.split(['?', '#']).next().unwrap_or_default();
    page[..page.rfind('/').map_or(0, |i| i + 1)].to_string()
}

/// The origin of the page the explorer is opened from (`https://host.example`), the likely
/// origin of a page that embeds it; empty from `file://`, whose origin is opaque.
fn own_origin() -> String {
    window()
        .location()
        .origin()
        .ok()
        .filter(|o| o.starts_with("http://") || o.starts_with("https://"))
        .unwrap_or_default()
}

/// "Copy link" and "Embed" for the view shown.
#[component]
pub fn ShareBar() -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let t = lang.get_untracked().t();
    let status = RwSignal::new("");
    let copy_link = move |_| {
        let href = window().location().href().unwrap_or_default();
        copy_text(href, move |ok| {
            status.set(if ok { t.link_copied } else { t.copy_by_hand })
        });
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let base = RwSignal::new(String::new());
    // The origin the frame's replies go to: the explorer's own until the person names the host's.
    let origin = RwSignal::new(String::new());
    let open = move |_| {
        if base.get_untracked().is_empty() {
            base.set(here());
            origin.set(own_origin());
        }
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let code = move || {
        let b = base.get();
        let b = if b.is_empty() || b.ends_with('/') {
            b
        } else {
            format!("{b}/")
        };
        let host = origin.get();
        let host = host.trim().trim_end_matches('/');
        route.with(|r| snippets(&b, &r.href(), lang.get().code(), t.app_name, host))
    };
    let frame = move || code().0;
    let element = move || code().1;
    view! {
        <div class="share-bar">
            <button type="button" on:click=copy_link data-testid="copy-link">{t.share_copy_link}</button>
            <button type="button" on:click=open aria-haspopup="dialog" data-testid="embed-open">{t.share_embed}</button>
            <span class="share-status" role="status">{move || status.get()}</span>
        </div>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">{t.embed_title}</h2>
            <p class="muted">{t.embed_help}</p>
            <label class="embed-field">{t.embed_base}
                <input type="url" prop:value=move || base.get()
                    on:input=move |ev| base.set(event_target_value(&ev))/>
            </label>
            <label class="embed-field">{t.embed_origin}
                <input type="url" data-testid="embed-origin"
                    prop:value=move || origin.get()
                    on:input=move |ev| origin.set(event_target_value(&ev))/>
            </label>
            <Snippet label=t.embed_frame code=Signal::derive(frame) test_id="embed-frame"/>
            <Snippet label=t.embed_element code=Signal::derive(element) test_id="embed-element"/>
            <form method="dialog"><button type="submit">{t.close}</button></form>
        </dialog>
    }
}

/// A snippet of code, selectable, with its copy button and what became of the copy.
#[component]
fn Snippet(label: &'static str, code: Signal<String>, test_id: &'static str) -> impl IntoView {
    let t = UiLang::current().t();
    let status = RwSignal::new("");
    let copy = move |_| {
        copy_text(code.get_untracked(), move |ok| {
            status.set(if ok { t.copied } else { t.copy_by_hand })
        });
    };
    view! {
        <div class="embed-snippet">
            <label>{label}
                <textarea readonly rows="4" data-testid=test_id prop:value=move || code.get()></textarea>
            </label>
            <button type="button" on:click=copy aria-label=format!("{}: {label}", t.copy)>{t.copy}</button>
            <span class="share-status" role="status">{move || status.get()}</span>
        </div>
    }
}
