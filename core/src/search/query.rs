//! The query language: plain words (all must match), `"exact phrases"`, `-exclusions` and
//! filters (`brief:`, `soort:`, `top:`, `jaar:`; in English `letter:`, `kind:`, `summit:`,
//! `year:`). A figure (`3,5 procent`, `EUR 40 miljard`) is one clause that finds every writing of
//! it ([`super::figures`]). Parsing is total: any input gives a query, with notices for what was
//! odd.

use super::figures::query_figures;
use super::synonyms::Synonyms;
use crate::nl::tokenize::tokenize;
use serde::{Deserialize, Serialize};

/// Longest query read, in characters; the rest is ignored with a notice.
pub const MAX_QUERY_CHARS: usize = 400;
/// Most terms a query may hold; the rest are ignored with a notice.
pub const MAX_QUERY_TERMS: usize = 16;

/// Something the user should know about how the query was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// Nothing to search for.
    EmptyQuery,
    /// The query was cut to this many characters.
    TooLong(usize),
    /// Only this many terms were used.
    TooManyTerms(usize),
    /// A quote was not closed; the rest was read as a phrase.
    UnclosedQuote,
    /// Control characters were ignored.
    IgnoredCharacters,
    /// A filter name that is not known, kept as words.
    UnknownFilter(String),
    /// No passage has every word: these show passages with `matched` of the `total` words.
    Partial {
        /// Words matched by the passages shown.
        matched: usize,
        /// Words in the query.
        total: usize,
    },
}

/// What a clause asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// The words as typed, for messages.
    pub label: String,
    /// Alternatives, each a sequence of folded terms (more than one term: a phrase).
    pub alternatives: Vec<Vec<String>>,
    /// Stemmed, prefix and fuzzy matches of a single typed word are allowed.
    pub expand: bool,
    /// The last word while typing: also matches terms it begins.
    pub prefix: bool,
    /// A figure: every alternative is the figure itself (its key, or the words as typed).
    pub figure: bool,
}

/// Restrictions on where to search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters {
    /// Letter ids.
    pub letters: Vec<String>,
    /// Kind slugs.
    pub kinds: Vec<String>,
    /// Meeting ids.
    pub meetings: Vec<String>,
    /// Years.
    pub years: Vec<u16>,
}

impl Filters {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.letters.is_empty()
            && self.kinds.is_empty()
            && self.meetings.is_empty()
            && self.years.is_empty()
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Positive clauses: all must match.
    pub clauses: Vec<Clause>,
    /// Excluded expressions (term sequences).
    pub exclusions: Vec<Vec<String>>,
    /// Filters given in the query text.
    pub filters: Filters,
    /// How the query was read.
    pub notices: Vec<Notice>,
}

/// A piece of the raw query.
enum Piece {
    Word(String),
    Phrase(String),
    Not(String),
    NotPhrase(String),
    Filter(String, String),
}

/// Splits the query into words, phrases, exclusions and filters, each with the byte offset where
/// it starts.
fn pieces(q: &str, notices: &mut Vec<Notice>) -> Vec<(usize, Piece)> {
    let mut out = Vec::new();
    let mut chars = q.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let negated = c == '-';
        if negated {
            chars.next();
        }
        if chars.peek().map(|&(_, c)| c) == Some('"') {
            chars.next();
            let mut phrase = String::new();
            let mut closed = false;
            for (_, c) in chars.by_ref() {
                if c == '"' {
                    closed = true;
                    break;
                }
                phrase.push(c);
            }
            if !closed {
                notices.push(Notice::UnclosedQuote);
            }
            out.push((
                start,
                if negated {
                    Piece::NotPhrase(phrase)
                } else {
                    Piece::Phrase(phrase)
                },
            ));
            continue;
        }
        let mut word = String::new();
        while let Some(&(_, c)) = chars.peek() {
            if c.is_whitespace() || c == '"' {
                break;
            }
            word.push(c);
            chars.next();
        }
        if word.is_empty() {
            continue;
        }
        if negated {
            out.push((start, Piece::Not(word)));
            continue;
        }
        if let Some((key, value)) = word.split_once(':') {
            if !key.is_empty() && !value.is_empty() && key.chars().all(char::is_alphabetic) {
                out.push((start, Piece::Filter(key.to_lowercase(), value.to_string())));
                continue;
            }
        }
        out.push((start, Piece::Word(word)));
    }
    out
}

/// Terms of a piece of text as the tokenizer sees them (compounds whole).
fn terms(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| !t.is_part)
        .map(|t| t.term)
        .collect()
}

/// Parses `q`. `typing` is true while the user is still typing the last word (it then also
/// matches the terms it begins).
pub fn parse(q: &str, synonyms: &Synonyms, typing: bool) -> Query {
    let mut query = Query::default();
    let clean: String = q
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    if clean.chars().count() != q.chars().count() {
        query.notices.push(Notice::IgnoredCharacters);
    }
    let clean: String = if clean.chars().count() > MAX_QUERY_CHARS {
        query.notices.push(Notice::TooLong(MAX_QUERY_CHARS));
        clean.chars().take(MAX_QUERY_CHARS).collect()
    } else {
        clean
    };
    let ends_in_word = typing
        && clean
            .chars()
            .last()
            .is_some_and(|c| !c.is_whitespace() && c != '"');
    let mut words: Vec<(String, String)> = Vec::new(); // (term, label)
    let mut phrases = Vec::new();
    let mut notices = Vec::new();
    let figures = query_figures(&clean);
    let mut figures_taken = 0;
    for (start, piece) in pieces(&clean, &mut notices) {
        match piece {
            Piece::Word(w) => {
                // A word of a figure: the figure is one clause, made at its first word.
                let end = start + w.len();
                if let Some(i) = figures.iter().position(|f| f.start < end && start < f.end) {
                    if i >= figures_taken {
                        figures_taken = i + 1;
                        let f = &figures[i];
                        let written = &clean[f.start..f.end];
                        query.clauses.push(Clause {
                            label: written.to_string(),
                            alternatives: vec![vec![f.term.clone()], terms(written)],
                            expand: false,
                            prefix: false,
                            figure: true,
                        });
                    }
                    continue;
                }
                for t in terms(&w) {
                    words.push((t, w.clone()));
                }
            }
            Piece::Phrase(p) => {
                let t = terms(&p);
                if !t.is_empty() {
                    phrases.push((t, p));
                }
            }
            Piece::Not(w) => {
                let t = terms(&w);
                if !t.is_empty() {
                    query.exclusions.push(t);
                }
            }
            Piece::NotPhrase(p) => {
                let t = terms(&p);
                if !t.is_empty() {
                    query.exclusions.push(t);
                }
            }
            Piece::Filter(key, value) => match key.as_str() {
                "brief" | "letter" => query.filters.letters.push(value),
                "soort" | "kind" => query.filters.kinds.push(value.to_lowercase()),
                "top" | "summit" | "meeting" => query.filters.meetings.push(value.to_lowercase()),
                "jaar" | "year" => match value.parse() {
                    Ok(y) => query.filters.years.push(y),
                    Err(_) => query
                        .notices
                        .push(Notice::UnknownFilter(format!("{key}:{value}"))),
                },
                _ => {
                    query
                        .notices
                        .push(Notice::UnknownFilter(format!("{key}:{value}")));
                    for t in terms(&format!("{key} {value}")) {
                        words.push((t, format!("{key}:{value}")));
                    }
                }
            },
        }
    }
    query.notices.extend(notices);
    // Words, with synonym expressions (longest first) made into one clause.
    let last = words.len().saturating_sub(1);
    let mut i = 0;
    let word_terms: Vec<String> = words.iter().map(|(t, _)| t.clone()).collect();
    while i < words.len() {
        if let Some(len) = synonyms.longest_match(&word_terms[i..]) {
            let expression = word_terms[i..i + len].to_vec();
            let mut alternatives = vec![expression.clone()];
            for group in synonyms.groups_of(&expression) {
                for e in group {
                    if !alternatives.contains(e) {
                        alternatives.push(e.clone());
                    }
                }
            }
            let label = words[i..i + len]
                .iter()
                .map(|(_, l)| l.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            query.clauses.push(Clause {
                label,
                alternatives,
                expand: len == 1,
                prefix: len == 1 && ends_in_word && i == last,
                figure: false,
            });
            i += len;
            continue;
        }
        query.clauses.push(Clause {
            label: words[i].1.clone(),
            alternatives: vec![vec![words[i].0.clone()]],
            expand: true,
            prefix: ends_in_word && i == last,
            figure: false,
        });
        i += 1;
    }
    for (t, label) in phrases {
        query.clauses.push(Clause {
            label,
            alternatives: vec![t],
            expand: false,
            prefix: false,
            figure: false,
        });
    }
    if query.clauses.len() > MAX_QUERY_TERMS {
        query.clauses.truncate(MAX_QUERY_TERMS);
        query.notices.push(Notice::TooManyTerms(MAX_QUERY_TERMS));
    }
    query.exclusions.truncate(MAX_QUERY_TERMS);
    if query.clauses.is_empty() && query.filters.is_empty() {
        query.notices.push(Notice::EmptyQuery);
    }
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(q: &str) -> Query {
        parse(
            q,
            &Synonyms::from_groups(&[
                vec!["NATO", "NAVO"],
                vec!["defence spending", "defensie-uitgaven"],
            ]),
            false,
        )
    }

    #[test]
    fn words_phrases_exclusions_and_filters() {
        let q = p("drones \"Drone Line\" -Oekraïne soort:verslag jaar:2025");
        assert_eq!(q.clauses.len(), 2);
        assert_eq!(
            q.clauses[1].alternatives,
            vec![vec!["drone".to_string(), "line".to_string()]]
        );
        assert_eq!(q.exclusions, vec![vec!["oekraine".to_string()]]);
        assert_eq!(q.filters.kinds, ["verslag"]);
        assert_eq!(q.filters.years, [2025]);
    }

    #[test]
    fn synonyms_become_one_clause_with_alternatives() {
        let q = p("NATO defence spending");
        assert_eq!(q.clauses.len(), 2);
        assert!(q.clauses[0]
            .alternatives
            .contains(&vec!["navo".to_string()]));
        assert!(q.clauses[1]
            .alternatives
            .contains(&vec!["defensieuitgaven".to_string()]));
    }

    #[test]
    fn malformed_queries_give_notices_not_panics() {
        assert!(p("\"unclosed phrase")
            .notices
            .contains(&Notice::UnclosedQuote));
        assert!(p("-").notices.contains(&Notice::EmptyQuery));
        assert!(p("").notices.contains(&Notice::EmptyQuery));
        assert!(p(&"a".repeat(10_000))
            .notices
            .contains(&Notice::TooLong(MAX_QUERY_CHARS)));
        assert!(p("x\u{0}y\u{7}")
            .notices
            .contains(&Notice::IgnoredCharacters));
        let many = (0..40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(p(&many).clauses.len(), MAX_QUERY_TERMS);
        let _ = p("😀😀 \"\" -\"\" :: a: :b");
    }

    #[test]
    fn only_the_last_word_is_a_prefix_while_typing() {
        let q = parse("defensie ind", &Synonyms::default(), true);
        assert!(!q.clauses[0].prefix && q.clauses[1].prefix);
        let q = parse("defensie ind ", &Synonyms::default(), true);
        assert!(!q.clauses[1].prefix);
    }
}
