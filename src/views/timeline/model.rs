//! What the timeline shows, derived from its URL state: the events that pass the filters, those
//! whose paragraph matches the search, the visible range and its scale, the marks laid out on the
//! chart, and the focus, hover and open cluster a person moved to. One [`Model`] holds it all as
//! reactive handles; it is `Copy`, so every part of the view takes its own.

use super::events::{default_range, ids_of, matching_events};
use super::layout::{lay_out, Mark, Scale};
use super::state::TimelineState;
use super::{DEFAULT_WIDTH_PX, FOCUS_MARGIN_DAYS, LANE_NAME_PX};
use crate::context::Nav;
use crate::i18n::Lang;
use crate::route::Route;
use leptos::prelude::*;
use summit_core::extract::Event;
use summit_core::model::Corpus;

/// The pointers pressed on the chart (id, x), where their gesture started (x, or the middle and
/// distance of two fingers; the range then) and whether it went far enough to be a drag.
#[derive(Clone, Default)]
pub(super) struct Gesture {
    /// The pointers down, with their x in the chart.
    pub pointers: Vec<(i32, f64)>,
    /// Where the gesture of these pointers started, and the range then.
    pub start: Option<(f64, f64, (i32, i32))>,
    /// Whether the gesture moved far enough to be a drag (then it is no click).
    pub dragged: bool,
}

/// The timeline's state and what is derived from it.
#[derive(Clone, Copy)]
pub(super) struct Model {
    /// The interface language.
    pub lang: Lang,
    /// The route, whose timeline state this view shows.
    pub route: Memo<Route>,
    /// Navigation, to write a new state into the URL.
    pub nav: Nav,
    /// The corpus.
    pub corpus: &'static Corpus,
    /// Every event.
    pub all: &'static [Event],
    /// The events that pass the filters (indices into `all`).
    pub shown: Memo<Vec<usize>>,
    /// Per event, whether its paragraph matches the search; `None` without a search.
    pub matched: Memo<Option<Vec<bool>>>,
    /// The chart's width as measured, in whole pixels.
    pub width: RwSignal<Option<usize>>,
    /// The marks of the visible range, in keyboard order.
    pub marks: Memo<Vec<Mark>>,
    /// The mark with the keyboard focus.
    pub focus: RwSignal<Option<usize>>,
    /// The event under the pointer.
    pub hovered: RwSignal<Option<usize>>,
    /// A cluster opened into a list of its events (events too close to be told apart by
    /// zooming), by its first event: the cluster is the one of the marks that holds it.
    pub opened: RwSignal<Option<usize>>,
    /// The event the focus is on, kept when a new range or filter makes a new set of marks.
    pub focused_event: RwSignal<Option<usize>>,
    /// The view's root element.
    pub root: NodeRef<leptos::html::Section>,
    /// The pointers pressed on the chart.
    pub gesture: StoredValue<Gesture>,
}

/// The timeline state of `route` (the default for another view's route).
fn state_of(route: &Route) -> TimelineState {
    match route {
        Route::Timeline(s) => s.clone(),
        _ => TimelineState::default(),
    }
}

/// The days shown for state `s`: its range, or around the event it focuses, or the first view.
fn range_of(s: &TimelineState, all: &[Event]) -> (i32, i32) {
    match (s.range, s.focus.and_then(|f| all.get(f))) {
        (Some(r), _) => r,
        (None, Some(e)) => (
            e.first_day - FOCUS_MARGIN_DAYS,
            e.last_day + FOCUS_MARGIN_DAYS,
        ),
        (None, None) => default_range(all),
    }
}

/// The scale of `range` drawn `width` pixels wide (the measured width, or the default).
fn scale_of((first, last): (i32, i32), width: Option<usize>) -> Scale {
    let width = width.map_or(DEFAULT_WIDTH_PX, |w| w as f64);
    Scale {
        first,
        last,
        width: width - LANE_NAME_PX,
    }
}

impl Model {
    /// The model of the timeline showing `route`'s state.
    pub fn new(
        lang: Lang,
        route: Memo<Route>,
        nav: Nav,
        corpus: &'static Corpus,
        all: &'static [Event],
    ) -> Model {
        let shown = Memo::new(move |_| {
            let s = route.with(state_of);
            (0..all.len())
                .filter(|&i| {
                    let (letter, meeting) = ids_of(&all[i]);
                    s.shows(&all[i], letter, meeting)
                })
                .collect::<Vec<_>>()
        });
        let matched = Memo::new(move |_| {
            route
                .with(state_of)
                .query
                .as_deref()
                .map(|q| matching_events(q, all))
        });
        let width = RwSignal::new(None::<usize>);
        let marks = Memo::new(move |_| {
            let s = scale_of(range_of(&route.with(state_of), all), width.get());
            let visible: Vec<usize> = shown.with(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| all[i].last_day >= s.first && all[i].first_day <= s.last)
                    .collect()
            });
            let mut m = lay_out(all, &visible, s);
            // Keyboard order: left to right, top to bottom at the same place.
            summit_core::order::sort_by(&mut m, |a, b| {
                a.x.total_cmp(&b.x).then(a.lane.cmp(&b.lane))
            });
            m
        });
        Model {
            lang,
            route,
            nav,
            corpus,
            all,
            shown,
            matched,
            width,
            marks,
            focus: RwSignal::new(None),
            hovered: RwSignal::new(None),
            opened: RwSignal::new(None),
            focused_event: RwSignal::new(None),
            root: NodeRef::new(),
            gesture: StoredValue::new(Gesture::default()),
        }
    }

    /// The timeline state in the URL.
    pub fn state(self) -> TimelineState {
        self.route.with(state_of)
    }

    /// Writes state `s` into the URL: a new history entry when `push`, else in place (zooming
    /// and panning make no entry per step).
    pub fn go(self, s: TimelineState, push: bool) {
        let href = Route::Timeline(s).href();
        if push {
            self.nav.push(&href);
        } else {
            self.nav.replace(&href);
        }
    }

    /// Whether event `i`'s paragraph matches the search.
    pub fn is_match(self, i: usize) -> bool {
        self.matched
            .with(|m| m.as_ref().is_some_and(|v| v.get(i) == Some(&true)))
    }

    /// How many events shown match the search; `None` without a search.
    pub fn match_count(self) -> Option<usize> {
        self.matched.with(|m| m.is_some()).then(|| {
            self.shown
                .with(|s| s.iter().filter(|&&i| self.is_match(i)).count())
        })
    }

    /// The days shown.
    pub fn range(self) -> (i32, i32) {
        range_of(&self.state(), self.all)
    }

    /// Shows the days `r` (in place in the history).
    pub fn set_range(self, r: (i32, i32)) {
        let mut s = untrack(|| self.state());
        s.range = Some(r);
        self.go(s, false);
    }

    /// The chart's width, in pixels.
    pub fn width_px(self) -> f64 {
        self.width.get().map_or(DEFAULT_WIDTH_PX, |w| w as f64)
    }

    /// The scale of the chart as drawn now.
    pub fn scale(self) -> Scale {
        scale_of(self.range(), self.width.get())
    }

    /// The events shown before and after the visible range.
    pub fn off_chart(self) -> (usize, usize) {
        let s = self.scale();
        let all = self.all;
        self.shown.with(|v| {
            let before = v.iter().filter(|&&i| all[i].last_day < s.first).count();
            let after = v.iter().filter(|&&i| all[i].first_day > s.last).count();
            (before, after)
        })
    }

    /// A part of the view, found in it (so that several explorers on one page stay apart).
    /// Also called from an animation frame, which may come after the view is gone: then there
    /// is no part.
    pub fn part(self, selector: &str) -> Option<web_sys::Element> {
        self.root
            .try_get_untracked()
            .flatten()
            .and_then(|r| r.query_selector(selector).ok().flatten())
    }

    /// Measures the chart and keeps its width when it changed by more than a pixel.
    pub fn measure(self) {
        if let Some(el) = self.part(".tl-chart") {
            let w = el.client_width();
            let drawn = self.width.try_get_untracked().flatten();
            let drawn = drawn.map_or(DEFAULT_WIDTH_PX, |d| d as f64);
            if w > 0 && (f64::from(w) - drawn).abs() > 1.0 {
                self.width.try_set(Some(w as usize));
            }
        }
    }

    /// "Visible: 1 June 2025 – 1 July 2025".
    pub fn visible_text(self) -> String {
        let (a, b) = self.range();
        let lang = self.lang;
        let f = |d: i32| {
            crate::labels::format_date(summit_core::extract::calendar::date_of_day(d), lang)
        };
        let mut s = String::from(lang.t().visible_range);
        s.push(' ');
        s.push_str(&f(a));
        s.push_str(" – ");
        s.push_str(&f(b));
        s
    }
}
