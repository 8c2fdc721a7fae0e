//! The embed protocol, without the browser: the state a host gives an embed (the attributes of
//! `<nato-summit-explorer>`, the fields of a `postMessage`) turned into a link of the app, the
//! checks every message passes, and the attributes that show a link again (for the snippets).
//!
//! Messages from the host, to an iframe embed:
//!
//! ```text
//! { "type": "nato-summit-explorer:set", "view": "timeline", "query": "drones",
//!   "letter": "…", "range": "2025-06-01/2025-06-30", "lang": "en", "link": "#/…" }
//! ```
//!
//! every field but `type` optional, all strings. Anything else (another type, an unknown field, a
//! field that is not a string or is longer than [`MAX_FIELD`], a message longer than
//! [`MAX_MESSAGE`] as JSON) is ignored with a console warning. Messages to the host:
//! `…:ready`, `…:height` (`height`, CSS pixels) and `…:route` (`link`, `url`).

use crate::markup::attr_value;
use crate::route::{cap_query, View, MAX_ROUTE_LEN};
use crate::url::{percent_encode, Href, Params};

/// The type of a message that sets the state.
pub const SET: &str = "nato-summit-explorer:set";
/// The type of the message that reports the content's height.
pub const HEIGHT: &str = "nato-summit-explorer:height";
/// The type of the message that reports the link the person opened.
pub const ROUTE: &str = "nato-summit-explorer:route";
/// The type of the message sent once the embed has started, and in answer to [`HELLO`].
pub const READY: &str = "nato-summit-explorer:ready";
/// The type of a host's greeting: the embed answers with [`READY`] and [`HEIGHT`] (for a host
/// script that starts after the frame did).
pub const HELLO: &str = "nato-summit-explorer:hello";
/// The longest message accepted, in characters of its JSON.
pub const MAX_MESSAGE: usize = 4096;
/// The longest field accepted, in bytes.
pub const MAX_FIELD: usize = 1024;

/// The state a host gives an embed; each field as the attribute of the same name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct EmbedState {
    /// The view: its name for a host ([`View::name`]: `library`, `reader`, `search`,
    /// `timeline`, `compare`, `figures`, `glossary`) or its path in the app's links.
    pub view: Option<String>,
    /// The search words (search, timeline) or the words marked (reader).
    pub query: Option<String>,
    /// A document id, optionally with `/p/<n>` for a paragraph (reader).
    pub letter: Option<String>,
    /// A period `YYYY-MM-DD/YYYY-MM-DD` (timeline).
    pub range: Option<String>,
    /// The interface language, `nl` or `en`.
    pub lang: Option<String>,
    /// A link of the app (`#/…`), which wins over view, query, letter and range.
    pub link: Option<String>,
}

impl EmbedState {
    /// Reads the fields `name = value` of an attribute list or a message; `None` for a value that
    /// is not a string. An unknown field, a non-string or a too long value is an error that names
    /// it.
    pub fn from_fields(fields: &[(String, Option<String>)]) -> Result<EmbedState, String> {
        let mut s = EmbedState::default();
        for (name, value) in fields {
            let slot = match name.as_str() {
                "view" => &mut s.view,
                "query" => &mut s.query,
                "letter" => &mut s.letter,
                "range" => &mut s.range,
                "lang" => &mut s.lang,
                "link" => &mut s.link,
                _ => return Err(format!("unknown field {name:?}")),
            };
            match value {
                Some(v) if v.len() <= MAX_FIELD => *slot = Some(v.clone()),
                Some(_) => return Err(format!("field {name:?} is too long")),
                None => return Err(format!("field {name:?} is not a string")),
            }
        }
        Ok(s)
    }

    /// This state cut to what a link of the app takes: the query to
    /// [`crate::route::MAX_QUERY_CHARS`] characters, a link longer than a route is dropped; and
    /// whether anything was cut (the embed then says so).
    pub fn capped(mut self) -> (EmbedState, bool) {
        let mut cut = false;
        if let Some(q) = &self.query {
            let (start, was_cut) = cap_query(q);
            if was_cut {
                self.query = Some(start.to_string());
                cut = true;
            }
        }
        if self.link.as_ref().is_some_and(|l| l.len() > MAX_ROUTE_LEN) {
            self.link = None;
            cut = true;
        }
        (self, cut)
    }

    /// True when it names a place to show (not only a language).
    pub fn has_place(&self) -> bool {
        self.view.is_some() || self.letter.is_some() || self.link.is_some()
    }

    /// The link (`#/…`) it shows: `link` when it is one, else built from view, letter, query and
    /// range. A view named by neither its name nor its path ([`View`]) is taken as a path (and
    /// shows "not found").
    pub fn href(&self) -> String {
        if let Some(link) = self.link.as_deref().filter(|l| l.starts_with("#/")) {
            return link.to_string();
        }
        let view = self.view.as_deref().map(str::trim).unwrap_or_default();
        let reader = self.letter.is_some() && matches!(view, "" | "reader" | "brief" | "letter");
        let path = View::ALL
            .iter()
            .find(|v| v.name() == view || v.path() == view)
            .map_or(view, |v| v.path());
        let mut href = if reader {
            let mut h = Href::new("brief");
            for part in self.letter.as_deref().unwrap_or_default().split('/') {
                if !part.is_empty() {
                    h.segment(part);
                }
            }
            h
        } else {
            Href::new(path)
        };
        if let Some(q) = self.query.as_deref().filter(|q| !q.trim().is_empty()) {
            href.param("q", q.trim());
        }
        if let Some((from, to)) = self.range.as_deref().and_then(|r| r.split_once('/')) {
            href.param("van", from.trim());
            href.param("tot", to.trim());
        }
        href.finish()
    }

    /// The attributes that show `link` (a link of the app): view, letter, query and range where
    /// they say it all, with `link` added when they do not (filters, a footnote, an order).
    pub fn of_link(link: &str) -> EmbedState {
        let link = link.strip_prefix('#').unwrap_or(link);
        let (path, query) = link.split_once('?').unwrap_or((link, ""));
        let path = path.trim_matches('/');
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        let params = Params::parse(query);
        let view = View::ALL
            .iter()
            .find(|v| v.path() == first)
            .map_or(first, |v| v.name());
        let mut s = EmbedState {
            view: Some(view.to_string()),
            query: params.get("q").map(str::to_string),
            letter: (first == "brief" && !rest.is_empty()).then(|| rest.to_string()),
            ..EmbedState::default()
        };
        if let (Some(from), Some(to)) = (params.get("van"), params.get("tot")) {
            s.range = Some(format!("{from}/{to}"));
        }
        let whole = format!("#{link}");
        if s.href() != whole {
            s.link = Some(whole);
        }
        s
    }
}

/// The fields of a message the host sent, checked: its JSON at most [`MAX_MESSAGE`] characters,
/// its type [`SET`] with the fields of [`EmbedState`] (`Some`), or [`HELLO`] alone (`None`).
pub fn check_message(
    json_len: usize,
    fields: &[(String, Option<String>)],
) -> Result<Option<EmbedState>, String> {
    if json_len > MAX_MESSAGE {
        return Err(format!("a message of {json_len} characters is too long"));
    }
    let ty = fields.iter().find(|(k, _)| k == "type").map(|(_, v)| v);
    let rest: Vec<(String, Option<String>)> = fields
        .iter()
        .filter(|(k, _)| k != "type")
        .cloned()
        .collect();
    match ty {
        Some(Some(t)) if t == SET => EmbedState::from_fields(&rest).map(Some),
        Some(Some(t)) if t == HELLO && rest.is_empty() => Ok(None),
        Some(Some(t)) if t == HELLO => Err("a greeting with fields".into()),
        Some(Some(t)) => Err(format!("unknown message type {t:?}")),
        _ => Err("a message without a type".into()),
    }
}

/// The two snippets that embed `link` from the explorer hosted at `base` (ending in `/`): an
/// iframe of the single file with the host script that sizes it, and the custom element with
/// its script. `title` names the frame for screen readers; `origin` is the host page's origin
/// (`https://host.example`), to which alone the frame then sends its replies and from which
/// alone it takes messages (left out when empty: then replies go to any page around it).
pub fn snippets(base: &str, link: &str, lang: &str, title: &str, origin: &str) -> (String, String) {
    let mut query = format!("?embed&lang={}", percent_encode(lang));
    if !origin.is_empty() {
        query.push_str("&origin=");
        query.push_str(&percent_encode(origin));
    }
    let src = attr_value(&format!("{base}summit-explorer.html{query}{link}"));
    let frame = format!(
        "<iframe src=\"{src}\" title=\"{}\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" \
         style=\"width:100%;height:640px;border:0\"></iframe>\n\
         <script src=\"{}summit-explorer-host.js\" defer></script>",
        attr_value(title),
        attr_value(base)
    );
    let s = EmbedState::of_link(link);
    let mut attrs = String::new();
    for (name, value) in [
        ("view", &s.view),
        ("letter", &s.letter),
        ("query", &s.query),
        ("range", &s.range),
        ("link", &s.link),
    ] {
        if let Some(v) = value {
            attrs.push_str(&format!(" {name}=\"{}\"", attr_value(v)));
        }
    }
    let element = format!(
        "<script src=\"{}summit-explorer-embed.js\" defer></script>\n\
         <nato-summit-explorer{attrs} lang=\"{lang}\"></nato-summit-explorer>",
        attr_value(base)
    );
    (frame, element)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    fn fields(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
            .collect()
    }

    fn state(
        view: &str,
        query: Option<&str>,
        letter: Option<&str>,
        range: Option<&str>,
    ) -> EmbedState {
        EmbedState {
            view: Some(view.into()),
            query: query.map(Into::into),
            letter: letter.map(Into::into),
            range: range.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn attributes_make_links_of_the_app() {
        assert_eq!(
            state("timeline", Some("drones"), None, None).href(),
            "#/tijdlijn?q=drones"
        );
        assert_eq!(
            state("timeline", None, None, Some("2025-06-01/2025-06-30")).href(),
            "#/tijdlijn?van=2025-06-01&tot=2025-06-30"
        );
        assert_eq!(
            state("search", Some("5 %"), None, None).href(),
            "#/zoeken?q=5%20%25"
        );
        assert_eq!(state("library", None, None, None).href(), "#/");
        assert_eq!(
            state("reader", None, Some("den-haag-2025-verslag/p/11"), None).href(),
            "#/brief/den-haag-2025-verslag/p/11"
        );
        // A letter alone is the reader; an unknown view is a path.
        let letter = EmbedState {
            letter: Some("x".into()),
            ..Default::default()
        };
        assert_eq!(letter.href(), "#/brief/x");
        assert_eq!(state("cijfers", None, None, None).href(), "#/cijfers");
        // A link wins; one that is not a link of the app does not.
        let link = EmbedState {
            link: Some("#/zoeken?q=a".into()),
            ..state("timeline", None, None, None)
        };
        assert_eq!(link.href(), "#/zoeken?q=a");
        let bad = EmbedState {
            link: Some("javascript:alert(1)".into()),
            ..state("timeline", None, None, None)
        };
        assert_eq!(bad.href(), "#/tijdlijn");
    }

    #[test]
    fn every_link_is_shown_again_by_its_attributes() {
        for link in [
            "#/",
            "#/?sort=oud",
            "#/brief/den-haag-2025-verslag/p/11",
            "#/brief/a/noot/3",
            "#/zoeken?q=drones&soort=nota",
            "#/tijdlijn?q=drones&van=2025-06-01&tot=2025-06-30",
            "#/vergelijken",
        ] {
            let s = EmbedState::of_link(link);
            assert_eq!(Route::parse(&s.href()), Route::parse(link), "{link}: {s:?}");
        }
        let simple = EmbedState::of_link("#/tijdlijn?q=drones");
        assert_eq!(simple, state("timeline", Some("drones"), None, None));
        assert!(EmbedState::of_link("#/zoeken?q=a&soort=nota")
            .link
            .is_some());
    }

    #[test]
    fn messages_are_checked() {
        let ok = check_message(
            60,
            &fields(&[("type", Some(SET)), ("view", Some("timeline"))]),
        );
        assert_eq!(ok.unwrap().unwrap().view.as_deref(), Some("timeline"));
        assert_eq!(
            check_message(30, &fields(&[("type", Some(HELLO))])),
            Ok(None)
        );
        assert!(check_message(30, &fields(&[("type", Some(HELLO)), ("view", Some("x"))])).is_err());
        assert!(check_message(9000, &fields(&[("type", Some(SET))])).is_err());
        assert!(check_message(20, &fields(&[("view", Some("timeline"))])).is_err());
        assert!(check_message(20, &fields(&[("type", Some("other"))])).is_err());
        assert!(check_message(20, &fields(&[("type", None)])).is_err());
        let unknown = check_message(20, &fields(&[("type", Some(SET)), ("script", Some("x"))]));
        assert!(unknown.unwrap_err().contains("script"));
        let number = check_message(20, &fields(&[("type", Some(SET)), ("query", None)]));
        assert!(number.unwrap_err().contains("not a string"));
        let long = "x".repeat(MAX_FIELD + 1);
        assert!(
            check_message(20, &fields(&[("type", Some(SET)), ("query", Some(&long))])).is_err()
        );
    }

    #[test]
    fn snippets_embed_the_link_both_ways() {
        let (frame, element) = snippets(
            "https://example.org/x/",
            "#/tijdlijn?q=drones&van=2025-01-01&tot=2025-12-31",
            "en",
            "Explorer \"t\"",
            "",
        );
        assert!(frame.contains("src=\"https://example.org/x/summit-explorer.html?embed&amp;lang=en#/tijdlijn?q=drones&amp;van=2025-01-01&amp;tot=2025-12-31\""), "{frame}");
        assert!(frame.contains("sandbox=\"allow-scripts"));
        assert!(frame.contains("title=\"Explorer &quot;t&quot;\""));
        assert!(frame.contains("summit-explorer-host.js"));
        assert!(element.contains("<nato-summit-explorer view=\"timeline\" query=\"drones\" range=\"2025-01-01/2025-12-31\" lang=\"en\">"), "{element}");
        assert!(element.contains("https://example.org/x/summit-explorer-embed.js"));
    }

    #[test]
    fn the_frame_snippet_pins_replies_to_the_host_origin() {
        let (frame, _) = snippets(
            "https://example.org/x/",
            "#/zoeken?q=a",
            "nl",
            "t",
            "https://host.example",
        );
        assert!(
            frame.contains("summit-explorer.html?embed&amp;lang=nl&amp;origin=https%3A%2F%2Fhost.example#/zoeken?q=a\""),
            "{frame}"
        );
        let src = frame.split('"').nth(1).unwrap().replace("&amp;", "&");
        let query = src.split(['?', '#']).nth(1).unwrap();
        assert_eq!(
            Params::parse(query).get("origin"),
            Some("https://host.example")
        );
    }

    #[test]
    fn every_view_of_the_app_embeds_by_its_name() {
        for view in View::ALL {
            let s = EmbedState {
                view: Some(view.name().to_string()),
                letter: (view == View::Reader).then(|| "x".to_string()),
                ..Default::default()
            };
            assert_eq!(
                Route::parse(&s.href()).view(),
                Some(view),
                "{}",
                view.name()
            );
            if view != View::Reader {
                assert_eq!(
                    EmbedState::of_link(&s.href()).view.as_deref(),
                    Some(view.name())
                );
            }
        }
    }

    #[test]
    fn too_long_attributes_are_cut_to_what_a_link_takes() {
        let long = EmbedState {
            view: Some("search".into()),
            query: Some("ä".repeat(crate::route::MAX_QUERY_CHARS + 1)),
            ..Default::default()
        };
        let (s, cut) = long.capped();
        assert!(cut);
        assert_eq!(
            s.query.as_deref().map(|q| q.chars().count()),
            Some(crate::route::MAX_QUERY_CHARS)
        );
        assert!(
            matches!(Route::parse(&s.href()), Route::Search(r) if r.query == s.query.clone().unwrap())
        );
        let link = EmbedState {
            link: Some(format!("#/zoeken?q={}", "a".repeat(MAX_ROUTE_LEN))),
            ..Default::default()
        };
        assert_eq!(link.capped().0.link, None);
        let short = state("search", Some("drones"), None, None);
        assert_eq!(short.clone().capped(), (short, false));
    }
}
