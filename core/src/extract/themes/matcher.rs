//! Theme expressions compiled (each word with its synonyms, stems and prefixes) and matched
//! against a block's words, read with the search's own tokenizer and stemmer.

use super::{ThemeDef, MAX_THEME_TERMS};
use crate::model::{Block, TextRange};
use crate::nl::stem::{dutch_stem, english_stem};
use crate::nl::tokenize::{expression_terms, for_each_token};
use crate::search::Synonyms;

/// One word of a compiled expression.
#[derive(Debug, Clone)]
struct Element {
    /// The folded term (for a prefix: what a word must begin with).
    term: String,
    /// Its Dutch stem.
    stem: String,
    /// Its English stem.
    stem_en: String,
    /// True for `word*`.
    prefix: bool,
}

/// An expression compiled: pieces that must all stand in one sentence, each a set of
/// alternative phrases (the expression and its synonyms).
#[derive(Debug, Clone)]
pub(super) struct Pattern {
    /// The pieces (`a + b` has two).
    pieces: Vec<Vec<Vec<Element>>>,
}

impl Pattern {
    /// True for a pattern with no word to match (an expression the reader would refuse).
    pub(super) fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }
}

/// Compiles one expression with the search's synonyms; `None` when it holds no word.
fn compile(expression: &str, synonyms: &Synonyms) -> Option<Pattern> {
    let mut pieces = Vec::new();
    for piece in expression.split('+') {
        let piece = piece.trim();
        let (words, prefix) = match piece.strip_suffix('*') {
            Some(w) => (w, true),
            None => (piece, false),
        };
        let terms = expression_terms(words);
        if terms.is_empty() {
            return None;
        }
        let element = |t: &String, prefix: bool| Element {
            stem: dutch_stem(t),
            stem_en: english_stem(t),
            term: t.clone(),
            prefix,
        };
        let last = terms.len() - 1;
        let phrase: Vec<Element> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| element(t, prefix && i == last))
            .collect();
        let mut alternatives = vec![phrase];
        if !prefix {
            for group in synonyms.groups_of(&terms) {
                for other in group.iter().filter(|e| **e != terms) {
                    alternatives.push(other.iter().map(|t| element(t, false)).collect());
                }
            }
        }
        pieces.push(alternatives);
    }
    Some(Pattern { pieces })
}

/// A token of a block, with its stems.
struct Word {
    /// The folded term.
    term: String,
    /// Its Dutch stem.
    stem: String,
    /// Its English stem (English documents only; empty otherwise).
    stem_en: String,
    /// Byte range in the block text.
    start: u32,
    /// End of the byte range.
    end: u32,
}

/// A block's tokens by word position (a word and its parts share one).
pub(super) struct BlockWords {
    /// Position → the tokens there.
    at: Vec<Vec<Word>>,
    /// The block's sentences.
    sentences: Vec<TextRange>,
}

impl BlockWords {
    /// Reads a block's text as the search tokenizer does.
    pub(super) fn read(block: &Block, english: bool) -> BlockWords {
        let mut at: Vec<Vec<Word>> = Vec::new();
        for_each_token(&block.text, |t| {
            let pos = t.pos as usize;
            if at.len() <= pos {
                at.resize_with(pos + 1, Vec::new);
            }
            at[pos].push(Word {
                term: t.term.to_string(),
                stem: dutch_stem(t.term),
                stem_en: if english {
                    english_stem(t.term)
                } else {
                    String::new()
                },
                start: t.start,
                end: t.end,
            });
        });
        BlockWords {
            at,
            sentences: block.sentences.clone(),
        }
    }

    /// The sentence holding byte `at` (0 when the block has no sentence ranges).
    fn sentence_of(&self, at: u32) -> usize {
        self.sentences
            .iter()
            .position(|s| s.start <= at && at < s.end.max(s.start + 1))
            .unwrap_or(0)
    }

    /// Where a phrase matches: the byte range of each match.
    fn phrase_matches(&self, phrase: &[Element]) -> Vec<TextRange> {
        let mut out = Vec::new();
        if phrase.is_empty() {
            return out;
        }
        for i in 0..self.at.len() {
            let mut range = None::<TextRange>;
            let all = phrase.iter().enumerate().all(|(k, e)| {
                let Some(words) = self.at.get(i + k) else {
                    return false;
                };
                match words.iter().find(|w| matches(w, e)) {
                    Some(w) => {
                        let r = range.get_or_insert(TextRange {
                            start: w.start,
                            end: w.end,
                        });
                        r.end = w.end;
                        true
                    }
                    None => false,
                }
            });
            if let (true, Some(r)) = (all, range) {
                out.push(r);
            }
        }
        out
    }

    /// Where a pattern matches: every piece's matches, in the sentences that hold all pieces.
    pub(super) fn pattern_matches(&self, pattern: &Pattern) -> Vec<TextRange> {
        let per_piece: Vec<Vec<TextRange>> = pattern
            .pieces
            .iter()
            .map(|alternatives| {
                let mut m: Vec<TextRange> = alternatives
                    .iter()
                    .flat_map(|p| self.phrase_matches(p))
                    .collect();
                m.sort_by_key(|r| (r.start, r.end));
                m.dedup();
                m
            })
            .collect();
        if per_piece.len() == 1 {
            return per_piece.into_iter().next().unwrap_or_default();
        }
        let sentences_of = |m: &[TextRange]| {
            let mut s: Vec<usize> = m.iter().map(|r| self.sentence_of(r.start)).collect();
            s.dedup();
            s
        };
        let mut shared = sentences_of(&per_piece[0]);
        for m in &per_piece[1..] {
            let here = sentences_of(m);
            shared.retain(|s| here.contains(s));
        }
        let mut out: Vec<TextRange> = per_piece
            .into_iter()
            .flatten()
            .filter(|r| shared.contains(&self.sentence_of(r.start)))
            .collect();
        out.sort_by_key(|r| (r.start, r.end));
        out
    }
}

/// True when a word of the text matches an element of an expression.
fn matches(w: &Word, e: &Element) -> bool {
    if e.prefix {
        w.term.starts_with(&e.term)
    } else {
        w.term == e.term || w.stem == e.stem || (!w.stem_en.is_empty() && w.stem_en == e.stem_en)
    }
}

/// A theme definition compiled.
pub(super) struct CompiledTheme {
    /// `strong`, then `terms`.
    pub(super) keys: Vec<Pattern>,
    /// How many of `keys` are strong.
    pub(super) strong: usize,
    /// The heading expressions.
    pub(super) headings: Vec<Pattern>,
    /// Distinct terms needed.
    pub(super) need: usize,
}

/// Compiles every theme; expressions without words are skipped (the reader refuses them).
pub(super) fn compile_all(definitions: &[ThemeDef], synonyms: &Synonyms) -> Vec<CompiledTheme> {
    definitions
        .iter()
        .map(|d| {
            // A term without words keeps its place (hits store indices), matching nothing.
            let keys = d
                .strong
                .iter()
                .chain(&d.terms)
                .take(MAX_THEME_TERMS)
                .map(|e| compile(e, synonyms).unwrap_or(Pattern { pieces: vec![] }))
                .collect();
            CompiledTheme {
                keys,
                strong: d.strong.len(),
                headings: d
                    .headings
                    .iter()
                    .filter_map(|e| compile(e, synonyms))
                    .collect(),
                need: d.need.max(1) as usize,
            }
        })
        .collect()
}
