//! Embedding, in a real browser: the example host page (`examples/embed.html`) with two iframe
//! embeds and two custom-element embeds, over http and from file://; no style leaking either
//! way; the explorer in a sandboxed iframe (no storage) following the host's messages and
//! ignoring malformed ones; and the "Embed" and "Copy link" buttons of the full app.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{http_base, http_origin, root, serial, single_file_url, Browser};
use thirtyfour::prelude::Key;

/// The example page over http (`dist/` and `examples/` side by side) and from disk.
fn example_pages() -> [(&'static str, String); 2] {
    [
        ("http", format!("{}/examples/embed.html", http_origin())),
        (
            "file",
            format!("file://{}", root().join("examples/embed.html").display()),
        ),
    ]
}

/// The folder of the explorer, over http and on disk, for host pages the tests write.
fn explorer_bases() -> [(&'static str, String); 2] {
    let file = single_file_url();
    [
        ("http", http_base()),
        ("file", file[..file.rfind('/').unwrap() + 1].to_string()),
    ]
}

/// Writes a host page for a test under `target/test-pages/` and returns its URL: over http
/// (served at `/pages/`) or from disk, like the base it refers to.
fn host_page(name: &str, how: &str, html: &str) -> String {
    let dir = support::test_pages();
    let file = format!("{name}-{how}.html");
    std::fs::write(dir.join(&file), html).expect("writing a test page");
    match how {
        "http" => format!("{}/pages/{file}", http_origin()),
        _ => format!("file://{}", dir.join(&file).display()),
    }
}

/// Ctrl+A, which selects the text of a field (then typing replaces it).
fn select_all() -> String {
    format!("{}a{}", Key::Control.value(), Key::Null.value())
}

/// JS: the shadow root of the element with `id`.
fn shadow(id: &str) -> String {
    format!("document.getElementById('{id}').shadowRoot")
}

#[test]
fn the_example_page_embeds_two_views_both_ways() {
    let _one = serial();
    let b = Browser::start();
    for (how, url) in example_pages() {
        b.goto(&url);
        b.wait_for(
            "both elements to start",
            "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2",
        );
        // The element shows the paragraph it names, in English, without the app's header.
        let reader = shadow("element-reader");
        b.wait_for(
            "the paragraph in the element",
            &format!("{reader}.querySelector('#p-11.is-target')"),
        );
        assert_eq!(
            b.js(&format!(
                "return {reader}.querySelectorAll('.site-header, nav').length;"
            )),
            0
        );
        let open = b.js(&format!(
            "return {reader}.querySelector('[data-testid=embed-open-full]').textContent;"
        ));
        assert!(
            open.as_str().unwrap().contains("full explorer"),
            "{how}: {open}"
        );
        // The library element: opening a letter changes that element only, and not the page's
        // address; the page hears of it.
        let library = shadow("element-library");
        b.wait_for(
            "the library",
            &format!("{library}.querySelector('[data-testid=letter-item] a')"),
        );
        let letter = b.js(&format!(
            "return {library}.querySelector('[data-testid=letter-item] a').textContent;"
        ));
        // The frames above size themselves as they load, which moves the element: a click
        // waits until its link has stood still for a while, as a person's would.
        b.wait_for(
            "the element's place to settle",
            &format!(
                "(() => {{ const y = Math.round({library}.querySelector('[data-testid=letter-item] a').getBoundingClientRect().top + scrollY); \
                 const now = performance.now(); if (window.__linkY !== y) {{ window.__linkY = y; window.__linkSince = now; }} \
                 return now - window.__linkSince > 500; }})()"
            ),
        );
        b.click_role("link", letter.as_str().unwrap());
        b.wait_for(
            "the letter in the element",
            &format!("{library}.querySelector('.reader')"),
        );
        assert_eq!(b.js("return location.hash;"), "");
        let heard = b.wait_for(
            "the route event",
            "document.getElementById('element-route').textContent.startsWith('#/brief/') && document.getElementById('element-route').textContent",
        );
        assert!(heard.as_str().unwrap().starts_with("#/brief/"), "{heard}");
        assert!(b
            .js(&format!("return !!{reader}.querySelector('#p-11');"))
            .as_bool()
            .unwrap());
        // The host changes an element's attributes: it follows.
        b.click_role("button", "timeline of June 2025");
        b.wait_for(
            "the timeline in the element",
            &format!("{reader}.querySelector('[data-testid=timeline-chart], .tl-list')"),
        );
        assert_eq!(b.js("return location.hash;"), "");

        // The frames size themselves to their content (the host script).
        b.wait_for(
            "the frames' heights",
            "['frame-timeline', 'frame-search'].every(id => parseInt(document.getElementById(id).style.height) > 200)",
        );
        // The host asks the search frame for another search; the frame tells what it shows.
        b.click_role("button", "Search for air defence");
        b.wait_for(
            "the frame to report its new search",
            "document.getElementById('frame-route').textContent.includes('luchtverdediging')",
        );
        b.enter_frame("frame-search");
        b.wait_ready();
        assert!(b.js("return document.documentElement.classList.contains('is-embed') && !document.querySelector('.site-header');").as_bool().unwrap());
        b.wait_for("the frame's results", "document.querySelectorAll('[data-testid=result]').length > 0 || document.querySelector('.search-results')");
        b.assert_no_console_errors();
        b.leave_frame();
        b.screenshot(&format!("embed-example-{how}"));
        b.assert_no_browser_log_errors();
    }
}

/// A host stylesheet that restyles what the explorer shows, as loudly as it can.
const LOUD: &str = "p, button, mark { color: rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important; \
    font-family: monospace !important; letter-spacing: 7px !important; border: 5px dashed rgb(255, 0, 0) !important; } \
    svg { display: none !important; outline: 9px solid rgb(255, 0, 0) !important; }";

/// JS: the computed styles that the leak test compares, of the first `sel` under `root`.
fn looks(root: &str, sel: &str) -> String {
    format!(
        "(() => {{ const e = {root}.querySelector('{sel}'); if (!e) return null; const s = getComputedStyle(e); \
         return ['color=' + s.color, 'background=' + s.backgroundColor, 'font=' + s.fontFamily, 'spacing=' + s.letterSpacing, \
         'border=' + s.borderTopStyle, 'display=' + s.display, 'outline=' + s.outlineStyle + ' ' + s.outlineColor].join('|'); }})()"
    )
}

#[test]
fn no_style_leaks_between_host_and_explorer() {
    let _one = serial();
    let b = Browser::start();
    for (how, base) in explorer_bases() {
        let html = format!(
            r##"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Leak test</title>
<style>{LOUD}</style></head><body>
<h1>Host</h1><p id="host-p">Host text with <mark id="host-mark">a mark</mark>.</p>
<button id="host-button" type="button">Host button</button>
<svg id="host-svg" width="10" height="10" role="img" aria-label="dot"><circle cx="5" cy="5" r="4"/></svg>
<main id="host-main"><a id="host-a" href="#x">a link</a></main>
<nato-summit-explorer id="reader" letter="den-haag-2025-verslag/p/11"></nato-summit-explorer>
<nato-summit-explorer id="search" view="search" query="drones"></nato-summit-explorer>
<nato-summit-explorer id="timeline" view="timeline"></nato-summit-explorer>
<script>
  window.loadExplorer = function () {{
    var s = document.createElement("script"); s.src = "{base}summit-explorer-embed.js"; document.head.appendChild(s);
  }};
</script></body></html>"##
        );
        b.goto(&host_page("leak", how, &html));
        let host = [
            "#host-p",
            "#host-mark",
            "#host-button",
            "#host-svg",
            "#host-a",
            "#host-main",
            "h1",
            "body",
        ];
        let before: Vec<_> = host
            .iter()
            .map(|s| b.js(&format!("return {};", looks("document", s))))
            .collect();
        b.js("window.loadExplorer(); return 1;");
        b.wait_for(
            "the three elements",
            "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 3",
        );
        b.wait_for(
            "a paragraph",
            &format!("{}.querySelector('p')", shadow("reader")),
        );
        b.wait_for(
            "a mark",
            &format!("{}.querySelector('mark')", shadow("search")),
        );
        b.wait_for(
            "a button",
            &format!("{}.querySelector('button')", shadow("timeline")),
        );
        b.wait_for(
            "the chart",
            &format!("{}.querySelector('svg')", shadow("timeline")),
        );
        // The explorer's styles do not reach the host.
        let after: Vec<_> = host
            .iter()
            .map(|s| b.js(&format!("return {};", looks("document", s))))
            .collect();
        assert_eq!(
            before, after,
            "{how}: the host's elements changed when the explorer came"
        );
        // The host's styles do not reach the explorer.
        for (id, sel) in [
            ("reader", "p"),
            ("search", "mark"),
            ("timeline", "button"),
            ("timeline", "svg"),
        ] {
            let look = b.js(&format!("return {};", looks(&shadow(id), sel)));
            let look = look
                .as_str()
                .unwrap_or_else(|| panic!("{how}: no {sel} in {id}"));
            for loud in [
                "rgb(255, 0, 0)",
                "rgb(0, 255, 0)",
                "monospace",
                "spacing=7px",
                "dashed",
                "display=none",
            ] {
                assert!(
                    !look.contains(loud),
                    "{how}: the host's {loud} reached {sel} in {id}: {look}"
                );
            }
        }
        b.screenshot(&format!("embed-leak-{how}"));
        b.assert_no_browser_log_errors();
    }
}

#[test]
fn the_explorer_works_in_a_sandboxed_iframe() {
    let _one = serial();
    let b = Browser::start();
    for (how, base) in explorer_bases() {
        let html = format!(
            r##"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Sandbox test</title></head><body>
<h1>Host</h1>
<iframe id="f" title="Explorer" style="width:100%;height:300px;border:0" sandbox="allow-scripts"
  src="{base}summit-explorer.html?embed&amp;lang=en#/zoeken?q=drones"></iframe>
<script src="{base}summit-explorer-host.js"></script>
<script>
  window.send = function (m) {{ document.getElementById("f").contentWindow.postMessage(m, "*"); }};
</script></body></html>"##
        );
        b.goto(&host_page("sandbox", how, &html));
        b.wait_for(
            "the frame's height",
            "parseInt(document.getElementById('f').style.height) > 300",
        );
        b.enter_frame("f");
        b.wait_ready();
        let storage = b.js("try { return window.localStorage.length >= 0 ? 'works' : 'works'; } catch (e) { return 'throws'; }");
        assert_eq!(
            storage, "throws",
            "{how}: storage in a sandbox without allow-same-origin"
        );
        assert_eq!(b.js("return document.documentElement.lang;"), "en");
        b.wait_for(
            "results",
            "document.querySelectorAll('[data-testid=result]').length > 0",
        );
        // Typing works as in the app: real key presses to the focused box. WebKitWebDriver
        // delivers no keys into a sandboxed cross-origin frame ("not interactable" for element
        // keys, nothing for action keys), so WebKit checks the frame without typing.
        if b.engine != support::Engine::Webkit {
            b.type_into("searchbox", "", &select_all());
            b.type_into("searchbox", "", "luchtverdediging");
            b.wait_for(
                "the new search",
                "location.hash.includes('luchtverdediging')",
            );
        }
        b.leave_frame();
        // Malformed and unknown messages are ignored; a good one is followed.
        b.js(r#"send("hello"); send(42); send(null); send([1, 2]);
            send({ type: "nato-summit-explorer:set", view: 5 });
            send({ type: "nato-summit-explorer:set", view: "timeline", script: "alert(1)" });
            send({ type: "nato-summit-explorer:nonsense" });
            send({ type: "nato-summit-explorer:set", query: "x".repeat(5000) });
            send({ type: "nato-summit-explorer:set", view: "timeline", query: "drones", lang: "nl" });
            return 1;"#);
        b.enter_frame("f");
        b.wait_for(
            "the timeline",
            "location.hash.startsWith('#/tijdlijn?q=drones')",
        );
        b.wait_for("Dutch", "document.documentElement.lang === 'nl'");
        b.wait_ready();
        b.assert_no_console_errors();
        b.leave_frame();
        b.assert_no_browser_log_errors();
    }
}

#[test]
fn every_view_offers_its_link_and_embed_code() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/tijdlijn?q=drones", http_base()));
    b.wait_ready();
    b.click_role("button", "Link kopiëren");
    b.wait_for(
        "the copy's outcome",
        "document.querySelector('.share-status').textContent.length > 0",
    );
    b.click_role("button", "Insluiten");
    b.wait_for(
        "the dialog",
        "document.querySelector('dialog.embed-dialog[open]')",
    );
    let frame = b.js("return document.querySelector('[data-testid=embed-frame]').value;");
    let frame = frame.as_str().unwrap();
    // Replies go to the origin the explorer is opened from, unless the person names another.
    let origin = http_origin().replace(':', "%3A").replace('/', "%2F");
    assert!(
        frame.contains(&format!(
            "src=\"{}summit-explorer.html?embed&amp;lang=nl&amp;origin={origin}#/tijdlijn?q=drones\"",
            http_base()
        )),
        "{frame}"
    );
    assert!(frame.contains("summit-explorer-host.js"), "{frame}");
    let element = b.js("return document.querySelector('[data-testid=embed-element]').value;");
    assert!(
        element
            .as_str()
            .unwrap()
            .contains("<nato-summit-explorer view=\"timeline\" query=\"drones\" lang=\"nl\">"),
        "{element}"
    );
    b.assert_accessible("the embed dialog");
    // Another address for the explorer: the snippets follow as one types.
    b.type_into("textbox", "Adres", &select_all());
    b.type_into("textbox", "Adres", "https://example.org/verkenner");
    b.wait_for(
        "the new address in the snippet",
        "document.querySelector('[data-testid=embed-element]').value.includes('https://example.org/verkenner/summit-explorer-embed.js')",
    );
    b.type_into("textbox", "Origin van de pagina", &select_all());
    b.type_into("textbox", "Origin van de pagina", "https://host.example");
    b.wait_for(
        "the host's origin in the frame's address",
        "document.querySelector('[data-testid=embed-frame]').value.includes('&amp;origin=https%3A%2F%2Fhost.example#/tijdlijn')",
    );
    b.click_role("button", "Kopiëren: In een iframe");
    b.wait_for("the copy's outcome", "[...document.querySelectorAll('.embed-snippet .share-status')].some(s => s.textContent.length > 0)");
    b.screenshot("embed-dialog");
    // Escape closes the dialog, as any dialog.
    b.press(&Key::Escape.value().to_string());
    b.wait_for(
        "the dialog to close",
        "!document.querySelector('dialog.embed-dialog[open]')",
    );
    b.assert_no_console_errors();
}
