//! The events as exported rows (`events.json`, `events.csv`): every field a spreadsheet or a
//! script needs, the letter by id, the sentence written out and the paragraph's link.

use super::{Event, Lane, Precision, Tense};
use crate::model::{Corpus, PartialDate};
use serde::Serialize;

/// One exported event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRow {
    /// First date (ISO 8601, as precise as the text: `2025`, `2025-06`, `2025-06-24`).
    pub start: PartialDate,
    /// Last date of a range, else the same as `start`.
    pub end: PartialDate,
    /// `day`, `month`, `year`, `beginning_of`, `middle_of`, `end_of`, `spring`, …
    pub precision: Precision,
    /// First day named, ISO 8601 (`eind 2026` starts on 2026-10-01).
    pub first_day: PartialDate,
    /// Last day named, ISO 8601.
    pub last_day: PartialDate,
    /// `done`, `ongoing` or `planned`, against the letter's date.
    pub tense: Tense,
    /// `meetings`, `commitments`, `support` or `other`.
    pub lane: Lane,
    /// Id of the meeting it falls in (or is), else empty.
    pub meeting: String,
    /// The short label.
    pub label: String,
    /// The date as written; empty for a meeting from the metadata.
    pub text: String,
    /// The sentence it stands in; empty for a meeting.
    pub sentence: String,
    /// Id of the letter; empty for a meeting.
    pub letter: String,
    /// Number of the paragraph (block) in the letter; 0 for a meeting.
    pub paragraph: u32,
    /// Index of the sentence in the paragraph.
    pub sentence_index: u32,
    /// The app's link to the paragraph with the sentence marked (`#/brief/<id>/p/<n>?zin=<s>`).
    pub link: String,
}

/// The rows of `events`, in their order.
pub fn event_rows(corpus: &Corpus, events: &[Event]) -> Vec<EventRow> {
    events
        .iter()
        .map(|e| {
            let place = e.place.as_ref();
            let letter = place.and_then(|p| corpus.letters.get(p.letter as usize));
            let block = place.zip(letter).and_then(|(p, l)| l.block(p.block));
            let text = place
                .zip(block)
                .and_then(|(p, b)| b.text.get(p.span.range()))
                .unwrap_or_default();
            let sentence = place
                .zip(block)
                .and_then(|(p, b)| b.sentence(p.sentence as usize))
                .unwrap_or_default();
            EventRow {
                start: e.start,
                end: e.end.unwrap_or(e.start),
                precision: e.precision,
                first_day: super::calendar::date_of_day(e.first_day),
                last_day: super::calendar::date_of_day(e.last_day),
                tense: e.tense,
                lane: e.lane,
                meeting: e
                    .meeting
                    .and_then(|m| corpus.meetings.get(m as usize))
                    .map_or_else(String::new, |m| m.id.clone()),
                label: e.label.clone(),
                text: text.to_string(),
                sentence: sentence.to_string(),
                letter: letter.map_or_else(String::new, |l| l.id.clone()),
                paragraph: place.map_or(0, |p| p.block),
                sentence_index: place.map_or(0, |p| p.sentence),
                link: place.zip(letter).map_or_else(String::new, |(p, l)| {
                    format!("#/brief/{}/p/{}?zin={}", l.id, p.block, p.sentence)
                }),
            }
        })
        .collect()
}

/// The CSV header, in the order of [`EventRow`]'s fields.
const CSV_HEADER: [&str; 15] = [
    "start",
    "end",
    "precision",
    "first_day",
    "last_day",
    "tense",
    "lane",
    "meeting",
    "label",
    "text",
    "sentence",
    "letter",
    "paragraph",
    "sentence_index",
    "link",
];

/// The rows as CSV (RFC 4180): a header row, every field quoted, quotes doubled, CRLF line
/// ends, UTF-8 with a byte order mark so spreadsheets read the accents right.
pub fn events_csv(rows: &[EventRow]) -> String {
    super::csv::to_csv(
        &CSV_HEADER,
        rows.iter().map(|r| {
            [
                r.start.to_string(),
                r.end.to_string(),
                r.precision.slug().to_string(),
                r.first_day.to_string(),
                r.last_day.to_string(),
                r.tense.slug().to_string(),
                r.lane.slug().to_string(),
                r.meeting.clone(),
                r.label.clone(),
                r.text.replace('\n', " "),
                r.sentence.replace('\n', " "),
                r.letter.clone(),
                r.paragraph.to_string(),
                r.sentence_index.to_string(),
                r.link.clone(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_every_field_and_doubles_quotes() {
        let row = EventRow {
            start: PartialDate::ymd(2025, 6, 25),
            end: PartialDate::ymd(2025, 6, 25),
            precision: Precision::Day,
            first_day: PartialDate::ymd(2025, 6, 25),
            last_day: PartialDate::ymd(2025, 6, 25),
            tense: Tense::Done,
            lane: Lane::Meetings,
            meeting: "den-haag-2025".into(),
            label: "De \"Raad\", bijeen".into(),
            text: "25\njuni".into(),
            sentence: String::new(),
            letter: "x".into(),
            paragraph: 11,
            sentence_index: 0,
            link: "#/brief/x/p/11?zin=0".into(),
        };
        let csv = events_csv(&[row]);
        let mut lines = csv.split("\r\n");
        assert!(lines
            .next()
            .unwrap()
            .starts_with("\u{feff}\"start\",\"end\""));
        let line = lines.next().unwrap();
        assert!(
            line.starts_with("\"2025-06-25\",\"2025-06-25\",\"day\""),
            "{line}"
        );
        assert!(
            line.contains("\"De \"\"Raad\"\", bijeen\",\"25 juni\""),
            "{line}"
        );
    }
}
