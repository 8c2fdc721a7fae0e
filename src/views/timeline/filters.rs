//! The timeline's filters: letter, lane, meeting and tense, each a select whose choice lives in
//! the URL, then the search to mark and the count of events. Written once as markup; one
//! `change` handler on their container applies a choice ([`apply`]) and [`show`] sets the
//! controls and the count from the state.

use super::events::{lane_name, tense_name};
use super::state::TimelineState;
use crate::i18n::Lang;
use crate::labels::meeting_name;
use crate::markup::{attr, text};
use summit_core::extract::{Lane, Tense};
use summit_core::model::Corpus;

/// Appends a labelled select of `options` (value, text) after a "all" option with value "".
fn select(o: &mut String, label: &str, test_id: &str, all: &str, options: &[(&str, &str)]) {
    let mut id = String::from("tl-filter-");
    id.push_str(test_id);
    o.push_str("<label");
    attr(o, "for", &id);
    o.push('>');
    text(o, label);
    o.push_str("</label><select");
    attr(o, "id", &id);
    attr(o, "data-testid", test_id);
    o.push_str("><option value=\"\">");
    text(o, all);
    o.push_str("</option>");
    for (value, label) in options {
        o.push_str("<option");
        attr(o, "value", value);
        o.push('>');
        text(o, label);
        o.push_str("</option>");
    }
    o.push_str("</select>");
}

/// The four filter selects, the search field and the (empty) count line.
pub(super) fn markup(c: &Corpus, lang: Lang) -> String {
    let t = lang.t();
    let mut o = String::new();
    let letters: Vec<(&str, &str)> = c
        .letters
        .iter()
        .map(|l| (l.id.as_str(), l.title.value.as_str()))
        .collect();
    select(
        &mut o,
        t.filter_letter,
        "timeline-filter-letter",
        t.filter_all,
        &letters,
    );
    let lanes: Vec<(&str, &str)> = Lane::ALL
        .iter()
        .map(|l| (l.slug(), lane_name(*l, t)))
        .collect();
    select(
        &mut o,
        t.filter_lane,
        "timeline-filter-lane",
        t.filter_all,
        &lanes,
    );
    let meetings: Vec<(&str, &str)> = c
        .meetings
        .iter()
        .map(|m| (m.id.as_str(), meeting_name(m, lang)))
        .collect();
    select(
        &mut o,
        t.filter_meeting,
        "timeline-filter-meeting",
        t.filter_all,
        &meetings,
    );
    let tenses: Vec<(&str, &str)> = Tense::ALL
        .iter()
        .map(|x| (x.slug(), tense_name(*x, t)))
        .collect();
    select(
        &mut o,
        t.filter_tense,
        "timeline-filter-tense",
        t.filter_all,
        &tenses,
    );
    o.push_str("<label for=\"tl-query\">");
    text(&mut o, t.timeline_search);
    o.push_str("</label><input id=\"tl-query\" type=\"search\" data-testid=\"timeline-query\">");
    o.push_str(
        "<span class=\"tl-count-line\" data-testid=\"timeline-count\" role=\"status\"></span>",
    );
    o
}

/// Applies the value `v` of the control `test_id` to the state; false for another element.
pub(super) fn apply(s: &mut TimelineState, test_id: &str, v: String) -> bool {
    match test_id {
        "timeline-query" => {
            s.query = (!v.trim().is_empty()).then_some(v);
            return true;
        }
        "timeline-filter-letter" => s.letters = if v.is_empty() { Vec::new() } else { vec![v] },
        "timeline-filter-lane" => s.lanes = Lane::from_slug(&v).into_iter().collect(),
        "timeline-filter-meeting" => s.meeting = (!v.is_empty()).then_some(v),
        "timeline-filter-tense" => s.tense = Tense::ALL.into_iter().find(|x| x.slug() == v),
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
    let set = |test_id: &str, v: &str| {
        let mut sel = String::from("[data-testid=");
        sel.push_str(test_id);
        sel.push(']');
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
        "timeline-filter-letter",
        s.letters.first().map_or("", String::as_str),
    );
    set(
        "timeline-filter-lane",
        s.lanes.first().map_or("", |l| l.slug()),
    );
    set(
        "timeline-filter-meeting",
        s.meeting.as_deref().unwrap_or(""),
    );
    set("timeline-filter-tense", s.tense.map_or("", |x| x.slug()));
    set("timeline-query", s.query.as_deref().unwrap_or(""));
    if let Ok(Some(el)) = root.query_selector(".tl-count-line") {
        if el.text_content().as_deref() != Some(count) {
            el.set_text_content(Some(count));
        }
    }
}
