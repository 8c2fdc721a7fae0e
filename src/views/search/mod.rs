//! Search: results as you type, grouped by document, with marked snippets, facets and order.
//!
//! The query, filters and order live in the URL (`#/zoeken?q=…&soort=…&sort=datum`): typing
//! replaces the URL (no history entry per key), choosing a filter pushes one. Results are computed
//! from the URL, so a shared or reloaded link shows the same results, also from file://.

use crate::data::{corpus, search_index};
use crate::i18n::{format_date, kind_name, result_count, Lang};
use crate::route::{Route, SearchState, Target};
use crate::views::shell::{CurrentRoute, Nav, UiLang};
use leptos::prelude::*;
use summit_core::search::{FacetCount, Filters, Hit, Notice, SearchOptions, SearchResults, SortBy};
use summit_core::{DocumentKind, TextRange};
use wasm_bindgen::JsCast;

/// Hits rendered at first; "show more" adds as many again. Enough to fill a screen or two, few
/// enough to paint within a frame while typing.
const PAGE_SIZE: usize = 20;

/// Text with marked ranges, as pieces: (text, marked).
pub fn marked_pieces(text: &str, marks: &[TextRange]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut sorted: Vec<&TextRange> = marks.iter().collect();
    sorted.sort_by_key(|m| m.start);
    for m in sorted {
        let (s, e) = (m.start as usize, m.end as usize);
        if s < at
            || e > text.len()
            || s > e
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        if s > at {
            out.push((text[at..s].to_string(), false));
        }
        out.push((text[s..e].to_string(), true));
        at = e;
    }
    if at < text.len() {
        out.push((text[at..].to_string(), false));
    }
    out
}

/// Renders text with `<mark>` elements (never as HTML).
fn marked_text(text: &str, marks: &[TextRange]) -> impl IntoView {
    marked_pieces(text, marks)
        .into_iter()
        .map(|(t, marked)| {
            if marked {
                view! { <mark>{t}</mark> }.into_any()
            } else {
                t.into_any()
            }
        })
        .collect_view()
}

/// Runs the search a URL state describes.
fn run(state: &SearchState, limit: usize) -> Option<SearchResults> {
    let (c, index) = (corpus().ok()?, search_index().ok()?);
    if state.query.trim().is_empty() && !state.has_filters() {
        return None;
    }
    let options = SearchOptions {
        filters: Filters {
            letters: state.letters.clone(),
            kinds: state.kinds.clone(),
            meetings: state.meetings.clone(),
            years: state.years.clone(),
        },
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

/// Records the time from a keystroke to the next frame after the results are rendered, for the
/// benchmark (only when the page has asked for it by creating `window.__summitTimings`).
fn record_keystroke_timing(started: f64) {
    let Some(perf) = window().performance() else {
        return;
    };
    let Ok(timings) = js_sys::Reflect::get(&window(), &"__summitTimings".into()) else {
        return;
    };
    let Ok(timings) = timings.dyn_into::<js_sys::Array>() else {
        return;
    };
    request_animation_frame(move || {
        // After this frame's rendering work: the next task runs once it is painted.
        let done = move || {
            timings.push(&(perf.now() - started).into());
        };
        let _ = gloo_timers::callback::Timeout::new(0, done).forget();
    });
}

/// The search view.
#[component]
pub fn Search() -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let state = Memo::new(move |_| match route.get() {
        Route::Search(s) => s,
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
    // Filters start open where there is room beside the results, folded on a phone, and stay as
    // the reader left them while the results change.
    let wide = window()
        .match_media("(min-width: 900px)")
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
        "ArrowDown" | "ArrowUp" => {
            let links = document()
                .query_selector_all("[data-testid=result] a.result-link")
                .ok();
            let Some(links) = links else { return };
            if links.length() == 0 {
                return;
            }
            ev.prevent_default();
            let active = document().active_element();
            let mut current = None;
            for i in 0..links.length() {
                if let (Some(a), Some(node)) = (&active, links.item(i)) {
                    if node.is_same_node(Some(a.unchecked_ref())) {
                        current = Some(i);
                    }
                }
            }
            let next = match (ev.key().as_str(), current) {
                ("ArrowDown", None) => Some(0),
                ("ArrowDown", Some(i)) => Some((i + 1).min(links.length() - 1)),
                ("ArrowUp", Some(0)) => None,
                ("ArrowUp", Some(i)) => Some(i - 1),
                _ => None,
            };
            match next.and_then(|i| links.item(i)) {
                Some(node) => {
                    let _ = node.unchecked_into::<web_sys::HtmlElement>().focus();
                }
                None => {
                    if let Some(el) = input.get_untracked() {
                        let _ = el.focus();
                    }
                }
            }
        }
        _ => {}
    };
    let count_text = move || match results.get() {
        Some(r) => result_count(l, r.total_passages, r.total_letters),
        None => String::new(),
    };
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
            {move || results.get().map(|r| view! { <Notices notices=r.notices.clone()/> })}
            {move || match results.get() {
                None => view! { <p class="search-start">{t.search_start}</p> }.into_any(),
                Some(r) => view! { <ResultsView results=r state=state limit=limit/> }.into_any(),
            }}
        </section>
    }
}

/// Whether the filter panel is unfolded.
#[derive(Clone, Copy)]
struct FiltersOpen(RwSignal<bool>);

/// Notices on how the query was read.
#[component]
fn Notices(notices: Vec<Notice>) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    notices
        .into_iter()
        .filter(|n| *n != Notice::EmptyQuery)
        .map(|n| {
            let text = {
                match &n {
                    Notice::Partial { .. } => t.notice_partial.to_string(),
                    Notice::UnclosedQuote => t.notice_unclosed.to_string(),
                    Notice::TooLong(_) => t.notice_too_long.to_string(),
                    Notice::TooManyTerms(_) => t.notice_too_many.to_string(),
                    Notice::IgnoredCharacters => t.notice_ignored.to_string(),
                    Notice::UnknownFilter(f) => format!("{} {f}", t.notice_unknown_filter),
                    Notice::EmptyQuery => String::new(),
                }
            };
            view! { <p class="search-notice" data-testid="search-notice">{text}</p> }
        })
        .collect_view()
}

/// Facets and grouped results.
#[component]
fn ResultsView(
    results: SearchResults,
    state: Memo<SearchState>,
    limit: RwSignal<usize>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let s = state.get_untracked();
    if results.total_passages == 0 {
        let query = s.query.clone();
        let suggestions = results.suggestions.clone();
        let has_filters = s.has_filters();
        return view! {
            <div class="empty" data-testid="no-results">
                <p><strong>{t.search_none}</strong>" “"{query.clone()}"”."</p>
                {(!suggestions.is_empty()).then(|| view! {
                    <p>{t.did_you_mean}" "
                        {suggestions.iter().map(|w| {
                            let href = Route::Search(SearchState { query: w.clone(), ..s.clone() }).href();
                            view! { <a class="suggestion" data-testid="suggestion" href=href>{w.clone()}</a>" " }
                        }).collect_view()}
                    </p>
                })}
                <p class="muted">{t.search_none_tip}</p>
                {has_filters.then(|| view! {
                    <p><a href=Route::Search(SearchState::query(&s.query)).href()>{t.clear_filters}</a></p>
                })}
            </div>
        }
        .into_any();
    }
    // Group hits by letter, in the order of each letter's best hit.
    let mut groups: Vec<(String, Vec<Hit>)> = Vec::new();
    for hit in results.hits.iter().cloned() {
        match groups.iter_mut().find(|(id, _)| *id == hit.letter) {
            Some((_, hits)) => hits.push(hit),
            None => groups.push((hit.letter.clone(), vec![hit])),
        }
    }
    let query = s.query.clone();
    let groups_view = groups
        .into_iter()
        .filter_map(|(id, hits)| {
            let letter = c.letter(&id)?;
            let meeting = c.meeting(&letter.meeting);
            let date = letter.date.as_ref().map(|d| d.value);
            let kind = letter.kind;
            let items = hits
                .into_iter()
                .map(|h| {
                    let href = Route::Letter {
                        id: id.clone(),
                        target: Target::Block(h.n),
                        highlight: Some(query.clone()),
                    }
                    .href();
                    let heading = letter
                        .block(h.n)
                        .and_then(|b| b.section)
                        .and_then(|s| letter.block(s))
                        .filter(|b| b.n != h.n)
                        .map(|b| b.text.clone());
                    view! {
                        <li class="result" data-testid="result" data-letter=id.clone() data-n=h.n>
                            <a class="result-link" href=href>
                                {heading.map(|t| view! { <span class="result-section">{t}</span> })}
                                <span class="result-snippet">{marked_text(&h.snippet, &h.snippet_marks)}</span>
                                <span class="result-where muted">{format!("¶ {}", h.n)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let title = letter.title.value.clone();
            let meeting_names = meeting.map(|m| (m.name.clone(), m.name_en.clone()));
            Some(view! {
                <li class="result-group">
                    <h2 class="result-letter">{title}</h2>
                    <p class="result-meta muted">
                        {kind_name(kind, l)}
                        {date.map(|d| format!(" · {}", format_date(d, l))).unwrap_or_default()}
                        {meeting_names.map(|(nl, en)| format!(" · {}", if l == Lang::Nl { nl } else { en })).unwrap_or_default()}
                    </p>
                    <ol class="result-list">{items}</ol>
                </li>
            })
        })
        .collect_view();
    let more = results.total_passages > results.hits.len();
    view! {
        <div class="search-layout">
            <Facets facets=results.facets.clone() state=state/>
            <div class="search-results">
                <ol class="result-groups" data-testid="results">{groups_view}</ol>
                {more.then(|| view! {
                    <button type="button" class="show-more" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                        {t.show_more}
                    </button>
                })}
            </div>
        </div>
    }
    .into_any()
}

/// Which facet a value belongs to.
#[derive(Clone, Copy, PartialEq)]
enum FacetKind {
    Letter,
    Kind,
    Meeting,
    Year,
}

/// The state with `value` of a facet toggled.
fn toggled(state: &SearchState, facet: FacetKind, value: &str) -> SearchState {
    let mut s = state.clone();
    let flip = |list: &mut Vec<String>| {
        if let Some(i) = list.iter().position(|v| v == value) {
            list.remove(i);
        } else {
            list.push(value.to_string());
        }
    };
    match facet {
        FacetKind::Letter => flip(&mut s.letters),
        FacetKind::Kind => flip(&mut s.kinds),
        FacetKind::Meeting => flip(&mut s.meetings),
        FacetKind::Year => {
            if let Ok(y) = value.parse::<u16>() {
                if let Some(i) = s.years.iter().position(|v| *v == y) {
                    s.years.remove(i);
                } else {
                    s.years.push(y);
                }
            }
        }
    }
    s
}

/// The facet panel: counts per document, kind, meeting and year, and the order.
#[component]
fn Facets(facets: summit_core::search::Facets, state: Memo<SearchState>) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let s = state.get_untracked();
    let group = move |facet: FacetKind,
                      title: fn(Lang) -> &'static str,
                      values: Vec<FacetCount>,
                      s: SearchState| {
        let active = move |v: &str| match facet {
            FacetKind::Letter => s.letters.iter().any(|x| x == v),
            FacetKind::Kind => s.kinds.iter().any(|x| x == v),
            FacetKind::Meeting => s.meetings.iter().any(|x| x == v),
            FacetKind::Year => s.years.iter().any(|x| x.to_string() == v),
        };
        let items = values
            .into_iter()
            .map(|fc| {
                let on = active(&fc.value);
                let href = Route::Search(toggled(&state.get_untracked(), facet, &fc.value)).href();
                let value = fc.value.clone();
                let label = match facet {
                    FacetKind::Letter => c.letter(&value).map(|l| l.title.value.clone()).unwrap_or(value.clone()),
                    FacetKind::Kind => DocumentKind::from_slug(&value).map(|k| kind_name(k, l).to_string()).unwrap_or(value.clone()),
                    FacetKind::Meeting => c
                        .meeting(&value)
                        .map(|m| if l == Lang::Nl { m.name.clone() } else { m.name_en.clone() })
                        .unwrap_or(value.clone()),
                    FacetKind::Year => value.clone(),
                };
                let testid = format!("facet-{}", fc.value);
                view! {
                    <li>
                        <a href=href class=if on { "facet is-active" } else { "facet" } data-testid=testid
                            aria-pressed=if on { "true" } else { "false" }>
                            <span class="facet-label">{label}</span>
                            <span class="facet-count">{fc.count}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="facet-group">
                <h2>{title(l)}</h2>
                <ul class="plain">{items}</ul>
            </div>
        }
    };
    let sort_link = move |by_date: bool, label: fn(Lang) -> &'static str| {
        let mut target = state.get_untracked();
        let on = target.by_date == by_date;
        target.by_date = by_date;
        view! {
            <a href=Route::Search(target).href() class=if on { "sort-link is-active" } else { "sort-link" }
                aria-current=on.then_some("true") data-testid=if by_date { "sort-by-date" } else { "sort-by-relevance" }>
                {label(l)}
            </a>
        }
    };
    let active = s.letters.len() + s.kinds.len() + s.meetings.len() + s.years.len();
    let has_filters = active > 0;
    let FiltersOpen(open) = expect_context::<FiltersOpen>();
    view! {
        <aside class="facets" aria-label=t.facets_label data-testid="facets">
            <div class="sort">
                {sort_link(false, |l| l.t().sort_relevance)}
                {sort_link(true, |l| l.t().sort_date)}
            </div>
            {has_filters.then(|| view! {
                <p><a data-testid="clear-filters" href=Route::Search(SearchState { query: s.query.clone(), by_date: s.by_date, ..Default::default() }).href()>
                    {t.clear_filters}</a></p>
            })}
            <details class="facet-panel" data-testid="facet-panel" prop:open=open.get_untracked()
                on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                <summary>{t.facets_label}{(active > 0).then(|| format!(" ({active})"))}</summary>
                {group(FacetKind::Meeting, |l| l.t().facet_meeting, facets.meetings.clone(), s.clone())}
                {group(FacetKind::Kind, |l| l.t().facet_kind, facets.kinds.clone(), s.clone())}
                {group(FacetKind::Year, |l| l.t().facet_year, facets.years.clone(), s.clone())}
                {group(FacetKind::Letter, |l| l.t().facet_letter, facets.letters.clone(), s.clone())}
            </details>
        </aside>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_split_text_in_order_and_bad_ranges_are_skipped() {
        let r = |s, e| TextRange { start: s, end: e };
        assert_eq!(
            marked_pieces("steun aan Oekraïne", &[r(10, 19), r(0, 5)]),
            vec![
                ("steun".into(), true),
                (" aan ".into(), false),
                ("Oekraïne".into(), true)
            ]
        );
        assert_eq!(
            marked_pieces("abc", &[r(2, 9), r(1, 0)]),
            vec![("abc".into(), false)]
        );
    }

    #[test]
    fn facet_values_toggle_on_and_off() {
        let s = SearchState::query("drones");
        let on = toggled(&s, FacetKind::Kind, "verslag");
        assert_eq!(on.kinds, ["verslag"]);
        assert_eq!(
            toggled(&on, FacetKind::Kind, "verslag").kinds,
            Vec::<String>::new()
        );
        assert_eq!(toggled(&s, FacetKind::Year, "2025").years, [2025]);
    }
}
