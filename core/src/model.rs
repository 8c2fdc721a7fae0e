//! The corpus model: what ingestion produces, what the app shows and what `corpus.json` exports.
//!
//! Invariants every stage relies on:
//! - Every shown piece of text (block, footnote, letterhead field, title, date) carries the byte
//!   [`Span`] of the seed file it was read from, so it can be traced to the exact source text.
//! - Block numbers `n` are 1-based, dense and in reading order within a letter; the link of a block
//!   is `#/brief/<letter id>/p/<n>`. They only change when the seed text itself changes.
//! - Offsets inside a block's text (sentences, footnote markers, redactions) are byte ranges into
//!   that block's `text`, always on `char` boundaries.
//! - Serialisation is deterministic: plain vectors in reading order, no hash maps.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the data schema written to `corpus.json`; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole corpus: every document read from `seeds/`, and the meetings they are about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Always [`SCHEMA_VERSION`] for data written by this version.
    pub schema_version: u32,
    /// The summits and ministerial meetings the documents are about, by start date.
    pub meetings: Vec<Meeting>,
    /// The kinds of document, in the order of `kinds.toml`.
    pub kinds: Vec<DocumentKind>,
    /// The documents, in the order of their seed file names and their position in the file.
    pub letters: Vec<Letter>,
}

impl Corpus {
    /// The letter with this id.
    pub fn letter(&self, id: &str) -> Option<&Letter> {
        self.letters.iter().find(|l| l.id == id)
    }

    /// The kind of document with this id.
    pub fn kind(&self, id: &str) -> Option<&DocumentKind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// The meeting with this id.
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The date a letter is ordered by: its own date, else the first day of its meeting (an
    /// undated letter stands among the letters of its meeting's time).
    pub fn order_date(&self, letter: &Letter) -> Option<PartialDate> {
        letter
            .sort_date()
            .or_else(|| self.meeting(&letter.meeting).map(|m| m.start))
    }
}

/// A byte range `start..end` in a seed file (or, where documented, in a block's text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The span as a `usize` range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// A calendar date that may be known only to the month or the year (`2025-06`).
///
/// Serialised as an ISO 8601 string of 4, 7 or 10 characters; ordered chronologically with the
/// less precise date first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day 1–31, if known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date known to the day.
    pub fn ymd(year: u16, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking ranges.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year: u16 = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_digits::<u8>(m, 2).filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => {
                let d = parse_digits::<u8>(d, 2)?;
                if d < 1 || d > days_in_month(year, month?) {
                    return None;
                }
                Some(d)
            }
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }
}

/// Parses exactly `width` ASCII digits.
fn parse_digits<T: std::str::FromStr>(s: &str, width: usize) -> Option<T> {
    if s.len() == width && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Dutch month names, January first (for reading and for writing dates).
pub const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Number of days in a month of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        PartialDate::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY[-MM[-DD]]): {s:?}")))
    }
}

/// Where a fact about a document came from: the text itself, or the seed's metadata file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Read from the seed text at this byte span.
    Text {
        /// The span in the seed file.
        span: Span,
    },
    /// Given by the metadata file beside the seed.
    Metadata {
        /// The metadata file name, e.g. `washington-2024-verslag.toml`.
        file: String,
    },
}

/// A value together with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub origin: Origin,
}

/// A kind of document (Kamerbrief, verslag, communiqué …), declared in `seeds/kinds.toml`: kinds
/// are data, so a new kind needs no code change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentKind {
    /// Stable identifier used in metadata files and URLs (`geannoteerde-agenda`).
    pub id: String,
    /// Dutch name, e.g. `Geannoteerde agenda`.
    pub name: String,
    /// English name, e.g. `Annotated agenda`.
    pub name_en: String,
    /// True for kinds written after their meeting about its outcome (a report, a news item): an
    /// undated document of such a kind reads its dates against the meeting's last day, others
    /// against its first.
    pub reports_outcome: bool,
}

/// A summit or ministerial meeting that documents are about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// Stable identifier, e.g. `den-haag-2025`.
    pub id: String,
    /// Dutch name, e.g. `NAVO-top Den Haag 2025`.
    pub name: String,
    /// English name, e.g. `NATO Summit The Hague 2025`.
    pub name_en: String,
    /// Place as written in Dutch, e.g. `Den Haag`.
    pub place: String,
    /// First day.
    pub start: PartialDate,
    /// Last day.
    pub end: PartialDate,
}

/// A person who signed a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    /// The office, e.g. `De minister van Buitenlandse Zaken`.
    pub role: String,
    /// The name, where the text gives one.
    pub name: Option<String>,
    /// Where the role stands in the seed.
    pub role_span: Span,
    /// Where the name stands in the seed (two signers may stand side by side on one line).
    pub name_span: Option<Span>,
}

/// One labelled line of a letterhead or memo header (`Onze referentie: BZ2629412`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterheadField {
    /// The printed label (`Onze referentie`), or `None` for an unlabelled line (an address).
    pub label: Option<String>,
    /// The value as printed, lines joined with `\n`; empty when the form leaves it blank.
    pub value: String,
    /// True when the value is a redaction placeholder ("Bescherming persoonlijke levenssfeer").
    pub redacted: bool,
    /// Where it stands in the seed.
    pub span: Span,
}

/// The role of a block in the body of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A heading; level 1 is the document's own title, 2 a section, 3 a subsection.
    Heading {
        /// 1–3.
        level: u8,
    },
    /// A paragraph of prose.
    Paragraph,
    /// An item of a bulleted list.
    ListItem {
        /// Nesting depth, 1 for a top-level item.
        level: u8,
    },
}

/// A byte range inside a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TextRange {
    /// First byte in the block text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl TextRange {
    /// The range as `usize`, for slicing the block text.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A footnote marker inside a block's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FootnoteRef {
    /// The footnote's label as printed (`1`, `2`).
    pub label: String,
    /// Byte offset in the block text just after the word the marker follows.
    pub at: u32,
}

/// A heading, paragraph or list item of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// 1-based number in reading order; the block's link is `#/brief/<letter>/p/<n>`.
    pub n: u32,
    /// Heading, paragraph or list item.
    pub kind: BlockKind,
    /// Clean text: reflowed, de-hyphenated, artifacts and footnote markers removed, NFC.
    pub text: String,
    /// The byte range in the seed file this block was read from (markers and wraps included);
    /// for a paragraph interrupted by a page break, from its first to its last byte.
    pub span: Span,
    /// The byte ranges its text was read from, in order: one per line for wrapped text, and
    /// never covering the footnotes or page debris a page break put in between.
    pub parts: Vec<Span>,
    /// Sentences as ranges of `text`, in order; together they cover all of its non-space text.
    pub sentences: Vec<TextRange>,
    /// Footnote markers that stood in this block.
    pub footnote_refs: Vec<FootnoteRef>,
    /// Ranges of `text` that are redaction placeholders, shown as a redaction mark.
    pub redactions: Vec<TextRange>,
    /// `n` of the nearest heading above this block, if any (for a heading: its parent heading).
    pub section: Option<u32>,
}

impl Block {
    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> Option<&str> {
        self.sentences.get(i).map(|r| &self.text[r.range()])
    }

    /// True for headings.
    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading { .. })
    }
}

/// A footnote, taken out of the body and linked to its marker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The label as printed (`1`, `2`).
    pub label: String,
    /// Clean text of the note.
    pub text: String,
    /// `n` of the block holding its marker, if the marker was found.
    pub block: Option<u32>,
    /// Where the note stands in the seed.
    pub span: Span,
}

/// One document: a letter, report, news item, annotated agenda or memo.
///
/// One seed file may hold more than one document (the Ankara letter and its memo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Stable identifier used in links, e.g. `washington-2024-verslag`.
    pub id: String,
    /// The seed file it was read from, e.g. `washington-2024-verslag.txt`.
    pub source: String,
    /// The byte range of the seed file this document occupies.
    pub source_span: Span,
    /// The document's title, from the text (subject line or first heading) or the metadata.
    pub title: Sourced<String>,
    /// What kind of document this is: the id of one of [`Corpus::kinds`].
    pub kind: String,
    /// The date of the document, where known.
    pub date: Option<Sourced<PartialDate>>,
    /// The id of the meeting it is about (see [`Corpus::meetings`]).
    pub meeting: String,
    /// Who signed it, in order.
    pub signatories: Vec<Signatory>,
    /// Reference numbers (`BZ2629412`, `Kamerstuk 28 676, nr. 530`), where present.
    pub references: Vec<Sourced<String>>,
    /// ISO 639-1 language code of the text, e.g. `nl`.
    pub language: String,
    /// Letterhead, memo header, salutation and similar lines: shown as metadata, not as body.
    pub letterhead: Vec<LetterheadField>,
    /// The body in reading order.
    pub blocks: Vec<Block>,
    /// The footnotes, in label order.
    pub footnotes: Vec<Footnote>,
    /// Text of the web page or viewer the document was copied from (breadcrumbs, table rows,
    /// bullets, `Last updated` lines): kept with its span, never body text or title.
    #[serde(default)]
    pub chrome: Vec<PageChrome>,
}

/// A line of a web page or viewer around a copied document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageChrome {
    /// What the line is.
    pub kind: ChromeKind,
    /// The line as printed, trimmed.
    pub text: String,
    /// Where it stands in the seed.
    pub span: Span,
}

/// What a line of page chrome is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChromeKind {
    /// Where the page sits in the site (`U bent hier: Home > Documenten`).
    Breadcrumb,
    /// Site navigation and taglines (`Ga direct naar inhoud`, `Een website van de Rijksoverheid`).
    SiteText,
    /// A row of a metadata table (`Datum publicatie | Organisatie |`, `---|---|`).
    TableRow,
    /// A lone bullet or bullet separator (`•`, `• |`).
    Bullet,
    /// A publication or update line (`Last updated: 12 July 2023`).
    Updated,
    /// A line naming the kind of page above the real heading (`Kamerstuk`, `Brief regering : …`).
    TypeLine,
}

impl Letter {
    /// The block with number `n`.
    pub fn block(&self, n: u32) -> Option<&Block> {
        self.blocks.get((n as usize).checked_sub(1)?)
    }

    /// The document's own date, where known; to order documents use [`Corpus::order_date`],
    /// which falls back to the meeting's start.
    pub fn sort_date(&self) -> Option<PartialDate> {
        self.date.as_ref().map(|d| d.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_round_trip_and_reject_nonsense() {
        for s in ["2025", "2025-06", "2024-02-29", "2026-07-08"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        for s in [
            "",
            "25",
            "2025-13",
            "2025-02-30",
            "2023-02-29",
            "2025-6-1",
            "2025-06-01-01",
        ] {
            assert!(PartialDate::parse_iso(s).is_none(), "{s}");
        }
    }

    /// A letter of `meeting` with the given date, and nothing else.
    fn letter(id: &str, meeting: &str, date: Option<PartialDate>) -> Letter {
        Letter {
            id: id.into(),
            source: format!("{id}.txt"),
            source_span: Span::new(0, 0),
            title: Sourced {
                value: id.into(),
                origin: Origin::Metadata {
                    file: format!("{id}.toml"),
                },
            },
            kind: "kamerbrief".into(),
            date: date.map(|value| Sourced {
                value,
                origin: Origin::Metadata {
                    file: format!("{id}.toml"),
                },
            }),
            meeting: meeting.into(),
            signatories: Vec::new(),
            references: Vec::new(),
            language: "nl".into(),
            letterhead: Vec::new(),
            chrome: Vec::new(),
            blocks: Vec::new(),
            footnotes: Vec::new(),
        }
    }

    #[test]
    fn undated_letters_are_ordered_by_their_meetings_start() {
        let start = PartialDate::ymd(2025, 6, 24);
        let corpus = Corpus {
            schema_version: SCHEMA_VERSION,
            kinds: Vec::new(),
            meetings: vec![Meeting {
                id: "den-haag-2025".into(),
                name: "NAVO-top Den Haag 2025".into(),
                name_en: "NATO Summit The Hague 2025".into(),
                place: "Den Haag".into(),
                start,
                end: PartialDate::ymd(2025, 6, 25),
            }],
            letters: Vec::new(),
        };
        let dated = letter("a", "den-haag-2025", Some(PartialDate::ymd(2025, 5, 1)));
        assert_eq!(
            corpus.order_date(&dated),
            Some(PartialDate::ymd(2025, 5, 1))
        );
        assert_eq!(
            corpus.order_date(&letter("b", "den-haag-2025", None)),
            Some(start)
        );
        assert_eq!(corpus.order_date(&letter("c", "elsewhere", None)), None);
    }

    #[test]
    fn less_precise_dates_sort_first() {
        let month = PartialDate::parse_iso("2025-06").unwrap();
        let day = PartialDate::ymd(2025, 6, 1);
        assert!(month < day);
        assert!(day < PartialDate::ymd(2025, 7, 1));
    }
}
