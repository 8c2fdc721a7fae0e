//! The corpus compiled into the app by `build.rs`, and pure helpers over it (ordering, citations).

use crate::i18n::{format_date, kind_name, Lang};
use crate::route::SortOrder;
use std::sync::OnceLock;
use summit_core::search::SearchIndex;
use summit_core::{Block, Corpus, Letter, PartialDate};

/// The corpus in its compact binary form, written by the build step from `seeds/`.
const CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The search index, built by the build step.
const SEARCH_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.idx"));

/// The search index, loaded once on first use; an error message if the bytes are unreadable.
pub fn search_index() -> Result<&'static SearchIndex, &'static str> {
    static INDEX: OnceLock<Result<SearchIndex, String>> = OnceLock::new();
    INDEX
        .get_or_init(|| SearchIndex::from_bytes(SEARCH_INDEX).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(String::as_str)
}

/// The corpus, parsed once on first use; an error message if the embedded data is unreadable.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    static CORPUS: OnceLock<Result<Corpus, String>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let corpus: Corpus = postcard::from_bytes(CORPUS_BYTES).map_err(|e| e.to_string())?;
            if corpus.schema_version != summit_core::SCHEMA_VERSION {
                return Err(format!(
                    "schema version {} (expected {})",
                    corpus.schema_version,
                    summit_core::SCHEMA_VERSION
                ));
            }
            Ok(corpus)
        })
        .as_ref()
        .map_err(String::as_str)
}

/// The date a letter is ordered by: its own date, else the start of its meeting.
pub fn order_date(corpus: &Corpus, letter: &Letter) -> Option<PartialDate> {
    letter
        .sort_date()
        .or_else(|| corpus.meeting(&letter.meeting).map(|m| m.start))
}

/// The letters in the requested order (ties broken by id, so the order is stable).
pub fn sorted_letters(corpus: &Corpus, order: SortOrder) -> Vec<&Letter> {
    let mut letters: Vec<&Letter> = corpus.letters.iter().collect();
    letters.sort_by(|a, b| {
        let by_date = order_date(corpus, a).cmp(&order_date(corpus, b));
        let by_date = match order {
            SortOrder::Oldest => by_date,
            SortOrder::Newest => by_date.reverse(),
        };
        by_date.then_with(|| a.id.cmp(&b.id))
    });
    letters
}

/// A citation of one block: the quoted text, the document, its date and reference, and the link.
pub fn citation(corpus: &Corpus, letter: &Letter, block: &Block, url: &str, lang: Lang) -> String {
    let t = lang.t();
    let mut parts = vec![
        letter.title.value.clone(),
        kind_name(letter.kind, lang).to_string(),
    ];
    match &letter.date {
        Some(d) => parts.push(format_date(d.value, lang)),
        None => parts.push(t.date_unknown.to_string()),
    }
    if let Some(m) = corpus.meeting(&letter.meeting) {
        parts.push(match lang {
            Lang::Nl => m.name.clone(),
            Lang::En => m.name_en.clone(),
        });
    }
    for r in &letter.references {
        parts.push(format!("{} {}", t.label_reference.to_lowercase(), r.value));
    }
    parts.push(format!("{} {}", t.paragraph, block.n));
    format!("“{}” — {}. {url}", block.text, parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_search_index_loads_and_finds() {
        let c = corpus().unwrap();
        let i = search_index().expect("embedded index loads");
        let r = i.search(c, "Oekraïne", &Default::default());
        assert!(r.total_passages > 10);
    }

    #[test]
    fn embedded_corpus_parses_and_has_letters() {
        let c = corpus().expect("embedded corpus parses");
        assert!(c.letters.len() >= 5);
    }

    #[test]
    fn sorting_by_date_both_ways_is_reversed_and_complete() {
        let c = corpus().unwrap();
        let newest: Vec<_> = sorted_letters(c, SortOrder::Newest)
            .iter()
            .map(|l| &l.id)
            .collect();
        let mut oldest: Vec<_> = sorted_letters(c, SortOrder::Oldest)
            .iter()
            .map(|l| &l.id)
            .collect();
        assert_eq!(newest.len(), c.letters.len());
        let first_new = order_date(c, c.letter(newest[0]).unwrap());
        let last_new = order_date(c, c.letter(newest[newest.len() - 1]).unwrap());
        assert!(first_new >= last_new);
        oldest.reverse();
        // Same dates in reverse order (ids may tie-break differently).
        let dates = |ids: &[&String]| -> Vec<_> {
            ids.iter()
                .map(|id| order_date(c, c.letter(id).unwrap()))
                .collect()
        };
        assert_eq!(dates(&newest), dates(&oldest));
    }

    #[test]
    fn undated_letters_sort_by_their_meeting_start() {
        let c = corpus().unwrap();
        let undated: Vec<&Letter> = c.letters.iter().filter(|l| l.date.is_none()).collect();
        assert!(!undated.is_empty(), "the corpus has undated letters");
        for l in &undated {
            let meeting = c.meeting(&l.meeting).expect("every letter has its meeting");
            assert_eq!(order_date(c, l), Some(meeting.start), "{}", l.id);
        }
        // Oldest first: every letter's ordering date is at least the one before it, so an
        // undated letter stands among the letters of its own meeting's time.
        let dates: Vec<_> = sorted_letters(c, SortOrder::Oldest)
            .iter()
            .map(|l| order_date(c, l).expect("every letter has an ordering date"))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    }

    #[test]
    fn citation_names_document_date_paragraph_and_link() {
        let c = corpus().unwrap();
        let letter = c
            .letters
            .iter()
            .find(|l| l.date.is_some() && !l.references.is_empty())
            .unwrap();
        let block = &letter.blocks[0];
        let cite = citation(c, letter, block, "file:///x.html#/brief/a/p/1", Lang::Nl);
        assert!(cite.starts_with(&format!("“{}”", block.text)));
        assert!(cite.contains(&letter.title.value));
        assert!(cite.contains(&letter.references[0].value));
        assert!(cite.contains("alinea 1"));
        assert!(cite.ends_with("file:///x.html#/brief/a/p/1"));
    }
}
