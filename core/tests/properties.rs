//! Property tests of the core's two readers of outside input: the query parser (and the engine
//! behind it) and ingestion of a seed text with its metadata. Random and adversarial input: no
//! panic, every refusal a message that names what is wrong, and the limits and invariants the
//! rest of the app relies on.
//!
//! The suite runs them with a fixed seed and few cases ([`SUITE_SEED`], [`SUITE_CASES`]);
//! `cargo xtask fuzz` runs them longer with a random seed (through `PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED`, which win over both). A failure found that way is fixed and kept as a
//! named unit test beside the code it is about.

mod common;

use common::{bundle, fixture};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use std::path::Path;
use summit_core::ingest::load_corpus;
use summit_core::pipeline::build;
use summit_core::search::{parse, Notice, SearchOptions, MAX_QUERY_CHARS, MAX_QUERY_TERMS};
use summit_core::{Corpus, Origin, Span};

/// The seed of the suite's runs: the same cases every time, so a failure is never a fluke.
const SUITE_SEED: u64 = 0x5eed_2025;
/// Cases per property in the suite: enough to cover every generator's branches, few enough to
/// keep the run short. Ingestion cases write files and run the whole pipeline: fewer of them.
const SUITE_CASES: u32 = 96;
/// Cases of the ingestion properties in the suite.
const SUITE_INGEST_CASES: u32 = 24;

/// The run's configuration: the suite's seed and `cases` unless the environment names others;
/// no regression files (a shrunk failure becomes a named unit test instead).
fn config(cases: u32) -> Config {
    let mut config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(SUITE_SEED);
    }
    config
}

// ---------------------------------------------------------------------------------------------
// Generators

/// Pieces of queries: operators, quotes, filters, separators, odd Unicode, figures, real words.
const QUERY_PIECES: &[&str] = &[
    "\"",
    "-",
    "-\"",
    "\"\"",
    "--",
    ":",
    "::",
    "(",
    ")",
    "((",
    "))",
    "*",
    "\\",
    "'",
    "’",
    "soort:",
    "jaar:",
    "jaar:99999",
    "jaar:-1",
    "top:",
    "brief:",
    "kind:",
    "year:2025",
    "x:y",
    "ü:",
    "%",
    ",",
    ".",
    " ",
    "\t",
    "\n",
    "\r",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "\u{2028}",
    "\u{feff}",
    "\u{301}",
    "e\u{301}",
    "😀",
    "👩‍👩‍👧",
    "🇳🇱",
    "ĳ",
    "ß",
    "ẞ",
    "İ",
    "ﬁ",
    "中文",
    "العربية",
    "עברית",
    "3,5",
    "3,5 procent",
    "2%",
    "5 %",
    "EUR 40 miljard",
    "600.000",
    ",5",
    "3,",
    "1e9",
    "NAVO",
    "NATO",
    "Oekraïne",
    "defensie-",
    "-uitgaven",
    "defensie-uitgaven",
    "staakt-het-vuren",
    "a-b-c-d",
    "zzzzzzzzzzzzzzzzzzzz",
];

/// A query: arbitrary text, a mix of pieces, one operator repeated thousands of times, or a very
/// long run of words.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(QUERY_PIECES), 0..40).prop_map(|p| p.concat()),
        (prop::sample::select(QUERY_PIECES), 1..3000usize).prop_map(|(p, n)| p.repeat(n)),
        (prop::sample::select(QUERY_PIECES), 100..800usize)
            .prop_map(|(p, n)| format!("{p} woord").repeat(n)),
    ]
}

/// Pieces of seed lines: the chrome of web pages and PDF viewers, footnote markers, list marks,
/// letter parts, and the characters copying a text brings along.
const TEXT_PIECES: &[&str] = &[
    "|",
    " | ",
    "---",
    "***",
    "___",
    "•",
    "- ",
    "* ",
    "1.",
    "1)",
    "a.",
    "(a)",
    "1 ",
    "¹",
    "²",
    "[1]",
    "[footnoteRef:1]",
    "[bookmark: _Toc1]",
    "Oekraïne.1",
    "Eerdmans2",
    "defensie-",
    "uitgaven",
    "NAVO-top",
    "Kamerbrief",
    "Datum",
    "5 maart 2021",
    "24 juni 2025",
    "2025-06-24",
    "Onderwerp",
    "Ons kenmerk",
    "BZDOC-123",
    "De minister van Buitenlandse Zaken,",
    "Caspar",
    "Veldkamp",
    "Aan",
    "Van",
    "Geachte voorzitter,",
    "Hoogachtend,",
    "Pagina 1 van 3",
    "5.1.2.e",
    "Vergroot afbeelding",
    "Issued on 5 Mar. 2021",
    "Last updated:",
    "U bent hier",
    "Zie:",
    "https://www.rijksoverheid.nl/x",
    "3,5 procent",
    "EUR 40 miljard",
    "de",
    "het",
    "en",
    "van",
    "bondgenoten",
    "Rusland",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "\"",
    "'",
    "(",
    ")",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{ad}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{200b}",
    "\u{202e}",
    "\u{2028}",
    "\u{feff}",
    "\u{301}",
    "e\u{301}",
    "😀",
    "ĳ",
    "ﬁ",
    "ß",
    "İ",
    "中文",
    "العربية",
];

/// A line of a seed text made of pieces, or arbitrary text.
fn text_line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(TEXT_PIECES), 0..14)
            .prop_map(|p| p.join(" ")),
        1 => prop::collection::vec(prop::sample::select(TEXT_PIECES), 0..10)
            .prop_map(|p| p.concat()),
        1 => any::<String>(),
    ]
}

/// Line ends as texts come: Unix, Windows, old Mac, or none between blank-free hard wraps.
const LINE_ENDS: &[&str] = &["\n", "\n", "\n\n", "\r\n", "\r", " \n", "\n\n\n"];

/// A seed text: lines with assorted ends, sometimes one line repeated (a very long text or a
/// very long line).
fn seed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec((text_line(), prop::sample::select(LINE_ENDS)), 0..40)
            .prop_map(|lines| lines.into_iter().map(|(l, e)| l + e).collect()),
        1 => (text_line(), prop::sample::select(LINE_ENDS), 1..400usize)
            .prop_map(|(l, e, n)| (l + e).repeat(n)),
        1 => (text_line(), 1..200usize).prop_map(|(l, n)| l.repeat(n)),
    ]
}

/// A TOML basic string holding `s` (JSON's escapes are TOML's, but for DEL, which TOML forbids
/// raw: such a value is a malformed file, which is one more case to refuse clearly).
fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// The metadata of a seed: a well-formed entry, with some values taken from `odd` (arbitrary or
/// adversarial text) and optionally a second document beginning at one of the text's lines.
#[derive(Debug, Clone)]
struct Metadata {
    /// Id of the document (`seed` when absent).
    id: Option<String>,
    /// A title that wins over the text's.
    title: Option<String>,
    /// A date as written in the file.
    date: Option<String>,
    /// Where a second document begins.
    begins_at: Option<String>,
    /// Whether the kind and meeting are ones the shared files declare.
    known_kind_and_meeting: bool,
}

/// Values of metadata fields: ordinary, empty, odd.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(TEXT_PIECES).prop_map(str::to_string),
        1 => Just(String::new()),
        1 => Just("2025-06-24".to_string()),
        1 => Just("2025-13-40".to_string()),
        1 => any::<String>(),
    ]
}

/// Metadata of a seed.
fn metadata() -> impl Strategy<Value = Metadata> {
    (
        prop::option::weighted(0.2, field_value()),
        prop::option::weighted(0.3, field_value()),
        prop::option::weighted(0.3, field_value()),
        prop::option::weighted(0.3, field_value()),
        prop::bool::weighted(0.9),
    )
        .prop_map(|(id, title, date, begins_at, known)| Metadata {
            id,
            title,
            date,
            begins_at,
            known_kind_and_meeting: known,
        })
}

impl Metadata {
    /// The metadata file.
    fn toml(&self) -> String {
        let (kind, meeting) = if self.known_kind_and_meeting {
            ("kamerbrief", "den-haag-2025")
        } else {
            ("brief-zonder-soort", "nergens-1999")
        };
        let id = self.id.as_deref().unwrap_or("seed");
        let mut out = format!(
            "[[document]]\nid = {}\nkind = \"{kind}\"\nmeeting = \"{meeting}\"\n\
             language = \"nl\"\n",
            toml_string(id)
        );
        if let Some(title) = &self.title {
            out += &format!("title = {}\n", toml_string(title));
        }
        if let Some(date) = &self.date {
            out += &format!("date = {}\n", toml_string(date));
        }
        if let Some(begins_at) = &self.begins_at {
            out += &format!(
                "\n[[document]]\nid = \"seed-tweede\"\nkind = \"nota\"\nmeeting = \"{meeting}\"\n\
                 language = \"nl\"\nbegins_at = {}\n",
                toml_string(begins_at)
            );
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// The query parser

proptest! {
    #![proptest_config(config(SUITE_CASES))]

    /// Any query parses, within the limits, with clauses that each ask for something.
    #[test]
    fn any_query_parses_within_its_limits(q in query(), typing in any::<bool>()) {
        let synonyms = &bundle().search.synonyms;
        let parsed = parse(&q, synonyms, typing);
        prop_assert!(parsed.clauses.len() <= MAX_QUERY_TERMS);
        prop_assert!(parsed.exclusions.len() <= MAX_QUERY_TERMS);
        for clause in &parsed.clauses {
            prop_assert!(!clause.label.trim().is_empty(), "a clause without a label: {clause:?}");
            prop_assert!(!clause.alternatives.is_empty(), "{clause:?}");
            for alternative in &clause.alternatives {
                prop_assert!(!alternative.is_empty(), "an empty alternative: {clause:?}");
                prop_assert!(alternative.iter().all(|t| !t.is_empty()), "{clause:?}");
            }
        }
        for exclusion in &parsed.exclusions {
            prop_assert!(!exclusion.is_empty() && exclusion.iter().all(|t| !t.is_empty()));
        }
        // The same text always reads the same way.
        prop_assert_eq!(&parse(&q, synonyms, typing), &parsed);
    }

    /// What the parser leaves out, it says: nothing to search, a cut, dropped characters, an
    /// unknown filter (named, as typed).
    #[test]
    fn every_odd_query_gets_a_notice_that_names_it(q in query()) {
        let parsed = parse(&q, &bundle().search.synonyms, false);
        let notices = &parsed.notices;
        let nothing = parsed.clauses.is_empty() && parsed.filters.is_empty();
        prop_assert_eq!(nothing, notices.contains(&Notice::EmptyQuery), "{:?}", notices);
        let dropped = q.chars().any(|c| c.is_control() && !c.is_whitespace());
        prop_assert_eq!(dropped, notices.contains(&Notice::IgnoredCharacters), "{:?}", notices);
        let kept: String = q.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
        if kept.chars().count() > MAX_QUERY_CHARS {
            prop_assert!(notices.contains(&Notice::TooLong(MAX_QUERY_CHARS)), "{:?}", notices);
        }
        for notice in notices {
            match notice {
                Notice::UnknownFilter(f) => {
                    let (key, value) = f.split_once(':').unwrap_or_default();
                    prop_assert!(!key.is_empty() && !value.is_empty(), "{f:?}");
                    prop_assert!(
                        kept.to_lowercase().contains(&f.to_lowercase()),
                        "{f:?} not in {q:?}"
                    );
                }
                Notice::TooManyTerms(n) => prop_assert_eq!(*n, MAX_QUERY_TERMS),
                Notice::TooLong(n) => prop_assert_eq!(*n, MAX_QUERY_CHARS),
                _ => {}
            }
        }
    }

    /// The engine answers any query on the seeds: bounded hits, marks on character boundaries.
    #[test]
    fn any_query_searches_the_seeds(
        q in query(),
        typing in any::<bool>(),
        limit in 0..40usize,
    ) {
        let (corpus, index) = fixture();
        let options = SearchOptions { typing, limit, ..Default::default() };
        let results = index.search(corpus, q.as_str(), &options);
        prop_assert!(results.hits.len() <= limit);
        for hit in &results.hits {
            let text = &corpus.letter(&hit.letter).expect("a hit's letter").block(hit.n)
                .expect("a hit's block").text;
            for m in &hit.marks {
                prop_assert!(text.get(m.range()).is_some(), "a mark off a boundary: {q:?}");
            }
            for m in &hit.snippet_marks {
                prop_assert!(hit.snippet.get(m.range()).is_some(), "{q:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ingestion

/// A seeds folder of one text and its metadata, with the shared files of `seeds/`.
struct SeedsFolder {
    /// The folder, removed on drop.
    dir: std::path::PathBuf,
}

impl SeedsFolder {
    /// Writes `text` as `seed.txt` and `meta` as `seed.toml` into a fresh folder.
    fn new(text: &str, meta: &str) -> SeedsFolder {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "summit-properties-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        for shared in [
            "meetings.toml",
            "kinds.toml",
            "synonyms.toml",
            "compounds.toml",
        ] {
            std::fs::copy(seeds.join(shared), dir.join(shared)).expect("a shared seeds file");
        }
        std::fs::write(dir.join("seed.txt"), text).expect("writing the text");
        std::fs::write(dir.join("seed.toml"), meta).expect("writing the metadata");
        SeedsFolder { dir }
    }
}

impl Drop for SeedsFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Checks what ingestion made of `text`: spans inside the text on character boundaries,
/// non-empty blocks, sentences and marks inside their block.
fn check_corpus(corpus: &Corpus, text: &str) -> Result<(), TestCaseError> {
    let in_text = |span: Span| span.start <= span.end && text.get(span.range()).is_some();
    for letter in &corpus.letters {
        prop_assert!(!letter.id.is_empty());
        prop_assert!(
            in_text(letter.source_span),
            "{}: {:?}",
            letter.id,
            letter.source_span
        );
        for origin in [
            Some(&letter.title.origin),
            letter.date.as_ref().map(|d| &d.origin),
        ]
        .into_iter()
        .flatten()
        .chain(letter.references.iter().map(|r| &r.origin))
        {
            if let Origin::Text { span } = origin {
                prop_assert!(in_text(*span), "{}: {span:?}", letter.id);
            }
        }
        for (i, block) in letter.blocks.iter().enumerate() {
            prop_assert_eq!(block.n as usize, i + 1, "blocks are numbered from 1");
            prop_assert!(
                !block.text.trim().is_empty(),
                "{}: an empty block {}",
                letter.id,
                block.n
            );
            prop_assert_eq!(
                block.text.trim(),
                &block.text,
                "{}: block {} is not trimmed",
                &letter.id,
                block.n
            );
            prop_assert!(
                !block.text.contains("  "),
                "{}: a double space in {:?}",
                letter.id,
                block.text
            );
            prop_assert!(
                in_text(block.span),
                "{}: block {} {:?}",
                letter.id,
                block.n,
                block.span
            );
            for part in &block.parts {
                prop_assert!(
                    in_text(*part),
                    "{}: block {} part {part:?}",
                    letter.id,
                    block.n
                );
            }
            let mut end = 0;
            for s in &block.sentences {
                prop_assert!(
                    s.start >= end && s.start < s.end,
                    "{}: {:?}",
                    letter.id,
                    block.sentences
                );
                prop_assert!(
                    block.text.get(s.range()).is_some(),
                    "{}: sentence {s:?}",
                    letter.id
                );
                end = s.end;
            }
            for r in &block.redactions {
                prop_assert!(
                    block.text.get(r.range()).is_some(),
                    "{}: redaction {r:?}",
                    letter.id
                );
            }
            for f in &block.footnote_refs {
                prop_assert!(
                    block.text.is_char_boundary(f.at as usize),
                    "{}: {f:?}",
                    letter.id
                );
            }
        }
        for note in &letter.footnotes {
            prop_assert!(in_text(note.span), "{}: note {:?}", letter.id, note.label);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(SUITE_INGEST_CASES))]

    /// Any text with any metadata is read into a consistent corpus, indexed and searched, or
    /// refused with a message that names the file at fault.
    #[test]
    fn any_seed_is_read_or_refused_by_name(text in seed_text(), meta in metadata()) {
        let folder = SeedsFolder::new(&text, &meta.toml());
        match build(&folder.dir) {
            Ok(bundle) => {
                check_corpus(&bundle.corpus, &text)?;
                prop_assert!(!bundle.corpus.letters.is_empty());
                let files = bundle.files();
                prop_assert_eq!(&files.corpus().expect("the corpus reads back"), &bundle.corpus);
                for letter in &bundle.corpus.letters {
                    for block in letter.blocks.iter().take(3) {
                        let word = block.text.split_whitespace().next().unwrap_or_default();
                        let options = SearchOptions { typing: true, ..Default::default() };
                        let _ = bundle.index.search(&bundle.corpus, word, &options);
                    }
                }
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(
                    message.contains("seed.txt") || message.contains("seed.toml"),
                    "a refusal that names no file: {message}"
                );
                let (_, what) = message.rsplit_once(": ").unwrap_or_default();
                prop_assert!(!what.trim().is_empty(), "a refusal that says nothing: {message}");
            }
        }
    }

    /// A text that holds nothing but white space (of any kind, with a byte-order mark) is refused
    /// as empty, never read as a letter without blocks.
    #[test]
    fn a_blank_text_is_refused_as_empty(
        blank in prop::collection::vec(
            prop::sample::select(&[" ", "\t", "\n", "\r\n", "\u{a0}", "\u{feff}", "\u{2028}"][..]),
            0..30,
        ),
    ) {
        let folder = SeedsFolder::new(&blank.concat(), &Metadata {
            id: None, title: None, date: None, begins_at: None, known_kind_and_meeting: true,
        }.toml());
        let message = load_corpus(&folder.dir).expect_err("a blank text is refused").to_string();
        prop_assert!(message.contains("seed.txt") && message.contains("empty"), "{message}");
    }
}
