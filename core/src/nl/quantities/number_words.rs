//! Numbers written as words: Dutch `een` to `twintig`, the tens, `honderd`, `duizend` and their
//! compounds (`vijfentwintig`, `tweeëndertig`, `driehonderd`); English `one` to `twelve` and the
//! tens.

use crate::nl::months::Language;

/// A number written as one lowercase word in `language`: Dutch `een` to `twintig`, the tens,
/// `honderd`, `duizend`, compounds `vijfentwintig`, `tweeëndertig`, `driehonderd`,
/// `tienduizend`; English `one` to `twelve`, `twenty` to `ninety`.
pub fn number_word_value(word: &str, language: Language) -> Option<f64> {
    if language == Language::English {
        return ENGLISH_NUMBER_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, v)| f64::from(v));
    }
    number_word_value_dutch(word)
}

/// English numbers written as one word (compounds such as `twenty-five` are not read).
const ENGLISH_NUMBER_WORDS: [(&str, u32); 20] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A Dutch number written as one word.
fn number_word_value_dutch(word: &str) -> Option<f64> {
    const SMALL: [(&str, u32); 28] = [
        ("een", 1),
        ("één", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
        ("tien", 10),
        ("elf", 11),
        ("twaalf", 12),
        ("dertien", 13),
        ("veertien", 14),
        ("vijftien", 15),
        ("zestien", 16),
        ("zeventien", 17),
        ("achttien", 18),
        ("negentien", 19),
        ("twintig", 20),
        ("dertig", 30),
        ("veertig", 40),
        ("vijftig", 50),
        ("zestig", 60),
        ("zeventig", 70),
        ("tachtig", 80),
        ("negentig", 90),
    ];
    let small = |w: &str| SMALL.iter().find(|(s, _)| *s == w).map(|&(_, v)| v);
    let below_hundred = |w: &str| -> Option<u32> {
        if let Some(v) = small(w) {
            return Some(v);
        }
        // `vijfentwintig`, `tweeëndertig`: unit, `en`/`ën`, tens.
        for joiner in ["ën", "en"] {
            for (i, _) in w.match_indices(joiner) {
                let (unit, tens) = (&w[..i], &w[i + joiner.len()..]);
                if let (Some(u @ 1..=9), Some(t @ 20..=90)) = (small(unit), small(tens)) {
                    if t % 10 == 0 && tens.ends_with("tig") {
                        return Some(u + t);
                    }
                }
            }
        }
        None
    };
    let below_thousand = |w: &str| -> Option<u32> {
        match w.split_once("honderd") {
            Some((head, tail)) => {
                let h = if head.is_empty() {
                    1
                } else {
                    small(head).filter(|v| (2..=9).contains(v))?
                };
                let t = if tail.is_empty() {
                    0
                } else {
                    below_hundred(tail)?
                };
                Some(h * 100 + t)
            }
            None => below_hundred(w),
        }
    };
    if word.is_empty() {
        return None;
    }
    let value = match word.split_once("duizend") {
        Some((head, "")) => {
            let h = if head.is_empty() {
                1
            } else {
                below_thousand(head).filter(|v| *v >= 2)?
            };
            h * 1000
        }
        Some(_) => return None,
        None => below_thousand(word)?,
    };
    Some(f64::from(value))
}
