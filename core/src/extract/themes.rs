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
//! Invariants:
//! - Only paragraphs and list items get themes; headings only signal them.
//! - Every hit is a byte range of the block's text on `char` boundaries, with the index of the
//!   key term (of `strong` then `terms`) that matched; hits are in text order and never overlap
//!   (a compound's part found inside the compound found whole is left out).
//! - Tags are in corpus order (letters, then blocks), themes in declaration order within a block.

use crate::model::{Block, BlockKind, Corpus, TextRange};
use crate::nl::stem::{dutch_stem, english_stem};
use crate::nl::tokenize::expression_terms;
use crate::nl::tokenize::for_each_token;
use crate::search::Synonyms;
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

/// What the app embeds: the names and the tags (the key-term lists stay in the export).
///
/// Serialised as the names and the tags packed into one list of numbers ([`ThemeIndex::packed`]):
/// column by column, with each number written as the difference from the one before it where
/// that makes it small. The app carries a third less data for it, and one short reading loop
/// instead of a decoder per type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThemeIndex {
    /// The themes' names, in definition order.
    pub themes: Vec<Theme>,
    /// The themes of every paragraph, in corpus order.
    pub tags: Vec<ThemeTag>,
}

impl ThemeIndex {
    /// The tags as numbers: their count, then five columns of one number per tag (letter, as
    /// the difference from the tag before; block, as the difference from the tag before in the
    /// same letter; theme; number of hits times two, plus one with a heading; the block less its
    /// heading, for the tags with one), then three columns of one number per hit (term; start,
    /// as the difference from the hit before in the tag; length). Differences wrap, so any
    /// values come back as they were.
    pub fn packed(&self) -> Vec<u32> {
        let mut cols: [Vec<u32>; 8] = Default::default();
        let (mut last_letter, mut last_block) = (0u32, 0u32);
        for t in &self.tags {
            let letter = u32::from(t.letter);
            cols[0].push(letter.wrapping_sub(last_letter));
            cols[1].push(match letter == last_letter {
                true => t.block.wrapping_sub(last_block),
                false => t.block,
            });
            (last_letter, last_block) = (letter, t.block);
            cols[2].push(u32::from(t.theme));
            cols[3].push(((t.hits.len() as u32) << 1) | u32::from(t.heading.is_some()));
            if let Some(h) = t.heading {
                cols[4].push(t.block.wrapping_sub(h));
            }
            let mut last_start = 0u32;
            for hit in &t.hits {
                cols[5].push(u32::from(hit.term));
                cols[6].push(hit.span.start.wrapping_sub(last_start));
                cols[7].push(hit.span.end.wrapping_sub(hit.span.start));
                last_start = hit.span.start;
            }
        }
        let mut out = vec![self.tags.len() as u32];
        for c in cols {
            out.extend(c);
        }
        out
    }

    /// Reads what [`ThemeIndex::packed`] wrote; `None` when the numbers do not add up.
    pub fn unpacked(themes: Vec<Theme>, nums: &[u32]) -> Option<ThemeIndex> {
        let n = *nums.first()? as usize;
        let mut at = 1usize;
        let mut col = |len: usize| {
            let c = nums.get(at..at.checked_add(len)?)?;
            at += len;
            Some(c)
        };
        let (letters, blocks, theme_ids, counts) = (col(n)?, col(n)?, col(n)?, col(n)?);
        let headings = counts.iter().filter(|&&c| c & 1 == 1).count();
        let hits: usize = counts.iter().map(|&c| (c >> 1) as usize).sum();
        let (headings, terms, starts, lens) = (col(headings)?, col(hits)?, col(hits)?, col(hits)?);
        let (mut headings, mut h) = (headings.iter(), 0);
        let (mut letter, mut block) = (0u32, 0u32);
        let mut tags = Vec::with_capacity(n);
        for i in 0..n {
            let next = letter.wrapping_add(letters[i]);
            block = match next == letter {
                true => block.wrapping_add(blocks[i]),
                false => blocks[i],
            };
            letter = next;
            let heading = match counts[i] & 1 {
                1 => Some(block.wrapping_sub(*headings.next()?)),
                _ => None,
            };
            let mut start = 0u32;
            let mut tag_hits = Vec::new();
            for _ in 0..counts[i] >> 1 {
                start = start.wrapping_add(starts[h]);
                tag_hits.push(ThemeHit {
                    term: u16::try_from(terms[h]).ok()?,
                    span: TextRange {
                        start,
                        end: start.wrapping_add(lens[h]),
                    },
                });
                h += 1;
            }
            tags.push(ThemeTag {
                letter: u16::try_from(letter).ok()?,
                block,
                theme: u16::try_from(theme_ids[i]).ok()?,
                heading,
                hits: tag_hits,
            });
        }
        Some(ThemeIndex { themes, tags })
    }
}

impl Serialize for ThemeIndex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (&self.themes, self.packed()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for ThemeIndex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ThemeIndex, D::Error> {
        let (themes, nums): (Vec<Theme>, Vec<u32>) = Deserialize::deserialize(d)?;
        ThemeIndex::unpacked(themes, &nums)
            .ok_or_else(|| serde::de::Error::custom("theme tags that do not add up"))
    }
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
struct Pattern {
    /// The pieces (`a + b` has two).
    pieces: Vec<Vec<Vec<Element>>>,
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
struct BlockWords {
    /// Position → the tokens there.
    at: Vec<Vec<Word>>,
    /// The block's sentences.
    sentences: Vec<TextRange>,
}

impl BlockWords {
    /// Reads a block's text as the search tokenizer does.
    fn read(block: &Block, english: bool) -> BlockWords {
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
    fn pattern_matches(&self, pattern: &Pattern) -> Vec<TextRange> {
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
struct CompiledTheme {
    /// `strong`, then `terms`.
    keys: Vec<Pattern>,
    /// How many of `keys` are strong.
    strong: usize,
    /// The heading expressions.
    headings: Vec<Pattern>,
    /// Distinct terms needed.
    need: usize,
}

/// Compiles every theme; expressions without words are skipped (the reader refuses them).
fn compile_all(definitions: &[ThemeDef], synonyms: &Synonyms) -> Vec<CompiledTheme> {
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

/// True for blocks that get themes: paragraphs and list items.
fn gets_themes(block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Heading { .. })
}

/// Gives every paragraph of the corpus its themes.
pub fn assign(corpus: &Corpus, definitions: &[ThemeDef], synonyms: &Synonyms) -> Themes {
    let compiled = compile_all(definitions, synonyms);
    let mut tags = Vec::new();
    for (li, letter) in corpus.letters.iter().enumerate() {
        let english = letter.language == "en";
        // Which themes each section heading (level 2 or deeper) signals.
        let heading_themes: Vec<Vec<bool>> = letter
            .blocks
            .iter()
            .map(|b| match b.kind {
                BlockKind::Heading { level } if level >= 2 => {
                    let words = BlockWords::read(b, english);
                    compiled
                        .iter()
                        .map(|c| {
                            c.headings.iter().any(|p| {
                                !p.pieces.is_empty() && !words.pattern_matches(p).is_empty()
                            })
                        })
                        .collect()
                }
                _ => vec![false; compiled.len()],
            })
            .collect();
        for block in letter.blocks.iter().filter(|b| gets_themes(b)) {
            let words = BlockWords::read(block, english);
            for (ti, theme) in compiled.iter().enumerate() {
                let mut hits: Vec<ThemeHit> = Vec::new();
                for (ki, key) in theme.keys.iter().enumerate() {
                    if !key.pieces.is_empty() {
                        hits.extend(words.pattern_matches(key).into_iter().map(|span| ThemeHit {
                            term: ki as u16,
                            span,
                        }));
                    }
                }
                // One hit per stretch of text: the longest at each start, of the first key term
                // (strong before plain terms); a hit that begins inside an earlier one goes (a
                // part inside a word found whole, a phrase overlapping another).
                hits.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end), h.term));
                let mut reach = 0;
                hits.retain(|h| {
                    let overlaps = h.span.start < reach;
                    reach = reach.max(h.span.end);
                    !overlaps
                });
                let strong = hits.iter().any(|h| (h.term as usize) < theme.strong);
                let mut plain: Vec<u16> = hits
                    .iter()
                    .map(|h| h.term)
                    .filter(|&t| t as usize >= theme.strong)
                    .collect();
                plain.sort_unstable();
                plain.dedup();
                // A heading that signals several themes gives each only to the paragraphs that
                // hold one of its words; a heading that signals one theme gives it to all.
                let heading = section_heading(letter, block, |n| {
                    heading_themes.get(n as usize - 1).is_some_and(|t| {
                        t[ti] && (!hits.is_empty() || t.iter().filter(|x| **x).count() == 1)
                    })
                });
                if strong || plain.len() >= theme.need || heading.is_some() {
                    tags.push(ThemeTag {
                        letter: li as u16,
                        block: block.n,
                        theme: ti as u16,
                        heading,
                        hits,
                    });
                }
            }
        }
    }
    Themes {
        definitions: definitions.to_vec(),
        tags,
    }
}

/// The nearest section heading above `block` for which `signals(n)` holds, walking up from its
/// own section through the headings above it.
fn section_heading(
    letter: &crate::model::Letter,
    block: &Block,
    signals: impl Fn(u32) -> bool,
) -> Option<u32> {
    let mut at = block.section;
    // A section never contains itself; the bound keeps damaged data from looping.
    for _ in 0..letter.blocks.len() {
        let n = at?;
        if signals(n) {
            return Some(n);
        }
        at = letter.block(n)?.section.filter(|&up| up < n);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_index_reads_back_as_it_was_and_bad_numbers_are_refused() {
        let hit = |term, start, end| ThemeHit {
            term,
            span: TextRange { start, end },
        };
        let index = ThemeIndex {
            themes: vec![Theme {
                id: "t".into(),
                name: "T".into(),
                name_en: "T".into(),
            }],
            tags: vec![
                ThemeTag {
                    letter: 0,
                    block: 3,
                    theme: 1,
                    heading: Some(2),
                    hits: vec![hit(5, 525, 544), hit(2, 600, 610)],
                },
                // Out of order, a heading after its block, overlapping hits: still as they were.
                ThemeTag {
                    letter: 2,
                    block: 9,
                    theme: 0,
                    heading: Some(10),
                    hits: vec![hit(1, 40, 50), hit(0, 10, 60)],
                },
                ThemeTag {
                    letter: 1,
                    block: 1,
                    theme: u16::MAX,
                    heading: None,
                    hits: vec![],
                },
                ThemeTag {
                    letter: 1,
                    block: 0,
                    theme: 3,
                    heading: Some(0),
                    hits: vec![hit(u16::MAX, u32::MAX, 0)],
                },
            ],
        };
        let bytes = postcard::to_allocvec(&index).unwrap();
        assert_eq!(postcard::from_bytes::<ThemeIndex>(&bytes).unwrap(), index);
        let packed = index.packed();
        for cut in 0..packed.len() {
            assert_eq!(ThemeIndex::unpacked(vec![], &packed[..cut]), None, "{cut}");
        }
        assert_eq!(ThemeIndex::unpacked(vec![], &[u32::MAX]), None);
        let mut big = packed.clone();
        big[1 + 2 * 4] = u32::MAX; // the first tag's theme, past u16
        assert_eq!(ThemeIndex::unpacked(vec![], &big), None);
        assert_eq!(
            ThemeIndex::unpacked(vec![], &[0]),
            Some(ThemeIndex::default())
        );
    }
    use crate::test_corpus::corpus;

    /// A theme from its lists.
    fn theme(id: &str, headings: &[&str], strong: &[&str], terms: &[&str]) -> ThemeDef {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        ThemeDef {
            id: id.into(),
            name: id.into(),
            name_en: id.into(),
            headings: v(headings),
            strong: v(strong),
            terms: v(terms),
            need: DEFAULT_NEED,
        }
    }

    /// The themes of block `n` of letter 0, with the words that gave them.
    fn themes_of(t: &Themes, c: &Corpus, n: u32) -> Vec<(String, Vec<String>)> {
        let text = &c.letters[0].block(n).unwrap().text;
        t.tags
            .iter()
            .filter(|g| g.letter == 0 && g.block == n)
            .map(|g| {
                (
                    t.definitions[g.theme as usize].id.clone(),
                    g.hits
                        .iter()
                        .map(|h| text[h.span.range()].to_string())
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_strong_term_is_enough_and_plain_terms_need_two() {
        let c = corpus(&[(
            "a",
            "m",
            &[
                "De defensie-uitgave stijgt.",
                "De uitgaven stijgen.",
                "De uitgaven stijgen naar 3,5 procent.",
            ],
        )]);
        let defs = [theme(
            "geld",
            &[],
            &["defensie-uitgaven"],
            &["uitgaven", "procent"],
        )];
        let t = assign(&c, &defs, &Synonyms::default());
        assert_eq!(
            themes_of(&t, &c, 1),
            [("geld".to_string(), vec!["defensie-uitgave".to_string()])]
        );
        assert!(themes_of(&t, &c, 2).is_empty());
        assert_eq!(themes_of(&t, &c, 3)[0].1, ["uitgaven", "procent"]);
    }

    #[test]
    fn synonyms_compound_parts_and_prefixes_match_as_in_search() {
        let c = corpus(&[(
            "a",
            "m",
            &[
                "Allies discussed defence spending.",
                "Er waren cyberaanvallen en NAVO-cyberoefeningen.",
                "Het gaat om luchtverdediging.",
            ],
        )]);
        let synonyms = Synonyms::from_groups(&[vec!["defensie-uitgaven", "defence spending"]]);
        let defs = [
            theme("geld", &[], &["defensie-uitgaven"], &[]),
            theme("cyber", &[], &["cyber*"], &[]),
            theme("lucht", &[], &["lucht*"], &[]),
        ];
        let t = assign(&c, &defs, &synonyms);
        assert_eq!(themes_of(&t, &c, 1)[0].1, ["defence spending"]);
        assert_eq!(
            themes_of(&t, &c, 2),
            [(
                "cyber".to_string(),
                vec!["cyberaanvallen".to_string(), "cyberoefeningen".to_string()]
            )]
        );
        assert_eq!(themes_of(&t, &c, 3)[0].0, "lucht");
    }

    #[test]
    fn pieces_joined_by_plus_must_share_a_sentence() {
        let c = corpus(&[(
            "a",
            "m",
            &[
                "Rusland is de grootste dreiging. Oekraïne vraagt steun.",
                "Rusland voert oorlog. De dreiging van terrorisme blijft.",
            ],
        )]);
        let defs = [theme("rusland", &[], &["Rusland + dreiging"], &[])];
        let t = assign(&c, &defs, &Synonyms::default());
        assert_eq!(themes_of(&t, &c, 1)[0].1, ["Rusland", "dreiging"]);
        assert!(themes_of(&t, &c, 2).is_empty());
    }

    #[test]
    fn a_section_heading_gives_its_paragraphs_the_theme_through_subsections() {
        let c = corpus(&[(
            "a",
            "m",
            &[
                "## Oekraïne",
                "De president sprak.",
                "### Werkdiner",
                "Er werd gegeten.",
                "## Overig",
                "De president sprak.",
            ],
        )]);
        let defs = [theme("oekraine", &["Oekraïne"], &["Zelensky"], &[])];
        let t = assign(&c, &defs, &Synonyms::default());
        let tag = |n| t.tags.iter().find(|g| g.block == n);
        assert_eq!(tag(2).unwrap().heading, Some(1));
        assert_eq!(tag(4).unwrap().heading, Some(1));
        assert!(tag(4).unwrap().hits.is_empty());
        assert!(tag(1).is_none(), "headings get no themes");
        assert!(tag(6).is_none());
    }

    #[test]
    fn bad_sections_never_loop_or_panic() {
        let mut c = corpus(&[("a", "m", &["## Kop", "Tekst."])]);
        c.letters[0].blocks[0].section = Some(2);
        c.letters[0].blocks[1].section = Some(1);
        let defs = [theme("x", &["Niets"], &["onbekend"], &[])];
        assert!(assign(&c, &defs, &Synonyms::default()).tags.is_empty());
    }
}
