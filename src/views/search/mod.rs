//! Search: results as you type, grouped by document, with marked snippets, facets and order.
//!
//! The query, filters and order live in the URL ([`state`]): typing replaces the URL (no history
//! entry per key), choosing a filter pushes one. Results are computed from the URL, so a shared
//! or reloaded link shows the same results, also from file://. The parts: [`results`] (the
//! grouped hits), [`facets`] (filters and order), [`keys`] (arrow keys), [`timing`] (benchmark).

pub mod facets;
pub mod keys;
pub mod morph;
pub mod results;
pub mod state;
pub mod timing;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, search_index};
use crate::i18n::{result_count, Lang};
use crate::markup::{action, el, el_text, void, Attr};
use crate::route::{cap_query, Route, MAX_QUERY_CHARS};
use keys::step_through_results;
use leptos::prelude::*;
use morph::morph;
use results::write_results;
use state::SearchState;
use summit_core::search::{SearchOptions, SearchResults, SortBy};
use timing::record_keystroke_timing;
use wasm_bindgen::JsCast;

/// Hits rendered at first; "show more" adds as many again. Two screens' worth on a wide screen
/// (a hit with its heading and snippet is about a fifth of one), few enough to draw within a
/// frame while typing: every element a keystroke draws is a call from WebAssembly into the page.
pub const PAGE_SIZE: usize = 10;

/// Wide enough to show the filters beside the results: they start unfolded.
const WIDE_SCREEN: &str = "(min-width: 900px)";

/// Runs the search a URL state describes.
fn run(state: &SearchState, limit: usize) -> Option<SearchResults> {
    let (c, index) = (corpus().ok()?, search_index().ok()?);
    if state.query.trim().is_empty() && !state.has_filters() {
        return None;
    }
    let options = SearchOptions {
        filters: state.filters.clone(),
        sort: if state.by_date {
            SortBy::Date
        } else {
            SortBy::Relevance
        },
        limit,
        typing: true,
    };
    Some(index.search(c, &state.query, &options))
}

/// The search view's own markup: the heading, the search box with its label and help, the result
/// count (a live region) and the container the results are written into.
fn frame(l: Lang) -> String {
    let t = l.t();
    let mut h = String::new();
    el_text(&mut h, "h1", &[], t.nav_search);
    el(
        &mut h,
        "form role=\"search\" class=\"search-form\"",
        &[],
        &mut |h| {
            el_text(h, "label for=\"search-input\"", &[], t.search_label);
            let input = "input id=\"search-input\" type=\"search\" data-testid=\"search-input\" \
                         autocomplete=\"off\" spellcheck=\"false\" enterkeyhint=\"search\" \
                         aria-describedby=\"search-help\"";
            void(
                h,
                input,
                &[
                    Attr::Value("placeholder", t.search_placeholder),
                    Attr::Number("maxlength", MAX_QUERY_CHARS as i64),
                ],
            );
            el_text(
                h,
                "p id=\"search-help\" class=\"muted search-help\"",
                &[],
                t.search_help,
            );
            // Shown while the box holds as much as a search takes.
            el_text(
                h,
                "p class=\"search-limit\" role=\"status\" data-testid=\"search-limit\" hidden",
                &[],
                t.search_limit,
            );
        },
    );
    let count = "p class=\"result-count\" data-testid=\"result-count\" role=\"status\" \
                 aria-live=\"polite\"";
    el_text(&mut h, count, &[], "");
    el_text(&mut h, "div", &[], "");
    h
}

/// The search box in the view's markup.
fn search_box(section: &web_sys::Element) -> Option<web_sys::HtmlInputElement> {
    section
        .query_selector("#search-input")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Shows or hides the notice of the search view `section` that the query is at its longest.
fn show_limit(section: &web_sys::Element, shown: bool) {
    if let Some(notice) = section.query_selector(".search-limit").ok().flatten() {
        let _ = notice.toggle_attribute_with_force("hidden", !shown);
    }
}

/// The search view.
#[component]
pub fn Search() -> impl IntoView {
    let l = UiLang::current();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let state = move || match route.get_untracked() {
        Route::Search(state) => state,
        _ => SearchState::default(),
    };
    let limit = RwSignal::new(PAGE_SIZE);
    let section = NodeRef::<leptos::html::Section>::new();
    // Filters start open where there is room beside the results, folded on a phone, and stay as
    // the reader left them while the results change.
    let wide = window()
        .match_media(WIDE_SCREEN)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Results are computed from the URL and written below the box. The effect keeps the state it
    // drew, whether the filters were unfolded, and the markup it wrote.
    Effect::new(move |drawn: Option<(SearchState, bool, String)>| {
        let s = match route.get() {
            Route::Search(s) => s,
            _ => SearchState::default(),
        };
        let parts = section.get().and_then(|sec| {
            Some((
                search_box(&sec)?,
                sec.query_selector(".result-count").ok()??,
                sec.last_element_child()?,
            ))
        });
        let Some((input, count, body)) = parts else {
            return (s, wide, String::new());
        };
        let (before, mut open, old) = drawn.unwrap_or((s.clone(), wide, String::new()));
        // A new search starts with one page of hits; "show more" adds to this one.
        if before != s {
            limit.update_untracked(|l| *l = PAGE_SIZE);
        }
        let results = run(&s, limit.get());
        // Keep the box in step with the URL (on opening, back, a shared link).
        if input.value() != s.query {
            input.set_value(&s.query);
        }
        let text = results.as_ref().map_or(String::new(), |r| {
            result_count(l, r.total_passages, r.total_letters)
        });
        if count.text_content().unwrap_or_default() != text {
            count.set_text_content(Some(&text));
        }
        if let Some(d) = body.query_selector("details").ok().flatten() {
            open = d.has_attribute("open");
        }
        let mut html = String::new();
        if let Ok(c) = corpus() {
            write_results(&mut html, c, results.as_ref(), &s, open, l);
        }
        if html != old {
            morph(&body, &html);
        }
        (s, open, html)
    });
    // The box takes the focus on opening, except in a host page where the host opened it (the
    // focus is the host's until the person acts inside the explorer).
    let take_focus = nav.may_move();
    request_animation_frame(move || {
        if let Some(el) = section
            .try_get_untracked()
            .flatten()
            .as_deref()
            .and_then(search_box)
            .filter(|_| take_focus)
        {
            let _ = el.focus();
        }
        // Read the index once the view is painted, so the first keystroke does not wait for it.
        gloo_timers::callback::Timeout::new(0, || {
            let _ = search_index();
        })
        .forget();
    });
    let on_input = move |ev: leptos::ev::Event| {
        // The event's own time (same clock as `performance.now()`): when the browser made it.
        let started = ev.time_stamp();
        let value = event_target_value(&ev);
        // The box takes what a link takes (`maxlength`, and here for text set otherwise), and
        // says so while the query is at its longest.
        let (query, cut) = cap_query(&value);
        if let Some(sec) = section.get_untracked() {
            show_limit(&sec, cut || value.encode_utf16().count() >= MAX_QUERY_CHARS);
            if cut {
                if let Some(input) = search_box(&sec) {
                    input.set_value(query);
                }
            }
        }
        let mut s = state();
        s.query = query.to_string();
        nav.replace(&Route::Search(s).href());
        record_keystroke_timing(started);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(sec) = section.get_untracked() else {
            return;
        };
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                let mut s = state();
                s.query.clear();
                nav.replace(&Route::Search(s).href());
                show_limit(&sec, false);
                if let Some(el) = search_box(&sec) {
                    el.set_value("");
                    let _ = el.focus();
                }
            }
            "ArrowDown" | "ArrowUp" => step_through_results(&ev, &sec),
            _ => {}
        }
    };
    // The results are markup: "show more" is the one control with code, found from the click
    // by its action.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        if action::of(&target).as_deref() == Some(action::SHOW_MORE) {
            limit.update(|l| *l += PAGE_SIZE);
        }
    };
    view! {
        <section class="search" node_ref=section inner_html=frame(l)
            on:input=on_input on:keydown=on_keydown on:click=on_click
            on:submit=|ev| ev.prevent_default()></section>
    }
}
