//! The reader's URL state: which letter, where in it, and which search words to mark.
//!
//! | link (after `#/brief`)  | state                                |
//! |-------------------------|--------------------------------------|
//! | `/<id>`                 | the top of letter `id`               |
//! | `/<id>/p/<n>`           | block `n` (a positive number)        |
//! | `/<id>/noot/<label>`    | the footnote `label`                 |
//! | `…?q=…`                 | with the search words `q` marked     |
//! | `…/p/<n>?zin=<s>`       | with sentence `s` of block `n` marked |

use crate::url::{Href, Params};

/// Longest paragraph number in a link, in digits: more can only be a damaged link.
const MAX_BLOCK_DIGITS: usize = 9;

/// What part of a letter a link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The top of the letter.
    Top,
    /// Block (paragraph, heading, list item) number `n`.
    Block(u32),
    /// The footnote with this label.
    Note(String),
}

/// What the reader shows: a letter, scrolled to a target, perhaps with search words marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderState {
    /// Letter id.
    pub letter: String,
    /// Where to scroll.
    pub target: Target,
    /// Words to mark (from a search result).
    pub highlight: Option<String>,
    /// Index of a sentence of the target block to mark (from the timeline).
    pub sentence: Option<u32>,
}

impl ReaderState {
    /// Letter `letter` at `target`, with nothing marked.
    pub fn at(letter: &str, target: Target) -> ReaderState {
        ReaderState {
            letter: letter.to_string(),
            target,
            highlight: None,
            sentence: None,
        }
    }

    /// Reads the path after `brief/` and the parameters; `None` when the path is no letter link.
    pub fn from_url(path: &[&str], params: &Params) -> Option<ReaderState> {
        let (letter, target) = match path {
            [id] => (id, Target::Top),
            [id, "p", n] => (id, Target::Block(parse_block_number(n)?)),
            [id, "noot", label] => (id, Target::Note(label.to_string())),
            _ => return None,
        };
        Some(ReaderState {
            letter: letter.to_string(),
            target,
            highlight: params
                .get("q")
                .filter(|q| !q.trim().is_empty())
                .map(str::to_string),
            sentence: params.get("zin").and_then(|s| s.parse().ok()),
        })
    }

    /// Writes the path after `brief` and the parameters.
    pub fn write_url(&self, href: &mut Href) {
        href.segment(&self.letter);
        match &self.target {
            Target::Top => {}
            Target::Block(n) => {
                href.segment("p");
                href.segment(&n.to_string());
            }
            Target::Note(label) => {
                href.segment("noot");
                href.segment(label);
            }
        }
        if let Some(q) = self.highlight.as_deref().filter(|q| !q.is_empty()) {
            href.param("q", q);
        }
        if let Some(s) = self.sentence {
            href.param("zin", &s.to_string());
        }
    }
}

/// A positive number of at most [`MAX_BLOCK_DIGITS`] ASCII digits (no sign, no leading `+`).
fn parse_block_number(s: &str) -> Option<u32> {
    (s.len() <= MAX_BLOCK_DIGITS && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}
