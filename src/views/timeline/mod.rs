//! The timeline: every event of the letters (and every meeting) on a zoomable SVG chart in lanes,
//! or as a list grouped by year and month.
//!
//! The visible range, the filters, the search to show and the list/chart choice live in the URL
//! ([`state`]); zooming and panning replace the URL (no history entry per step), switching the
//! display or a filter pushes one. The chart is one tab stop: arrow keys move between its marks,
//! Enter opens an event in the reader (or zooms into a cluster), `+`/`−` zoom, Home/End go to
//! the first and last mark. The wheel zooms only while the chart has focus (or with Ctrl), so a
//! pointer passing over it never takes the page's scroll. [`layout`] decides what fits.

mod events;
mod filters;
pub mod layout;
pub mod list;
pub mod state;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, events};
use crate::i18n::{event_date, short_months};
use crate::route::Route;
use events::{
    default_range, event_href, event_label, event_sentence, fit_range, ids_of, lane_name,
    mark_text, matching_paragraphs, tense_name,
};
use filters::filters;
use layout::{drawn_label, lay_out, ticks, Scale};
use leptos::prelude::*;
use list::EventList;
use state::{panned, zoomed, TimelineState};
use summit_core::extract::{Event, Lane};
use wasm_bindgen::JsCast;

/// A coordinate as drawn: whole pixels (SVG attributes written as integers keep float
/// formatting, about 10 KB, out of the wasm).
fn px(v: f64) -> i32 {
    v.round() as i32
}

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
    let state = Memo::new(move |_| match route.get() {
        Route::Timeline(s) => s,
        _ => TimelineState::default(),
    });
    let go = move |s: TimelineState, push: bool| {
        let href = Route::Timeline(s).href();
        if push {
            nav.push(&href);
        } else {
            nav.replace(&href);
        }
    };
    let shown = Memo::new(move |_| {
        state.with(|s| {
            (0..all.len())
                .filter(|&i| {
                    let (letter, meeting) = ids_of(&all[i]);
                    s.shows(&all[i], letter, meeting)
                })
                .collect::<Vec<_>>()
        })
    });
    let matched = Memo::new(move |_| state.with(|s| s.query.as_deref().map(matching_paragraphs)));
    let is_match = move |e: &Event| {
        matched.with(|m| {
            m.as_ref().is_some_and(|set| {
                e.place
                    .as_ref()
                    .is_some_and(|p| set.contains(&(p.letter, p.block)))
            })
        })
    };
    let match_count = Memo::new(move |_| {
        matched
            .with(|m| m.is_some())
            .then(|| shown.with(|s| s.iter().filter(|&&i| is_match(&all[i])).count()))
    });
    let range = Memo::new(move |_| {
        state.with(|s| match (s.range, s.focus.and_then(|f| all.get(f))) {
            (Some(r), _) => r,
            (None, Some(e)) => (
                e.first_day - FOCUS_MARGIN_DAYS,
                e.last_day + FOCUS_MARGIN_DAYS,
            ),
            (None, None) => default_range(all),
        })
    });
    let set_range = move |r: (i32, i32)| {
        let mut s = state.get_untracked();
        s.range = Some(r);
        go(s, false);
    };
    let width = RwSignal::new(DEFAULT_WIDTH_PX);
    let scale = Memo::new(move |_| {
        let (first, last) = range.get();
        Scale {
            first,
            last,
            width: width.get() - LANE_NAME_PX,
        }
    });
    let marks = Memo::new(move |_| {
        let s = scale.get();
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
    let off_chart = Memo::new(move |_| {
        let s = scale.get();
        shown.with(|v| {
            let before = v.iter().filter(|&&i| all[i].last_day < s.first).count();
            let after = v.iter().filter(|&&i| all[i].first_day > s.last).count();
            (before, after)
        })
    });
    let focus = RwSignal::new(None::<usize>);
    let hovered = RwSignal::new(None::<usize>);
    // A cluster opened into a list of its events (events too close to be told apart by zooming).
    let opened = RwSignal::new(None::<Vec<usize>>);
    // A new range or filter makes a new set of marks: keep the focus on the same event.
    let focused_event = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        let m = marks.get();
        let wanted = focused_event
            .get_value()
            .or(state.with_untracked(|s| s.focus));
        let at = wanted.and_then(|e| m.iter().position(|mk| mk.events.contains(&e)));
        focus.set(at.or_else(|| focus.get_untracked().filter(|&f| f < m.len())));
        // A link to an event inside a cluster opens the cluster.
        let linked = state.with_untracked(|s| s.focus);
        let cluster = linked
            .and_then(|e| {
                m.iter()
                    .find(|mk| mk.is_cluster() && mk.events.contains(&e))
            })
            .map(|mk| mk.events.clone());
        opened.set(cluster);
    });
    let chart = NodeRef::<leptos::html::Div>::new();
    // Also called from an animation frame, which may come after the view is gone: then there
    // is no chart and nothing to measure.
    let measure = move || {
        if let Some(el) = chart.try_get_untracked().flatten() {
            let w = f64::from(el.client_width());
            if w > 0.0
                && width
                    .try_get_untracked()
                    .is_some_and(|d| (w - d).abs() > 1.0)
            {
                width.try_set(w);
            }
        }
    };
    Effect::new(move |_| {
        state.with(|s| s.list);
        request_animation_frame(measure);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let zoom_by = move |factor: f64, anchor: Option<f64>| {
        let r = range.get_untracked();
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
        let (a, b) = range.get_untracked();
        if mark.is_cluster() && last - first >= CLUSTER_OPEN_DAYS && b - a > state::MIN_VISIBLE_DAYS
        {
            focused_event.set_value(Some(mark.events[0]));
            set_range(fit_range(all, &mark.events));
        } else if mark.is_cluster() {
            opened.set(Some(mark.events.clone()));
            request_animation_frame(|| {
                if let Ok(Some(first)) = document().query_selector(".tl-cluster-list a") {
                    let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        } else if let Some(href) = event_href(&all[mark.events[0]]) {
            // Back from the reader returns to this event.
            let mut s = state.get_untracked();
            s.focus = Some(mark.events[0]);
            s.range = Some(range.get_untracked());
            go(s, false);
            nav.push(&href);
        }
    };
    let move_focus = move |to: usize| {
        opened.set(None);
        focus.set(Some(to));
        focused_event.set_value(marks.with_untracked(|m| m.get(to).map(|mk| mk.events[0])));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = marks.with_untracked(Vec::len);
        let current = focus.get_untracked();
        let r = range.get_untracked();
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
        let left = chart
            .get_untracked()
            .and_then(|el| viewport_left(&el))
            .unwrap_or_default();
        f64::from(client_x) - left - LANE_NAME_PX
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let focused = chart.get_untracked().is_some_and(|el| {
            document()
                .active_element()
                .is_some_and(|a| el.contains(Some(a.unchecked_ref())))
        });
        if !(focused || ev.ctrl_key()) || ev.delta_y() == 0.0 {
            return;
        }
        ev.prevent_default();
        let anchor = scale.get_untracked().day_at(x_in_chart(ev.client_x()));
        let factor = if ev.delta_y() < 0.0 {
            WHEEL_STEP
        } else {
            1.0 / WHEEL_STEP
        };
        zoom_by(factor, Some(anchor));
    };
    // Pointers pressed on the chart: drag to pan, two fingers to pinch.
    let pointers = StoredValue::new(Vec::<(i32, f64)>::new());
    let gesture_start = StoredValue::new(None::<(f64, f64, (i32, i32))>);
    let dragged = StoredValue::new(false);
    let restart_gesture = move || {
        let p = pointers.get_value();
        let start = match p.as_slice() {
            [(_, x)] => Some((*x, 0.0, range.get_untracked())),
            [(_, a), (_, b), ..] => Some(((a + b) / 2.0, (a - b).abs(), range.get_untracked())),
            [] => None,
        };
        gesture_start.set_value(start);
    };
    let on_pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        dragged.set_value(false);
        let x = x_in_chart(ev.client_x());
        pointers.update_value(|p| p.push((ev.pointer_id(), x)));
        restart_gesture();
    };
    let on_pointer_move = move |ev: leptos::ev::PointerEvent| {
        let x = x_in_chart(ev.client_x());
        let id = ev.pointer_id();
        let mut known = false;
        pointers.update_value(|p| {
            if let Some(entry) = p.iter_mut().find(|(pid, _)| *pid == id) {
                entry.1 = x;
                known = true;
            }
        });
        let Some((start_x, start_dist, start_range)) = gesture_start.get_value() else {
            return;
        };
        if !known {
            return;
        }
        let p = pointers.get_value();
        let s = scale.get_untracked();
        let days_per_px = f64::from(start_range.1 - start_range.0) / s.width.max(1.0);
        match p.as_slice() {
            [(_, x)] => {
                if (x - start_x).abs() > DRAG_THRESHOLD_PX {
                    dragged.set_value(true);
                }
                if dragged.get_value() {
                    let shift = -((x - start_x) * days_per_px).round() as i32;
                    set_range(panned(start_range, shift));
                }
            }
            [(_, a), (_, b), ..] if start_dist > 0.0 => {
                dragged.set_value(true);
                let dist = (a - b).abs().max(1.0);
                let anchor = f64::from(start_range.0) + start_x * days_per_px;
                set_range(zoomed(start_range, start_dist / dist, anchor));
            }
            _ => {}
        }
    };
    let on_pointer_up = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|p| p.retain(|(pid, _)| *pid != id));
        restart_gesture();
    };

    let visible_text = move || {
        let (a, b) = range.get();
        let f =
            |d: i32| crate::i18n::format_date(summit_core::extract::calendar::date_of_day(d), lang);
        format!("{} {} – {}", t.visible_range, f(a), f(b))
    };
    // A memo, so what follows the mode is drawn again only when the mode changes, not on every
    // change of range or focus.
    let list_mode = Memo::new(move |_| state.with(|s| s.list));
    let set_list = move |list: bool| {
        let mut s = state.get_untracked();
        s.list = list;
        go(s, true);
    };

    let detail = move || {
        let index = hovered.get().or_else(|| {
            focus
                .get()
                .and_then(|f| marks.with(|m| m.get(f).map(|mk| mk.events[0])))
        });
        let cluster = focus
            .get()
            .and_then(|f| marks.with(|m| m.get(f).cloned()))
            .filter(|m| m.is_cluster() && hovered.get().is_none());
        let linked = state.with(|s| s.focus);
        match (opened.get(), cluster, index) {
            (Some(evs), _, _) => {
                let items = evs
                    .iter()
                    .map(|&i| {
                        let e = &all[i];
                        let text = format!("{} · {}", event_date(e, lang), event_label(e, lang));
                        let current = (linked == Some(i)).then_some("true");
                        match event_href(e) {
                            Some(h) => view! { <li><a href=h data-testid="timeline-cluster-item" aria-current=current>{text}</a></li> }.into_any(),
                            None => view! { <li data-testid="timeline-cluster-item">{text}</li> }.into_any(),
                        }
                    })
                    .collect_view();
                view! {
                    <p class="tl-detail-title" data-testid="timeline-detail-title">{format!("{} {}", evs.len(), t.events_many)}</p>
                    <ul class="tl-cluster-list">{items}</ul>
                }
                .into_any()
            }
            (None, Some(mark), _) => view! {
                <p class="tl-detail-title" data-testid="timeline-detail-title">{mark_text(&mark, all, lang)}</p>
                <p class="tl-detail-hint">{t.cluster_hint}</p>
            }
            .into_any(),
            (None, None, Some(i)) => {
                let e = &all[i];
                let href = event_href(e);
                let letter = e
                    .place
                    .as_ref()
                    .and_then(|p| c.letters.get(p.letter as usize))
                    .map(|l| l.title.value.clone());
                view! {
                    <p class="tl-detail-title" data-testid="timeline-detail-title">
                        <span class="tl-detail-date">{event_date(e, lang)}</span>" · "{event_label(e, lang)}
                    </p>
                    {event_sentence(e).map(|s| view! { <blockquote class="tl-detail-sentence">{s}</blockquote> })}
                    <p class="tl-detail-meta">
                        {lane_name(e.lane, t)}" · "{tense_name(e.tense, t)}
                        {letter.map(|l| view! { " · " <span>{l}</span> })}
                        {href.map(|h| view! { " · " <a href=h data-testid="timeline-open">{t.open_in_letter}</a> })}
                    </p>
                }
                .into_any()
            }
            (None, None, None) => view! { <p class="tl-detail-hint">{t.timeline_choose}</p> }.into_any(),
        }
    };

    let lanes_px = LANE_PX * Lane::ALL.len() as f64;
    let height = AXIS_PX + lanes_px;
    let svg_body = move || {
        let s = scale.get();
        let focus_now = focus.get();
        let tick_views = ticks(s, short_months(lang))
            .into_iter()
            .map(|tk| {
                let x = s.x(tk.day);
                view! {
                    <g class="tl-tick">
                        <line x1=px(x) x2=px(x) y1=px(AXIS_PX - 6.0) y2=px(height) />
                        <text x=px(x + 3.0) y=px(AXIS_PX - 10.0)>{tk.text}</text>
                    </g>
                }
            })
            .collect_view();
        let lane_views = Lane::ALL
            .iter()
            .enumerate()
            .map(|(row, lane)| {
                let y = AXIS_PX + row as f64 * LANE_PX;
                view! {
                    <g class=format!("tl-lane tl-lane--{}", lane.slug())>
                        <rect class="tl-lane-band" x=0 y=px(y) width=px(s.width) height=px(LANE_PX) />
                        <text class="tl-lane-name" x=6 y=px(y + 13.0)>{lane_name(*lane, t)}</text>
                    </g>
                }
            })
            .collect_view();
        let mark_views = marks
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, mark)| {
                let row = Lane::ALL.iter().position(|l| *l == mark.lane).unwrap_or(0);
                let y = AXIS_PX + row as f64 * LANE_PX + 42.0;
                let first = &all[mark.events[0]];
                let matched_here = mark.events.iter().any(|&e| is_match(&all[e]));
                let mut class = format!("tl-mark tl-mark--{}", first.tense.slug());
                if mark.is_cluster() {
                    class.push_str(" tl-cluster");
                }
                if focus_now == Some(i) {
                    class.push_str(" is-focused");
                }
                if matched_here {
                    class.push_str(" is-match");
                }
                let bar = (mark.x_end - mark.x > 3.0).then(|| {
                    view! { <rect class="tl-bar" x=px(mark.x) y=px(y - 3.0) width=px(mark.x_end - mark.x) height=6 rx=3 /> }
                });
                let label = if mark.is_cluster() {
                    view! {
                        <circle class="tl-badge" cx=px(mark.x + 12.0) cy=px(y) r=11 />
                        <text class="tl-count" x=px(mark.x + 12.0) y=px(y + 4.0) text-anchor="middle">{mark.events.len()}</text>
                    }
                    .into_any()
                } else {
                    view! {
                        <circle class="tl-dot" cx=px(mark.x) cy=px(y) r=5 />
                        <text class="tl-label" x=px(mark.x + 8.0) y=px(y - 9.0)>{drawn_label(&event_label(first, lang))}</text>
                    }
                    .into_any()
                };
                let test_label = mark_text(&mark, all, lang);
                let event_index = mark.events[0];
                view! {
                    <g class=class data-testid="timeline-mark" data-label=test_label
                        on:mouseenter=move |_| hovered.set(Some(event_index))
                        on:mouseleave=move |_| hovered.set(None)
                        on:click=move |_| {
                            if !dragged.get_value() {
                                move_focus(i);
                                activate(i);
                            }
                        }>
                        {bar}
                        {label}
                    </g>
                }
            })
            .collect_view();
        view! {
            {lane_views}
            {tick_views}
            {mark_views}
        }
    };

    let zoom_label = move |what: &'static str| move || format!("{what} ({})", visible_text());
    // The chart is drawn once per switch to chart mode; only its parts follow the range, so the
    // element with the keyboard focus stays the same element while a person zooms and pans.
    let chart_view = move || {
        view! {
            <div class="tl-chart-wrap">
                <div class="tl-edges">
                    <button type="button" class="tl-edge" data-testid="timeline-earlier"
                        disabled=move || off_chart.get().0 == 0
                        on:click=move |_| {
                            let r = range.get_untracked();
                            let earlier: Vec<usize> = shown.with_untracked(|v| v.iter().copied().filter(|&i| all[i].last_day < r.0).collect());
                            if let Some(&last) = earlier.last() {
                                let len = r.1 - r.0;
                                let end = all[last].last_day + len / 10;
                                set_range((end - len, end));
                            }
                        }>{move || format!("← {} {}", off_chart.get().0, t.earlier)}</button>
                    <span class="tl-range" data-testid="timeline-range">{visible_text}</span>
                    <button type="button" class="tl-edge" data-testid="timeline-later"
                        disabled=move || off_chart.get().1 == 0
                        on:click=move |_| {
                            let r = range.get_untracked();
                            let later = shown.with_untracked(|v| v.iter().copied().find(|&i| all[i].first_day > r.1));
                            if let Some(first) = later {
                                let len = r.1 - r.0;
                                let start = all[first].first_day - len / 10;
                                set_range((start, start + len));
                            }
                        }>{move || format!("{} {} →", off_chart.get().1, t.later)}</button>
                </div>
                <div class="tl-chart" node_ref=chart tabindex="0" role="group" data-testid="timeline-chart"
                    aria-label=move || format!("{} ({})", t.timeline_chart_label, visible_text())
                    aria-describedby="tl-detail"
                    on:keydown=on_key
                    on:wheel=on_wheel
                    on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move
                    on:pointerup=on_pointer_up
                    on:pointercancel=on_pointer_up
                    on:pointerleave=on_pointer_up
                    on:focus=move |_| {
                        if focus.get_untracked().is_none() && marks.with_untracked(|m| !m.is_empty()) {
                            move_focus(0);
                        }
                    }>
                    <svg class="tl-svg" aria-hidden="true" width=move || px(width.get()) height=px(height)
                        viewBox=move || format!("0 0 {} {}", px(width.get()), px(height))>
                        {svg_body}
                    </svg>
                </div>
                <div class="tl-detail" id="tl-detail" aria-live="polite" data-testid="timeline-detail">
                    {detail}
                </div>
            </div>
        }
    };

    view! {
        <section class="timeline" data-testid="timeline">
            <h1>{t.nav_timeline}</h1>
            <p class="tl-intro">{t.timeline_intro}</p>
            <div class="tl-toolbar">
                <div class="tl-display" role="group" aria-label=t.timeline_display>
                    <button type="button" data-testid="timeline-show-chart"
                        aria-pressed=move || if list_mode.get() { "false" } else { "true" }
                        on:click=move |_| set_list(false)>{t.show_chart}</button>
                    <button type="button" data-testid="timeline-show-list"
                        aria-pressed=move || if list_mode.get() { "true" } else { "false" }
                        on:click=move |_| set_list(true)>{t.show_list}</button>
                </div>
                <div class="tl-zoom" role="group" aria-label=t.zoom_in hidden=list_mode>
                    <button type="button" data-testid="timeline-zoom-out" aria-label=zoom_label(t.zoom_out)
                        on:click=move |_| zoom_by(1.0 / ZOOM_STEP, None)>"−"</button>
                    <button type="button" data-testid="timeline-zoom-in" aria-label=zoom_label(t.zoom_in)
                        on:click=move |_| zoom_by(ZOOM_STEP, None)>"+"</button>
                    <button type="button" data-testid="timeline-fit" aria-label=zoom_label(t.fit_all)
                        on:click=move |_| set_range(shown.with_untracked(|v| fit_range(all, v)))>{t.fit_all}</button>
                </div>
            </div>
            <div class="tl-filters">
                {filters(state, go, c, lang)}
                <label for="tl-query">{t.timeline_search}</label>
                <input id="tl-query" type="search" data-testid="timeline-query"
                    prop:value=move || state.with(|s| s.query.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let mut s = state.get_untracked();
                        let q = event_target_value(&ev);
                        s.query = (!q.trim().is_empty()).then_some(q);
                        go(s, true);
                    }/>
                <span class="tl-count-line" data-testid="timeline-count" role="status">
                    {move || {
                        let n = shown.with(Vec::len);
                        match match_count.get() {
                            Some(m) => format!("{n} {} · {m} {}", t.events_many, t.events_matching),
                            None => format!("{n} {}", t.events_many),
                        }
                    }}
                </span>
            </div>
            {move || (!list_mode.get()).then(|| untrack(chart_view))}
            <div class=move || if list_mode.get() { "tl-list-wrap" } else { "tl-list-wrap print-only" }>
                {move || view! { <EventList shown=shown.get() is_match=Callback::new(move |i: usize| is_match(&all[i]))/> }}
            </div>
        </section>
    }
    .into_any()
}
