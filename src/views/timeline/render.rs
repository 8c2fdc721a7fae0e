//! What follows the timeline's state on the page: the marks keep the focus on the same event,
//! the chart, the detail panel and the list are written anew when what they show changes, and
//! the controls show the state (the pressed display, what is hidden, the zoom buttons' and the
//! chart's names, the events off the chart, the filters and the count).

use super::model::Model;
use super::{chart, filters, list};
use crate::markup::{action, number, template};
use leptos::prelude::*;

/// Keeps the focus on the same event when a new range or filter makes a new set of marks, and
/// opens the cluster that holds an event a link points at.
pub(super) fn keep_focus(m: Model) {
    Effect::new(move |_| {
        let marks = m.marks.get();
        let linked = untrack(|| m.state()).focus;
        let wanted = m.focused_event.get_untracked().or(linked);
        let at = wanted.and_then(|e| marks.iter().position(|mk| mk.events.contains(&e)));
        m.focus
            .set(at.or_else(|| m.focus.get_untracked().filter(|&f| f < marks.len())));
        // A link to an event inside a cluster opens the cluster.
        m.opened.set(linked.filter(|e| {
            marks
                .iter()
                .any(|mk| mk.is_cluster() && mk.events.contains(e))
        }));
    });
}

/// Writes the chart, the detail panel and the list into their containers whenever they change.
pub(super) fn draw(m: Model) {
    let (all, lang) = (m.all, m.lang);
    let detail = Memo::new(move |_| {
        let (h, f, linked) = (m.hovered.get(), m.focus.get(), m.state().focus);
        let o = m.opened.get();
        m.marks.with(|marks| {
            let open = o.and_then(|e| {
                marks
                    .iter()
                    .find(|mk| mk.is_cluster() && mk.events.contains(&e))
            });
            chart::detail(
                all,
                m.corpus,
                marks,
                h,
                f,
                open.map(|mk| mk.events.as_slice()),
                linked,
                lang,
            )
        })
    });
    let svg = Memo::new(move |_| {
        let (s, f, w) = (m.scale(), m.focus.get(), m.width_px());
        m.marks
            .with(|marks| chart::svg(all, marks, s, w, f, &|i| m.is_match(i), lang))
    });
    let list = Memo::new(move |_| {
        m.shown
            .with(|v| list::list(all, m.corpus, v, &|i| m.is_match(i), lang))
    });
    for (selector, html) in [
        (".tl-chart", svg),
        (".tl-detail", detail),
        (".tl-list-wrap", list),
    ] {
        Effect::new(move |_| {
            let html = html.get();
            m.root.track();
            if let Some(el) = m.part(selector) {
                template::set_content(&el, &html);
            }
        });
    }
}

/// Sets the controls from the state.
pub(super) fn show_state(m: Model) {
    let t = m.lang.t();
    Effect::new(move |_| {
        m.root.track();
        let list = m.state().list;
        let by_action = |what: &str| m.part(&action::selector(what));
        let set = |el: Option<web_sys::Element>, name: &str, value: &str| {
            if let Some(el) = el {
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
            if let Some(el) = m.part(selector) {
                flag(&el, "hidden", hidden);
            }
        };
        let pressed = |on: bool| if on { "true" } else { "false" };
        set(
            by_action(action::SHOW_CHART),
            "aria-pressed",
            pressed(!list),
        );
        set(by_action(action::SHOW_LIST), "aria-pressed", pressed(list));
        hide(".tl-zoom", list);
        hide(".tl-chart-wrap", list);
        let wrap = if list {
            "tl-list-wrap"
        } else {
            "tl-list-wrap print-only"
        };
        set(m.part(".tl-list-wrap"), "class", wrap);
        let visible = m.visible_text();
        let named = |what: &str| {
            let mut s = String::from(what);
            s.push_str(" (");
            s.push_str(&visible);
            s.push(')');
            s
        };
        set(
            by_action(action::ZOOM_OUT),
            "aria-label",
            &named(t.zoom_out),
        );
        set(by_action(action::ZOOM_IN), "aria-label", &named(t.zoom_in));
        set(by_action(action::FIT_ALL), "aria-label", &named(t.fit_all));
        set(
            m.part(".tl-chart"),
            "aria-label",
            &named(t.timeline_chart_label),
        );
        if let Some(el) = m.part(".tl-range") {
            el.set_text_content(Some(&visible));
        }
        let (before, after) = m.off_chart();
        for (what, n, earlier) in [
            (action::EARLIER, before, true),
            (action::LATER, after, false),
        ] {
            if let Some(el) = by_action(what) {
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
        number(&mut count, m.shown.with(Vec::len) as i64);
        count.push(' ');
        count.push_str(t.events_many);
        if let Some(n) = m.match_count() {
            count.push_str(" · ");
            number(&mut count, n as i64);
            count.push(' ');
            count.push_str(t.events_matching);
        }
        if let Some(el) = m.part(".tl-filters") {
            filters::show(&el, &m.state(), &count);
        }
        // A new display or range may change the chart's width (a scroll bar comes or goes).
        request_animation_frame(move || m.measure());
    });
}
