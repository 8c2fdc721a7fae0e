//! The timeline as first drawn: its heading, tools, filters, the chart's frame with its (empty)
//! edges, chart and detail panel, and the (empty) list; [`super::render`] fills and updates the
//! rest. Every control carries its named action.

use super::filters;
use crate::i18n::Lang;
use crate::markup::{action, el, el_text, Attr};
use summit_core::model::Corpus;

/// A button of the toolbar.
const BUTTON: Attr = Attr::Fixed("type=\"button\"");

/// The view's markup as first drawn.
pub(super) fn skeleton(c: &Corpus, lang: Lang) -> String {
    let t = lang.t();
    let mut o = String::new();
    el_text(&mut o, "h1", &[], t.nav_timeline);
    el_text(
        &mut o,
        "p",
        &[Attr::Fixed("class=\"tl-intro\"")],
        t.timeline_intro,
    );
    el(
        &mut o,
        "div",
        &[Attr::Fixed("class=\"tl-toolbar\"")],
        &mut |o| {
            let display = [
                Attr::Fixed("class=\"tl-display\" role=\"group\""),
                Attr::Value("aria-label", t.timeline_display),
            ];
            el(o, "div", &display, &mut |o| {
                let chart = [
                    BUTTON,
                    Attr::Fixed("data-testid=\"timeline-show-chart\""),
                    Attr::Action(action::SHOW_CHART),
                ];
                el_text(o, "button", &chart, t.show_chart);
                let list = [
                    BUTTON,
                    Attr::Fixed("data-testid=\"timeline-show-list\""),
                    Attr::Action(action::SHOW_LIST),
                ];
                el_text(o, "button", &list, t.show_list);
            });
            let zoom = [
                Attr::Fixed("class=\"tl-zoom\" role=\"group\""),
                Attr::Value("aria-label", t.zoom_in),
            ];
            el(o, "div", &zoom, &mut |o| {
                let out = [
                    BUTTON,
                    Attr::Fixed("data-testid=\"timeline-zoom-out\""),
                    Attr::Action(action::ZOOM_OUT),
                ];
                el_text(o, "button", &out, "−");
                let zoom_in = [
                    BUTTON,
                    Attr::Fixed("data-testid=\"timeline-zoom-in\""),
                    Attr::Action(action::ZOOM_IN),
                ];
                el_text(o, "button", &zoom_in, "+");
                let fit = [
                    BUTTON,
                    Attr::Fixed("data-testid=\"timeline-fit\""),
                    Attr::Action(action::FIT_ALL),
                ];
                el_text(o, "button", &fit, t.fit_all);
            });
        },
    );
    el(
        &mut o,
        "div",
        &[Attr::Fixed("class=\"tl-filters\"")],
        &mut |o| {
            o.push_str(&filters::markup(c, lang));
        },
    );
    el(
        &mut o,
        "div",
        &[Attr::Fixed("class=\"tl-chart-wrap\"")],
        &mut |o| {
            el(o, "div", &[Attr::Fixed("class=\"tl-edges\"")], &mut |o| {
                let earlier = [
                    BUTTON,
                    Attr::Fixed("class=\"tl-edge\" data-testid=\"timeline-earlier\""),
                    Attr::Action(action::EARLIER),
                ];
                el_text(o, "button", &earlier, "");
                let range = [Attr::Fixed(
                    "class=\"tl-range\" data-testid=\"timeline-range\"",
                )];
                el_text(o, "span", &range, "");
                let later = [
                    BUTTON,
                    Attr::Fixed("class=\"tl-edge\" data-testid=\"timeline-later\""),
                    Attr::Action(action::LATER),
                ];
                el_text(o, "button", &later, "");
            });
            let chart = [Attr::Fixed(
                "class=\"tl-chart\" tabindex=\"0\" role=\"group\" data-testid=\"timeline-chart\" \
             aria-describedby=\"tl-detail\"",
            )];
            el_text(o, "div", &chart, "");
            let detail = [Attr::Fixed(
                "class=\"tl-detail\" id=\"tl-detail\" aria-live=\"polite\" \
             data-testid=\"timeline-detail\"",
            )];
            el_text(o, "div", &detail, "");
        },
    );
    let list = [Attr::Fixed("class=\"tl-list-wrap print-only\"")];
    el_text(&mut o, "div", &list, "");
    o
}
