//! The embedded explorer as a guest, in a real browser: a host page of its own (tall content
//! above and below, its own focused field and scroll position, an AMD loader and CommonJS
//! globals) with two elements. Whatever the host changes, the page keeps its scroll position,
//! focus and globals; compare works inside an element; a failure forced in one element leaves
//! the other working. Also: the hosted `dist/index.html` runs under its Content-Security-Policy,
//! and the search box and the attributes stop at what a link takes, saying so.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{http_base, http_origin, serial, test_pages, Browser};
use thirtyfour::prelude::Key;

/// Where the host page is scrolled to (CSS pixels) while the elements change.
const HOST_SCROLL: i64 = 2500;
/// How far the host's scroll position may move (rounding of fractional pixels).
const SCROLL_SLACK: i64 = 2;

/// JS: the shadow root of the element with `id`.
fn shadow(id: &str) -> String {
    format!("document.getElementById('{id}').shadowRoot")
}

/// The host page: tall content, then the host's field and the two elements, then tall content;
/// an AMD loader and CommonJS globals defined before the explorer's script, which
/// `loadExplorer()` adds. `globalsBefore` are the page's globals just before it.
fn host_page(base: &str) -> String {
    let html = format!(
        r##"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host page</title><style>.tall {{ height: 2600px; background: linear-gradient(#eee, #ccc); }}</style></head>
<body>
<div class="tall" id="above">Above</div>
<label>Host field <input id="host-input" type="text"></label>
<nato-summit-explorer id="one" view="library" lang="en"></nato-summit-explorer>
<nato-summit-explorer id="two" view="library" lang="en"></nato-summit-explorer>
<div class="tall" id="below">Below</div>
<script>
  // A page with an AMD loader and CommonJS globals: a UMD bundle would install itself there.
  window.define = function () {{}};
  define.amd = {{}};
  window.module = {{ exports: {{}} }};
  window.exports = module.exports;
  window.routes = [];
  document.addEventListener("nato-summit-explorer:route", function (e) {{ routes.push(e.detail.link); }});
  window.loadExplorer = function () {{
    window.globalsBefore = Object.keys(window);
    var s = document.createElement("script");
    s.src = "{base}summit-explorer-embed.js";
    document.head.appendChild(s);
  }};
</script></body></html>"##
    );
    std::fs::write(test_pages().join("guest-host.html"), html).expect("writing the host page");
    format!("{}/pages/guest-host.html", http_origin())
}

/// Focuses the host's field and scrolls the host page to [`HOST_SCROLL`].
fn host_takes_focus_and_scroll(b: &Browser) {
    b.js(&format!(
        "document.getElementById('host-input').focus(); window.scrollTo(0, {HOST_SCROLL}); return 1;"
    ));
    assert_host_kept_focus_and_scroll(b, "the host's own start");
}

/// Fails unless the host page is still at [`HOST_SCROLL`] with the focus in its own field,
/// after the frames the explorer draws have come and gone.
fn assert_host_kept_focus_and_scroll(b: &Browser, after: &str) {
    // Two frames: focus and scrolling of the explorer's views wait for the next frame.
    b.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));");
    let y = b.js("return Math.round(window.scrollY);").as_i64().unwrap();
    assert!(
        (y - HOST_SCROLL).abs() <= SCROLL_SLACK,
        "after {after}: the host page scrolled to {y}, not {HOST_SCROLL}"
    );
    let focused = b.js("return document.activeElement && document.activeElement.id;");
    assert_eq!(
        focused, "host-input",
        "after {after}: the focus left the host's field"
    );
}

/// Sets attribute `name` of element `id` to `value`, as the host's script would.
fn set_attr(b: &Browser, id: &str, name: &str, value: &str) {
    b.js(&format!(
        "document.getElementById('{id}').setAttribute('{name}', {}); return 1;",
        serde_json::json!(value)
    ));
}

#[test]
fn the_host_page_keeps_its_scroll_focus_and_globals() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&host_page(&http_base()));
    host_takes_focus_and_scroll(&b);
    b.js("window.loadExplorer(); return 1;");
    b.wait_for(
        "both elements to start",
        "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2",
    );
    let (one, two) = (shadow("one"), shadow("two"));
    b.wait_for(
        "the library in both",
        &format!("{one}.querySelector('[data-testid=letter-item]') && {two}.querySelector('[data-testid=letter-item]')"),
    );
    assert_host_kept_focus_and_scroll(&b, "the elements started");
    // The page gains at most one global, and the loaders it had are left as they were.
    let added = b.js("return Object.keys(window).filter(k => k !== 'globalsBefore' && !globalsBefore.includes(k));");
    assert!(
        added.as_array().unwrap().len() <= 1,
        "the explorer's script defined globals: {added}"
    );
    assert_eq!(
        b.js("return typeof define === 'function' && !!define.amd && JSON.stringify(module.exports) === '{}' && exports === module.exports;"),
        true,
        "the page's AMD and CommonJS globals changed"
    );
    // Each element runs its own instance of the explorer.
    assert_eq!(
        b.js("return document.getElementById('one')._handle.constructor !== document.getElementById('two')._handle.constructor;"),
        true
    );

    // The host switches views and changes attributes: nothing moves the page or its focus.
    set_attr(&b, "one", "query", "drones");
    set_attr(&b, "one", "view", "search");
    b.wait_for(
        "results in the first element",
        &format!("{one}.querySelectorAll('[data-testid=result]').length > 0"),
    );
    assert_host_kept_focus_and_scroll(&b, "switching to search");
    set_attr(&b, "one", "query", "luchtverdediging");
    b.wait_for(
        "the new search",
        &format!("{one}.querySelector('#search-input').value === 'luchtverdediging'"),
    );
    assert_host_kept_focus_and_scroll(&b, "changing the query");
    set_attr(&b, "two", "view", "compare");
    b.wait_for(
        "the matrix in the second element",
        &format!("{two}.querySelector('[data-testid=compare-matrix]')"),
    );
    assert_host_kept_focus_and_scroll(&b, "switching to compare");
    set_attr(
        &b,
        "two",
        "link",
        "#/vergelijken?a=den-haag-2025-verslag~12",
    );
    b.wait_for(
        "passage A with its similar passages",
        &format!("{two}.querySelectorAll('[data-testid=similar-passage]').length > 0"),
    );
    assert_host_kept_focus_and_scroll(&b, "opening a passage in compare");
    set_attr(&b, "one", "view", "timeline");
    b.wait_for(
        "the timeline",
        &format!("{one}.querySelector('[data-testid=timeline-chart], .tl-list')"),
    );
    assert_host_kept_focus_and_scroll(&b, "switching to the timeline");
    set_attr(&b, "one", "letter", "den-haag-2025-verslag/p/11");
    set_attr(&b, "one", "view", "reader");
    b.wait_for(
        "the paragraph",
        &format!("{one}.querySelector('#p-11.is-target')"),
    );
    assert_host_kept_focus_and_scroll(&b, "opening a paragraph");
    set_attr(&b, "one", "lang", "nl");
    b.wait_for(
        "Dutch",
        &format!("{one}.querySelector('.embed').lang === 'nl'"),
    );
    assert_host_kept_focus_and_scroll(&b, "switching the language");
    assert_eq!(b.js("return location.hash;"), "");
    b.assert_no_browser_log_errors();
}

#[test]
fn an_iframe_embed_leaves_the_host_focus_and_scroll_alone() {
    let _one = serial();
    let b = Browser::start();
    let html = format!(
        r##"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Frame host</title><style>.tall {{ height: 2600px; }}</style></head><body>
<div class="tall">Above</div>
<label>Host field <input id="host-input" type="text"></label>
<div id="frames"></div>
<div class="tall">Below</div>
<script>
  window.addFrames = function () {{
    for (const link of ["#/zoeken?q=drones", "#/brief/den-haag-2025-verslag/p/11", "#/vergelijken?a=den-haag-2025-verslag~12"]) {{
      const f = document.createElement("iframe");
      f.title = "Explorer"; f.style.cssText = "width:100%;height:300px;border:0";
      f.src = "{}summit-explorer.html?embed&lang=en" + link;
      document.getElementById("frames").appendChild(f);
    }}
  }};
</script></body></html>"##,
        http_base()
    );
    std::fs::write(test_pages().join("guest-frames.html"), html).unwrap();
    b.goto(&format!("{}/pages/guest-frames.html", http_origin()));
    host_takes_focus_and_scroll(&b);
    b.js("window.addFrames(); return 1;");
    b.wait_for(
        "the three frames to start",
        "[...document.querySelectorAll('iframe')].every(f => { try { return f.contentDocument.documentElement.dataset.app === 'ready'; } catch (e) { return false; } })",
    );
    b.wait_for(
        "results in the first frame",
        "document.querySelector('iframe').contentDocument.querySelectorAll('[data-testid=result]').length > 0",
    );
    assert_host_kept_focus_and_scroll(&b, "three frames started");
}

#[test]
fn compare_narrows_and_diffs_inside_an_element() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&host_page(&http_base()));
    b.js("window.loadExplorer(); return 1;");
    b.wait_for(
        "both elements to start",
        "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2",
    );
    let two = shadow("two");
    set_attr(&b, "two", "lang", "nl");
    set_attr(&b, "two", "view", "compare");
    b.wait_for(
        "the matrix",
        &format!("{two}.querySelector('[data-testid=compare-matrix]')"),
    );
    // The person narrows the matrix with the form inside the element.
    b.type_into(
        "searchbox",
        "Alleen passages met",
        &format!("drones{}", Key::Enter.value()),
    );
    b.wait_for(
        "the narrowed matrix",
        &format!("{two}.querySelector('[data-testid=compare-matrix] caption').textContent.includes('drones')"),
    );
    assert!(
        b.js("return routes.some(l => l.startsWith('#/vergelijken') && l.includes('q=drones'));")
            .as_bool()
            .unwrap(),
        "the element reported no narrowed link: {}",
        b.js("return routes;")
    );
    // The focus went back to the field the person used, inside the element.
    let focused = b.js(&format!(
        "return {two}.activeElement && {two}.activeElement.id;"
    ));
    assert_eq!(focused, "cmp-q");
    // A pair: the diff, with its columns scrolling together.
    set_attr(
        &b,
        "two",
        "link",
        "#/vergelijken?a=den-haag-2025-verslag~12",
    );
    b.wait_for(
        "similar passages",
        &format!(
            "{two}.querySelector('[data-testid=similar-passage] [data-testid=compare-with-a]')"
        ),
    );
    b.js(&format!(
        "{two}.querySelector('[data-testid=similar-passage] [data-testid=compare-with-a]').click(); return 1;"
    ));
    b.wait_for(
        "the diff",
        &format!("{two}.querySelector('[data-testid=diff-a] del') && {two}.querySelector('[data-testid=diff-b] ins')"),
    );
    // Short columns, so that both scroll; then the first one scrolled to its end.
    b.js(&format!(
        "for (const c of {two}.querySelectorAll('.cmp-diff-col')) c.style.maxHeight = '60px'; return 1;"
    ));
    b.wait_for(
        "scrollable columns",
        &format!("[...{two}.querySelectorAll('.cmp-diff-col')].every(c => c.scrollHeight > c.clientHeight + 20)"),
    );
    b.js(&format!(
        "const a = {two}.getElementById('diff-a'); a.scrollTop = a.scrollHeight; return 1;"
    ));
    b.wait_for(
        "the other column to follow",
        &format!("{two}.getElementById('diff-b').scrollTop > 10"),
    );
    b.assert_no_browser_log_errors();
}

#[test]
fn a_failure_in_one_element_leaves_the_other_and_the_page_working() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&host_page(&http_base()));
    b.js("window.loadExplorer(); return 1;");
    b.wait_for(
        "both elements to start",
        "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2",
    );
    let (one, two) = (shadow("one"), shadow("two"));
    host_takes_focus_and_scroll(&b);
    // A trap in the first element's instance: its handle pointed outside its memory, then an
    // attribute changed (the way a fault of the engine or of memory shows).
    b.js("document.getElementById('one')._handle.__wbg_ptr = 0xFFFFFFF0; return 1;");
    set_attr(&b, "one", "view", "search");
    b.wait_for(
        "the first element to say it failed",
        "document.getElementById('one').dataset.state === 'failed'",
    );
    let message = b.js(&format!(
        "return {one}.querySelector('[role=alert]').textContent;"
    ));
    assert!(
        message.as_str().unwrap().contains("Something went wrong"),
        "{message}"
    );
    // Nothing was written into the host's page.
    assert_eq!(
        b.js("return document.body.querySelectorAll(':scope > :not(div, label, nato-summit-explorer, script)').length;"),
        0
    );
    // Later changes to the failed element are ignored, without an error in the page.
    set_attr(&b, "one", "view", "timeline");
    // The other element works on.
    set_attr(&b, "two", "query", "drones");
    set_attr(&b, "two", "view", "search");
    b.wait_for(
        "results in the second element",
        &format!("{two}.querySelectorAll('[data-testid=result]').length > 0"),
    );
    set_attr(&b, "two", "view", "timeline");
    b.wait_for(
        "the timeline in the second element",
        &format!("{two}.querySelector('[data-testid=timeline-chart], .tl-list')"),
    );
    assert_eq!(
        b.js("return document.getElementById('two').dataset.state;"),
        "ready"
    );
    assert_host_kept_focus_and_scroll(&b, "a failure in one element");
}

#[test]
fn the_hosted_app_runs_under_its_content_security_policy() {
    let _one = serial();
    let index = std::fs::read_to_string(support::dist().join("index.html")).unwrap();
    let meta = index
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("dist/index.html carries a Content-Security-Policy");
    assert!(
        meta < index.find("<script").unwrap(),
        "the policy comes before the scripts"
    );
    let b = Browser::start();
    b.goto(&format!("{}#/", http_base()));
    b.wait_ready();
    let csp = b.js(
        "const m = document.querySelector('meta[http-equiv=Content-Security-Policy]'); return m && m.content;",
    );
    let csp = csp.as_str().expect("the page carries its policy");
    for part in [
        "default-src 'none'",
        "script-src 'self' 'sha256-",
        "'wasm-unsafe-eval'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(part), "{part} missing from {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // Every view opens under it, with no violation (the page records them as errors).
    for (link, shown) in [
        ("#/zoeken?q=drones", "[data-testid=result]"),
        ("#/tijdlijn", "[data-testid=timeline-chart], .tl-list"),
        ("#/vergelijken", "[data-testid=compare-matrix]"),
        ("#/cijfers", "[data-testid=figure-link]"),
        ("#/begrippen", "[data-testid=glossary-entry]"),
        ("#/brief/den-haag-2025-verslag/p/11", "#p-11"),
    ] {
        b.goto(&format!("{}{link}", http_base()));
        b.wait_ready();
        b.wait_for(link, &format!("document.querySelector('{shown}')"));
        b.assert_no_console_errors();
    }
    // The page still embeds in a frame: a meta policy cannot forbid that.
    let html = format!(
        r##"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Frame</title></head><body>
<iframe id="f" title="Explorer" style="width:100%;height:400px;border:0" src="{}index.html?embed&amp;lang=en#/zoeken?q=drones"></iframe>
</body></html>"##,
        http_base()
    );
    std::fs::write(test_pages().join("guest-frame.html"), html).unwrap();
    b.goto(&format!("{}/pages/guest-frame.html", http_origin()));
    b.enter_frame("f");
    b.wait_ready();
    b.wait_for(
        "results in the frame",
        "document.querySelectorAll('[data-testid=result]').length > 0",
    );
    b.assert_no_console_errors();
    b.leave_frame();
}

#[test]
fn a_long_text_is_cut_to_what_a_link_takes_and_the_page_says_so() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!("{}#/zoeken", http_base()));
    b.wait_ready();
    b.wait_for(
        "the search box",
        "document.querySelector('[data-testid=search-input]')",
    );
    assert_eq!(
        b.js("return document.querySelector('[data-testid=search-limit]').hidden;"),
        true
    );
    // Pasted text, far longer than a link takes (set at once, as a paste does).
    b.js("const i = document.querySelector('[data-testid=search-input]'); i.value = 'drones '.repeat(800); i.dispatchEvent(new Event('input', { bubbles: true })); return 1;");
    b.wait_for(
        "the notice",
        "!document.querySelector('[data-testid=search-limit]').hidden",
    );
    let notice = b.text("[data-testid=search-limit]");
    assert!(notice.contains("256"), "{notice}");
    assert_eq!(
        b.js("return [...document.querySelector('[data-testid=search-input]').value].length;"),
        256
    );
    assert_eq!(b.count("[data-testid=not-found]"), 0, "the view stays");
    b.wait_for(
        "results for the words that fit",
        "document.querySelectorAll('[data-testid=result]').length > 0",
    );
    assert!(b.url().contains("#/zoeken?q=drones"), "{}", b.url());
    assert_eq!(
        b.js("return document.querySelector('[data-testid=search-input]').maxLength;"),
        256
    );
    // Emptied, the notice goes.
    b.js("const i = document.querySelector('[data-testid=search-input]'); i.value = 'drones'; i.dispatchEvent(new Event('input', { bubbles: true })); return 1;");
    b.wait_for(
        "the notice to go",
        "document.querySelector('[data-testid=search-limit]').hidden",
    );
    b.assert_no_console_errors();

    // An element given a query longer than a link takes: the start of it, and a notice.
    b.goto(&host_page(&http_base()));
    set_attr(&b, "one", "query", &"drones ".repeat(800));
    set_attr(&b, "one", "view", "search");
    b.js("window.loadExplorer(); return 1;");
    b.wait_for(
        "the elements to start",
        "document.querySelectorAll('nato-summit-explorer[data-state=ready]').length === 2",
    );
    let one = shadow("one");
    b.wait_for(
        "results in the element",
        &format!("{one}.querySelectorAll('[data-testid=result]').length > 0"),
    );
    assert_eq!(
        b.js(&format!(
            "return [...{one}.querySelector('#search-input').value].length;"
        )),
        256
    );
    let notice = b.js(&format!(
        "const n = {one}.querySelector('[data-testid=embed-limit]'); return n && n.textContent;"
    ));
    assert!(
        notice.as_str().is_some_and(|n| n.contains("256")),
        "{notice}"
    );
    // A query that fits takes the notice away.
    set_attr(&b, "one", "query", "drones");
    b.wait_for(
        "the notice to go",
        &format!("!{one}.querySelector('[data-testid=embed-limit]')"),
    );
    b.assert_no_browser_log_errors();
}
