//! End-to-end tests of the timeline, in a real browser against the built bundle (`dist/`, or
//! `SUMMIT_DIST`): zoom by keyboard and wheel, open an event in the reader, come back to the
//! same zoom, follow a date of the reader to the timeline; over http and from the single file.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{http_base, serial, single_file_url, Browser};
use thirtyfour::Key;

/// The chart.
const CHART: &str = "[data-testid=timeline-chart]";

/// The text of the event (or cluster) in focus.
fn detail(b: &Browser) -> String {
    b.js("const d = document.querySelector('[data-testid=timeline-detail-title]'); return d ? d.textContent : '';")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The visible range as the chart says it.
fn visible(b: &Browser) -> String {
    b.text("[data-testid=timeline-range]")
}

/// Days the chart shows, from the URL (`van`/`tot`), or `None` before any zoom.
fn visible_days(b: &Browser) -> Option<i64> {
    let v = b.js("const p = new URLSearchParams(location.hash.split('?')[1] || ''); return p.get('van') && p.get('tot') ? (Date.parse(p.get('tot')) - Date.parse(p.get('van'))) / 86400000 : null;");
    v.as_f64().map(|d| d as i64)
}

/// Gives the chart the keyboard focus with Tab from the element before it, as a person does.
fn focus_chart(b: &Browser) {
    b.js("document.querySelector('[data-testid=timeline-later]').focus();");
    b.press(&Key::Tab.value().to_string());
    b.wait_for(
        "the chart to have focus",
        "document.activeElement && document.activeElement.dataset.testid === 'timeline-chart'",
    );
}

/// Moves the focus with the right arrow until the event in focus says `what` (and not `but_not`).
fn arrow_to_but_not(b: &Browser, what: &str, but_not: &str) {
    b.press(&Key::Home.value().to_string());
    for _ in 0..80 {
        let d = detail(b);
        if d.contains(what) && !d.contains(but_not) {
            return;
        }
        b.press(&Key::Right.value().to_string());
    }
    panic!(
        "no event with {what:?} reached by arrow keys; last: {}",
        detail(b)
    );
}

/// Opens the timeline at `base` (a URL up to the `#`) and waits for its marks on the chart.
fn open_timeline(b: &Browser, base: &str) {
    b.goto(&format!("{base}#/tijdlijn"));
    b.wait_ready();
    b.wait_for(
        "marks on the chart",
        "document.querySelectorAll('[data-testid=timeline-mark]').length > 3",
    );
}

/// Opens the timeline at `base` (a URL up to the `#`) and zooms in on June 2025 by keyboard,
/// then opens the North Atlantic Council of 25 June.
fn zoom_in_on_the_hague_and_open_the_council(b: &Browser, base: &str) {
    open_timeline(b, base);
    b.screenshot("timeline-default-1280");
    focus_chart(b);
    // Zoom in step by step on what is in focus, keeping the focus on June 2025.
    for _ in 0..12 {
        if visible_days(b).is_some_and(|d| d <= 20) {
            break;
        }
        arrow_to_but_not(b, "24 juni 2025", "mei");
        b.press("+");
    }
    let days = visible_days(b).expect("the zoom is in the URL");
    assert!(days <= 20, "zoomed in to {days} days");
    assert!(visible(b).contains("juni 2025"), "{}", visible(b));
    b.screenshot("timeline-june-2025-1280");
    b.assert_accessible("the timeline zoomed in");
    // The events of 24 and 25 June stand together: open them, then go to the council.
    arrow_to_but_not(b, "25 juni 2025", "24 juni");
    b.press(&Key::Enter.value().to_string());
    if !b.url().contains("#/brief/") {
        b.wait_for(
            "the events of the cluster",
            "document.querySelectorAll('[data-testid=timeline-cluster-item]').length > 1",
        );
        b.screenshot("timeline-cluster-open-1280");
        for _ in 0..30 {
            let here =
                b.js("return document.activeElement ? document.activeElement.textContent : '';");
            if here
                .as_str()
                .unwrap_or_default()
                .contains("Noord-Atlantische Raad")
            {
                break;
            }
            b.press(&Key::Tab.value().to_string());
        }
        let here = b.js("return document.activeElement.textContent;");
        assert!(here.as_str().unwrap().contains("25 juni 2025"), "{here}");
        b.press(&Key::Enter.value().to_string());
    }
    b.wait_for(
        "the reader",
        "location.hash.startsWith('#/brief/den-haag-2025-verslag/p/')",
    );
    assert!(b.url().contains("zin="), "{}", b.url());
    let marked = b.wait_for(
        "the sentence marked",
        "(document.querySelector('.block.is-target mark') || {}).textContent",
    );
    assert!(
        marked.as_str().unwrap().contains("Noord-Atlantische Raad"),
        "{marked}"
    );
    // Back: the same zoom.
    b.back();
    b.wait_for(
        "the timeline again",
        "location.hash.startsWith('#/tijdlijn')",
    );
    assert_eq!(visible_days(b), Some(days));
    b.refresh();
    b.wait_ready();
    b.wait_for(
        "the chart after reload",
        "document.querySelector('[data-testid=timeline-range]')",
    );
    assert_eq!(visible_days(b), Some(days));
    assert!(visible(b).contains("juni 2025"), "{}", visible(b));
}

#[test]
fn zoom_in_on_the_hague_by_keyboard_open_the_council_and_come_back() {
    let _one = serial();
    let b = Browser::start();
    zoom_in_on_the_hague_and_open_the_council(&b, &http_base());
    b.assert_no_console_errors();
}

#[test]
fn zoom_with_the_wheel_only_while_the_chart_has_focus() {
    let _one = serial();
    let b = Browser::start();
    open_timeline(&b, &http_base());
    // Passing over the chart with the wheel scrolls the page, not the chart.
    b.wheel_over(CHART, -200);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(visible_days(&b), None, "the wheel zoomed without focus");
    focus_chart(&b);
    let mark = "[data-testid=timeline-mark][data-label*='NAVO-top Den Haag'], [data-testid=timeline-mark][data-label*='juni 2025']";
    for _ in 0..15 {
        if visible_days(&b).is_some_and(|d| d <= 40) {
            break;
        }
        b.wheel_over(mark, -300);
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    let days = visible_days(&b).expect("the wheel zoomed");
    assert!(days <= 40, "{days}");
    assert!(visible(&b).contains("2025"), "{}", visible(&b));
    b.assert_no_console_errors();
}

#[test]
fn a_date_in_the_reader_leads_to_its_place_on_the_timeline() {
    let _one = serial();
    let b = Browser::start();
    b.goto(&format!(
        "{}#/brief/den-haag-2025-verslag/p/11",
        http_base()
    ));
    b.wait_ready();
    b.click("#p-11 a.date-link");
    b.wait_for("the timeline", "location.hash.startsWith('#/tijdlijn?ev=')");
    b.wait_for(
        "the event in focus",
        "(document.querySelector('[data-testid=timeline-detail-title]') || {}).textContent",
    );
    let linked = b.wait_for(
        "the linked event",
        "(document.querySelector('[data-testid=timeline-cluster-item][aria-current=true]') || document.querySelector('[data-testid=timeline-detail-title]')).textContent",
    );
    assert!(
        linked.as_str().unwrap().contains("25 juni 2025"),
        "{linked}"
    );
    b.assert_no_console_errors();
}

#[test]
fn the_list_the_phone_and_dark_mode() {
    let _one = serial();
    let b = Browser::start();
    open_timeline(&b, &http_base());
    b.click("[data-testid=timeline-fit]");
    b.wait_for("the whole range", "location.hash.includes('van=194')");
    b.screenshot("timeline-all-1280");
    b.prefer_dark(true);
    b.screenshot("timeline-all-dark-1280");
    b.prefer_dark(false);
    b.resize(375, 800);
    b.screenshot("timeline-375");
    b.click("[data-testid=timeline-show-list]");
    b.wait_for("the list", "location.hash.includes('weergave=lijst') && document.querySelectorAll('[data-testid=timeline-item]').length > 50");
    b.screenshot("timeline-list-375");
    b.assert_accessible("the timeline's list");
    b.refresh();
    b.wait_ready();
    b.wait_for(
        "the list after reload",
        "document.querySelectorAll('[data-testid=timeline-item]').length > 50",
    );
    b.assert_no_console_errors();
}

#[test]
fn the_timeline_works_from_the_single_file() {
    let _one = serial();
    let b = Browser::start();
    zoom_in_on_the_hague_and_open_the_council(&b, &single_file_url());
    b.assert_no_console_errors();
}
