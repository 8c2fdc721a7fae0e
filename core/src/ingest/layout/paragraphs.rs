//! Paragraph breaks inferred from the text itself, for texts copied without blank lines.
//!
//! A run of non-blank lines is cut into blocks, decided per run (never once for the whole file):
//! - In a text of one paragraph per line (a Word extraction, some line longer than
//!   [`WRAPPED_MAX_LINE`]), a run stays line-per-paragraph unless its lines
//!   read as hard-wrapped prose (several lines of wrap width that end mid-sentence).
//! - In hard-wrapped lines, the break after a line is a paragraph break when the first word of the
//!   next line would have fitted on it (the writer ended the line, not the wrap width) and either
//!   the line ends a sentence or it is short and complete (a heading, a place-and-date line, a
//!   name); after a signature role line (`De Minister van Defensie,`); before a list item (`•`,
//!   `-`) or a numbered paragraph (`2. The Alliance …`) after a finished sentence; before and
//!   after a salutation, a place-and-date line, a labelled letterhead field (`Betreft …`) or an
//!   issue line (`Issued on 11 Jul. 2023`, `Press Release (2023) 001`) or a Kamerstuk number
//!   (`Nr. 448 BRIEF VAN …`); and
//!   after an overlong line that ends a sentence.
//! - Never before a line that starts in lowercase, or with a number that is not a paragraph
//!   number (`… 28–29 november` ⏎ `2023.`), nor after a comma, hyphen or a word no sentence
//!   ends with: a sentence is never cut across blocks.

use super::lines::{ends_clause, line_text, RawBlock};
use super::signatures::{is_role_line, one_line_signature};
use super::{DocReader, WRAPPED_MAX_LINE};
use crate::ingest::clean::superscript_value;
use crate::nl::dates::parse_place_date;

/// Narrowest wrap width at which breaks are inferred from line lengths; blocks of shorter lines
/// are addresses or lists of fields and stay as they are.
const MIN_WRAP_WIDTH: usize = 50;

/// Share (in percent) of the wrap width a line plus the next word must stay under for the break to
/// be the writer's: proportional fonts make full lines vary in characters.
const FIT_PERCENT: usize = 92;

/// Share (in percent) of the wrap width under which a line that ends no sentence counts as short
/// and complete (a heading, a name, a place and date).
const SHORT_LINE_PERCENT: usize = 65;

/// Wrapped lines that end mid-sentence needed before a run of a line-per-paragraph text is read as
/// hard-wrapped prose.
const MIN_WRAPPED_LINES: usize = 3;

/// Shortest line (in characters) that counts as a wrapped line of prose.
const MIN_WRAPPED_LINE_CHARS: usize = 40;

/// Words no sentence ends with (a line ending in one continues on the next).
const CONTINUING_WORDS: &[&str] = &[
    "de", "het", "een", "van", "voor", "aan", "in", "op", "te", "en", "of", "met", "door", "naar",
    "om", "dat", "die", "bij", "tot", "uit", "over", "als", "the", "a", "an", "to", "and", "for",
    "with", "on", "at", "by", "from",
];

impl DocReader<'_> {
    /// Cuts a run of non-blank lines into blocks (see the module documentation).
    pub(super) fn split_run(&self, run: Vec<super::lines::Line>) -> Vec<RawBlock> {
        let texts: Vec<&str> = run.iter().map(|l| line_text(self.text, l).trim()).collect();
        if self.line_mode && !reads_as_wrapped(&texts) {
            // One paragraph per line: cut only where a line is a paragraph or stands alone, so
            // that letterhead, signatures and paragraphs pasted without blank lines are found.
            let mut blocks = Vec::new();
            let mut current = Vec::new();
            for (i, l) in run.iter().enumerate() {
                current.push(*l);
                if let Some(next) = texts.get(i + 1) {
                    if breaks_between_lines(texts[i], next) {
                        blocks.push(RawBlock {
                            lines: std::mem::take(&mut current),
                            line_mode: true,
                        });
                    }
                }
            }
            if !current.is_empty() {
                blocks.push(RawBlock {
                    lines: current,
                    line_mode: true,
                });
            }
            return blocks;
        }
        let width = texts
            .iter()
            .map(|t| t.chars().count())
            .filter(|&n| n <= WRAPPED_MAX_LINE)
            .max()
            .unwrap_or(0);
        let mut blocks = Vec::new();
        let mut current = Vec::new();
        for (i, l) in run.iter().enumerate() {
            current.push(*l);
            if let Some(next) = texts.get(i + 1) {
                if breaks_between(texts[i], next, width) {
                    blocks.push(RawBlock::wrapped(std::mem::take(&mut current)));
                }
            }
        }
        if !current.is_empty() {
            blocks.push(RawBlock::wrapped(current));
        }
        blocks
    }
}

/// True when a run of a line-per-paragraph text is hard-wrapped prose after all.
fn reads_as_wrapped(texts: &[&str]) -> bool {
    let wrapped = texts
        .iter()
        .take(texts.len().saturating_sub(1))
        .filter(|t| {
            let n = t.chars().count();
            (MIN_WRAPPED_LINE_CHARS..=WRAPPED_MAX_LINE).contains(&n) && !ends_clause(t)
        })
        .count();
    wrapped >= MIN_WRAPPED_LINES && wrapped * 4 >= texts.len()
}

/// True when a line ends a sentence (`.`, `!`, `?`, before closing quotes and note markers).
pub(super) fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(|c: char| superscript_value(c).is_some())
        .trim_end_matches(['’', '"', '”', ')', ']'])
        .ends_with(['.', '!', '?'])
}

/// True when a line opens a list item: `• `, `- `, `– `, `* `.
pub(super) fn starts_list_item(s: &str) -> bool {
    ["• ", "- ", "– ", "* ", "· "]
        .iter()
        .any(|p| s.starts_with(p))
}

/// The length of a paragraph number at the start of `s` (`12. `, `3) `), if it opens with one.
pub(super) fn paragraph_number_len(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &s[digits..];
    let after = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '‘' || c == '"')
        .then_some(s.len() - after.len())
}

/// True when a line of a line-per-paragraph run ends a block: it is a whole paragraph (overlong,
/// ending a sentence), a signature, or a letterhead line, or the next line is one.
fn breaks_between_lines(cur: &str, next: &str) -> bool {
    is_role_line(cur)
        || one_line_signature(cur).is_some()
        || one_line_signature(next).is_some()
        || is_role_line(next) && ends_sentence(cur)
        || stands_alone_in_a_field(cur)
        || stands_alone_in_a_field(next)
        || cur.chars().count() > WRAPPED_MAX_LINE && ends_sentence(cur)
}

/// [`stands_alone`] without bare dates and issue lines, which in a memo header may be the second
/// line of a field's value (`Plandatum/Deadline` ⏎ `Kamer` ⏎ `24 juni 2026`).
fn stands_alone_in_a_field(s: &str) -> bool {
    !super::letterhead::is_issue_line(s) && stands_alone(s)
}

/// True for lines of a letterhead that stand alone: a salutation, a place and date, a labelled
/// field, an issue line, a Kamerstuk number.
fn stands_alone(s: &str) -> bool {
    is_salutation(s)
        || parse_place_date(s).is_some()
        || DocReader::letterhead_label(s).is_some_and(|(_, v)| !v.is_empty())
        || super::letterhead::is_issue_line(s)
        || is_kamerstuk_number(s)
}

/// True when the line between `cur` and `next` (trimmed lines of one run) is a paragraph break.
fn breaks_between(cur: &str, next: &str, width: usize) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    if first.is_lowercase() {
        return false;
    }
    if is_role_line(cur) || one_line_signature(cur).is_some() {
        return true;
    }
    if stands_alone(cur) || stands_alone(next) {
        return true;
    }
    let finished = ends_sentence(cur) || cur.ends_with(':');
    if starts_list_item(next) || paragraph_number_len(next).is_some() {
        return finished || !continues(cur);
    }
    if first.is_ascii_digit() && !finished {
        // `… van 28–29 november` ⏎ `2023.`: the date goes on.
        return false;
    }
    let cur_chars = cur.chars().count();
    if cur_chars > WRAPPED_MAX_LINE {
        return finished;
    }
    if width < MIN_WRAP_WIDTH || continues(cur) {
        return false;
    }
    let next_word = next.split_whitespace().next().unwrap_or("").chars().count();
    let fits = (cur_chars + 1 + next_word) * 100 < width * FIT_PERCENT;
    fits && (finished || cur_chars * 100 <= width * SHORT_LINE_PERCENT)
}

/// True for the number line of a Kamerstuk: `Nr. 448 BRIEF VAN DE MINISTER …`.
fn is_kamerstuk_number(s: &str) -> bool {
    s.strip_prefix("Nr. ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// True for a salutation line: `Geachte voorzitter,`, `Dear Sir or Madam,`.
fn is_salutation(s: &str) -> bool {
    (s.starts_with("Geachte ") || s.starts_with("Dear ")) && s.ends_with(',') && s.len() < 60
}

/// True when a line cannot end a paragraph: it ends in a comma, a hyphen or a continuing word.
fn continues(s: &str) -> bool {
    let s = s.trim_end();
    if s.ends_with([',', '-', '(', '/', '–']) {
        return true;
    }
    let last = s.rsplit(char::is_whitespace).next().unwrap_or("");
    CONTINUING_WORDS.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_that_ends_a_sentence_ends_its_paragraph() {
        let w = 90;
        assert!(breaks_between(
            "aan de orde komen.",
            "Het kabinet steunt dit.",
            w
        ));
        assert!(!breaks_between(
            "De bondgenoten spraken over de steun aan Oekraïne en over de versterking van de",
            "Oostflank.",
            w
        ));
    }

    #[test]
    fn a_date_cut_by_the_line_end_goes_on() {
        assert!(!breaks_between(
            "bijeen in Brussel van 28–29 november",
            "2023.",
            90
        ));
        assert!(!breaks_between(
            "vond plaats in Vilnius op 11 en",
            "12 juli 2023.",
            90
        ));
    }

    #[test]
    fn headings_names_and_roles_stand_alone() {
        assert!(breaks_between(
            "Inleiding",
            "De NAVO-top vond plaats in Vilnius.",
            90
        ));
        assert!(breaks_between(
            "De Minister van Buitenlandse Zaken,",
            "W.B. Hoekstra",
            90
        ));
        assert!(breaks_between(
            "Den Haag, 18 december 2023",
            "Geachte voorzitter,",
            90
        ));
    }

    #[test]
    fn numbered_paragraphs_and_list_items_start_a_block() {
        assert!(breaks_between(
            "within the Alliance.",
            "2. We reaffirm our commitment",
            90
        ));
        assert_eq!(paragraph_number_len("12. We reaffirm"), Some(4));
        assert_eq!(paragraph_number_len("2023. Het"), None);
        assert!(breaks_between(
            "de volgende punten:",
            "• steun aan Oekraïne;",
            90
        ));
    }
}
