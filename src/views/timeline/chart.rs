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
use crate::markup::{link, number, text};
use summit_core::extract::{Event, Lane};
use summit_core::model::Corpus;
use wasm_bindgen::JsCast;

/// Height of the chart, in pixels.
pub(super) const HEIGHT_PX: f64 = AXIS_PX + LANE_PX * Lane::ALL.len() as f64;

/// Appends ` name="v"` with `v` in whole pixels (integers keep float formatting out of the wasm).
fn num(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    number(out, v.round() as i64);
    out.push('"');
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
    o.push_str("<svg class=\"tl-svg\" aria-hidden=\"true\"");
    num(&mut o, "width", width);
    num(&mut o, "height", HEIGHT_PX);
    o.push_str(" viewBox=\"0 0 ");
    number(&mut o, width.round() as i64);
    o.push(' ');
    number(&mut o, HEIGHT_PX as i64);
    o.push_str("\">");
    for (row, lane) in Lane::ALL.iter().enumerate() {
        let y = AXIS_PX + row as f64 * LANE_PX;
        o.push_str("<g class=\"tl-lane tl-lane--");
        o.push_str(lane.slug());
        o.push_str("\"><rect class=\"tl-lane-band\" x=\"0\"");
        num(&mut o, "y", y);
        num(&mut o, "width", s.width);
        num(&mut o, "height", LANE_PX);
        o.push_str("/><text class=\"tl-lane-name\" x=\"6\"");
        num(&mut o, "y", y + 13.0);
        o.push('>');
        text(&mut o, lane_name(*lane, t));
        o.push_str("</text></g>");
    }
    for tk in ticks(s, short_months(lang)) {
        let x = s.x(tk.day);
        o.push_str("<g class=\"tl-tick\"><line");
        num(&mut o, "x1", x);
        num(&mut o, "x2", x);
        num(&mut o, "y1", AXIS_PX - 6.0);
        num(&mut o, "y2", HEIGHT_PX);
        o.push_str("/><text");
        num(&mut o, "x", x + 3.0);
        num(&mut o, "y", AXIS_PX - 10.0);
        o.push('>');
        text(&mut o, &tk.text);
        o.push_str("</text></g>");
    }
    for (i, mark) in marks.iter().enumerate() {
        let row = Lane::ALL.iter().position(|l| *l == mark.lane).unwrap_or(0);
        let y = AXIS_PX + row as f64 * LANE_PX + 42.0;
        let first = &all[mark.events[0]];
        o.push_str("<g class=\"tl-mark tl-mark--");
        o.push_str(first.tense.slug());
        if mark.is_cluster() {
            o.push_str(" tl-cluster");
        }
        if focus == Some(i) {
            o.push_str(" is-focused");
        }
        if mark.events.iter().any(|&e| is_match(e)) {
            o.push_str(" is-match");
        }
        o.push_str("\" data-testid=\"timeline-mark\"");
        crate::markup::attr(&mut o, "data-label", &mark_text(mark, all, lang));
        num(&mut o, "data-i", i as f64);
        o.push('>');
        if mark.x_end - mark.x > 3.0 {
            o.push_str("<rect class=\"tl-bar\"");
            num(&mut o, "x", mark.x);
            num(&mut o, "y", y - 3.0);
            num(&mut o, "width", mark.x_end - mark.x);
            o.push_str(" height=\"6\" rx=\"3\"/>");
        }
        if mark.is_cluster() {
            o.push_str("<circle class=\"tl-badge\"");
            num(&mut o, "cx", mark.x + 12.0);
            num(&mut o, "cy", y);
            o.push_str(" r=\"11\"/><text class=\"tl-count\"");
            num(&mut o, "x", mark.x + 12.0);
            num(&mut o, "y", y + 4.0);
            o.push_str(" text-anchor=\"middle\">");
            number(&mut o, mark.events.len() as i64);
        } else {
            o.push_str("<circle class=\"tl-dot\"");
            num(&mut o, "cx", mark.x);
            num(&mut o, "cy", y);
            o.push_str(" r=\"5\"/><text class=\"tl-label\"");
            num(&mut o, "x", mark.x + 8.0);
            num(&mut o, "y", y - 9.0);
            o.push('>');
            text(&mut o, &drawn_label(&event_label(first, lang)));
        }
        o.push_str("</text></g>");
    }
    o.push_str("</svg>");
    o
}

/// The start of the detail panel's title.
const TITLE: &str = "<p class=\"tl-detail-title\" data-testid=\"timeline-detail-title\">";

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
        o.push_str(TITLE);
        number(&mut o, evs.len() as i64);
        o.push(' ');
        text(&mut o, t.events_many);
        o.push_str("</p><ul class=\"tl-cluster-list\">");
        for &i in evs {
            let Some(e) = all.get(i) else { continue };
            let mut label = event_date(e, lang);
            label.push_str(" · ");
            label.push_str(&event_label(e, lang));
            match event_href(e) {
                Some(h) => {
                    o.push_str("<li>");
                    let extra = if linked == Some(i) {
                        " data-testid=\"timeline-cluster-item\" aria-current=\"true\""
                    } else {
                        " data-testid=\"timeline-cluster-item\""
                    };
                    link(&mut o, &h, extra, &label);
                }
                None => {
                    o.push_str("<li data-testid=\"timeline-cluster-item\">");
                    text(&mut o, &label);
                }
            }
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    } else if let Some(mark) = focused.filter(|m| m.is_cluster() && hovered.is_none()) {
        o.push_str(TITLE);
        text(&mut o, &mark_text(mark, all, lang));
        o.push_str("</p><p class=\"tl-detail-hint\">");
        text(&mut o, t.cluster_hint);
        o.push_str("</p>");
    } else if let Some(e) = hovered
        .or_else(|| focused.map(|m| m.events[0]))
        .and_then(|i| all.get(i))
    {
        o.push_str(TITLE);
        o.push_str("<span class=\"tl-detail-date\">");
        text(&mut o, &event_date(e, lang));
        o.push_str("</span> · ");
        text(&mut o, &event_label(e, lang));
        o.push_str("</p>");
        if let Some(s) = event_sentence(e) {
            o.push_str("<blockquote class=\"tl-detail-sentence\">");
            text(&mut o, s);
            o.push_str("</blockquote>");
        }
        o.push_str("<p class=\"tl-detail-meta\">");
        text(&mut o, lane_name(e.lane, t));
        o.push_str(" · ");
        text(&mut o, tense_name(e.tense, t));
        if let Some(title) = letter_title(e, c) {
            o.push_str(" · <span>");
            text(&mut o, title);
            o.push_str("</span>");
        }
        if let Some(h) = event_href(e) {
            o.push_str(" · ");
            link(
                &mut o,
                &h,
                " data-testid=\"timeline-open\"",
                t.open_in_letter,
            );
        }
        o.push_str("</p>");
    } else {
        o.push_str("<p class=\"tl-detail-hint\">");
        text(&mut o, t.timeline_choose);
        o.push_str("</p>");
    }
    o
}
