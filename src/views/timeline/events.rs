//! What the timeline says of an event: its names, links, sentence and filters, and the ranges
//! that show a set of events.

use super::layout::Mark;
use crate::data::{corpus, search_index};
use crate::i18n::{Lang, Strings};
use crate::labels::{event_date, meeting_name};
use crate::markup::Href;
use crate::route::{ReaderState, Route, Target};
use summit_core::extract::{Event, Lane, Tense};
use summit_core::search::SearchOptions;

/// Days shown around the meetings in the first view.
const DEFAULT_MARGIN_DAYS: i32 = 75;
/// Most search hits looked at to mark events.
const MAX_MATCHED_PASSAGES: usize = 10_000;

/// The name of a lane.
pub(super) fn lane_name(lane: Lane, t: &Strings) -> &'static str {
    match lane {
        Lane::Meetings => t.lane_meetings,
        Lane::Commitments => t.lane_commitments,
        Lane::Support => t.lane_support,
        Lane::Other => t.lane_other,
    }
}

/// The name of a tense.
pub(super) fn tense_name(tense: Tense, t: &Strings) -> &'static str {
    match tense {
        Tense::Done => t.tense_done,
        Tense::Ongoing => t.tense_ongoing,
        Tense::Planned => t.tense_planned,
    }
}

/// The first view: the meetings with a margin (the dense stretch); far events are reached by
/// zooming out, panning or "fit all".
pub(super) fn default_range(events: &[Event]) -> (i32, i32) {
    let meetings = events.iter().filter(|e| e.is_meeting());
    let first = meetings.clone().map(|e| e.first_day).min();
    let last = meetings.map(|e| e.last_day).max();
    match first.zip(last) {
        Some((a, b)) => (a - DEFAULT_MARGIN_DAYS, b + DEFAULT_MARGIN_DAYS),
        None => fit_range(events, &(0..events.len()).collect::<Vec<_>>()),
    }
}

/// A range that shows every event of `shown`, with a margin.
pub(super) fn fit_range(events: &[Event], shown: &[usize]) -> (i32, i32) {
    let first = shown
        .iter()
        .map(|&i| events[i].first_day)
        .min()
        .unwrap_or(0);
    let last = shown
        .iter()
        .map(|&i| events[i].last_day)
        .max()
        .unwrap_or(first + 365);
    let margin = ((last - first) / 20).max(3);
    (first - margin, last + margin)
}

/// The title of the letter an event was found in, as the corpus names it.
pub(super) fn letter_title<'c>(e: &Event, c: &'c summit_core::model::Corpus) -> Option<&'c str> {
    let place = e.place.as_ref()?;
    Some(c.letters.get(place.letter as usize)?.title.value.as_str())
}

/// The reader link of an event: its paragraph with the sentence marked.
pub fn event_href(e: &Event) -> Option<Href> {
    let c = corpus().ok()?;
    let p = e.place.as_ref()?;
    let letter = c.letters.get(p.letter as usize)?;
    Some(Href::route(&Route::Reader(ReaderState {
        sentence: Some(p.sentence),
        ..ReaderState::at(&letter.id, Target::Block(p.block))
    })))
}

/// The sentence an event was written in.
pub fn event_sentence(e: &Event) -> Option<&'static str> {
    let c = corpus().ok()?;
    let p = e.place.as_ref()?;
    c.letters
        .get(p.letter as usize)?
        .block(p.block)?
        .sentence(p.sentence as usize)
}

/// The label of an event in the interface language (meetings have names in both).
pub fn event_label(e: &Event, lang: Lang) -> String {
    match (e.is_meeting(), e.meeting, corpus()) {
        (true, Some(m), Ok(c)) => c
            .meetings
            .get(m as usize)
            .map_or_else(|| e.label.clone(), |m| meeting_name(m, lang).to_string()),
        _ => e.label.clone(),
    }
}

/// The letter and meeting ids of an event, for the filters.
pub(super) fn ids_of(e: &Event) -> (Option<&'static str>, Option<&'static str>) {
    let Ok(c) = corpus() else { return (None, None) };
    let letter = e
        .place
        .as_ref()
        .and_then(|p| c.letters.get(p.letter as usize))
        .map(|l| l.id.as_str());
    let meeting = e
        .meeting
        .and_then(|m| c.meetings.get(m as usize))
        .map(|m| m.id.as_str());
    (letter, meeting)
}

/// For each of `events`, whether its paragraph matches `query`.
pub(super) fn matching_events(query: &str, events: &[Event]) -> Vec<bool> {
    let (Ok(c), Ok(index)) = (corpus(), search_index()) else {
        return Vec::new();
    };
    let options = SearchOptions {
        limit: MAX_MATCHED_PASSAGES,
        ..Default::default()
    };
    // The paragraphs found, by letter.
    let mut found: Vec<Vec<u32>> = vec![Vec::new(); c.letters.len()];
    for h in &index.search(c, query, &options).hits {
        if let Some(li) = c.letters.iter().position(|l| l.id == h.letter) {
            found[li].push(h.n);
        }
    }
    events
        .iter()
        .map(|e| {
            e.place.as_ref().is_some_and(|p| {
                found
                    .get(p.letter as usize)
                    .is_some_and(|f| f.contains(&p.block))
            })
        })
        .collect()
}

/// What is said of a mark: "label, date" for an event, "N events, first – last" for a cluster.
pub(super) fn mark_text(mark: &Mark, events: &[Event], lang: Lang) -> String {
    let first = &events[mark.events[0]];
    if mark.is_cluster() {
        let day = |n: i32| {
            crate::labels::format_date(summit_core::extract::calendar::date_of_day(n), lang)
        };
        let first_day = mark
            .events
            .iter()
            .map(|&i| events[i].first_day)
            .min()
            .unwrap_or_default();
        let last_day = mark
            .events
            .iter()
            .map(|&i| events[i].last_day)
            .max()
            .unwrap_or_default();
        let mut s = String::new();
        crate::markup::number(&mut s, mark.events.len() as i64);
        s.push(' ');
        s.push_str(lang.t().events_many);
        s.push_str(", ");
        s.push_str(&day(first_day));
        s.push_str(" – ");
        s.push_str(&day(last_day));
        s
    } else {
        let mut s = event_label(first, lang);
        s.push_str(", ");
        s.push_str(&event_date(first, lang));
        s
    }
}
