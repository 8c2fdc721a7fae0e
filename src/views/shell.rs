//! The app shell: header with navigation and language switch, the routed view, the footer.

use crate::data::corpus;
use crate::i18n::Lang;
use crate::route::{Route, SortOrder};
use crate::views::{
    library::Library, placeholder::ComingSoon, placeholder::NotFound, reader::Reader,
    search::Search,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// Root component: provides language and route, renders the shell.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(stored_lang());
    let hash = RwSignal::new(current_hash());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| hash.set(current_hash()));
    on_cleanup(move || listener.remove());
    let route = Memo::new(move |_| Route::parse(&hash.get()));
    // What to render: typing in the search box changes the route, not the page, so the search
    // view (and its input, with the caret) stays in place.
    let page = Memo::new(move |_| match route.get() {
        Route::Search(_) => Route::Search(Default::default()),
        other => other,
    });
    provide_context(UiLang(lang));
    provide_context(CurrentRoute(route));
    provide_context(Nav(hash));
    // `/` focuses the search box from anywhere (unless typing in a field).
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if ev.key() == "/" && !in_field && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            if !matches!(route.get_untracked(), Route::Search(_)) {
                Nav(hash).push(&Route::Search(Default::default()).href());
            }
            request_animation_frame(|| {
                if let Some(input) = document().get_element_by_id("search-input") {
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
    });
    on_cleanup(move || keys.remove());

    Effect::new(move |_| {
        let current = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", current.code());
        }
        store_lang(current);
    });
    Effect::new(move |_| {
        let t = lang.get().t();
        let title = match route.get() {
            Route::Letter { id, .. } => corpus()
                .ok()
                .and_then(|c| c.letter(&id))
                .map(|l| format!("{} — {}", l.title.value, t.app_name))
                .unwrap_or_else(|| t.app_name.to_string()),
            _ => t.app_name.to_string(),
        };
        document().set_title(&title);
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(m) = document().get_element_by_id("main") {
                let _ = m.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{move || if lang.get() == Lang::Nl { "Naar de inhoud" } else { "Skip to content" }}</a>
        <Header/>
        <main id="main" tabindex="-1">
            // The page is rendered again when the language changes, so views write their
            // strings once instead of each following the language on its own.
            {move || match (lang.track(), corpus()).1 {
                Err(e) => view! {
                    <section class="notice notice--error" role="alert">
                        <h1>{lang.get_untracked().t().data_error}</h1>
                        <p><code>{e}</code></p>
                    </section>
                }.into_any(),
                Ok(_) => match page.get() {
                    Route::Library { sort } => view! { <Library sort=sort/> }.into_any(),
                    Route::Letter { id, target, highlight } => view! { <Reader id=id target=target highlight=highlight/> }.into_any(),
                    Route::Search(_) => view! { <Search/> }.into_any(),
                    Route::Timeline => view! { <ComingSoon which=Which::Timeline/> }.into_any(),
                    Route::Compare => view! { <ComingSoon which=Which::Compare/> }.into_any(),
                    Route::NotFound => view! { <NotFound message=None/> }.into_any(),
                },
            }}
        </main>
        <footer class="site-footer">
            <p>{move || lang.get().t().footer}</p>
        </footer>
    }
}

/// Views not built yet, for [`ComingSoon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Timeline.
    Timeline,
    /// Compare.
    Compare,
}

/// Header: name, navigation, language switch.
#[component]
fn Header() -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let section = move || match route.get() {
        Route::Library { .. } | Route::Letter { .. } => 0,
        Route::Search(_) => 1,
        Route::Timeline => 2,
        Route::Compare => 3,
        Route::NotFound => 9,
    };
    let link = move |index: usize,
                     href: String,
                     testid: &'static str,
                     label: fn(Lang) -> &'static str| {
        view! {
            <a href=href data-testid=testid
                aria-current=move || (section() == index).then_some("page")
                class=move || if section() == index { "nav-link is-active" } else { "nav-link" }>
                {move || label(lang.get())}
            </a>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <a class="brand-name" href="#/">{move || lang.get().t().app_name}</a>
                <span class="brand-tagline">{move || lang.get().t().tagline}</span>
            </div>
            <nav aria-label=move || lang.get().t().nav_label>
                {link(0, Route::Library { sort: SortOrder::Newest }.href(), "nav-library", |l| l.t().nav_library)}
                {link(1, Route::Search(Default::default()).href(), "nav-search", |l| l.t().nav_search)}
                {link(2, Route::Timeline.href(), "nav-timeline", |l| l.t().nav_timeline)}
                {link(3, Route::Compare.href(), "nav-compare", |l| l.t().nav_compare)}
            </nav>
            <button type="button" class="lang-toggle" data-testid="lang-toggle"
                aria-label=move || lang.get().t().switch_language_label
                lang=move || lang.get().other().code()
                on:click=move |_| {
                    // Keep the reading position: the page is rendered again in the other language.
                    let y = window().scroll_y().unwrap_or_default();
                    lang.update(|l| *l = l.other());
                    request_animation_frame(move || {
                        request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
                    });
                }>
                {move || lang.get().t().switch_language}
            </button>
        </header>
    }
}

/// Shows a fatal error in the page (used by the panic hook), in both languages.
pub fn show_fatal_error(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let Ok(panel) = doc.create_element("section") else {
        return;
    };
    panel.set_id("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "notice notice--error");
    let heading = doc.create_element("h1").ok();
    let text = doc.create_element("p").ok();
    let code = doc.create_element("pre").ok();
    if let (Some(h), Some(p), Some(c)) = (heading, text, code) {
        h.set_text_content(Some("Er ging iets mis · Something went wrong"));
        p.set_text_content(Some(
            "Laad de pagina opnieuw. Blijft dit gebeuren, meld dan de melding hieronder. · \
             Reload the page; if this keeps happening, report the message below.",
        ));
        c.set_text_content(Some(detail));
        let _ = panel.append_child(&h);
        let _ = panel.append_child(&p);
        let _ = panel.append_child(&c);
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}
