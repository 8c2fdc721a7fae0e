//! The themes as the app embeds them ([`ThemeIndex`]): the names and the tags packed into one
//! list of numbers, and read back with every value checked.

use super::{Theme, ThemeHit, ThemeTag};
use crate::model::TextRange;
use serde::{Deserialize, Serialize};

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
