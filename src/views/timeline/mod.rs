//! The timeline: every event of the letters (and every meeting) on a zoomable SVG chart in lanes,
//! or as a list grouped by year and month.
//!
//! The visible range, the filters, the search to show and the list/chart choice live in the URL
//! ([`state`]); zooming and panning replace the URL (no history entry per step), switching the
//! display or a filter pushes one. The chart is one tab stop: arrow keys move between its marks,
//! Enter opens an event in the reader (or zooms into a cluster), `+`/`−` zoom, Home/End go to
//! the first and last mark. The wheel zooms only while the chart has focus (or with Ctrl), so a
//! pointer passing over it never takes the page's scroll. [`layout`] decides what fits.

mod chart;
mod events;
mod filters;
pub mod layout;
pub mod list;
pub mod state;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, events};
use crate::markup::number;
use crate::route::Route;
use events::{default_range, event_href, fit_range, ids_of, matching_events};
use layout::{lay_out, Scale};
use leptos::prelude::*;
use state::{panned, zoomed, TimelineState};
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

/// The pointers pressed on the chart (id, x), where their gesture started (x, or the middle and
/// distance of two fingers; the range then) and whether it went far enough to be a drag.
#[derive(Clone, Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<(f64, f64, (i32, i32))>,
    dragged: bool,
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let lang = UiLang::current();
    let t = lang.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let (Ok(c), Ok(all)) = (corpus(), events()) else {
        return ().into_any();
    };
    let state = move || match route.get() {
        Route::Timeline(s) => s,
        _ => TimelineState::default(),
    };
    let go = move |s: TimelineState, push: bool| {
        let href = Route::Timeline(s).href();
        if push {
            nav.push(&href);
        } else {
            nav.replace(&href);
        }
    };
    let shown = Memo::new(move |_| {
        let s = state();
        (0..all.len())
            .filter(|&i| {
                let (letter, meeting) = ids_of(&all[i]);
                s.shows(&all[i], letter, meeting)
            })
            .collect::<Vec<_>>()
    });
    let matched = Memo::new(move |_| state().query.as_deref().map(|q| matching_events(q, all)));
    // Whether event `i`'s paragraph matches the search.
    let is_match =
        move |i: usize| matched.with(|m| m.as_ref().is_some_and(|v| v.get(i) == Some(&true)));
    let match_count = move || {
        matched
            .with(|m| m.is_some())
            .then(|| shown.with(|s| s.iter().filter(|&&i| is_match(i)).count()))
    };
    let range = move || {
        let s = state();
        match (s.range, s.focus.and_then(|f| all.get(f))) {
            (Some(r), _) => r,
            (None, Some(e)) => (
                e.first_day - FOCUS_MARGIN_DAYS,
                e.last_day + FOCUS_MARGIN_DAYS,
            ),
            (None, None) => default_range(all),
        }
    };
    let set_range = move |r: (i32, i32)| {
        let mut s = untrack(state);
        s.range = Some(r);
        go(s, false);
    };
    // The chart's width as measured, in whole pixels.
    let width = RwSignal::new(None::<usize>);
    let width_px = move || width.get().map_or(DEFAULT_WIDTH_PX, |w| w as f64);
    let scale = move || {
        let (first, last) = range();
        Scale {
            first,
            last,
            width: width_px() - LANE_NAME_PX,
        }
    };
    let marks = Memo::new(move |_| {
        let s = scale();
        let visible: Vec<usize> = shown.with(|v| {
            v.iter()
                .copied()
                .filter(|&i| all[i].last_day >= s.first && all[i].first_day <= s.last)
                .collect()
        });
        let mut m = lay_out(all, &visible, s);
        // Keyboard order: left to right, top to bottom at the same place.
        summit_core::order::sort_by(&mut m, |a, b| a.x.total_cmp(&b.x).then(a.lane.cmp(&b.lane)));
        m
    });
    let off_chart = move || {
        let s = scale();
        shown.with(|v| {
            let before = v.iter().filter(|&&i| all[i].last_day < s.first).count();
            let after = v.iter().filter(|&&i| all[i].first_day > s.last).count();
            (before, after)
        })
    };
    let focus = RwSignal::new(None::<usize>);
    let hovered = RwSignal::new(None::<usize>);
    // A cluster opened into a list of its events (events too close to be told apart by zooming).
    // (Its first event: the cluster is the one of the marks that holds it.)
    let opened = RwSignal::new(None::<usize>);
    // A new range or filter makes a new set of marks: keep the focus on the same event.
    let focused_event = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        let m = marks.get();
        let wanted = focused_event.get_untracked().or(untrack(state).focus);
        let at = wanted.and_then(|e| m.iter().position(|mk| mk.events.contains(&e)));
        focus.set(at.or_else(|| focus.get_untracked().filter(|&f| f < m.len())));
        // A link to an event inside a cluster opens the cluster.
        let linked = untrack(state).focus;
        opened.set(linked.filter(|e| m.iter().any(|mk| mk.is_cluster() && mk.events.contains(e))));
    });
    let root = NodeRef::<leptos::html::Section>::new();
    // A part of the view (found in it, so that several explorers on one page stay apart).
    // Also called from an animation frame, which may come after the view is gone: then there
    // is no part and nothing to measure.
    let part = move |selector: &str| {
        root.try_get_untracked()
            .flatten()
            .and_then(|r| r.query_selector(selector).ok().flatten())
    };
    let measure = move || {
        if let Some(el) = part(".tl-chart") {
            let w = el.client_width();
            let drawn = width.try_get_untracked().flatten();
            let drawn = drawn.map_or(DEFAULT_WIDTH_PX, |d| d as f64);
            if w > 0 && (f64::from(w) - drawn).abs() > 1.0 {
                width.try_set(Some(w as usize));
            }
        }
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let zoom_by = move |factor: f64, anchor: Option<f64>| {
        let r = untrack(range);
        let anchor = anchor.unwrap_or_else(|| {
            focus
                .get_untracked()
                .and_then(|f| {
                    marks.with_untracked(|m| m.get(f).map(|mk| all[mk.events[0]].first_day))
                })
                .map_or(f64::from(r.0 + r.1) / 2.0, f64::from)
        });
        set_range(zoomed(r, factor, anchor));
    };
    let activate = move |index: usize| {
        let Some(mark) = marks.with_untracked(|m| m.get(index).cloned()) else {
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
        let (a, b) = untrack(range);
        if mark.is_cluster() && last - first >= CLUSTER_OPEN_DAYS && b - a > state::MIN_VISIBLE_DAYS
        {
            focused_event.set(Some(mark.events[0]));
            set_range(fit_range(all, &mark.events));
        } else if mark.is_cluster() {
            opened.set(Some(mark.events[0]));
            request_animation_frame(move || {
                if let Some(first) = part(".tl-cluster-list a") {
                    let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        } else if let Some(href) = event_href(&all[mark.events[0]]) {
            // Back from the reader returns to this event.
            let mut s = untrack(state);
            s.focus = Some(mark.events[0]);
            s.range = Some(untrack(range));
            go(s, false);
            nav.push(&href);
        }
    };
    let move_focus = move |to: usize| {
        opened.set(None);
        focus.set(Some(to));
        focused_event.set(marks.with_untracked(|m| m.get(to).map(|mk| mk.events[0])));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = marks.with_untracked(Vec::len);
        let current = focus.get_untracked();
        let r = untrack(range);
        let quarter = ((r.1 - r.0) / 4).max(1);
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" if ev.shift_key() => set_range(panned(r, quarter)),
            "ArrowLeft" | "ArrowUp" if ev.shift_key() => set_range(panned(r, -quarter)),
            "ArrowRight" | "ArrowDown" if count > 0 => {
                move_focus(current.map_or(0, |c| (c + 1).min(count - 1)))
            }
            "ArrowLeft" | "ArrowUp" if count > 0 => {
                move_focus(current.map_or(0, |c| c.saturating_sub(1)))
            }
            "Home" if count > 0 => move_focus(0),
            "End" if count > 0 => move_focus(count - 1),
            "PageDown" => set_range(panned(r, quarter * 2)),
            "PageUp" => set_range(panned(r, -quarter * 2)),
            "+" | "=" => zoom_by(ZOOM_STEP, None),
            "-" | "_" | "−" => zoom_by(1.0 / ZOOM_STEP, None),
            "Enter" | " " => match current {
                Some(i) => activate(i),
                None => return,
            },
            _ => return,
        }
        ev.prevent_default();
    };
    // x of a pointer or wheel event inside the chart.
    let x_in_chart = move |client_x: i32| {
        let left = part(".tl-chart")
            .and_then(|el| viewport_left(&el))
            .unwrap_or_default();
        f64::from(client_x) - left - LANE_NAME_PX
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        // Asked of the chart itself, which also answers inside an embed's shadow root (where
        // the document's active element is the host element).
        let focused =
            part(".tl-chart").is_some_and(|el| el.matches(":focus-within").unwrap_or(false));
        if !(focused || ev.ctrl_key()) || ev.delta_y() == 0.0 {
            return;
        }
        ev.prevent_default();
        let anchor = untrack(scale).day_at(x_in_chart(ev.client_x()));
        let factor = if ev.delta_y() < 0.0 {
            WHEEL_STEP
        } else {
            1.0 / WHEEL_STEP
        };
        zoom_by(factor, Some(anchor));
    };
    // Pointers pressed on the chart: drag to pan, two fingers to pinch.
    let gesture = StoredValue::new(Gesture::default());
    // The gesture of the pointers pressed now starts here.
    let restart = move |mut g: Gesture| {
        g.start = match g.pointers.as_slice() {
            [(_, x)] => Some((*x, 0.0, untrack(range))),
            [(_, a), (_, b), ..] => Some(((a + b) / 2.0, (a - b).abs(), untrack(range))),
            [] => None,
        };
        gesture.set_value(g);
    };
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        let mut g = gesture.get_value();
        g.dragged = false;
        g.pointers
            .push((ev.pointer_id(), x_in_chart(ev.client_x())));
        restart(g);
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        let x = x_in_chart(ev.client_x());
        let id = ev.pointer_id();
        let mut g = gesture.get_value();
        let Some(entry) = g.pointers.iter_mut().find(|(pid, _)| *pid == id) else {
            return;
        };
        entry.1 = x;
        let Some((start_x, start_dist, start_range)) = g.start else {
            return;
        };
        let xs: Vec<f64> = g.pointers.iter().map(|p| p.1).collect();
        let days_per_px = f64::from(start_range.1 - start_range.0) / untrack(scale).width.max(1.0);
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
        gesture.set_value(g);
        if let Some(r) = to {
            set_range(r);
        }
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        let mut g = gesture.get_value();
        g.pointers.retain(|(pid, _)| *pid != id);
        restart(g);
    };

    let visible_text = move || {
        let (a, b) = range();
        let f =
            |d: i32| crate::i18n::format_date(summit_core::extract::calendar::date_of_day(d), lang);
        let mut s = String::from(t.visible_range);
        s.push(' ');
        s.push_str(&f(a));
        s.push_str(" – ");
        s.push_str(&f(b));
        s
    };
    let list_mode = move || state().list;
    let set_list = move |list: bool| {
        let mut s = untrack(state);
        s.list = list;
        go(s, true);
    };

    let detail = Memo::new(move |_| {
        let (h, f, linked) = (hovered.get(), focus.get(), state().focus);
        let o = opened.get();
        marks.with(|m| {
            let open = o.and_then(|e| {
                m.iter()
                    .find(|mk| mk.is_cluster() && mk.events.contains(&e))
            });
            chart::detail(
                all,
                c,
                m,
                h,
                f,
                open.map(|mk| mk.events.as_slice()),
                linked,
                lang,
            )
        })
    });
    let svg = Memo::new(move |_| {
        let (s, f, w) = (scale(), focus.get(), width_px());
        marks.with(|m| chart::svg(all, m, s, w, f, &is_match, lang))
    });
    let list = Memo::new(move |_| shown.with(|v| list::list(all, c, v, &is_match, lang)));
    for (selector, html) in [
        (".tl-chart", svg),
        (".tl-detail", detail),
        (".tl-list-wrap", list),
    ] {
        Effect::new(move |_| {
            let html = html.get();
            root.track();
            if let Some(el) = part(selector) {
                el.set_inner_html(&html);
            }
        });
    }
    // What follows the state: the pressed display, what is hidden, the zoom buttons' and the
    // chart's names, the events off the chart, the filters and the count.
    Effect::new(move |_| {
        root.track();
        let list = list_mode();
        let set = |selector: &str, name: &str, value: &str| {
            if let Some(el) = part(selector) {
                let _ = el.set_attribute(name, value);
            }
        };
        let flag = |el: &web_sys::Element, name: &str, on: bool| {
            let _ = if on {
                el.set_attribute(name, "")
            } else {
                el.remove_attribute(name)
            };
        };
        let hide = |selector: &str, hidden: bool| {
            if let Some(el) = part(selector) {
                flag(&el, "hidden", hidden);
            }
        };
        let pressed = |on: bool| if on { "true" } else { "false" };
        set(
            "[data-testid=timeline-show-chart]",
            "aria-pressed",
            pressed(!list),
        );
        set(
            "[data-testid=timeline-show-list]",
            "aria-pressed",
            pressed(list),
        );
        hide(".tl-zoom", list);
        hide(".tl-chart-wrap", list);
        let wrap = if list {
            "tl-list-wrap"
        } else {
            "tl-list-wrap print-only"
        };
        set(".tl-list-wrap", "class", wrap);
        let visible = visible_text();
        let named = |what: &str| {
            let mut s = String::from(what);
            s.push_str(" (");
            s.push_str(&visible);
            s.push(')');
            s
        };
        set(
            "[data-testid=timeline-zoom-out]",
            "aria-label",
            &named(t.zoom_out),
        );
        set(
            "[data-testid=timeline-zoom-in]",
            "aria-label",
            &named(t.zoom_in),
        );
        set(
            "[data-testid=timeline-fit]",
            "aria-label",
            &named(t.fit_all),
        );
        set(".tl-chart", "aria-label", &named(t.timeline_chart_label));
        if let Some(el) = part(".tl-range") {
            el.set_text_content(Some(&visible));
        }
        let (before, after) = off_chart();
        for (selector, n, earlier) in [
            ("[data-testid=timeline-earlier]", before, true),
            ("[data-testid=timeline-later]", after, false),
        ] {
            if let Some(el) = part(selector) {
                flag(&el, "disabled", n == 0);
                let mut s = String::from(if earlier { "← " } else { "" });
                number(&mut s, n as i64);
                s.push(' ');
                s.push_str(if earlier { t.earlier } else { t.later });
                if !earlier {
                    s.push_str(" →");
                }
                el.set_text_content(Some(&s));
            }
        }
        let mut count = String::new();
        number(&mut count, shown.with(Vec::len) as i64);
        count.push(' ');
        count.push_str(t.events_many);
        if let Some(m) = match_count() {
            count.push_str(" · ");
            number(&mut count, m as i64);
            count.push(' ');
            count.push_str(t.events_matching);
        }
        if let Some(el) = part(".tl-filters") {
            filters::show(&el, &state(), &count);
        }
        // A new display or range may change the chart's width (a scroll bar comes or goes).
        request_animation_frame(measure);
    });

    // Every control of the view is handled here, on the view: buttons and marks by their
    // `data-testid`, the filters' changes, and the chart's keys, wheel, pointers and focus.
    let on_click = move |target: &web_sys::Element| {
        let Some(what) = target
            .closest("[data-testid]")
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("data-testid"))
        else {
            return;
        };
        match what.as_str() {
            "timeline-show-chart" => set_list(false),
            "timeline-show-list" => set_list(true),
            "timeline-zoom-out" => zoom_by(1.0 / ZOOM_STEP, None),
            "timeline-zoom-in" => zoom_by(ZOOM_STEP, None),
            "timeline-fit" => set_range(shown.with_untracked(|v| fit_range(all, v))),
            "timeline-earlier" => {
                let r = untrack(range);
                let earlier = shown
                    .with_untracked(|v| v.iter().rev().copied().find(|&i| all[i].last_day < r.0));
                if let Some(last) = earlier {
                    let len = r.1 - r.0;
                    let end = all[last].last_day + len / 10;
                    set_range((end - len, end));
                }
            }
            "timeline-later" => {
                let r = untrack(range);
                let later =
                    shown.with_untracked(|v| v.iter().copied().find(|&i| all[i].first_day > r.1));
                if let Some(first) = later {
                    let len = r.1 - r.0;
                    let start = all[first].first_day - len / 10;
                    set_range((start, start + len));
                }
            }
            "timeline-mark" if !gesture.with_value(|g| g.dragged) => {
                if let Some(i) = chart::mark_at(Some(target.clone().into())) {
                    move_focus(i);
                    activate(i);
                }
            }
            _ => {}
        }
    };
    let on_event = move |ev: web_sys::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let in_chart = |el: &web_sys::Element| el.closest(".tl-chart").ok().flatten().is_some();
        match ev.type_().as_str() {
            "click" => on_click(&target),
            "change" => {
                let mut s = untrack(state);
                let which = target.get_attribute("data-testid").unwrap_or_default();
                if filters::apply(&mut s, &which, filters::value_of(&target)) {
                    go(s, true);
                }
            }
            _ if !in_chart(&target) => {}
            "keydown" => on_key(ev.unchecked_into()),
            "wheel" => on_wheel(ev.unchecked_into()),
            "pointerdown" => on_pointer_down(ev.unchecked_into()),
            "pointermove" => on_pointer_move(ev.unchecked_into()),
            "pointerup" | "pointercancel" => on_pointer_up(ev.unchecked_into()),
            "pointerout" => {
                let ev: web_sys::PointerEvent = ev.unchecked_into();
                let to = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if !to.is_some_and(|el| in_chart(&el)) {
                    hovered.set(None);
                    on_pointer_up(ev);
                }
            }
            "mouseover" => hovered.set(
                chart::mark_at(Some(target.into()))
                    .and_then(|i| marks.with_untracked(|m| m.get(i).map(|mk| mk.events[0]))),
            ),
            "focusin"
                if focus.get_untracked().is_none() && marks.with_untracked(|m| !m.is_empty()) =>
            {
                move_focus(0);
            }
            _ => {}
        }
    };

    let on = |name: &'static str| leptos::ev::Custom::new(name);
    leptos::html::section()
        .class("timeline")
        .attr("data-testid", "timeline")
        .node_ref(root)
        .inner_html(skeleton(c, lang))
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

/// The view as first drawn: its heading, tools, filters, the chart's frame with its (empty)
/// edges, chart and detail panel, and the (empty) list; the effects of [`Timeline`] fill and
/// update the rest.
fn skeleton(c: &summit_core::model::Corpus, lang: crate::i18n::Lang) -> String {
    use crate::markup::{attr, text};
    let t = lang.t();
    let mut o = String::from("<h1>");
    text(&mut o, t.nav_timeline);
    o.push_str("</h1><p class=\"tl-intro\">");
    text(&mut o, t.timeline_intro);
    o.push_str("</p><div class=\"tl-toolbar\"><div class=\"tl-display\" role=\"group\"");
    attr(&mut o, "aria-label", t.timeline_display);
    o.push_str("><button type=\"button\" data-testid=\"timeline-show-chart\">");
    text(&mut o, t.show_chart);
    o.push_str("</button><button type=\"button\" data-testid=\"timeline-show-list\">");
    text(&mut o, t.show_list);
    o.push_str("</button></div><div class=\"tl-zoom\" role=\"group\"");
    attr(&mut o, "aria-label", t.zoom_in);
    o.push_str("><button type=\"button\" data-testid=\"timeline-zoom-out\">−</button>");
    o.push_str("<button type=\"button\" data-testid=\"timeline-zoom-in\">+</button>");
    o.push_str("<button type=\"button\" data-testid=\"timeline-fit\">");
    text(&mut o, t.fit_all);
    o.push_str("</button></div></div><div class=\"tl-filters\">");
    o.push_str(&filters::markup(c, lang));
    o.push_str(concat!(
        "</div><div class=\"tl-chart-wrap\"><div class=\"tl-edges\">",
        "<button type=\"button\" class=\"tl-edge\" data-testid=\"timeline-earlier\"></button>",
        "<span class=\"tl-range\" data-testid=\"timeline-range\"></span>",
        "<button type=\"button\" class=\"tl-edge\" data-testid=\"timeline-later\"></button></div>",
        "<div class=\"tl-chart\" tabindex=\"0\" role=\"group\" data-testid=\"timeline-chart\" ",
        "aria-describedby=\"tl-detail\"></div>",
        "<div class=\"tl-detail\" id=\"tl-detail\" aria-live=\"polite\" ",
        "data-testid=\"timeline-detail\"></div></div>",
        "<div class=\"tl-list-wrap print-only\"></div>"
    ));
    o
}
