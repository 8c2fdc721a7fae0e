//! Events: every date mention and every relative date phrase of the letters, and every meeting of
//! the metadata, as points and stretches of time with a label, a lane and a place in the text.
//!
//! Invariants:
//! - Every event from text points at its letter, block, sentence and the bytes of the block's
//!   `text` it was written as; meetings have no place and name their meeting.
//! - Events are ordered by their first day; events of the same first day keep corpus and text
//!   order, with the meetings first. The order is deterministic.
//! - `first_day..=last_day` is what the event names, in day numbers
//!   ([`calendar::day_number`](super::calendar::day_number)); a part of a period is narrowed to
//!   that part (`eind 2026` is October to December).

use super::calendar::{day_number, days_covered, days_named};
use super::dates::{reference_date, DateMention, Precision};
use super::labels::label_for;
use super::lanes::{lane_for, Lane, Timing};
use crate::model::{Corpus, Letter, Meeting, PartialDate, TextRange};
use crate::nl::dates::{find_relative_expressions, RelativeDay};
use serde::{Deserialize, Serialize};

/// Days before the letter after which a date counts as history for its lane.
const HISTORIC_AFTER_DAYS: i32 = 366;

/// Whether an event lies before or after the date of the letter that mentions it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tense {
    /// Wholly before the letter's date (done).
    Done,
    /// Around the letter's date: it began before and ends on or after it.
    Ongoing,
    /// Wholly after the letter's date (planned).
    Planned,
}

impl Tense {
    /// Every tense.
    pub const ALL: [Tense; 3] = [Tense::Done, Tense::Ongoing, Tense::Planned];

    /// The stable name used in exports and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Tense::Done => "done",
            Tense::Ongoing => "ongoing",
            Tense::Planned => "planned",
        }
    }

    /// The tense of a stretch of days seen from day `reference`.
    pub fn of(first_day: i32, last_day: i32, reference: i32) -> Tense {
        if last_day < reference {
            Tense::Done
        } else if first_day > reference {
            Tense::Planned
        } else {
            Tense::Ongoing
        }
    }
}

/// Where in the letters an event was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPlace {
    /// Index of the letter in [`Corpus::letters`].
    pub letter: u16,
    /// Number `n` of the block.
    pub block: u32,
    /// Index of the sentence of the block the date stands in.
    pub sentence: u32,
    /// Bytes of the block's `text` the date was written as.
    pub span: TextRange,
}

/// One event on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The first (or only) date, as precise as the text.
    pub start: PartialDate,
    /// The last date of a range.
    pub end: Option<PartialDate>,
    /// How precisely the text names the time.
    pub precision: Precision,
    /// First day named (day number, 0 = 1970-01-01).
    pub first_day: i32,
    /// Last day named.
    pub last_day: i32,
    /// Before, around or after the letter's date (for meetings: the newest letter's date).
    pub tense: Tense,
    /// The row of the timeline.
    pub lane: Lane,
    /// Index in [`Corpus::meetings`] of the meeting the event falls in (or is).
    pub meeting: Option<u16>,
    /// A short label from the sentence (for meetings: the Dutch name).
    pub label: String,
    /// Where it was written; `None` for a meeting from the metadata.
    pub place: Option<EventPlace>,
}

impl Event {
    /// True for a meeting from the metadata.
    pub fn is_meeting(&self) -> bool {
        self.place.is_none()
    }
}

/// Every event of the corpus, given its date mentions ([`super::dates::date_mentions`]).
pub fn events(corpus: &Corpus, mentions: &[DateMention]) -> Vec<Event> {
    let meeting_days: Vec<(i32, i32)> = corpus
        .meetings
        .iter()
        .map(|m| (days_covered(m.start).0, days_covered(m.end).1))
        .collect();
    let meeting_of = |first: i32, last: i32| {
        meeting_days
            .iter()
            .position(|&(a, b)| a <= first && last <= b)
            .map(|i| i as u16)
    };
    let newest_letter = corpus
        .letters
        .iter()
        .filter_map(|l| reference_date(corpus, l))
        .map(|d| days_covered(d).0)
        .max()
        .unwrap_or_default();
    let mut out: Vec<Event> = corpus
        .meetings
        .iter()
        .enumerate()
        .map(|(i, m)| meeting_event(i, m, meeting_days[i], newest_letter))
        .collect();
    let mut from_text = Vec::new();
    for (li, letter) in corpus.letters.iter().enumerate() {
        let Some(reference) = reference_date(corpus, letter) else {
            continue;
        };
        let reference_day = days_covered(reference).0;
        let mut found: Vec<(TextRange, u32, u32, NamedTime)> = Vec::new();
        for m in mentions.iter().filter(|m| m.letter == letter.id) {
            let (first, last) = days_named(m.value.start, m.value.end, m.value.precision);
            let tense = match m.value.relative {
                Some(super::dates::Relative::Past) => Tense::Done,
                Some(super::dates::Relative::Coming) => Tense::Planned,
                None => Tense::of(first, last, reference_day),
            };
            found.push((
                m.span,
                m.block,
                m.sentence,
                NamedTime {
                    start: m.value.start,
                    end: m.value.end,
                    precision: m.value.precision,
                    first,
                    last,
                    tense,
                },
            ));
        }
        found.extend(relative_events(corpus, letter, reference));
        found.sort_by_key(|(span, block, _, _)| (*block, span.start));
        for (span, block, sentence, when) in found {
            let Some(b) = letter.block(block) else {
                continue;
            };
            let sentence_range = b
                .sentences
                .get(sentence as usize)
                .map_or(0..b.text.len(), |s| s.range());
            let sentence_text = &b.text[sentence_range.clone()];
            let in_sentence = span.start as usize - sentence_range.start
                ..(span.end as usize).min(sentence_range.end) - sentence_range.start;
            let meeting = meeting_of(when.first, when.last);
            let timing = if when.tense == Tense::Planned {
                Timing::Planned
            } else if reference_day - when.last > HISTORIC_AFTER_DAYS {
                Timing::Historic
            } else {
                Timing::Recent
            };
            from_text.push(Event {
                start: when.start,
                end: when.end,
                precision: when.precision,
                first_day: when.first,
                last_day: when.last,
                tense: when.tense,
                lane: lane_for(sentence_text, meeting.is_some(), timing),
                meeting,
                label: label_for(sentence_text, in_sentence),
                place: Some(EventPlace {
                    letter: li as u16,
                    block,
                    sentence,
                    span,
                }),
            });
        }
    }
    out.extend(from_text);
    out.sort_by_key(|e| e.first_day);
    out
}

/// What an event says about time, before it is placed.
#[derive(Debug, Clone, Copy)]
struct NamedTime {
    /// First date.
    start: PartialDate,
    /// Last date of a range.
    end: Option<PartialDate>,
    /// Precision.
    precision: Precision,
    /// First day named.
    first: i32,
    /// Last day named.
    last: i32,
    /// Before or after the letter.
    tense: Tense,
}

/// The event of a meeting from the metadata.
fn meeting_event(index: usize, m: &Meeting, (first, last): (i32, i32), newest: i32) -> Event {
    Event {
        start: m.start,
        end: (m.end != m.start).then_some(m.end),
        precision: Precision::Day,
        first_day: first,
        last_day: last,
        tense: Tense::of(first, last, newest),
        lane: Lane::Meetings,
        meeting: Some(index as u16),
        label: m.name.clone(),
        place: None,
    }
}

/// The relative date phrases of a letter (`morgen`, `de tweede en laatste dag`) as placed times;
/// phrases about a meeting's days need the letter's meeting, the others the letter's date.
fn relative_events(
    corpus: &Corpus,
    letter: &Letter,
    reference: PartialDate,
) -> Vec<(TextRange, u32, u32, NamedTime)> {
    let Some((y, m, d)) = reference
        .month
        .zip(reference.day)
        .map(|(m, d)| (reference.year, m, d))
    else {
        return Vec::new();
    };
    let today = day_number(y, m, d);
    // Weeks start on Monday; day 0 (1970-01-01) was a Thursday.
    let monday = today - (today + 3).rem_euclid(7);
    let meeting = corpus.meeting(&letter.meeting);
    let mut out = Vec::new();
    for block in &letter.blocks {
        for found in find_relative_expressions(&block.text) {
            let (first, last) = match found.day {
                RelativeDay::Today => (today, today),
                RelativeDay::Tomorrow => (today + 1, today + 1),
                RelativeDay::Yesterday => (today - 1, today - 1),
                RelativeDay::LastWeek => (monday - 7, monday - 1),
                RelativeDay::ThisWeek => (monday, monday + 6),
                RelativeDay::NextWeek => (monday + 7, monday + 13),
                RelativeDay::FirstDayOfMeeting => match meeting {
                    Some(mt) => {
                        let n = days_covered(mt.start).0;
                        (n, n)
                    }
                    None => continue,
                },
                RelativeDay::LastDayOfMeeting => match meeting {
                    Some(mt) => {
                        let n = days_covered(mt.end).1;
                        (n, n)
                    }
                    None => continue,
                },
            };
            let one_day = first == last;
            let start = super::calendar::date_of_day(first);
            let end = (!one_day).then(|| super::calendar::date_of_day(last));
            let span = TextRange {
                start: found.span.start,
                end: found.span.end,
            };
            let sentence = block
                .sentences
                .partition_point(|s| s.start <= span.start)
                .saturating_sub(1) as u32;
            out.push((
                span,
                block.n,
                sentence,
                NamedTime {
                    start,
                    end,
                    precision: Precision::Day,
                    first,
                    last,
                    tense: Tense::of(first, last, today),
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_compares_the_whole_stretch_with_the_reference_day() {
        assert_eq!(Tense::of(1, 2, 3), Tense::Done);
        assert_eq!(Tense::of(1, 3, 3), Tense::Ongoing);
        assert_eq!(Tense::of(4, 9, 3), Tense::Planned);
    }
}
