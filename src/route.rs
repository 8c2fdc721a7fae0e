//! Hash routes: every view and every paragraph has a link that works over http and file://.
//!
//! Written by hand because leptos_router has no hash mode, and `file://` pages can only route by
//! hash. Parsing is total: any string yields a [`Route`], unknown ones [`Route::NotFound`].
//!
//! | link                          | view                                   |
//! |-------------------------------|----------------------------------------|
//! | `#/` , `#/?sort=oud`          | library, newest or oldest first         |
//! | `#/brief/<id>`                | reader                                  |
//! | `#/brief/<id>/p/<n>`          | reader at paragraph `n`                 |
//! | `#/brief/<id>/noot/<label>`   | reader at footnote `label`              |
//! | `#/zoeken?q=…&soort=…&sort=datum` | search with filters and order       |
//! | `…/p/<n>?q=…`                 | reader with the search words marked     |
//! | `#/tijdlijn`, `#/vergelijken` | timeline, compare                       |

/// Longest hash that is parsed; anything longer is not a route of this app.
pub const MAX_ROUTE_LEN: usize = 4096;

/// Order of the library list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Newest first (default).
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
}

/// What part of a letter a link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The top of the letter.
    Top,
    /// Block (paragraph, heading, list item) number `n`.
    Block(u32),
    /// The footnote with this label.
    Note(String),
}

/// What the search view shows: query, facet filters and order. All of it lives in the URL, so a
/// search can be shared, bookmarked and reloaded (also from file://).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchState {
    /// The query as typed.
    pub query: String,
    /// Letter ids to search in (`brief=`).
    pub letters: Vec<String>,
    /// Kinds (`soort=`).
    pub kinds: Vec<String>,
    /// Meetings (`top=`).
    pub meetings: Vec<String>,
    /// Years (`jaar=`).
    pub years: Vec<u16>,
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
        !(self.letters.is_empty()
            && self.kinds.is_empty()
            && self.meetings.is_empty()
            && self.years.is_empty())
    }
}

/// A parsed location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of letters.
    Library {
        /// Sort order.
        sort: SortOrder,
    },
    /// One letter in the reader.
    Letter {
        /// Letter id.
        id: String,
        /// Where to scroll.
        target: Target,
        /// Words to mark (from a search result).
        highlight: Option<String>,
    },
    /// Search, with its state.
    Search(SearchState),
    /// The timeline.
    Timeline,
    /// The comparison view.
    Compare,
    /// Anything else.
    NotFound,
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        if hash.len() > MAX_ROUTE_LEN {
            return Route::NotFound;
        }
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let segments: Vec<String> = match path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect::<Option<Vec<_>>>()
        {
            Some(s) => s,
            None => return Route::NotFound,
        };
        let params: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                Some((percent_decode(k)?, percent_decode(&v.replace('+', " "))?))
            })
            .collect();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let all = |name: &str| -> Vec<String> {
            params
                .iter()
                .filter(|(k, v)| k == name && !v.is_empty())
                .map(|(_, v)| v.clone())
                .collect()
        };
        let highlight = param("q").filter(|q| !q.trim().is_empty());
        let seg: Vec<&str> = segments.iter().map(String::as_str).collect();
        match seg.as_slice() {
            [] => Route::Library {
                sort: match param("sort").as_deref() {
                    Some("oud") => SortOrder::Oldest,
                    _ => SortOrder::Newest,
                },
            },
            ["brief", id] => Route::Letter {
                id: id.to_string(),
                target: Target::Top,
                highlight,
            },
            ["brief", id, "p", n] => match parse_number(n) {
                Some(n) => Route::Letter {
                    id: id.to_string(),
                    target: Target::Block(n),
                    highlight,
                },
                None => Route::NotFound,
            },
            ["brief", id, "noot", label] => Route::Letter {
                id: id.to_string(),
                target: Target::Note(label.to_string()),
                highlight,
            },
            ["zoeken"] => Route::Search(SearchState {
                query: param("q").unwrap_or_default(),
                letters: all("brief"),
                kinds: all("soort"),
                meetings: all("top"),
                years: all("jaar").iter().filter_map(|y| y.parse().ok()).collect(),
                by_date: param("sort").as_deref() == Some("datum"),
            }),
            ["tijdlijn"] => Route::Timeline,
            ["vergelijken"] => Route::Compare,
            _ => Route::NotFound,
        }
    }

    /// The hash of this route, starting with `#/`.
    pub fn href(&self) -> String {
        match self {
            Route::Library {
                sort: SortOrder::Newest,
            } => "#/".into(),
            Route::Library {
                sort: SortOrder::Oldest,
            } => "#/?sort=oud".into(),
            Route::Letter {
                id,
                target,
                highlight,
            } => {
                let id = percent_encode(id);
                let path = match target {
                    Target::Top => format!("#/brief/{id}"),
                    Target::Block(n) => format!("#/brief/{id}/p/{n}"),
                    Target::Note(l) => format!("#/brief/{id}/noot/{}", percent_encode(l)),
                };
                match highlight {
                    Some(q) if !q.is_empty() => format!("{path}?q={}", percent_encode(q)),
                    _ => path,
                }
            }
            Route::Search(state) => {
                let mut params = Vec::new();
                if !state.query.is_empty() {
                    params.push(format!("q={}", percent_encode(&state.query)));
                }
                for (key, values) in [
                    ("brief", &state.letters),
                    ("soort", &state.kinds),
                    ("top", &state.meetings),
                ] {
                    params.extend(
                        values
                            .iter()
                            .map(|v| format!("{key}={}", percent_encode(v))),
                    );
                }
                params.extend(state.years.iter().map(|y| format!("jaar={y}")));
                if state.by_date {
                    params.push("sort=datum".into());
                }
                if params.is_empty() {
                    "#/zoeken".into()
                } else {
                    format!("#/zoeken?{}", params.join("&"))
                }
            }
            Route::Timeline => "#/tijdlijn".into(),
            Route::Compare => "#/vergelijken".into(),
            Route::NotFound => "#/niet-gevonden".into(),
        }
    }
}

/// The link of a block of a letter.
pub fn block_href(letter: &str, n: u32) -> String {
    Route::Letter {
        id: letter.to_string(),
        target: Target::Block(n),
        highlight: None,
    }
    .href()
}

/// A positive number of at most 9 digits (no sign, no leading `+`).
fn parse_number(s: &str) -> Option<u32> {
    (s.len() <= 9 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(id: &str, target: Target, highlight: Option<&str>) -> Route {
        Route::Letter {
            id: id.into(),
            target,
            highlight: highlight.map(str::to_string),
        }
    }

    #[test]
    fn known_routes_parse_and_round_trip() {
        let routes = [
            Route::Library {
                sort: SortOrder::Newest,
            },
            Route::Library {
                sort: SortOrder::Oldest,
            },
            letter("den-haag-2025-verslag", Target::Top, None),
            letter("den-haag-2025-verslag", Target::Block(14), None),
            letter("a", Target::Block(3), Some("Oekraïne & co")),
            letter("x", Target::Note("2".into()), None),
            Route::Search(SearchState::query(
                "defensie-uitgaven \"3,5 procent\" -Rusland",
            )),
            Route::Search(SearchState::default()),
            Route::Search(SearchState {
                query: "drones".into(),
                letters: vec!["a".into(), "b".into()],
                kinds: vec!["verslag".into()],
                meetings: vec!["den-haag-2025".into()],
                years: vec![2025, 2026],
                by_date: true,
            }),
            Route::Timeline,
            Route::Compare,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn empty_and_bare_hashes_are_the_library() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(
                Route::parse(h),
                Route::Library {
                    sort: SortOrder::Newest
                },
                "{h:?}"
            );
        }
    }

    #[test]
    fn strange_urls_are_not_found_never_a_panic() {
        for h in [
            "#/%%%",
            "#/brief/a/p/0",
            "#/brief/a/p/-1",
            "#/brief/a/p/99999999999999999999",
            "#/brief/a/p/1e3",
            "#/brief/%FF",
            "#/onbekend",
            "#/brief",
            "#/brief/a/b/c/d",
        ] {
            assert_eq!(Route::parse(h), Route::NotFound, "{h:?}");
        }
        assert_eq!(Route::parse(&"#/".repeat(MAX_ROUTE_LEN)), Route::NotFound);
    }

    #[test]
    fn search_query_and_filters_are_decoded() {
        assert_eq!(
            Route::parse("#/zoeken?q=Oekra%C3%AFne+steun&x=1"),
            Route::Search(SearchState::query("Oekraïne steun"))
        );
        assert_eq!(
            Route::parse("#/zoeken?q=%E0"),
            Route::Search(SearchState::default())
        );
        assert_eq!(
            Route::parse("#/zoeken?jaar=abc&jaar=2025"),
            Route::Search(SearchState {
                years: vec![2025],
                ..Default::default()
            })
        );
    }

    #[test]
    fn unicode_ids_parse_raw_or_percent_encoded_and_links_encode_them() {
        let expected = letter("oekraïne-brief", Target::Block(2), None);
        assert_eq!(Route::parse("#/brief/oekraïne-brief/p/2"), expected);
        assert_eq!(Route::parse("#/brief/oekra%C3%AFne-brief/p/2"), expected);
        assert_eq!(expected.href(), "#/brief/oekra%C3%AFne-brief/p/2");
        // An encoded slash stays inside the id instead of adding a segment.
        assert_eq!(
            Route::parse("#/brief/a%2Fb"),
            letter("a/b", Target::Top, None)
        );
    }

    #[test]
    fn paragraph_numbers_are_plain_ascii_digits_within_range() {
        assert_eq!(
            Route::parse("#/brief/a/p/999999999"),
            letter("a", Target::Block(999_999_999), None)
        );
        for h in [
            "#/brief/a/p/4294967296",
            "#/brief/a/p/٣",
            "#/brief/a/p/+3",
            "#/brief/a/p/3.0",
            "#/brief/a/p/%00",
        ] {
            assert_eq!(Route::parse(h), Route::NotFound, "{h:?}");
        }
    }

    #[test]
    fn unknown_sort_values_fall_back_to_newest_first() {
        for h in [
            "#/?sort=",
            "#/?sort=OUD",
            "#/?sort=%FF",
            "#/?x=1&sort=nieuw",
        ] {
            assert_eq!(
                Route::parse(h),
                Route::Library {
                    sort: SortOrder::Newest
                },
                "{h:?}"
            );
        }
        assert_eq!(
            Route::parse("#/?x&sort=oud"),
            Route::Library {
                sort: SortOrder::Oldest
            }
        );
    }

    #[test]
    fn dot_segments_are_plain_ids() {
        assert_eq!(
            Route::parse("#/brief/../p/3"),
            letter("..", Target::Block(3), None)
        );
    }
}
