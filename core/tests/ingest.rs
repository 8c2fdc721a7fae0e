//! Ingestion of the real seeds: text parity, no surviving artifacts, pinned counts, behaviours,
//! malformed metadata, and a snapshot of the whole corpus. The fixture letters (texts in the
//! shapes people copy them from web pages and PDF viewers) are tested in `fixtures/`.

#[path = "fixtures/mod.rs"]
mod fixtures;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use summit_core::ingest::{ingest, REDACTION_PLACEHOLDER};
use summit_core::seeds::{self, SeedError};
use summit_core::{BlockKind, Corpus, Letter, Origin, PartialDate, Span};

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

fn seed_text(name: &str) -> String {
    std::fs::read_to_string(seeds().join(name)).unwrap()
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
fn line_end_hyphens_keep_real_hyphens() {
    let c = corpus();
    let dh = letter(&c, "den-haag-2025-verslag");
    let all: String = dh
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for w in [
        "secretaris-generaal",
        "Nieuw-Zeeland",
        "Euro-Atlantische",
        "NAVO-capaciteitsdoelstellingen",
        "staakt-het-vuren",
    ] {
        assert!(all.contains(w), "{w} is kept whole");
    }
    let antalya = letter(&c, "antalya-2025-verslag");
    assert!(antalya
        .blocks
        .iter()
        .any(|b| b.text.contains("militaire en niet-militaire steun")));
}

#[test]
fn a_paragraph_broken_by_a_page_is_one_paragraph() {
    let c = corpus();
    let dh = letter(&c, "den-haag-2025-verslag");
    let b = dh
        .blocks
        .iter()
        .find(|b| b.text.contains("grondgebonden vuursteuneenheden"))
        .expect("joined across the page");
    assert!(b.parts.len() > 2);
    assert!(b.text.ends_with("binnen alle domeinen."));
    let ankara = letter(&c, "ankara-2026-geannoteerde-agenda");
    assert!(ankara
        .blocks
        .iter()
        .any(|b| b.text.contains("de steun aan Oekraïne te vergroten.")));
}

#[test]
fn footnotes_are_linked_to_their_markers_in_both_styles() {
    let c = corpus();
    let dh = letter(&c, "den-haag-2025-verslag");
    let note2 = dh.footnotes.iter().find(|f| f.label == "2").unwrap();
    assert_eq!(note2.text, "Kamerstuk 28 676, nr. 528.");
    let block = dh.block(note2.block.expect("linked")).unwrap();
    let at = block
        .footnote_refs
        .iter()
        .find(|r| r.label == "2")
        .unwrap()
        .at as usize;
    assert!(block.text[..at].ends_with("motie Eerdmans"));
    let w = letter(&c, "washington-2024-verslag");
    let labels: Vec<&str> = w.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["2", "3", "4"]);
    assert!(w.footnotes.iter().all(|f| f.block.is_some()));
    let b = w.block(w.footnotes[0].block.unwrap()).unwrap();
    assert!(b.text[..b.footnote_refs[0].at as usize].ends_with("G7+ verklaring"));
    let a = letter(&c, "ankara-2026-geannoteerde-agenda");
    assert!(a.footnotes[0]
        .text
        .starts_with("De NAVO rekent deze cijfers"));
}

#[test]
fn dates_titles_and_references_are_read_from_the_text() {
    let c = corpus();
    let check_date = |id: &str, date: &str, source_text: &str| {
        let l = letter(&c, id);
        let d = l.date.as_ref().unwrap_or_else(|| panic!("{id} has a date"));
        assert_eq!(d.value, PartialDate::parse_iso(date).unwrap(), "{id}");
        match &d.origin {
            Origin::Text { span } => {
                assert_eq!(&seed_text(&l.source)[span.range()], source_text, "{id}")
            }
            o => panic!("{id}: date from {o:?}"),
        }
    };
    check_date("antalya-2025-verslag", "2025-05-23", "23 mei 2025");
    check_date(
        "ankara-2026-geannoteerde-agenda",
        "2026-06-23",
        "23 juni 2026",
    );
    check_date("ankara-2026-nota", "2026-06-17", "17 juni 2026");
    // The news item states only the month; its metadata gives the day.
    let news = letter(&c, "den-haag-2025-nieuwsbericht");
    assert_eq!(
        news.date.as_ref().unwrap().value,
        PartialDate::ymd(2025, 6, 25)
    );
    assert!(matches!(
        news.date.as_ref().unwrap().origin,
        Origin::Metadata { .. }
    ));
    assert!(letter(&c, "washington-2024-verslag").date.is_none());
    let a = letter(&c, "ankara-2026-geannoteerde-agenda");
    assert_eq!(a.title.value, "Geannoteerde Agenda NAVO-top 2026");
    assert_eq!(a.references[0].value, "BZ2629412");
    let names: Vec<_> = a
        .signatories
        .iter()
        .map(|s| s.name.clone().unwrap())
        .collect();
    assert_eq!(names, ["T.B.W. Berendsen", "Dilan Yeşilgöz-Zegerius"]);
    let w = letter(&c, "washington-2024-verslag");
    assert_eq!(
        w.title.value,
        "VERSLAG VAN DE NAVO-TOP IN WASHINGTON D.C. VAN 10 EN 11 JULI 2024"
    );
    assert_eq!(w.signatories[1].role, "De minister van Defensie");
    assert_eq!(w.signatories[1].name.as_deref(), Some("Ruben Brekelmans"));
}

#[test]
fn the_memo_is_its_own_document_with_redacted_fields() {
    let c = corpus();
    let letter_doc = letter(&c, "ankara-2026-geannoteerde-agenda");
    let memo = letter(&c, "ankara-2026-nota");
    assert_eq!(letter_doc.source, memo.source);
    assert!(letter_doc.source_span.end <= memo.source_span.start);
    let redacted: Vec<_> = memo.letterhead.iter().filter(|f| f.redacted).collect();
    assert_eq!(redacted.len(), 2);
    assert!(memo
        .letterhead
        .iter()
        .any(|f| f.label.as_deref() == Some("Opgesteld door") && f.redacted));
    assert!(memo
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::ListItem { level: 2 }));
}

#[test]
fn dutch_abbreviations_do_not_split_sentences() {
    let c = corpus();
    let w = letter(&c, "washington-2024-verslag");
    let b = w
        .blocks
        .iter()
        .find(|b| {
            b.text
                .starts_with("Op 11 juli jl. kwam de NAVO-Oekraïne Raad bijeen")
        })
        .unwrap();
    assert!(b
        .sentence(0)
        .unwrap()
        .ends_with("waaraan ook de Oekraïense president Zelensky deelnam."));
    let t = w
        .blocks
        .iter()
        .find(|b| b.text.contains("t.a.v. training"))
        .unwrap();
    assert!(t.sentences.iter().any(|r| t.text[r.range()]
        .contains("t.a.v. training, levering van militaire steun en logistiek.")));
}

#[test]
fn caption_lines_become_a_heading_and_a_paragraph() {
    let c = corpus();
    let news = letter(&c, "den-haag-2025-nieuwsbericht");
    let h = news
        .blocks
        .iter()
        .position(|b| b.text == "Afsluitende persconferentie en communiqué")
        .unwrap();
    assert!(news.blocks[h].is_heading());
    assert!(news.blocks[h + 1]
        .text
        .starts_with("NAVO-secretaris-generaal Mark Rutte gaf"));
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

/// A copy of the seeds in a temporary folder, to break on purpose.
fn scratch_seeds(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("summit-seeds-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for e in std::fs::read_dir(seeds()).unwrap().flatten() {
        std::fs::copy(e.path(), dir.join(e.file_name())).unwrap();
    }
    dir
}

/// Loads `dir` after replacing one file, and returns the error message.
fn error_with(dir: &Path, file: &str, contents: &str) -> String {
    std::fs::write(dir.join(file), contents).unwrap();
    load_corpus(dir)
        .expect_err("broken seeds must not load")
        .to_string()
}

#[test]
fn malformed_metadata_names_file_line_and_column() {
    let dir = scratch_seeds("typo");
    let toml = "antalya-2025-verslag.toml";
    let good = seed_text(toml);
    // Each case: the broken file and the `file:line:col` plus words the message must contain.
    let cases: [(String, &str, &[&str]); 6] = [
        (
            good.replace("kind = ", "kynd = "),
            "antalya-2025-verslag.toml:6:1: ",
            &["unknown field `kynd`", "expected one of"],
        ),
        (
            good.replace("\"antalya-2025\"", "\"mars-2030\""),
            "antalya-2025-verslag.toml:7:11: ",
            &["unknown meeting \"mars-2030\"", "den-haag-2025"],
        ),
        (
            good.replace("\"verslag\"", "\"brief\""),
            "antalya-2025-verslag.toml:6:8: ",
            &["unknown kind \"brief\"", "kamerbrief"],
        ),
        (
            format!("{good}date = \"2025-02-30\"\n"),
            "antalya-2025-verslag.toml:9:8: ",
            &["not a date"],
        ),
        (
            good.replace("language = \"nl\"", "language = \"Dutch\""),
            "antalya-2025-verslag.toml:8:12: ",
            &["ISO 639-1"],
        ),
        (
            "[[document]\nid = ".to_string(),
            "antalya-2025-verslag.toml:1:",
            &[],
        ),
    ];
    for (contents, place, words) in cases {
        let err = error_with(&dir, toml, &contents);
        assert!(err.contains(place), "want {place:?} in: {err}");
        for w in words {
            assert!(err.contains(w), "want {w:?} in: {err}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_title_and_date_in_the_metadata_win_over_the_text() {
    let dir = scratch_seeds("metadata-wins");
    let toml = "antalya-2025-verslag.toml";
    let meta = std::fs::read_to_string(dir.join(toml)).unwrap()
        + "title = \"Verslag informele NAVO-ministeriële Antalya\"\ndate = \"2025-05-24\"\n";
    std::fs::write(dir.join(toml), meta).unwrap();
    let c = load_corpus(&dir).unwrap();
    let l = letter(&c, "antalya-2025-verslag");
    assert_eq!(l.title.value, "Verslag informele NAVO-ministeriële Antalya");
    let from_meta = Origin::Metadata { file: toml.into() };
    assert_eq!(l.title.origin, from_meta);
    let date = l.date.as_ref().unwrap();
    assert_eq!(date.value, PartialDate::ymd(2025, 5, 24));
    assert_eq!(date.origin, from_meta);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_empty_text_is_refused_naming_the_file() {
    let dir = scratch_seeds("empty");
    std::fs::write(
        dir.join("brussel-2027-verslag.toml"),
        "[[document]]\nid = \"brussel-2027-verslag\"\nkind = \"verslag\"\nmeeting = \"ankara-2026\"\nlanguage = \"nl\"\n",
    )
    .unwrap();
    for text in ["", " \n\t\r\n\n", "\u{feff}\n"] {
        let err = error_with(&dir, "brussel-2027-verslag.txt", text);
        assert!(err.contains("brussel-2027-verslag.txt"), "{err}");
        assert!(err.contains("empty"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_text_without_any_title_says_what_was_looked_for() {
    let dir = scratch_seeds("untitled");
    std::fs::write(
        dir.join("brussel-2027-verslag.toml"),
        "[[document]]\nid = \"brussel-2027-verslag\"\nkind = \"verslag\"\nmeeting = \"ankara-2026\"\nlanguage = \"nl\"\n",
    )
    .unwrap();
    let err = error_with(
        &dir,
        "brussel-2027-verslag.txt",
        "De bondgenoten kwamen bijeen in Brussel en spraken over de steun aan Oekraïne.\n",
    );
    for w in [
        "brussel-2027-verslag.txt",
        "subject line",
        "Betreft",
        "heading",
        "title",
    ] {
        assert!(err.contains(w), "want {w:?} in: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_duplicate_document_id_names_the_second_file_and_line() {
    let dir = scratch_seeds("duplicate");
    let toml = "antalya-2025-verslag.toml";
    let err = error_with(
        &dir,
        toml,
        &seed_text(toml).replace("id = \"antalya-2025-verslag\"", "id = \"ankara-2026-nota\""),
    );
    assert!(err.contains("antalya-2025-verslag.toml:5:6: "), "{err}");
    assert!(
        err.contains("\"ankara-2026-nota\"") && err.contains("ankara-2026-geannoteerde-agenda.txt"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_begins_at_line_missing_from_the_text_is_an_error_at_its_value() {
    let dir = scratch_seeds("begins");
    let toml = "ankara-2026-geannoteerde-agenda.toml";
    let err = error_with(
        &dir,
        toml,
        &seed_text(toml).replace("begins_at = \"Aan\"", "begins_at = \"Aan:\""),
    );
    assert!(
        err.contains("ankara-2026-geannoteerde-agenda.toml:17:13: "),
        "{err}"
    );
    assert!(
        err.contains("\"Aan:\"") && err.contains("ankara-2026-geannoteerde-agenda.txt"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn metadata_without_its_text_is_an_error_naming_it() {
    let dir = scratch_seeds("lonely-toml");
    std::fs::remove_file(dir.join("antalya-2025-verslag.txt")).unwrap();
    let err = load_corpus(&dir).unwrap_err().to_string();
    assert!(
        err.contains("antalya-2025-verslag.toml") && err.contains("antalya-2025-verslag.txt"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_text_without_metadata_is_an_error_naming_it() {
    let dir = scratch_seeds("orphan");
    std::fs::write(dir.join("brussel-2027.txt"), "Een nieuwe brief.\n").unwrap();
    let err = load_corpus(&dir).unwrap_err().to_string();
    assert!(
        err.contains("brussel-2027.txt") && err.contains("brussel-2027.toml"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_sixth_document_needs_only_files() {
    let dir = scratch_seeds("sixth");
    std::fs::write(
        dir.join("brussel-2027-verslag.txt"),
        "Den Haag, 2 maart 2027\n\nVerslag van de NAVO-top in Brussel\n\nOp 1 maart jl. kwamen de bondgenoten bijeen. Zij spraken over steun aan Oekraïne.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("brussel-2027-verslag.toml"),
        "[[document]]\nid = \"brussel-2027-verslag\"\nkind = \"verslag\"\nmeeting = \"ankara-2026\"\nlanguage = \"nl\"\n",
    )
    .unwrap();
    let c = load_corpus(&dir).unwrap();
    let l = letter(&c, "brussel-2027-verslag");
    assert_eq!(l.date.as_ref().unwrap().value, PartialDate::ymd(2027, 3, 2));
    assert_eq!(l.title.value, "Verslag van de NAVO-top in Brussel");
    assert_eq!(l.blocks[1].sentences.len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn washington_word_notes_are_linked_where_their_markers_stood() {
    let c = corpus();
    let w = letter(&c, "washington-2024-verslag");
    let before_marker = |label: &str| {
        let note = w.footnotes.iter().find(|f| f.label == label).unwrap();
        let b = w.block(note.block.expect("linked")).unwrap();
        let r = b.footnote_refs.iter().find(|r| r.label == label).unwrap();
        b.text[..r.at as usize].to_string()
    };
    assert!(before_marker("2").ends_with("de G7+ verklaring"));
    assert!(before_marker("3").ends_with("het zogeheten Ukraine Compact"));
    assert!(before_marker("4").ends_with("conform motie-Piri (21501-20-2026)."));
    assert!(w.footnotes[1].text.ends_with("Kamerstuk 36045-177"));
    // The notes stood at the end of their paragraph's line; the paragraph ends before them.
    let b = w.block(w.footnotes[0].block.unwrap()).unwrap();
    assert!(b.text.ends_with('.') && !b.text.contains("Joint Declaration"));
}

#[test]
fn headings_nest_and_never_swallow_the_next_paragraph() {
    let c = corpus();
    let kind_of = |l: &Letter, text: &str| {
        let b = l
            .blocks
            .iter()
            .find(|b| b.text == text)
            .unwrap_or_else(|| panic!("{}: no block {text:?}", l.id));
        (b.n, b.kind, b.section)
    };
    let w = letter(&c, "washington-2024-verslag");
    let (sec, kind, _) = kind_of(w, "Aanverwante bijeenkomsten");
    assert_eq!(kind, BlockKind::Heading { level: 2 });
    let (sub, kind, parent) = kind_of(w, "Ukraine Compact");
    assert_eq!((kind, parent), (BlockKind::Heading { level: 3 }, Some(sec)));
    let next = w.block(sub + 1).unwrap();
    assert_eq!(next.kind, BlockKind::Paragraph);
    assert_eq!(next.section, Some(sub));
    // A heading line directly followed by its paragraph line, no blank line between.
    let (h, kind, _) = kind_of(w, "Werksessie I: Bijeenkomst van de Noord-Atlantische Raad");
    assert_eq!(kind, BlockKind::Heading { level: 2 });
    assert!(w
        .block(h + 1)
        .unwrap()
        .text
        .starts_with("Het inhoudelijke programma van de top startte op 10 juli jl."));
    // A heading followed by a page break keeps to itself.
    let dh = letter(&c, "den-haag-2025-verslag");
    let (h, kind, _) = kind_of(
        dh,
        "Noord-Atlantische Raad op het niveau van de ministers van Defensie",
    );
    assert_eq!(kind, BlockKind::Heading { level: 3 });
    let next = dh.block(h + 1).unwrap();
    assert_eq!(next.kind, BlockKind::Paragraph);
    assert!(next
        .text
        .starts_with("Ook de ministers van defensie spraken"));
    // Every letter: dense numbers, and each block's section is an earlier heading.
    for l in &c.letters {
        for (i, b) in l.blocks.iter().enumerate() {
            assert_eq!(b.n as usize, i + 1, "{}", l.id);
            if let Some(s) = b.section {
                assert!(
                    s < b.n && l.block(s).unwrap().is_heading(),
                    "{} {}",
                    l.id,
                    b.n
                );
            }
        }
    }
}

#[test]
fn titles_read_from_the_text_point_at_it() {
    let c = corpus();
    let title_text = |id: &str| {
        let l = letter(&c, id);
        match &l.title.origin {
            Origin::Text { span } => (
                l.title.value.clone(),
                seed_text(&l.source)[span.range()].to_string(),
            ),
            o => panic!("{id}: title from {o:?}"),
        }
    };
    // Wrapped over two lines in the seed, one line in the title.
    let (value, raw) = title_text("antalya-2025-verslag");
    assert_eq!(
        value,
        "Verslag van de informele NAVO-ministeriéle van 14 en 15 mei 2025"
    );
    assert_eq!(
        raw,
        "Verslag van de informele NAVO-ministeriéle van 14 en 15\nmei 2025"
    );
    // After the saved page's `date 2025-06` prefix.
    let (value, raw) = title_text("den-haag-2025-nieuwsbericht");
    assert_eq!(value, raw);
    assert_eq!(
        value,
        "NAVO-top afgesloten in Den Haag: gezamenlijke besluiten en blik op de toekomst"
    );
    // The subject line, without its label.
    let (value, raw) = title_text("ankara-2026-geannoteerde-agenda");
    assert_eq!(
        (value.as_str(), raw.as_str()),
        (
            "Geannoteerde Agenda NAVO-top 2026",
            "Geannoteerde Agenda NAVO-top 2026"
        )
    );
}

#[test]
fn a_page_break_inside_a_sentence_does_not_split_the_paragraph() {
    let c = corpus();
    let dh = letter(&c, "den-haag-2025-verslag");
    let b = dh
        .blocks
        .iter()
        .find(|b| b.text.contains("de impact hiervan te verminderen."))
        .expect("joined across four blank lines");
    assert!(b.parts.len() >= 2);
    assert!(b
        .sentences
        .iter()
        .any(|r| b.text[r.range()].ends_with("te verminderen.")));
    // But a paragraph ending a sentence before a page break stays apart from the next.
    let antalya = letter(&c, "antalya-2025-verslag");
    let i = antalya
        .blocks
        .iter()
        .position(|b| b.text.ends_with("de aanhoudende Russische agressie."))
        .unwrap();
    assert!(antalya.blocks[i + 1]
        .text
        .starts_with("Bondgenoten stonden stil"));
}

#[test]
fn sentences_split_after_a_closing_abbreviation_before_a_capital() {
    let c = corpus();
    let w = letter(&c, "washington-2024-verslag");
    let b = w
        .blocks
        .iter()
        .find(|b| b.text.starts_with("De totale begrote kosten"))
        .unwrap();
    assert_eq!(
        b.sentence(0),
        Some("De totale begrote kosten voor de organisatie van de top bedragen EUR 95 mln.")
    );
    assert_eq!(
        b.sentence(1),
        Some("Dit bedrag omvat zowel logistiek als veiligheid.")
    );
    // `jl.` before a lowercase word stays inside its sentence.
    let b = w
        .blocks
        .iter()
        .find(|b| {
            b.text
                .contains("De MCNT kwam op 21 mei jl. voor het eerst bijeen.")
        })
        .unwrap();
    assert!(b
        .sentences
        .iter()
        .any(|r| &b.text[r.range()] == "De MCNT kwam op 21 mei jl. voor het eerst bijeen."));
}

#[test]
fn hostile_texts_give_a_corpus_or_a_clear_error_never_a_panic() {
    let dir = scratch_seeds("hostile");
    let meta = "[[document]]\nid = \"brussel-2027-verslag\"\nkind = \"verslag\"\nmeeting = \"ankara-2026\"\nlanguage = \"nl\"\n";
    std::fs::write(dir.join("brussel-2027-verslag.toml"), meta).unwrap();
    let texts = [
        "",
        "   \n\n\t\n",
        "\u{feff}Titel\r\n\r\nEen zin die eindigt.\r\n",
        "date 2025-06",
        "date 2025-13 Titel",
        "Vergroot afbeelding",
        "Vergroot afbeelding \n\nTekst.",
        "- \n -\n- x",
        "Titel\n\nTekst[footnoteRef:2 zonder einde\n",
        "Titel\n\nTekst [2: notitie zonder einde\n",
        "Titel\n\nTekst¹ zonder noot.\n\n¹\n",
        "Titel\n\nEerdmans2 en 1\n\n1\n2 \n",
        "Datum\nBetreft\nOnze referentie\n",
        "De minister van Buitenlandse Zaken,\n",
        "Geachte voorzitter,\n\nDe minister van Defensie, De minister van Financiën,\n",
        "Titel-\n\n-\n\nsecretaris-\n",
        "[bookmark: _Hlk1\n**\n*\n\u{ad}\n",
        "Den Haag, 31 februari 2025\n\nTitel\n\nTekst.",
    ];
    for t in texts {
        std::fs::write(dir.join("brussel-2027-verslag.txt"), t).unwrap();
        match load_corpus(&dir) {
            Ok(c) => {
                let l = letter(&c, "brussel-2027-verslag");
                for b in &l.blocks {
                    for r in &b.sentences {
                        assert!(b.text.get(r.range()).is_some(), "{t:?}");
                    }
                    assert!(!b.text.is_empty(), "{t:?}: empty block");
                    assert!(!b.text.contains('\u{feff}'), "{t:?}: byte-order mark kept");
                }
            }
            Err(e) => {
                let e = e.to_string();
                assert!(e.contains("brussel-2027-verslag"), "{t:?}: {e}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_new_kamerbrief_with_sections_needs_no_code_change() {
    let dir = scratch_seeds("kamerbrief");
    let text = "Ministerie van Buitenlandse Zaken\n\nDatum 3 maart 2027\nBetreft Stand van zaken NAVO\n\nGeachte voorzitter,\n\nHierbij informeer ik u over de stand van zaken. Zie ook nr. 12 van\nde reeks.\n\nInleiding\n\nDe bondgenoten spraken op 1 maart jl. over de steun aan de\n\n\n\nNAVO-partners in Azië. Zij kwamen ook overeen meer te investeren.\n\nDe minister van Buitenlandse Zaken,\n\nA.B. Jansen\n";
    std::fs::write(dir.join("brussel-2027-kamerbrief.txt"), text).unwrap();
    std::fs::write(
        dir.join("brussel-2027-kamerbrief.toml"),
        "[[document]]\nid = \"brussel-2027-kamerbrief\"\nkind = \"kamerbrief\"\nmeeting = \"ankara-2026\"\nlanguage = \"nl\"\n",
    )
    .unwrap();
    let c = load_corpus(&dir).unwrap();
    let l = letter(&c, "brussel-2027-kamerbrief");
    assert_eq!(l.title.value, "Stand van zaken NAVO");
    assert_eq!(l.date.as_ref().unwrap().value, PartialDate::ymd(2027, 3, 3));
    let shape: Vec<(BlockKind, &str)> = l
        .blocks
        .iter()
        .map(|b| (b.kind, &b.text[..b.text.len().min(20)]))
        .collect();
    assert_eq!(
        shape,
        [
            (BlockKind::Paragraph, "Hierbij informeer ik"),
            // A section of the letter, not its title: the letter opened with prose.
            (BlockKind::Heading { level: 2 }, "Inleiding"),
            (BlockKind::Paragraph, "De bondgenoten sprak"),
        ]
    );
    // Broken by a page after `de`: one paragraph although the rest starts with a capital.
    assert!(l.blocks[2]
        .text
        .contains("over de steun aan de NAVO-partners in Azië."));
    assert_eq!(l.blocks[0].sentences.len(), 2);
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name.as_deref(), Some("A.B. Jansen"));
    let _ = std::fs::remove_dir_all(&dir);
}
