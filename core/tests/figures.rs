//! Key figures and the glossary: counts per letter pinned on the seeds, the spending norm
//! followed across the meetings, and a letter nobody has seen read in every writing.

#[allow(dead_code)] // the shared fixtures serve several test files
mod common;

use common::bundle;
use std::path::Path;
use summit_core::extract::{extract_with, Figure, FigureKind, TermKind};
use summit_core::ingest::ingest;
use summit_core::search::Synonyms;
use summit_core::seeds;

/// The figures of letter `id`.
fn figures_of(id: &str) -> Vec<&'static Figure> {
    bundle()
        .extracts
        .figures
        .iter()
        .filter(|f| f.letter == id)
        .collect()
}

#[test]
fn counts_per_letter_are_pinned_on_the_seeds() {
    let b = bundle();
    let per_letter: Vec<(&str, usize, usize, usize, usize)> = b
        .corpus
        .letters
        .iter()
        .map(|l| {
            let f = figures_of(&l.id);
            let of = |k: FigureKind| f.iter().filter(|x| x.kind == k).count();
            (
                l.id.as_str(),
                of(FigureKind::Amount),
                of(FigureKind::Percentage),
                of(FigureKind::Count),
                f.len(),
            )
        })
        .collect();
    assert_eq!(
        per_letter,
        [
            ("ankara-2026-geannoteerde-agenda", 1, 9, 1, 11),
            ("ankara-2026-nota", 0, 0, 1, 1),
            ("antalya-2025-verslag", 1, 0, 0, 1),
            ("den-haag-2025-nieuwsbericht", 0, 2, 0, 2),
            ("den-haag-2025-verslag", 3, 6, 6, 15),
            ("washington-2024-verslag", 8, 2, 14, 24),
        ]
    );
    let kinds = |k: TermKind| b.extracts.glossary.iter().filter(|t| t.kind == k).count();
    assert_eq!(kinds(TermKind::Acronym), 29);
    assert_eq!(kinds(TermKind::Person), 12);
    assert_eq!(kinds(TermKind::Country), 21);
    assert_eq!(kinds(TermKind::Organisation), 8);
}

#[test]
fn the_spending_norm_is_followed_from_washington_to_ankara() {
    let norm: Vec<(&str, &str)> = bundle()
        .extracts
        .figures
        .iter()
        .filter(|f| f.subject == "NAVO-norm kerndefensie-uitgaven")
        .map(|f| (f.meeting.as_str(), f.key.as_str()))
        .collect();
    assert!(norm.contains(&("washington-2024", "pct:2")));
    assert!(norm.contains(&("den-haag-2025", "pct:3.5")));
    assert!(norm.contains(&("ankara-2026", "pct:3.5")));
    let total = bundle()
        .extracts
        .figures
        .iter()
        .find(|f| f.subject.starts_with("Totale NAVO-norm") && f.meeting == "den-haag-2025")
        .unwrap();
    assert_eq!(total.key, "pct:5");
    assert_eq!(total.share_of.as_deref(), Some("gdp"));
    let dutch = figures_of("ankara-2026-geannoteerde-agenda");
    let incl = dutch.iter().find(|f| f.text == "2,26%").unwrap();
    assert!(incl.subject.contains("incl. steun"), "{}", incl.subject);
    let excl = dutch.iter().find(|f| f.text == "2,01%").unwrap();
    assert!(excl.subject.contains("excl. steun"), "{}", excl.subject);
}

#[test]
fn every_figure_points_at_its_words_in_its_sentence() {
    let b = bundle();
    for f in &b.extracts.figures {
        let block = b.corpus.letter(&f.letter).unwrap().block(f.block).unwrap();
        assert_eq!(&block.text[f.span.range()], f.text);
        let s = block.sentences[f.sentence as usize];
        assert!(s.start <= f.span.start && f.span.start < s.end, "{f:?}");
        assert!(!f.subject.is_empty(), "{f:?}");
    }
}

#[test]
fn amounts_keep_their_currency_scale_and_approximation() {
    let f = figures_of("ankara-2026-geannoteerde-agenda");
    let usd = f.iter().find(|x| x.text == "circa 94 miljard USD").unwrap();
    assert_eq!(usd.key, "usd:94000000000");
    assert_eq!(usd.approximation.as_deref(), Some("about"));
    let w = figures_of("washington-2024-verslag");
    let pledge = w
        .iter()
        .find(|x| x.text == "minimaal EUR 40 miljard")
        .unwrap();
    assert_eq!(pledge.value, 4.0e10);
    assert_eq!(pledge.topic.as_deref(), Some("steun-oekraine"));
    // `Dit bedrag komt bovenop de EUR 150 mln`: the amount before it names the subject.
    let more = w.iter().find(|x| x.text == "EUR 150 mln").unwrap();
    assert_eq!(more.subject, "Munitie voor F-16's");
}

#[test]
fn spans_of_time_and_prose_numbers_are_not_key_counts() {
    let texts: Vec<&str> = bundle()
        .extracts
        .figures
        .iter()
        .map(|f| f.text.as_str())
        .collect();
    for not_a_figure in ["vier", "twee", "drie", "76", "2025", "2035", "1949"] {
        assert!(!texts.contains(&not_a_figure), "{not_a_figure}");
    }
}

#[test]
fn acronyms_are_expanded_from_the_text() {
    let g = &bundle().extracts.glossary;
    let term = |t: &str| g.iter().find(|x| x.term == t).unwrap();
    assert_eq!(
        term("NSATU").expansion.as_deref(),
        Some("NATO Security Assistance and Training for Ukraine")
    );
    assert_eq!(
        term("DPAP").expansion.as_deref(),
        Some("Defence Production Action Plan")
    );
    assert_eq!(
        term("NAR").expansion.as_deref(),
        Some("Noord-Atlantische Raad")
    );
    assert!(term("NSATU").defined_at.is_some());
    // Never expanded by the letters: from seeds/glossary.toml.
    assert_eq!(
        term("bbp").expansion.as_deref(),
        Some("bruto binnenlands product")
    );
    assert!(term("bbp").defined_at.is_none());
    assert!(term("NAVO").mentions.len() > 100);
    let zelensky = g.iter().find(|t| t.term.ends_with("Zelensky")).unwrap();
    assert_eq!(zelensky.kind, TermKind::Person);
}

#[test]
fn a_letter_nobody_has_seen_is_read_in_every_writing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = ingest(&seeds::load(&root.join("tests/figures_fixtures")).unwrap()).unwrap();
    let seeds = seeds::read_extract_seeds(&root.join("../seeds")).unwrap();
    let extracts = extract_with(&corpus, &seeds, &Synonyms::default());
    let found: Vec<(&str, &str, Option<&str>)> = extracts
        .figures
        .iter()
        .map(|f| (f.text.as_str(), f.key.as_str(), f.topic.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("33", "num:33", Some("bondgenootschap")),
            ("2,4 procent", "pct:2.4", Some("defensienorm")),
            ("2,2 procent", "pct:2.2", Some("defensienorm")),
            ("3,5%", "pct:3.5", Some("defensienorm")),
            ("12%", "pct:12", Some("defensienorm")),
            (
                "ruim USD 60 billion",
                "usd:60000000000",
                Some("defensienorm")
            ),
            ("€ 1,2 mld", "eur:1200000000", Some("steun-oekraine")),
            ("EUR 250 mln.", "eur:250000000", Some("steun-oekraine")),
            ("circa 2.500", "num:2500", Some("steun-oekraine")),
        ]
    );
    let share: Vec<Option<&str>> = extracts.figures[1..4]
        .iter()
        .map(|f| f.share_of.as_deref())
        .collect();
    assert_eq!(share, [Some("gdp"), Some("gdp"), Some("gdp")]);
    assert_eq!(
        extracts.figures[2].subject,
        "Nederland: defensie-uitgaven excl. steun Oekraïne"
    );
    assert_eq!(extracts.figures[6].subject, "Steunpakket Oekraïne");
    assert_eq!(extracts.figures[8].counted.as_deref(), Some("drones"));
    let essi = extracts.glossary.iter().find(|t| t.term == "ESSI").unwrap();
    assert_eq!(
        essi.expansion.as_deref(),
        Some("European Sky Shield Initiative")
    );
    let people: Vec<&str> = extracts
        .glossary
        .iter()
        .filter(|t| t.kind == TermKind::Person)
        .map(|t| t.term.as_str())
        .collect();
    assert_eq!(people, ["Frederiksen", "Volodymyr Zelensky"]);
}
