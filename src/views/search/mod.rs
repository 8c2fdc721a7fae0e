//! Search: results as you type, grouped by document, with marked snippets, facets and order.
//!
//! The query, filters and order live in the URL ([`state`]): typing replaces the URL (no history
//! entry per key), choosing a filter pushes one. Results are computed from the URL, so a shared
//! or reloaded link shows the same results, also from file://. The parts: [`results`] (the
//! grouped hits), [`facets`] (filters and order), [`keys`] (arrow keys), [`timing`] (benchmark).

pub mod facets;
pub mod keys;
pub mod results;
pub mod state;
pub mod timing;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, search_index};
use crate::i18n::result_count;
use crate::route::Route;
use facets::FiltersOpen;
use keys::step_through_results;
use leptos::prelude::*;
use results::{Notices, ResultsView};
use state::SearchState;
use summit_core::search::{SearchOptions, SearchResults, SortBy};
use timing::record_keystroke_timing;

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

/// The search view.
#[component]
pub fn Search() -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let state = Memo::new(move |_| match route.get() {
        Route::Search(state) => state,
        _ => SearchState::default(),
    });
    let limit = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        state.with(|_| ());
        // Only on a change: setting the signal would run the search again.
        if limit.get_untracked() != PAGE_SIZE {
            limit.set(PAGE_SIZE);
        }
    });
    let results = Memo::new(move |_| run(&state.get(), limit.get()));
    // The results view is drawn once while there is a search, and changes in place.
    let searched = Memo::new(move |_| results.with(Option::is_some));
    // Filters start open where there is room beside the results, folded on a phone, and stay as
    // the reader left them while the results change.
    let wide = window()
        .match_media(WIDE_SCREEN)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    provide_context(FiltersOpen(RwSignal::new(wide)));
    let input = NodeRef::<leptos::html::Input>::new();
    // Keep the box in step when the URL changes by other means (back, a shared link).
    Effect::new(move |_| {
        let q = state.get().query;
        if let Some(el) = input.get() {
            if el.value() != q {
                el.set_value(&q);
            }
        }
    });
    request_animation_frame(move || {
        if let Some(el) = input.try_get_untracked().flatten() {
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
        let mut s = state.get_untracked();
        s.query = value;
        nav.replace(&Route::Search(s).href());
        record_keystroke_timing(started);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            let mut s = state.get_untracked();
            s.query.clear();
            nav.replace(&Route::Search(s).href());
            if let Some(el) = input.get_untracked() {
                el.set_value("");
                let _ = el.focus();
            }
        }
        "ArrowDown" | "ArrowUp" => step_through_results(&ev, input),
        _ => {}
    };
    let count_text = move || {
        results.with(|r| match r {
            Some(r) => result_count(l, r.total_passages, r.total_letters),
            None => String::new(),
        })
    };
    let notices = Memo::new(move |_| results.with(|r| r.as_ref().map(|r| r.notices.clone())));
    view! {
        <section class="search" on:keydown=on_keydown>
            <h1>{t.nav_search}</h1>
            <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">{t.search_label}</label>
                <input id="search-input" node_ref=input type="search" data-testid="search-input"
                    autocomplete="off" spellcheck="false" enterkeyhint="search"
                    placeholder=t.search_placeholder
                    prop:value=state.get_untracked().query
                    aria-describedby="search-help"
                    on:input=on_input/>
                <p id="search-help" class="muted search-help">{t.search_help}</p>
            </form>
            <p class="result-count" data-testid="result-count" role="status" aria-live="polite">{count_text}</p>
            {move || notices.get().map(|notices| view! { <Notices notices=notices/> })}
            {move || match searched.get() {
                false => view! { <p class="search-start">{t.search_start}</p> }.into_any(),
                true => view! { <ResultsView results=results state=state limit=limit/> }.into_any(),
            }}
        </section>
    }
}
