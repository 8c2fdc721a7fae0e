//! Ingestion of the real seeds: text parity, no surviving artifacts, pinned counts, determinism,
//! and a snapshot of the whole corpus. The fixture letters (texts in the shapes people copy them
//! from web pages and PDF viewers) are tested in `fixtures/`; particular writings of the seed
//! letters in `seed_letters.rs`; a seeds folder changed by hand in `seed_folder.rs`.

#[path = "fixtures/mod.rs"]
mod fixtures;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use summit_core::ingest::{ingest, REDACTION_PLACEHOLDER};
use summit_core::seeds::{self, SeedError};
use summit_core::{BlockKind, Corpus, Letter, Span};

/// Reads the seeds folder `dir` and ingests it.
fn load_corpus(dir: &Path) -> Result<Corpus, SeedError> {
    ingest(&seeds::load(dir)?)
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

fn corpus() -> Corpus {
    load_corpus(&seeds()).expect("the seeds load")
}

fn letter<'c>(c: &'c Corpus, id: &str) -> &'c Letter {
    c.letter(id).unwrap_or_else(|| panic!("no letter {id}"))
}

/// Seed text that is dropped on purpose, with no piece of its own: image-caption markers.
/// Written independently of the implementation.
const DROPPED: &[&str] = &["Vergroot afbeelding"];

/// Comparison form: no white space, no hyphens, no markdown stars, no Word markers, ligatures
/// spelled out, and page-footnote markers (given labels glued to a word) removed.
fn normalise(s: &str, labels: &[String]) -> String {
    let mut s = s.replace('ĳ', "ij").replace('Ĳ', "IJ");
    while let Some(i) = s.find("[bookmark:") {
        let end = s[i..].find(']').map_or(s.len(), |e| i + e + 1);
        s.replace_range(i..end, "");
    }
    while let Some(i) = s.find("[footnoteRef:") {
        let end = s[i..].find(']').map_or(s.len(), |e| i + e + 1);
        s.replace_range(i..end, " ");
    }
    // Glued page-footnote markers: `Oekraine.1 `, `Eerdmans2 `.
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() && i > 0 {
            let prev = chars[i - 1];
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let label: String = chars[i..j].iter().collect();
            let glued =
                prev.is_alphabetic() || (prev == '.' && i >= 2 && !chars[i - 2].is_ascii_digit());
            let ends = j == chars.len() || chars[j].is_whitespace();
            if glued && ends && labels.contains(&label) {
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out.chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '-' | '*' | '\u{ad}' | '¹' | '²' | '³' | '⁴' | '⁵')
        })
        .collect()
}

/// Every piece of output read from a seed: (span, text it must match).
fn pieces(c: &Corpus, source: &str) -> Vec<(Span, String, String)> {
    let mut out = Vec::new();
    for l in c.letters.iter().filter(|l| l.source == source) {
        for b in &l.blocks {
            for (k, p) in b.parts.iter().enumerate() {
                let text = if k == 0 {
                    b.text.clone()
                } else {
                    String::new()
                };
                out.push((*p, text, format!("{} block {}", l.id, b.n)));
            }
        }
        for f in &l.footnotes {
            out.push((
                f.span,
                format!("[{}: {}]", f.label, f.text),
                format!("{} note {}", l.id, f.label),
            ));
        }
        for h in &l.letterhead {
            let label = h.label.clone().unwrap_or_default();
            out.push((
                h.span,
                format!("{label} {}", h.value),
                format!("{} letterhead {label}", l.id),
            ));
        }
        for p in &l.chrome {
            out.push((p.span, p.text.clone(), format!("{} chrome", l.id)));
        }
        for s in &l.signatories {
            out.push((
                s.role_span,
                format!("{},", s.role),
                format!("{} role", l.id),
            ));
            if let (Some(span), Some(name)) = (s.name_span, &s.name) {
                out.push((span, name.clone(), format!("{} name", l.id)));
            }
        }
    }
    out
}

#[test]
fn every_byte_of_every_seed_appears_once_and_nothing_else() {
    assert_every_byte_once(&corpus(), &seeds());
}

/// The texts (`.txt` files) of a seeds folder.
fn texts_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

/// Every text of `dir` is read into `c` with every non-space byte in exactly one piece (block,
/// footnote, letterhead field, signature, page chrome), each piece matching its source.
pub(crate) fn assert_every_byte_once(c: &Corpus, dir: &Path) {
    let sources: Vec<String> = c
        .letters
        .iter()
        .map(|l| l.source.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(sources, texts_in(dir), "every text is read");
    for source in sources {
        let text = std::fs::read_to_string(dir.join(&source)).unwrap();
        let labels: Vec<String> = c
            .letters
            .iter()
            .filter(|l| l.source == source)
            .flat_map(|l| l.footnotes.iter().map(|f| f.label.clone()))
            .collect();
        let mut ps = pieces(c, &source);
        ps.sort_by_key(|p| p.0);
        // Disjoint.
        for w in ps.windows(2) {
            assert!(
                w[0].0.end <= w[1].0.start,
                "{source}: {} overlaps {}",
                w[0].2,
                w[1].2
            );
        }
        // Covering: every non-space byte is in a piece, except text dropped on purpose.
        let mut covered = vec![false; text.len()];
        for (span, _, _) in &ps {
            covered[span.range()].iter_mut().for_each(|c| *c = true);
        }
        // List bullets: `- ` or `• ` at the start of a line.
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let lead = line.len() - line.trim_start().len();
            let t = line.trim_start();
            if t.starts_with("- ") || t.starts_with("• ") {
                let bullet = t.chars().next().unwrap().len_utf8();
                covered[line_start + lead..line_start + lead + bullet]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
            line_start += line.len();
        }
        for d in DROPPED {
            for (i, m) in text.match_indices(d) {
                covered[i..i + m.len()].iter_mut().for_each(|c| *c = true);
            }
        }
        let uncovered: String = text
            .char_indices()
            .filter(|(i, ch)| !covered[*i] && !ch.is_whitespace())
            .map(|(_, ch)| ch)
            .collect();
        assert!(
            uncovered.is_empty(),
            "{source}: not in the output: {uncovered:?}"
        );
        // Each piece's text is its source text, cleaned.
        for l in c.letters.iter().filter(|l| l.source == source) {
            for b in &l.blocks {
                let raw: String = b
                    .parts
                    .iter()
                    .map(|p| &text[p.range()])
                    .collect::<Vec<_>>()
                    .join("\n");
                assert_eq!(
                    normalise(&raw, &labels),
                    normalise(&b.text, &labels),
                    "{}: block {} differs from its source",
                    l.id,
                    b.n
                );
                // Only line-end hyphens may disappear; no other hyphen is dropped or invented.
                let hyphens = raw.matches('-').count();
                let line_end = raw.matches("-\n").count() + raw.matches("- \n").count();
                let kept = b.text.matches('-').count();
                assert!(
                    kept <= hyphens && kept + line_end >= hyphens,
                    "{}: block {} has {kept} hyphens, its source {hyphens} ({line_end} at line ends)",
                    l.id,
                    b.n
                );
            }
            for f in &l.footnotes {
                assert_eq!(
                    normalise(strip_note_label(&text[f.span.range()]), &[]),
                    normalise(&f.text, &[]),
                    "{}: note {} differs from its source",
                    l.id,
                    f.label
                );
            }
            for h in &l.letterhead {
                let printed = format!("{} {}", h.label.as_deref().unwrap_or(""), h.value);
                assert_eq!(
                    normalise(&text[h.span.range()], &[]),
                    normalise(&printed, &[]),
                    "{}: letterhead {:?} differs from its source",
                    l.id,
                    h.label
                );
            }
            for sig in &l.signatories {
                assert_eq!(
                    text[sig.role_span.range()].trim_end_matches(',').trim(),
                    sig.role
                );
                if let (Some(span), Some(name)) = (sig.name_span, &sig.name) {
                    assert_eq!(&text[span.range()].trim(), name);
                }
            }
        }
    }
}

/// A note as printed without its label: `[2:  text ]` or `1 text` or `¹ text`.
fn strip_note_label(raw: &str) -> &str {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return inner.split_once(':').map_or(inner, |(_, t)| t);
    }
    raw.trim_start_matches(|c: char| c.is_ascii_digit() || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c))
}

#[test]
fn sentences_cover_each_block_exactly() {
    assert_sentences_cover_blocks(&corpus());
}

/// The sentences of every block of `c` cover its text, in order, without overlap.
pub(crate) fn assert_sentences_cover_blocks(c: &Corpus) {
    for l in &c.letters {
        for b in &l.blocks {
            let joined: String = b
                .sentences
                .iter()
                .map(|r| &b.text[r.range()])
                .collect::<Vec<_>>()
                .join(" ");
            let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(squash(&joined), squash(&b.text), "{} block {}", l.id, b.n);
            for w in b.sentences.windows(2) {
                assert!(
                    w[0].end <= w[1].start,
                    "{} block {}: sentences overlap",
                    l.id,
                    b.n
                );
            }
        }
    }
}

#[test]
fn no_artifact_survives_in_any_text() {
    let c = corpus();
    let mut texts: Vec<(String, String)> = Vec::new();
    for l in &c.letters {
        texts.push((format!("{} title", l.id), l.title.value.clone()));
        for b in &l.blocks {
            texts.push((format!("{} block {}", l.id, b.n), b.text.clone()));
        }
        for f in &l.footnotes {
            texts.push((format!("{} note {}", l.id, f.label), f.text.clone()));
        }
        for h in &l.letterhead {
            texts.push((format!("{} letterhead", l.id), h.value.clone()));
        }
        for s in &l.signatories {
            texts.push((
                format!("{} signatory", l.id),
                format!("{} {}", s.role, s.name.clone().unwrap_or_default()),
            ));
        }
    }
    let patterns = [
        "[bookmark",
        "[footnoteRef",
        "Vergroot afbeelding",
        "**",
        "ĳ",
        "\u{ad}",
        "  ",
        "\t",
        "¹",
        "date 2025",
    ];
    for (what, t) in &texts {
        for p in patterns {
            assert!(!t.contains(p), "{what} contains {p:?}: {t}");
        }
        assert_eq!(t.matches('*').count(), 0, "{what} has markdown stars: {t}");
        assert!(
            !t.contains("[2:") && !t.contains("[3:") && !t.contains("[4:"),
            "{what}: Word note left in: {t}"
        );
        // A line-end hyphen left broken: `defensie- uitgaven`.
        let words: Vec<&str> = t.split(' ').collect();
        for (i, w) in words.iter().enumerate() {
            if w.ends_with('-') && w.len() > 1 {
                // Allowed: suspended compounds like `defensie- en veiligheidsgerelateerde`.
                let next = words.get(i + 1).copied().unwrap_or("");
                assert!(
                    matches!(next, "en" | "of" | "en/of"),
                    "{what}: broken hyphen {w:?} {next:?}"
                );
            }
        }
        // Footnote digits glued to words: `Eerdmans2`, `Oekraine.1`.
        for label in ["Eerdmans2", "Oekraine.1", "verzonden.3"] {
            assert!(
                !t.contains(label),
                "{what} keeps a footnote marker: {label}"
            );
        }
    }
    // In general: no word of a body text ends in a letter or full stop glued to the digits of
    // one of its letter's footnote labels.
    for l in &c.letters {
        let labels: Vec<&str> = l.footnotes.iter().map(|f| f.label.as_str()).collect();
        for b in &l.blocks {
            for word in b.text.split(' ') {
                let word = word.trim_end_matches([',', ';', ':', ')']);
                let digits = word.len() - word.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let head = &word[..word.len() - digits];
                let glued = head
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphabetic() || c == '.')
                    && !head
                        .trim_end_matches('.')
                        .ends_with(|c: char| c.is_ascii_digit());
                assert!(
                    !(digits > 0 && glued && labels.contains(&&word[head.len()..])),
                    "{} block {}: footnote marker left in {word:?}",
                    l.id,
                    b.n
                );
            }
        }
    }
    // Redaction placeholders only as redacted fields or marked ranges, never as plain prose.
    for l in &c.letters {
        for h in &l.letterhead {
            if h.value.contains(REDACTION_PLACEHOLDER) {
                assert!(h.redacted, "{}: redaction shown as prose", l.id);
            }
        }
        for b in &l.blocks {
            let marked: usize = b
                .redactions
                .iter()
                .filter(|r| &b.text[r.range()] == REDACTION_PLACEHOLDER)
                .count();
            assert_eq!(
                b.text.matches(REDACTION_PLACEHOLDER).count(),
                marked,
                "{} block {}",
                l.id,
                b.n
            );
        }
    }
}

/// (headings, paragraphs, list items, footnotes, signatories) per letter, counted by reading.
#[test]
fn per_letter_counts_are_pinned() {
    let c = corpus();
    let expected: BTreeMap<&str, (usize, usize, usize, usize, usize)> = [
        ("ankara-2026-geannoteerde-agenda", (5, 17, 0, 1, 2)),
        ("ankara-2026-nota", (5, 3, 11, 0, 0)),
        ("antalya-2025-verslag", (1, 7, 0, 0, 1)),
        ("den-haag-2025-nieuwsbericht", (4, 5, 0, 0, 0)),
        ("den-haag-2025-verslag", (12, 26, 0, 3, 0)),
        ("washington-2024-verslag", (11, 30, 0, 3, 2)),
    ]
    .into_iter()
    .collect();
    let mut seen = BTreeMap::new();
    for l in c
        .letters
        .iter()
        .filter(|l| expected.contains_key(l.id.as_str()))
    {
        let count = |f: fn(&BlockKind) -> bool| l.blocks.iter().filter(|b| f(&b.kind)).count();
        seen.insert(
            l.id.as_str(),
            (
                count(|k| matches!(k, BlockKind::Heading { .. })),
                count(|k| matches!(k, BlockKind::Paragraph)),
                count(|k| matches!(k, BlockKind::ListItem { .. })),
                l.footnotes.len(),
                l.signatories.len(),
            ),
        );
    }
    assert_eq!(seen, expected);
}

#[test]
fn ingestion_is_deterministic() {
    let a = serde_json::to_string(&corpus()).unwrap();
    let b = serde_json::to_string(&corpus()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn the_generated_corpus_does_not_change_by_accident() {
    insta::assert_json_snapshot!("corpus", corpus());
}
