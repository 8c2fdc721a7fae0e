//! The search index: built once from the corpus (at build time), stored as compact bytes, loaded
//! by the app without re-reading the texts.
//!
//! Unit of retrieval: the passage (one block). Three fields feed the ranking: the passage's own
//! text (`body`), the heading of its section (`heading`) and the title of its letter (`title`).
//! Terms live in a sorted dictionary (term → id, [`super::dictionary`]) so prefixes and the typo
//! automaton run over it; a second one goes from Dutch Snowball stems to the terms that share
//! them.
//!
//! A term has two posting lists: where it stands as a word (`body`, also the full compounds that
//! suspended ones stand for, and figures under their keys), and where it is a part of a compound
//! (`parts`: hyphenated or closed, split by [`super::compounds`]), so a whole word ranks above a
//! part of one.

use super::compounds::{for_each_index_token, PartsOf};
use super::data::SearchData;
use super::dictionary::Dictionary;
use super::figures::{figure_terms, FIGURE_MARK};
use super::synonyms::Synonyms;
use crate::model::Corpus;
use crate::nl::stem::{english_stemmer, stem_of, stemmer};
use crate::nl::tokenize::{for_each_token, is_number};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// Format version of the bytes; loading other bytes fails cleanly.
pub const INDEX_VERSION: u32 = 4;
/// Magic bytes at the start of a stored index.
const MAGIC: &[u8; 4] = b"SXIX";

/// Why stored index bytes could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Not an index, or another version.
    #[error("not a search index of version {INDEX_VERSION}")]
    Format,
    /// The bytes are damaged.
    #[error("damaged search index: {0}")]
    Damaged(String),
}

/// One passage: where it is and how long it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PassageInfo {
    /// Index of its letter in [`SearchIndex::letters`].
    pub letter: u16,
    /// Block number in the letter.
    pub n: u32,
    /// Passage id of its section heading.
    pub section: Option<u32>,
    /// Number of words.
    pub len: u16,
    /// True when the passage is itself a heading.
    pub is_heading: bool,
}

/// What the index knows about a letter, for filters, facets and date order.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LetterInfo {
    /// Letter id.
    pub id: String,
    /// Kind id (see [`Corpus::kinds`]).
    pub kind: String,
    /// Meeting id.
    pub meeting: String,
    /// Year (of the letter's date, else of its meeting).
    pub year: u16,
    /// Sort key by date (`YYYY-MM-DD`, shorter when less precise).
    pub date_key: String,
    /// Words in the title.
    pub title_len: u16,
    /// Its compounds are split (Dutch text).
    pub split_compounds: bool,
    /// Passage id of its first passage.
    pub first_passage: u32,
}

/// A body posting: the passage and the word positions of the term in it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Posting {
    /// Passage id.
    pub passage: u32,
    /// Word positions, ascending.
    pub positions: Vec<u16>,
}

/// The stored form.
#[derive(Serialize, Deserialize)]
struct Stored {
    /// Term id → term.
    terms: Vec<String>,
    /// Stem id → stem, ascending.
    stems: Vec<String>,
    stem_terms: Vec<Vec<u32>>,
    body: Vec<Vec<Posting>>,
    parts: Vec<Vec<Posting>>,
    splits: Vec<Vec<(u8, u8)>>,
    heading: Vec<Vec<(u32, u16)>>,
    title: Vec<Vec<(u16, u16)>>,
    passages: Vec<PassageInfo>,
    letters: Vec<LetterInfo>,
    figures: Vec<Vec<PassageFigure>>,
    synonyms: Synonyms,
}

/// A figure in a passage, as marks need it: its byte range and the term ids of its key and of
/// its value alone ([`NO_TERM`] for a range, which has none).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(super) struct PassageFigure {
    /// Byte range in the passage text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
    /// Term id of its key.
    pub key: u32,
    /// Term id of its value alone.
    pub value: u32,
}

/// The search index.
pub struct SearchIndex {
    /// Term → term id (the names are [`SearchIndex::term_names`]).
    pub(super) terms: Dictionary,
    /// Stem → stem id.
    pub(super) stems: Dictionary,
    /// Stem id → stem, ascending.
    pub(super) stem_names: Vec<String>,
    /// Stem id → term ids.
    pub(super) stem_terms: Vec<Vec<u32>>,
    /// Term id → body postings (the term as a word).
    pub(super) body: Vec<Vec<Posting>>,
    /// Term id → part postings (the term as a part of a compound).
    pub(super) parts: Vec<Vec<Posting>>,
    /// Term id → its parts when it is a compound (byte ranges of the term, the head last).
    pub(super) splits: Vec<Vec<(u8, u8)>>,
    /// Passage id → its figures.
    pub(super) figures: Vec<Vec<PassageFigure>>,
    /// Term id → (heading passage id, term frequency).
    pub(super) heading: Vec<Vec<(u32, u16)>>,
    /// Term id → (letter index, term frequency).
    pub(super) title: Vec<Vec<(u16, u16)>>,
    /// Passages by id.
    pub passages: Vec<PassageInfo>,
    /// Letters by index.
    pub letters: Vec<LetterInfo>,
    /// Synonym groups.
    pub synonyms: Synonyms,
    /// Average passage length in words.
    pub(super) avg_len: f32,
    /// Average heading length in words.
    pub(super) avg_heading_len: f32,
    /// Average title length in words.
    pub(super) avg_title_len: f32,
    /// Term id → the term (for highlighting and suggestions).
    pub(super) term_names: Vec<String>,
    /// Heading passage id → the passages of its section.
    pub(super) section_members: Vec<Vec<u32>>,
    /// The Dutch stemmer, made once.
    pub(super) stemmer: rust_stemmers::Stemmer,
    /// The English stemmer, for the words of `language = "en"` documents.
    pub(super) english_stemmer: rust_stemmers::Stemmer,
    /// Passage id → its tokens, read from the text the first time a hit needs its marks and
    /// snippet (a query touches a few passages, and they are read once, not on every keystroke).
    pub(super) passage_tokens: Vec<OnceLock<PassageTokens>>,
}

/// One token of a passage, as marks and snippets need it.
#[derive(Debug, Clone, Copy)]
pub(super) struct CachedToken {
    /// Byte range in the passage text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
    /// Term id, or [`NO_TERM`] for a term the dictionary lacks.
    pub term: u32,
    /// Word position.
    pub pos: u32,
}

/// The term id of a token whose term is not in the dictionary.
pub(super) const NO_TERM: u32 = u32::MAX;

/// The tokens of a passage, and the byte range of each word (indexed by word position).
#[derive(Debug, Default)]
pub(super) struct PassageTokens {
    /// Every token, in text order (a word, then its parts).
    pub tokens: Vec<CachedToken>,
    /// Word position → byte range of the whole word.
    pub words: Vec<(u32, u32)>,
}

/// Body postings with passage ids and positions stored as gaps from the one before: small
/// numbers, one byte each as varints (the stored index is about a sixth smaller).
fn delta_encode(body: &[Vec<Posting>]) -> Vec<Vec<Posting>> {
    let gaps = |xs: &mut dyn Iterator<Item = u32>| {
        let mut last = 0;
        xs.map(|x| {
            let gap = x - last;
            last = x;
            gap
        })
        .collect::<Vec<u32>>()
    };
    body.iter()
        .map(|list| {
            let passages = gaps(&mut list.iter().map(|p| p.passage));
            list.iter()
                .zip(passages)
                .map(|(p, passage)| Posting {
                    passage,
                    positions: gaps(&mut p.positions.iter().map(|&x| x as u32))
                        .into_iter()
                        .map(|g| g as u16)
                        .collect(),
                })
                .collect()
        })
        .collect()
}

/// Undoes [`delta_encode`] in place; sums that overflow mean damaged bytes.
fn delta_decode(body: &mut [Vec<Posting>]) -> Result<(), IndexError> {
    let damaged = || IndexError::Damaged("posting out of range".into());
    for list in body {
        let mut passage = 0u32;
        for p in list {
            passage = passage.checked_add(p.passage).ok_or_else(damaged)?;
            p.passage = passage;
            let mut pos = 0u16;
            for x in &mut p.positions {
                pos = pos.checked_add(*x).ok_or_else(damaged)?;
                *x = pos;
            }
        }
    }
    Ok(())
}

/// Opening of the keys of English stems in the stem dictionary, so that they never meet a Dutch
/// stem (folded terms hold no control characters).
pub(super) const ENGLISH_STEM_PREFIX: &str = "\u{1}en:";

/// The key of a folded term's English stem in the stem dictionary.
pub(super) fn english_stem_key(stemmer: &rust_stemmers::Stemmer, term: &str) -> String {
    format!("{ENGLISH_STEM_PREFIX}{}", stem_of(stemmer, term))
}

impl SearchIndex {
    /// Builds the index of a corpus with its search data (synonyms, compound rules, figures).
    pub fn build(corpus: &Corpus, data: &SearchData) -> SearchIndex {
        let mut term_ids: BTreeMap<String, u32> = BTreeMap::new();
        let mut tables = Tables::default();
        // The words of the Dutch texts (by term id), which compounds are split into.
        let mut is_word: Vec<bool> = Vec::new();
        for letter in corpus.letters.iter().filter(|l| l.language != "en") {
            let texts =
                std::iter::once(&letter.title.value).chain(letter.blocks.iter().map(|b| &b.text));
            for text in texts {
                for_each_token(text, |t| {
                    if !is_number(t.term) {
                        let id = tables.id_of(&mut term_ids, t.term) as usize;
                        is_word.resize(is_word.len().max(id + 1), false);
                        is_word[id] = true;
                    }
                });
            }
        }
        let word = |w: &str| term_ids.get(w).is_some_and(|&id| is_word[id as usize]);
        // Compound → its parts, sorted by compound (a list: one kind of map fewer in the app).
        let splits: Vec<(String, Vec<(u8, u8)>)> = term_ids
            .iter()
            .filter(|(_, &id)| is_word[id as usize])
            .filter_map(|(w, _)| {
                let parts = data.compounds.split(w, &word);
                (!parts.is_empty()).then(|| (w.clone(), parts))
            })
            .collect();
        let mut passages = Vec::new();
        let mut letters = Vec::new();
        let mut figures = Vec::new();
        // Terms of English documents, stemmed in English as well.
        let mut english_terms: BTreeSet<u32> = BTreeSet::new();
        for (li, letter) in corpus.letters.iter().enumerate() {
            let english = letter.language == "en";
            let date = corpus.order_date(letter);
            let mut tf: BTreeMap<u32, u16> = BTreeMap::new();
            let mut title_len = 0u32;
            for_each_index_token(&letter.title.value, !english, &splits, |t| {
                let id = tables.id_of(&mut term_ids, t.term);
                if english {
                    english_terms.insert(id);
                }
                *tf.entry(id).or_default() += 1;
                title_len = title_len.max(t.pos + 1);
            });
            for (id, f) in tf {
                tables.title[id as usize].push((li as u16, f));
            }
            let first_passage = passages.len() as u32;
            letters.push(LetterInfo {
                id: letter.id.clone(),
                kind: letter.kind.clone(),
                meeting: letter.meeting.clone(),
                year: date.map_or(0, |d| d.year),
                date_key: date.map(|d| d.to_string()).unwrap_or_default(),
                title_len: title_len.min(u16::MAX as u32) as u16,
                split_compounds: !english,
                first_passage,
            });
            for block in &letter.blocks {
                let pid = passages.len() as u32;
                // Term id × 2 (+ 1 for a part) → its positions.
                let mut positions: BTreeMap<u32, Vec<u16>> = BTreeMap::new();
                let mut starts: Vec<u32> = Vec::new();
                for_each_index_token(&block.text, !english, &splits, |t| {
                    let id = tables.id_of(&mut term_ids, t.term);
                    if english {
                        english_terms.insert(id);
                    }
                    if t.pos as usize == starts.len() {
                        starts.push(t.start);
                    }
                    let key = id * 2 + u32::from(t.is_part);
                    let pos = t.pos.min(u16::MAX as u32) as u16;
                    positions.entry(key).or_default().push(pos);
                });
                let mut found = Vec::new();
                for f in data.figures.get(pid as usize).into_iter().flatten() {
                    // The word position of the figure's first word.
                    let pos = starts
                        .partition_point(|&s| s < f.start)
                        .min(u16::MAX as usize) as u16;
                    let (key, value) = figure_terms(&f.key);
                    let key = tables.id_of(&mut term_ids, &key);
                    positions.entry(key * 2).or_default().push(pos);
                    let value = value.map_or(NO_TERM, |v| {
                        let id = tables.id_of(&mut term_ids, &v);
                        positions.entry(id * 2).or_default().push(pos);
                        id
                    });
                    found.push(PassageFigure {
                        start: f.start,
                        end: f.end,
                        key,
                        value,
                    });
                }
                figures.push(found);
                if block.is_heading() {
                    for (key, list) in &positions {
                        let n = list.len().min(u16::MAX as usize) as u16;
                        let heading = &mut tables.heading[(key / 2) as usize];
                        // A term as a word and as a part: one heading posting with both counts.
                        match heading.last_mut() {
                            Some(last) if last.0 == pid => last.1 = last.1.saturating_add(n),
                            _ => heading.push((pid, n)),
                        }
                    }
                }
                for (key, mut list) in positions {
                    let table = if key % 2 == 1 {
                        &mut tables.parts
                    } else {
                        &mut tables.body
                    };
                    crate::order::sort(&mut list);
                    list.dedup();
                    table[(key / 2) as usize].push(Posting {
                        passage: pid,
                        positions: list,
                    });
                }
                passages.push(PassageInfo {
                    letter: li as u16,
                    n: block.n,
                    section: block.section.map(|n| first_passage + n - 1),
                    len: starts.len().min(u16::MAX as usize) as u16,
                    is_heading: block.is_heading(),
                });
            }
        }
        let mut split_table = vec![Vec::new(); tables.body.len()];
        for (term, parts) in splits {
            if let Some(&id) = term_ids.get(&term) {
                split_table[id as usize] = parts;
            }
        }
        let Tables {
            body,
            parts,
            heading,
            title,
        } = tables;
        // The term ids were handed out in first-seen order; the map lists them by term.
        let mut term_names = vec![String::new(); term_ids.len()];
        let mut term_order = Vec::with_capacity(term_ids.len());
        for (term, &id) in &term_ids {
            term_names[id as usize] = term.clone();
            term_order.push(id);
        }
        let stemmer = stemmer();
        let mut stem_map: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let english = english_stemmer();
        for (term, id) in term_ids.iter().filter(|(t, _)| !t.starts_with(FIGURE_MARK)) {
            stem_map
                .entry(stem_of(&stemmer, term))
                .or_default()
                .push(*id);
            if english_terms.contains(id) {
                stem_map
                    .entry(english_stem_key(&english, term))
                    .or_default()
                    .push(*id);
            }
        }
        let (stem_names, stem_terms): (Vec<String>, Vec<Vec<u32>>) = stem_map.into_iter().unzip();
        // Built here from sorted keys: the dictionaries and every reference are valid by
        // construction, so the checks that loading stored bytes needs are skipped (the app
        // builds its index at start-up, and they would be most of the time).
        let stems = Dictionary::from_sorted((0..stem_names.len() as u32).collect());
        Self::assemble(
            Stored {
                terms: term_names,
                stems: stem_names,
                stem_terms,
                body,
                parts,
                splits: split_table,
                heading,
                title,
                passages,
                letters,
                figures,
                synonyms: data.synonyms.clone(),
            },
            Dictionary::from_sorted(term_order),
            stems,
        )
    }

    /// Checks and completes a stored index.
    fn from_stored(s: Stored) -> Result<SearchIndex, IndexError> {
        let damaged = |m: &str| IndexError::Damaged(m.to_string());
        let terms = Dictionary::new(&s.terms).ok_or_else(|| damaged("a term stored twice"))?;
        let stems_ascend = s.stems.windows(2).all(|w| w[0] < w[1]);
        if !stems_ascend {
            return Err(damaged("stems out of order"));
        }
        let stems = Dictionary::from_sorted((0..s.stems.len() as u32).collect());
        let n_terms = s.body.len();
        if s.heading.len() != n_terms
            || s.title.len() != n_terms
            || s.parts.len() != n_terms
            || s.splits.len() != n_terms
            || s.figures.len() != s.passages.len()
            || terms.len() != n_terms
        {
            return Err(damaged("term tables differ in length"));
        }
        let n_passages = s.passages.len();
        let ok_postings = s
            .body
            .iter()
            .chain(&s.parts)
            .flatten()
            .all(|p| (p.passage as usize) < n_passages)
            && s.figures.iter().flatten().all(|f| {
                (f.key as usize) < n_terms && (f.value == NO_TERM || (f.value as usize) < n_terms)
            })
            && s.letters
                .iter()
                .all(|l| (l.first_passage as usize) <= n_passages)
            && s.heading
                .iter()
                .flatten()
                .all(|(p, _)| (*p as usize) < n_passages)
            && s.title
                .iter()
                .flatten()
                .all(|(l, _)| (*l as usize) < s.letters.len())
            && s.passages.iter().all(|p| {
                (p.letter as usize) < s.letters.len()
                    && p.section.is_none_or(|x| (x as usize) < n_passages)
            })
            && s.stem_terms.len() == stems.len()
            && s.stem_terms
                .iter()
                .flatten()
                .all(|t| (*t as usize) < n_terms);
        if !ok_postings {
            return Err(damaged("reference out of range"));
        }
        Ok(Self::assemble(s, terms, stems))
    }

    /// Completes a stored index with its dictionaries, whose references are in range.
    fn assemble(s: Stored, terms: Dictionary, stems: Dictionary) -> SearchIndex {
        let n_passages = s.passages.len();
        let mut section_members = vec![Vec::new(); n_passages];
        for (pid, p) in s.passages.iter().enumerate() {
            if let Some(sec) = p.section {
                section_members[sec as usize].push(pid as u32);
            }
        }
        let avg = |xs: &mut dyn Iterator<Item = f32>| {
            let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
            if n == 0 {
                1.0
            } else {
                (sum / n as f32).max(1.0)
            }
        };
        let avg_len = avg(&mut s.passages.iter().map(|p| p.len as f32));
        let avg_heading_len = avg(&mut s
            .passages
            .iter()
            .filter(|p| p.is_heading)
            .map(|p| p.len as f32));
        let avg_title_len = avg(&mut s.letters.iter().map(|l| l.title_len as f32));
        SearchIndex {
            terms,
            stems,
            stem_names: s.stems,
            stem_terms: s.stem_terms,
            body: s.body,
            parts: s.parts,
            splits: s.splits,
            figures: s.figures,
            heading: s.heading,
            title: s.title,
            passages: s.passages,
            letters: s.letters,
            synonyms: s.synonyms,
            avg_len,
            avg_heading_len,
            avg_title_len,
            term_names: s.terms,
            passage_tokens: (0..n_passages).map(|_| OnceLock::new()).collect(),
            section_members,
            stemmer: stemmer(),
            english_stemmer: english_stemmer(),
        }
    }

    /// The index as bytes, to compile into the app.
    pub fn to_bytes(&self) -> Vec<u8> {
        let stored = Stored {
            terms: self.term_names.clone(),
            stems: self.stem_names.clone(),
            stem_terms: self.stem_terms.clone(),
            body: delta_encode(&self.body),
            parts: delta_encode(&self.parts),
            splits: self.splits.clone(),
            figures: self.figures.clone(),
            heading: self.heading.clone(),
            title: self.title.clone(),
            passages: self.passages.clone(),
            letters: self.letters.clone(),
            synonyms: self.synonyms.clone(),
        };
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&INDEX_VERSION.to_le_bytes());
        out.extend(postcard::to_allocvec(&stored).expect("serialising to memory"));
        out
    }

    /// Loads an index from [`SearchIndex::to_bytes`] output; garbage gives an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<SearchIndex, IndexError> {
        if bytes.len() < 8 || &bytes[..4] != MAGIC || bytes[4..8] != INDEX_VERSION.to_le_bytes() {
            return Err(IndexError::Format);
        }
        let mut stored: Stored =
            postcard::from_bytes(&bytes[8..]).map_err(|e| IndexError::Damaged(e.to_string()))?;
        delta_decode(&mut stored.body)?;
        delta_decode(&mut stored.parts)?;
        Self::from_stored(stored)
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.body.len()
    }

    /// The term id of a folded term.
    pub(super) fn term_id(&self, term: &str) -> Option<u32> {
        self.terms.get(&self.term_names, term)
    }

    /// The tokens of passage `p`, whose text is `text`: read once, then kept. As the index
    /// read them (compound parts, suspended compounds, figures), ordered by start, the longest
    /// first where several start together.
    pub(super) fn tokens_of(&self, p: u32, text: &str) -> &PassageTokens {
        self.passage_tokens[p as usize].get_or_init(|| {
            let mut out = PassageTokens::default();
            let split = self
                .passages
                .get(p as usize)
                .is_some_and(|info| self.letters[info.letter as usize].split_compounds);
            for_each_index_token(text, split, self, |t| {
                out.tokens.push(CachedToken {
                    start: t.start,
                    end: t.end,
                    term: self.term_id(t.term).unwrap_or(NO_TERM),
                    pos: t.pos,
                });
                if t.pos as usize == out.words.len() {
                    out.words.push((t.start, t.end));
                }
            });
            // Figures go in by start, before the tokens of their first word (they are longer).
            for f in self.figures.get(p as usize).into_iter().flatten() {
                let pos = out.words.partition_point(|w| w.0 < f.start) as u32;
                let at = out.tokens.partition_point(|t| t.start < f.start);
                for term in [f.value, f.key] {
                    out.tokens.insert(
                        at,
                        CachedToken {
                            start: f.start,
                            end: f.end,
                            term,
                            pos,
                        },
                    );
                }
            }
            out
        })
    }

    /// Number of passages the term occurs in (body or heading).
    pub(super) fn df(&self, term: u32) -> usize {
        (self.body[term as usize].len() + self.parts[term as usize].len()).min(self.passages.len())
    }
}

impl PartsOf for SearchIndex {
    fn parts_of(&self, term: &str) -> &[(u8, u8)] {
        self.term_id(term)
            .map_or(&[], |id| self.splits[id as usize].as_slice())
    }
}

/// The posting tables while the index is built, one entry per term id.
#[derive(Default)]
struct Tables {
    /// Body postings.
    body: Vec<Vec<Posting>>,
    /// Part postings.
    parts: Vec<Vec<Posting>>,
    /// Heading postings.
    heading: Vec<Vec<(u32, u16)>>,
    /// Title postings.
    title: Vec<Vec<(u16, u16)>>,
}

impl Tables {
    /// The id of `term`, handing out the next one (and empty tables) to a new term.
    fn id_of(&mut self, ids: &mut BTreeMap<String, u32>, term: &str) -> u32 {
        if let Some(&id) = ids.get(term) {
            return id;
        }
        let id = self.body.len() as u32;
        ids.insert(term.to_string(), id);
        self.body.push(Vec::new());
        self.parts.push(Vec::new());
        self.heading.push(Vec::new());
        self.title.push(Vec::new());
        id
    }
}
