//! The chart's keys, wheel and pointers: arrow keys move between marks, Enter opens one, `+`/`−`
//! zoom, Home/End go to the first and last mark; the wheel zooms only while the chart has focus
//! (or with Ctrl), so a pointer passing over it never takes the page's scroll; a drag pans, two
//! fingers pinch.

use super::controls::{activate, move_focus, zoom_by};
use super::model::{Gesture, Model};
use super::state::{panned, zoomed};
use super::{DRAG_THRESHOLD_PX, LANE_NAME_PX, WHEEL_STEP, ZOOM_STEP};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The distance of an element's left edge from the viewport's, in CSS pixels
/// (`getBoundingClientRect().left`, called through JS to keep web-sys's `DomRect` out).
fn viewport_left(el: &web_sys::Element) -> Option<f64> {
    let f = js_sys::Reflect::get(el, &"getBoundingClientRect".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let rect = f.call0(el).ok()?;
    js_sys::Reflect::get(&rect, &"left".into()).ok()?.as_f64()
}

/// x of a pointer or wheel event inside the chart.
fn x_in_chart(m: Model, client_x: i32) -> f64 {
    let left = m
        .part(".tl-chart")
        .and_then(|el| viewport_left(&el))
        .unwrap_or_default();
    f64::from(client_x) - left - LANE_NAME_PX
}

/// A key pressed on the chart.
pub(super) fn on_key(m: Model, ev: leptos::ev::KeyboardEvent) {
    let count = m.marks.with_untracked(Vec::len);
    let current = m.focus.get_untracked();
    let r = untrack(|| m.range());
    let quarter = ((r.1 - r.0) / 4).max(1);
    match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" if ev.shift_key() => m.set_range(panned(r, quarter)),
        "ArrowLeft" | "ArrowUp" if ev.shift_key() => m.set_range(panned(r, -quarter)),
        "ArrowRight" | "ArrowDown" if count > 0 => {
            move_focus(m, current.map_or(0, |c| (c + 1).min(count - 1)))
        }
        "ArrowLeft" | "ArrowUp" if count > 0 => {
            move_focus(m, current.map_or(0, |c| c.saturating_sub(1)))
        }
        "Home" if count > 0 => move_focus(m, 0),
        "End" if count > 0 => move_focus(m, count - 1),
        "PageDown" => m.set_range(panned(r, quarter * 2)),
        "PageUp" => m.set_range(panned(r, -quarter * 2)),
        "+" | "=" => zoom_by(m, ZOOM_STEP, None),
        "-" | "_" | "−" => zoom_by(m, 1.0 / ZOOM_STEP, None),
        "Enter" | " " => match current {
            Some(i) => activate(m, i),
            None => return,
        },
        _ => return,
    }
    ev.prevent_default();
}

/// The wheel over the chart.
pub(super) fn on_wheel(m: Model, ev: leptos::ev::WheelEvent) {
    // Asked of the chart itself, which also answers inside an embed's shadow root (where the
    // document's active element is the host element).
    let focused = m
        .part(".tl-chart")
        .is_some_and(|el| el.matches(":focus-within").unwrap_or(false));
    if !(focused || ev.ctrl_key()) || ev.delta_y() == 0.0 {
        return;
    }
    ev.prevent_default();
    let anchor = untrack(|| m.scale()).day_at(x_in_chart(m, ev.client_x()));
    let factor = if ev.delta_y() < 0.0 {
        WHEEL_STEP
    } else {
        1.0 / WHEEL_STEP
    };
    zoom_by(m, factor, Some(anchor));
}

/// The gesture of the pointers pressed now starts here.
fn restart(m: Model, mut g: Gesture) {
    g.start = match g.pointers.as_slice() {
        [(_, x)] => Some((*x, 0.0, untrack(|| m.range()))),
        [(_, a), (_, b), ..] => Some(((a + b) / 2.0, (a - b).abs(), untrack(|| m.range()))),
        [] => None,
    };
    m.gesture.set_value(g);
}

/// A pointer pressed on the chart.
pub(super) fn on_pointer_down(m: Model, ev: leptos::ev::PointerEvent) {
    if ev.button() > 0 {
        return;
    }
    let mut g = m.gesture.get_value();
    g.dragged = false;
    g.pointers
        .push((ev.pointer_id(), x_in_chart(m, ev.client_x())));
    restart(m, g);
}

/// A pointer moved: one pans (once past the drag threshold), two pinch.
pub(super) fn on_pointer_move(m: Model, ev: leptos::ev::PointerEvent) {
    let x = x_in_chart(m, ev.client_x());
    let id = ev.pointer_id();
    let mut g = m.gesture.get_value();
    let Some(entry) = g.pointers.iter_mut().find(|(pid, _)| *pid == id) else {
        return;
    };
    entry.1 = x;
    let Some((start_x, start_dist, start_range)) = g.start else {
        return;
    };
    let xs: Vec<f64> = g.pointers.iter().map(|p| p.1).collect();
    let days_per_px =
        f64::from(start_range.1 - start_range.0) / untrack(|| m.scale()).width.max(1.0);
    let mut to = None;
    match xs.as_slice() {
        [x] => {
            if (x - start_x).abs() > DRAG_THRESHOLD_PX {
                g.dragged = true;
            }
            if g.dragged {
                let shift = -((x - start_x) * days_per_px).round() as i32;
                to = Some(panned(start_range, shift));
            }
        }
        [a, b, ..] if start_dist > 0.0 => {
            g.dragged = true;
            let dist = (a - b).abs().max(1.0);
            let anchor = f64::from(start_range.0) + start_x * days_per_px;
            to = Some(zoomed(start_range, start_dist / dist, anchor));
        }
        _ => {}
    }
    m.gesture.set_value(g);
    if let Some(r) = to {
        m.set_range(r);
    }
}

/// A pointer let go (or taken by the browser).
pub(super) fn on_pointer_up(m: Model, ev: leptos::ev::PointerEvent) {
    let id = ev.pointer_id();
    let mut g = m.gesture.get_value();
    g.pointers.retain(|(pid, _)| *pid != id);
    restart(m, g);
}
