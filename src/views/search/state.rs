//! The search view's URL state: query, facet filters and order
//! (`#/zoeken?q=…&brief=…&soort=…&top=…&jaar=…&sort=datum`).
//!
//! All of it lives in the URL, so a search can be shared, bookmarked and reloaded (also from
//! file://). Unknown parameters and values that do not read (a year that is no number) are
//! ignored: the link still opens the search.

use crate::url::{Href, Params};
use summit_core::search::{FacetDim, Filters};

/// What the search view shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchState {
    /// The query as typed (`q=`).
    pub query: String,
    /// Facet filters: letters (`brief=`), kinds (`soort=`), meetings (`top=`), years (`jaar=`).
    pub filters: Filters,
    /// Newest first instead of best first (`sort=datum`).
    pub by_date: bool,
}

impl SearchState {
    /// A search for `query` with no filters.
    pub fn query(query: &str) -> SearchState {
        SearchState {
            query: query.to_string(),
            ..Default::default()
        }
    }

    /// True when any facet filter is set.
    pub fn has_filters(&self) -> bool {
        !self.filters.is_empty()
    }

    /// This state with `value` of a facet dimension added to the filters, or taken out.
    pub fn toggled(&self, dim: FacetDim, value: &str) -> SearchState {
        let mut s = self.clone();
        s.filters.toggle(dim, value);
        s
    }

    /// Reads the state from a link's parameters.
    pub fn from_params(params: &Params) -> SearchState {
        SearchState {
            query: params.get("q").unwrap_or_default().to_string(),
            filters: Filters {
                letters: params.all("brief"),
                kinds: params.all("soort"),
                meetings: params.all("top"),
                years: params
                    .all("jaar")
                    .iter()
                    .filter_map(|y| y.parse().ok())
                    .collect(),
            },
            by_date: params.get("sort") == Some("datum"),
        }
    }

    /// Writes the state into a link's parameters (nothing for what is empty or the default).
    pub fn write_params(&self, href: &mut Href) {
        if !self.query.is_empty() {
            href.param("q", &self.query);
        }
        let f = &self.filters;
        for (key, values) in [
            ("brief", &f.letters),
            ("soort", &f.kinds),
            ("top", &f.meetings),
        ] {
            for v in values {
                href.param(key, v);
            }
        }
        for y in &f.years {
            href.param("jaar", &y.to_string());
        }
        if self.by_date {
            href.param("sort", "datum");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_values_toggle_on_and_off() {
        let s = SearchState::query("drones");
        let on = s.toggled(FacetDim::Kind, "verslag");
        assert_eq!(on.filters.kinds, ["verslag"]);
        assert_eq!(
            on.toggled(FacetDim::Kind, "verslag").filters.kinds,
            Vec::<String>::new()
        );
        assert_eq!(s.toggled(FacetDim::Year, "2025").filters.years, [2025]);
        assert_eq!(on.query, "drones");
    }
}
