//! The timeline's filters: letter, lane, meeting and tense, each a select whose choice lives in
//! the URL, then the search to mark and the count of events. Written once as markup; one
//! `change` handler on their container applies a choice ([`apply`]) and [`show`] sets the
//! controls and the count from the state.

use super::events::{lane_name, tense_name};
use super::state::TimelineState;
use crate::i18n::Lang;
use crate::labels::meeting_name;
use crate::markup::{action, el, el_text, void, Attr};
use summit_core::extract::{Lane, Tense};
use summit_core::model::Corpus;

/// The filters: the test id and the action of each select, in the order they are shown.
const SELECTS: [(&str, &str); 4] = [
    ("timeline-filter-letter", action::FILTER_LETTER),
    ("timeline-filter-lane", action::FILTER_LANE),
    ("timeline-filter-meeting", action::FILTER_MEETING),
    ("timeline-filter-tense", action::FILTER_TENSE),
];

/// Appends the labelled select `n` of [`SELECTS`] with `options` (value, text) after an "all"
/// option with value "".
fn select(o: &mut String, label: &str, n: usize, all: &str, options: &[(&str, &str)]) {
    let (test_id, action) = SELECTS[n];
    let id = [ID_PREFIX, action].concat();
    el_text(o, "label", &[Attr::Value("for", &id)], label);
    let attrs = [
        Attr::Value("id", &id),
        Attr::Value("data-testid", test_id),
        Attr::Action(action),
    ];
    el(o, "select", &attrs, &mut |o| {
        el_text(o, "option value=\"\"", &[], all);
        for (value, label) in options {
            el_text(o, "option", &[Attr::Value("value", value)], label);
        }
    });
}

/// The start of the `id` of a filter's select (its label points at it).
const ID_PREFIX: &str = "tl-";

/// The four filter selects, the search field and the (empty) count line.
pub(super) fn markup(c: &Corpus, lang: Lang) -> String {
    let t = lang.t();
    let mut o = String::new();
    let letters: Vec<(&str, &str)> = c
        .letters
        .iter()
        .map(|l| (l.id.as_str(), l.title.value.as_str()))
        .collect();
    select(&mut o, t.filter_letter, 0, t.filter_all, &letters);
    let lanes: Vec<(&str, &str)> = Lane::ALL
        .iter()
        .map(|l| (l.slug(), lane_name(*l, t)))
        .collect();
    select(&mut o, t.filter_lane, 1, t.filter_all, &lanes);
    let meetings: Vec<(&str, &str)> = c
        .meetings
        .iter()
        .map(|m| (m.id.as_str(), meeting_name(m, lang)))
        .collect();
    select(&mut o, t.filter_meeting, 2, t.filter_all, &meetings);
    let tenses: Vec<(&str, &str)> = Tense::ALL
        .iter()
        .map(|x| (x.slug(), tense_name(*x, t)))
        .collect();
    select(&mut o, t.filter_tense, 3, t.filter_all, &tenses);
    el_text(&mut o, "label for=\"tl-query\"", &[], t.timeline_search);
    let query = [Attr::Action(action::SEARCH_EVENTS)];
    void(
        &mut o,
        "input id=\"tl-query\" type=\"search\" data-testid=\"timeline-query\"",
        &query,
    );
    el_text(
        &mut o,
        "span class=\"tl-count-line\" data-testid=\"timeline-count\" role=\"status\"",
        &[],
        "",
    );
    o
}

/// Applies the value `v` of the control with `action` to the state; false for another control.
pub(super) fn apply(s: &mut TimelineState, action: &str, v: String) -> bool {
    match action {
        action::SEARCH_EVENTS => {
            s.query = (!v.trim().is_empty()).then_some(v);
            return true;
        }
        action::FILTER_LETTER => s.letters = if v.is_empty() { Vec::new() } else { vec![v] },
        action::FILTER_LANE => s.lanes = Lane::from_slug(&v).into_iter().collect(),
        action::FILTER_MEETING => s.meeting = (!v.is_empty()).then_some(v),
        action::FILTER_TENSE => s.tense = Tense::ALL.into_iter().find(|x| x.slug() == v),
        _ => return false,
    }
    s.focus = None;
    true
}

/// The `value` of an element (a select or an input).
pub(super) fn value_of(el: &web_sys::Element) -> String {
    js_sys::Reflect::get(el, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Sets the controls under `root` to the state `s` and the count line to `count`.
pub(super) fn show(root: &web_sys::Element, s: &TimelineState, count: &str) {
    let set = |action: &str, v: &str| {
        let sel = action::selector(action);
        if let Ok(Some(el)) = root.query_selector(&sel) {
            if value_of(&el) != v {
                let _ = js_sys::Reflect::set(&el, &"value".into(), &v.into());
                // A value no option has (an unknown id in the URL) shows "all".
                if value_of(&el) != v {
                    let _ = js_sys::Reflect::set(&el, &"value".into(), &"".into());
                }
            }
        }
    };
    set(
        action::FILTER_LETTER,
        s.letters.first().map_or("", String::as_str),
    );
    set(
        action::FILTER_LANE,
        s.lanes.first().map_or("", |l| l.slug()),
    );
    set(action::FILTER_MEETING, s.meeting.as_deref().unwrap_or(""));
    set(action::FILTER_TENSE, s.tense.map_or("", |x| x.slug()));
    set(action::SEARCH_EVENTS, s.query.as_deref().unwrap_or(""));
    if let Ok(Some(el)) = root.query_selector(".tl-count-line") {
        if el.text_content().as_deref() != Some(count) {
            el.set_text_content(Some(count));
        }
    }
}
