//! Dates named relative to the letter or its meeting: `morgen`, `vorige week`, `deze week`,
//! `de tweede en laatste dag` (of the meeting). The phrases are found here; what day they name
//! depends on the letter's date and its meeting, which the extraction stage knows.

use crate::model::Span;

/// What a relative date phrase refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelativeDay {
    /// `vandaag`, `today`: the letter's date.
    Today,
    /// `morgen`, `tomorrow`: the day after the letter.
    Tomorrow,
    /// `gisteren`, `yesterday`: the day before the letter.
    Yesterday,
    /// `vorige week`, `afgelopen week`, `last week`: the week before the letter's week.
    LastWeek,
    /// `deze week`, `this week`: the letter's week.
    ThisWeek,
    /// `volgende week`, `komende week`, `next week`: the week after the letter's week.
    NextWeek,
    /// `de eerste dag` (of the meeting the letter is about).
    FirstDayOfMeeting,
    /// `de laatste dag`, `de tweede en laatste dag` (of the meeting).
    LastDayOfMeeting,
}

/// A relative date phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RelativeExpression {
    /// Byte span in the text.
    pub span: Span,
    /// The phrase as written.
    pub written: String,
    /// What it refers to.
    pub day: RelativeDay,
}

/// The phrases, lower case, longest first where one starts another; each must stand as whole
/// words. Phrases of meeting days need `dag van de` / `dag van het` or `dag` followed by the
/// words `van de top` to be about the meeting; `laatste dag` alone is enough in a meeting's
/// letter, so it is listed whole.
const PHRASES: &[(&str, RelativeDay)] = &[
    ("tweede en laatste dag", RelativeDay::LastDayOfMeeting),
    ("laatste dag van de top", RelativeDay::LastDayOfMeeting),
    ("laatste dag van de navo-top", RelativeDay::LastDayOfMeeting),
    ("deze laatste dag van de top", RelativeDay::LastDayOfMeeting),
    ("eerste dag van de top", RelativeDay::FirstDayOfMeeting),
    ("eerste dag van de navo-top", RelativeDay::FirstDayOfMeeting),
    ("vandaag", RelativeDay::Today),
    ("today", RelativeDay::Today),
    ("morgen", RelativeDay::Tomorrow),
    ("tomorrow", RelativeDay::Tomorrow),
    ("gisteren", RelativeDay::Yesterday),
    ("yesterday", RelativeDay::Yesterday),
    ("vorige week", RelativeDay::LastWeek),
    ("afgelopen week", RelativeDay::LastWeek),
    ("last week", RelativeDay::LastWeek),
    ("deze week", RelativeDay::ThisWeek),
    ("this week", RelativeDay::ThisWeek),
    ("volgende week", RelativeDay::NextWeek),
    ("komende week", RelativeDay::NextWeek),
    ("next week", RelativeDay::NextWeek),
];

/// Every relative date phrase of `text`, in order, without overlaps. Case is ignored; a phrase
/// must start and end at word boundaries (`morgens` and `'s morgens` are not `morgen`).
pub fn find_relative_expressions(text: &str) -> Vec<RelativeExpression> {
    let lower = text.to_lowercase();
    // Lower-casing keeps byte offsets only when it keeps lengths; otherwise find nothing rather
    // than point at the wrong bytes.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < lower.len() {
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'');
        let found = starts_word
            .then(|| {
                PHRASES.iter().find(|(phrase, _)| {
                    lower[at..].starts_with(phrase)
                        && lower[at + phrase.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            })
            .flatten();
        match found {
            Some((phrase, day)) => {
                let end = at + phrase.len();
                out.push(RelativeExpression {
                    span: Span::new(at, end),
                    written: text[at..end].to_string(),
                    day: *day,
                });
                at = end;
            }
            None => at += lower[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The days of the phrases found in `text`.
    fn days(text: &str) -> Vec<RelativeDay> {
        find_relative_expressions(text)
            .into_iter()
            .map(|e| e.day)
            .collect()
    }

    #[test]
    fn the_second_and_last_day_of_a_two_day_summit_is_its_last_day() {
        let found = find_relative_expressions("De tweede en laatste dag van de NAVO-top stond");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].written, "tweede en laatste dag");
        assert_eq!(found[0].day, RelativeDay::LastDayOfMeeting);
    }

    #[test]
    fn tomorrow_and_weeks_are_found_as_whole_words() {
        assert_eq!(days("Morgen spreekt de raad."), vec![RelativeDay::Tomorrow]);
        assert_eq!(
            days("Vorige week en volgende week"),
            vec![RelativeDay::LastWeek, RelativeDay::NextWeek]
        );
        assert_eq!(
            days("Den Haag stond deze week"),
            vec![RelativeDay::ThisWeek]
        );
        assert!(days("'s morgens en morgenochtend, de ochtend van morgens").is_empty());
        assert_eq!(days("we met yesterday"), vec![RelativeDay::Yesterday]);
    }

    #[test]
    fn text_whose_lower_case_changes_length_yields_nothing_rather_than_wrong_spans() {
        assert!(find_relative_expressions("İ morgen").is_empty());
    }
}
