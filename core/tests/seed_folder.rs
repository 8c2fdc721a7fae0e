//! A seeds folder changed by hand, as an editor would: a new document needs only its two files;
//! a malformed, missing or empty file is refused with the file, the line and the column; hostile
//! texts give a corpus or a clear error, never a panic.

use std::path::{Path, PathBuf};
use summit_core::ingest::ingest;
use summit_core::seeds::{self, SeedError};
use summit_core::{BlockKind, Corpus, Letter, Origin, PartialDate};

/// Reads the seeds folder `dir` and ingests it.
fn load_corpus(dir: &Path) -> Result<Corpus, SeedError> {
    ingest(&seeds::load(dir)?)
}

/// The project's seeds folder.
fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

/// The text of the seed file `name`.
fn seed_text(name: &str) -> String {
    std::fs::read_to_string(seeds().join(name)).unwrap()
}

/// The letter `id` of `c`; fails when there is none.
fn letter<'c>(c: &'c Corpus, id: &str) -> &'c Letter {
    c.letter(id).unwrap_or_else(|| panic!("no letter {id}"))
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
