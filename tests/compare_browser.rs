//! End-to-end tests of the compare view, in a real browser against the built bundle: choose
//! Washington and Den Haag and the theme of defence spending, open a cell, pick a passage, pick a
//! similar one and read the marked changes; reach similar passages from the reader and from
//! search; the URL restores every step; wide, dark and 375 px; over http and from the single file.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{http_base, js_str, serial, single_file_url, Browser};

/// Clicks the checkbox whose label contains `label`, and waits for the URL to change.
fn choose(b: &Browser, label: &str) {
    let before = b.url();
    let found = b.js(&format!(
        "document.querySelectorAll('[data-test-target]').forEach(e => e.removeAttribute('data-test-target'));
         const l = [...document.querySelectorAll('.cmp-choice')].find(l => l.textContent.includes('{}'));
         if (!l) return false; l.setAttribute('data-test-target', ''); return true;",
        js_str(label)
    ));
    assert_eq!(found, serde_json::json!(true), "no choice labelled {label}");
    b.click("[data-test-target] input");
    b.wait_for(
        &format!("the URL after choosing {label}"),
        &format!("location.href !== '{}'", js_str(&before)),
    );
    b.wait_for(
        "the matrix",
        "document.querySelector('[data-testid=compare-matrix]')",
    );
}

/// The header texts of the matrix's columns and rows.
fn matrix_heads(b: &Browser) -> (Vec<String>, Vec<String>) {
    let v = b.js(
        "return [[...document.querySelectorAll('.cmp-matrix thead th')].slice(1).map(e => e.textContent),
                 [...document.querySelectorAll('.cmp-matrix tbody th')].map(e => e.textContent)];",
    );
    let list = |x: &serde_json::Value| {
        x.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    (list(&v[0]), list(&v[1]))
}

/// Opens the compare view from the navigation, chooses Washington and Den Haag on defence
/// spending, opens the Den Haag cell, picks its second passage and compares it with the passage
/// most like it; checks the marks and that a reload restores the comparison.
fn washington_and_den_haag_on_defence_spending(b: &Browser, base: &str, shots: bool) {
    b.goto(&format!("{base}#/"));
    b.wait_ready();
    b.click("[data-testid=nav-compare]");
    b.wait_for(
        "the matrix",
        "document.querySelector('[data-testid=compare-matrix]')",
    );
    let (meetings, themes) = matrix_heads(b);
    assert_eq!(meetings.len(), 4, "{meetings:?}");
    assert!(
        meetings[0].contains("Washington") && meetings[3].contains("Ankara"),
        "{meetings:?}"
    );
    assert!(themes.len() >= 10, "{themes:?}");
    if shots {
        b.screenshot("compare-matrix-1280");
        b.assert_accessible("the compare matrix");
    }
    choose(b, "Washington");
    choose(b, "NAVO-top Den Haag");
    choose(b, "Defensie-uitgaven");
    let (meetings, themes) = matrix_heads(b);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    assert!(meetings[1].contains("Den Haag"), "{meetings:?}");
    assert_eq!(themes, ["Defensie-uitgaven"]);
    assert!(
        b.url()
            .contains("top=washington-2024&top=den-haag-2025&thema=defensie-uitgaven"),
        "{}",
        b.url()
    );
    let counts =
        b.js("return [...document.querySelectorAll('.cmp-count')].map(e => +e.textContent);");
    let counts: Vec<i64> = counts
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(counts.len(), 2);
    assert!(counts[1] > counts[0] && counts[0] > 0, "{counts:?}");
    // Open the Den Haag cell: its letters' passages side by side, words marked, with why.
    b.js("document.querySelectorAll('[data-testid=compare-cell]')[1].scrollIntoView();");
    b.click("td:nth-child(3) [data-testid=compare-cell]");
    b.wait_for(
        "the open cell",
        "document.querySelectorAll('[data-testid=compare-passage]').length > 2",
    );
    assert!(
        b.url().contains("open=defensie-uitgaven~den-haag-2025"),
        "{}",
        b.url()
    );
    let letters = b.js("return [...document.querySelectorAll('[data-testid=compare-letter]')].map(e => e.dataset.letter);");
    assert!(
        letters
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l.as_str().unwrap().starts_with("den-haag-2025")),
        "{letters}"
    );
    let why = b.text("[data-testid=compare-passage] .cmp-why");
    assert!(
        why.contains("Waarom") && why.contains("defensie-uitgaven"),
        "{why}"
    );
    assert!(b.count("[data-testid=compare-passage] mark") > 3);
    if shots {
        b.screenshot("compare-cell-open-1280");
        b.assert_accessible("an open cell");
    }
    // Pick the Hague Summit Declaration's paragraph, then the passage most like it.
    b.js("document.querySelector('[data-testid=compare-passage][data-n=\"12\"] [data-testid=compare-pick]').scrollIntoView();");
    b.click("[data-testid=compare-passage][data-n=\"12\"] [data-testid=compare-pick]");
    b.wait_for(
        "similar passages",
        "document.querySelectorAll('[data-testid=similar-passage]').length > 0",
    );
    assert!(
        b.url().contains("a=den-haag-2025-verslag~12"),
        "{}",
        b.url()
    );
    let first = b.js("const e = document.querySelector('[data-testid=similar-passage]'); return [e.dataset.letter, e.textContent];");
    assert_ne!(
        first[0], "den-haag-2025-verslag",
        "similar passages come from other letters"
    );
    if shots {
        b.screenshot("compare-similar-1280");
        b.assert_accessible("passage A with similar passages");
    }
    b.click("[data-testid=similar-passage] [data-testid=compare-with-a]");
    b.wait_for(
        "the diff",
        "document.querySelector('[data-testid=diff-counts]')",
    );
    let counts = b.text("[data-testid=diff-counts]");
    assert!(
        counts.contains("gelijk") && counts.contains("alleen in A"),
        "{counts}"
    );
    assert!(
        b.count("[data-testid=diff-a] del") > 0,
        "deletions marked in A"
    );
    assert!(
        b.count("[data-testid=diff-b] ins") > 0,
        "insertions marked in B"
    );
    assert!(
        b.count("[data-testid=diff-a] .d-same") > 0,
        "text in both shown dimmed"
    );
    // Marks say what they are in words too (struck through and underlined, and for screen
    // readers).
    let sr =
        b.js("return document.querySelector('[data-testid=diff-a] del .sr-only').textContent;");
    assert!(sr.as_str().unwrap().contains("alleen in A"), "{sr}");
    let deco = b.js("return getComputedStyle(document.querySelector('[data-testid=diff-a] del')).textDecorationLine;");
    assert!(deco.as_str().unwrap().contains("line-through"), "{deco}");
    if shots {
        b.screenshot("compare-diff-1280");
        b.assert_accessible("the diff side by side");
    }
    // The URL restores the comparison after a reload.
    let url = b.url();
    b.refresh();
    b.wait_ready();
    b.wait_for(
        "the diff after a reload",
        "document.querySelector('[data-testid=diff-counts]')",
    );
    assert_eq!(b.url(), url);
    assert_eq!(b.text("[data-testid=diff-counts]"), counts);
    // One column, then back to the matrix with the choice kept.
    b.click("[data-testid=diff-one-column]");
    b.wait_for(
        "one column",
        "document.querySelector('[data-testid=diff-inline]')",
    );
    assert!(
        b.count("[data-testid=diff-inline] del") > 0
            && b.count("[data-testid=diff-inline] ins") > 0
    );
    b.back();
    b.wait_for(
        "side by side again",
        "document.querySelector('[data-testid=diff-a]')",
    );
    b.click("[data-testid=compare-back]");
    b.wait_for(
        "the matrix again",
        "document.querySelector('[data-testid=compare-matrix]')",
    );
    assert_eq!(matrix_heads(b).1, ["Defensie-uitgaven"]);
    b.assert_no_console_errors();
}

#[test]
fn compare_washington_and_den_haag_on_defence_spending() {
    let _one = serial();
    let b = Browser::start();
    b.resize(1280, 900);
    washington_and_den_haag_on_defence_spending(&b, &http_base(), true);
}

#[test]
fn compare_in_the_single_file() {
    let _one = serial();
    let b = Browser::start();
    b.resize(1280, 900);
    washington_and_den_haag_on_defence_spending(&b, &single_file_url(), false);
}

#[test]
fn similar_passages_from_the_reader_and_from_search() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!(
        "{}#/brief/den-haag-2025-verslag/p/35",
        http_base()
    ));
    b.wait_ready();
    b.click("#p-35 [data-testid=compare-link]");
    b.wait_for(
        "similar passages",
        "document.querySelectorAll('[data-testid=similar-passage]').length > 0",
    );
    // The Hague's strategy on hybrid threats finds Washington's paragraph on hybrid attacks first.
    let first = b.js("const e = document.querySelector('[data-testid=similar-passage]'); return e.dataset.letter + ' ' + e.dataset.n;");
    assert_eq!(first, "washington-2024-verslag 11");
    assert!(
        b.count("[data-testid=similar-passage] mark") > 2,
        "shared words marked"
    );
    // The same theme in other letters, to choose B without knowing where to look.
    b.click(".cmp-same-theme summary");
    assert!(b.count(".cmp-same-theme [data-testid=compare-with-a]") > 5);
    b.assert_accessible("passage A from the reader");
    // From search results.
    b.goto(&format!("{}#/zoeken?q=Stinger", http_base()));
    b.wait_for("a result", "document.querySelector('[data-testid=result]')");
    b.click("[data-testid=result] [data-testid=compare-link]");
    b.wait_for(
        "passage A",
        "document.querySelector('[data-testid=compare-a-text]')",
    );
    assert!(b.text("[data-testid=compare-a-text]").contains("Stinger"));
    b.assert_no_console_errors();
}

#[test]
fn a_letters_passages_on_a_theme_against_another_letters_on_a_phone_and_in_the_dark() {
    let _one = serial();
    let b = Browser::start();
    b.resize(375, 800);
    b.prefer_dark(true);
    b.goto(&format!("{}#/vergelijken?open=oekraine", http_base()));
    b.wait_ready();
    b.wait_for(
        "the row's passages",
        "document.querySelectorAll('[data-testid=compare-letter]').length > 3",
    );
    b.screenshot("compare-row-375-dark");
    b.assert_accessible("an open row on a phone");
    // Washington's passages on Ukraine against Den Haag's.
    b.click("[data-letter=washington-2024-verslag] [data-testid=compare-pick-theme]");
    b.wait_for(
        "letters to compare with",
        "document.querySelectorAll('.cmp-same-theme [data-testid=compare-with-a]').length > 2",
    );
    b.click(".cmp-same-theme summary");
    b.js("[...document.querySelectorAll('.cmp-same-theme [data-testid=compare-with-a]')].find(a => a.textContent.includes('Den Haag van 24')).setAttribute('data-test-target', '');");
    b.click("[data-test-target]");
    // On a phone the diff reads in one column.
    b.wait_for(
        "the one-column diff",
        "document.querySelector('[data-testid=diff-inline]')",
    );
    assert!(
        b.url()
            .contains("a=washington-2024-verslag~oekraine&b=den-haag-2025-verslag~oekraine"),
        "{}",
        b.url()
    );
    let moved = b.count("[data-testid=diff-inline] .d-moved");
    let changed =
        b.count("[data-testid=diff-inline] del") + b.count("[data-testid=diff-inline] ins");
    assert!(changed > 10, "{changed} changes, {moved} moves");
    b.screenshot("compare-diff-375-dark");
    b.assert_accessible("the one-column diff in the dark");
    // Ignoring punctuation never finds more changes.
    let punct = b.text("[data-testid=diff-counts]");
    b.click("[data-testid=ignore-punctuation]");
    b.wait_for(
        "punctuation ignored",
        "location.hash.includes('leestekens=negeer')",
    );
    b.wait_for(
        "the diff",
        "document.querySelector('[data-testid=diff-counts]')",
    );
    assert!(
        !b.text("[data-testid=diff-counts]")
            .contains("leestekens anders"),
        "{punct}"
    );
    b.prefer_dark(false);
    b.assert_no_console_errors();
}

#[test]
fn broken_compare_links_still_open_the_view() {
    let _one = serial();
    let b = Browser::start();
    for hash in [
        "#/vergelijken?top=nergens&thema=niets",
        "#/vergelijken?open=onbekend~x",
        "#/vergelijken?a=onbekend~3",
        "#/vergelijken?a=den-haag-2025-verslag~999&b=x~y",
        "#/vergelijken?q=%E0&weergave=breed",
    ] {
        b.goto(&format!("{}{hash}", http_base()));
        b.wait_ready();
        b.wait_for(
            &format!("the compare view at {hash}"),
            "document.querySelector('[data-testid=compare-matrix], [data-testid=compare-missing]')",
        );
    }
    b.assert_no_console_errors();
}
