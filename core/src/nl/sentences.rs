//! Sentence splitting for Dutch government prose: ingestion splits every block with it.
//!
//! A sentence ends at `.`, `!` or `?` (optionally followed by closing quotes or brackets) when
//! white space and then a capital letter, a digit or an opening quote follow — unless the word
//! before the full stop is a known abbreviation (`jl.`, `nr.`, `t.a.v.`), an initial (`C.C.J.`)
//! or a dotted acronym (`D.C.`). A few abbreviations often stand last in a sentence, their dot
//! doubling as the full stop (`EUR 95 mln. Dit bedrag …`): after those
//! ([`SENTENCE_FINAL_ABBREVIATIONS`]) a capitalised word does start a new sentence, while a
//! lowercase word or a number does not (`op 11 juli jl. kwam`). Decimal commas and thousands
//! points (`3,5`, `600.000`, `2,26%`) never end a sentence because no white space follows them.
//!
//! Written by hand: the segmentation crates in the ecosystem don't know Dutch abbreviations of
//! this register.

use crate::model::TextRange;
use crate::nl::months::DUTCH_MONTH_ABBREVIATIONS;

/// Abbreviations (lowercase, without their final dot) after which a full stop does not end a
/// sentence: `WORD_ABBREVIATIONS` and the Dutch month abbreviations of
/// [`nl::months`](crate::nl::months) (`okt.`, `sept.`).
pub const ABBREVIATIONS: &[&str] = &ALL_ABBREVIATIONS;

/// Abbreviations of words other than months, lowercase, without their final dot.
pub const WORD_ABBREVIATIONS: &[&str] = &[
    "jl", "nr", "nrs", "t.a.v", "o.a", "d.w.z", "bijv", "m.b.t", "mln", "mld", "mrd", "ca", "e.d",
    "etc", "dhr", "mevr", "drs", "dr", "prof", "ir", "mr", "art", "vs", "resp", "incl", "excl",
    "e.g", "i.e", "z.s.m", "i.v.m", "n.a.v", "m.u.v", "t.b.v", "p", "blz", "zgn", "evt", "min",
    "max", "st", "mw", "o.l.v", "enz", "t/m", "m.i.v", "a.s", "c.q", "bv", "jr", "mil", "ong",
    "no", "nos", "para", "paras", "cf", "mar", "oct",
];

/// `WORD_ABBREVIATIONS` followed by the Dutch month abbreviations, joined at compile time.
const ALL_ABBREVIATIONS: [&str; WORD_ABBREVIATIONS.len() + DUTCH_MONTH_ABBREVIATIONS.len()] = {
    let mut all = [""; WORD_ABBREVIATIONS.len() + DUTCH_MONTH_ABBREVIATIONS.len()];
    let mut i = 0;
    while i < WORD_ABBREVIATIONS.len() {
        all[i] = WORD_ABBREVIATIONS[i];
        i += 1;
    }
    let mut m = 0;
    while m < DUTCH_MONTH_ABBREVIATIONS.len() {
        all[i + m] = DUTCH_MONTH_ABBREVIATIONS[m].0;
        m += 1;
    }
    all
};

/// Abbreviations (from [`ABBREVIATIONS`]) that often end a sentence, their dot doubling as the
/// full stop: a capitalised word after them starts a new sentence.
pub const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["jl", "mln", "mld", "mrd", "etc", "enz", "e.d"];

/// Dotted acronyms of places (lowercase, without the final dot) that often close a sentence: like
/// [`SENTENCE_FINAL_ABBREVIATIONS`], a capitalised word after them starts a new sentence
/// (`… in Washington D.C. Daarna …`), unless the text is in capitals (a heading).
pub const SENTENCE_FINAL_ACRONYMS: &[&str] = &["d.c", "u.s", "u.k", "v.s", "e.u", "v.k"];

/// What the word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// An ordinary word: the full stop ends the sentence.
    No,
    /// An abbreviation, initial or acronym inside a sentence (`nr.`, `C.C.J.`).
    Inner,
    /// An abbreviation that may also close a sentence (`jl.`, `mln.`).
    MayEnd,
}

/// Classifies the word ending just before a full stop.
fn abbreviation(word: &str) -> Abbreviation {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return Abbreviation::No;
    }
    // `VS`, `EU`, `VN`: an acronym in capitals is a word, and its full stop ends the sentence
    // (`vs.` in lowercase is `versus`).
    if w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()) {
        return Abbreviation::No;
    }
    let lower = w.to_lowercase();
    if SENTENCE_FINAL_ABBREVIATIONS.contains(&lower.as_str())
        || SENTENCE_FINAL_ACRONYMS.contains(&lower.as_str())
    {
        return Abbreviation::MayEnd;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return Abbreviation::Inner;
    }
    // Initials and dotted acronyms: `C`, `C.C.J`, `D.C`, `T.B.W`.
    let initials = w
        .split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    if initials {
        Abbreviation::Inner
    } else {
        Abbreviation::No
    }
}

/// Splits `text` into sentences: byte ranges without surrounding white space, in order.
pub fn split_sentences(text: &str) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Extend over closing quotes/brackets and repeated punctuation.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '.' | '!' | '?' | '"' | '’' | '”' | ')' | '\'')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let next_is_space = j < chars.len() && chars[j].1.is_whitespace();
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next = chars.get(k).map(|&(_, n)| n);
            let next_starts_sentence = next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '‘' | '“' | '"' | '\'' | '(' | '[')
            }) || starts_with_elided_article(
                &text[chars.get(k).map_or(text.len(), |&(p, _)| p)..],
            );
            // Just after the last white space, of whatever width (U+0085, U+00A0: two bytes).
            let word_start = text[..pos]
                .char_indices()
                .rfind(|&(_, c)| c.is_whitespace())
                .map_or(0, |(p, c)| p + c.len_utf8());
            let word = &text[word_start..pos];
            let kind = if c == '.' {
                abbreviation(word)
            } else {
                Abbreviation::No
            };
            // `1. We reaffirm …`: the number of a numbered paragraph, not a sentence.
            let paragraph_number = c == '.'
                && text[start..word_start].trim().is_empty()
                && (1..=3).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_digit());
            let next_word_in_capitals = {
                let rest = &text[chars.get(k).map_or(text.len(), |&(p, _)| p)..];
                let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
            };
            let ends = match kind {
                _ if paragraph_number => false,
                Abbreviation::No => next_starts_sentence,
                Abbreviation::Inner => false,
                Abbreviation::MayEnd => {
                    next.is_some_and(char::is_uppercase)
                        && !(SENTENCE_FINAL_ACRONYMS.contains(
                            &word
                                .trim_start_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                                .as_str(),
                        ) && next_word_in_capitals)
                }
            };
            if next_is_space && ends {
                push_trimmed(&mut out, text, start, end);
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, text, start, text.len());
    out
}

/// True when `rest` opens with an elided article (`’s Avonds`, `’t Hoofd`, `'s-Gravenhage`),
/// which starts a sentence although its first letter is lowercase.
fn starts_with_elided_article(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('’' | '\''))
        && matches!(chars.next(), Some('s' | 't'))
        && chars.next().is_some_and(|c| c == ' ' || c == '-')
}

/// Pushes `text[start..end]` without its surrounding white space, if anything remains.
fn push_trimmed(out: &mut Vec<TextRange>, text: &str, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(TextRange {
            start: (start + lead) as u32,
            end: (end - trail) as u32,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r.range()])
            .collect()
    }

    #[test]
    fn wide_white_space_before_a_full_stop_does_not_panic() {
        assert_eq!(sentences("\u{85}?"), ["?"]);
        assert_eq!(
            sentences("Zie\u{a0}nr. 3. Klaar."),
            ["Zie\u{a0}nr. 3.", "Klaar."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        let s = "Op 11 juli jl. kwam de NAVO-Oekraïne Raad bijeen. Zie Kamerstuk 28 676, nr. 522. \
                 NSATU voert taken uit t.a.v. training. Dit is o.a. Nederland. Het kost EUR 8,7 mln. Dat is veel.";
        assert_eq!(
            sentences(s),
            vec![
                "Op 11 juli jl. kwam de NAVO-Oekraïne Raad bijeen.",
                "Zie Kamerstuk 28 676, nr. 522.",
                "NSATU voert taken uit t.a.v. training.",
                "Dit is o.a. Nederland.",
                "Het kost EUR 8,7 mln.",
                "Dat is veel."
            ]
        );
    }

    #[test]
    fn month_abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Zie de brief van 3 mrt. 2025 en die van 9 sept. 2024. Klaar."),
            vec![
                "Zie de brief van 3 mrt. 2025 en die van 9 sept. 2024.",
                "Klaar."
            ]
        );
        for month in [
            "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
        ] {
            assert!(ABBREVIATIONS.contains(&month), "{month}");
        }
    }

    #[test]
    fn sentence_final_abbreviations_end_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("De kosten bedragen EUR 95 mln. Dit bedrag omvat logistiek. Zo kwam de MCNT op 21 mei jl. voor het eerst bijeen. Met EUR 20 mln. 23 bondgenoten betalen mee."),
            vec![
                "De kosten bedragen EUR 95 mln.",
                "Dit bedrag omvat logistiek.",
                "Zo kwam de MCNT op 21 mei jl. voor het eerst bijeen.",
                "Met EUR 20 mln. 23 bondgenoten betalen mee."
            ]
        );
    }

    #[test]
    fn decimals_percentages_and_dates_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Nederland gaf 2,26% uit, t/m 2035 3,5 procent, e.g. 600.000 drones. Klaar."),
            vec![
                "Nederland gaf 2,26% uit, t/m 2035 3,5 procent, e.g. 600.000 drones.",
                "Klaar."
            ]
        );
    }

    #[test]
    fn initials_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Getekend C.C.J. Veldkamp en T.B.W. Berendsen. Klaar."),
            vec!["Getekend C.C.J. Veldkamp en T.B.W. Berendsen.", "Klaar."]
        );
    }

    #[test]
    fn place_acronyms_end_a_sentence_before_a_capital_but_not_in_a_heading_in_capitals() {
        assert_eq!(
            sentences(
                "De top was in Washington D.C. Daarna volgde Vilnius. Zo sprak de VS. De EU. Hier."
            ),
            vec![
                "De top was in Washington D.C.",
                "Daarna volgde Vilnius.",
                "Zo sprak de VS.",
                "De EU.",
                "Hier."
            ]
        );
        assert_eq!(
            sentences("VERSLAG VAN DE NAVO-TOP IN WASHINGTON D.C. VAN 10 EN 11 JULI 2024"),
            vec!["VERSLAG VAN DE NAVO-TOP IN WASHINGTON D.C. VAN 10 EN 11 JULI 2024"]
        );
        assert_eq!(
            sentences("in Washington D.C. van 10 juli"),
            vec!["in Washington D.C. van 10 juli"]
        );
    }

    #[test]
    fn month_abbreviations_inside_a_date_do_not_end_a_sentence() {
        for m in ["mrt", "apr", "jun", "jul", "sept", "okt", "Jul", "Oct"] {
            let s = format!("Op 3 {m}. 2025 kwam de Raad bijeen. Klaar.");
            assert_eq!(sentences(&s).len(), 2, "{s}");
        }
    }

    #[test]
    fn an_elided_article_after_a_full_stop_starts_a_sentence() {
        assert_eq!(
            sentences("De top sloot af. ’s Avonds volgde een diner. ’t Was laat."),
            vec![
                "De top sloot af.",
                "’s Avonds volgde een diner.",
                "’t Was laat."
            ]
        );
    }

    #[test]
    fn paragraph_numbers_and_english_abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            sentences("12. We reaffirm Art. 5 of the Treaty, see No. 3 of 11 Jul. 2023. We agree."),
            vec![
                "12. We reaffirm Art. 5 of the Treaty, see No. 3 of 11 Jul. 2023.",
                "We agree."
            ]
        );
    }

    #[test]
    fn numbers_and_questions_split_correctly() {
        assert_eq!(
            sentences("Er komen 600.000 drones. 23 bondgenoten voldoen? Ja!"),
            vec!["Er komen 600.000 drones.", "23 bondgenoten voldoen?", "Ja!"]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("Hij zei ‘ja.’ Daarna niets."),
            vec!["Hij zei ‘ja.’", "Daarna niets."]
        );
    }
}
