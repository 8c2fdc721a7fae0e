//! The chart and the detail panel written as markup: the chart is redrawn as a whole on every
//! zoom, pan or move of the focus, and the panel on every hover, so both are one HTML string set
//! on their container; the chart's pointer and click handling is delegated to that container,
//! which finds the mark by its `data-i` (its index among the marks).

use super::events::{
    event_href, event_label, event_sentence, lane_name, letter_title, mark_text, tense_name,
};
use super::layout::{drawn_label, ticks, Mark, Scale};
use super::{AXIS_PX, LANE_PX};
use crate::i18n::Lang;
use crate::labels::{event_date, short_months};
use crate::markup::{action, el, el_text, link, number, text, Attr};
use summit_core::extract::{Event, Lane};
use summit_core::model::Corpus;
use wasm_bindgen::JsCast;

/// Height of the chart, in pixels.
pub(super) const HEIGHT_PX: f64 = AXIS_PX + LANE_PX * Lane::ALL.len() as f64;

/// `name="v"` with `v` in whole pixels (integers keep float formatting out of the wasm).
fn px(name: &'static str, v: f64) -> Attr<'static> {
    Attr::Number(name, v.round() as i64)
}

/// The index of the mark an event happened on (its `data-i`), if any.
pub(super) fn mark_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-i]")
        .ok()??
        .get_attribute("data-i")?
        .parse()
        .ok()
}

/// The chart `width` pixels wide: lane bands, the time axis and the marks (the one at `focus`
/// drawn as focused, those with a paragraph that `is_match` marked).
pub(super) fn svg(
    all: &[Event],
    marks: &[Mark],
    s: Scale,
    width: f64,
    focus: Option<usize>,
    is_match: &dyn Fn(usize) -> bool,
    lang: Lang,
) -> String {
    let t = lang.t();
    let mut o = String::with_capacity(16 * 1024);
    let mut view_box = String::from("0 0 ");
    number(&mut view_box, width.round() as i64);
    view_box.push(' ');
    number(&mut view_box, HEIGHT_PX as i64);
    let svg = [
        px("width", width),
        px("height", HEIGHT_PX),
        Attr::Value("viewBox", &view_box),
    ];
    el(
        &mut o,
        "svg class=\"tl-svg\" aria-hidden=\"true\"",
        &svg,
        &mut |o| {
            for (row, lane) in Lane::ALL.iter().enumerate() {
                let y = AXIS_PX + row as f64 * LANE_PX;
                let mut class = String::from("tl-lane tl-lane--");
                class.push_str(lane.slug());
                el(o, "g", &[Attr::Value("class", &class)], &mut |o| {
                    let band = [px("y", y), px("width", s.width), px("height", LANE_PX)];
                    el(o, "rect class=\"tl-lane-band\" x=\"0\"", &band, &mut |_| {});
                    let name = [px("y", y + 13.0)];
                    el_text(
                        o,
                        "text class=\"tl-lane-name\" x=\"6\"",
                        &name,
                        lane_name(*lane, t),
                    );
                });
            }
            for tk in ticks(s, short_months(lang)) {
                let x = s.x(tk.day);
                el(o, "g class=\"tl-tick\"", &[], &mut |o| {
                    let line = [
                        px("x1", x),
                        px("x2", x),
                        px("y1", AXIS_PX - 6.0),
                        px("y2", HEIGHT_PX),
                    ];
                    el(o, "line", &line, &mut |_| {});
                    let label = [px("x", x + 3.0), px("y", AXIS_PX - 10.0)];
                    el_text(o, "text", &label, &tk.text);
                });
            }
            for (i, mark) in marks.iter().enumerate() {
                draw_mark(o, all, mark, i, focus == Some(i), is_match, lang);
            }
        },
    );
    o
}

/// Writes mark `i` of the chart: a bar for its span, and a dot with its label or (a cluster) a
/// badge with its count.
fn draw_mark(
    o: &mut String,
    all: &[Event],
    mark: &Mark,
    i: usize,
    focused: bool,
    is_match: &dyn Fn(usize) -> bool,
    lang: Lang,
) {
    let row = Lane::ALL.iter().position(|l| *l == mark.lane).unwrap_or(0);
    let y = AXIS_PX + row as f64 * LANE_PX + 42.0;
    let first = &all[mark.events[0]];
    let mut class = String::from("tl-mark tl-mark--");
    class.push_str(first.tense.slug());
    if mark.is_cluster() {
        class.push_str(" tl-cluster");
    }
    if focused {
        class.push_str(" is-focused");
    }
    if mark.events.iter().any(|&e| is_match(e)) {
        class.push_str(" is-match");
    }
    let label = mark_text(mark, all, lang);
    let g = [
        Attr::Value("class", &class),
        Attr::Action(action::OPEN_MARK),
        Attr::Value("data-label", &label),
        Attr::Number("data-i", i as i64),
    ];
    el(o, "g data-testid=\"timeline-mark\"", &g, &mut |o| {
        if mark.x_end - mark.x > 3.0 {
            let bar = [
                px("x", mark.x),
                px("y", y - 3.0),
                px("width", mark.x_end - mark.x),
            ];
            el(
                o,
                "rect class=\"tl-bar\" height=\"6\" rx=\"3\"",
                &bar,
                &mut |_| {},
            );
        }
        if mark.is_cluster() {
            let badge = [px("cx", mark.x + 12.0), px("cy", y)];
            el(o, "circle class=\"tl-badge\" r=\"11\"", &badge, &mut |_| {});
            let count = [px("x", mark.x + 12.0), px("y", y + 4.0)];
            el(
                o,
                "text class=\"tl-count\" text-anchor=\"middle\"",
                &count,
                &mut |o| number(o, mark.events.len() as i64),
            );
        } else {
            let dot = [px("cx", mark.x), px("cy", y)];
            el(o, "circle class=\"tl-dot\" r=\"5\"", &dot, &mut |_| {});
            let name = [px("x", mark.x + 8.0), px("y", y - 9.0)];
            el_text(
                o,
                "text class=\"tl-label\"",
                &name,
                &drawn_label(&event_label(first, lang)),
            );
        }
    });
}

/// The start tag of the detail panel's title.
const TITLE: &str = "p class=\"tl-detail-title\" data-testid=\"timeline-detail-title\"";
/// The start tag of a hint of the detail panel.
const HINT: &str = "p class=\"tl-detail-hint\"";

/// What the detail panel says: the events of an `opened` cluster as links (the `linked` one
/// current), else the cluster in focus, else the event under the pointer (`hovered`) or in
/// focus with its sentence, lane, tense, letter and link, else how to choose one.
#[allow(clippy::too_many_arguments)]
pub(super) fn detail(
    all: &[Event],
    c: &Corpus,
    marks: &[Mark],
    hovered: Option<usize>,
    focus: Option<usize>,
    opened: Option<&[usize]>,
    linked: Option<usize>,
    lang: Lang,
) -> String {
    let t = lang.t();
    let mut o = String::new();
    let focused = focus.and_then(|f| marks.get(f));
    if let Some(evs) = opened {
        el(&mut o, TITLE, &[], &mut |o| {
            number(o, evs.len() as i64);
            o.push(' ');
            text(o, t.events_many);
        });
        el(&mut o, "ul class=\"tl-cluster-list\"", &[], &mut |o| {
            for &i in evs {
                let Some(e) = all.get(i) else { continue };
                let mut label = event_date(e, lang);
                label.push_str(" · ");
                label.push_str(&event_label(e, lang));
                let item = Attr::Fixed("data-testid=\"timeline-cluster-item\"");
                match event_href(e) {
                    Some(h) => el(o, "li", &[], &mut |o| {
                        let current = Attr::Fixed(match linked == Some(i) {
                            true => "aria-current=\"true\"",
                            false => "",
                        });
                        link(o, &h, "", &[item, current], &label);
                    }),
                    None => el_text(o, "li", &[item], &label),
                }
            }
        });
    } else if let Some(mark) = focused.filter(|m| m.is_cluster() && hovered.is_none()) {
        el_text(&mut o, TITLE, &[], &mark_text(mark, all, lang));
        el_text(&mut o, HINT, &[], t.cluster_hint);
    } else if let Some(e) = hovered
        .or_else(|| focused.map(|m| m.events[0]))
        .and_then(|i| all.get(i))
    {
        el(&mut o, TITLE, &[], &mut |o| {
            el_text(
                o,
                "span class=\"tl-detail-date\"",
                &[],
                &event_date(e, lang),
            );
            o.push_str(" · ");
            text(o, &event_label(e, lang));
        });
        if let Some(s) = event_sentence(e) {
            el_text(&mut o, "blockquote class=\"tl-detail-sentence\"", &[], s);
        }
        el(&mut o, "p class=\"tl-detail-meta\"", &[], &mut |o| {
            text(o, lane_name(e.lane, t));
            o.push_str(" · ");
            text(o, tense_name(e.tense, t));
            if let Some(title) = letter_title(e, c) {
                o.push_str(" · ");
                el_text(o, "span", &[], title);
            }
            if let Some(h) = event_href(e) {
                o.push_str(" · ");
                link(
                    o,
                    &h,
                    "data-testid=\"timeline-open\"",
                    &[],
                    t.open_in_letter,
                );
            }
        });
    } else {
        el_text(&mut o, HINT, &[], t.timeline_choose);
    }
    o
}
