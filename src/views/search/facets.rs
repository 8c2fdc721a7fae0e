//! The facet panel: the order (relevance or date), a way to clear the filters, and per dimension
//! (meeting, kind, year, document) the values with their counts, each a link that toggles it.

use super::state::SearchState;
use crate::context::UiLang;
use crate::data::corpus;
use crate::i18n::{kind_name, meeting_name, Lang, Strings};
use crate::route::Route;
use leptos::prelude::*;
use summit_core::search::{FacetCount, FacetDim};
use summit_core::Corpus;

/// Whether the filter panel is unfolded; kept while the results change.
#[derive(Clone, Copy)]
pub struct FiltersOpen(pub RwSignal<bool>);

/// The heading of a dimension's group.
fn dimension_title(dim: FacetDim, t: &Strings) -> &'static str {
    match dim {
        FacetDim::Meeting => t.facet_meeting,
        FacetDim::Kind => t.facet_kind,
        FacetDim::Year => t.facet_year,
        FacetDim::Letter => t.facet_letter,
    }
}

/// How a person reads a facet value: a document's title, a kind's or meeting's name, a year.
fn value_label(c: &Corpus, dim: FacetDim, value: &str, l: Lang) -> String {
    let label = match dim {
        FacetDim::Letter => c.letter(value).map(|letter| letter.title.value.clone()),
        FacetDim::Kind => Some(kind_name(c, value, l).to_string()),
        FacetDim::Meeting => c.meeting(value).map(|m| meeting_name(m, l).to_string()),
        FacetDim::Year => None,
    };
    label.unwrap_or_else(|| value.to_string())
}

/// A facet value with its count, as a link that adds it to the filters or takes it out.
fn facet_link(
    c: &Corpus,
    dim: FacetDim,
    fc: &FacetCount,
    state: &SearchState,
    l: Lang,
) -> impl IntoView {
    let on = state.filters.contains(dim, &fc.value);
    let href = Route::Search(state.toggled(dim, &fc.value)).href();
    view! {
        <li>
            <a href=href class=if on { "facet is-active" } else { "facet" }
                data-testid=format!("facet-{}", fc.value) aria-current=on.then_some("true")>
                <span class="facet-label">{value_label(c, dim, &fc.value, l)}</span>
                <span class="facet-count">{fc.count}</span>
            </a>
        </li>
    }
}

/// The facet panel: counts per document, kind, meeting and year, and the order.
#[component]
pub fn Facets(
    /// The counts of the search.
    facets: summit_core::search::Facets,
    /// The search's URL state, for the links.
    state: Memo<SearchState>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let s = state.get_untracked();
    let sort_link = |by_date: bool, label: &'static str| {
        let on = s.by_date == by_date;
        let href = Route::Search(SearchState {
            by_date,
            ..s.clone()
        })
        .href();
        view! {
            <a href=href class=if on { "sort-link is-active" } else { "sort-link" }
                aria-current=on.then_some("true") data-testid=if by_date { "sort-by-date" } else { "sort-by-relevance" }>
                {label}
            </a>
        }
    };
    let active = s.filters.active_count();
    let clear = (active > 0).then(|| {
        let href = Route::Search(SearchState {
            query: s.query.clone(),
            by_date: s.by_date,
            ..Default::default()
        })
        .href();
        view! { <p><a data-testid="clear-filters" href=href>{t.clear_filters}</a></p> }
    });
    let group = |dim: FacetDim| {
        let items = facets
            .get(dim)
            .iter()
            .map(|fc| facet_link(c, dim, fc, &s, l))
            .collect_view();
        view! {
            <div class="facet-group">
                <h2>{dimension_title(dim, t)}</h2>
                <ul class="plain">{items}</ul>
            </div>
        }
    };
    // In display order; a fixed group of four draws smaller code than a list.
    let [first, second, third, fourth] = FacetDim::ALL;
    let groups = (group(first), group(second), group(third), group(fourth));
    let FiltersOpen(open) = expect_context::<FiltersOpen>();
    view! {
        <aside class="facets" aria-label=t.facets_label data-testid="facets">
            <div class="sort">
                {sort_link(false, t.sort_relevance)}
                {sort_link(true, t.sort_date)}
            </div>
            {clear}
            <details class="facet-panel" data-testid="facet-panel" prop:open=open.get_untracked()
                on:toggle=move |ev| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                <summary>{t.facets_label}{(active > 0).then(|| format!(" ({active})"))}</summary>
                {groups}
            </details>
        </aside>
    }
    .into_any()
}
