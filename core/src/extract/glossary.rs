//! The glossary: acronyms with their expansions, and the people, countries and organisations the
//! letters name, each with every place it is mentioned.
//!
//! - Acronyms are read from the text where the letters expand them, in either order:
//!   `NATO Security Assistance and Training for Ukraine (NSATU)`,
//!   `Noord-Atlantische Raad (NAR)`. Which words before the bracket are the expansion is decided
//!   by the Schwartz–Hearst rule ([`expansion_of`]): the letters of the acronym are found from the
//!   last backwards in the words before it, the first at the start of a word. Acronyms the letters
//!   never expand come from `seeds/glossary.toml` ([`GlossarySeeds`]), and are kept only when the
//!   text uses them.
//! - Countries, organisations and people come from the same file with the forms the text writes
//!   them in (`Oekraïne`, `Oekraïense`); people are also found after a title (`president
//!   Zelensky`, `premier Luxon`, `motie-Piri`), and known by their surname after that.
//!
//! No crate does acronym definitions for Dutch and English text of this kind; the rule is twenty
//! lines, written here.
//!
//! Invariants: every mention points at its letter, block, sentence and the bytes of the block's
//! `text` it occupies; terms are ordered by kind, then name (case ignored); mentions in corpus
//! and text order.

use super::dates::sentence_at;
use crate::model::{Corpus, TextRange};
use serde::{Deserialize, Serialize};

/// Longest acronym read from brackets, in characters.
const MAX_ACRONYM_CHARS: usize = 10;
/// Most words a person's name found after a title may have.
const MAX_NAME_WORDS: usize = 3;

/// Everything `seeds/glossary.toml` declares.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossarySeeds {
    /// Acronyms with their expansion, for the ones the letters never expand.
    #[serde(default, rename = "acronym")]
    pub acronyms: Vec<SeedAcronym>,
    /// Countries.
    #[serde(default, rename = "country")]
    pub countries: Vec<SeedEntity>,
    /// Organisations.
    #[serde(default, rename = "organisation")]
    pub organisations: Vec<SeedEntity>,
    /// How people are found in the text.
    #[serde(default)]
    pub people: PeopleRules,
    /// People the text names without a title.
    #[serde(default, rename = "person")]
    pub persons: Vec<SeedEntity>,
}

/// An acronym declared in the seeds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAcronym {
    /// The acronym as written (`NAVO`, `bbp`).
    pub term: String,
    /// Dutch expansion.
    pub name: String,
    /// English expansion.
    pub name_en: String,
}

/// A country, organisation or person declared in the seeds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedEntity {
    /// Dutch name, also a form to find.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Other ways the text writes it.
    #[serde(default)]
    pub forms: Vec<String>,
}

/// How people are found in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleRules {
    /// Words before a name (lower case): `president`, `premier`, `motie-`.
    #[serde(default)]
    pub titles: Vec<String>,
}

/// What a glossary entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// An acronym or abbreviation with its expansion.
    Acronym,
    /// A person.
    Person,
    /// A country.
    Country,
    /// An organisation or body.
    Organisation,
}

impl TermKind {
    /// Every kind, in the glossary's order.
    pub const ALL: [TermKind; 4] = [
        TermKind::Acronym,
        TermKind::Person,
        TermKind::Country,
        TermKind::Organisation,
    ];

    /// The stable name used in exports and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            TermKind::Acronym => "acronym",
            TermKind::Person => "person",
            TermKind::Country => "country",
            TermKind::Organisation => "organisation",
        }
    }
}

/// A place in a block of a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermPlace {
    /// Id of the letter.
    pub letter: String,
    /// Number `n` of the block.
    pub block: u32,
    /// Index of the sentence of the block.
    pub sentence: u32,
    /// Bytes of the block's `text`.
    pub span: TextRange,
    /// The text there, as written.
    pub text: String,
}

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Acronym, person, country or organisation.
    pub kind: TermKind,
    /// The acronym as written (`NSATU`), or the entity's name (`Oekraïne`, `Mark Rutte`).
    pub term: String,
    /// The expansion of an acronym as the text (or the seeds) give it; the English name of an
    /// entity's country or organisation where declared.
    pub expansion: Option<String>,
    /// The English expansion or name, where declared in the seeds.
    pub expansion_en: Option<String>,
    /// Where the text expands the acronym (`… (NSATU)`), if it does.
    pub defined_at: Option<TermPlace>,
    /// True when the entry comes from `seeds/glossary.toml`, false when read from the text only.
    pub declared: bool,
    /// Every mention in the letters' blocks.
    pub mentions: Vec<TermPlace>,
}

/// The expansion of `short` among the words of `long` that end just before it, by the
/// Schwartz–Hearst rule; `None` when the letters cannot be found in order, the first at the start
/// of a word.
pub fn expansion_of(short: &str, long: &str) -> Option<String> {
    let s: Vec<char> = short.chars().collect();
    let l: Vec<char> = long.chars().collect();
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let mut si = s.len() as isize - 1;
    let mut li = l.len() as isize - 1;
    while si >= 0 {
        let c = lower(s[si as usize]);
        if !c.is_alphanumeric() {
            si -= 1;
            continue;
        }
        while li >= 0
            && (lower(l[li as usize]) != c
                || (si == 0 && li > 0 && l[li as usize - 1].is_alphanumeric()))
        {
            li -= 1;
        }
        if li < 0 {
            return None;
        }
        li -= 1;
        si -= 1;
    }
    let start = l[..(li + 1) as usize]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let found: String = l[start..].iter().collect();
    let found = found.trim().trim_matches('*').trim().to_string();
    (found.chars().count() > s.len() && found != short).then_some(found)
}

/// True when `s` is written like an acronym: 2–10 letters and digits (a dash inside), starting
/// with a capital, at least two capitals.
pub fn looks_like_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=MAX_ACRONYM_CHARS).contains(&n)
        && s.starts_with(|c: char| c.is_uppercase())
        && s.chars().all(|c| c.is_alphanumeric() || c == '-')
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !s.ends_with('-')
}

/// The whole-word occurrences of `word` in `text` (case kept): byte offsets.
fn word_occurrences<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let free =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        free.then_some(at)
    })
}

/// Every glossary entry of the corpus.
pub fn glossary(corpus: &Corpus, seeds: &GlossarySeeds) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    let place = |letter: &str, block: &crate::model::Block, start: usize, end: usize| TermPlace {
        letter: letter.to_string(),
        block: block.n,
        sentence: sentence_at(block, start),
        span: TextRange {
            start: start as u32,
            end: end as u32,
        },
        text: block.text[start..end].to_string(),
    };

    // Acronyms the text expands.
    for letter in &corpus.letters {
        for block in &letter.blocks {
            for (open, _) in block.text.match_indices('(') {
                let Some(close) = block.text[open..].find(')').map(|i| open + i) else {
                    continue;
                };
                let inside = block.text[open + 1..close].trim().trim_matches('*');
                let before = block.text[..open]
                    .trim_end()
                    .trim_end_matches('*')
                    .trim_end();
                let (short, long, long_start) = if looks_like_acronym(inside) {
                    let words: Vec<&str> = before.split_whitespace().collect();
                    let n = inside.chars().count();
                    let take = (n + 5).min(n * 2).min(words.len());
                    let candidate = words[words.len() - take..].join(" ");
                    (inside.to_string(), candidate, None)
                } else {
                    // `NSATU (NATO Security Assistance …)`: the acronym before the bracket.
                    let last = before
                        .rsplit(|c: char| c.is_whitespace())
                        .next()
                        .unwrap_or("");
                    if !looks_like_acronym(last) || inside.split_whitespace().count() < 2 {
                        continue;
                    }
                    (last.to_string(), inside.to_string(), Some(open + 1))
                };
                let Some(expansion) = expansion_of(&short, &long) else {
                    continue;
                };
                if terms
                    .iter()
                    .any(|t| t.kind == TermKind::Acronym && t.term == short)
                {
                    continue;
                }
                let start = long_start.unwrap_or_else(|| {
                    block.text[..open]
                        .rfind(expansion.split_whitespace().next().unwrap_or(""))
                        .unwrap_or(open)
                });
                terms.push(Term {
                    kind: TermKind::Acronym,
                    term: short,
                    expansion: Some(expansion),
                    expansion_en: None,
                    defined_at: Some(place(&letter.id, block, start, close + 1)),
                    declared: false,
                    mentions: Vec::new(),
                });
            }
        }
    }
    // Acronyms declared in the seeds: an expansion for the ones the text never gives, and the
    // English name for the ones it does.
    for a in &seeds.acronyms {
        match terms.iter_mut().find(|t| t.term == a.term) {
            Some(t) => {
                t.expansion_en = Some(a.name_en.clone());
                t.declared = true;
            }
            None => terms.push(Term {
                kind: TermKind::Acronym,
                term: a.term.clone(),
                expansion: Some(a.name.clone()),
                expansion_en: Some(a.name_en.clone()),
                defined_at: None,
                declared: true,
                mentions: Vec::new(),
            }),
        }
    }
    for t in terms.iter_mut() {
        t.mentions = mentions_of(corpus, &[t.term.as_str()], &place);
    }
    terms.retain(|t| !t.mentions.is_empty());

    // Countries and organisations.
    for (kind, list) in [
        (TermKind::Country, &seeds.countries),
        (TermKind::Organisation, &seeds.organisations),
        (TermKind::Person, &seeds.persons),
    ] {
        for e in list.iter() {
            // `NAVO` the organisation is `NAVO` the acronym: one entry, with its expansion.
            let is_acronym = terms
                .iter()
                .any(|t| t.kind == TermKind::Acronym && t.term == e.name);
            if is_acronym {
                continue;
            }
            let mut forms: Vec<&str> = std::iter::once(e.name.as_str())
                .chain(e.forms.iter().map(String::as_str))
                .collect();
            forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
            let mentions = mentions_of(corpus, &forms, &place);
            if !mentions.is_empty() {
                terms.push(Term {
                    kind,
                    term: e.name.clone(),
                    expansion: None,
                    expansion_en: Some(e.name_en.clone()),
                    defined_at: None,
                    declared: true,
                    mentions,
                });
            }
        }
    }

    // People after a title, known by their surname.
    let mut names: Vec<String> = Vec::new();
    for letter in &corpus.letters {
        for block in &letter.blocks {
            for name in names_after_titles(&block.text, &seeds.people.titles) {
                let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
                let known = terms.iter().any(|t| {
                    t.kind == TermKind::Person
                        && t.mentions
                            .iter()
                            .any(|m| m.text == surname || m.text == name)
                });
                if known {
                    continue;
                }
                match names
                    .iter_mut()
                    .find(|n| n.rsplit(' ').next() == Some(surname.as_str()))
                {
                    Some(n) if n.len() < name.len() => *n = name,
                    Some(_) => {}
                    None => names.push(name),
                }
            }
        }
    }
    for name in names {
        let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
        let forms: Vec<&str> = if surname == name {
            vec![name.as_str()]
        } else {
            vec![name.as_str(), surname.as_str()]
        };
        let mentions = mentions_of(corpus, &forms, &place);
        terms.push(Term {
            kind: TermKind::Person,
            term: name.clone(),
            expansion: None,
            expansion_en: None,
            defined_at: None,
            declared: false,
            mentions,
        });
    }
    terms.sort_by_key(|t| (t.kind, t.term.to_lowercase()));
    terms
}

/// Every whole-word mention of any of `forms` (longest first; a shorter form inside a longer
/// one's mention is not counted again), in corpus and text order.
fn mentions_of(
    corpus: &Corpus,
    forms: &[&str],
    place: &dyn Fn(&str, &crate::model::Block, usize, usize) -> TermPlace,
) -> Vec<TermPlace> {
    let mut out = Vec::new();
    for letter in &corpus.letters {
        for block in &letter.blocks {
            let mut found: Vec<(usize, usize)> = Vec::new();
            for form in forms.iter().filter(|f| !f.is_empty()) {
                for at in word_occurrences(&block.text, form) {
                    let end = at + form.len();
                    if !found.iter().any(|&(s, e)| at < e && s < end) {
                        found.push((at, end));
                    }
                }
            }
            found.sort_unstable();
            out.extend(
                found
                    .into_iter()
                    .map(|(s, e)| place(&letter.id, block, s, e)),
            );
        }
    }
    out
}

/// Names written after a title in `text` (`president Zelensky`, `Secretary of State Blinken`,
/// `motie-Piri`): one to `MAX_NAME_WORDS` capitalised words.
pub fn names_after_titles(text: &str, titles: &[String]) -> Vec<String> {
    let mut titles: Vec<&str> = titles.iter().map(String::as_str).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let starts_word = !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        let title = starts_word
            .then(|| {
                titles.iter().find(|t| {
                    text.get(at..at + t.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(t))
                })
            })
            .flatten();
        let Some(title) = title else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let mut i = at + title.len();
        if !title.ends_with('-') {
            if !text[i..].starts_with(' ') {
                at = i;
                continue;
            }
            i += 1;
        }
        let mut words = Vec::new();
        for word in text[i..].split(' ').take(MAX_NAME_WORDS) {
            let clean = word.trim_end_matches(|c: char| !c.is_alphabetic());
            let is_name = clean.chars().next().is_some_and(char::is_uppercase)
                && clean.chars().count() > 1
                && !clean.chars().all(|c| c.is_uppercase() || c == '-')
                && clean
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
            if !is_name {
                break;
            }
            words.push(clean);
            if clean.len() != word.len() {
                break;
            }
        }
        if !words.is_empty() {
            out.push(words.join(" "));
        }
        at = i;
    }
    out
}
