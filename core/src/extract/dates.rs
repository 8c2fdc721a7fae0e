//! Date mentions: every date written in the body of a letter (`24 en 25 juni`, `eind 2026`,
//! `3 juni jl.`), where it stands and what it means.
//!
//! Reading date expressions is the language's job ([`crate::nl::dates::find_date_expressions`]);
//! this stage walks the corpus, gives the scanner the year a date without one belongs to (the
//! year of the letter's ordering date) and places what it finds: letter, block, sentence, bytes.
//! The value is copied into this module's own types, so the extracts' schema changes only when
//! this file does.

use crate::model::{Block, Corpus, Letter, PartialDate, TextRange};
use crate::nl::dates::{
    find_date_expressions, DatePrecision, DateValue, PeriodPart, RelativeMarker, Season,
};
use serde::{Deserialize, Serialize};

/// One date as written in a block of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Id of the letter.
    pub letter: String,
    /// Number `n` of the block (heading, paragraph or list item).
    pub block: u32,
    /// Index of the sentence of the block in which the date starts.
    pub sentence: u32,
    /// Bytes of the block's `text` the date occupies.
    pub span: TextRange,
    /// The date as written (`24 en 25 juni 2025`).
    pub text: String,
    /// What it means.
    pub value: MentionedDate,
}

/// What a date mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionedDate {
    /// The first (or only) date, as precise as the text.
    pub start: PartialDate,
    /// The last date of a range (`9 tot 11 juli` ends on the 11th).
    pub end: Option<PartialDate>,
    /// How precisely the text names the time.
    pub precision: Precision,
    /// False when the text gives no year and it was taken from the letter's date.
    pub year_stated: bool,
    /// `jl.` (past) or `a.s.` (coming) after a date without a year.
    pub relative: Option<Relative>,
}

/// How precisely a date mention names its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A day: `24 juni`.
    Day,
    /// A month: `februari 2022`.
    Month,
    /// A year: `in 2035`.
    Year,
    /// The beginning of the month or year `start` names: `begin juli`.
    BeginningOf,
    /// The middle of it: `medio 2025`.
    MiddleOf,
    /// The end of it: `eind 2026`.
    EndOf,
    /// Spring of the year: `voorjaar 2024`.
    Spring,
    /// Summer: `zomer van 2023`.
    Summer,
    /// Autumn: `najaar 2025`.
    Autumn,
    /// Winter.
    Winter,
}

impl Precision {
    /// The stable name used in exports (as in JSON).
    pub fn slug(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::BeginningOf => "beginning_of",
            Precision::MiddleOf => "middle_of",
            Precision::EndOf => "end_of",
            Precision::Spring => "spring",
            Precision::Summer => "summer",
            Precision::Autumn => "autumn",
            Precision::Winter => "winter",
        }
    }
}

/// Whether a date without a year is the last one before the letter or the next one after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relative {
    /// `jl.`, `jongstleden`.
    Past,
    /// `a.s.`, `aanstaande`.
    Coming,
}

impl From<DateValue> for MentionedDate {
    fn from(v: DateValue) -> Self {
        MentionedDate {
            start: v.start,
            end: v.end,
            precision: match v.precision {
                DatePrecision::Day => Precision::Day,
                DatePrecision::Month => Precision::Month,
                DatePrecision::Year => Precision::Year,
                DatePrecision::Part(PeriodPart::Begin) => Precision::BeginningOf,
                DatePrecision::Part(PeriodPart::Middle) => Precision::MiddleOf,
                DatePrecision::Part(PeriodPart::End) => Precision::EndOf,
                DatePrecision::Season(Season::Spring) => Precision::Spring,
                DatePrecision::Season(Season::Summer) => Precision::Summer,
                DatePrecision::Season(Season::Autumn) => Precision::Autumn,
                DatePrecision::Season(Season::Winter) => Precision::Winter,
            },
            year_stated: v.year_stated,
            relative: v.relative.map(|r| match r {
                RelativeMarker::Past => Relative::Past,
                RelativeMarker::Coming => Relative::Coming,
            }),
        }
    }
}

/// Words before a date without a year, in its sentence, that move it a year from the letter's:
/// `volgend jaar van 24 tot en met 26 juni` is next year's June.
const YEAR_SHIFTS: &[(&str, i32)] = &[
    ("volgend jaar", 1),
    ("komend jaar", 1),
    ("next year", 1),
    ("vorig jaar", -1),
    ("afgelopen jaar", -1),
    ("last year", -1),
];

/// The date a letter's dates are read against: its own date; for a letter without one, the last
/// day of its meeting when it reports on or announces the meeting's outcome (a report, a news
/// item), else the meeting's first day.
pub fn reference_date(corpus: &Corpus, letter: &Letter) -> Option<PartialDate> {
    letter.sort_date().or_else(|| {
        let meeting = corpus.meeting(&letter.meeting)?;
        let reports_outcome = corpus
            .kinds
            .iter()
            .any(|k| k.id == letter.kind && k.reports_outcome);
        Some(if reports_outcome {
            meeting.end
        } else {
            meeting.start
        })
    })
}

/// Every date mention in the corpus: letters in corpus order, blocks in reading order, dates in
/// text order. A letter with no reference date keeps only the dates that state their year.
///
/// A date without a year takes the year of the letter's [`reference_date`], moved a year back
/// when `jl.` names a day after the letter (`3 december jl.` in a January letter), a year on when
/// `a.s.` names one before it, and by the words of `YEAR_SHIFTS` earlier in its sentence.
pub fn date_mentions(corpus: &Corpus) -> Vec<DateMention> {
    let mut out = Vec::new();
    for letter in &corpus.letters {
        let reference = reference_date(corpus, letter);
        let letter_year = reference.map(|d| d.year);
        for block in &letter.blocks {
            for found in find_date_expressions(&block.text, letter_year.unwrap_or_default()) {
                if letter_year.is_none() && !found.value.year_stated {
                    continue;
                }
                let sentence = sentence_at(block, found.span.start as usize);
                let mut value: MentionedDate = found.value.into();
                if let (false, Some(reference)) = (value.year_stated, reference) {
                    let sentence_start = block
                        .sentences
                        .get(sentence as usize)
                        .map_or(0, |s| s.start as usize);
                    let date_start = found.span.start as usize;
                    let before = &block.text[sentence_start.min(date_start)..date_start];
                    let shift = year_shift(&value, reference, before);
                    value = shifted(value, shift);
                }
                out.push(DateMention {
                    letter: letter.id.clone(),
                    block: block.n,
                    sentence,
                    span: TextRange {
                        start: found.span.start,
                        end: found.span.end,
                    },
                    text: found.written,
                    value,
                });
            }
        }
    }
    out
}

/// How many years a date without a year moves from the letter's year: by `jl.`/`a.s.` against
/// the letter's date, or by the words before it in its sentence.
fn year_shift(value: &MentionedDate, reference: PartialDate, before: &str) -> i32 {
    let lower = before.to_lowercase();
    if let Some((_, shift)) = YEAR_SHIFTS.iter().find(|(w, _)| lower.contains(w)) {
        return *shift;
    }
    let same_year = |d: PartialDate| PartialDate {
        year: reference.year,
        ..d
    };
    let start = same_year(value.start);
    let reference_md = (reference.month.unwrap_or(12), reference.day.unwrap_or(31));
    let start_md = (start.month.unwrap_or(1), start.day.unwrap_or(1));
    match value.relative {
        Some(Relative::Past) if start_md > reference_md => -1,
        Some(Relative::Coming) if start_md < reference_md => 1,
        _ => 0,
    }
}

/// The date moved by `years` (the end too); a 29 February that does not exist becomes the 28th.
fn shifted(mut value: MentionedDate, years: i32) -> MentionedDate {
    if years == 0 {
        return value;
    }
    value.start = shift_date(value.start, years);
    value.end = value.end.map(|e| shift_date(e, years));
    value
}

/// `d` moved by `years`, its day kept inside the month.
fn shift_date(d: PartialDate, years: i32) -> PartialDate {
    let year = (i32::from(d.year) + years) as u16;
    let day = match (d.month, d.day) {
        (Some(m), Some(day)) => Some(day.min(crate::model::days_in_month(year, m))),
        _ => d.day,
    };
    PartialDate { year, day, ..d }
}

/// Index of the sentence holding byte `at` of the block's text: the last sentence starting at or
/// before it (sentences cover all non-space text, so a date always starts inside one).
pub(crate) fn sentence_at(block: &Block, at: usize) -> u32 {
    let starts_before = block.sentences.partition_point(|s| s.start as usize <= at);
    starts_before.saturating_sub(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockKind, Span};

    /// A paragraph of two sentences, the second from byte 12.
    fn block() -> Block {
        Block {
            n: 1,
            kind: BlockKind::Paragraph,
            text: "Eerste zin. Op 1 maart 2024 gebeurde het.".into(),
            span: Span::new(0, 0),
            parts: Vec::new(),
            sentences: vec![
                TextRange { start: 0, end: 11 },
                TextRange { start: 12, end: 41 },
            ],
            footnote_refs: Vec::new(),
            redactions: Vec::new(),
            section: None,
        }
    }

    #[test]
    fn a_date_is_placed_in_the_sentence_it_starts_in() {
        let b = block();
        assert_eq!(sentence_at(&b, 15), 1);
        assert_eq!(sentence_at(&b, 0), 0);
        assert_eq!(sentence_at(&b, 11), 0);
    }

    #[test]
    fn parts_of_a_year_keep_their_precision() {
        let found = find_date_expressions("Het plan loopt tot eind 2026.", 2025);
        let value: MentionedDate = found[0].value.into();
        assert_eq!(value.precision, Precision::EndOf);
        assert_eq!(value.start.year, 2026);
        assert!(value.year_stated);
    }
}
