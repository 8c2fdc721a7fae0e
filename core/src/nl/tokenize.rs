//! The tokenizer shared by the index, the query and extraction (themes, diff), so all always
//! agree on what a term is.
//!
//! - Terms are folded: lowercase, diacritics removed (`Oekraïne` and `Oekraine` are one term,
//!   `ministeriéle` meets `ministeriële`), `ĳ` spelled `ij`.
//! - Numbers keep their decimal commas and thousands dots and a glued percent sign: `3,5`,
//!   `600.000`, `2%` (the number grammar of [`crate::nl::numbers`], shared with extraction).
//! - A hyphenated compound is one word: it is indexed as the whole written without hyphens
//!   (`defensieuitgaven`, so `defensie-uitgaven` and `defensieuitgaven` meet) and as each part
//!   (`uitgaven`), all at the word's position.

use super::numbers;

/// Base letters of U+00C0..=U+017F (Latin-1 Supplement and Latin Extended-A), in order, one
/// ASCII byte each; `.` where a character has no single base letter (kept as it is: `æ`, `ß`,
/// `ĳ`, `×`).
///
/// Written by hand: the general Unicode decomposition tables would add about a hundred kilobytes
/// to the app for letters this corpus never uses; texts are NFC (ingestion normalises them), so
/// every accented letter here is one precomposed character. One byte per entry makes the lookup
/// a plain index.
const LATIN_BASE: &[u8; 192] = concat!(
    "aaaaaa.ceeeeiiii", // À..Ï
    "dnooooo.ouuuuy..", // Ð..ß
    "aaaaaa.ceeeeiiii", // à..ï
    "dnooooo.ouuuuy.y", // ð..ÿ
    "aaaaaaccccccccdd", // Ā..ď
    "ddeeeeeeeeeegggg", // Đ..ğ
    "gggghhhhiiiiiiii", // Ġ..į
    "ii..jjkkklllllll", // İ..Ŀ
    "lllnnnnnnn..oooo", // ŀ..ŏ
    "oo..rrrrrrssssss", // Ő..ş
    "ssttttttuuuuuuuu", // Š..ů
    "uuuuwwyyyzzzzzz.", // Ű..ſ
)
.as_bytes()
.first_chunk::<192>()
.expect("the table has one byte for each of U+00C0..=U+017F");

/// The base letter of a lowercase Latin letter with a diacritic, or the letter itself.
fn base_letter(c: char) -> char {
    let code = c as u32;
    if (0xC0..=0x17F).contains(&code) {
        let b = LATIN_BASE[(code - 0xC0) as usize];
        if b.is_ascii_alphabetic() {
            return b as char;
        }
    }
    c
}

/// True for combining diacritical marks (text that was not precomposed).
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// A term occurrence in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded term.
    pub term: String,
    /// Byte offset of its first character in the text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// Word position in the text (parts of a compound share the compound's position).
    pub pos: u32,
    /// True for a part of a word (a compound part, or a percentage without its `%`).
    pub is_part: bool,
}

/// Folds a word: lowercase, without diacritics, `ĳ` as `ij`, `ß` as `ss`, `æ`/`œ` as
/// `ae`/`oe`, apostrophes dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appending to `out` (lets callers reuse one buffer for many words).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            if c != '\'' {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        if is_combining_mark(c) || c == '’' {
            continue;
        }
        for lower in c.to_lowercase() {
            match base_letter(lower) {
                'ĳ' => out.push_str("ij"),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                base => out.push(base),
            }
        }
    }
}

/// True for characters that make up words.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// True for characters a word (or a part after a hyphen) may begin with: a combining mark that
/// Unicode counts as a letter (U+0345) folds away, and a word of marks alone would be an empty
/// term.
fn starts_word(c: char) -> bool {
    is_word_char(c) && !is_combining_mark(c)
}

/// The character starting at byte `i` of `text` (a char boundary) and its length in bytes;
/// ASCII without decoding, as nearly all of the corpus is.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some((b as char, 1))
    } else {
        text[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// Calls `f(start, end)` with the byte range of every word of `text`, in order: runs of letters
/// and digits, joined by inner hyphens (`staakt-het-vuren`), decimal separators between digits
/// (`3,5`, `600.000`) and followed by a `%` glued to a digit (`2%`).
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while let Some((first, len)) = char_at(text, i) {
        i += len;
        if !starts_word(first) {
            continue;
        }
        let start = i - len;
        let mut last = first;
        loop {
            while let Some((c, len)) = char_at(text, i) {
                if !is_word_char(c) {
                    break;
                }
                last = c;
                i += len;
            }
            let Some((joiner, len)) = char_at(text, i) else {
                break;
            };
            let after = char_at(text, i + len).map(|(c, _)| c);
            let joins = match joiner {
                '-' => after.is_some_and(starts_word),
                separator => numbers::joins_digits(last, separator, after),
            };
            if !joins {
                break;
            }
            i += len;
        }
        i += numbers::glued_percent_len(text, i, last);
        f(start, i);
    }
}

/// The words of `text` with their byte ranges (see [`for_each_word`]).
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for_each_word(text, |s, e| out.push((s, e)));
    out
}

/// A token lent to a [`for_each_token`] callback: its term lives in a reused buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenRef<'a> {
    /// The folded term.
    pub term: &'a str,
    /// Byte offset of its first character in the text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// Word position in the text.
    pub pos: u32,
    /// True for a part of a word (a compound part, or a percentage without its `%`).
    pub is_part: bool,
}

/// Calls `f` with every token of `text`, without allocating per token: each word as a whole,
/// then its parts. A hyphenated compound's whole is written without hyphens
/// (`defensieuitgaven`) and each part follows (`defensie`, `uitgaven`); a percentage (`3,5%`) is
/// followed by its number (`3,5`), so a search for the number finds it too. Parts share the
/// word's position.
pub fn for_each_token(text: &str, mut f: impl FnMut(TokenRef<'_>)) {
    let mut buf = String::new();
    let mut pos = 0u32;
    for_each_word(text, |start, end| {
        let word = &text[start..end];
        fn token(term: &str, start: usize, end: usize, pos: u32, is_part: bool) -> TokenRef<'_> {
            TokenRef {
                term,
                start: start as u32,
                end: end as u32,
                pos,
                is_part,
            }
        }
        buf.clear();
        if word.contains('-') {
            for part in word.split('-') {
                fold_into(part, &mut buf);
            }
            f(token(&buf, start, end, pos, false));
            let mut offset = start;
            for part in word.split('-') {
                if !part.is_empty() {
                    buf.clear();
                    fold_into(part, &mut buf);
                    f(token(&buf, offset, offset + part.len(), pos, true));
                }
                offset += part.len() + 1;
            }
        } else {
            fold_into(word, &mut buf);
            f(token(&buf, start, end, pos, false));
            if let Some(number) = word.strip_suffix('%') {
                buf.clear();
                fold_into(number, &mut buf);
                f(token(&buf, start, start + number.len(), pos, true));
            }
        }
        pos += 1;
    });
}

/// Tokenizes `text` for indexing or querying (see [`for_each_token`]).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_token(text, |t| {
        out.push(Token {
            term: t.term.to_string(),
            start: t.start,
            end: t.end,
            pos: t.pos,
            is_part: t.is_part,
        })
    });
    out
}

/// The terms of an expression as the tokenizer sees them (compounds whole, parts left out).
pub fn expression_terms(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| !t.is_part)
        .map(|t| t.term)
        .collect()
}

/// True when a term is a number (digits, separators, percent): numbers are not stemmed.
pub fn is_number(term: &str) -> bool {
    numbers::starts_as_number(term)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn a_word_of_combining_marks_alone_gives_no_empty_term() {
        // U+0345 is a letter to Unicode (so it makes a word) but a mark to folding.
        assert_eq!(terms("\u{345}["), Vec::<String>::new());
        assert_eq!(terms("navo-\u{345} x"), ["navo", "x"]);
        assert!(tokenize("a-\u{345}\u{345}-b")
            .iter()
            .all(|t| !t.term.is_empty()));
    }

    #[test]
    fn diacritics_and_ligatures_fold() {
        assert_eq!(fold("Oekraïne"), "oekraine");
        assert_eq!(fold("ministeriéle"), fold("ministeriële"));
        assert_eq!(fold("ministeriële"), "ministeriele");
        assert_eq!(fold("noodzakelĳke"), "noodzakelijke");
        assert_eq!(
            fold("Yeşilgöz-Zegerius Erdoğan"),
            "yesilgoz-zegerius erdogan"
        );
        assert_eq!(fold("Oekrai\u{308}ne"), "oekraine");
        assert_eq!(fold("ÀÉÎÕÜçñøß"), "aeioucnoss");
        assert_eq!(fold("Œuvre l’Europe"), "oeuvre leurope");
    }

    #[test]
    fn numbers_keep_their_separators_and_percent() {
        assert_eq!(
            terms("3,5 procent, 600.000 drones, 2% van het bbp, EUR 300 mln."),
            [
                "3,5", "procent", "600.000", "drones", "2%", "2", "van", "het", "bbp", "eur",
                "300", "mln"
            ]
        );
        let text = "groei naar 3,5%.";
        let toks = tokenize(text);
        assert_eq!(toks[2].term, "3,5%");
        assert_eq!(&text[toks[3].start as usize..toks[3].end as usize], "3,5");
        assert!(toks[3].is_part && toks[3].pos == toks[2].pos);
    }

    #[test]
    fn compounds_are_indexed_whole_and_as_parts_with_offsets() {
        let toks = tokenize("de defensie-uitgaven stijgen");
        let t: Vec<_> = toks
            .iter()
            .map(|t| (t.term.as_str(), t.pos, t.is_part))
            .collect();
        assert_eq!(
            t,
            [
                ("de", 0, false),
                ("defensieuitgaven", 1, false),
                ("defensie", 1, true),
                ("uitgaven", 1, true),
                ("stijgen", 2, false)
            ]
        );
        let text = "de defensie-uitgaven stijgen";
        assert_eq!(
            &text[toks[3].start as usize..toks[3].end as usize],
            "uitgaven"
        );
        assert_eq!(terms("defensieuitgaven")[0], terms("defensie-uitgaven")[0]);
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "",
            "-",
            "--a--",
            "😀 Oekraïne 😀",
            "\u{0}\u{7}x",
            "3,",
            ",5",
            "%",
            "a-",
            "é-ë",
        ] {
            let _ = tokenize(s);
        }
        assert_eq!(terms("staakt-het-vuren")[0], "staakthetvuren");
    }
}
