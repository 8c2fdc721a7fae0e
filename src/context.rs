//! The app-wide contexts every view reads: the interface language ([`UiLang`]), the current route
//! ([`CurrentRoute`]) and navigation ([`Nav`]), with the stored language choice.
//!
//! They depend on no view, so a view, the shell and a page without the header (an embed) all
//! provide or read them the same way: [`provide_app_context`] once at the root.

use crate::i18n::Lang;
use crate::route::{Route, View};
use leptos::prelude::*;

/// localStorage key of the interface language.
const LANG_KEY: &str = "summit-explorer.lang";

/// The interface language, shared by all views.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

impl UiLang {
    /// The language a view renders its strings in. Views write them once: the page is
    /// rendered again when the language changes.
    pub fn current() -> Lang {
        expect_context::<UiLang>().0.get_untracked()
    }
}

/// The current route, derived from the URL hash.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Route>);

/// Navigation by hash: the URL is the state, so views change it rather than their own signals.
#[derive(Clone, Copy)]
pub struct Nav(pub RwSignal<String>);

impl Nav {
    /// Goes to `href` (`#/…`) with a new history entry.
    pub fn push(self, href: &str) {
        let _ = window().location().set_hash(href);
        self.0.set(current_hash());
    }

    /// Replaces the current URL with `href` (no history entry: used while typing).
    pub fn replace(self, href: &str) {
        let replaced = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href)));
        if replaced.is_err() {
            let _ = window().location().set_hash(href);
        }
        self.0.set(current_hash());
    }
}

/// What a view draws from its URL state, drawn again whenever that state changes. `render` gets
/// the route while it shows `view`; when the route leads to another view the shell replaces the
/// page, so nothing is drawn here. One mechanism for every view that redraws on its state (the
/// route is a memo already: it changes only when the link does).
pub fn follow_view_state(view: View, render: fn(&Route) -> AnyView) -> impl IntoView {
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    move || {
        route.with(|r| match r.view() == Some(view) {
            true => render(r),
            false => ().into_any(),
        })
    }
}

/// Provides [`UiLang`] (from storage), [`CurrentRoute`] (following `hashchange`) and [`Nav`] to
/// everything under the calling component, and keeps `<html lang>` and the stored language in
/// step with the language.
pub fn provide_app_context() -> (UiLang, CurrentRoute, Nav) {
    let lang = UiLang(RwSignal::new(stored_lang()));
    let nav = Nav(RwSignal::new(current_hash()));
    let hash = nav.0;
    let listener = window_event_listener(leptos::ev::hashchange, move |_| hash.set(current_hash()));
    on_cleanup(move || listener.remove());
    let route = CurrentRoute(Memo::new(move |_| Route::parse(&hash.get())));
    provide_context(lang);
    provide_context(route);
    provide_context(nav);
    let language = lang.0;
    Effect::new(move |_| {
        let current = language.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", current.code());
        }
        store_lang(current);
    });
    (lang, route, nav)
}

/// The current `location.hash`, or empty.
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's localStorage, when the page may use it: reading `window.localStorage` throws in
/// sandboxed frames and when the user blocks site data (web-sys returns that as an error).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored language, if storage works and holds one (older versions stored it as a JSON
/// string, in quotes).
fn stored_lang() -> Lang {
    storage()
        .and_then(|s| s.get_item(LANG_KEY).ok()?)
        .map(|code| Lang::from_code(code.trim_matches('"')))
        .unwrap_or_default()
}

/// Remembers the language when storage works; the switch works without it.
fn store_lang(lang: Lang) {
    if let Some(s) = storage() {
        // A full or read-only storage only means the choice is not remembered.
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}
