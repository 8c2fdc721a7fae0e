//! The facet panel: the order (relevance or date), a way to clear the filters, and per dimension
//! (meeting, kind, year, document) the values with their counts, each a link that toggles it.
//!
//! Written as markup text (see [`crate::markup`]): links only, so it needs no code of its own.

use super::state::SearchState;
use crate::i18n::{Lang, Strings};
use crate::labels::{kind_name, meeting_name};
use crate::markup::{el, el_text, link, number, text, Attr, Href};
use crate::route::Route;
use summit_core::search::{FacetDim, Facets};
use summit_core::Corpus;

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
fn value_label<'c>(c: &'c Corpus, dim: FacetDim, value: &'c str, l: Lang) -> &'c str {
    let label = match dim {
        FacetDim::Letter => c.letter(value).map(|letter| letter.title.value.as_str()),
        FacetDim::Kind => Some(kind_name(c, value, l)),
        FacetDim::Meeting => c.meeting(value).map(|m| meeting_name(m, l)),
        FacetDim::Year => None,
    };
    label.unwrap_or(value)
}

/// The class of a link of the panel, and whether it is the current choice.
fn choice(class: &'static str, current: &'static str, on: bool) -> Attr<'static> {
    Attr::Fixed(if on { current } else { class })
}

/// Writes the facet panel: the order, counts per document, kind, meeting and year, each value a
/// link that adds it to the filters or takes it out. `open`: whether the filters are unfolded.
pub fn write_facets(
    h: &mut String,
    c: &Corpus,
    facets: &Facets,
    s: &SearchState,
    open: bool,
    l: Lang,
) {
    let t = l.t();
    let aside = [
        Attr::Value("aria-label", t.facets_label),
        Attr::Fixed("data-testid=\"facets\""),
    ];
    el(h, "aside class=\"facets\"", &aside, &mut |h| {
        el(h, "div class=\"sort\"", &[], &mut |h| {
            for (by_date, label, id) in [
                (false, t.sort_relevance, "data-testid=\"sort-by-relevance\""),
                (true, t.sort_date, "data-testid=\"sort-by-date\""),
            ] {
                let href = Href::route(&Route::Search(SearchState {
                    by_date,
                    ..s.clone()
                }));
                let on = s.by_date == by_date;
                let class = choice(
                    "class=\"sort-link\"",
                    "class=\"sort-link is-active\" aria-current=\"true\"",
                    on,
                );
                link(h, &href, id, &[class], label);
            }
        });
        let active = s.filters.active_count();
        if active > 0 {
            let href = Href::route(&Route::Search(SearchState {
                query: s.query.clone(),
                by_date: s.by_date,
                ..Default::default()
            }));
            el(h, "p", &[], &mut |h| {
                link(
                    h,
                    &href,
                    "data-testid=\"clear-filters\"",
                    &[],
                    t.clear_filters,
                );
            });
        }
        let panel = [Attr::Flag("open", open)];
        el(
            h,
            "details class=\"facet-panel\" data-testid=\"facet-panel\"",
            &panel,
            &mut |h| {
                el(h, "summary", &[], &mut |h| {
                    text(h, t.facets_label);
                    if active > 0 {
                        h.push_str(" (");
                        number(h, active as i64);
                        h.push(')');
                    }
                });
                for dim in FacetDim::ALL {
                    el(h, "div class=\"facet-group\"", &[], &mut |h| {
                        el_text(h, "h2", &[], dimension_title(dim, t));
                        el(h, "ul class=\"plain\"", &[], &mut |h| {
                            for fc in facets.get(dim) {
                                el(h, "li", &[], &mut |h| {
                                    let href =
                                        Href::route(&Route::Search(s.toggled(dim, &fc.value)));
                                    let on = s.filters.contains(dim, &fc.value);
                                    let test_id = ["facet-", &fc.value].concat();
                                    let attrs = [
                                        Attr::Link("href", &href),
                                        choice(
                                            "class=\"facet\"",
                                            "class=\"facet is-active\" aria-current=\"true\"",
                                            on,
                                        ),
                                        Attr::Value("data-testid", &test_id),
                                    ];
                                    el(h, "a", &attrs, &mut |h| {
                                        let label = value_label(c, dim, &fc.value, l);
                                        el_text(h, "span class=\"facet-label\"", &[], label);
                                        el(h, "span class=\"facet-count\"", &[], &mut |h| {
                                            number(h, fc.count as i64);
                                        });
                                    });
                                });
                            }
                        });
                    });
                }
            },
        );
    });
}
