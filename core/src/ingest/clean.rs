//! Clean text from raw line segments: reflow, line-end hyphens, inline artifacts, footnote markers.
//!
//! Rules (documented in `docs/corpus-schema.md`):
//! - Lines of one paragraph are joined with one space; runs of white space (tabs, double spaces)
//!   become one space.
//! - A line ending in a hyphen after a letter is joined to the next line without a space and the
//!   hyphen is kept (`secretaris-⏎generaal` → `secretaris-generaal`), unless the word written
//!   without the hyphen occurs elsewhere in the corpus and the hyphenated form does not, in which
//!   case the hyphen was only a line-break hyphen and is dropped.
//! - Removed: Word bookmarks `[bookmark: …]`, markdown emphasis `*`/`**`, soft hyphens and other
//!   invisible characters ([`INVISIBLE`]).
//! - Footnote markers (`[footnoteRef:2]`, superscript `¹`, a label glued to a word `Eerdmans2`)
//!   are removed from the text and recorded with their byte offset.
//! - Unicode NFC; the ligatures `ĳ`/`Ĳ` become `ij`/`IJ`. OCR accents are kept as written.

use crate::model::{FootnoteRef, TextRange};
use std::collections::BTreeSet;
use unicode_normalization::UnicodeNormalization;

/// Invisible characters dropped from the text: soft hyphen, zero-width space, byte-order mark.
const INVISIBLE: [char; 3] = ['\u{ad}', '\u{200b}', '\u{feff}'];

/// The placeholder printed where personal data was redacted.
pub const REDACTION_PLACEHOLDER: &str = "Bescherming persoonlijke levenssfeer";

/// Superscript digits used as footnote markers, with their values.
const SUPERSCRIPTS: [(char, char); 10] = [
    ('⁰', '0'),
    ('¹', '1'),
    ('²', '2'),
    ('³', '3'),
    ('⁴', '4'),
    ('⁵', '5'),
    ('⁶', '6'),
    ('⁷', '7'),
    ('⁸', '8'),
    ('⁹', '9'),
];

/// Superscript digits by value, for finding a marker of a given label.
pub const SUPERSCRIPT_OF: [(char, char); 10] = [
    ('0', '⁰'),
    ('1', '¹'),
    ('2', '²'),
    ('3', '³'),
    ('4', '⁴'),
    ('5', '⁵'),
    ('6', '⁶'),
    ('7', '⁷'),
    ('8', '⁸'),
    ('9', '⁹'),
];

/// The value of a superscript digit.
pub fn superscript_value(c: char) -> Option<char> {
    SUPERSCRIPTS.iter().find(|(s, _)| *s == c).map(|(_, d)| *d)
}

/// Lowercase words of the whole corpus (with inner hyphens kept), used to tell a line-break
/// hyphen from a real one.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: BTreeSet<String>,
}

impl Lexicon {
    /// Collects the words of all texts.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words = BTreeSet::new();
        for text in texts {
            for line in text.lines() {
                for w in line.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
                    let w = w.trim_matches('-');
                    if !w.is_empty() {
                        words.insert(w.to_lowercase());
                    }
                }
            }
        }
        Lexicon { words }
    }

    /// True when `head-⏎tail` should be written without its hyphen.
    fn drops_hyphen(&self, head: &str, tail: &str) -> bool {
        let joined = format!("{head}{tail}").to_lowercase();
        let hyphenated = format!("{head}-{tail}").to_lowercase();
        self.words.contains(&joined) && !self.words.contains(&hyphenated)
    }
}

/// What is known about footnotes while cleaning a document's text.
#[derive(Debug, Default)]
pub struct MarkerRules {
    /// Labels of page footnotes whose markers are glued to words (`Eerdmans2`).
    pub glued_labels: BTreeSet<String>,
    /// Labels already matched to a marker: each label marks one place.
    pub used: BTreeSet<String>,
}

/// Builds the clean text of one block from its raw segments.
#[derive(Debug, Default)]
pub struct TextBuilder {
    /// The clean text so far.
    pub text: String,
    /// Footnote markers met, with offsets into `text`.
    pub footnote_refs: Vec<FootnoteRef>,
}

impl TextBuilder {
    /// Appends one raw line segment, joining it to what came before.
    pub fn push_segment(&mut self, raw: &str, lexicon: &Lexicon, markers: &mut MarkerRules) {
        let cleaned = clean_inline(raw);
        let cleaned = cleaned.trim();
        if cleaned.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            if ends_with_line_break_hyphen(&self.text) {
                // Just after the last character that is no part of the word (of any width).
                let head_start = self.text[..self.text.len() - 1]
                    .char_indices()
                    .rfind(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let head = self.text[head_start..self.text.len() - 1].to_string();
                let tail: String = cleaned
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '-')
                    .collect();
                let head_last = head.rsplit('-').next().unwrap_or(&head).to_string();
                let tail_first = tail.split('-').next().unwrap_or(&tail).to_string();
                if lexicon.drops_hyphen(&head_last, &tail_first) {
                    self.text.pop();
                }
            } else if !self.text.ends_with(' ') {
                self.text.push(' ');
            }
        }
        self.push_with_markers(cleaned, markers);
    }

    /// Drops the white space a footnote marker left at the end (`Hallo ¹`), keeping the markers'
    /// offsets inside the text.
    pub fn trim_end(&mut self) {
        self.text.truncate(self.text.trim_end().len());
        let len = self.text.len() as u32;
        for r in &mut self.footnote_refs {
            r.at = r.at.min(len);
        }
    }

    /// Appends already-cleaned text, taking footnote markers out of it.
    fn push_with_markers(&mut self, s: &str, markers: &mut MarkerRules) {
        let mut rest = s;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("[footnoteRef:") {
                if let Some(close) = after.find(']') {
                    let label = after[..close].trim().to_string();
                    self.footnote_refs.push(FootnoteRef {
                        label: label.clone(),
                        at: self.text.trim_end().len() as u32,
                    });
                    markers.used.insert(label);
                    rest = &after[close + 1..];
                    continue;
                }
            }
            let c = rest.chars().next().expect("rest is not empty");
            if let Some(d) = superscript_value(c) {
                let mut label = String::from(d);
                let mut len = c.len_utf8();
                for c2 in rest[len..].chars() {
                    match superscript_value(c2) {
                        Some(d2) => {
                            label.push(d2);
                            len += c2.len_utf8();
                        }
                        None => break,
                    }
                }
                self.footnote_refs.push(FootnoteRef {
                    label: label.clone(),
                    at: self.text.len() as u32,
                });
                markers.used.insert(label);
                rest = &rest[len..];
                continue;
            }
            if c.is_ascii_digit() {
                let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
                let label = &rest[..digits_len];
                let after = rest[digits_len..].chars().next();
                if self.is_glued_marker(label, after, markers) {
                    self.footnote_refs.push(FootnoteRef {
                        label: label.to_string(),
                        at: self.text.len() as u32,
                    });
                    markers.used.insert(label.to_string());
                    rest = &rest[digits_len..];
                    continue;
                }
                self.text.push_str(label);
                rest = &rest[digits_len..];
                continue;
            }
            // A space a marker stood beside: never at the start, never doubled.
            if !(c == ' ' && (self.text.is_empty() || self.text.ends_with(' '))) {
                self.text.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }

    /// True when `label`, standing right after the text so far, is a glued page-footnote marker.
    fn is_glued_marker(&self, label: &str, after: Option<char>, markers: &MarkerRules) -> bool {
        if !markers.glued_labels.contains(label) || markers.used.contains(label) {
            return false;
        }
        let mut before = self.text.chars().rev();
        let Some(prev) = before.next() else {
            return false;
        };
        let glued = prev.is_alphabetic() || matches!(prev, '.' | ',' | ';' | ':' | ')' | '’' | '"');
        // `3,5` or `2.0`: a decimal, not a marker.
        let decimal =
            matches!(prev, '.' | ',') && before.next().is_some_and(|c| c.is_ascii_digit());
        let ends =
            after.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')'));
        glued && !decimal && ends
    }

    /// Ranges of the redaction placeholder in the text.
    pub fn redactions(&self) -> Vec<TextRange> {
        self.text
            .match_indices(REDACTION_PLACEHOLDER)
            .map(|(i, m)| TextRange {
                start: i as u32,
                end: (i + m.len()) as u32,
            })
            .collect()
    }
}

/// True when `text` ends in a hyphen directly after a letter or digit (a line-end hyphen).
fn ends_with_line_break_hyphen(text: &str) -> bool {
    let mut rev = text.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(char::is_alphanumeric)
}

/// Removes inline artifacts, normalises Unicode and collapses white space of one raw segment.
pub fn clean_inline(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find("[bookmark:") {
        s.push_str(&rest[..i]);
        match rest[i..].find(']') {
            Some(close) => rest = &rest[i + close + 1..],
            None => {
                rest = "";
            }
        }
    }
    s.push_str(rest);
    let s: String = s
        .chars()
        .filter(|&c| c != '*' && !INVISIBLE.contains(&c))
        .flat_map(|c| match c {
            'ĳ' => ['i', 'j'].into_iter().take(2),
            'Ĳ' => ['I', 'J'].into_iter().take(2),
            c => [c, c].into_iter().take(1),
        })
        .nfc()
        .collect();
    join_stray_hyphen_spaces(&collapse_whitespace(&s))
}

/// Words after which `X- ` is a suspended compound (`lucht- en raketverdediging`), not a stray
/// space left by a line break (`NAVO- bevoegdheden`).
const SUSPENSION_WORDS: &[&str] = &["en", "of", "tot", "en/of", "noch", "als", "dan"];

/// Removes the space in `NAVO- bevoegdheden` (a line break lost in conversion), keeping it in
/// suspended compounds (`defensie- en veiligheidsgerelateerde`).
fn join_stray_hyphen_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("- ") {
        let before_is_letter = rest[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let next_word = rest[i + 2..]
            .split([' ', ',', ';', '.'])
            .next()
            .unwrap_or("");
        out.push_str(&rest[..i + 1]);
        let starts_word = next_word.chars().next().is_some_and(char::is_alphanumeric);
        if !(before_is_letter && starts_word && !SUSPENSION_WORDS.contains(&next_word)) {
            out.push(' ');
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

/// Replaces every run of white space by one space (ends are kept, trimmed by the caller).
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(segments: &[&str], lexicon: &Lexicon, glued: &[&str]) -> TextBuilder {
        let mut markers = MarkerRules {
            glued_labels: glued.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        let mut b = TextBuilder::default();
        for s in segments {
            b.push_segment(s, lexicon, &mut markers);
        }
        b
    }

    #[test]
    fn hyphen_split_across_lines_keeps_real_hyphens() {
        let lex = Lexicon::from_texts(["de secretaris-generaal en Nieuw-Zeeland"]);
        let b = build(
            &["De plaatsvervangend secretaris-", "generaal van de NAVO"],
            &lex,
            &[],
        );
        assert_eq!(
            b.text,
            "De plaatsvervangend secretaris-generaal van de NAVO"
        );
        let b = build(&["Australië, Japan, Nieuw-", "Zeeland en de EU"], &lex, &[]);
        assert_eq!(b.text, "Australië, Japan, Nieuw-Zeeland en de EU");
    }

    #[test]
    fn hyphen_split_after_a_wide_character_does_not_panic() {
        let lex = Lexicon::from_texts(["defensie uitgaven"]);
        let b = build(&["🌀𑃐-", "1."], &lex, &[]);
        assert_eq!(b.text, "🌀𑃐-1.");
        let b = build(&["\u{10a38}A-", "---"], &lex, &[]);
        assert_eq!(b.text, "\u{10a38}A----");
    }

    #[test]
    fn space_beside_a_footnote_marker_is_neither_leading_nor_doubled() {
        let lex = Lexicon::default();
        let mut b = build(&["¹ Hallo ² wereld ³", "verder ⁴"], &lex, &[]);
        b.trim_end();
        assert_eq!(b.text, "Hallo wereld verder");
        let at: Vec<u32> = b.footnote_refs.iter().map(|r| r.at).collect();
        assert_eq!(at, [0, 6, 13, 19]);
        let mut only_markers = build(&["¹ ¹"], &lex, &[]);
        only_markers.trim_end();
        assert_eq!(only_markers.text, "", "a line of markers alone is no block");
    }

    #[test]
    fn hyphen_split_of_a_single_word_is_joined() {
        let lex = Lexicon::from_texts(["afspraken over coproductie van drones"]);
        let b = build(&["Ook werden co-", "productie met Oekraïne"], &lex, &[]);
        assert_eq!(b.text, "Ook werden coproductie met Oekraïne");
    }

    #[test]
    fn glued_footnote_markers_are_taken_out() {
        let lex = Lexicon::default();
        let b = build(
            &[
                "agressieoorlog in Oekraine.1 Europese bondgenoten",
                "de motie Eerdmans2 aangenomen, 3,5 procent",
            ],
            &lex,
            &["1", "2", "5"],
        );
        assert_eq!(
            b.text,
            "agressieoorlog in Oekraine. Europese bondgenoten de motie Eerdmans aangenomen, 3,5 procent"
        );
        let marked: Vec<_> = b
            .footnote_refs
            .iter()
            .map(|r| (r.label.as_str(), &b.text[..r.at as usize]))
            .collect();
        assert_eq!(marked.len(), 2);
        assert_eq!(marked[0], ("1", "agressieoorlog in Oekraine."));
        assert!(marked[1].1.ends_with("motie Eerdmans"), "{:?}", marked[1]);
    }

    #[test]
    fn stray_space_after_hyphen_is_joined_but_suspended_compounds_kept() {
        assert_eq!(
            clean_inline("bestaande NAVO- bevoegdheden omvat"),
            "bestaande NAVO-bevoegdheden omvat"
        );
        assert_eq!(
            clean_inline("lucht- en raketverdediging"),
            "lucht- en raketverdediging"
        );
        assert_eq!(clean_inline("Oekraïne - de EU"), "Oekraïne - de EU");
    }

    #[test]
    fn word_artifacts_and_ligatures_are_cleaned() {
        assert_eq!(
            clean_inline(
                "[bookmark: _Hlk172127148]Nederland *Istanbul*  **Zaken** noodzakelĳke\tbĳ"
            ),
            "Nederland Istanbul Zaken noodzakelijke bij"
        );
    }

    #[test]
    fn footnote_ref_tags_and_superscripts_are_taken_out() {
        let lex = Lexicon::default();
        let b = build(
            &[
                "de G7+ verklaring[footnoteRef:2] over",
                "uitgaven.¹ Het kabinet",
            ],
            &lex,
            &[],
        );
        assert_eq!(b.text, "de G7+ verklaring over uitgaven. Het kabinet");
        assert_eq!(b.footnote_refs[0].label, "2");
        assert_eq!(
            &b.text[..b.footnote_refs[0].at as usize],
            "de G7+ verklaring"
        );
        assert_eq!(
            &b.text[..b.footnote_refs[1].at as usize],
            "de G7+ verklaring over uitgaven."
        );
    }
}
