//! Hash routes: every view and every paragraph has a link that works over http and file://.
//!
//! Written by hand because leptos_router has no hash mode, and `file://` pages can only route by
//! hash. This module maps a link's path to a [`View`] and back; each view reads and writes its own
//! state (`views/*/state.rs`) with the shared pieces of [`crate::url`]. Parsing is total: any
//! string yields a [`Route`], unknown ones [`Route::NotFound`].
//!
//! | link                          | view                                   |
//! |-------------------------------|----------------------------------------|
//! | `#/` , `#/?sort=oud`          | library, newest or oldest first         |
//! | `#/brief/<id>`                | reader                                  |
//! | `#/brief/<id>/p/<n>`          | reader at paragraph `n`                 |
//! | `#/brief/<id>/noot/<label>`   | reader at footnote `label`              |
//! | `#/zoeken?q=…&soort=…&sort=datum` | search with filters and order       |
//! | `…/p/<n>?q=…`                 | reader with the search words marked     |
//! | `#/tijdlijn?van=…&tot=…`      | timeline (zoom, filters: `views/timeline/state.rs`) |
//! | `…/p/<n>?zin=<s>`             | reader with sentence `s` of `n` marked  |
//! | `#/vergelijken?thema=…&top=…` | compare: matrix, passages, diff (`views/compare/state.rs`) |
//! | `#/cijfers?onderwerp=…&brief=…&soort=…&sorteer=…` | key figures (`views/figures/state.rs`) |
//! | `#/begrippen?q=…`             | glossary, searched                      |
//! | `#/niet-gevonden`, the rest   | not found                               |

use crate::url::{percent_decode, Href, Params};
pub use crate::views::compare::state::{CompareState, PassageRef};
pub use crate::views::figures::state::FiguresState;
pub use crate::views::glossary::state::GlossaryState;
pub use crate::views::library::state::SortOrder;
pub use crate::views::reader::state::{ReaderState, Target};
pub use crate::views::search::state::SearchState;
pub use crate::views::timeline::state::TimelineState;

/// First path segment of the reader (`#/brief/…`).
const READER_PATH: &str = "brief";
/// Path of the search view.
const SEARCH_PATH: &str = "zoeken";
/// Path of the timeline.
const TIMELINE_PATH: &str = "tijdlijn";
/// Path of the comparison view.
const COMPARE_PATH: &str = "vergelijken";
/// Path of the key figures.
const FIGURES_PATH: &str = "cijfers";
/// Path of the glossary.
const GLOSSARY_PATH: &str = "begrippen";
/// A link to nothing, for [`Route::NotFound`].
const NOT_FOUND_PATH: &str = "niet-gevonden";

/// Longest hash that is parsed; anything longer is not a route of this app.
pub const MAX_ROUTE_LEN: usize = 4096;

/// Longest query (in characters) a box of the app or an embed's attribute takes: written in a
/// link at its widest (a 4-byte character is 12 characters of percent escapes) it takes 3,072 of
/// the [`MAX_ROUTE_LEN`] characters, which leaves a quarter for the path and the other
/// parameters. Longer text is cut there, and the view says so (never "not found").
pub const MAX_QUERY_CHARS: usize = 256;

/// `text` cut to its first [`MAX_QUERY_CHARS`] characters, and whether it was cut.
pub fn cap_query(text: &str) -> (&str, bool) {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    }
}

/// The views of the app: what the shell renders, the navigation marks and a placeholder names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The list of documents.
    Library,
    /// One document.
    Reader,
    /// Full-text search.
    Search,
    /// Events in time.
    Timeline,
    /// Documents side by side.
    Compare,
    /// Key figures across the meetings.
    Figures,
    /// Acronyms, people, countries and organisations.
    Glossary,
}

impl View {
    /// Every view, in the order of the navigation (the reader, reached from the library, after
    /// it).
    pub const ALL: [View; 7] = [
        View::Library,
        View::Reader,
        View::Search,
        View::Timeline,
        View::Figures,
        View::Compare,
        View::Glossary,
    ];

    /// The view's name for a host page (the `view` attribute of an embed): English, where the
    /// links' paths are Dutch.
    pub fn name(self) -> &'static str {
        match self {
            View::Library => "library",
            View::Reader => "reader",
            View::Search => "search",
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Figures => "figures",
            View::Glossary => "glossary",
        }
    }

    /// The first segment of the view's links (`#/<path>…`; empty for the library).
    pub fn path(self) -> &'static str {
        match self {
            View::Library => "",
            View::Reader => READER_PATH,
            View::Search => SEARCH_PATH,
            View::Timeline => TIMELINE_PATH,
            View::Compare => COMPARE_PATH,
            View::Figures => FIGURES_PATH,
            View::Glossary => GLOSSARY_PATH,
        }
    }

    /// The view whose navigation entry is marked while this one is shown: a document is read
    /// from the library.
    pub fn nav_section(self) -> View {
        match self {
            View::Reader => View::Library,
            other => other,
        }
    }
}

/// A parsed location: a view and its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of letters.
    Library(SortOrder),
    /// One letter in the reader.
    Reader(ReaderState),
    /// Search, with its state.
    Search(SearchState),
    /// The timeline, with its state.
    Timeline(TimelineState),
    /// The comparison view.
    /// The key figures, with their filters.
    Figures(FiguresState),
    /// The glossary, with its search.
    Glossary(GlossaryState),
    /// The comparison view, with its state.
    Compare(CompareState),
    /// Anything else.
    NotFound,
}

impl Route {
    /// `view` as a link without state leads to it: the library newest first, an empty search;
    /// `None` for the reader, which needs a letter.
    pub fn start_of(view: View) -> Option<Route> {
        match view {
            View::Library => Some(Route::Library(SortOrder::Newest)),
            View::Reader => None,
            View::Search => Some(Route::Search(SearchState::default())),
            View::Timeline => Some(Route::Timeline(TimelineState::default())),
            View::Figures => Some(Route::Figures(FiguresState::default())),
            View::Glossary => Some(Route::Glossary(GlossaryState::default())),
            View::Compare => Some(Route::Compare(CompareState::default())),
        }
    }

    /// The view this route shows; `None` for a link to nothing.
    pub fn view(&self) -> Option<View> {
        match self {
            Route::Library(_) => Some(View::Library),
            Route::Reader(_) => Some(View::Reader),
            Route::Search(_) => Some(View::Search),
            Route::Timeline(_) => Some(View::Timeline),
            Route::Figures(_) => Some(View::Figures),
            Route::Glossary(_) => Some(View::Glossary),
            Route::Compare(_) => Some(View::Compare),
            Route::NotFound => None,
        }
    }

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        if hash.len() > MAX_ROUTE_LEN {
            return Route::NotFound;
        }
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let Some(segments) = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect::<Option<Vec<_>>>()
        else {
            return Route::NotFound;
        };
        let params = Params::parse(query);
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Route::Library(SortOrder::from_params(&params)),
            [READER_PATH, rest @ ..] => {
                ReaderState::from_url(rest, &params).map_or(Route::NotFound, Route::Reader)
            }
            [SEARCH_PATH] => Route::Search(SearchState::from_params(&params)),
            [TIMELINE_PATH] => Route::Timeline(TimelineState::from_params(&params)),
            [FIGURES_PATH] => Route::Figures(FiguresState::from_params(&params)),
            [GLOSSARY_PATH] => Route::Glossary(GlossaryState::from_params(&params)),
            [COMPARE_PATH] => Route::Compare(CompareState::from_params(&params)),
            _ => Route::NotFound,
        }
    }

    /// The hash of this route, starting with `#/`.
    pub fn href(&self) -> String {
        let first = self.view().map_or(NOT_FOUND_PATH, View::path);
        let mut href = Href::new(first);
        match self {
            Route::Library(sort) => sort.write_params(&mut href),
            Route::Reader(state) => state.write_url(&mut href),
            Route::Search(state) => state.write_params(&mut href),
            Route::Timeline(state) => state.write_params(&mut href),
            Route::Compare(state) => state.write_params(&mut href),
            Route::Figures(state) => state.write_params(&mut href),
            Route::Glossary(state) => state.write_params(&mut href),
            Route::NotFound => {}
        }
        href.finish()
    }
}

/// The link of a block of a letter.
pub fn block_href(letter: &str, n: u32) -> String {
    Route::Reader(ReaderState::at(letter, Target::Block(n))).href()
}

#[cfg(test)]
mod tests {
    use super::*;
    use summit_core::search::Filters;

    fn letter(id: &str, target: Target, highlight: Option<&str>) -> Route {
        Route::Reader(ReaderState {
            letter: id.into(),
            target,
            highlight: highlight.map(str::to_string),
            sentence: None,
        })
    }

    #[test]
    fn known_routes_parse_and_round_trip() {
        let routes = [
            Route::Library(SortOrder::Newest),
            Route::Library(SortOrder::Oldest),
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
                filters: Filters {
                    letters: vec!["a".into(), "b".into()],
                    kinds: vec!["verslag".into()],
                    meetings: vec!["den-haag-2025".into()],
                    years: vec![2025, 2026],
                },
                by_date: true,
            }),
            Route::Reader(ReaderState {
                sentence: Some(2),
                ..ReaderState::at("den-haag-2025-verslag", Target::Block(11))
            }),
            Route::Timeline(TimelineState::default()),
            Route::Timeline(TimelineState::focused_on(7)),
            Route::Timeline(TimelineState {
                list: true,
                query: Some("drones".into()),
                ..Default::default()
            }),
            Route::Figures(FiguresState::default()),
            Route::Figures(FiguresState {
                topic: Some("defensienorm".into()),
                letter: Some("den-haag-2025-verslag".into()),
                kind: Some(summit_core::extract::FigureKind::Percentage),
                sort: crate::views::figures::state::RowOrder::Value,
            }),
            Route::Glossary(GlossaryState::default()),
            Route::Glossary(GlossaryState {
                query: "NSATU".into(),
            }),
            Route::Compare(CompareState::default()),
            Route::Compare(CompareState {
                themes: vec!["oekraine".into()],
                a: PassageRef::parse("den-haag-2025-verslag~12"),
                ..Default::default()
            }),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn the_longest_query_at_its_widest_still_makes_a_link_that_reads_back() {
        let widest = "\u{1D11E}".repeat(MAX_QUERY_CHARS + 10);
        let (query, cut) = cap_query(&widest);
        assert!(cut);
        assert_eq!(query.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(cap_query("drones"), ("drones", false));
        let route = Route::Search(SearchState {
            query: query.to_string(),
            filters: Filters {
                letters: vec![
                    "den-haag-2025-verslag".into(),
                    "washington-2024-brief".into(),
                ],
                kinds: vec!["verslag".into(), "nota".into()],
                meetings: vec!["den-haag-2025".into()],
                years: vec![2024, 2025],
            },
            by_date: true,
        });
        assert!(
            route.href().len() <= MAX_ROUTE_LEN,
            "{}",
            route.href().len()
        );
        assert_eq!(Route::parse(&route.href()), route);
    }

    #[test]
    fn the_limit_notices_name_the_limit() {
        let limit = MAX_QUERY_CHARS.to_string();
        for t in [crate::i18n::Lang::Nl.t(), crate::i18n::Lang::En.t()] {
            assert!(t.search_limit.contains(&limit), "{}", t.search_limit);
            assert!(t.embed_limit.contains(&limit), "{}", t.embed_limit);
        }
    }

    #[test]
    fn every_view_has_a_name_and_a_path_of_its_own() {
        for (i, a) in View::ALL.iter().enumerate() {
            for b in &View::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
                assert_ne!(a.path(), b.path());
            }
            if let Some(start) = Route::start_of(*a) {
                assert_eq!(start.view(), Some(*a));
                assert!(start.href().starts_with(&format!("#/{}", a.path())));
            }
        }
    }

    #[test]
    fn every_view_but_the_reader_has_a_start_link_that_leads_back_to_it() {
        let starts = [
            (View::Library, "#/"),
            (View::Search, "#/zoeken"),
            (View::Timeline, "#/tijdlijn"),
            (View::Compare, "#/vergelijken"),
            (View::Figures, "#/cijfers"),
            (View::Glossary, "#/begrippen"),
        ];
        for (view, href) in starts {
            let route = Route::start_of(view).expect("a start link");
            assert_eq!(route.href(), href);
            assert_eq!(Route::parse(href).view(), Some(view));
        }
        assert_eq!(Route::start_of(View::Reader), None);
        assert_eq!(Route::NotFound.href(), "#/niet-gevonden");
        assert_eq!(Route::parse("#/niet-gevonden").view(), None);
    }

    #[test]
    fn a_document_is_read_from_the_library_section() {
        let route = Route::parse("#/brief/a/p/3");
        assert_eq!(route.view(), Some(View::Reader));
        assert_eq!(View::Reader.nav_section(), View::Library);
        assert_eq!(View::Search.nav_section(), View::Search);
    }

    #[test]
    fn empty_and_bare_hashes_are_the_library() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(h), Route::Library(SortOrder::Newest), "{h:?}");
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
                filters: Filters {
                    years: vec![2025],
                    ..Default::default()
                },
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
            assert_eq!(Route::parse(h), Route::Library(SortOrder::Newest), "{h:?}");
        }
        assert_eq!(
            Route::parse("#/?x&sort=oud"),
            Route::Library(SortOrder::Oldest)
        );
    }

    #[test]
    fn dot_segments_are_plain_ids() {
        assert_eq!(
            Route::parse("#/brief/../p/3"),
            letter("..", Target::Block(3), None)
        );
    }

    #[test]
    fn a_whole_compare_state_round_trips_through_a_link() {
        let state = CompareState {
            meetings: vec!["washington-2024".into(), "den-haag-2025".into()],
            themes: vec!["defensie-uitgaven".into()],
            query: "3,5 procent".into(),
            open: Some(("defensie-uitgaven".into(), Some("den-haag-2025".into()))),
            a: PassageRef::parse("washington-2024-verslag~9"),
            b: PassageRef::parse("den-haag-2025-verslag~defensie-uitgaven"),
            ignore_punctuation: true,
            inline: Some(true),
        };
        let route = Route::Compare(state.clone());
        assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        let row = CompareState {
            open: Some(("oekraine".into(), None)),
            inline: Some(false),
            ..Default::default()
        };
        assert_eq!(
            Route::parse(&Route::Compare(row.clone()).href()),
            Route::Compare(row)
        );
        assert_eq!(
            Route::Compare(CompareState::default()).href(),
            "#/vergelijken"
        );
    }
}
