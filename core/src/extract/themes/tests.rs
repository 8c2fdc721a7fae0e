//! Tests of the themes: the packed index, and which paragraphs get which theme and why.

use super::*;
use crate::model::Corpus;
use crate::search::Synonyms;

#[test]
fn the_packed_index_reads_back_as_it_was_and_bad_numbers_are_refused() {
    let hit = |term, start, end| ThemeHit {
        term,
        span: TextRange { start, end },
    };
    let index = ThemeIndex {
        themes: vec![Theme {
            id: "t".into(),
            name: "T".into(),
            name_en: "T".into(),
        }],
        tags: vec![
            ThemeTag {
                letter: 0,
                block: 3,
                theme: 1,
                heading: Some(2),
                hits: vec![hit(5, 525, 544), hit(2, 600, 610)],
            },
            // Out of order, a heading after its block, overlapping hits: still as they were.
            ThemeTag {
                letter: 2,
                block: 9,
                theme: 0,
                heading: Some(10),
                hits: vec![hit(1, 40, 50), hit(0, 10, 60)],
            },
            ThemeTag {
                letter: 1,
                block: 1,
                theme: u16::MAX,
                heading: None,
                hits: vec![],
            },
            ThemeTag {
                letter: 1,
                block: 0,
                theme: 3,
                heading: Some(0),
                hits: vec![hit(u16::MAX, u32::MAX, 0)],
            },
        ],
    };
    let bytes = postcard::to_allocvec(&index).unwrap();
    assert_eq!(postcard::from_bytes::<ThemeIndex>(&bytes).unwrap(), index);
    let packed = index.packed();
    for cut in 0..packed.len() {
        assert_eq!(ThemeIndex::unpacked(vec![], &packed[..cut]), None, "{cut}");
    }
    assert_eq!(ThemeIndex::unpacked(vec![], &[u32::MAX]), None);
    let mut big = packed.clone();
    big[1 + 2 * 4] = u32::MAX; // the first tag's theme, past u16
    assert_eq!(ThemeIndex::unpacked(vec![], &big), None);
    assert_eq!(
        ThemeIndex::unpacked(vec![], &[0]),
        Some(ThemeIndex::default())
    );
}
use crate::test_corpus::corpus;

/// A theme from its lists.
fn theme(id: &str, headings: &[&str], strong: &[&str], terms: &[&str]) -> ThemeDef {
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
    ThemeDef {
        id: id.into(),
        name: id.into(),
        name_en: id.into(),
        headings: v(headings),
        strong: v(strong),
        terms: v(terms),
        need: DEFAULT_NEED,
    }
}

/// The themes of block `n` of letter 0, with the words that gave them.
fn themes_of(t: &Themes, c: &Corpus, n: u32) -> Vec<(String, Vec<String>)> {
    let text = &c.letters[0].block(n).unwrap().text;
    t.tags
        .iter()
        .filter(|g| g.letter == 0 && g.block == n)
        .map(|g| {
            (
                t.definitions[g.theme as usize].id.clone(),
                g.hits
                    .iter()
                    .map(|h| text[h.span.range()].to_string())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn a_strong_term_is_enough_and_plain_terms_need_two() {
    let c = corpus(&[(
        "a",
        "m",
        &[
            "De defensie-uitgave stijgt.",
            "De uitgaven stijgen.",
            "De uitgaven stijgen naar 3,5 procent.",
        ],
    )]);
    let defs = [theme(
        "geld",
        &[],
        &["defensie-uitgaven"],
        &["uitgaven", "procent"],
    )];
    let t = assign(&c, &defs, &Synonyms::default());
    assert_eq!(
        themes_of(&t, &c, 1),
        [("geld".to_string(), vec!["defensie-uitgave".to_string()])]
    );
    assert!(themes_of(&t, &c, 2).is_empty());
    assert_eq!(themes_of(&t, &c, 3)[0].1, ["uitgaven", "procent"]);
}

#[test]
fn synonyms_compound_parts_and_prefixes_match_as_in_search() {
    let c = corpus(&[(
        "a",
        "m",
        &[
            "Allies discussed defence spending.",
            "Er waren cyberaanvallen en NAVO-cyberoefeningen.",
            "Het gaat om luchtverdediging.",
        ],
    )]);
    let synonyms = Synonyms::from_groups(&[vec!["defensie-uitgaven", "defence spending"]]);
    let defs = [
        theme("geld", &[], &["defensie-uitgaven"], &[]),
        theme("cyber", &[], &["cyber*"], &[]),
        theme("lucht", &[], &["lucht*"], &[]),
    ];
    let t = assign(&c, &defs, &synonyms);
    assert_eq!(themes_of(&t, &c, 1)[0].1, ["defence spending"]);
    assert_eq!(
        themes_of(&t, &c, 2),
        [(
            "cyber".to_string(),
            vec!["cyberaanvallen".to_string(), "cyberoefeningen".to_string()]
        )]
    );
    assert_eq!(themes_of(&t, &c, 3)[0].0, "lucht");
}

#[test]
fn pieces_joined_by_plus_must_share_a_sentence() {
    let c = corpus(&[(
        "a",
        "m",
        &[
            "Rusland is de grootste dreiging. Oekraïne vraagt steun.",
            "Rusland voert oorlog. De dreiging van terrorisme blijft.",
        ],
    )]);
    let defs = [theme("rusland", &[], &["Rusland + dreiging"], &[])];
    let t = assign(&c, &defs, &Synonyms::default());
    assert_eq!(themes_of(&t, &c, 1)[0].1, ["Rusland", "dreiging"]);
    assert!(themes_of(&t, &c, 2).is_empty());
}

#[test]
fn a_section_heading_gives_its_paragraphs_the_theme_through_subsections() {
    let c = corpus(&[(
        "a",
        "m",
        &[
            "## Oekraïne",
            "De president sprak.",
            "### Werkdiner",
            "Er werd gegeten.",
            "## Overig",
            "De president sprak.",
        ],
    )]);
    let defs = [theme("oekraine", &["Oekraïne"], &["Zelensky"], &[])];
    let t = assign(&c, &defs, &Synonyms::default());
    let tag = |n| t.tags.iter().find(|g| g.block == n);
    assert_eq!(tag(2).unwrap().heading, Some(1));
    assert_eq!(tag(4).unwrap().heading, Some(1));
    assert!(tag(4).unwrap().hits.is_empty());
    assert!(tag(1).is_none(), "headings get no themes");
    assert!(tag(6).is_none());
}

#[test]
fn bad_sections_never_loop_or_panic() {
    let mut c = corpus(&[("a", "m", &["## Kop", "Tekst."])]);
    c.letters[0].blocks[0].section = Some(2);
    c.letters[0].blocks[1].section = Some(1);
    let defs = [theme("x", &["Niets"], &["onbekend"], &[])];
    assert!(assign(&c, &defs, &Synonyms::default()).tags.is_empty());
}
