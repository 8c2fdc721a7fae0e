//! Hash links: any string is a route or "not found", never a panic; the link of a route leads
//! back to it; percent-encoding round-trips.

use super::{config, ODD_PIECES};
use crate::embed::protocol::EmbedState;
use crate::route::{
    CompareState, FiguresState, GlossaryState, PassageRef, ReaderState, Route, SearchState, Target,
    TimelineState, MAX_ROUTE_LEN,
};
use crate::url::{percent_decode, percent_encode};
use crate::views::figures::state::RowOrder;
use proptest::prelude::*;
use summit_core::extract::{FigureKind, Lane, Tense};
use summit_core::search::Filters;

/// Pieces of links: paths and parameter names of every view, their values, separators and
/// percent-escapes whole, broken and overlong.
#[rustfmt::skip]
const LINK_PIECES: &[&str] = &[
    "#", "#/", "/", "//", "?", "&", "=", "+", "~", "%", "%%", "%2", "%2F", "%2f", "%25", "%3F",
    "%23", "%26", "%3D", "%2B", "%20", "%FF", "%C3%AF", "%C3", "%E0%A4", "%F0%9F%98%80",
    "%ED%A0%80", "%00", "%0A", "%G1", "%é", "brief", "p", "noot", "zoeken", "tijdlijn",
    "vergelijken", "cijfers", "begrippen", "niet-gevonden", "q", "sort", "oud", "datum", "soort",
    "jaar", "top", "thema", "open", "a", "b", "zin", "van", "tot", "2025-06-01", "2025-02-30",
    "ev", "weergave", "lijst", "inline", "naast", "leestekens", "negeer", "baan", "stand",
    "onderwerp", "sorteer", "waarde", "0", "1", "12", "999999999", "4294967296", "-1", "+3", "..",
    ".", "den-haag-2025-verslag",
];

/// A piece of a link: a link piece or odd text.
fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        4 => prop::sample::select(LINK_PIECES),
        1 => prop::sample::select(ODD_PIECES),
    ]
}

/// A `location.hash`: arbitrary text, pieces in any order, the shape of a link with odd
/// segments and parameters, or one piece repeated past the longest route.
fn hash() -> impl Strategy<Value = String> {
    let segment = prop::collection::vec(piece(), 1..4).prop_map(|p| p.concat());
    let param = (piece(), prop::collection::vec(piece(), 0..4))
        .prop_map(|(k, v)| format!("{k}={}", v.concat()));
    prop_oneof![
        any::<String>(),
        prop::collection::vec(piece(), 0..30).prop_map(|p| p.concat()),
        (
            prop::collection::vec(segment, 0..5),
            prop::collection::vec(param, 0..6)
        )
            .prop_map(|(s, p)| format!("#/{}?{}", s.join("/"), p.join("&"))),
        (piece(), 1..3000usize).prop_map(|(p, n)| format!("#/zoeken?q={}", p.repeat(n))),
    ]
}

/// Text as a state holds it: ordinary, odd, or arbitrary.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(piece(), 1..6).prop_map(|p| p.concat()),
        "[a-z0-9-]{1,30}",
        any::<String>(),
    ]
}

/// Text that is not empty.
fn word() -> impl Strategy<Value = String> {
    text().prop_filter("not empty", |s| !s.is_empty())
}

/// A reader route as the app writes one: a letter, a target, perhaps marked words and a
/// sentence.
fn reader() -> impl Strategy<Value = Route> {
    let target = prop_oneof![
        Just(Target::Top),
        (1..=999_999_999u32).prop_map(Target::Block),
        word().prop_map(Target::Note),
    ];
    (
        word(),
        target,
        prop::option::of(text().prop_filter("words", |q| !q.trim().is_empty())),
        prop::option::of(any::<u32>()),
    )
        .prop_map(|(letter, target, highlight, sentence)| {
            Route::Reader(ReaderState {
                letter,
                target,
                highlight,
                sentence,
            })
        })
}

/// A search route as the app writes one.
fn search() -> impl Strategy<Value = Route> {
    let ids = || prop::collection::vec(word(), 0..3);
    (
        text(),
        ids(),
        ids(),
        ids(),
        prop::collection::vec(any::<u16>(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(query, letters, kinds, meetings, years, by_date)| {
            Route::Search(SearchState {
                query,
                filters: Filters {
                    letters,
                    kinds,
                    meetings,
                    years,
                },
                by_date,
            })
        })
}

/// An id as the data has them: not empty, and without the `~` that separates a letter from a
/// paragraph or theme in compare's values.
fn id() -> impl Strategy<Value = String> {
    word().prop_filter("an id", |s| !s.contains('~'))
}

/// Words as a view keeps them: something to search for, without white space around it.
fn words() -> impl Strategy<Value = String> {
    text().prop_filter("words", |q| !q.trim().is_empty() && q.trim() == q)
}

/// A timeline route as the app writes one (its range has its own round-trip test).
fn timeline() -> impl Strategy<Value = Route> {
    (
        any::<bool>(),
        prop::collection::vec(word(), 0..3),
        prop::sample::subsequence(Lane::ALL.to_vec(), 0..=Lane::ALL.len()),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(Tense::ALL.to_vec())),
        prop::option::of(words()),
        prop::option::of(any::<usize>()),
    )
        .prop_map(|(list, letters, lanes, meeting, tense, query, focus)| {
            Route::Timeline(TimelineState {
                range: None,
                list,
                letters,
                lanes,
                meeting,
                tense,
                query,
                focus,
            })
        })
}

/// One side of a comparison: a paragraph of a letter, or a letter's passages on a theme.
fn passage() -> impl Strategy<Value = PassageRef> {
    prop_oneof![
        (word(), 1..=u32::MAX).prop_map(|(letter, n)| PassageRef::Block { letter, n }),
        (
            word(),
            // A theme is no number (`12`, `+3` would be read as a paragraph).
            id().prop_filter("a theme", |t| t.parse::<u32>().is_err()
                && !t.bytes().all(|b| b.is_ascii_digit()))
        )
            .prop_map(|(letter, theme)| PassageRef::Theme { letter, theme }),
    ]
}

/// A compare route as the app writes one.
fn compare() -> impl Strategy<Value = Route> {
    (
        (
            prop::collection::vec(word(), 0..3),
            prop::collection::vec(word(), 0..3),
            prop_oneof![Just(String::new()), words()],
            prop::option::of((id(), prop::option::of(word()))),
        ),
        (
            prop::option::of(passage()),
            prop::option::of(passage()),
            any::<bool>(),
            prop::option::of(any::<bool>()),
        ),
    )
        .prop_map(
            |((meetings, themes, query, open), (a, b, ignore_punctuation, inline))| {
                Route::Compare(CompareState {
                    meetings,
                    themes,
                    query,
                    open,
                    a,
                    b,
                    ignore_punctuation,
                    inline,
                })
            },
        )
}

/// A route of the key figures or the glossary as the app writes one.
fn figures_or_glossary() -> impl Strategy<Value = Route> {
    prop_oneof![
        (
            prop::option::of(word()),
            prop::option::of(word()),
            prop::option::of(prop::sample::select(FigureKind::ALL.to_vec())),
            prop::sample::select(RowOrder::ALL.to_vec()),
        )
            .prop_map(|(topic, letter, kind, sort)| {
                Route::Figures(FiguresState {
                    topic,
                    letter,
                    kind,
                    sort,
                })
            }),
        text().prop_map(|query| Route::Glossary(GlossaryState { query })),
    ]
}

/// A route of any view as the app writes one.
fn written_route() -> impl Strategy<Value = Route> {
    prop_oneof![
        reader(),
        search(),
        timeline(),
        compare(),
        figures_or_glossary()
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Any hash is a route; the route's link is a link of the app, and it leads back to the
    /// same route (links are canonical) whenever it is within the length a route may have.
    #[test]
    fn any_hash_is_a_route_whose_link_leads_back_to_it(h in hash()) {
        let route = Route::parse(&h);
        let link = route.href();
        prop_assert!(link.starts_with("#/"), "{link:?}");
        prop_assert!(link.is_ascii(), "a link with raw characters: {link:?}");
        if link.len() <= MAX_ROUTE_LEN {
            prop_assert_eq!(&Route::parse(&link), &route, "{:?} → {:?}", h, link);
        }
        if h.len() > MAX_ROUTE_LEN {
            prop_assert_eq!(route, Route::NotFound);
        }
    }

    /// The link of a route leads back to it, whatever the ids and words.
    #[test]
    fn written_routes_round_trip(route in written_route()) {
        let link = route.href();
        prop_assume!(link.len() <= MAX_ROUTE_LEN);
        prop_assert_eq!(Route::parse(&link), route);
    }

    /// The embed attributes a link is shown with lead back to the same route.
    #[test]
    fn embed_attributes_of_a_link_lead_back_to_it(route in written_route()) {
        let link = route.href();
        prop_assume!(link.len() <= MAX_ROUTE_LEN);
        let state = EmbedState::of_link(&link);
        prop_assert_eq!(Route::parse(&state.href()), route, "{:?}", state);
    }

    /// Percent-encoding round-trips any text; decoding any text gives text or `None`.
    #[test]
    fn percent_encoding_round_trips(s in text(), noise in hash()) {
        prop_assert_eq!(percent_decode(&percent_encode(&s)), Some(s));
        let _ = percent_decode(&noise);
    }
}
