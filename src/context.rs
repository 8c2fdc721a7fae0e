//! The app-wide contexts every view reads: the interface language ([`UiLang`]), the current route
//! ([`CurrentRoute`]) and navigation ([`Nav`]), with the stored language choice.
//!
//! They depend on no view, so a view, the shell and a page without the header (an embed) all
//! provide or read them the same way: [`provide_app_context`] once at the root.

use crate::i18n::Lang;
use crate::route::{Route, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// localStorage key of the interface language (also read by the start-up script of
/// `index.html`, which turns the start page off for English).
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
///
/// A custom element in a host page keeps its link to itself (the page's hash is the host's).
/// An embed (element or iframe) is a guest: it remembers whether the person last acted inside
/// it, and only then may a view move the focus or scroll (which would move the host's page).
/// Each mount has its own, so two elements on one page never share it.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The link shown (`#/…`).
    link: RwSignal<String>,
    /// True when the link is the mount's own, not the page's hash (a custom element).
    own_link: bool,
    /// For an embed: whether the last change of link came from the person (a link or a control
    /// inside it) rather than from the host (its attributes or messages, its load).
    acted: Option<RwSignal<bool>>,
}

impl Nav {
    /// Goes to `href` (`#/…`) with a new history entry. Called when the person follows a link or
    /// changes a control.
    pub fn push(self, href: &str) {
        if let Some(acted) = self.acted {
            acted.set(true);
        }
        if self.own_link {
            self.link.set(href.to_string());
            return;
        }
        let _ = window().location().set_hash(href);
        self.link.set(current_hash());
    }

    /// Replaces the current URL with `href` (no history entry: used while typing).
    pub fn replace(self, href: &str) {
        if self.own_link {
            self.link.set(href.to_string());
            return;
        }
        let replaced = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href)));
        if replaced.is_err() {
            let _ = window().location().set_hash(href);
        }
        self.link.set(current_hash());
    }

    /// Shows `href` because the host asked for it (an attribute or a message): no view that it
    /// opens may take the focus or scroll.
    pub fn host_replace(self, href: &str) {
        if let Some(acted) = self.acted {
            acted.set(false);
        }
        if self.link.try_get_untracked().is_some_and(|h| h != href) {
            self.replace(href);
        }
    }

    /// True for the explorer in a custom element of a host page.
    pub fn in_element(self) -> bool {
        self.own_link
    }

    /// True when a view may move the focus or scroll to what a link names: always in the app's
    /// own page; in an embed only after the person acted inside it.
    pub fn may_move(self) -> bool {
        self.acted
            .is_none_or(|acted| acted.try_get_untracked().unwrap_or(false))
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
    provide_contexts(None, stored_lang(), true, false)
}

/// The contexts of [`provide_app_context`] for a page or an embed: `own_link` is the starting
/// link of an embed that keeps its state to itself (a custom element: the page's hash is the
/// host's), `None` to follow the page's hash; `remember` keeps the language in storage; `guest`
/// marks an embed, whose views take the focus or scroll only after the person acted in it.
pub fn provide_contexts(
    own_link: Option<String>,
    lang: Lang,
    remember: bool,
    guest: bool,
) -> (UiLang, CurrentRoute, Nav) {
    let lang = UiLang(RwSignal::new(lang));
    let follows_page = own_link.is_none();
    let nav = Nav {
        link: RwSignal::new(own_link.unwrap_or_else(current_hash)),
        own_link: !follows_page,
        acted: guest.then(|| RwSignal::new(false)),
    };
    let hash = nav.link;
    if follows_page {
        let listener =
            window_event_listener(leptos::ev::hashchange, move |_| hash.set(current_hash()));
        on_cleanup(move || listener.remove());
    }
    let route = CurrentRoute(Memo::new(move |_| Route::parse(&hash.get())));
    provide_context(lang);
    provide_context(route);
    provide_context(nav);
    if follows_page {
        let language = lang.0;
        Effect::new(move |_| {
            let current = language.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", current.code());
            }
            if remember {
                store_lang(current);
            }
        });
    }
    (lang, route, nav)
}

/// True when the calling component runs in a custom element of a host page (call it while
/// rendering): then no view may touch the page's hash, title, scroll position or storage.
pub fn in_element() -> bool {
    use_context::<Nav>().is_some_and(Nav::in_element)
}

/// True when the calling component may move the focus or scroll (see [`Nav::may_move`]; call it
/// while rendering).
pub fn may_scroll() -> bool {
    use_context::<Nav>().is_none_or(Nav::may_move)
}

/// The element that holds a view's page: the document's, or an embed's root in its shadow root.
#[derive(Clone)]
pub struct PageRoot(pub Option<web_sys::Element>);

/// The page root of the calling component (call it while rendering).
pub fn page_root() -> PageRoot {
    use_context::<PageRoot>().unwrap_or(PageRoot(None))
}

impl PageRoot {
    /// The element with `id` in this page: the document's, or the embed's shadow root's.
    pub fn by_id(&self, id: &str) -> Option<web_sys::Element> {
        match &self.0 {
            None => document().get_element_by_id(id),
            Some(root) => root
                .get_root_node()
                .dyn_into::<web_sys::DocumentFragment>()
                .ok()?
                .get_element_by_id(id),
        }
    }
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
pub fn stored_lang() -> Lang {
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
