//! `themes.toml` read into the themes' definitions ([`ThemeDef`]): ids, names, and the
//! expressions that signal each theme, checked to hold words as the search's tokenizer reads
//! them.

use super::{SeedError, TomlFile};
use crate::extract::themes::{ThemeDef, DEFAULT_NEED, MAX_THEME_TERMS};
use crate::nl::tokenize::expression_terms;
use serde::Deserialize;

/// One `[[theme]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    id: String,
    name: String,
    name_en: String,
    #[serde(default)]
    headings: Vec<String>,
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    terms: Vec<String>,
    need: Option<u8>,
}

/// The file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Vec<toml::Spanned<Written>>,
}

/// True when an expression has a word in each of its `+` pieces.
fn has_words(expression: &str) -> bool {
    expression
        .split('+')
        .all(|p| !expression_terms(p.trim().trim_end_matches('*')).is_empty())
}

/// Reads `themes.toml`: every theme with an id usable in links (each once), both names, and
/// key terms or headings that hold words.
pub fn read_themes(toml: &TomlFile) -> Result<Vec<ThemeDef>, SeedError> {
    let file: File = toml.parse()?;
    let mut out: Vec<ThemeDef> = Vec::new();
    for spanned in file.theme {
        let start = spanned.span().start;
        let w = spanned.into_inner();
        let fail = |m: String| Err(toml.error_at(start, format!("theme {:?}: {m}", w.id)));
        if w.id.is_empty()
            || !w
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return fail("the id must be lowercase letters, digits and hyphens".into());
        }
        if out.iter().any(|d| d.id == w.id) {
            return fail("this id is declared twice".into());
        }
        if w.name.trim().is_empty() || w.name_en.trim().is_empty() {
            return fail("needs a `name` and a `name_en`".into());
        }
        if w.strong.is_empty() && w.terms.is_empty() && w.headings.is_empty() {
            return fail("needs `strong`, `terms` or `headings`".into());
        }
        if w.strong.len() + w.terms.len() > MAX_THEME_TERMS {
            return fail(format!("more than {MAX_THEME_TERMS} key terms"));
        }
        if let Some(e) = w
            .strong
            .iter()
            .chain(&w.terms)
            .chain(&w.headings)
            .find(|e| !has_words(e))
        {
            return fail(format!("the expression {e:?} has no word in it"));
        }
        let need = w.need.unwrap_or(DEFAULT_NEED);
        if need == 0 {
            return fail("`need` must be at least 1".into());
        }
        out.push(ThemeDef {
            id: w.id,
            name: w.name,
            name_en: w.name_en,
            headings: w.headings,
            strong: w.strong,
            terms: w.terms,
            need,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `themes.toml` with `text`.
    fn read(text: &str) -> Result<Vec<ThemeDef>, SeedError> {
        read_themes(&TomlFile::new("themes.toml", text))
    }

    #[test]
    fn a_theme_file_with_faults_names_line_and_the_theme() {
        let ok = read("[[theme]]\nid = \"a\"\nname = \"A\"\nname_en = \"A\"\nstrong = [\"x\"]\n")
            .unwrap();
        assert_eq!(ok[0].need, DEFAULT_NEED);
        let e = read(
            "[[theme]]\nid = \"a\"\nname = \"A\"\nname_en = \"A\"\nstrong = [\"x\"]\n\n\
         [[theme]]\nid = \"a\"\nname = \"B\"\nname_en = \"B\"\nterms = [\"y\"]\n",
        )
        .unwrap_err();
        assert_eq!(e.position().map(|p| p.line), Some(7), "{e}");
        assert!(e.to_string().contains("twice"), "{e}");
        let e =
            read("[[theme]]\nid = \"a\"\nname = \"A\"\nname_en = \"A\"\nstrong = [\"x + --\"]\n")
                .unwrap_err();
        assert!(e.to_string().contains("no word"), "{e}");
        let e = read("[[theme]]\nid = \"A b\"\nname = \"A\"\nname_en = \"A\"\n").unwrap_err();
        assert!(e.to_string().contains("lowercase"), "{e}");
        let e = read("[[theme]]\nid = 3\n").unwrap_err();
        assert_eq!(e.position().map(|p| p.line), Some(2), "{e}");
    }
}
