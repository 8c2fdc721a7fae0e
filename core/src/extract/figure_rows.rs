//! The key figures as exported rows (`figures.json`, `figures.csv`): every field a spreadsheet
//! or a script needs, the letter and meeting by id, topic and subject by name, the sentence
//! written out and the paragraph's link.

use super::{Extracts, Figure, FigureKind, FigureUnit};
use crate::model::Corpus;
use serde::Serialize;

/// One exported figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    /// Id of the meeting the letter is about.
    pub meeting: String,
    /// Id of the letter.
    pub letter: String,
    /// The letter's date (ISO 8601), where known.
    pub letter_date: String,
    /// Id of the topic, else empty.
    pub topic: String,
    /// The topic's Dutch name, else empty.
    pub topic_name: String,
    /// What the figure refers to (Dutch).
    pub subject: String,
    /// What the figure refers to (English).
    pub subject_en: String,
    /// `amount`, `percentage` or `count`.
    pub kind: FigureKind,
    /// The figure as written.
    pub text: String,
    /// The value after the scale word; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    pub upper: Option<f64>,
    /// `eur`, `usd`, `percent`, `percentage_point` or `number`.
    pub unit: FigureUnit,
    /// The scale word's name (`million`, `billion`), if written.
    pub scale: Option<String>,
    /// The approximation (`about`, `more-than`, `at-least`…), if written.
    pub approximation: Option<String>,
    /// What a percentage is a share of (`gdp`), if its sentence says.
    pub share_of: Option<String>,
    /// What a count counts, as written.
    pub counted: Option<String>,
    /// The normal form every writing of the figure shares (`eur:40000000000`).
    pub key: String,
    /// The sentence it stands in.
    pub sentence: String,
    /// Number of the paragraph (block) in the letter.
    pub paragraph: u32,
    /// Index of the sentence in the paragraph.
    pub sentence_index: u32,
    /// Bytes of the paragraph's text the figure occupies: first byte.
    pub span_start: u32,
    /// One past the last byte.
    pub span_end: u32,
    /// The app's link to the paragraph with the sentence marked (`#/brief/<id>/p/<n>?zin=<s>`).
    pub link: String,
}

/// The rows of the figures of `extracts`, in their order.
pub fn figure_rows(corpus: &Corpus, extracts: &Extracts) -> Vec<FigureRow> {
    extracts
        .figures
        .iter()
        .map(|f: &Figure| {
            let letter = corpus.letter(&f.letter);
            let sentence = letter
                .and_then(|l| l.block(f.block))
                .and_then(|b| b.sentence(f.sentence as usize))
                .unwrap_or_default();
            let topic = f
                .topic
                .as_ref()
                .and_then(|t| extracts.topics.iter().find(|x| x.id == *t));
            FigureRow {
                meeting: f.meeting.clone(),
                letter: f.letter.clone(),
                letter_date: letter
                    .and_then(|l| l.sort_date())
                    .map_or_else(String::new, |d| d.to_string()),
                topic: f.topic.clone().unwrap_or_default(),
                topic_name: topic.map_or_else(String::new, |t| t.name.clone()),
                subject: f.subject.clone(),
                subject_en: f.subject_en.clone(),
                kind: f.kind,
                text: f.text.clone(),
                value: f.value,
                upper: f.upper,
                unit: f.unit,
                scale: f.scale.clone(),
                approximation: f.approximation.clone(),
                share_of: f.share_of.clone(),
                counted: f.counted.clone(),
                key: f.key.clone(),
                sentence: sentence.to_string(),
                paragraph: f.block,
                sentence_index: f.sentence,
                span_start: f.span.start,
                span_end: f.span.end,
                link: format!("#/brief/{}/p/{}?zin={}", f.letter, f.block, f.sentence),
            }
        })
        .collect()
}

/// The CSV header, in the order of [`FigureRow`]'s fields.
pub const CSV_HEADER: [&str; 23] = [
    "meeting",
    "letter",
    "letter_date",
    "topic",
    "topic_name",
    "subject",
    "subject_en",
    "kind",
    "text",
    "value",
    "upper",
    "unit",
    "scale",
    "approximation",
    "share_of",
    "counted",
    "key",
    "sentence",
    "paragraph",
    "sentence_index",
    "span_start",
    "span_end",
    "link",
];

/// A number for CSV: whole numbers without a fraction (`40000000000`), others as short as exact.
fn number(v: f64) -> String {
    crate::nl::quantities::canonical_number(v)
}

/// The rows as CSV (RFC 4180): a header row, every field quoted, quotes doubled, CRLF line
/// ends, UTF-8 with a byte order mark so spreadsheets read the accents right.
pub fn figures_csv(rows: &[FigureRow]) -> String {
    super::csv::to_csv(
        &CSV_HEADER,
        rows.iter().map(|r| {
            [
                r.meeting.clone(),
                r.letter.clone(),
                r.letter_date.clone(),
                r.topic.clone(),
                r.topic_name.clone(),
                r.subject.clone(),
                r.subject_en.clone(),
                r.kind.slug().to_string(),
                r.text.replace('\n', " "),
                number(r.value),
                r.upper.map(number).unwrap_or_default(),
                r.unit.slug().to_string(),
                r.scale.clone().unwrap_or_default(),
                r.approximation.clone().unwrap_or_default(),
                r.share_of.clone().unwrap_or_default(),
                r.counted.clone().unwrap_or_default(),
                r.key.clone(),
                r.sentence.replace('\n', " "),
                r.paragraph.to_string(),
                r.sentence_index.to_string(),
                r.span_start.to_string(),
                r.span_end.to_string(),
                r.link.clone(),
            ]
        }),
    )
}
