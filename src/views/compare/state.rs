//! The compare view's URL state: which meetings and themes the matrix shows, the search that
//! narrows it, the cell or row that is open, and the two passages compared.
//!
//! | parameter                     | state                                                   |
//! |-------------------------------|---------------------------------------------------------|
//! | `top=<meeting>` (more)        | only these meetings (all when absent)                   |
//! | `thema=<theme>` (more)        | only these themes (all when absent)                     |
//! | `q=…`                         | only passages matching this search                      |
//! | `open=<theme>` or `<theme>~<meeting>` | the row or the cell whose passages are shown    |
//! | `a=<letter>~<n>`              | the first passage (paragraph `n`), or                   |
//! | `a=<letter>~<theme>`          | a letter's passages on a theme, read as one text        |
//! | `b=…`                         | the second, as `a`; with `a` the two are compared       |
//! | `leestekens=negeer`           | punctuation-only changes count as the same              |
//! | `weergave=inline` / `naast`   | the diff in one column, or side by side                 |
//!
//! Unknown parameters and values that do not read are ignored; ids are checked against the data
//! where they are used, so a link to a theme or letter that no longer exists still opens the view.

use crate::url::{Href, Params};

/// Separates a letter from a paragraph number or a theme, and a theme from a meeting, in one
/// parameter value (an unreserved character, so links stay readable).
const SEP: char = '~';

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassageRef {
    /// Paragraph `n` of a letter.
    Block {
        /// The letter's id.
        letter: String,
        /// The block's number.
        n: u32,
    },
    /// Every paragraph of a letter that has a theme, in reading order, as one text.
    Theme {
        /// The letter's id.
        letter: String,
        /// The theme's id.
        theme: String,
    },
}

impl PassageRef {
    /// Reads `letter~12` or `letter~theme`.
    pub fn parse(s: &str) -> Option<PassageRef> {
        let (letter, rest) = s.rsplit_once(SEP)?;
        if letter.is_empty() || rest.is_empty() {
            return None;
        }
        let letter = letter.to_string();
        Some(match rest.parse::<u32>() {
            Ok(n) if n > 0 && rest.bytes().all(|b| b.is_ascii_digit()) => {
                PassageRef::Block { letter, n }
            }
            Ok(_) => return None,
            Err(_) if rest.bytes().all(|b| b.is_ascii_digit()) => return None,
            Err(_) => PassageRef::Theme {
                letter,
                theme: rest.to_string(),
            },
        })
    }

    /// The value as written in a link.
    pub fn value(&self) -> String {
        let mut s = self.letter().to_string();
        s.push(SEP);
        match self {
            PassageRef::Block { n, .. } => crate::numbers::number(&mut s, i64::from(*n)),
            PassageRef::Theme { theme, .. } => s.push_str(theme),
        }
        s
    }

    /// The letter's id.
    pub fn letter(&self) -> &str {
        match self {
            PassageRef::Block { letter, .. } | PassageRef::Theme { letter, .. } => letter,
        }
    }
}

/// What the compare view shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareState {
    /// Only these meetings (ids); all when empty.
    pub meetings: Vec<String>,
    /// Only these themes (ids); all when empty.
    pub themes: Vec<String>,
    /// Only passages matching this search.
    pub query: String,
    /// The open row (a theme) or cell (a theme and a meeting).
    pub open: Option<(String, Option<String>)>,
    /// The first passage.
    pub a: Option<PassageRef>,
    /// The second passage.
    pub b: Option<PassageRef>,
    /// Punctuation-only changes count as the same.
    pub ignore_punctuation: bool,
    /// One column (`Some(true)`), side by side (`Some(false)`), or as fits the screen (`None`).
    pub inline: Option<bool>,
}

impl CompareState {
    /// Reads the parameters; anything unreadable is left at its default.
    pub fn from_params(params: &Params) -> CompareState {
        CompareState {
            meetings: params.all("top"),
            themes: params.all("thema"),
            query: params.get("q").unwrap_or_default().trim().to_string(),
            open: params
                .get("open")
                .filter(|s| !s.is_empty())
                .map(|s| match s.split_once(SEP) {
                    Some((t, m)) if !m.is_empty() => (t.to_string(), Some(m.to_string())),
                    Some((t, _)) => (t.to_string(), None),
                    None => (s.to_string(), None),
                }),
            a: params.get("a").and_then(PassageRef::parse),
            b: params.get("b").and_then(PassageRef::parse),
            ignore_punctuation: params.get("leestekens") == Some("negeer"),
            inline: match params.get("weergave") {
                Some("inline") => Some(true),
                Some("naast") => Some(false),
                _ => None,
            },
        }
    }

    /// Writes the parameters (nothing for defaults).
    pub fn write_params(&self, href: &mut Href) {
        for m in &self.meetings {
            href.param("top", m);
        }
        for t in &self.themes {
            href.param("thema", t);
        }
        if !self.query.is_empty() {
            href.param("q", &self.query);
        }
        if let Some((theme, meeting)) = &self.open {
            let mut open = theme.clone();
            if let Some(m) = meeting {
                open.push(SEP);
                open.push_str(m);
            }
            href.param("open", &open);
        }
        for (key, side) in [("a", &self.a), ("b", &self.b)] {
            if let Some(r) = side {
                href.param(key, &r.value());
            }
        }
        if self.ignore_punctuation {
            href.param("leestekens", "negeer");
        }
        match self.inline {
            Some(true) => href.param("weergave", "inline"),
            Some(false) => href.param("weergave", "naast"),
            None => {}
        }
    }

    /// The state with the passages set (and the matrix selection kept, for the way back).
    pub fn with_pair(&self, a: Option<PassageRef>, b: Option<PassageRef>) -> CompareState {
        CompareState {
            a,
            b,
            ..self.clone()
        }
    }

    /// A comparison of `a` with nothing chosen yet: `a` and the passages like it.
    pub fn passage(a: PassageRef) -> CompareState {
        CompareState {
            a: Some(a),
            ..Default::default()
        }
    }
}

/// `list` with `id` taken out when in it, else added, in the order of `every` (an empty list
/// means all of them: choosing is narrowing).
pub fn toggled(list: &[String], id: &str, every: &[&str]) -> Vec<String> {
    let has = |e: &str| list.iter().any(|c| c == e);
    every
        .iter()
        .filter(|e| if **e == id { !has(e) } else { has(e) })
        .map(|s| s.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passage_refs_read_numbers_as_paragraphs_and_words_as_themes() {
        assert_eq!(
            PassageRef::parse("den-haag-2025-verslag~12"),
            Some(PassageRef::Block {
                letter: "den-haag-2025-verslag".into(),
                n: 12
            })
        );
        assert_eq!(
            PassageRef::parse("a~defensie-uitgaven"),
            Some(PassageRef::Theme {
                letter: "a".into(),
                theme: "defensie-uitgaven".into()
            })
        );
        for bad in ["", "a", "~3", "a~", "a~0", "a~99999999999", "a~+3"] {
            assert_eq!(PassageRef::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn unreadable_values_fall_back_to_defaults() {
        let s = CompareState::from_params(&Params::parse(
            "a=zonder&b=x~0&weergave=breed&leestekens=ja&open=",
        ));
        assert_eq!(s, CompareState::default());
    }

    #[test]
    fn toggling_adds_or_takes_out_in_declared_order() {
        let every = ["a", "b", "c"];
        assert_eq!(toggled(&[], "b", &every), ["b"]);
        assert_eq!(toggled(&["c".into()], "a", &every), ["a", "c"]);
        assert_eq!(toggled(&["a".into(), "c".into()], "a", &every), ["c"]);
        assert!(toggled(&["a".into()], "a", &every).is_empty());
        // An id that is not (or no longer) declared is dropped.
        assert_eq!(toggled(&["x".into(), "a".into()], "b", &every), ["a", "b"]);
    }
}
