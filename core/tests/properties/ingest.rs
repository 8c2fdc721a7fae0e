//! Ingestion of any seed text with any metadata: read into a consistent corpus, indexed and
//! searched, or refused with a message that names the file at fault.

use super::{config, SUITE_CASES, SUITE_INGEST_CASES};
use proptest::prelude::*;
use std::path::Path;
use summit_core::nl::sentences::split_sentences;
use summit_core::pipeline::build;
use summit_core::search::SearchOptions;
use summit_core::seeds::{read_compounds, read_synonyms, SeedError, TomlFile};
use summit_core::{Corpus, Origin, Span};

/// Pieces of seed lines: the chrome of web pages and PDF viewers, footnote markers, list marks,
/// letter parts, and the characters copying a text brings along.
#[rustfmt::skip]
const TEXT_PIECES: &[&str] = &[
    "|", " | ", "---", "***", "___", "•", "- ", "* ", "1.", "1)", "a.", "(a)", "1 ", "¹", "²",
    "[1]", "[footnoteRef:1]", "[bookmark: _Toc1]", "Oekraïne.1", "Eerdmans2", "defensie-",
    "uitgaven", "NAVO-top", "Kamerbrief", "Datum", "5 maart 2021", "24 juni 2025", "2025-06-24",
    "Onderwerp", "Ons kenmerk", "BZDOC-123", "De minister van Buitenlandse Zaken,", "Caspar",
    "Veldkamp", "Aan", "Van", "Geachte voorzitter,", "Hoogachtend,", "Pagina 1 van 3", "5.1.2.e",
    "Vergroot afbeelding", "Issued on 5 Mar. 2021", "Last updated:", "U bent hier", "Zie:",
    "https://www.rijksoverheid.nl/x", "3,5 procent", "EUR 40 miljard", "de", "het", "en", "van",
    "bondgenoten", "Rusland", ".", ",", ":", ";", "?", "!", "\"", "'", "(", ")", " ", "  ", "\t",
    "\u{a0}", "\u{ad}", "\u{0}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}", "\u{200b}", "\u{202e}",
    "\u{2028}", "\u{feff}", "\u{301}", "\u{345}", "e\u{301}", "😀", "ĳ", "ﬁ", "ß", "İ", "中文",
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
            let mut part_end = block.span.start;
            for part in &block.parts {
                prop_assert!(
                    in_text(*part),
                    "{}: block {} part {part:?}",
                    letter.id,
                    block.n
                );
                // In order, apart, and inside the block's span.
                prop_assert!(
                    part.start >= part_end && part.end <= block.span.end,
                    "{}: block {} {:?}, parts {:?}",
                    letter.id,
                    block.n,
                    block.span,
                    block.parts
                );
                part_end = part.end;
            }
            if let Some(before) = i.checked_sub(1).map(|j| &letter.blocks[j]) {
                prop_assert!(
                    before.span.end <= block.span.start,
                    "{}: block {} {:?} overlaps block {} {:?}",
                    letter.id,
                    block.n,
                    block.span,
                    before.n,
                    before.span
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
        let message = summit_core::seeds::load(&folder.dir)
            .and_then(|s| summit_core::ingest::ingest(&s))
            .expect_err("a blank text is refused")
            .to_string();
        prop_assert!(message.contains("seed.txt") && message.contains("empty"), "{message}");
    }
}

proptest! {
    #![proptest_config(config(SUITE_CASES))]

    /// Any text splits into sentences: ranges in order, apart, on character boundaries, and
    /// together covering every character that is not white space.
    #[test]
    fn any_text_splits_into_sentences(text in text_line()) {
        let sentences = split_sentences(&text);
        let mut end = 0;
        for s in &sentences {
            prop_assert!(s.start as usize >= end && s.start < s.end, "{text:?}");
            prop_assert!(text.get(s.range()).is_some(), "{text:?}: {s:?}");
            end = s.end as usize;
        }
        for (i, c) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
            prop_assert!(
                sentences.iter().any(|s| s.range().contains(&i)),
                "{c:?} at {i} of {text:?} is in no sentence: {sentences:?}"
            );
        }
    }
}

/// A `synonyms.toml` or `compounds.toml`: groups and word lists of odd text, broken TOML, or
/// arbitrary text.
fn word_lists_file() -> impl Strategy<Value = String> {
    let words = || prop::collection::vec(field_value(), 0..5);
    let list = || {
        words().prop_map(|w| {
            w.iter()
                .map(|w| toml_string(w))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    prop_oneof![
        prop::collection::vec(list(), 0..4).prop_map(|groups| groups
            .iter()
            .map(|g| format!("[[group]]\nterms = [{g}]\n"))
            .collect()),
        (list(), list(), list()).prop_map(|(heads, links, not_parts)| format!(
            "heads = [{heads}]\nlinks = [{links}]\nnot_parts = [{not_parts}]\n"
        )),
        prop::collection::vec(text_line(), 0..6).prop_map(|l| l.join("\n")),
    ]
}

proptest! {
    #![proptest_config(config(SUITE_CASES))]

    /// A synonyms or compounds file of any content is read, or refused with the line and
    /// column of the fault and a message.
    #[test]
    fn any_word_lists_file_is_read_or_refused_with_its_place(file in word_lists_file()) {
        let lines = file.lines().count().max(1);
        let toml = TomlFile::new("words.toml", file.clone());
        let refusals = [read_synonyms(&toml).err(), read_compounds(&toml).err()];
        for e in refusals.into_iter().flatten() {
            let SeedError::At { file: name, line, column, message } = &e else {
                return Err(TestCaseError::fail(format!("not placed: {e:?} in {file:?}")));
            };
            prop_assert_eq!(name, "words.toml");
            prop_assert!(!message.trim().is_empty());
            prop_assert!((1..=lines + 1).contains(line) && *column >= 1, "{e:?} in {file:?}");
        }
    }
}
