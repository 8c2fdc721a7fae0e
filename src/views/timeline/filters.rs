//! The timeline's filters: letter, lane, meeting and tense, each a select whose choice lives in
//! the URL.

use super::events::{lane_name, tense_name};
use super::state::TimelineState;
use crate::i18n::{meeting_name, Lang};
use leptos::prelude::*;
use summit_core::extract::{Lane, Tense};
use summit_core::model::Corpus;

/// The four filter selects. `go` writes a new state to the URL (`true`: as a new history entry).
pub(super) fn filters(
    state: Memo<TimelineState>,
    go: impl Fn(TimelineState, bool) + Copy + Send + Sync + 'static,
    c: &'static Corpus,
    lang: Lang,
) -> impl IntoView {
    let t = lang.t();
    let select = move |label: &'static str,
                       test_id: &'static str,
                       options: Vec<(String, String)>,
                       current: Box<dyn Fn(&TimelineState) -> String + Send + Sync>,
                       apply: fn(&mut TimelineState, String)| {
        let id = format!("tl-filter-{test_id}");
        let current = Signal::derive(move || state.with(|s| current(s)));
        view! {
            <label for=id.clone()>{label}</label>
            <select id=id data-testid=test_id
                on:change=move |ev| {
                    let mut s = state.get_untracked();
                    apply(&mut s, event_target_value(&ev));
                    s.focus = None;
                    go(s, true);
                }>
                <option value="" selected=move || current.get().is_empty()>{t.filter_all}</option>
                {options.into_iter().map(|(value, text)| {
                    let v = value.clone();
                    view! { <option value=value selected=move || current.get() == v>{text}</option> }
                }).collect_view()}
            </select>
        }
    };
    let letter_options = c
        .letters
        .iter()
        .map(|l| (l.id.clone(), l.title.value.clone()))
        .collect();
    let lane_options = Lane::ALL
        .iter()
        .map(|l| (l.slug().to_string(), lane_name(*l, t).to_string()))
        .collect();
    let meeting_options = c
        .meetings
        .iter()
        .map(|m| (m.id.clone(), meeting_name(m, lang).to_string()))
        .collect();
    let tense_options = Tense::ALL
        .iter()
        .map(|x| (x.slug().to_string(), tense_name(*x, t).to_string()))
        .collect();

    view! {
                {select(t.filter_letter, "timeline-filter-letter", letter_options,
                    Box::new(|s: &TimelineState| s.letters.first().cloned().unwrap_or_default()),
                    |s, v| s.letters = if v.is_empty() { Vec::new() } else { vec![v] })}
                {select(t.filter_lane, "timeline-filter-lane", lane_options,
                    Box::new(|s: &TimelineState| s.lanes.first().map(|l| l.slug().to_string()).unwrap_or_default()),
                    |s, v| s.lanes = Lane::from_slug(&v).into_iter().collect())}
                {select(t.filter_meeting, "timeline-filter-meeting", meeting_options,
                    Box::new(|s: &TimelineState| s.meeting.clone().unwrap_or_default()),
                    |s, v| s.meeting = (!v.is_empty()).then_some(v))}
                {select(t.filter_tense, "timeline-filter-tense", tense_options,
                    Box::new(|s: &TimelineState| s.tense.map(|x| x.slug().to_string()).unwrap_or_default()),
                    |s, v| s.tense = Tense::ALL.into_iter().find(|x| x.slug() == v))}
    }
}
