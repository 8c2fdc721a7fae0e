//! The search index: built once from the corpus (at build time), stored as compact bytes, loaded
//! by the app without re-reading the texts.
//!
//! Unit of retrieval: the passage (one block). Three fields feed the ranking: the passage's own
//! text (`body`), the heading of its section (`heading`) and the title of its letter (`title`).
//! Terms live in an `fst` map (term → id) so prefix and Levenshtein automata run over the
//! dictionary; a second map goes from Dutch Snowball stems to the terms that share them.

use super::synonyms::Synonyms;
use super::tokenize::{is_number, tokenize};
use crate::model::Corpus;
use fst::{Map, MapBuilder, Streamer};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// Format version of the bytes; loading other bytes fails cleanly.
pub const INDEX_VERSION: u32 = 2;
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
    terms_fst: Vec<u8>,
    stems_fst: Vec<u8>,
    stem_terms: Vec<Vec<u32>>,
    body: Vec<Vec<Posting>>,
    heading: Vec<Vec<(u32, u16)>>,
    title: Vec<Vec<(u16, u16)>>,
    passages: Vec<PassageInfo>,
    letters: Vec<LetterInfo>,
    synonyms: Synonyms,
}

/// The search index.
pub struct SearchIndex {
    /// Term → term id.
    pub(super) terms: Map<Vec<u8>>,
    /// Stem → stem id.
    pub(super) stems: Map<Vec<u8>>,
    /// Stem id → term ids.
    pub(super) stem_terms: Vec<Vec<u32>>,
    /// Term id → body postings.
    pub(super) body: Vec<Vec<Posting>>,
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
    /// True for a part of a word.
    pub is_part: bool,
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

/// The Dutch stemmer (every term has a Dutch stem; terms of English documents also have an
/// English one, see [`ENGLISH_STEM_PREFIX`]).
pub(super) fn stemmer() -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
}

/// The English stemmer.
pub(super) fn english_stemmer() -> rust_stemmers::Stemmer {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
}

/// Opening of the keys of English stems in the stem dictionary, so that they never meet a Dutch
/// stem (folded terms hold no control characters).
pub(super) const ENGLISH_STEM_PREFIX: &str = "\u{1}en:";

/// The key of a folded term's English stem in the stem dictionary.
pub(super) fn english_stem_key(stemmer: &rust_stemmers::Stemmer, term: &str) -> String {
    format!("{ENGLISH_STEM_PREFIX}{}", stem_of(stemmer, term))
}

/// The stem of a folded term (numbers are their own stem).
pub(super) fn stem_of(stemmer: &rust_stemmers::Stemmer, term: &str) -> String {
    if is_number(term) {
        term.to_string()
    } else {
        stemmer.stem(term).into_owned()
    }
}

impl SearchIndex {
    /// Builds the index of a corpus.
    pub fn build(corpus: &Corpus, synonyms: &Synonyms) -> SearchIndex {
        let mut term_ids: BTreeMap<String, u32> = BTreeMap::new();
        let mut body: Vec<Vec<Posting>> = Vec::new();
        let mut heading: Vec<Vec<(u32, u16)>> = Vec::new();
        let mut title: Vec<Vec<(u16, u16)>> = Vec::new();
        let mut id_of = |term: &str,
                         body: &mut Vec<Vec<Posting>>,
                         heading: &mut Vec<Vec<(u32, u16)>>,
                         title: &mut Vec<Vec<(u16, u16)>>|
         -> u32 {
            if let Some(&id) = term_ids.get(term) {
                return id;
            }
            let id = body.len() as u32;
            term_ids.insert(term.to_string(), id);
            body.push(Vec::new());
            heading.push(Vec::new());
            title.push(Vec::new());
            id
        };
        let mut passages = Vec::new();
        let mut letters = Vec::new();
        // Terms of English documents, stemmed in English as well.
        let mut english_terms: BTreeSet<u32> = BTreeSet::new();
        for (li, letter) in corpus.letters.iter().enumerate() {
            let english = letter.language == "en";
            let date = corpus.order_date(letter);
            let title_tokens = tokenize(&letter.title.value);
            let mut tf: BTreeMap<u32, u16> = BTreeMap::new();
            for t in &title_tokens {
                let id = id_of(&t.term, &mut body, &mut heading, &mut title);
                if english {
                    english_terms.insert(id);
                }
                *tf.entry(id).or_default() += 1;
            }
            for (id, f) in tf {
                title[id as usize].push((li as u16, f));
            }
            letters.push(LetterInfo {
                id: letter.id.clone(),
                kind: letter.kind.clone(),
                meeting: letter.meeting.clone(),
                year: date.map_or(0, |d| d.year),
                date_key: date.map(|d| d.to_string()).unwrap_or_default(),
                title_len: title_tokens
                    .iter()
                    .filter(|t| !t.is_part)
                    .count()
                    .min(u16::MAX as usize) as u16,
            });
            let first_passage = passages.len() as u32;
            for block in &letter.blocks {
                let pid = passages.len() as u32;
                let tokens = tokenize(&block.text);
                let mut positions: BTreeMap<u32, Vec<u16>> = BTreeMap::new();
                for t in &tokens {
                    let id = id_of(&t.term, &mut body, &mut heading, &mut title);
                    if english {
                        english_terms.insert(id);
                    }
                    positions
                        .entry(id)
                        .or_default()
                        .push(t.pos.min(u16::MAX as u32) as u16);
                }
                if block.is_heading() {
                    for (id, pos) in &positions {
                        heading[*id as usize].push((pid, pos.len().min(u16::MAX as usize) as u16));
                    }
                }
                for (id, mut pos) in positions {
                    pos.dedup();
                    body[id as usize].push(Posting {
                        passage: pid,
                        positions: pos,
                    });
                }
                passages.push(PassageInfo {
                    letter: li as u16,
                    n: block.n,
                    section: block.section.map(|n| first_passage + n - 1),
                    len: tokens
                        .iter()
                        .filter(|t| !t.is_part)
                        .count()
                        .min(u16::MAX as usize) as u16,
                    is_heading: block.is_heading(),
                });
            }
        }
        // The term ids were handed out in first-seen order; the fst wants sorted keys, and
        // maps each to its id.
        let mut builder = MapBuilder::memory();
        for (term, id) in &term_ids {
            builder
                .insert(term, *id as u64)
                .expect("terms are sorted and unique");
        }
        let terms_fst = builder.into_inner().expect("fst in memory");
        let stemmer = stemmer();
        let mut stem_map: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let english = english_stemmer();
        for (term, id) in &term_ids {
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
        let mut builder = MapBuilder::memory();
        let mut stem_terms = Vec::new();
        for (i, (stem, ids)) in stem_map.into_iter().enumerate() {
            builder
                .insert(&stem, i as u64)
                .expect("stems are sorted and unique");
            stem_terms.push(ids);
        }
        let stems_fst = builder.into_inner().expect("fst in memory");
        // Built here from sorted keys: the maps and every reference are valid by construction, so
        // the checks that loading stored bytes needs are skipped (the app builds its index at
        // start-up, and they would be most of the time).
        let terms = Map::new(terms_fst).expect("a freshly built fst opens");
        let stems = Map::new(stems_fst).expect("a freshly built fst opens");
        Self::assemble(
            Stored {
                terms_fst: Vec::new(),
                stems_fst: Vec::new(),
                stem_terms,
                body,
                heading,
                title,
                passages,
                letters,
                synonyms: synonyms.clone(),
            },
            terms,
            stems,
        )
    }

    /// Checks and completes a stored index.
    fn from_stored(mut s: Stored) -> Result<SearchIndex, IndexError> {
        let damaged = |m: &str| IndexError::Damaged(m.to_string());
        let terms = Map::new(std::mem::take(&mut s.terms_fst))
            .map_err(|e| IndexError::Damaged(e.to_string()))?;
        let stems = Map::new(std::mem::take(&mut s.stems_fst))
            .map_err(|e| IndexError::Damaged(e.to_string()))?;
        // The fst checks only its header on opening; its checksum catches damage inside, which
        // would otherwise surface as a panic during a dictionary walk.
        for map in [&terms, &stems] {
            map.as_fst()
                .verify()
                .map_err(|e| IndexError::Damaged(e.to_string()))?;
        }
        let n_terms = s.body.len();
        if s.heading.len() != n_terms || s.title.len() != n_terms || terms.len() != n_terms {
            return Err(damaged("term tables differ in length"));
        }
        let mut stream = terms.stream();
        while let Some((_, id)) = stream.next() {
            if id as usize >= n_terms {
                return Err(damaged("term id out of range"));
            }
        }
        let n_passages = s.passages.len();
        let ok_postings = s
            .body
            .iter()
            .flatten()
            .all(|p| (p.passage as usize) < n_passages)
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

    /// Completes a stored index whose maps are open (given apart: its own fst fields are not
    /// read) and whose references are in range.
    fn assemble(s: Stored, terms: Map<Vec<u8>>, stems: Map<Vec<u8>>) -> SearchIndex {
        let n_terms = s.body.len();
        let n_passages = s.passages.len();
        let mut term_names = vec![String::new(); n_terms];
        let mut stream = terms.stream();
        while let Some((term, id)) = stream.next() {
            term_names[id as usize] = String::from_utf8_lossy(term).into_owned();
        }
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
            stem_terms: s.stem_terms,
            body: s.body,
            heading: s.heading,
            title: s.title,
            passages: s.passages,
            letters: s.letters,
            synonyms: s.synonyms,
            avg_len,
            avg_heading_len,
            avg_title_len,
            term_names,
            passage_tokens: (0..n_passages).map(|_| OnceLock::new()).collect(),
            section_members,
            stemmer: stemmer(),
            english_stemmer: english_stemmer(),
        }
    }

    /// The index as bytes, to compile into the app.
    pub fn to_bytes(&self) -> Vec<u8> {
        let stored = Stored {
            terms_fst: self.terms.as_fst().as_bytes().to_vec(),
            stems_fst: self.stems.as_fst().as_bytes().to_vec(),
            stem_terms: self.stem_terms.clone(),
            body: delta_encode(&self.body),
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
        Self::from_stored(stored)
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.body.len()
    }

    /// The term id of a folded term.
    pub(super) fn term_id(&self, term: &str) -> Option<u32> {
        self.terms.get(term).map(|id| id as u32)
    }

    /// The tokens of passage `p`, whose text is `text`: read once, then kept.
    pub(super) fn tokens_of(&self, p: u32, text: &str) -> &PassageTokens {
        self.passage_tokens[p as usize].get_or_init(|| {
            let mut out = PassageTokens::default();
            super::tokenize::for_each_token(text, |t| {
                out.tokens.push(CachedToken {
                    start: t.start,
                    end: t.end,
                    term: self.term_id(t.term).unwrap_or(NO_TERM),
                    pos: t.pos,
                    is_part: t.is_part,
                });
                if !t.is_part {
                    out.words.push((t.start, t.end));
                }
            });
            out
        })
    }

    /// Number of passages the term occurs in (body or heading).
    pub(super) fn df(&self, term: u32) -> usize {
        self.body[term as usize].len()
    }
}
