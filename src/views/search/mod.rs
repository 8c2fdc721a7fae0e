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
use keys::step_through_results;
use leptos::prelude::*;
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

/// Replaces the markup of `body` with `html`. When one of its links or buttons has the focus, the
/// control in the same place of the new markup gets it (the same filter, the n-th result link,
/// "show more"), without scrolling, so a keyboard user stays where they were.
fn redraw(body: &web_sys::Element, html: &str) {
    const CONTROLS: &str = "a,button,summary";
    // Which kind of control (its test id, else its class) and which of that kind.
    let kind = |e: &web_sys::Element| {
        e.get_attribute("data-testid")
            .or_else(|| e.get_attribute("class"))
    };
    let controls = |body: &web_sys::Element| {
        let list = body.query_selector_all(CONTROLS).ok();
        (0..list.as_ref().map_or(0, |l| l.length()))
            .filter_map(move |i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
    };
    let focused = body.query_selector(":focus").ok().flatten().map(|f| {
        let k = kind(&f);
        let nth = controls(body)
            .take_while(|e| !e.is_same_node(Some(&f)))
            .filter(|e| kind(e) == k)
            .count();
        (k, nth)
    });
    body.set_inner_html(html);
    let Some((k, nth)) = focused else {
        return;
    };
    if let Some(e) = controls(body).filter(|e| kind(e) == k).nth(nth) {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &true.into());
        if let Ok(focus) = js_sys::Reflect::get(&e, &"focus".into()) {
            let _ = focus
                .unchecked_into::<js_sys::Function>()
                .call1(&e, &options);
        }
    }
}

/// The search view.
#[component]
pub fn Search() -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let state = move || match route.get_untracked() {
        Route::Search(state) => state,
        _ => SearchState::default(),
    };
    let limit = RwSignal::new(PAGE_SIZE);
    let input = NodeRef::<leptos::html::Input>::new();
    let count = NodeRef::<leptos::html::P>::new();
    let body = NodeRef::<leptos::html::Div>::new();
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
        let (Some(input), Some(count), Some(body)) = (input.get(), count.get(), body.get()) else {
            return (s, wide, String::new());
        };
        let (before, mut open, old) = drawn.unwrap_or((s.clone(), wide, String::new()));
        // A new search starts with one page of hits; "show more" adds to this one.
        if before != s {
            limit.update_untracked(|l| *l = PAGE_SIZE);
        }
        let results = run(&s, limit.get());
        // Keep the box in step when the URL changes by other means (back, a shared link).
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
            redraw(&body, &html);
        }
        (s, open, html)
    });
    request_animation_frame(move || {
        if let Some(el) = input.get_untracked() {
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
        let mut s = state();
        s.query = value;
        nav.replace(&Route::Search(s).href());
        record_keystroke_timing(started);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            let mut s = state();
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
    // The results are markup: "show more" is the one control with code, found from the click.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        if target.closest(".show-more").ok().flatten().is_some() {
            limit.update(|l| *l += PAGE_SIZE);
        }
    };
    view! {
        <section class="search" on:keydown=on_keydown>
            <h1>{t.nav_search}</h1>
            <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">{t.search_label}</label>
                <input id="search-input" node_ref=input type="search" data-testid="search-input"
                    autocomplete="off" spellcheck="false" enterkeyhint="search"
                    placeholder=t.search_placeholder
                    prop:value=state().query
                    aria-describedby="search-help"
                    on:input=on_input/>
                <p id="search-help" class="muted search-help">{t.search_help}</p>
            </form>
            <p class="result-count" data-testid="result-count" role="status" aria-live="polite" node_ref=count></p>
            <div node_ref=body on:click=on_click></div>
        </section>
    }
}
