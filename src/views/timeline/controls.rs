//! What the timeline's controls do: zoom, open a mark, move the focus between marks, and the
//! buttons and filters, dispatched on their named action ([`crate::markup::action`]).

use super::events::{event_href, fit_range};
use super::model::Model;
use super::state::{self, zoomed};
use super::{chart, filters, CLUSTER_OPEN_DAYS, ZOOM_STEP};
use crate::markup::action;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Zooms by `factor` around the day `anchor` (by default the focused mark's, else the middle).
pub(super) fn zoom_by(m: Model, factor: f64, anchor: Option<f64>) {
    let r = untrack(|| m.range());
    let anchor = anchor.unwrap_or_else(|| {
        m.focus
            .get_untracked()
            .and_then(|f| {
                m.marks
                    .with_untracked(|marks| marks.get(f).map(|mk| m.all[mk.events[0]].first_day))
            })
            .map_or(f64::from(r.0 + r.1) / 2.0, f64::from)
    });
    m.set_range(zoomed(r, factor, anchor));
}

/// Opens mark `index`: a cluster zooms in (or, when its events are too close for that, opens
/// into a list), an event opens its sentence in the reader.
pub(super) fn activate(m: Model, index: usize) {
    let all = m.all;
    let Some(mark) = m.marks.with_untracked(|marks| marks.get(index).cloned()) else {
        return;
    };
    let (first, last) = (
        mark.events
            .iter()
            .map(|&e| all[e].first_day)
            .min()
            .unwrap_or_default(),
        mark.events
            .iter()
            .map(|&e| all[e].last_day)
            .max()
            .unwrap_or_default(),
    );
    let (a, b) = untrack(|| m.range());
    if mark.is_cluster() && last - first >= CLUSTER_OPEN_DAYS && b - a > state::MIN_VISIBLE_DAYS {
        m.focused_event.set(Some(mark.events[0]));
        m.set_range(fit_range(all, &mark.events));
    } else if mark.is_cluster() {
        m.opened.set(Some(mark.events[0]));
        request_animation_frame(move || {
            if let Some(first) = m.part(".tl-cluster-list a") {
                let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    } else if let Some(href) = event_href(&all[mark.events[0]]) {
        // Back from the reader returns to this event.
        let mut s = untrack(|| m.state());
        s.focus = Some(mark.events[0]);
        s.range = Some(untrack(|| m.range()));
        m.go(s, false);
        m.nav.push(href.as_str());
    }
}

/// Moves the keyboard focus to mark `to` (and closes an open cluster).
pub(super) fn move_focus(m: Model, to: usize) {
    m.opened.set(None);
    m.focus.set(Some(to));
    m.focused_event.set(
        m.marks
            .with_untracked(|marks| marks.get(to).map(|mk| mk.events[0])),
    );
}

/// Shows the chart, or the list when `list`.
fn set_list(m: Model, list: bool) {
    let mut s = untrack(|| m.state());
    s.list = list;
    m.go(s, true);
}

/// Moves the range so the nearest events before it (`earlier`) or after it come into view, a
/// tenth of the range in.
fn to_edge(m: Model, earlier: bool) {
    let all = m.all;
    let r = untrack(|| m.range());
    let len = r.1 - r.0;
    if earlier {
        let last = m
            .shown
            .with_untracked(|v| v.iter().rev().copied().find(|&i| all[i].last_day < r.0));
        if let Some(last) = last {
            let end = all[last].last_day + len / 10;
            m.set_range((end - len, end));
        }
    } else {
        let first = m
            .shown
            .with_untracked(|v| v.iter().copied().find(|&i| all[i].first_day > r.1));
        if let Some(first) = first {
            let start = all[first].first_day - len / 10;
            m.set_range((start, start + len));
        }
    }
}

/// A click on `target`: does the action of the control it is in.
pub(super) fn on_click(m: Model, target: &web_sys::Element) {
    let Some(what) = action::of(target) else {
        return;
    };
    match what.as_str() {
        action::SHOW_CHART => set_list(m, false),
        action::SHOW_LIST => set_list(m, true),
        action::ZOOM_OUT => zoom_by(m, 1.0 / ZOOM_STEP, None),
        action::ZOOM_IN => zoom_by(m, ZOOM_STEP, None),
        action::FIT_ALL => m.set_range(m.shown.with_untracked(|v| fit_range(m.all, v))),
        action::EARLIER => to_edge(m, true),
        action::LATER => to_edge(m, false),
        action::OPEN_MARK if !m.gesture.with_value(|g| g.dragged) => {
            if let Some(i) = chart::mark_at(Some(target.clone().into())) {
                move_focus(m, i);
                activate(m, i);
            }
        }
        _ => {}
    }
}

/// A filter or the search field changed: its value goes into the URL.
pub(super) fn on_change(m: Model, target: &web_sys::Element) {
    let mut s = untrack(|| m.state());
    let what = target.get_attribute("data-action").unwrap_or_default();
    if filters::apply(&mut s, &what, filters::value_of(target)) {
        m.go(s, true);
    }
}
