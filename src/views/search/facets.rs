//! The facet panel: the order (relevance or date), a way to clear the filters, and per dimension
//! (meeting, kind, year, document) the values with their counts, each a link that toggles it.
//!
//! Written as markup text (see [`crate::markup`]): links only, so it needs no code of its own.

use super::state::SearchState;
use crate::i18n::{Lang, Strings};
use crate::labels::{kind_name, meeting_name};
use crate::markup;
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

/// Opens a link to `href` with `class`, marked as the current choice when `on`.
fn open_link(h: &mut String, href: &str, class: &str, on: bool) {
    h.push_str("<a");
    markup::attr(h, "href", href);
    h.push_str(" class=\"");
    h.push_str(class);
    h.push_str(if on {
        " is-active\" aria-current=\"true\""
    } else {
        "\""
    });
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
    h.push_str("<aside class=\"facets\"");
    markup::attr(h, "aria-label", t.facets_label);
    h.push_str(" data-testid=\"facets\"><div class=\"sort\">");
    for (by_date, label, id) in [
        (
            false,
            t.sort_relevance,
            " data-testid=\"sort-by-relevance\">",
        ),
        (true, t.sort_date, " data-testid=\"sort-by-date\">"),
    ] {
        let href = Route::Search(SearchState {
            by_date,
            ..s.clone()
        })
        .href();
        open_link(h, &href, "sort-link", s.by_date == by_date);
        h.push_str(id);
        markup::text(h, label);
        h.push_str("</a>");
    }
    h.push_str("</div>");
    let active = s.filters.active_count();
    if active > 0 {
        let href = Route::Search(SearchState {
            query: s.query.clone(),
            by_date: s.by_date,
            ..Default::default()
        })
        .href();
        h.push_str("<p>");
        markup::link(h, &href, " data-testid=\"clear-filters\"", t.clear_filters);
        h.push_str("</p>");
    }
    h.push_str("<details class=\"facet-panel\" data-testid=\"facet-panel\"");
    if open {
        h.push_str(" open");
    }
    h.push_str("><summary>");
    markup::text(h, t.facets_label);
    if active > 0 {
        h.push_str(" (");
        markup::number(h, active as i64);
        h.push(')');
    }
    h.push_str("</summary>");
    for dim in FacetDim::ALL {
        h.push_str("<div class=\"facet-group\"><h2>");
        markup::text(h, dimension_title(dim, t));
        h.push_str("</h2><ul class=\"plain\">");
        for fc in facets.get(dim) {
            h.push_str("<li>");
            let href = Route::Search(s.toggled(dim, &fc.value)).href();
            open_link(h, &href, "facet", s.filters.contains(dim, &fc.value));
            markup::attr(h, "data-testid", &["facet-", &fc.value].concat());
            h.push_str("><span class=\"facet-label\">");
            markup::text(h, value_label(c, dim, &fc.value, l));
            h.push_str("</span><span class=\"facet-count\">");
            markup::number(h, fc.count as i64);
            h.push_str("</span></a></li>");
        }
        h.push_str("</ul></div>");
    }
    h.push_str("</details></aside>");
}
