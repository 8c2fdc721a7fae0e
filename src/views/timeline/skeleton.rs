//! The timeline as first drawn: its heading, tools, filters, the chart's frame with its (empty)
//! edges, chart and detail panel, and the (empty) list; [`super::render`] fills and updates the
//! rest. Every control carries its named action.

use super::filters;
use crate::i18n::Lang;
use crate::markup::{action, el, el_text, Attr};
use summit_core::model::Corpus;

/// The view's markup as first drawn.
pub(super) fn skeleton(c: &Corpus, lang: Lang) -> String {
    let t = lang.t();
    let mut o = String::new();
    el_text(&mut o, "h1", &[], t.nav_timeline);
    el_text(&mut o, "p class=\"tl-intro\"", &[], t.timeline_intro);
    el(&mut o, "div class=\"tl-toolbar\"", &[], &mut |o| {
        let display = [Attr::Value("aria-label", t.timeline_display)];
        el(
            o,
            "div class=\"tl-display\" role=\"group\"",
            &display,
            &mut |o| {
                el_text(
                    o,
                    "button type=\"button\" data-testid=\"timeline-show-chart\"",
                    &[Attr::Action(action::SHOW_CHART)],
                    t.show_chart,
                );
                el_text(
                    o,
                    "button type=\"button\" data-testid=\"timeline-show-list\"",
                    &[Attr::Action(action::SHOW_LIST)],
                    t.show_list,
                );
            },
        );
        let zoom = [Attr::Value("aria-label", t.zoom_in)];
        el(o, "div class=\"tl-zoom\" role=\"group\"", &zoom, &mut |o| {
            el_text(
                o,
                "button type=\"button\" data-testid=\"timeline-zoom-out\"",
                &[Attr::Action(action::ZOOM_OUT)],
                "−",
            );
            el_text(
                o,
                "button type=\"button\" data-testid=\"timeline-zoom-in\"",
                &[Attr::Action(action::ZOOM_IN)],
                "+",
            );
            el_text(
                o,
                "button type=\"button\" data-testid=\"timeline-fit\"",
                &[Attr::Action(action::FIT_ALL)],
                t.fit_all,
            );
        });
    });
    el(&mut o, "div class=\"tl-filters\"", &[], &mut |o| {
        o.push_str(&filters::markup(c, lang));
    });
    el(&mut o, "div class=\"tl-chart-wrap\"", &[], &mut |o| {
        el(o, "div class=\"tl-edges\"", &[], &mut |o| {
            el_text(
                o,
                "button type=\"button\" class=\"tl-edge\" data-testid=\"timeline-earlier\"",
                &[Attr::Action(action::EARLIER)],
                "",
            );
            el_text(
                o,
                "span class=\"tl-range\" data-testid=\"timeline-range\"",
                &[],
                "",
            );
            el_text(
                o,
                "button type=\"button\" class=\"tl-edge\" data-testid=\"timeline-later\"",
                &[Attr::Action(action::LATER)],
                "",
            );
        });
        let chart = "div class=\"tl-chart\" tabindex=\"0\" role=\"group\" \
                     data-testid=\"timeline-chart\" aria-describedby=\"tl-detail\"";
        el_text(o, chart, &[], "");
        let detail = "div class=\"tl-detail\" id=\"tl-detail\" aria-live=\"polite\" \
                      data-testid=\"timeline-detail\"";
        el_text(o, detail, &[], "");
    });
    el_text(&mut o, "div class=\"tl-list-wrap print-only\"", &[], "");
    o
}
