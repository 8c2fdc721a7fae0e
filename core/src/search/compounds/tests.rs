use super::*;
use crate::nl::tokenize::is_number;
use std::collections::BTreeSet;

/// The rules of `seeds/compounds.toml`.
fn rules() -> CompoundRules {
    /// The file's four lists, as written.
    #[derive(serde::Deserialize)]
    struct Written {
        heads: Vec<String>,
        links: Vec<String>,
        not_parts: Vec<String>,
        keep_whole: Vec<String>,
    }
    let w: Written = toml::from_str(include_str!("../../../../seeds/compounds.toml")).unwrap();
    CompoundRules::from_lists(&w.heads, &w.links, &w.not_parts, &w.keep_whole)
}

/// The words of the Dutch seed letters, as the index collects them.
fn seed_words() -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for text in [
        include_str!("../../../../seeds/ankara-2026-geannoteerde-agenda.txt"),
        include_str!("../../../../seeds/antalya-2025-verslag.txt"),
        include_str!("../../../../seeds/den-haag-2025-nieuwsbericht.txt"),
        include_str!("../../../../seeds/den-haag-2025-verslag.txt"),
        include_str!("../../../../seeds/washington-2024-verslag.txt"),
    ] {
        for_each_token(text, |t| {
            if !is_number(t.term) {
                words.insert(t.term.to_string());
            }
        });
    }
    words
}

/// The parts of `word` as strings.
fn parts(rules: &CompoundRules, words: &BTreeSet<String>, word: &str) -> Vec<String> {
    let is_word = |w: &str| words.contains(w);
    rules
        .split(word, &is_word)
        .iter()
        .map(|&(a, b)| word[a as usize..b as usize].to_string())
        .collect()
}

#[test]
fn compounds_of_the_letters_split_into_their_parts() {
    let (rules, words) = (rules(), seed_words());
    for (word, expected) in [
        ("dronecapaciteit", &["drone", "capaciteit"][..]),
        ("defensieindustrie", &["defensie", "industrie"]),
        ("steunpakket", &["steun", "pakket"]),
        ("luchtverdediging", &["lucht", "verdediging"]),
        ("raketverdediging", &["raket", "verdediging"]),
        ("veiligheidsbeleid", &["veiligheid", "beleid"]),
        ("regeringsleiders", &["regering", "leiders"]),
        ("staatssecretaris", &["staat", "secretaris"]),
        ("defensiecapaciteiten", &["defensie", "capaciteiten"]),
        ("satellietcapaciteiten", &["satelliet", "capaciteiten"]),
        (
            "capaciteitsdoelstellingen",
            &["capaciteit", "doelstellingen"],
        ),
        (
            "luchtverdedigingsmunitie",
            &["lucht", "verdediging", "luchtverdediging", "munitie"],
        ),
    ] {
        assert!(words.contains(word), "{word} is not in the letters");
        assert_eq!(parts(&rules, &words, word), expected, "{word}");
    }
}

#[test]
fn words_that_only_look_like_compounds_stay_whole() {
    let (rules, words) = (rules(), seed_words());
    for word in [
        "verslag",
        "oekraine",
        "daarnaast",
        "belangrijk",
        "belangrijke",
        "mogelijkheden",
        "ondersteuning",
        "deelnemen",
        "plaatsvond",
        "voortzetten",
        "weerstand",
        "succesvolle",
        "bondgenoten",
        "verdediging",
        "vergadering",
        "nederland",
        "washington",
        "2025",
    ] {
        assert_eq!(parts(&rules, &words, word), Vec::<String>::new(), "{word}");
    }
}

#[test]
fn a_letter_nobody_has_seen_splits_by_its_own_words() {
    // A made-up vocabulary: the words a new letter might use on their own.
    let words: BTreeSet<String> = ["marine", "schepen", "kustwacht", "lucht", "drone", "vers"]
        .iter()
        .map(|w| w.to_string())
        .collect();
    let rules = rules();
    assert_eq!(
        parts(&rules, &words, "marineschepen"),
        ["marine", "schepen"]
    );
    assert_eq!(
        parts(&rules, &words, "droneverdediging"),
        ["drone", "verdediging"]
    );
    assert_eq!(
        parts(&rules, &words, "kustwachtsteun"),
        ["kustwacht", "steun"]
    );
    // Short words and unknown tails never split off.
    assert_eq!(parts(&rules, &words, "verslag"), Vec::<String>::new());
    assert_eq!(parts(&rules, &words, "luchtig"), Vec::<String>::new());
}

#[test]
fn suspended_compounds_name_the_word_they_complete() {
    let text = "de lucht- en raketverdediging, NAVO- en EU-initiatieven en defensie-, \
                veiligheids- en weerbaarheidsuitgaven; niet: 2- of 3-jarig";
    let found: Vec<(&str, &str)> = suspended(text)
        .iter()
        .map(|s| {
            (
                &text[s.start as usize..s.end as usize],
                &text[s.last.0 as usize..s.last.1 as usize],
            )
        })
        .collect();
    assert_eq!(
        found[..5],
        [
            ("lucht", "raketverdediging"),
            ("NAVO", "EU-initiatieven"),
            ("defensie", "weerbaarheidsuitgaven"),
            ("veiligheids", "weerbaarheidsuitgaven"),
            ("2", "3-jarig"),
        ]
    );
    // A hyphen at a line's end before a conjunction-less word is no suspended compound.
    assert!(suspended("de lucht- zee").is_empty());
}

#[test]
fn index_tokens_add_parts_and_the_full_compounds_of_suspended_ones() {
    let words: BTreeSet<String> = [
        "lucht",
        "raket",
        "drone",
        "defensie",
        "veiligheid",
        "uitgaven",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    let rules = rules();
    let is_word = |w: &str| words.contains(w);
    let mut splits = Vec::new();
    for w in [
        "raketverdediging",
        "dronecapaciteit",
        "veiligheidsuitgaven",
        "luchtverdediging",
    ] {
        splits.push((w.to_string(), rules.split(w, &is_word)));
    }
    splits.sort();
    let text = "De lucht- en raketverdediging, (counter) dronecapaciteit en defensie- en \
                veiligheidsuitgaven.";
    let mut tokens = Vec::new();
    for_each_index_token(text, true, &splits, |t| {
        tokens.push((
            t.term.to_string(),
            &text[t.start as usize..t.end as usize],
            t.is_part,
        ))
    });
    let has = |term: &str, written: &str, part: bool| {
        tokens
            .iter()
            .any(|(t, w, p)| t == term && *w == written && *p == part)
    };
    assert!(
        has("luchtverdediging", "lucht- en raketverdediging", false),
        "{tokens:?}"
    );
    assert!(has("verdediging", "verdediging", true));
    assert!(has("drone", "drone", true));
    assert!(has("capaciteit", "capaciteit", true));
    assert!(has(
        "defensieuitgaven",
        "defensie- en veiligheidsuitgaven",
        false
    ));
    assert!(has("veiligheid", "veiligheid", true));
    // Not Dutch: nothing split.
    let mut english = 0;
    for_each_index_token(text, false, &splits, |t| english += usize::from(t.is_part));
    assert_eq!(english, 0);
}

#[test]
fn a_part_of_an_accented_compound_covers_its_letters() {
    let words: BTreeSet<String> = ["ruimte", "militaire"]
        .iter()
        .map(|w| w.to_string())
        .collect();
    let rules = rules();
    let is_word = |w: &str| words.contains(w);
    let splits = vec![(
        "ruimtemilitaire".to_string(),
        rules.split("ruimtemilitaire", &is_word),
    )];
    let text = "Ruimtemilitaire";
    let mut parts = Vec::new();
    for_each_index_token(text, true, &splits, |t| {
        if t.is_part {
            parts.push(&text[t.start as usize..t.end as usize]);
        }
    });
    assert_eq!(parts, ["Ruimte", "militaire"]);
    assert_eq!(text_offset("Oekraïne", 6), "Oekraï".len());
}
