//! Which paragraphs get which theme: a strong key term, enough different plain terms, or a
//! section heading above that signals the theme.

use super::matcher::{compile_all, BlockWords};
use super::{ThemeDef, ThemeHit, ThemeTag, Themes};
use crate::model::{Block, BlockKind, Corpus};
use crate::search::Synonyms;

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
                            c.headings
                                .iter()
                                .any(|p| !p.is_empty() && !words.pattern_matches(p).is_empty())
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
                    if !key.is_empty() {
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
