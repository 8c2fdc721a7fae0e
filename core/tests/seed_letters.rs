//! How ingestion reads particular writings of the seed letters: hyphens at line ends, page
//! breaks inside paragraphs and sentences, footnotes in Word and web styles, dates, titles and
//! references read from the text, a memo inside a letter, abbreviations, captions and headings.

use std::path::{Path, PathBuf};
use summit_core::ingest::ingest;
use summit_core::seeds;
use summit_core::{BlockKind, Corpus, Letter, Origin, PartialDate};

/// The project's seeds folder.
fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

/// The seeds, read and ingested.
fn corpus() -> Corpus {
    ingest(&seeds::load(&seeds_dir()).expect("the seeds load")).expect("the seeds ingest")
}

/// The text of the seed file `name`.
fn seed_text(name: &str) -> String {
    std::fs::read_to_string(seeds_dir().join(name)).unwrap()
}

/// The letter `id` of `c`; fails when there is none.
fn letter<'c>(c: &'c Corpus, id: &str) -> &'c Letter {
    c.letter(id).unwrap_or_else(|| panic!("no letter {id}"))
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
