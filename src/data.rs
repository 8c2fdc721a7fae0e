//! The artifacts compiled into the app by `build.rs` (the corpus, the synonyms, the timeline's
//! events, the key figures, the glossary, the paragraphs' themes), each decoded once on first use by one mechanism, [`Embedded`], and the search index,
//! built from the corpus and the synonyms on first use.
//!
//! The index is not embedded: it is a function of the corpus and the synonyms, and as bytes it
//! held the corpus's words a second time and was the largest part of the file. Building it takes
//! a few milliseconds, once, when the search view is first painted (or a view marks searched
//! words).
//!
//! Decoding never panics: an artifact that does not read gives an error message, which the shell
//! shows a person instead of the views.

use std::sync::OnceLock;
use summit_core::extract::compact::{FigureTable, GlossaryTable};
use summit_core::extract::{Event, ThemeIndex};
use summit_core::search::{SearchData, SearchIndex};
use summit_core::Corpus;

/// An artifact compiled into the app: its bytes and how to decode them, decoded at most once.
pub struct Embedded<T> {
    /// The bytes as the build step wrote them.
    bytes: &'static [u8],
    /// Reads the bytes; the error is a message for the start-up error notice.
    decode: fn(&'static [u8]) -> Result<T, String>,
    /// The decoded artifact or the message, once asked for.
    decoded: OnceLock<Result<T, String>>,
}

impl<T> Embedded<T> {
    /// An artifact of `bytes`, read by `decode` on first use.
    pub const fn new(bytes: &'static [u8], decode: fn(&'static [u8]) -> Result<T, String>) -> Self {
        Embedded {
            bytes,
            decode,
            decoded: OnceLock::new(),
        }
    }

    /// The decoded artifact, or why it could not be read.
    pub fn get(&'static self) -> Result<&'static T, &'static str> {
        self.decoded
            .get_or_init(|| (self.decode)(self.bytes))
            .as_ref()
            .map_err(String::as_str)
    }
}

/// The corpus in its compact binary form, written by the build step from `seeds/`.
static CORPUS: Embedded<Corpus> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin")),
    decode_corpus,
);

/// The search data (synonyms, compound rules, figures), written by the build step.
static SEARCH_DATA: Embedded<SearchData> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/search.bin")),
    |bytes| postcard::from_bytes(bytes).map_err(|e| e.to_string()),
);

/// The timeline's events, written by the build step's extraction stage.
static EVENTS: Embedded<Vec<Event>> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/events.bin")),
    |bytes| postcard::from_bytes(bytes).map_err(|e| e.to_string()),
);

/// The key figures, written by the build step's extraction stage.
static FIGURES: Embedded<FigureTable> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/figures.bin")),
    |bytes| postcard::from_bytes(bytes).map_err(|e| e.to_string()),
);

/// The glossary, written by the build step's extraction stage.
static GLOSSARY: Embedded<GlossaryTable> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/glossary.bin")),
    |bytes| postcard::from_bytes(bytes).map_err(|e| e.to_string()),
);

/// The key figures, read once on first use; an error message if the bytes are unreadable.
pub fn figures() -> Result<&'static FigureTable, &'static str> {
    FIGURES.get()
}

/// The glossary, read once on first use; an error message if the bytes are unreadable.
pub fn glossary() -> Result<&'static GlossaryTable, &'static str> {
    GLOSSARY.get()
}

/// Every paragraph's themes, written by the build step's extraction stage from
/// `seeds/themes.toml`.
static THEMES: Embedded<ThemeIndex> = Embedded::new(
    include_bytes!(concat!(env!("OUT_DIR"), "/themes.bin")),
    |bytes| postcard::from_bytes(bytes).map_err(|e| e.to_string()),
);

/// The themes and every paragraph's themes, read once on first use; an error message if the
/// bytes are unreadable.
pub fn themes() -> Result<&'static ThemeIndex, &'static str> {
    THEMES.get()
}

/// The timeline's events, read once on first use; an error message if the bytes are unreadable.
pub fn events() -> Result<&'static [Event], &'static str> {
    EVENTS.get().map(Vec::as_slice)
}

/// The corpus, parsed once on first use; an error message if the embedded data is unreadable.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    CORPUS.get()
}

/// The search index, built once on first use from the corpus and the search data; an error message
/// if either is unreadable.
pub fn search_index() -> Result<&'static SearchIndex, &'static str> {
    static INDEX: OnceLock<Result<SearchIndex, &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| Ok(SearchIndex::build(corpus()?, SEARCH_DATA.get()?)))
        .as_ref()
        .map_err(|e| *e)
}

/// Reads the corpus and checks that it is of the schema this app was built for.
fn decode_corpus(bytes: &[u8]) -> Result<Corpus, String> {
    let corpus: Corpus = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    if corpus.schema_version != summit_core::SCHEMA_VERSION {
        return Err(format!(
            "schema version {} (expected {})",
            corpus.schema_version,
            summit_core::SCHEMA_VERSION
        ));
    }
    Ok(corpus)
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
    fn an_unreadable_artifact_gives_its_message_every_time() {
        static BROKEN: Embedded<u8> = Embedded::new(b"", |_| Err("broken".into()));
        assert_eq!(BROKEN.get(), Err("broken"));
        assert_eq!(BROKEN.get(), Err("broken"));
    }

    #[test]
    fn embedded_events_load_and_point_into_the_corpus() {
        let (c, events) = (corpus().unwrap(), events().unwrap());
        assert!(events.len() > 50);
        for e in events.iter().filter_map(|e| e.place.as_ref()) {
            let letter = &c.letters[e.letter as usize];
            assert!(letter.block(e.block).is_some());
        }
    }

    #[test]
    fn embedded_figures_and_glossary_load_and_point_into_the_corpus() {
        let (c, f, g) = (corpus().unwrap(), figures().unwrap(), glossary().unwrap());
        assert!(f.figures.len() > 40);
        for p in f
            .figures
            .iter()
            .map(|x| &x.place)
            .chain(g.iter().flat_map(|t| &t.mentions))
        {
            let block = c.letters[p.letter as usize].block(p.block).unwrap();
            assert!(block.text.get(p.span.range()).is_some());
        }
        assert!(g.iter().any(|t| t.term == "NSATU"));
    }

    #[test]
    fn embedded_themes_load_and_point_at_paragraphs() {
        let (c, t) = (corpus().unwrap(), themes().unwrap());
        assert!(t.themes.len() >= 9);
        assert!(t.tags.len() > 100);
        for tag in &t.tags {
            let block = c.letters[tag.letter as usize].block(tag.block).unwrap();
            assert!(tag
                .hits
                .iter()
                .all(|h| block.text.get(h.span.range()).is_some()));
        }
    }

    #[test]
    fn embedded_corpus_parses_and_has_letters() {
        let c = corpus().expect("embedded corpus parses");
        assert!(c.letters.len() >= 5);
    }
}
