//! Themes: each paragraph gets the themes its words (or its section heading) signal, with the
//! words that gave it each one, so a person can see why.
//!
//! ```text
//! seeds/themes.toml ──compile──▶ patterns ─┐
//! Corpus ──tokenize, stem─────────────────┴─▶ ThemeTag { letter, block, theme, heading, hits }
//! ```
//!
//! Themes are data (`seeds/themes.toml`): an id, Dutch and English names, and three lists of
//! expressions: `strong` (one is enough), `terms` (`need` different ones are needed, 2 unless
//! set) and `headings` (a section heading above the paragraph that holds one gives its section
//! the theme: every paragraph when it signals no other theme, else the paragraphs holding at
//! least one key term of the theme). Expressions are read with the search engine's own
//! tokenizer, stemmer and synonyms, so `defensie-uitgave` finds `defensie-uitgaven` and
//! `defence spending`, exactly as a search does. Two more forms:
//! - `cyber*`: a word that begins so (`cyberaanvallen`, the part `cyber` of a compound);
//! - `Rusland + dreiging`: every piece in one sentence (each piece may be a phrase or a prefix).
//!
//! Files: this one holds the model (definitions, tags, hits), `index` the packed form the app
//! embeds, `matcher` the expressions compiled and matched against a block's words, `assign`
//! which paragraphs get which theme. `seeds/themes.toml` is read by the seeds stage
//! (`seeds::read_themes`).
//!
//! Invariants:
//! - Only paragraphs and list items get themes; headings only signal them.
//! - Every hit is a byte range of the block's text on `char` boundaries, with the index of the
//!   key term (of `strong` then `terms`) that matched; hits are in text order and never overlap
//!   (a compound's part found inside the compound found whole is left out).
//! - Tags are in corpus order (letters, then blocks), themes in declaration order within a block.

mod assign;
mod index;
mod matcher;

pub use assign::assign;
pub use index::ThemeIndex;

use crate::model::TextRange;
use serde::{Deserialize, Serialize};

/// Distinct `terms` needed for a theme when its definition does not say.
pub const DEFAULT_NEED: u8 = 2;
/// Most key terms (`strong` and `terms` together) a theme may have: hits store the term's index.
pub const MAX_THEME_TERMS: usize = u16::MAX as usize;

/// A theme as declared in `seeds/themes.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeDef {
    /// Stable identifier used in links (`defensie-uitgaven`).
    pub id: String,
    /// Dutch name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Expressions that, in a section heading above a paragraph, give it the theme.
    pub headings: Vec<String>,
    /// Key terms of which one is enough.
    pub strong: Vec<String>,
    /// Key terms of which [`ThemeDef::need`] different ones are needed.
    pub terms: Vec<String>,
    /// How many different `terms` give the theme.
    pub need: u8,
}

impl ThemeDef {
    /// Key term `i`: of `strong`, then of `terms`.
    pub fn key_term(&self, i: u16) -> Option<&str> {
        let i = i as usize;
        self.strong
            .get(i)
            .or_else(|| self.terms.get(i.checked_sub(self.strong.len())?))
            .map(String::as_str)
    }
}

/// A theme's name, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Stable identifier used in links.
    pub id: String,
    /// Dutch name.
    pub name: String,
    /// English name.
    pub name_en: String,
}

/// One key term found in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeHit {
    /// Index of the key term in its theme (`strong`, then `terms`).
    pub term: u16,
    /// The words as written: a byte range of the block's text.
    pub span: TextRange,
}

/// A theme given to a paragraph, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeTag {
    /// Index of the letter in the corpus.
    pub letter: u16,
    /// The block's `n`.
    pub block: u32,
    /// Index of the theme in the definitions.
    pub theme: u16,
    /// `n` of the section heading that signals the theme, if one does.
    pub heading: Option<u32>,
    /// The key terms found in the paragraph, in text order.
    pub hits: Vec<ThemeHit>,
}

/// The themes of a corpus: the definitions and every paragraph's themes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Themes {
    /// The definitions, in the order of `themes.toml`.
    pub definitions: Vec<ThemeDef>,
    /// The themes of every paragraph, in corpus order.
    pub tags: Vec<ThemeTag>,
}

impl Themes {
    /// The compact form the app embeds.
    pub fn index(&self) -> ThemeIndex {
        ThemeIndex {
            themes: self
                .definitions
                .iter()
                .map(|d| Theme {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    name_en: d.name_en.clone(),
                })
                .collect(),
            tags: self.tags.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
