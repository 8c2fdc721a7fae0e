//! Tests of whole-date reading and of the date-expression scanner, named after the forms they
//! pin, including the numbers that must never read as dates.

use super::*;

#[test]
fn dutch_dates_are_read() {
    assert_eq!(
        parse_dutch_date("23 juni 2026"),
        Some(PartialDate::ymd(2026, 6, 23))
    );
    assert_eq!(
        parse_dutch_date("1 Maart 2024"),
        Some(PartialDate::ymd(2024, 3, 1))
    );
    assert_eq!(parse_dutch_date("31 juni 2026"), None);
    assert_eq!(parse_dutch_date("23 juni 2026 extra"), None);
    assert_eq!(parse_dutch_date("juni 2026"), None);
}

#[test]
fn place_and_date_line_is_read() {
    let (at, d) = parse_place_date("Den Haag, 23 mei 2025").unwrap();
    assert_eq!(at, 10);
    assert_eq!(d, PartialDate::ymd(2025, 5, 23));
    assert!(parse_place_date("Hierbij, 23 mei 2025 en meer").is_none());
}

/// The year used for expressions without one in these tests.
const LETTER_YEAR: u16 = 2025;

fn found(text: &str) -> Vec<DateExpression> {
    find_date_expressions(text, LETTER_YEAR)
}

fn written(text: &str) -> Vec<String> {
    found(text).into_iter().map(|d| d.written).collect()
}

/// The only expression of `text`.
fn only(text: &str) -> DateExpression {
    let all = found(text);
    assert_eq!(all.len(), 1, "{text:?}: {all:?}");
    all.into_iter().next().unwrap()
}

fn ymd(y: u16, m: u8, d: u8) -> PartialDate {
    PartialDate::ymd(y, m, d)
}

fn ym(year: u16, month: u8) -> PartialDate {
    PartialDate {
        year,
        month: Some(month),
        day: None,
    }
}

#[test]
fn day_and_month_take_the_letters_year() {
    let d = only("De top begint op 24 juni in Den Haag.");
    assert_eq!(d.written, "24 juni");
    assert_eq!(d.value.start, ymd(LETTER_YEAR, 6, 24));
    assert_eq!(d.value.end, None);
    assert_eq!(d.value.precision, DatePrecision::Day);
    assert!(!d.value.year_stated);
}

#[test]
fn span_points_at_the_expression_in_the_text() {
    let text = "Op 31 augustus 2025 vergaderde de Raad.";
    let d = only(text);
    assert_eq!(&text[d.span.range()], "31 augustus 2025");
    assert_eq!(d.value.start, ymd(2025, 8, 31));
    assert!(d.value.year_stated);
}

#[test]
fn weekday_belongs_to_the_expression() {
    assert_eq!(written("op woensdag 25 juni kwamen"), ["woensdag 25 juni"]);
    let d = only("Wednesday, 11 July 2023");
    assert_eq!(d.written, "Wednesday, 11 July 2023");
    assert_eq!(d.value.start, ymd(2023, 7, 11));
}

#[test]
fn a_weekday_alone_is_not_a_date() {
    assert!(found("Op woensdag vergadert de Raad.").is_empty());
}

#[test]
fn day_ranges_with_words_and_dashes_are_one_expression() {
    for (text, start, end) in [
        ("10 en 11 juli 2024", ymd(2024, 7, 10), ymd(2024, 7, 11)),
        ("9 tot 11 juli 2024", ymd(2024, 7, 9), ymd(2024, 7, 11)),
        ("9–11 juli 2024", ymd(2024, 7, 9), ymd(2024, 7, 11)),
        ("24-26 juni 2025", ymd(2025, 6, 24), ymd(2025, 6, 26)),
        (
            "24 tot en met 26 juni",
            ymd(LETTER_YEAR, 6, 24),
            ymd(LETTER_YEAR, 6, 26),
        ),
        (
            "24 t/m 26 juni",
            ymd(LETTER_YEAR, 6, 24),
            ymd(LETTER_YEAR, 6, 26),
        ),
        (
            "28–29 november",
            ymd(LETTER_YEAR, 11, 28),
            ymd(LETTER_YEAR, 11, 29),
        ),
        ("30 juni tot 2 juli 2025", ymd(2025, 6, 30), ymd(2025, 7, 2)),
        ("11 and 12 July 2023", ymd(2023, 7, 11), ymd(2023, 7, 12)),
    ] {
        let d = only(&format!("De top van {text} was kort."));
        assert_eq!(d.written, text);
        assert_eq!((d.value.start, d.value.end), (start, Some(end)), "{text}");
        assert_eq!(d.value.precision, DatePrecision::Day);
    }
}

#[test]
fn range_states_its_year_only_when_written() {
    assert!(only("10 en 11 juli 2024").value.year_stated);
    assert!(!only("28–29 november").value.year_stated);
}

#[test]
fn weekdays_inside_a_range_belong_to_it() {
    let d = only("van dinsdag 24 tot en met donderdag 26 juni 2025");
    assert_eq!(d.written, "dinsdag 24 tot en met donderdag 26 juni 2025");
    assert_eq!(d.value.end, Some(ymd(2025, 6, 26)));
}

#[test]
fn date_broken_over_a_line_is_one_expression() {
    let d = only("op 14 en 15 mei\n2025 in Antalya");
    assert_eq!(d.written, "14 en 15 mei\n2025");
    assert_eq!(d.value.start, ymd(2025, 5, 14));
    assert_eq!(d.value.end, Some(ymd(2025, 5, 15)));
    assert!(d.value.year_stated);
}

#[test]
fn an_empty_line_ends_the_expression() {
    let d = only("op 14 mei\n\n2025 was een jaar");
    assert_eq!(d.written, "14 mei");
}

#[test]
fn jl_and_as_mark_past_and_coming_dates() {
    let d = only("Op 3 juni jl. sprak de minister.");
    assert_eq!(d.written, "3 juni jl.");
    assert_eq!(d.value.relative, Some(RelativeMarker::Past));
    assert_eq!(d.value.start, ymd(LETTER_YEAR, 6, 3));
    let d = only("Op 3 juni a.s. spreekt de minister.");
    assert_eq!(d.value.relative, Some(RelativeMarker::Coming));
    assert_eq!(only("3 juni 2025 is").value.relative, None);
}

#[test]
fn month_and_year_has_month_precision() {
    let d = only("Sinds februari 2022 steunt de NAVO Oekraïne.");
    assert_eq!(d.written, "februari 2022");
    assert_eq!(d.value.start, ym(2022, 2));
    assert_eq!(d.value.precision, DatePrecision::Month);
    assert_eq!(only("in mrt. 2025").written, "mrt. 2025");
    assert_eq!(only("in mrt. 2025").value.start, ym(2025, 3));
    assert_eq!(only("in July 2023").value.start, ym(2023, 7));
}

#[test]
fn range_of_months_has_an_end() {
    let d = only("in juni en juli 2025");
    assert_eq!(d.value.start, ym(2025, 6));
    assert_eq!(d.value.end, Some(ym(2025, 7)));
    let d = only("van augustus 2024 t/m december 2026");
    assert_eq!(d.written, "augustus 2024 t/m december 2026");
    assert_eq!(
        (d.value.start, d.value.end),
        (ym(2024, 8), Some(ym(2026, 12)))
    );
    assert_eq!(written("juli en juni 2025"), ["juni 2025"]);
}

#[test]
fn abbreviated_months_take_their_full_stop() {
    assert_eq!(written("op 11 Jul. 2023"), ["11 Jul. 2023"]);
    assert_eq!(written("op 9 sept. en later"), ["9 sept."]);
    assert_eq!(only("op 9 sept.").value.start, ymd(LETTER_YEAR, 9, 9));
    assert_eq!(written("op 9 september. Daarna"), ["9 september"]);
}

#[test]
fn english_dates_are_read_day_first_and_month_first() {
    assert_eq!(only("on 11 July 2023").value.start, ymd(2023, 7, 11));
    let d = only("on July 11, 2023 the allies");
    assert_eq!(d.written, "July 11, 2023");
    assert_eq!(d.value.start, ymd(2023, 7, 11));
    let d = only("from July 9–11, 2024");
    assert_eq!(d.value.end, Some(ymd(2024, 7, 11)));
}

#[test]
fn months_that_are_english_words_need_a_capital() {
    assert!(found("we may 5 times").is_empty());
    assert_eq!(only("on 5 May 2025").value.start, ymd(2025, 5, 5));
}

#[test]
fn kamerstuk_numbers_are_not_dates() {
    assert!(found("Kamerstuk 28 676, nr. 522 en Kamerstuk 21 501-20, nr. 2035").is_empty());
}

#[test]
fn amounts_counts_and_times_are_not_dates() {
    for text in [
        "een bedrag van 5 miljard euro",
        "de NAVO bestaat 76 jaar",
        "32 bondgenoten voldoen",
        "om 10.00 uur begint de top",
        "groei van 3,5 procent",
        "tot 2000 militairen",
        "EUR 2025 mln.",
        "in 12 juni2025",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn impossible_days_are_not_dates() {
    assert!(found("op 31 juni 2025").is_empty());
    assert!(found("op 0 juni").is_empty());
    assert!(found("op 32 juli").is_empty());
}

#[test]
fn a_backward_range_is_read_as_its_last_date() {
    assert_eq!(written("11–9 juli 2024"), ["9 juli 2024"]);
}

#[test]
fn numbers_inside_a_number_do_not_start_a_date() {
    assert!(found("3,5 juni").is_empty());
    assert!(found("600.000 juni").is_empty());
}

#[test]
fn bare_years_after_a_word_of_time_have_year_precision() {
    let d = only("De norm geldt vanaf 2035.");
    assert_eq!(d.written, "2035");
    assert_eq!(d.value.start.to_string(), "2035");
    assert_eq!(d.value.precision, DatePrecision::Year);
    assert_eq!(
        written("het Verdrag uit 1949 en sinds 2014"),
        ["1949", "2014"]
    );
    let d = only("in 2025–2030");
    assert_eq!(d.value.end.map(|e| e.year), Some(2030));
    assert!(found("nummer 2035 van de reeks").is_empty());
    assert!(found("in 1500 gevallen").is_empty());
}

#[test]
fn parts_of_a_year_or_month_are_periods() {
    let d = only("Dat gebeurt eind 2026.");
    assert_eq!(d.written, "eind 2026");
    assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::End));
    assert_eq!(d.value.start.to_string(), "2026");
    let d = only("medio 2025");
    assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::Middle));
    let d = only("Begin juli vergadert de Raad.");
    assert_eq!(d.value.start, ym(LETTER_YEAR, 7));
    assert_eq!(d.value.precision, DatePrecision::Part(PeriodPart::Begin));
    assert!(!d.value.year_stated);
    assert_eq!(only("by mid-2025").written, "mid-2025");
    assert!(found("in het begin van de top").is_empty());
}

#[test]
fn seasons_of_a_year_are_periods() {
    let d = only("in de zomer van 2023");
    assert_eq!(d.written, "zomer van 2023");
    assert_eq!(d.value.precision, DatePrecision::Season(Season::Summer));
    assert_eq!(d.value.start.to_string(), "2023");
    assert_eq!(
        only("het najaar 2024").value.precision,
        DatePrecision::Season(Season::Autumn)
    );
    assert!(found("in de zomer").is_empty());
}

#[test]
fn several_expressions_are_found_in_order() {
    let text = "Na de top van 9–11 juli 2024 in Washington volgde op 24 juni de top in Den Haag; \
                eind 2026 wordt gerapporteerd.";
    assert_eq!(written(text), ["9–11 juli 2024", "24 juni", "eind 2026"]);
}

#[test]
fn odd_input_never_panics() {
    for s in [
        "",
        "1",
        "31",
        "juni",
        "2025",
        "-",
        "–",
        "24 –",
        "24 juni –",
        "ï 24 ï juni",
        "24\u{a0}juni\u{a0}2025",
        "9–",
        "t/m",
        "mid-",
        "eind",
        "zomer van",
        "July 1,",
    ] {
        let _ = found(s);
    }
    assert_eq!(written("24\u{a0}juni"), ["24\u{a0}juni"]);
}

#[test]
fn whole_dates_are_read_in_dutch_and_english_written_out_or_abbreviated() {
    for (s, want) in [
        ("23 juni 2026", Some((2026, 6, 23))),
        ("3 mrt. 2025", Some((2025, 3, 3))),
        ("11 July 2023", Some((2023, 7, 11))),
        ("11 Jul. 2023", Some((2023, 7, 11))),
        ("July 11, 2023", Some((2023, 7, 11))),
        ("Tuesday, 11 July 2023", Some((2023, 7, 11))),
        ("woensdag 25 juni 2025", Some((2025, 6, 25))),
        ("11 juni. 2023", None),
        ("31 June 2023", None),
        ("11 July 2023 and more", None),
    ] {
        assert_eq!(
            parse_whole_date(s),
            want.map(|(y, m, d)| PartialDate::ymd(y, m, d)),
            "{s}"
        );
    }
    let (at, d) = parse_place_date("Brussels, 11 Jul. 2023").unwrap();
    assert_eq!((at, d), (10, PartialDate::ymd(2023, 7, 11)));
}
