//! The timeline: every event of the letters (and every meeting) on a zoomable SVG chart in lanes,
//! or as a list grouped by year and month.
//!
//! The visible range, the filters, the search to show and the list/chart choice live in the URL
//! ([`state`]); zooming and panning replace the URL (no history entry per step), switching the
//! display or a filter pushes one. The chart is one tab stop: arrow keys move between its marks,
//! Enter opens an event in the reader (or zooms into a cluster), `+`/`−` zoom, Home/End go to
//! the first and last mark. The wheel zooms only while the chart has focus (or with Ctrl), so a
//! pointer passing over it never takes the page's scroll. [`layout`] decides what fits.
//!
//! The parts: `model.rs` derives what is shown from the URL, `render.rs` writes it and sets the
//! controls, `controls.rs` and `gestures.rs` act on clicks, changes, keys, the wheel and pointers,
//! all through one handler on the view that dispatches on named actions.

mod chart;
mod controls;
mod events;
mod filters;
mod gestures;
pub mod layout;
pub mod list;
mod model;
mod render;
mod skeleton;
pub mod state;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, events};
use leptos::prelude::*;
use model::Model;
use wasm_bindgen::JsCast;

/// Height of the time axis, in pixels.
const AXIS_PX: f64 = 30.0;
/// Height of a lane, in pixels.
const LANE_PX: f64 = 64.0;
/// Width of the lane names column, in pixels.
const LANE_NAME_PX: f64 = 0.0;
/// Width the chart is drawn at before it is measured.
const DEFAULT_WIDTH_PX: f64 = 960.0;
/// Days shown either side of an event a link points at.
const FOCUS_MARGIN_DAYS: i32 = 20;
/// Zoom step of a key press or button.
const ZOOM_STEP: f64 = 0.5;
/// Zoom step of one wheel notch.
const WHEEL_STEP: f64 = 0.8;
/// Pointer travel, in pixels, after which a press is a drag and not a click.
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// A cluster spanning fewer days than this opens into a list instead of zooming in.
const CLUSTER_OPEN_DAYS: i32 = 3;

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let lang = UiLang::current();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let (Ok(c), Ok(all)) = (corpus(), events()) else {
        return ().into_any();
    };
    let m = Model::new(lang, route, nav, c, all);
    render::keep_focus(m);
    let resize = window_event_listener(leptos::ev::resize, move |_| m.measure());
    on_cleanup(move || resize.remove());
    render::draw(m);
    render::show_state(m);
    let on_event = move |ev: web_sys::Event| on_event(m, ev);
    let on = |name: &'static str| leptos::ev::Custom::new(name);
    leptos::html::section()
        .class("timeline")
        .attr("data-testid", "timeline")
        .node_ref(m.root)
        .inner_html(skeleton::skeleton(c, lang))
        .on(on("click"), on_event)
        .on(on("change"), on_event)
        .on(on("keydown"), on_event)
        .on(on("wheel"), on_event)
        .on(on("pointerdown"), on_event)
        .on(on("pointermove"), on_event)
        .on(on("pointerup"), on_event)
        .on(on("pointercancel"), on_event)
        .on(on("pointerout"), on_event)
        .on(on("mouseover"), on_event)
        .on(on("focusin"), on_event)
        .into_any()
}

/// One event on the view, to what handles it: clicks and changes to the controls by their
/// action, and the keys, wheel, pointers, hover and focus of the chart.
fn on_event(m: Model, ev: web_sys::Event) {
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let in_chart = |el: &web_sys::Element| el.closest(".tl-chart").ok().flatten().is_some();
    match ev.type_().as_str() {
        "click" => controls::on_click(m, &target),
        "change" => controls::on_change(m, &target),
        _ if !in_chart(&target) => {}
        "keydown" => gestures::on_key(m, ev.unchecked_into()),
        "wheel" => gestures::on_wheel(m, ev.unchecked_into()),
        "pointerdown" => gestures::on_pointer_down(m, ev.unchecked_into()),
        "pointermove" => gestures::on_pointer_move(m, ev.unchecked_into()),
        "pointerup" | "pointercancel" => gestures::on_pointer_up(m, ev.unchecked_into()),
        "pointerout" => {
            let ev: web_sys::PointerEvent = ev.unchecked_into();
            let to = ev
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if !to.is_some_and(|el| in_chart(&el)) {
                m.hovered.set(None);
                gestures::on_pointer_up(m, ev);
            }
        }
        "mouseover" => m
            .hovered
            .set(chart::mark_at(Some(target.into())).and_then(|i| {
                m.marks
                    .with_untracked(|marks| marks.get(i).map(|mk| mk.events[0]))
            })),
        "focusin"
            if m.focus.get_untracked().is_none() && m.marks.with_untracked(|v| !v.is_empty()) =>
        {
            controls::move_focus(m, 0);
        }
        _ => {}
    }
}
