//! End-to-end tests of the key figures and the glossary, in a real browser against the built
//! bundle (`dist/`, or `SUMMIT_DIST`): follow the spending norm across the meetings, filter and
//! export, open a figure's sentence; an acronym explains itself on hover and on keyboard focus;
//! search the glossary and open a mention; a phone, dark mode and the single file.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{http_base, serial, single_file_url, Browser};
use thirtyfour::Key;

/// The table of the spending norm.
const NORM_TABLE: &str = "[data-topic=defensienorm] table";

/// The texts of the cells of the row `subject` of the table `table`, by the header of their
/// column (`Washington D.C. 2024: ten minste 2% van het bbp | meer dan 2%`).
fn row_by_column(b: &Browser, table: &str, subject: &str) -> Vec<String> {
    let script = format!(
        "const t = document.querySelector({table:?});
         const heads = [...t.querySelectorAll('thead th')].map(h => h.textContent.trim());
         const row = [...t.querySelectorAll('tbody tr')].find(r => r.querySelector('th').textContent.trim() === {subject:?});
         if (!row) return [];
         return [...row.querySelectorAll('td')].map((td, i) => heads[i + 1] + ': ' +
             [...td.querySelectorAll('li')].map(li => li.textContent.trim()).join(' | '));"
    );
    b.js(&script)
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Opens the key figures at `base` and waits for the spending norm's table.
fn open_figures(b: &Browser, base: &str) {
    b.goto(&format!("{base}#/cijfers"));
    b.wait_ready();
    b.wait_for(
        "the spending norm's table",
        &format!("document.querySelector({NORM_TABLE:?})"),
    );
}

#[test]
fn follow_the_spending_norm_across_the_meetings_and_open_a_source_sentence() {
    let _guard = serial();
    let b = Browser::start();
    b.resize(1280, 1000);
    open_figures(&b, &http_base());
    let row = row_by_column(&b, NORM_TABLE, "NAVO-norm kerndefensie-uitgaven");
    let cell = |meeting: &str| {
        row.iter()
            .find(|c| c.starts_with(meeting))
            .cloned()
            .unwrap_or_else(|| panic!("no column {meeting} in {row:?}"))
    };
    assert!(cell("Washington").contains("ten minste 2%"), "{row:?}");
    assert!(cell("Den Haag").contains("3,5 procent"), "{row:?}");
    assert!(cell("Ankara").contains("3,5%"), "{row:?}");
    let dutch = row_by_column(
        &b,
        NORM_TABLE,
        "Nederland: defensie-uitgaven incl. steun Oekraïne",
    );
    assert!(
        dutch
            .iter()
            .any(|c| c.starts_with("Ankara") && c.contains("2,26%")),
        "{dutch:?}"
    );
    // The chart draws the same figures, a column per meeting.
    let chart = b.text("[data-testid=figures-chart]");
    for meeting in ["Washington", "Den Haag", "Ankara"] {
        assert!(chart.contains(meeting), "{chart}");
    }
    assert!(b.count("[data-testid=figures-chart] circle") >= 6);
    b.screenshot("figures-1280");
    b.assert_accessible("the key figures");

    // The export holds what is shown, as written.
    let csv = b.js("return decodeURIComponent(document.querySelector('[data-testid=figures-export]').getAttribute('href').split(',').slice(1).join(','));");
    let csv = csv.as_str().unwrap_or_default();
    assert!(
        csv.contains("\"circa 94 miljard USD\",\"usd:94000000000\""),
        "{csv}"
    );

    // Only amounts, chosen with the keyboard.
    let all = b.text("[data-testid=figure-count]");
    b.js("document.getElementById('figures-letter').focus();");
    b.press(&Key::Tab.value().to_string());
    b.wait_for(
        "the kind filter to have focus",
        "document.activeElement.id === 'figures-kind'",
    );
    b.press(&Key::Down.value().to_string());
    b.wait_for("only amounts", "location.hash.includes('soort=amount')");
    assert_ne!(b.text("[data-testid=figure-count]"), all);
    assert_eq!(
        b.js("return document.activeElement.id;"),
        "figures-kind",
        "the filter keeps the focus"
    );
    let amounts = b.js("return [...document.querySelectorAll('[data-testid=figure-link]')].map(a => a.textContent);");
    for a in amounts.as_array().unwrap() {
        let a = a.as_str().unwrap();
        assert!(
            a.contains("EUR") || a.contains("euro") || a.contains("USD"),
            "{a}"
        );
    }
    b.back();
    b.wait_for("every kind again", "!location.hash.includes('soort=')");

    // Open the Washington figure's sentence.
    b.click("[data-topic=defensienorm] a[href*='washington-2024-verslag']");
    b.wait_for(
        "the reader",
        "document.querySelector('[data-testid=reader]')",
    );
    let marked = b.wait_for(
        "the sentence marked",
        "(document.querySelector('.is-target mark') || {}).textContent",
    );
    assert!(
        marked
            .as_str()
            .unwrap_or_default()
            .contains("2% van het bbp"),
        "{marked}"
    );
    b.assert_no_console_errors();
}

#[test]
fn acronyms_explain_themselves_on_hover_and_on_keyboard_focus() {
    let _guard = serial();
    let b = Browser::start();
    b.resize(1280, 1000);
    b.goto(&format!("{}#/brief/washington-2024-verslag", http_base()));
    b.wait_ready();
    let nsatu = "[data-testid=term][aria-describedby]";
    b.wait_for(
        "acronyms in the text",
        &format!("document.querySelector({nsatu:?})"),
    );
    let tip_shown = |b: &Browser, term: &str| {
        b.js(&format!(
            "const t = [...document.querySelectorAll('[data-testid=term]')].find(e => e.firstChild.textContent === {term:?});
             const tip = document.getElementById(t.getAttribute('aria-describedby'));
             return getComputedStyle(tip).display !== 'none' ? tip.textContent : '';"
        ))
        .as_str()
        .unwrap_or_default()
        .to_string()
    };
    assert_eq!(tip_shown(&b, "NSATU"), "", "hidden until asked for");
    // Keyboard: Tab from the link before it reaches the acronym, which shows its meaning.
    b.js("const t = [...document.querySelectorAll('[data-testid=term]')].find(e => e.firstChild.textContent === 'NSATU');
          const before = [...document.querySelectorAll('a, [tabindex=\"0\"]')].filter(e => e.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
          before.focus();");
    for _ in 0..5 {
        if b.js("return document.activeElement.firstChild && document.activeElement.firstChild.textContent === 'NSATU';") == true {
            break;
        }
        b.press(&Key::Tab.value().to_string());
    }
    assert_eq!(
        tip_shown(&b, "NSATU"),
        "NATO Security Assistance and Training for Ukraine"
    );
    b.screenshot("reader-acronym-focus-1280");
    b.press(&Key::Escape.value().to_string());
    b.wait_for(
        "the tooltip dismissed",
        "!document.activeElement.matches('[data-testid=term]')",
    );
    assert_eq!(tip_shown(&b, "NSATU"), "");
    // Pointer: hovering shows it too.
    b.js("window.scrollTo(0, 0);");
    b.hover("[data-testid=term]");
    let first = b.js("return document.querySelector('[data-testid=term]').firstChild.textContent;");
    assert!(!tip_shown(&b, first.as_str().unwrap()).is_empty());
    b.assert_accessible("the reader with acronyms");
    b.assert_no_console_errors();
}

#[test]
fn search_the_glossary_and_open_a_mention() {
    let _guard = serial();
    let b = Browser::start();
    b.resize(1280, 1000);
    b.goto(&format!("{}#/begrippen", http_base()));
    b.wait_ready();
    b.wait_for(
        "the glossary",
        "document.querySelectorAll('[data-testid=glossary-entry]').length > 20",
    );
    b.assert_accessible("the glossary");
    b.click("[data-testid=glossary-input]");
    b.press("dpap");
    b.wait_for(
        "one entry",
        "document.querySelectorAll('[data-testid=glossary-entry]').length === 1",
    );
    assert!(location_has(&b, "q=dpap"));
    let entry = b.text("[data-testid=glossary-entry]");
    assert!(entry.contains("Defence Production Action Plan"), "{entry}");
    b.click("[data-testid=glossary-entry] summary");
    b.click("[data-testid=glossary-mention]");
    let marked = b.wait_for(
        "the sentence marked",
        "(document.querySelector('.is-target mark') || {}).textContent",
    );
    assert!(
        marked.as_str().unwrap_or_default().contains("DPAP"),
        "{marked}"
    );
    b.assert_no_console_errors();
}

/// True when the URL holds `part`.
fn location_has(b: &Browser, part: &str) -> bool {
    b.js("return location.hash;")
        .as_str()
        .is_some_and(|h| h.contains(part))
}

#[test]
fn figures_and_glossary_on_a_phone_in_dark_mode_from_the_single_file() {
    let _guard = serial();
    let b = Browser::start();
    b.resize(375, 800);
    open_figures(&b, &single_file_url());
    // The page is no wider than the window (Firefox keeps its window at least 500 px wide).
    let widths = b
        .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
    assert!(
        widths[0].as_i64().unwrap_or(9999) <= widths[1].as_i64().unwrap_or(0).max(375),
        "the page is wider than the window: {widths}"
    );
    b.screenshot("figures-375");
    b.prefer_dark(true);
    b.screenshot("figures-375-dark");
    b.assert_accessible("the key figures in dark mode");
    b.prefer_dark(false);
    b.goto(&format!("{}#/begrippen?q=navo", single_file_url()));
    b.wait_ready();
    b.wait_for(
        "entries",
        "document.querySelectorAll('[data-testid=glossary-entry]').length > 1",
    );
    // The page is no wider than the window (Firefox keeps its window at least 500 px wide).
    let widths = b
        .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
    assert!(
        widths[0].as_i64().unwrap_or(9999) <= widths[1].as_i64().unwrap_or(0).max(375),
        "the page is wider than the window: {widths}"
    );
    b.screenshot("glossary-375");
    b.assert_no_console_errors();
}
