//! The themes as exported rows (`themes.json`, `themes.csv`): one row per paragraph and theme,
//! with the letter and meeting by id, why the paragraph has the theme (the heading and the key
//! terms with the words as written), the paragraph's text and its link.

use super::themes::Themes;
use crate::model::Corpus;
use serde::Serialize;

/// One paragraph with one theme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeRow {
    /// Id of the theme (`defensie-uitgaven`).
    pub theme: String,
    /// Its Dutch name.
    pub theme_name: String,
    /// Its English name.
    pub theme_name_en: String,
    /// Id of the meeting the letter is about.
    pub meeting: String,
    /// Id of the letter.
    pub letter: String,
    /// Number of the paragraph (block) in the letter.
    pub paragraph: u32,
    /// The section heading that signals the theme; empty when none does.
    pub heading: String,
    /// The key terms of `themes.toml` that matched, each once, in text order.
    pub key_terms: Vec<String>,
    /// The words that matched, as written, in text order (a word repeated is listed each time).
    pub matched: Vec<String>,
    /// The paragraph's text.
    pub text: String,
    /// The app's link to the paragraph (`#/brief/<id>/p/<n>`).
    pub link: String,
}

/// The rows of `themes`, in corpus order.
pub fn theme_rows(corpus: &Corpus, themes: &Themes) -> Vec<ThemeRow> {
    themes
        .tags
        .iter()
        .filter_map(|tag| {
            let def = themes.definitions.get(tag.theme as usize)?;
            let letter = corpus.letters.get(tag.letter as usize)?;
            let block = letter.block(tag.block)?;
            let mut key_terms: Vec<String> = Vec::new();
            for h in &tag.hits {
                if let Some(k) = def.key_term(h.term) {
                    if !key_terms.iter().any(|x| x == k) {
                        key_terms.push(k.to_string());
                    }
                }
            }
            Some(ThemeRow {
                theme: def.id.clone(),
                theme_name: def.name.clone(),
                theme_name_en: def.name_en.clone(),
                meeting: letter.meeting.clone(),
                letter: letter.id.clone(),
                paragraph: tag.block,
                heading: tag
                    .heading
                    .and_then(|n| letter.block(n))
                    .map_or_else(String::new, |b| b.text.clone()),
                key_terms,
                matched: tag
                    .hits
                    .iter()
                    .filter_map(|h| block.text.get(h.span.range()))
                    .map(str::to_string)
                    .collect(),
                text: block.text.clone(),
                link: format!("#/brief/{}/p/{}", letter.id, tag.block),
            })
        })
        .collect()
}

/// The CSV header, in the order of [`ThemeRow`]'s fields.
const CSV_HEADER: [&str; 11] = [
    "theme",
    "theme_name",
    "theme_name_en",
    "meeting",
    "letter",
    "paragraph",
    "heading",
    "key_terms",
    "matched",
    "text",
    "link",
];

/// The rows as CSV (RFC 4180): a header row, every field quoted, quotes doubled, CRLF line ends,
/// UTF-8 with a byte order mark; lists are joined with ` | `.
pub fn themes_csv(rows: &[ThemeRow]) -> String {
    super::csv::to_csv(
        &CSV_HEADER,
        rows.iter().map(|r| {
            [
                r.theme.clone(),
                r.theme_name.clone(),
                r.theme_name_en.clone(),
                r.meeting.clone(),
                r.letter.clone(),
                r.paragraph.to_string(),
                r.heading.clone(),
                r.key_terms.join(" | "),
                r.matched.join(" | "),
                r.text.clone(),
                r.link.clone(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::themes::{assign, ThemeDef};
    use crate::search::Synonyms;
    use crate::test_corpus::corpus;

    #[test]
    fn rows_say_why_and_csv_quotes_every_field() {
        let c = corpus(&[(
            "a",
            "den-haag-2025",
            &[
                "## Defensie-uitgaven",
                "De \"norm\" is 5% van het bbp; het bbp groeit.",
            ],
        )]);
        let defs = [ThemeDef {
            id: "geld".into(),
            name: "Geld".into(),
            name_en: "Money".into(),
            headings: vec!["defensie-uitgaven".into()],
            strong: vec!["bbp".into()],
            terms: vec![],
            need: 2,
        }];
        let rows = theme_rows(&c, &assign(&c, &defs, &Synonyms::default()));
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.heading, "Defensie-uitgaven");
        assert_eq!(r.key_terms, ["bbp"]);
        assert_eq!(r.matched, ["bbp", "bbp"]);
        assert_eq!(r.link, "#/brief/a/p/2");
        let csv = themes_csv(&rows);
        assert!(csv.starts_with("\u{feff}\"theme\""));
        assert!(csv.contains("\"De \"\"norm\"\" is 5% van het bbp; het bbp groeit.\""));
        assert_eq!(csv.lines().count(), 2);
    }
}
