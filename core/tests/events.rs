//! Events on the real seeds: how many each letter gives, the meetings they belong to, and the
//! forms the letters use read to the right days.

#[allow(dead_code)] // the shared fixtures serve several test files
mod common;

use common::bundle;
use summit_core::extract::{Event, Lane, Tense};
use summit_core::PartialDate;

/// The events written in the letter `id`.
fn events_of(id: &str) -> Vec<&'static Event> {
    let b = bundle();
    let li = b.corpus.letters.iter().position(|l| l.id == id).unwrap() as u16;
    b.extracts
        .events
        .iter()
        .filter(|e| e.place.as_ref().is_some_and(|p| p.letter == li))
        .collect()
}

/// The event of `letter` written exactly as `text`, first one.
fn written(letter: &str, text: &str) -> &'static Event {
    let b = bundle();
    let l = b.corpus.letter(letter).unwrap();
    events_of(letter)
        .into_iter()
        .find(|e| {
            let p = e.place.as_ref().unwrap();
            &l.block(p.block).unwrap().text[p.span.range()] == text
        })
        .unwrap_or_else(|| panic!("no event {text:?} in {letter}"))
}

#[test]
fn counts_per_letter_are_pinned_on_the_seeds() {
    let counts: Vec<(&str, usize)> = bundle()
        .corpus
        .letters
        .iter()
        .map(|l| (l.id.as_str(), events_of(&l.id).len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("ankara-2026-geannoteerde-agenda", 9),
            ("ankara-2026-nota", 6),
            ("antalya-2025-verslag", 5),
            ("den-haag-2025-nieuwsbericht", 4),
            ("den-haag-2025-verslag", 14),
            ("washington-2024-verslag", 27),
        ]
    );
    let meetings = bundle().extracts.events.iter().filter(|e| e.is_meeting());
    assert_eq!(meetings.count(), bundle().corpus.meetings.len());
}

#[test]
fn events_are_in_order_of_their_first_day() {
    let events = &bundle().extracts.events;
    assert!(events.windows(2).all(|w| w[0].first_day <= w[1].first_day));
}

#[test]
fn the_north_atlantic_council_of_25_june_belongs_to_the_hague_summit() {
    let e = events_of("den-haag-2025-verslag")
        .into_iter()
        .find(|e| e.label.contains("Noord-Atlantische Raad"))
        .unwrap();
    assert_eq!(e.start, PartialDate::ymd(2025, 6, 25));
    let meeting = &bundle().corpus.meetings[e.meeting.unwrap() as usize];
    assert_eq!(meeting.id, "den-haag-2025");
    assert_eq!(e.lane, Lane::Meetings);
}

#[test]
fn next_year_in_the_sentence_moves_a_date_without_a_year() {
    let e = written("washington-2024-verslag", "24 tot en met 26 juni");
    assert_eq!(e.start, PartialDate::ymd(2025, 6, 24));
    assert_eq!(e.tense, Tense::Planned);
}

#[test]
fn jl_dates_are_done_and_take_the_letters_year() {
    let e = written("washington-2024-verslag", "3 juni jl.");
    assert_eq!(e.start, PartialDate::ymd(2024, 6, 3));
    assert_eq!(e.tense, Tense::Done);
}

#[test]
fn the_second_and_last_day_of_the_summit_is_its_last_day() {
    let e = written("den-haag-2025-nieuwsbericht", "tweede en laatste dag");
    assert_eq!(e.start, PartialDate::ymd(2025, 6, 25));
}

#[test]
fn far_points_and_target_years_are_events() {
    let e = written("washington-2024-verslag", "1949");
    assert_eq!(e.lane, Lane::Other);
    assert_eq!(e.tense, Tense::Done);
    let e = written("den-haag-2025-verslag", "2035");
    assert_eq!(e.lane, Lane::Commitments);
    assert_eq!(e.tense, Tense::Planned);
    let e = written("washington-2024-verslag", "augustus 2024 t/m december 2026");
    assert_eq!(
        e.end,
        Some(PartialDate {
            year: 2026,
            month: Some(12),
            day: None
        })
    );
}
