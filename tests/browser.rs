//! End-to-end tests in a real browser, against the built bundle: `dist/` over http and the single
//! file over file://. Each test acts as a person (opens, clicks, reads) and fails on any console
//! error. Run by `cargo xtask test`, which builds `dist/` first.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{
    block_containing, corpus_letters, dist, http_base, js_str, serial, single_file_url, test_pages,
    Browser,
};

/// Both ways of opening the explorer.
fn bases() -> [(&'static str, String); 2] {
    [("http", http_base()), ("file", single_file_url())]
}

/// The library lists every letter of the corpus, with its title and a link to the reader.
fn assert_library_lists_every_letter(b: &Browser) {
    let letters = corpus_letters();
    b.wait_for(
        "the letter list",
        "document.querySelectorAll('[data-testid=letter-item]').length > 0",
    );
    assert_eq!(b.count("[data-testid=letter-item]"), letters.len());
    for (id, title) in &letters {
        let shown = b.js(&format!(
            "const a = document.querySelector('[data-testid=letter-item] a[href=\"#/brief/{}\"]'); return a && a.textContent;",
            js_str(id)
        ));
        assert_eq!(
            shown.as_str(),
            Some(title.as_str()),
            "letter {id} is listed with its title"
        );
    }
}

#[test]
fn library_lists_every_letter_over_http() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&http_base());
    b.wait_ready();
    assert_library_lists_every_letter(&b);
    b.screenshot("library-1280");
    b.resize(375, 800);
    b.screenshot("library-375");
    b.assert_no_console_errors();
}

#[test]
fn library_lists_every_letter_from_single_file_offline() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&single_file_url());
    b.wait_ready();
    let csp = b.js(
        "const m = document.querySelector('meta[http-equiv=Content-Security-Policy]'); return m && m.content;",
    );
    let csp = csp.as_str().expect("the single file carries a CSP");
    assert!(
        csp.contains("default-src 'none'") && csp.contains("connect-src 'none'"),
        "{csp}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('script[src], link[href]:not([href^=\"data:\"])').length;"),
        serde_json::json!(0),
        "the single file loads nothing from outside"
    );
    assert_library_lists_every_letter(&b);
    b.assert_no_console_errors();
}

#[test]
fn sort_the_library_oldest_first() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&http_base());
    b.wait_ready();
    let first = |b: &Browser| {
        b.js("return document.querySelector('[data-testid=letter-item]').dataset.letter;")
    };
    let newest_first = first(&b);
    b.click("[data-testid=sort-date] a[href='#/?sort=oud']");
    b.wait_for("the oldest-first order", "location.hash === '#/?sort=oud'");
    b.wait_for(
        "the list to change",
        &format!(
            "document.querySelector('[data-testid=letter-item]').dataset.letter !== {newest_first}"
        ),
    );
    assert_eq!(first(&b), serde_json::json!("washington-2024-verslag"));
    b.assert_no_console_errors();
}

#[test]
fn open_a_letter_and_follow_a_paragraph_link() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&http_base());
    b.wait_ready();
    b.click("[data-testid=letter-item] a[href='#/brief/den-haag-2025-verslag']");
    b.wait_for(
        "the reader",
        "document.querySelector('[data-testid=reader][data-letter=den-haag-2025-verslag]')",
    );
    assert!(b.count("[data-testid=block]") > 20);
    assert!(b.text("[data-testid=reader] h1").contains("Den Haag"));
    b.screenshot("reader-1280");
    b.resize(375, 800);
    b.screenshot("reader-375");
    b.resize(1280, 900);
    let n = block_containing("den-haag-2025-verslag", "motie Eerdmans");
    assert_eq!(
        n, 14,
        "the pinned paragraph numbering of the Den Haag report"
    );
    b.click("#p-14 [data-testid=permalink]");
    b.wait_for(
        "the paragraph link",
        "location.hash === '#/brief/den-haag-2025-verslag/p/14'",
    );
    b.wait_for(
        "the highlighted paragraph",
        "document.querySelector('#p-14.is-target')",
    );
    assert_eq!(b.count(".block.is-target"), 1);
    // The paragraph with the footnote marker of motie Eerdmans links to its note and back.
    assert!(b.text("#p-14").contains("motie Eerdmans"));
    b.click("#p-14 .fn-ref a");
    b.wait_for("the footnote", "document.querySelector('#fn-2.is-target')");
    assert!(b.text("#fn-2").contains("Kamerstuk 28 676, nr. 528"));
    b.back();
    b.wait_for(
        "back to the paragraph",
        "location.hash === '#/brief/den-haag-2025-verslag/p/14'",
    );
    b.back();
    b.wait_for(
        "back to the letter",
        "location.hash === '#/brief/den-haag-2025-verslag'",
    );
    b.wait_for(
        "no highlight",
        "document.querySelectorAll('.is-target').length === 0",
    );
    b.forward();
    b.wait_for(
        "forward to the paragraph",
        "document.querySelector('#p-14.is-target')",
    );
    b.assert_no_console_errors();
}

#[test]
fn paragraph_deep_link_opens_that_paragraph() {
    let _one = serial();
    let b = Browser::start();
    let n = block_containing("washington-2024-verslag", "motie-Piri");
    for (how, base) in bases() {
        b.goto(&format!("{base}#/brief/washington-2024-verslag/p/{n}"));
        b.wait_ready();
        b.wait_for(
            &format!("paragraph {n} over {how}"),
            &format!("document.querySelector('#p-{n}.is-target')"),
        );
        let in_view = b.js(&format!(
            "const r = document.querySelector('#p-{n}').getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight;"
        ));
        assert_eq!(
            in_view,
            serde_json::json!(true),
            "paragraph {n} is scrolled into view over {how}"
        );
        assert!(b.text(&format!("#p-{n}")).contains("motie-Piri"));
        b.screenshot(&format!("deep-link-{how}"));
        b.assert_no_console_errors();
    }
}

#[test]
fn switch_language_to_english_and_back() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&http_base());
    b.wait_ready();
    assert_eq!(b.text("[data-testid=nav-library]"), "Bibliotheek");
    assert_eq!(
        b.js("return document.documentElement.lang;"),
        serde_json::json!("nl")
    );
    b.click("[data-testid=lang-toggle]");
    b.wait_for(
        "English labels",
        "document.querySelector('[data-testid=nav-library]').textContent === 'Library'",
    );
    assert_eq!(
        b.js("return document.documentElement.lang;"),
        serde_json::json!("en")
    );
    assert_eq!(b.text("[data-testid=nav-search]"), "Search");
    b.refresh();
    b.wait_ready();
    b.wait_for(
        "the choice to be remembered",
        "document.querySelector('[data-testid=nav-library]').textContent === 'Library'",
    );
    b.click("[data-testid=lang-toggle]");
    b.wait_for(
        "Dutch labels",
        "document.querySelector('[data-testid=nav-library]').textContent === 'Bibliotheek'",
    );
    b.assert_no_console_errors();
}

#[test]
fn strange_urls_show_a_message_not_a_blank_page() {
    let _one = serial();
    let b = Browser::start();
    let base = http_base();
    for hash in [
        "#/brief/nope",
        "#/brief/den-haag-2025-verslag/p/99999",
        "#/%%%",
        "#/brief/x/p/-1",
        "#/<script>",
    ] {
        b.goto(&format!("{base}{hash}"));
        b.wait_ready();
        b.wait_for(
            &format!("a not-found message for {hash}"),
            "document.querySelector('[data-testid=not-found]')",
        );
        assert!(b.count("a[href='#/']") > 0, "a way back from {hash}");
    }
    // The timeline and compare views.
    for (hash, shown) in [
        ("#/tijdlijn", "[data-testid=timeline] h1"),
        ("#/vergelijken", "[data-testid=compare-matrix]"),
    ] {
        b.goto(&format!("{base}{hash}"));
        b.wait_for(
            &format!("the page at {hash}"),
            &format!("document.querySelector('{shown}')"),
        );
    }
    // Search links with broken escapes, unknown filters or a bad order still show the search.
    for hash in [
        "#/zoeken",
        "#/zoeken?q=%",
        "#/zoeken?q=%E0%A4%A&soort=%3Cscript%3E&sort=zijwaarts",
        "#/zoeken?jaar=abc&top=&&&",
    ] {
        b.goto(&format!("{base}{hash}"));
        b.wait_for(
            &format!("the search box at {hash}"),
            "document.getElementById('search-input')",
        );
    }
    b.assert_no_console_errors();
}

#[test]
fn cite_a_paragraph_with_its_link() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!(
        "{}#/brief/antalya-2025-verslag/p/3",
        single_file_url()
    ));
    b.wait_ready();
    b.click("#p-3 [data-testid=cite]");
    let citation = b.wait_for(
        "the citation",
        "document.querySelector('[data-testid=citation-text]').value",
    );
    let citation = citation.as_str().unwrap();
    assert!(
        citation.starts_with("“Op woensdag 14 en donderdag 15 mei 2025"),
        "{citation}"
    );
    assert!(citation.contains("23 mei 2025"), "{citation}");
    assert!(
        citation.ends_with("summit-explorer.html#/brief/antalya-2025-verslag/p/3"),
        "{citation}"
    );
    b.click("[data-testid=copy-citation]");
    b.wait_for(
        "a copy status",
        "document.querySelector('.citation-status').textContent.length > 0",
    );
    b.screenshot("citation");
    b.assert_no_console_errors();
}

#[test]
fn every_view_meets_wcag_2_1_a_and_aa() {
    let _one = serial();
    let b = Browser::start();
    let views = [
        ("the library", "#/", "[data-testid=letter-item]"),
        (
            "the reader",
            "#/brief/washington-2024-verslag/p/3",
            "[data-testid=reader]",
        ),
        ("search", "#/zoeken?q=Oekraine", "[data-testid=result]"),
        ("the timeline", "#/tijdlijn", "[data-testid=timeline-mark]"),
        (
            "the timeline's list",
            "#/tijdlijn?weergave=lijst",
            "[data-testid=timeline-item]",
        ),
        ("compare", "#/vergelijken", "[data-testid=compare-matrix]"),
    ];
    for (name, hash, ready) in views {
        b.goto(&format!("{}{hash}", http_base()));
        b.wait_ready();
        b.wait_for(
            name,
            &format!("document.querySelector('{}')", js_str(ready)),
        );
        b.assert_accessible(name);
    }
    b.assert_no_console_errors();
}

/// The page of `dist/index.html` that the build wrote in for the start address.
fn start_page_written_by_the_build() -> String {
    let html = std::fs::read_to_string(dist().join("index.html")).expect("dist/index.html");
    let start = html
        .find("<div id=\"prerender\">")
        .expect("the build wrote the start page into index.html");
    let end =
        start + html[start..].find("</footer></div>").expect("its end") + "</footer></div>".len();
    html[start..end].to_string()
}

/// A page's elements as text with their attributes in name order, leaving out comments, the
/// white space between the page's own blocks, scripts, the start-up notices, the skip link and
/// the embed dialog (closed: it shows nothing).
const NORMALISE_JS: &str = r#"
const norm = (n) => {
  if (n.nodeType === 3) return n.parentNode === document.body && !n.data.trim() ? "" : n.data;
  if (n.nodeType !== 1) return "";
  if (n.matches("script, noscript, dialog, .skip-link, #boot-error, #boot-loader")) return "";
  const attrs = [...n.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(" ");
  return `<${n.localName} ${attrs}>${[...n.childNodes].map(norm).join("")}</${n.localName}>`;
};
"#;

#[test]
fn the_start_page_written_by_the_build_is_the_page_the_app_draws() {
    let _one = serial();
    let b = Browser::start();
    let written = start_page_written_by_the_build();
    for (how, base) in bases() {
        b.goto("about:blank");
        b.goto(&base);
        b.wait_ready();
        assert_eq!(
            b.js("return document.getElementById('prerender') === null;"),
            serde_json::json!(true),
            "{how}: the app took the page over"
        );
        assert_eq!(
            b.js("return document.documentElement.dataset.prerender || null;"),
            serde_json::Value::Null,
            "{how}: the start page was not turned off at the start address"
        );
        let pair = b.js(&format!(
            "{NORMALISE_JS}
             const t = document.createElement('template');
             t.innerHTML = {};
             const written = [...t.content.firstElementChild.childNodes].map(norm).join('');
             const drawn = [...document.body.childNodes].map(norm).join('');
             return [written, drawn];",
            serde_json::json!(written)
        ));
        assert!(pair[0].as_str().is_some_and(|w| w.contains("letter-item")));
        assert_eq!(
            pair[0], pair[1],
            "{how}: the written page is the drawn page"
        );
    }
    b.assert_no_console_errors();
}

#[test]
fn the_start_page_is_read_before_the_app_runs_and_only_at_the_start_address() {
    let _one = serial();
    let b = Browser::start();
    // The single file without its app: what a person sees while the app starts (or in a browser
    // that cannot run it).
    let file = std::fs::read_to_string(dist().join("summit-explorer.html")).unwrap();
    let start = file
        .find("<script type=\"module\">")
        .expect("the app's script");
    let end = start + file[start..].find("</script>").unwrap() + "</script>".len();
    let without_app = test_pages().join("start-page-without-app.html");
    std::fs::write(&without_app, format!("{}{}", &file[..start], &file[end..])).unwrap();
    b.goto(&format!("file://{}", without_app.display()));
    let shown = b.wait_for(
        "the letters of the written start page",
        "document.querySelectorAll('#prerender [data-testid=letter-item] h2 a').length",
    );
    assert_eq!(shown, serde_json::json!(corpus_letters().len()));
    assert_eq!(
        b.js(
            "return [getComputedStyle(document.getElementById('prerender')).display, \
              getComputedStyle(document.getElementById('boot-loader')).display];"
        ),
        serde_json::json!(["contents", "none"]),
        "the start page shows, the loading notice does not"
    );
    b.by_role("link", "Bibliotheek");
    b.by_role("heading", "Bibliotheek");
    b.assert_no_console_errors();

    // Any other address, and English as the stored language, turn it off: the loading notice
    // shows until the app draws the page asked for.
    for (how, url, lang) in [
        (
            "the search",
            format!("{}#/zoeken?q=navo", single_file_url()),
            None,
        ),
        ("an embed", format!("{}?embed", http_base()), None),
        ("English", http_base(), Some("en")),
    ] {
        b.goto("about:blank");
        b.goto(&http_base());
        b.js(&match lang {
            Some(l) => format!("localStorage.setItem('summit-explorer.lang', '{l}');"),
            None => "localStorage.removeItem('summit-explorer.lang');".to_string(),
        });
        b.goto("about:blank");
        b.goto(&url);
        b.wait_ready();
        assert_eq!(
            b.js("return document.documentElement.dataset.prerender || null;"),
            serde_json::json!("off"),
            "{how}: the start page is turned off"
        );
        assert_eq!(
            b.js("return document.getElementById('prerender') === null;"),
            serde_json::json!(true)
        );
    }
    b.js("localStorage.removeItem('summit-explorer.lang');");
    b.assert_no_console_errors();
}
