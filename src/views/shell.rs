//! The app shell: header with navigation and language switch, the routed view, the footer.
//!
//! The only module that knows every view: [`page`] maps a [`View`] to its component, and the
//! navigation is one table, [`NAV`].

use crate::context::{provide_app_context, CurrentRoute, UiLang};
use crate::data::corpus;
use crate::embed::share::ShareBar;
use crate::i18n::Strings;
use crate::not_found::NotFound;
use crate::route::{Route, View};
use crate::views::{
    compare::Compare, figures::Figures, glossary::Glossary, library::Library, reader::Reader,
    search::Search, timeline::Timeline,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An entry of the main navigation.
pub(crate) struct NavEntry {
    /// The view it leads to, and is marked while shown.
    pub view: View,
    /// Its label.
    pub label: fn(&Strings) -> &'static str,
    /// Its `data-testid`.
    pub test_id: &'static str,
}

/// The main navigation, in order. Each entry links to its view without state
/// ([`Route::start_of`]).
pub(crate) const NAV: [NavEntry; 6] = [
    NavEntry {
        view: View::Library,
        label: |t| t.nav_library,
        test_id: "nav-library",
    },
    NavEntry {
        view: View::Search,
        label: |t| t.nav_search,
        test_id: "nav-search",
    },
    NavEntry {
        view: View::Timeline,
        label: |t| t.nav_timeline,
        test_id: "nav-timeline",
    },
    NavEntry {
        view: View::Figures,
        label: |t| t.nav_figures,
        test_id: "nav-figures",
    },
    NavEntry {
        view: View::Compare,
        label: |t| t.nav_compare,
        test_id: "nav-compare",
    },
    NavEntry {
        view: View::Glossary,
        label: |t| t.nav_glossary,
        test_id: "nav-glossary",
    },
];

/// The component of a view (a view reads its own state from the route), or "not found".
pub fn page(view: Option<View>) -> AnyView {
    match view {
        Some(View::Library) => view! { <Library/> }.into_any(),
        Some(View::Reader) => view! { <Reader/> }.into_any(),
        Some(View::Search) => view! { <Search/> }.into_any(),
        Some(View::Timeline) => view! { <Timeline/> }.into_any(),
        Some(View::Compare) => view! { <Compare/> }.into_any(),
        Some(View::Figures) => view! { <Figures/> }.into_any(),
        Some(View::Glossary) => view! { <Glossary/> }.into_any(),
        None => view! { <NotFound message=None/> }.into_any(),
    }
}

/// The page of the current view, for the app and an embed alike. Only a change of view draws a
/// new page: a view follows changes of its own state (typing in the search box changes the route,
/// and the box keeps its caret). The page is rendered again when the language changes, so views
/// write their strings once instead of each following the language on its own.
pub fn routed_page() -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    // A memo of the route that only reports a change of view: the same kind of memo as the
    // route's own, so no second kind is compiled into the app.
    let page_route = Memo::new_with_compare(
        move |_| route.get(),
        |old, new| old.and_then(Route::view) != new.and_then(Route::view),
    );
    move || match (lang.track(), corpus()).1 {
        Err(e) => view! {
            <section class="notice notice--error" role="alert">
                <h1>{lang.get_untracked().t().data_error}</h1>
                <p><code>{e}</code></p>
            </section>
        }
        .into_any(),
        Ok(_) => page(page_route.with(Route::view)),
    }
}

/// Root component: provides language and route, renders the shell.
#[component]
pub fn App() -> impl IntoView {
    let (UiLang(lang), CurrentRoute(route), nav) = provide_app_context();
    let page_view_untracked = move || route.with_untracked(Route::view);
    // `/` focuses the search box from anywhere (unless typing in a field).
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if ev.key() == "/" && !in_field && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            if page_view_untracked() != Some(View::Search) {
                nav.push(&Route::Search(Default::default()).href());
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
        let t = lang.get().t();
        let title = match route.get() {
            Route::Reader(state) => corpus()
                .ok()
                .and_then(|c| c.letter(&state.letter))
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
        }>{move || lang.get().t().skip_to_content}</a>
        <Header/>
        <main id="main" tabindex="-1">
            {move || { lang.track(); view! { <ShareBar/> } }}
            {routed_page()}
        </main>
        <footer class="site-footer">
            <p>{move || lang.get().t().footer}</p>
        </footer>
    }
}

/// Header: name, navigation, language switch.
#[component]
fn Header() -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let section = move || route.with(Route::view).map(View::nav_section);
    let link = move |entry: &NavEntry| {
        let NavEntry {
            view,
            label,
            test_id,
        } = *entry;
        let href = Route::start_of(view).map(|r| r.href());
        let active = move || section() == Some(view);
        view! {
            <a href=href data-testid=test_id
                aria-current=move || active().then_some("page")
                class=move || if active() { "nav-link is-active" } else { "nav-link" }>
                {move || label(lang.get().t())}
            </a>
        }
    };
    // A fixed group of links compiles to less code than a list of them.
    let [library, search, timeline, figures, compare, glossary] = &NAV;
    let links = (
        link(library),
        link(search),
        link(timeline),
        link(figures),
        link(compare),
        link(glossary),
    );
    view! {
        <header class="site-header">
            <div class="brand">
                <a class="brand-name" href="#/">{move || lang.get().t().app_name}</a>
                <span class="brand-tagline">{move || lang.get().t().tagline}</span>
            </div>
            <nav aria-label=move || lang.get().t().nav_label>{links}</nav>
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

/// Shows a fatal error (used by the panic hook), in both languages: at the top of the page, or
/// of `root` for the explorer in a custom element (the host's page is left alone).
pub fn show_fatal_error(detail: &str, root: Option<&web_sys::Element>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let container: web_sys::Element = match root {
        Some(root) => root.clone(),
        None => match doc.body() {
            Some(body) => body.into(),
            None => return,
        },
    };
    if container
        .query_selector("#fatal-error")
        .ok()
        .flatten()
        .is_some()
    {
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
    let _ = container.insert_before(&panel, container.first_child().as_ref());
}
