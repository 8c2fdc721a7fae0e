//! Tests of the quantity grammar: every writing the letters use, the keys two writings share,
//! and every kind of number that is not a quantity.

use super::*;

/// The only quantity of `text`; fails when there is not exactly one.
fn one(text: &str) -> Quantity {
    let found = find_quantities(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

/// The canonical keys of every quantity in `text`.
fn keys(text: &str) -> Vec<String> {
    find_quantities(text)
        .iter()
        .map(Quantity::canonical_key)
        .collect()
}

/// The quantities of `text` as written.
fn written(text: &str) -> Vec<String> {
    find_quantities(text)
        .into_iter()
        .map(|q| q.written)
        .collect()
}

#[test]
fn percentages_in_every_writing_share_one_key() {
    for text in [
        "naar 3,5% van het bbp",
        "naar 3,5 procent van het bbp",
        "to 3.5 percent of GDP",
        "naar 3,5 % van het bbp",
        "3,5 pct. van het bbp",
    ] {
        let q = one(text);
        assert_eq!(q.unit, Unit::Percent, "{text}");
        assert_eq!(q.value, 3.5, "{text}");
        assert_eq!(q.canonical_key(), "pct:3.5", "{text}");
    }
}

#[test]
fn amounts_with_scale_words_share_one_key() {
    for text in [
        "minimaal EUR 40 miljard per jaar",
        "40 miljard euro per jaar",
        "€ 40 mld per jaar",
        "EUR 40 bn per jaar",
        "€40bn a year",
        "40 billion euros a year",
        "EUR 40.000 mln per jaar",
    ] {
        let q = one(text);
        assert_eq!(q.unit, Unit::Currency(Currency::Eur), "{text}");
        assert_eq!(q.value, 4.0e10, "{text}");
        assert_eq!(q.canonical_key(), "eur:40000000000", "{text}");
    }
}

#[test]
fn thousands_dots_and_plain_digits_share_one_key() {
    assert_eq!(keys("zo'n 10.000 militairen"), ["num:10000"]);
    assert_eq!(keys("10000 militairen"), ["num:10000"]);
    assert_eq!(keys("10 duizend militairen"), ["num:10000"]);
}

#[test]
fn the_letters_amounts_are_read_with_value_and_currency() {
    let cases: [(&str, &str, f64, Currency, Option<Scale>); 7] = [
        (
            "EUR 40 miljard",
            "EUR 40 miljard",
            4.0e10,
            Currency::Eur,
            Some(Scale::Billion),
        ),
        (
            "een steunpakket van 175 miljoen euro.",
            "175 miljoen euro",
            1.75e8,
            Currency::Eur,
            Some(Scale::Million),
        ),
        (
            "groei (circa 94 miljard USD).",
            "circa 94 miljard USD",
            9.4e10,
            Currency::Usd,
            Some(Scale::Billion),
        ),
        (
            "€ 3,5 mld",
            "€ 3,5 mld",
            3.5e9,
            Currency::Eur,
            Some(Scale::Billion),
        ),
        (
            "bedragen EUR 95 mln. Dit bedrag",
            "EUR 95 mln.",
            9.5e7,
            Currency::Eur,
            Some(Scale::Million),
        ),
        (
            "geraamd op EUR 8,7 mln (augustus 2024 t/m december 2026)",
            "EUR 8,7 mln",
            8.7e6,
            Currency::Eur,
            Some(Scale::Million),
        ),
        (
            "aan EUR 100\nmiljoen aan middelen",
            "EUR 100\nmiljoen",
            1.0e8,
            Currency::Eur,
            Some(Scale::Million),
        ),
    ];
    for (text, as_written, value, currency, scale) in cases {
        let q = one(text);
        assert_eq!(q.written, as_written, "{text}");
        assert_eq!(&text[q.span.range()], as_written, "{text}");
        assert_eq!(q.value, value, "{text}");
        assert_eq!(q.unit, Unit::Currency(currency), "{text}");
        assert_eq!(q.scale, scale, "{text}");
    }
}

#[test]
fn amounts_across_a_line_break_end_at_their_currency() {
    let q = one("ter waarde van 500 miljoen \neuro voor de levering");
    assert_eq!(q.written, "500 miljoen \neuro");
    assert_eq!(q.canonical_key(), "eur:500000000");
}

#[test]
fn dollars_in_every_writing() {
    for text in [
        "$ 94 billion",
        "$94bn",
        "USD 94 miljard",
        "94 miljard dollar",
        "US$ 94 billion",
    ] {
        assert_eq!(keys(text), ["usd:94000000000"], "{text}");
    }
}

#[test]
fn approximations_are_kept_and_do_not_change_the_key() {
    let cases = [
        ("circa 94 miljard USD", Approximation::About),
        ("ca. 1800 mariniers", Approximation::About),
        ("ongeveer 35 miljard euro", Approximation::About),
        ("zo’n 10.000 militairen", Approximation::About),
        ("ruim EUR 3 miljard", Approximation::MoreThan),
        ("meer dan 2% uitgeven", Approximation::MoreThan),
        ("more than 2 percent", Approximation::MoreThan),
        ("ten minste 2% van het bbp", Approximation::AtLeast),
        ("minimaal EUR 40 miljard", Approximation::AtLeast),
        ("at least 2% of GDP", Approximation::AtLeast),
        ("bijna 600.000 drones", Approximation::Almost),
        ("maximaal twintig trainers", Approximation::AtMost),
        ("up to 5 percent", Approximation::AtMost),
        ("minder dan 1 procent", Approximation::LessThan),
    ];
    for (text, approximation) in cases {
        let q = one(text);
        assert_eq!(q.approximation, Some(approximation), "{text}");
        assert_eq!(q.span.start, 0, "the qualifier belongs to the span: {text}");
    }
    assert_eq!(
        one("circa 35 miljard euro").canonical_key(),
        one("35 miljard euro").canonical_key()
    );
}

#[test]
fn english_texts_read_commas_as_thousands() {
    let found = find_quantities_in(
        "nearly 600,000 drones, about 2,000 journalists, 3.5 percent, ten allies, \
         EUR 1,234.5 million",
        Language::English,
    );
    let keys: Vec<String> = found.iter().map(Quantity::canonical_key).collect();
    assert_eq!(
        keys,
        [
            "num:600000",
            "num:2000",
            "pct:3.5",
            "num:10",
            "eur:1234500000"
        ]
    );
    assert_eq!(found[0].approximation, Some(Approximation::Almost));
    assert_eq!(found[1].approximation, Some(Approximation::About));
    // In Dutch a single comma is a decimal comma, and `ten` is not a number.
    assert_eq!(keys_nl("2,000 en ten minste"), ["num:2"]);
}

/// Keys of a Dutch text.
fn keys_nl(text: &str) -> Vec<String> {
    keys(text)
}

#[test]
fn ranges_keep_both_ends() {
    for text in [
        "2 à 3 procent",
        "2 a 3 procent",
        "2 tot 3 procent",
        "2-3%",
        "2–3%",
        "2% tot 3%",
        "tussen 2 en 3 procent",
        "between 2 and 3 percent",
        "2 to 3 percent",
    ] {
        let q = one(text);
        assert_eq!(q.written, text, "{text}");
        assert_eq!((q.value, q.upper), (2.0, Some(3.0)), "{text}");
        assert_eq!(q.unit, Unit::Percent, "{text}");
        assert_eq!(q.canonical_key(), "pct:2-3", "{text}");
        assert!(q.is_range());
    }
    let q = one("EUR 2 à 3 miljard");
    assert_eq!((q.value, q.upper), (2.0e9, Some(3.0e9)));
    assert_eq!(q.canonical_key(), "eur:2000000000-3000000000");
    assert_eq!(
        keys("2,5 tot 3,5 miljard euro"),
        ["eur:2500000000-3500000000"]
    );
}

#[test]
fn percentage_points_are_their_own_unit() {
    let q = one("een stijging van 0,5 procentpunt");
    assert_eq!(q.unit, Unit::PercentagePoint);
    assert_eq!(q.canonical_key(), "pp:0.5");
}

#[test]
fn the_letters_percentages_are_found_in_their_sentences() {
    let text = "Nederland gaf in 2025 2,26% van het bbp uit aan defensie-uitgaven inclusief \
                steun aan Oekraïne (2,01% exclusief deze steun), en 1,4% aan defensie- en \
                veiligheidsgerelateerde uitgaven.";
    assert_eq!(written(text), ["2,26%", "2,01%", "1,4%"]);
    assert_eq!(keys(text), ["pct:2.26", "pct:2.01", "pct:1.4"]);
    let text = "onder de 1,5%-afspraken";
    assert_eq!(keys(text), ["pct:1.5"]);
    assert_eq!(
        written("5% van het bbp, waarvan 3,5% voor defensie"),
        ["5%", "3,5%"]
    );
}

#[test]
fn counts_are_plain_numbers() {
    let text = "de 32 bondgenoten, 600.000 drones en circa 45 staatshoofden";
    let found = find_quantities(text);
    assert_eq!(found.len(), 3);
    assert!(found
        .iter()
        .all(|q| q.unit == Unit::Count && q.scale.is_none()));
    assert_eq!(keys(text), ["num:32", "num:600000", "num:45"]);
    assert_eq!(found[2].approximation, Some(Approximation::About));
}

#[test]
fn numbers_written_as_words_are_counts() {
    assert_eq!(keys("met maximaal twintig trainers"), ["num:20"]);
    assert_eq!(keys("meer dan honderd wijkbewoners"), ["num:100"]);
    assert_eq!(
        keys("vijfentwintig landen en tweeëndertig bondgenoten"),
        ["num:25", "num:32"]
    );
    assert_eq!(keys("een miljard euro"), ["eur:1000000000"]);
    assert_eq!(
        keys("driehonderd militairen, tienduizend drones"),
        ["num:300", "num:10000"]
    );
    assert!(one("twintig trainers").in_words);
}

#[test]
fn common_words_that_spell_numbers_are_not_counts() {
    assert!(find_quantities("een brief aan een bondgenoot").is_empty());
    assert!(find_quantities("Het kabinet acht dit van belang").is_empty());
    assert!(find_quantities("ten minste ten behoeve van ten opzichte").is_empty());
    assert!(find_quantities("tientallen miljoenen en duizenden").is_empty());
}

#[test]
fn dates_and_years_are_never_quantities() {
    for text in [
        "op 24 juni 2025",
        "van 9 tot 11 juli 2024",
        "(24-26 juni 2025)",
        "in 2035",
        "de Defensienota 2026",
        "de capaciteitsdoelstellingen 2025 (CT25)",
        "de meerjarige financiering (2024-2026)",
        "tussen 2024 en 2026",
        "eind 2026",
        "12 juli 2023",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(keys("naar 3,5% van het bbp in 2035"), ["pct:3.5"]);
    assert_eq!(keys("in 2025 2,26% van het bbp"), ["pct:2.26"]);
}

#[test]
fn document_numbers_are_never_quantities() {
    for text in [
        "Kamerstuk 28 676, nr. 522, Kamerstuk 28 676, nr. 542 en Kamerstuk 28 676, nr. 533.",
        "de motie Paternotte (kamerstuk 21501-20-2023)",
        "conform de motie van het lid Paternotte (21501-20-2100),",
        "1 maart 2024, Kamerstuk 36045-177]",
        "27 maart, 2024. TZ202403-090]",
        "Kamerstukken II 2023/24, 28 676, nr. 470",
        "artikel 5 van het Verdrag",
        "zie paragraaf 3 en bijlage 2",
        "Postbus 20061",
        "Kazernestraat 52",
        "Rijnstraat 8\n2515 XP Den Haag",
        "2515 XP Den Haag",
        "tel. 070 3188188",
        "resolutie 2231",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn times_are_never_quantities() {
    for text in [
        "om 10.00 uur",
        "van 10.00-12.00 uur",
        "om 14:30",
        "om 9 uur",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(keys("binnen 48 uur"), ["num:48"]);
}

#[test]
fn paragraph_list_and_footnote_numbers_are_never_quantities() {
    for text in [
        "tekst\n1 Kamerstuk 28 676, nr. 522.",
        "in Oekraine.1 Europese bondgenoten",
        "[footnoteRef:2] over de uitrol [2:  Joint Declaration",
        "tekst\n1. Inleiding",
        "tekst\n2) Oekraïne",
        "einde van de pagina\n1\nvervolg",
        "de punten (3) en (4)",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn numbers_glued_to_letters_are_never_quantities() {
    for text in [
        "F-35 en A400M",
        "de F-16’s",
        "de 2e keer, 4x",
        "het 75-jarig bestaan",
        "de G7+",
        "CT25",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_wrapped_count_at_a_line_start_is_still_a_count() {
    assert_eq!(keys("van de\n32 bondgenoten kwamen"), ["num:32"]);
    assert_eq!(keys("32 bondgenoten kwamen"), ["num:32"]);
}

#[test]
fn spans_point_into_the_text() {
    let text = "Het kabinet draagt additioneel EUR 20 mln bij aan het fonds.";
    let q = one(text);
    assert_eq!(&text[q.span.range()], "EUR 20 mln");
    assert_eq!(&text[q.number_span.range()], "20");
    assert_eq!(q.value, 2.0e7);
}

#[test]
fn canonical_numbers_are_short_and_exact() {
    assert_eq!(canonical_number(4.0e10), "40000000000");
    assert_eq!(canonical_number(3.5), "3.5");
    assert_eq!(canonical_number(0.25), "0.25");
    assert_eq!(one("EUR 8,7 mln").canonical_key(), "eur:8700000");
    assert_eq!(one("€ 1,234 mld").canonical_key(), "eur:1234000000");
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "%",
        "€",
        "EUR",
        "€ mld",
        "1.2.3 miljard",
        "één",
        "ten",
        "2-",
        "2 à",
        "tussen 2 en",
        "½ procent",
        "²",
        "3,5%%",
    ] {
        let _ = find_quantities(text);
    }
}
