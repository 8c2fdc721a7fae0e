//! Short labels for events, cut from the sentence a date stands in: the clause around the date,
//! without the date itself and the preposition before it, at most [`MAX_LABEL_CHARS`] long.

/// Longest label, in characters (an ellipsis included).
pub const MAX_LABEL_CHARS: usize = 64;

/// Words that, just before a date, only say how it relates to the clause (`op 25 juni`).
const PREPOSITIONS: &[&str] = &[
    "op",
    "van",
    "in",
    "sinds",
    "vanaf",
    "tot",
    "tussen",
    "per",
    "uiterlijk",
    "voor",
    "na",
    "rond",
    "medio",
    "en",
    "on",
    "from",
    "since",
    "by",
    "until",
    "to",
    "at",
];

/// Words after which a date is a noun of its clause.
const ARTICLES: &[&str] = &["de", "het", "deze", "die", "the", "this"];

/// A label for the date at bytes `date` of `sentence`: the clause (between commas, semicolons,
/// colons or brackets) holding it, the date and a preposition just before it taken out, the
/// first letter capitalised, cut at a word boundary. Falls back to the whole sentence when the
/// clause holds nothing but the date.
pub fn label_for(sentence: &str, date: std::ops::Range<usize>) -> String {
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')');
    let date = date.start.min(sentence.len())..date.end.min(sentence.len());
    // A comma between digits (`2,0%`) is a decimal comma, not a clause break.
    let breaks_at = |i: usize| {
        let c = sentence[i..].chars().next().unwrap_or(' ');
        is_break(c)
            && !(c == ','
                && sentence[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                && sentence[..i].ends_with(|d: char| d.is_ascii_digit()))
    };
    let clause_start = sentence[..date.start]
        .char_indices()
        .rev()
        .find(|&(i, _)| breaks_at(i))
        .map_or(0, |(i, _)| i + 1);
    let clause_end = sentence[date.end..]
        .char_indices()
        .find(|&(i, _)| breaks_at(date.end + i))
        .map_or(sentence.len(), |(i, _)| date.end + i);
    let before_date = sentence[clause_start..date.start].trim_end();
    // After an article (`de zomer van 2023`, `de tweede en laatste dag`) the date is a noun of
    // the clause and stays in the label.
    let keeps_date = before_date
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| ARTICLES.contains(&w.to_lowercase().as_str()));
    if keeps_date {
        let clause = sentence[clause_start..clause_end].trim();
        return shorten(&capitalise(
            clause.trim_end_matches(['.', ',', ';', ':', ' ']),
        ));
    }
    let before = strip_trailing_preposition(before_date);
    let after = sentence[date.end..clause_end].trim_start();
    let clause = join_words(before.trim(), after.trim());
    let text = if clause.split_whitespace().count() >= 2 {
        clause
    } else {
        let trim = |c: char| c.is_whitespace() || is_break(c);
        let whole = join_words(
            strip_trailing_preposition(sentence[..clause_start].trim_end_matches(trim)).trim(),
            sentence[clause_end..].trim_start_matches(trim).trim_end(),
        );
        if whole.is_empty() {
            sentence.trim().to_string()
        } else {
            whole
        }
    };
    shorten(&capitalise(
        text.trim_end_matches(['.', ',', ';', ':', ' ']),
    ))
}

/// `text` without a preposition as its last word.
fn strip_trailing_preposition(text: &str) -> &str {
    match text.rsplit_once(char::is_whitespace) {
        Some((head, last)) if PREPOSITIONS.contains(&last.to_lowercase().as_str()) => head,
        None if PREPOSITIONS.contains(&text.to_lowercase().as_str()) => "",
        _ => text,
    }
}

/// Two pieces of text joined by one space (either may be empty).
fn join_words(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a} {b}"),
    }
}

/// The text with its first letter upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text cut to [`MAX_LABEL_CHARS`] at a word boundary, with `…` when cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_LABEL_CHARS {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > MAX_LABEL_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':']).to_string() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label of the first occurrence of `date` in `sentence`.
    fn label(sentence: &str, date: &str) -> String {
        let at = sentence.find(date).unwrap();
        label_for(sentence, at..at + date.len())
    }

    #[test]
    fn the_label_is_the_clause_without_the_date_and_its_preposition() {
        assert_eq!(
            label(
                "Op 25 juni vond de Noord-Atlantische Raad plaats.",
                "25 juni"
            ),
            "Vond de Noord-Atlantische Raad plaats"
        );
        assert_eq!(
            label(
                "Nederland zal een bijdrage leveren met maximaal twintig trainers tot eind 2026.",
                "eind 2026"
            ),
            "Nederland zal een bijdrage leveren met maximaal twintig trainers"
        );
    }

    #[test]
    fn a_clause_of_only_the_date_gives_the_sentence() {
        assert_eq!(
            label(
                "De kosten worden geraamd (augustus 2024 t/m december 2026).",
                "augustus 2024 t/m december 2026"
            ),
            "De kosten worden geraamd"
        );
    }

    #[test]
    fn long_labels_are_cut_at_a_word() {
        let long = "Op 1 juni ".to_string() + &"woord ".repeat(30);
        let l = label(&long, "1 juni");
        assert!(l.chars().count() <= MAX_LABEL_CHARS, "{l}");
        assert!(l.ends_with('…'));
    }
}
