//! The timeline's URL state: the visible range (the zoom), the filters, the search to show, the
//! event in focus and whether the chart or the list is shown.
//!
//! | parameter            | state                                               |
//! |----------------------|-----------------------------------------------------|
//! | `van=2025-06-01`     | first visible day (ISO 8601)                        |
//! | `tot=2025-06-30`     | last visible day                                    |
//! | `weergave=lijst`     | the list instead of the chart                       |
//! | `brief=<id>` (more)  | only events of these letters                        |
//! | `baan=<lane>` (more) | only these lanes (`meetings`, `commitments`, …)     |
//! | `top=<id>`           | only events of this meeting                         |
//! | `stand=<tense>`      | only `done`, `ongoing` or `planned` events          |
//! | `q=…`                | events whose paragraphs match this search, marked   |
//! | `ev=<n>`             | the event in focus (index in the events)            |

use crate::url::{Href, Params};
use summit_core::extract::calendar::{date_of_day, day_number};
use summit_core::extract::{Event, Lane, Tense};
use summit_core::PartialDate;

/// Fewest days the chart shows (zooming in stops there).
pub const MIN_VISIBLE_DAYS: i32 = 7;
/// Most days the chart shows (zooming out stops there).
pub const MAX_VISIBLE_DAYS: i32 = 120 * 366;

/// The timeline as a link describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineState {
    /// The visible days (first, last); `None` for the default view.
    pub range: Option<(i32, i32)>,
    /// The list instead of the chart.
    pub list: bool,
    /// Only events of these letters (ids).
    pub letters: Vec<String>,
    /// Only these lanes.
    pub lanes: Vec<Lane>,
    /// Only events of this meeting (id).
    pub meeting: Option<String>,
    /// Only events of this tense.
    pub tense: Option<Tense>,
    /// Mark the events whose paragraphs match this search.
    pub query: Option<String>,
    /// The event in focus.
    pub focus: Option<usize>,
}

/// An ISO date as a day number.
fn parse_day(s: &str) -> Option<i32> {
    let d = PartialDate::parse_iso(s)?;
    Some(day_number(d.year, d.month?, d.day?))
}

/// A day number as an ISO date.
pub fn iso_day(n: i32) -> String {
    date_of_day(n).to_string()
}

impl TimelineState {
    /// The timeline around event `index`, with it in focus (the link of a date in the reader).
    pub fn focused_on(index: usize) -> TimelineState {
        TimelineState {
            focus: Some(index),
            ..Default::default()
        }
    }

    /// Reads the parameters; anything unreadable is left at its default.
    pub fn from_params(params: &Params) -> TimelineState {
        let range = params
            .get("van")
            .and_then(parse_day)
            .zip(params.get("tot").and_then(parse_day))
            .filter(|(a, b)| a < b && b - a <= MAX_VISIBLE_DAYS);
        TimelineState {
            range,
            list: params.get("weergave") == Some("lijst"),
            letters: params.all("brief"),
            lanes: params
                .all("baan")
                .iter()
                .filter_map(|s| Lane::from_slug(s))
                .collect(),
            meeting: params.get("top").map(str::to_string),
            tense: params
                .get("stand")
                .and_then(|s| Tense::ALL.into_iter().find(|t| t.slug() == s)),
            query: params
                .get("q")
                .filter(|q| !q.trim().is_empty())
                .map(str::to_string),
            focus: params.get("ev").and_then(|s| s.parse().ok()),
        }
    }

    /// Writes the parameters (nothing for defaults).
    pub fn write_params(&self, href: &mut Href) {
        if let Some((a, b)) = self.range {
            href.param("van", &iso_day(a));
            href.param("tot", &iso_day(b));
        }
        if self.list {
            href.param("weergave", "lijst");
        }
        for l in &self.letters {
            href.param("brief", l);
        }
        for l in &self.lanes {
            href.param("baan", l.slug());
        }
        if let Some(m) = &self.meeting {
            href.param("top", m);
        }
        if let Some(t) = self.tense {
            href.param("stand", t.slug());
        }
        if let Some(q) = &self.query {
            href.param("q", q);
        }
        if let Some(f) = self.focus {
            href.param("ev", &f.to_string());
        }
    }

    /// Whether event `e` passes the filters (`letter_id` is its letter's id, `meeting_id` its
    /// meeting's).
    pub fn shows(&self, e: &Event, letter_id: Option<&str>, meeting_id: Option<&str>) -> bool {
        let letter_ok = self.letters.is_empty()
            || letter_id.is_some_and(|id| self.letters.iter().any(|l| l == id));
        let lane_ok = self.lanes.is_empty() || self.lanes.contains(&e.lane);
        let meeting_ok = self.meeting.is_none() || self.meeting.as_deref() == meeting_id;
        let tense_ok = self.tense.is_none_or(|t| t == e.tense);
        letter_ok && lane_ok && meeting_ok && tense_ok
    }
}

/// The range after zooming by `factor` (below 1 zooms in) around day `anchor`, kept within
/// [`MIN_VISIBLE_DAYS`] and [`MAX_VISIBLE_DAYS`].
pub fn zoomed((a, b): (i32, i32), factor: f64, anchor: f64) -> (i32, i32) {
    let len = f64::from(b - a);
    let new_len = (len * factor).clamp(f64::from(MIN_VISIBLE_DAYS), f64::from(MAX_VISIBLE_DAYS));
    let at = (anchor - f64::from(a)) / len.max(1.0);
    let start = anchor - at * new_len;
    (start.round() as i32, (start + new_len).round() as i32)
}

/// The range moved by `days`.
pub fn panned((a, b): (i32, i32), days: i32) -> (i32, i32) {
    (a + days, b + days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_through_its_parameters() {
        let s = TimelineState {
            range: Some((day_number(2025, 6, 1), day_number(2025, 6, 30))),
            list: true,
            letters: vec!["a".into()],
            lanes: vec![Lane::Support],
            meeting: Some("den-haag-2025".into()),
            tense: Some(Tense::Planned),
            query: Some("drones".into()),
            focus: Some(3),
        };
        let mut href = Href::new("tijdlijn");
        s.write_params(&mut href);
        let link = href.finish();
        let query = link.split_once('?').unwrap().1;
        assert_eq!(TimelineState::from_params(&Params::parse(query)), s);
    }

    #[test]
    fn zooming_keeps_the_anchor_in_place_and_stays_within_limits() {
        let (a, b) = zoomed((0, 100), 0.5, 50.0);
        assert_eq!((a, b), (25, 75));
        let (a, b) = zoomed((0, 10), 0.1, 0.0);
        assert_eq!(b - a, MIN_VISIBLE_DAYS);
        assert!(
            TimelineState::from_params(&Params::parse("van=2025-06-30&tot=2025-06-01"))
                .range
                .is_none()
        );
    }
}
