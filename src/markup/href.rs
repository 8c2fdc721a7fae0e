//! A link's target, typed: it can only be made from a route of the app, a `data:` export the
//! app writes, or an outside address that was checked to be `http(s)`. So no text of a letter,
//! and no `javascript:` address, can end up as a link of the page.

use crate::route::Route;

/// A checked link target (the value of `href`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Href(String);

/// The schemes an outside link may have.
const WEB_SCHEMES: [&str; 2] = ["https://", "http://"];

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

    /// An outside address, when it is `http(s)` (case ignored); `None` for anything else.
    pub fn external(address: &str) -> Option<Href> {
        let address = address.trim();
        let lower = address.get(..8).unwrap_or(address).to_ascii_lowercase();
        WEB_SCHEMES
            .iter()
            .any(|s| lower.starts_with(s))
            .then(|| Href(address.to_string()))
    }

    /// The link as text (for an attribute, a message or navigation).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&Route> for Href {
    fn from(route: &Route) -> Href {
        Href::route(route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::SortOrder;

    #[test]
    fn only_web_addresses_are_outside_links() {
        assert!(Href::external("https://www.nato.int/").is_some());
        assert!(Href::external("HTTP://example.org").is_some());
        assert!(Href::external("javascript:alert(1)").is_none());
        assert!(Href::external("data:text/html,<script>").is_none());
        assert!(Href::external("//example.org").is_none());
    }

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
