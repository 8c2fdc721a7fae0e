//! Key figures: every amount, percentage and key count of the letters, with its sentence, its
//! place, its value and what it refers to.
//!
//! Reading a quantity is the language's job ([`crate::nl::quantities`]); this stage walks the
//! corpus, keeps the quantities that are key figures (every amount and percentage; counts of
//! something, not spans of time or prose numbers such as `twee dagen`), and gives each a topic
//! and a subject from the data of `seeds/topics.toml` ([`FigureSeeds`]).
//!
//! Invariants:
//! - Every figure points at its letter, block, sentence and the bytes of the block's `text` it
//!   was written as (from the qualifier to the unit: `circa 94 miljard USD`).
//! - Figures are in corpus order, blocks in reading order, figures in text order.
//! - `key` is the quantity's [canonical key](crate::nl::quantities::Quantity::canonical_key):
//!   two writings of one figure share it.

use super::dates::sentence_at;
use super::topics::{FigureSeeds, Subject};
use crate::model::{Corpus, TextRange};
use crate::nl::months::Language;
use crate::nl::quantities::{find_quantities_in, Approximation, Currency, Quantity, Scale, Unit};
use serde::{Deserialize, Serialize};

/// Most words a subject read from the sentence (not declared in the seeds) may have.
const MAX_SUBJECT_WORDS: usize = 4;

/// Words that never start a subject read from the sentence.
const FUNCTION_WORDS: [&str; 40] = [
    "de", "het", "een", "van", "voor", "aan", "in", "op", "bij", "uit", "met", "en", "of", "tot",
    "naar", "om", "te", "die", "dat", "is", "zijn", "wordt", "worden", "dit", "deze", "als", "the",
    "of", "for", "to", "and", "in", "on", "by", "a", "an", "is", "are", "was", "per",
];

/// Words in a sentence that point back to the figure before (`Dit bedrag komt bovenop de EUR
/// 150 mln`): a figure there without a subject of its own takes that figure's.
const BACK_REFERENCES: [&str; 8] = [
    "dit bedrag",
    "dit percentage",
    "bovenop",
    "daarvan",
    "hiervan",
    "waarvan",
    "this amount",
    "of which",
];

/// What kind of figure: an amount of money, a percentage (or percentage points) or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// `EUR 40 miljard`, `175 miljoen euro`.
    Amount,
    /// `3,5 procent`, `2%`, `0,5 procentpunt`.
    Percentage,
    /// `32 bondgenoten`, `10.000 militairen`.
    Count,
}

impl FigureKind {
    /// Every kind.
    pub const ALL: [FigureKind; 3] = [
        FigureKind::Amount,
        FigureKind::Percentage,
        FigureKind::Count,
    ];

    /// The stable name used in exports and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            FigureKind::Amount => "amount",
            FigureKind::Percentage => "percentage",
            FigureKind::Count => "count",
        }
    }

    /// The kind of a slug.
    pub fn from_slug(s: &str) -> Option<FigureKind> {
        FigureKind::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// The unit of a figure's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// Euro.
    Eur,
    /// US dollar.
    Usd,
    /// Percent.
    Percent,
    /// Percentage points.
    PercentagePoint,
    /// A number of things (or an amount whose currency is not written with it).
    Number,
}

impl FigureUnit {
    /// The stable name used in exports.
    pub fn slug(self) -> &'static str {
        match self {
            FigureUnit::Eur => "eur",
            FigureUnit::Usd => "usd",
            FigureUnit::Percent => "percent",
            FigureUnit::PercentagePoint => "percentage_point",
            FigureUnit::Number => "number",
        }
    }

    /// The unit of a quantity.
    fn of(unit: Unit) -> FigureUnit {
        match unit {
            Unit::Percent => FigureUnit::Percent,
            Unit::PercentagePoint => FigureUnit::PercentagePoint,
            Unit::Currency(Currency::Eur) => FigureUnit::Eur,
            Unit::Currency(Currency::Usd) => FigureUnit::Usd,
            Unit::Count => FigureUnit::Number,
        }
    }

    /// The kind of figure a value in this unit is.
    pub fn kind(self) -> FigureKind {
        match self {
            FigureUnit::Eur | FigureUnit::Usd => FigureKind::Amount,
            FigureUnit::Percent | FigureUnit::PercentagePoint => FigureKind::Percentage,
            FigureUnit::Number => FigureKind::Count,
        }
    }
}

/// One key figure as written in a block of a letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Id of the letter.
    pub letter: String,
    /// Id of the meeting the letter is about.
    pub meeting: String,
    /// Number `n` of the block.
    pub block: u32,
    /// Index of the sentence of the block the figure stands in.
    pub sentence: u32,
    /// Bytes of the block's `text` the figure occupies, qualifier and unit included.
    pub span: TextRange,
    /// The figure as written (`circa 94 miljard USD`).
    pub text: String,
    /// Amount, percentage or count.
    pub kind: FigureKind,
    /// The value after the scale word (`40 miljard` is 40000000000); the low end of a range.
    pub value: f64,
    /// The high end of a range (`2 à 3 procent`).
    pub upper: Option<f64>,
    /// The unit of the value.
    pub unit: FigureUnit,
    /// The scale word as a name (`million`, `billion`), if one is written.
    pub scale: Option<String>,
    /// `about`, `more-than`, `at-least`, `almost`, `at-most`, `less-than`, if written.
    pub approximation: Option<String>,
    /// What a percentage is a share of (the id of a share in `seeds/topics.toml`, `gdp`), when
    /// its sentence says it.
    pub share_of: Option<String>,
    /// For a count: what it counts, as written (`Oekraïense mariniers`).
    pub counted: Option<String>,
    /// The figure's normal form, the same for every writing of it (`eur:40000000000`).
    pub key: String,
    /// Id of its topic in `seeds/topics.toml`, if one fits.
    pub topic: Option<String>,
    /// What it refers to, in Dutch (a subject of `seeds/topics.toml`, else read from the sentence).
    pub subject: String,
    /// What it refers to, in English (the Dutch words where the subject was read from the text).
    pub subject_en: String,
    /// True when the subject was declared in `seeds/topics.toml`, false when read from the text.
    pub subject_declared: bool,
}

/// Every key figure of the corpus: letters in corpus order, blocks in reading order, figures in
/// text order. `acronyms` are the glossary's acronyms, used to name what a figure refers to when
/// no declared subject does (`EUR 100 mln bij aan UCAP`).
pub fn figures(corpus: &Corpus, seeds: &FigureSeeds, acronyms: &[String]) -> Vec<Figure> {
    let mut out = Vec::new();
    for letter in &corpus.letters {
        let language = if letter.language == "en" {
            Language::English
        } else {
            Language::Dutch
        };
        for block in &letter.blocks {
            let found = find_quantities_in(&block.text, language);
            let mut previous: Vec<(FigureUnit, usize)> = Vec::new();
            let first_of_block = out.len();
            for (i, q) in found.iter().enumerate() {
                let unit = FigureUnit::of(q.unit);
                let counted = (unit == FigureUnit::Number && q.scale.is_none())
                    .then(|| counted_noun(&block.text, q.span.end as usize))
                    .flatten();
                if !is_key_figure(q, counted.as_deref(), seeds) {
                    continue;
                }
                let start = q.span.start as usize;
                let sentence = sentence_at(block, start);
                let sentence_range = block
                    .sentences
                    .get(sentence as usize)
                    .map_or(0..block.text.len(), |s| s.range());
                let next_start = found
                    .get(i + 1)
                    .map_or(usize::MAX, |n| n.span.start as usize);
                let after_end = sentence_range.end.min(next_start).max(q.span.end as usize);
                let after = block.text[q.span.end as usize..after_end].to_lowercase();
                let before = block.text[sentence_range.start.min(start)..start].to_lowercase();
                let sentence_text = block.text[sentence_range.clone()].to_lowercase();
                let share_of = (unit.kind() == FigureKind::Percentage)
                    .then(|| share_of(seeds, &sentence_text, &before))
                    .flatten();

                let is_count = unit == FigureUnit::Number && q.scale.is_none();
                // A count names its own subject: what it counts.
                let declared = (!is_count)
                    .then(|| declared_subject(seeds, clause(&after), &before))
                    .flatten();
                let key = q.canonical_key();
                let points_back = BACK_REFERENCES.iter().any(|w| sentence_text.contains(w));
                let inherited = || {
                    previous
                        .iter()
                        .rev()
                        .find(|(u, _)| *u == unit)
                        .map(|&(_, at)| &out[at])
                        .filter(|f: &&Figure| f.subject_declared)
                        .filter(|f| points_back || f.key == key)
                        .map(|f| (f.topic.clone(), f.subject.clone(), f.subject_en.clone()))
                };
                let (topic, subject, subject_en, subject_declared) = match declared {
                    Some((t, s)) => (
                        Some(seeds.topics[t].id.clone()),
                        s.name.clone(),
                        s.name_en.clone(),
                        true,
                    ),
                    // An amount or percentage without a subject of its own refers to what the
                    // one before it in the paragraph did (`Dit bedrag komt bovenop de EUR 150 mln`).
                    None => match (!is_count).then(inherited).flatten() {
                        Some((t, s, e)) => (t, s, e, true),
                        None => {
                            let topic = topic_by_words(seeds, &sentence_text)
                                .or_else(|| topic_by_words(seeds, &block.text.to_lowercase()))
                                .map(|t| seeds.topics[t].id.clone());
                            let subject = counted
                                .clone()
                                .or_else(|| {
                                    nearest_acronym(
                                        &block.text,
                                        q,
                                        after_end,
                                        sentence_range.start,
                                        acronyms,
                                    )
                                })
                                .or_else(|| {
                                    words_after(&block.text[q.span.end as usize..after_end])
                                })
                                .unwrap_or_default();
                            (topic, subject.clone(), subject, false)
                        }
                    },
                };
                previous.push((unit, out.len()));
                out.push(Figure {
                    letter: letter.id.clone(),
                    meeting: letter.meeting.clone(),
                    block: block.n,
                    sentence,
                    span: TextRange {
                        start: q.span.start,
                        end: q.span.end,
                    },
                    text: q.written.clone(),
                    kind: unit.kind(),
                    value: q.value,
                    upper: q.upper,
                    unit,
                    scale: q.scale.map(|s: Scale| s.slug().to_string()),
                    approximation: q.approximation.map(|a: Approximation| a.slug().to_string()),
                    share_of,
                    counted,
                    key,
                    topic,
                    subject,
                    subject_en,
                    subject_declared,
                });
            }
            debug_assert!(out[first_of_block..].iter().all(|f| f.block == block.n));
        }
    }
    out
}

/// True when a quantity is a key figure: every amount and percentage; a count only when it
/// counts something (a noun follows that is not a span of time) and, written as a word, is
/// large enough not to be prose.
fn is_key_figure(q: &Quantity, counted: Option<&str>, seeds: &FigureSeeds) -> bool {
    if q.unit != Unit::Count || q.scale.is_some() {
        return true;
    }
    let Some(noun) = counted else { return false };
    let first = noun
        .split_whitespace()
        .last()
        .unwrap_or(noun)
        .to_lowercase();
    let skipped = seeds.counts.skip_nouns.contains(&first);
    let word_too_small = q.in_words && q.value < f64::from(seeds.counts.min_word_value);
    !skipped && !word_too_small
}

/// What a count counts: the word after it, with an adjective before the noun
/// (`Oekraïense mariniers`, `ondertekende veiligheidsarrangementen`); `None` when no noun follows.
pub fn counted_noun(text: &str, end: usize) -> Option<String> {
    let rest = &text[end..];
    let rest_trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if rest_trimmed.len() == rest.len() {
        return None;
    }
    let mut words = rest_trimmed
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .take(2);
    let first = words.next().filter(|w| !w.is_empty())?;
    let lower = first.to_lowercase();
    if FUNCTION_WORDS.contains(&lower.as_str()) || first.starts_with('-') {
        return None;
    }
    // The two words must stand next to each other, separated by a single space.
    let second = rest_trimmed[first.len()..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !(c.is_alphabetic() || c == '-')).next())
        .filter(|w| !w.is_empty());
    let adjective = lower.ends_with('e') && lower.len() > 3;
    match second {
        Some(noun) if adjective && !FUNCTION_WORDS.contains(&noun.to_lowercase().as_str()) => {
            Some(format!("{first} {noun}"))
        }
        _ => Some(first.to_string()),
    }
}

/// The first declared subject (topic by topic, subject by subject) whose `after` words stand in
/// `after` (the rest of the figure's clause), else the one whose `before` words stand nearest
/// before the figure in its sentence: the topic's index and the subject.
fn declared_subject<'s>(
    seeds: &'s FigureSeeds,
    after: &str,
    before: &str,
) -> Option<(usize, &'s Subject)> {
    let subjects = || {
        seeds
            .topics
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.subjects.iter().map(move |s| (i, s)))
    };
    if let Some(found) =
        subjects().find(|(_, s)| s.after.iter().any(|w| after.contains(w.as_str())))
    {
        return Some(found);
    }
    // Nearest: the match that ends last; the first subject on a tie.
    let mut best: Option<(usize, (usize, &Subject))> = None;
    for (t, s) in subjects() {
        let end = s
            .before
            .iter()
            .filter_map(|w| before.rfind(w.as_str()).map(|at| at + w.len()))
            .max();
        if let Some(end) = end {
            if best.is_none_or(|(b, _)| end > b) {
                best = Some((end, (t, s)));
            }
        }
    }
    best.map(|(_, found)| found)
}

/// The text up to the end of its clause: the first `,`, `;`, `:` or bracket.
fn clause(text: &str) -> &str {
    text.split([',', ';', ':', '(', ')']).next().unwrap_or("")
}

/// The topic whose words `text` (lower case) holds most often; the first on a tie; `None` when
/// it holds none.
fn topic_by_words(seeds: &FigureSeeds, text: &str) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, topic) in seeds.topics.iter().enumerate() {
        let hits: usize = topic
            .words
            .iter()
            .map(|w| text.matches(w.as_str()).count())
            .sum();
        if hits > 0 && best.is_none_or(|(_, b)| hits > b) {
            best = Some((i, hits));
        }
    }
    best.map(|(i, _)| i)
}

/// The share a percentage is of, when its sentence names one (`van het bbp`), unless the
/// percentage is a change (`groeiden met 20%`).
fn share_of(seeds: &FigureSeeds, sentence: &str, before: &str) -> Option<String> {
    let is_change = before.trim_end().ends_with(" met") || before.trim_end().ends_with(" by");
    if is_change {
        return None;
    }
    seeds
        .shares
        .iter()
        .find(|s| s.words.iter().any(|w| sentence.contains(w.as_str())))
        .map(|s| s.id.clone())
}

/// The acronym nearest after the figure (up to `after_end`), else nearest before it in its
/// sentence (from `sentence_start`).
fn nearest_acronym(
    text: &str,
    q: &Quantity,
    after_end: usize,
    sentence_start: usize,
    acronyms: &[String],
) -> Option<String> {
    let end = q.span.end as usize;
    let start = q.span.start as usize;
    let after = &text[end..after_end];
    let before = &text[sentence_start.min(start)..start];
    let is_word = |hay: &str, at: usize, len: usize| {
        let before_ok = !hay[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !hay[at + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        before_ok && after_ok
    };
    let first_after = acronyms
        .iter()
        .filter_map(|a| {
            after
                .match_indices(a.as_str())
                .find(|(at, _)| is_word(after, *at, a.len()))
                .map(|(at, _)| (at, a))
        })
        .min_by_key(|(at, _)| *at);
    let last_before = || {
        acronyms
            .iter()
            .filter_map(|a| {
                before
                    .rmatch_indices(a.as_str())
                    .find(|(at, _)| is_word(before, *at, a.len()))
                    .map(|(at, _)| (at, a))
            })
            .max_by_key(|(at, _)| *at)
    };
    first_after
        .or_else(last_before)
        .map(|(_, a)| a.clone())
        .filter(|a| a != "NAVO" && a != "NATO" && a != "EU")
}

/// Up to [`MAX_SUBJECT_WORDS`] words after the figure, from the first that is not a function
/// word, to the end of the clause.
fn words_after(after: &str) -> Option<String> {
    let clause = after
        .split([',', ';', ':', '(', ')', '.'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause
        .split_whitespace()
        .skip_while(|w| FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        .take(MAX_SUBJECT_WORDS)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
