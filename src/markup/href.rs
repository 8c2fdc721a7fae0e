//! A link's target, typed: it can only be made from a route of the app or a `data:` export the
//! app writes. So no text of a letter, and no `javascript:` address, can end up as a link of the
//! page. (The corpus holds no outside addresses; one that came would get a constructor here that
//! accepts only `http(s)`.)

use crate::route::Route;

/// A checked link target (the value of `href`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Href(String);

impl Href {
    /// The link of a route of the app (`#/…`).
    pub fn route(route: &Route) -> Href {
        Href(route.href())
    }

    /// A `data:` link of `media_type` (e.g. `text/csv;charset=utf-8`) holding `content`,
    /// percent-encoded, for a download the app writes itself.
    pub fn data(media_type: &'static str, content: &str) -> Href {
        let mut out = String::with_capacity(content.len() + 32);
        out.push_str("data:");
        out.push_str(media_type);
        out.push(',');
        out.push_str(&crate::url::percent_encode(content));
        Href(out)
    }

    /// The link as text (for an attribute, a message or navigation).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::SortOrder;

    #[test]
    fn routes_and_data_exports_make_links() {
        assert_eq!(
            Href::route(&Route::Library(SortOrder::Oldest)).as_str(),
            "#/?sort=oud"
        );
        let csv = Href::data("text/csv;charset=utf-8", "a,b\n\"c\"");
        assert!(
            csv.as_str().starts_with("data:text/csv;charset=utf-8,a"),
            "{csv:?}"
        );
        assert!(!csv.as_str().contains('"') && !csv.as_str().contains('\n'));
    }
}
