//! Extraction: facts found in the letters' text, kept as their own artifact beside the corpus.
//!
//! ```text
//! Corpus ──extract──▶ Extracts { dates, events, themes, … } ──▶ extracts.json (and the views)
//! ```
//!
//! Extracts are derived from a [`Corpus`] and never feed back into it, so adding a kind of fact
//! (events, key figures, terms) changes [`Extracts`] and its [`EXTRACTS_SCHEMA_VERSION`], never
//! the corpus schema or its snapshot.
//!
//! Invariants:
//! - Every fact points into the corpus: letter id, block number `n`, sentence index within the
//!   block, and a byte range of the block's `text` on `char` boundaries, with the text as written.
//! - Order is deterministic: letters in corpus order, blocks in reading order, facts in text order.

pub mod calendar;
pub mod dates;
pub mod event_rows;
pub mod events;
pub mod labels;
pub mod lanes;
pub mod theme_rows;
pub mod themes;

use crate::model::Corpus;
use serde::{Deserialize, Serialize};

pub use dates::{DateMention, MentionedDate, Precision, Relative};
pub use events::{Event, EventPlace, Tense};
pub use lanes::Lane;
pub use themes::{Theme, ThemeDef, ThemeHit, ThemeIndex, ThemeTag, Themes};

/// Version of the extracts' schema (`extracts.json`); bumped on any incompatible change.
pub const EXTRACTS_SCHEMA_VERSION: u32 = 3;

/// Everything extraction found in a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracts {
    /// Always [`EXTRACTS_SCHEMA_VERSION`] for data written by this version.
    pub schema_version: u32,
    /// Every date written in the body of a letter, in corpus and text order.
    pub dates: Vec<DateMention>,
    /// Every event for the timeline: meetings and dated text, by first day.
    pub events: Vec<Event>,
    /// The themes of `seeds/themes.toml` and every paragraph's themes, with why (filled by the
    /// pipeline, which reads the definitions and the synonyms: see [`themes::assign`]).
    pub themes: Themes,
}

/// Runs every extractor over the corpus.
pub fn extract(corpus: &Corpus) -> Extracts {
    let dates = dates::date_mentions(corpus);
    let events = events::events(corpus, &dates);
    Extracts {
        schema_version: EXTRACTS_SCHEMA_VERSION,
        dates,
        events,
        themes: Themes::default(),
    }
}
