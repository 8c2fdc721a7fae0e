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
pub mod compact;
pub mod csv;
pub mod dates;
pub mod event_rows;
pub mod events;
pub mod figure_rows;
pub mod figures;
pub mod glossary;
pub mod labels;
pub mod lanes;
pub mod theme_rows;
pub mod themes;
pub mod topics;

use crate::model::Corpus;
use crate::search::Synonyms;
use serde::{Deserialize, Serialize};

pub use dates::{DateMention, MentionedDate, Precision, Relative};
pub use events::{Event, EventPlace, Tense};
pub use figures::{Figure, FigureKind, FigureUnit};
pub use glossary::{GlossarySeeds, Term, TermKind, TermPlace};
pub use lanes::Lane;
pub use themes::{Theme, ThemeDef, ThemeHit, ThemeIndex, ThemeTag, Themes};
pub use topics::FigureSeeds;

/// Version of the extracts' schema (`extracts.json`); bumped on any incompatible change.
pub const EXTRACTS_SCHEMA_VERSION: u32 = 3;

/// Everything extraction found in a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extracts {
    /// Always [`EXTRACTS_SCHEMA_VERSION`] for data written by this version.
    pub schema_version: u32,
    /// Every date written in the body of a letter, in corpus and text order.
    pub dates: Vec<DateMention>,
    /// Every event for the timeline: meetings and dated text, by first day.
    pub events: Vec<Event>,
    /// The topics of the key figures, as declared in `seeds/topics.toml`.
    pub topics: Vec<topics::Topic>,
    /// What a percentage can be a share of, as declared in `seeds/topics.toml`.
    pub shares: Vec<topics::ShareBase>,
    /// Every key figure (amount, percentage, key count), in corpus and text order.
    pub figures: Vec<Figure>,
    /// Acronyms, people, countries and organisations with their mentions.
    pub glossary: Vec<Term>,
    /// The themes of `seeds/themes.toml` and every paragraph's themes, with why.
    pub themes: Themes,
}

/// The data extraction reads from `seeds/` besides the corpus: topics of key figures, the
/// glossary's declarations and the themes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractSeeds {
    /// `seeds/topics.toml`.
    pub figures: FigureSeeds,
    /// `seeds/glossary.toml`.
    pub glossary: GlossarySeeds,
    /// `seeds/themes.toml`.
    pub themes: Vec<ThemeDef>,
}

/// Runs every extractor over the corpus, with no declarations (no topics, glossary or themes).
pub fn extract(corpus: &Corpus) -> Extracts {
    extract_with(corpus, &ExtractSeeds::default(), &Synonyms::default())
}

/// Runs every extractor over the corpus, with the declarations of `seeds`; themes are matched
/// with the search's `synonyms`, so a theme's words are found as a search finds them.
pub fn extract_with(corpus: &Corpus, seeds: &ExtractSeeds, synonyms: &Synonyms) -> Extracts {
    let dates = dates::date_mentions(corpus);
    let events = events::events(corpus, &dates);
    let glossary = glossary::glossary(corpus, &seeds.glossary);
    let acronyms: Vec<String> = glossary
        .iter()
        .filter(|t| t.kind == TermKind::Acronym)
        .map(|t| t.term.clone())
        .collect();
    let figures = figures::figures(corpus, &seeds.figures, &acronyms);
    Extracts {
        schema_version: EXTRACTS_SCHEMA_VERSION,
        dates,
        events,
        topics: seeds.figures.topics.clone(),
        shares: seeds.figures.shares.clone(),
        figures,
        glossary,
        themes: themes::assign(corpus, &seeds.themes, synonyms),
    }
}
