//! End-to-end tests of the search view, in a real browser against the built bundle (`dist/`, or
//! `SUMMIT_DIST`).

#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::json;
use support::{http_base, serial, single_file_url, Browser};

/// Types `text` into the search box one key at a time, as a person does.
fn type_query(b: &Browser, text: &str) {
    for c in text.chars() {
        b.js(&format!(
            "const i = document.getElementById('search-input'); i.value += {}; i.dispatchEvent(new Event('input', {{ bubbles: true }}));",
            json!(c.to_string())
        ));
    }
}

/// The result count line.
fn count(b: &Browser) -> String {
    b.text("[data-testid=result-count]")
}

#[test]
fn search_for_a_word_filter_and_open_a_result() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/", http_base()));
    b.wait_ready();
    // `/` focuses the search box from anywhere.
    b.js("document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));");
    b.wait_for(
        "the search box to have focus",
        "document.activeElement && document.activeElement.id === 'search-input'",
    );
    type_query(&b, "Oekraine");
    b.wait_for(
        "results",
        "document.querySelectorAll('[data-testid=result]').length > 5",
    );
    assert!(count(&b).contains("passages in"), "{}", count(&b));
    // Rows kept from earlier keystrokes link with the whole query, not the one they were drawn for.
    b.wait_for(
        "every result link to carry the query",
        "[...document.querySelectorAll('[data-testid=result] a.result-link')].every(a => a.getAttribute('href').endsWith('?q=Oekraine'))",
    );
    assert!(b.url().contains("#/zoeken?q=Oekraine"), "{}", b.url());
    // Marked words in the snippets are the folded query word (with and without diaeresis).
    let marked = b.js("return [...document.querySelectorAll('[data-testid=result] mark')].map(m => m.textContent);");
    assert!(
        marked.as_array().unwrap().iter().any(|m| m == "Oekraïne"),
        "{marked}"
    );
    b.screenshot("search-1280");
    // Filter by a facet: only the memo remains.
    b.click("[data-testid=facet-nota]");
    b.wait_for(
        "the kind filter in the URL",
        "location.hash.includes('soort=nota')",
    );
    b.wait_for("only memo results", "[...document.querySelectorAll('[data-testid=result]')].every(r => r.dataset.letter === 'ankara-2026-nota')");
    // The query and filter survive a reload.
    b.refresh();
    b.wait_ready();
    b.wait_for(
        "results after reload",
        "document.querySelectorAll('[data-testid=result]').length > 0",
    );
    assert_eq!(
        b.js("return document.getElementById('search-input').value;"),
        json!("Oekraine")
    );
    assert!(b.js("return [...document.querySelectorAll('[data-testid=result]')].every(r => r.dataset.letter === 'ankara-2026-nota');") == json!(true));
    // Open a result: the reader shows the passage with the words marked.
    b.click("[data-testid=result] a.result-link");
    b.wait_for(
        "the reader",
        "document.querySelector('[data-testid=reader][data-letter=ankara-2026-nota]')",
    );
    b.wait_for(
        "the target paragraph",
        "document.querySelector('.block.is-target')",
    );
    let marks = b.js(
        "return [...document.querySelectorAll('.block.is-target mark')].map(m => m.textContent);",
    );
    assert!(
        !marks.as_array().unwrap().is_empty(),
        "words are marked in the reader"
    );
    assert!(b.count("[data-testid=highlight-banner]") == 1);
    b.assert_no_console_errors();
}

#[test]
fn keyboard_moves_through_results_and_escape_clears() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/zoeken?q=drones", single_file_url()));
    b.wait_ready();
    b.wait_for(
        "results",
        "document.querySelectorAll('[data-testid=result]').length > 1",
    );
    b.js("document.getElementById('search-input').focus();");
    let press = |key: &str| {
        b.js(&format!(
            "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {{ key: '{key}', bubbles: true }}));"
        ));
    };
    press("ArrowDown");
    b.wait_for(
        "the first result focused",
        "document.activeElement === document.querySelector('[data-testid=result] a.result-link')",
    );
    press("ArrowDown");
    b.wait_for(
        "the second result focused",
        "document.activeElement === document.querySelectorAll('[data-testid=result] a.result-link')[1]",
    );
    press("ArrowUp");
    press("ArrowUp");
    b.wait_for(
        "back in the box",
        "document.activeElement.id === 'search-input'",
    );
    press("Escape");
    b.wait_for(
        "an empty box",
        "document.getElementById('search-input').value === '' && !location.hash.includes('q=')",
    );
    b.assert_no_console_errors();
}

#[test]
fn nothing_found_suggests_a_word_and_hostile_queries_are_harmless() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/zoeken?q=Rsulnad", http_base()));
    b.wait_ready();
    b.wait_for(
        "the empty state",
        "document.querySelector('[data-testid=no-results]')",
    );
    b.click("[data-testid=suggestion]");
    b.wait_for(
        "results for the suggestion",
        "document.querySelectorAll('[data-testid=result]').length > 0",
    );
    for q in [
        "%22unclosed",
        "-",
        "%F0%9F%98%80",
        "<img src=x onerror=alert(1)>",
        &"a".repeat(3000),
    ] {
        b.goto(&format!("{}#/zoeken?q={q}", http_base()));
        b.wait_ready();
        b.wait_for("the search view", "document.getElementById('search-input')");
        assert_eq!(b.count("img[src=x]"), 0, "query text is never HTML");
    }
    b.assert_no_console_errors();
}

#[test]
fn on_a_phone_the_filters_fold_away_and_stay_as_left_while_typing() {
    let _one = serial();
    let b = Browser::start();
    b.resize(375, 800);
    b.goto(&format!("{}#/zoeken?q=drones", http_base()));
    b.wait_ready();
    b.wait_for(
        "results",
        "document.querySelectorAll('[data-testid=result]').length > 0",
    );
    let folded = "!document.querySelector('[data-testid=facet-panel]').open";
    assert_eq!(b.js(&format!("return {folded};")), json!(true));
    // The first result is on the first screen, not below the filters.
    assert_eq!(
        b.js("return document.querySelector('[data-testid=result]').getBoundingClientRect().top < innerHeight;"),
        json!(true)
    );
    b.screenshot("search-375");
    b.click("[data-testid=facet-panel] > summary");
    b.wait_for(
        "the filters unfolded",
        "document.querySelector('[data-testid=facet-panel]').open",
    );
    type_query(&b, " Oekraine");
    b.wait_for("new results", "location.hash.includes('Oekraine')");
    b.wait_for(
        "the filters still unfolded",
        "document.querySelector('[data-testid=facet-panel]').open && document.querySelector('[data-testid=facet-verslag]')",
    );
    b.assert_no_console_errors();
}

/// Clears the search box as a person does (Escape) and types `text` with real key presses.
fn retype(b: &Browser, text: &str) {
    b.js("document.getElementById('search-input').focus();");
    b.press("\u{e00c}"); // Escape
    b.wait_for(
        "an empty box",
        "document.getElementById('search-input').value === ''",
    );
    b.press(text);
    b.wait_for(
        "the query in the URL",
        &format!(
            "decodeURIComponent(location.hash.replace(/\\+/g, ' ')).endsWith({})",
            json!(format!("q={text}"))
        ),
    );
}

/// The texts of the marks of every result, one list per result.
fn marks_per_result(b: &Browser, selector: &str) -> Vec<Vec<String>> {
    let v = b.js(&format!(
        "return [...document.querySelectorAll('[data-testid=result]')].map(r => [...r.querySelectorAll({})].map(m => m.textContent));",
        json!(selector)
    ));
    serde_json::from_value(v).unwrap()
}

#[test]
fn compounds_figures_and_every_searched_word_are_shown_in_the_results() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/zoeken", http_base()));
    b.wait_ready();
    // A part finds the closed compound, marked as a part inside the word; the word itself first.
    retype(&b, "pakket");
    b.wait_for(
        "a part mark in steunpakket",
        "[...document.querySelectorAll('[data-testid=result] mark.part')].some(m => m.textContent === 'pakket' && m.parentNode.textContent.includes('steunpakket'))",
    );
    assert!(marks_per_result(&b, "mark:not(.part)")[0]
        .iter()
        .any(|m| m.to_lowercase().starts_with("pakket")));
    b.screenshot("search-part-1280");
    // A suspended compound is found as the compound it stands for, marked whole.
    retype(&b, "luchtverdediging");
    b.wait_for(
        "the suspended compound marked",
        "[...document.querySelectorAll('[data-testid=result] mark')].some(m => m.textContent === 'lucht- en raketverdediging')",
    );
    // A figure is found however it is written, in both ways the letters write it.
    retype(&b, "3.5 percent");
    b.wait_for(
        "the 3.5 % norm in the Ankara agenda and the Den Haag report",
        "['ankara-2026-geannoteerde-agenda', 'den-haag-2025-verslag'].every(l => document.querySelector(`[data-testid=result][data-letter=${l}]`))",
    );
    let figures: Vec<String> = marks_per_result(&b, "mark").concat();
    assert!(figures.iter().any(|m| m == "3,5%"), "{figures:?}");
    assert!(figures.iter().any(|m| m == "3,5 procent"), "{figures:?}");
    // Every searched word is shown in every snippet.
    retype(&b, "oekraine drones");
    b.wait_for(
        "results for both words",
        "document.querySelectorAll('[data-testid=result]').length > 1 && location.hash.includes('drones')",
    );
    for marks in marks_per_result(&b, ".result-snippet mark") {
        let folded: Vec<String> = marks
            .iter()
            .map(|m| m.to_lowercase().replace('ï', "i"))
            .collect();
        assert!(folded.iter().any(|m| m.starts_with("oekrain")), "{marks:?}");
        assert!(folded.iter().any(|m| m.starts_with("drone")), "{marks:?}");
    }
    // A hit found through its heading says so, with the heading's words marked.
    retype(&b, "Overige onderwerpen");
    b.wait_for(
        "a hit from its heading",
        "[...document.querySelectorAll('[data-testid=result] .result-where')].some(w => w.textContent.includes('in de kop'))",
    );
    assert!(b.count("[data-testid=result] .result-section mark") >= 2);
    b.assert_accessible("search results with part marks and a heading hit");
    b.resize(375, 800);
    b.screenshot("search-heading-375");
    b.prefer_dark(true);
    retype(&b, "pakket");
    b.wait_for(
        "part marks in dark mode",
        "document.querySelector('[data-testid=result] mark.part')",
    );
    b.assert_accessible("search results in dark mode");
    b.screenshot("search-part-375-dark");
    b.assert_no_console_errors();
}
