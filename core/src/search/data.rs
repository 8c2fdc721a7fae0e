//! What the search index is built from besides the corpus: the synonym groups and compound
//! rules of the seeds, and the figures the quantity grammar found in each passage at build time.
//! The build step embeds it in the app beside the corpus (`search.bin`).

use super::compounds::CompoundRules;
use super::figures::Figure;
use super::synonyms::Synonyms;
#[cfg(feature = "ingest")]
use crate::model::Corpus;
use serde::{Deserialize, Serialize};

/// Everything besides the corpus that [`super::SearchIndex::build`] needs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchData {
    /// Synonym groups (`seeds/synonyms.toml`).
    pub synonyms: Synonyms,
    /// How compounds split (`seeds/compounds.toml`).
    pub compounds: CompoundRules,
    /// The figures of every passage, in corpus order (each letter's blocks in turn); passages
    /// past its end have none.
    pub figures: Vec<Vec<Figure>>,
}

impl SearchData {
    /// The search data of a corpus: its synonyms and compound rules, and the figures of its
    /// passages read with the quantity grammar (natively, at build time).
    #[cfg(feature = "ingest")]
    pub fn read(corpus: &Corpus, synonyms: Synonyms, compounds: CompoundRules) -> SearchData {
        let figures = corpus
            .letters
            .iter()
            .flat_map(|l| {
                let english = l.language == "en";
                l.blocks
                    .iter()
                    .map(move |b| super::figures::passage_figures(&b.text, english))
            })
            .collect();
        SearchData {
            synonyms,
            compounds,
            figures,
        }
    }

    /// Only synonyms (no compound rules, no figures): for tests and corpora built in code.
    pub fn with_synonyms(synonyms: Synonyms) -> SearchData {
        SearchData {
            synonyms,
            ..Default::default()
        }
    }
}
