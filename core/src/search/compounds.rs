//! Dutch compounds written as one word (`dronecapaciteit`, `veiligheidsuitgaven`) split into
//! their parts with the corpus's own vocabulary, and suspended compounds
//! (`lucht- en raketverdediging`) read as each full compound they stand for.
//!
//! The rules are data ([`CompoundRules`], from `seeds/compounds.toml`): known heads, the linking
//! elements (`s`, `e`, `en`), words that are never a part and words that are never split. A word
//! splits at the first place (longest head first) where the tail is a head (a word of the corpus
//! or a known head) and the rest, without a linking element, is a word of the corpus or splits
//! again: `luchtverdedigingssysteem` is `lucht` + `verdediging` + `systeem`. Words of the corpus
//! count as parts from [`MIN_PART_LEN`] letters, so `verslag` is never `vers` + `lag`.
//!
//! The index gives every part its own postings, apart from whole words, so a part finds the whole
//! and a whole word still ranks above a part of one ([`for_each_index_token`]).

use crate::nl::tokenize::{fold, fold_into, for_each_token, for_each_word, is_number, TokenRef};
use serde::{Deserialize, Serialize};

/// Shortest word of the corpus taken as a part of a compound (known heads may be shorter).
pub const MIN_PART_LEN: usize = 4;
/// Deepest nesting of modifiers split (`lucht|verdedigings|systeem` is two).
const MAX_SPLIT_DEPTH: usize = 3;
/// Words that join the last of a run of suspended compounds (`lucht- en raketverdediging`).
const CONJUNCTIONS: [&str; 5] = ["en", "of", "and", "or", "en/of"];

/// How compounds are split: data from `seeds/compounds.toml`, folded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompoundRules {
    /// Words known to end compounds, taken as heads even when the corpus never has them alone.
    pub heads: Vec<String>,
    /// Linking elements between a modifier and a head, longest first (`en`, `s`, `e`).
    pub links: Vec<String>,
    /// Words never taken as a part: function words and endings that are words too
    /// (`daar`, `heden`, `rijk`).
    pub not_parts: Vec<String>,
    /// Words never split, although they look like two words (`verslag`).
    pub keep_whole: Vec<String>,
}

impl CompoundRules {
    /// Rules from the four lists as written (`seeds/compounds.toml`): each word folded as the
    /// tokenizer folds it, each list sorted without repeats, the linking elements longest first.
    pub fn from_lists<S: AsRef<str>>(
        heads: &[S],
        links: &[S],
        not_parts: &[S],
        keep_whole: &[S],
    ) -> CompoundRules {
        let fold_all = |words: &[S]| {
            let mut folded: Vec<String> = words.iter().map(|w| fold(w.as_ref())).collect();
            folded.sort();
            folded.dedup();
            folded
        };
        let mut links = fold_all(links);
        links.sort_by_key(|l| std::cmp::Reverse(l.len()));
        CompoundRules {
            heads: fold_all(heads),
            links,
            not_parts: fold_all(not_parts),
            keep_whole: fold_all(keep_whole),
        }
    }

    /// True when `part` may be a part: a known head, or a word of the corpus long enough, and
    /// never one of the words that are not parts.
    fn is_part(&self, part: &str, is_word: &impl Fn(&str) -> bool) -> bool {
        if self
            .not_parts
            .binary_search_by(|w| w.as_str().cmp(part))
            .is_ok()
        {
            return false;
        }
        self.heads
            .binary_search_by(|w| w.as_str().cmp(part))
            .is_ok()
            || (part.len() >= MIN_PART_LEN && is_word(part))
    }

    /// The parts of a folded word, as byte ranges of it (linking elements left out), the head
    /// last; empty when it does not split. `is_word` says which terms the corpus has as words.
    pub fn split(&self, term: &str, is_word: &impl Fn(&str) -> bool) -> Vec<(u8, u8)> {
        let mut out = Vec::new();
        if term.len() <= u8::MAX as usize
            && !is_number(term)
            && self
                .keep_whole
                .binary_search_by(|w| w.as_str().cmp(term))
                .is_err()
        {
            self.split_into(term, 0, is_word, MAX_SPLIT_DEPTH, &mut out);
        }
        out
    }

    /// True when `head` is one of the known heads.
    fn is_known_head(&self, head: &str) -> bool {
        self.heads
            .binary_search_by(|w| w.as_str().cmp(head))
            .is_ok()
    }

    /// Splits `term[start..]`, pushing its parts; false (and nothing pushed) when it does not
    /// split.
    fn split_into(
        &self,
        term: &str,
        start: usize,
        is_word: &impl Fn(&str) -> bool,
        depth: usize,
        out: &mut Vec<(u8, u8)>,
    ) -> bool {
        let word = &term[start..];
        if depth == 0 || word.len() < 6 {
            return false;
        }
        // Longest head first: the first cut that leaves a head and a modifier that is a word (or
        // splits again). Before a known head, the whole word being split may also have a modifier
        // the corpus has only in compounds (`raket` in `raketverdediging`).
        for (cut, _) in word.char_indices().skip(3) {
            let head = &word[cut..];
            if head.len() < 3 || !self.is_part(head, is_word) {
                continue;
            }
            let modifier = &word[..cut];
            let forms = self
                .links
                .iter()
                .filter_map(|link| modifier.strip_suffix(link.as_str()))
                .chain(std::iter::once(modifier))
                .filter(|m| m.len() >= 3);
            let at = out.len();
            let mut found = false;
            for m in forms.clone() {
                if self.is_part(m, is_word) {
                    // A modifier that is a word may be a compound itself: its parts count too.
                    self.split_into(&term[..start + m.len()], start, is_word, depth - 1, out);
                    out.push((start as u8, (start + m.len()) as u8));
                    found = true;
                    break;
                }
            }
            if !found {
                found = forms.clone().any(|m| {
                    self.split_into(&term[..start + m.len()], start, is_word, depth - 1, out)
                });
            }
            let unknown_modifier = start == 0
                && depth == MAX_SPLIT_DEPTH
                && modifier.len() > MIN_PART_LEN
                && modifier.chars().all(char::is_alphabetic)
                && self.is_known_head(head)
                && self
                    .not_parts
                    .binary_search_by(|w| w.as_str().cmp(modifier))
                    .is_err();
            if !found && unknown_modifier {
                out.push((0, modifier.len() as u8));
                found = true;
            }
            if !found {
                out.truncate(at);
                continue;
            }
            let at = out.len();
            if !self.split_into(term, start + cut, is_word, depth - 1, out) {
                out.truncate(at);
            }
            out.push(((start + cut) as u8, term.len() as u8));
            return true;
        }
        false
    }
}

/// Byte offset in `word` (text as written) where its folded form reaches `folded` bytes (a cut
/// inside a letter that folds to two rounds up).
fn text_offset(word: &str, folded: usize) -> usize {
    let mut buf = String::new();
    for (i, c) in word.char_indices() {
        if buf.len() >= folded {
            return i;
        }
        let mut one = [0u8; 4];
        fold_into(c.encode_utf8(&mut one), &mut buf);
    }
    word.len()
}

/// A word ending in a hyphen that stands for a full compound (`lucht-` in
/// `lucht- en raketverdediging`): its word position and byte range, and the word whose head it
/// takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suspended {
    /// Word position of the suspended word.
    pub pos: u32,
    /// Its byte range (without the hyphen).
    pub start: u32,
    /// End of its byte range.
    pub end: u32,
    /// Byte range of the word that completes it (`raketverdediging`).
    pub last: (u32, u32),
}

/// The suspended compounds of `text`: runs of words ending in a hyphen (`lucht-`, `zee-`),
/// joined by commas, before `en`/`of` and a last word (`NAVO- en EU-initiatieven`).
pub fn suspended(text: &str) -> Vec<Suspended> {
    let mut words = Vec::new();
    for_each_word(text, |s, e| words.push((s, e)));
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, &(_, end)) in words.iter().enumerate() {
        let rest = &text[end..];
        let hyphened =
            rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_whitespace() || c == ',');
        if hyphened {
            let joined = run.last().is_none_or(|&j| {
                let between = &text[words[j].1..words[i].0];
                between.trim_start_matches('-').trim() == ","
            });
            if !joined {
                run.clear();
            }
            run.push(i);
            continue;
        }
        let Some(&last_run) = run.last() else {
            continue;
        };
        let is_conjunction = CONJUNCTIONS
            .iter()
            .any(|c| text[words[i].0..end].eq_ignore_ascii_case(c));
        let between = &text[words[last_run].1..words[i].0];
        if is_conjunction && between.trim_start_matches('-').trim().is_empty() {
            if let Some(&(ls, le)) = words.get(i + 1) {
                let gap = &text[end..ls];
                if gap.trim().is_empty() {
                    out.extend(run.iter().map(|&j| Suspended {
                        pos: j as u32,
                        start: words[j].0 as u32,
                        end: words[j].1 as u32,
                        last: (ls as u32, le as u32),
                    }));
                }
            }
        }
        run.clear();
    }
    out
}

/// Where the tokens of the index come from beyond the tokenizer: the parts of a folded term,
/// as byte ranges of it ([`CompoundRules::split`]), the head last.
pub trait PartsOf {
    /// The parts of `term`, empty when it does not split.
    fn parts_of(&self, term: &str) -> &[(u8, u8)];
}

/// Compounds with their parts, sorted by compound.
impl PartsOf for Vec<(String, Vec<(u8, u8)>)> {
    fn parts_of(&self, term: &str) -> &[(u8, u8)] {
        match self.binary_search_by(|(t, _)| t.as_str().cmp(term)) {
            Ok(i) => &self[i].1,
            Err(_) => &[],
        }
    }
}

/// The full compound that suspended word `s` (folded: `modifier`) stands for: the modifier and
/// the head of the word completing it (`lucht` + `verdediging`), or `None` when that word has
/// no head to take.
fn full_compound(
    text: &str,
    s: &Suspended,
    modifier: &str,
    parts: &impl PartsOf,
    buf: &mut String,
) -> Option<String> {
    let last = &text[s.last.0 as usize..s.last.1 as usize];
    buf.clear();
    let head_at = match last.rfind('-') {
        Some(h) => {
            fold_into(&last[h + 1..], buf);
            0
        }
        None => {
            fold_into(last, buf);
            let (a, _) = *parts.parts_of(buf).last()?;
            usize::from(a)
        }
    };
    (head_at > 0 || last.contains('-')).then(|| format!("{modifier}{}", &buf[head_at..]))
}

/// Calls `f` with every token of `text` as the index sees it: the tokenizer's tokens
/// ([`for_each_token`]); after a word or hyphenated part that splits, its parts (as parts, with
/// the byte ranges of the letters they cover); after a suspended word, the full compound it stands
/// for (a whole word, from the suspended word to the end of the word completing it). `split` is
/// false for text that is not Dutch.
pub fn for_each_index_token(
    text: &str,
    split: bool,
    parts: &impl PartsOf,
    mut f: impl FnMut(TokenRef<'_>),
) {
    let suspended = if split && text.contains('-') {
        suspended(text)
    } else {
        Vec::new()
    };
    let mut next_suspended = 0;
    let mut buf = String::new();
    let mut whole_has_hyphen = false;
    for_each_token(text, |t| {
        if !t.is_part {
            whole_has_hyphen = text[t.start as usize..t.end as usize].contains('-');
            // The full compound a suspended word stands for goes first: it starts with the word
            // and is longer (tokens stay ordered by start, the longest first).
            while let Some(s) = suspended.get(next_suspended).filter(|s| s.pos <= t.pos) {
                next_suspended += 1;
                if s.pos == t.pos {
                    if let Some(full) = full_compound(text, s, t.term, parts, &mut buf) {
                        f(TokenRef {
                            term: &full,
                            start: s.start,
                            end: s.last.1,
                            pos: t.pos,
                            is_part: false,
                        });
                    }
                }
            }
        }
        f(t);
        if split && (t.is_part || !whole_has_hyphen) {
            let word = &text[t.start as usize..t.end as usize];
            for &(a, b) in parts.parts_of(t.term) {
                let (a, b) = (a as usize, b as usize);
                let Some(part) = t.term.get(a..b) else {
                    continue;
                };
                f(TokenRef {
                    term: part,
                    start: t.start + text_offset(word, a) as u32,
                    end: t.start + text_offset(word, b) as u32,
                    pos: t.pos,
                    is_part: true,
                });
            }
        }
    });
}

#[cfg(test)]
mod tests;
