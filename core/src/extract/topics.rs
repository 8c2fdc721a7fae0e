//! The topics of key figures and the rules for which counts are key, as declared in
//! `seeds/topics.toml`: data, so a new topic or subject needs no code change.
//!
//! See the comment at the top of `seeds/topics.toml` for how a figure finds its topic and subject.

use serde::{Deserialize, Serialize};

/// Everything `seeds/topics.toml` declares.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureSeeds {
    /// The topics, in the order the key-figures view lists them.
    #[serde(default, rename = "topic")]
    pub topics: Vec<Topic>,
    /// Which counts are key figures.
    #[serde(default)]
    pub counts: CountRules,
    /// What a percentage can be a share of (`bbp`).
    #[serde(default, rename = "share")]
    pub shares: Vec<ShareBase>,
}

/// A topic figures can be followed by across letters (`defensienorm`, `steun-oekraine`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable identifier used in exports and links (`onderwerp=<id>`).
    pub id: String,
    /// Dutch name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Words (lower case) whose presence in a sentence puts a figure under this topic when no
    /// subject claims it.
    #[serde(default)]
    pub words: Vec<String>,
    /// What figures of this topic refer to, most specific first.
    #[serde(default, rename = "subject")]
    pub subjects: Vec<Subject>,
}

/// What a figure refers to (`NAVO-norm kerndefensie-uitgaven`), with the words that say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// Dutch name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Words (lower case) right after the figure that name this subject.
    #[serde(default)]
    pub after: Vec<String>,
    /// Words (lower case) earlier in the figure's sentence that name this subject.
    #[serde(default)]
    pub before: Vec<String>,
}

/// Which counts are key figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountRules {
    /// Nouns after a count that make it a span of time or a manner of speaking (`vier jaar`).
    #[serde(default)]
    pub skip_nouns: Vec<String>,
    /// Counts written as words below this value are prose (`twee werksessies`).
    #[serde(default = "default_min_word_value")]
    pub min_word_value: u32,
}

impl Default for CountRules {
    fn default() -> Self {
        CountRules {
            skip_nouns: Vec::new(),
            min_word_value: default_min_word_value(),
        }
    }
}

/// Counts written as words from ten up are kept when nothing else is declared.
fn default_min_word_value() -> u32 {
    10
}

/// What a percentage can be a share of (`bbp`, GDP), with the words that say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareBase {
    /// Stable identifier (`gdp`).
    pub id: String,
    /// Dutch name (`bbp`).
    pub name: String,
    /// English name (`GDP`).
    pub name_en: String,
    /// Words (lower case) in the sentence that make a percentage a share of this.
    pub words: Vec<String>,
}

impl FigureSeeds {
    /// Checks the declarations: topic ids usable in links and each once, every subject and share
    /// with at least one word. The message names the topic.
    pub fn check(&self) -> Result<(), String> {
        for (i, t) in self.topics.iter().enumerate() {
            let slug_ok = !t.id.is_empty()
                && t.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug_ok {
                return Err(format!(
                    "topic id {:?} must be lower-case letters, digits and dashes",
                    t.id
                ));
            }
            if self.topics[..i].iter().any(|o| o.id == t.id) {
                return Err(format!("topic {:?} is declared twice", t.id));
            }
            if let Some(s) = t
                .subjects
                .iter()
                .find(|s| s.after.is_empty() && s.before.is_empty())
            {
                return Err(format!(
                    "subject {:?} of topic {:?} has no `after` or `before` words",
                    s.name, t.id
                ));
            }
        }
        if let Some(s) = self.shares.iter().find(|s| s.words.is_empty()) {
            return Err(format!("share {:?} has no words", s.id));
        }
        Ok(())
    }
}
