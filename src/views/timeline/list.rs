//! The timeline as a list: the same events in time order, grouped by year and month, for small
//! screens, screen readers and print. Written as one HTML string (it never changes once drawn;
//! a new filter or search draws it again).

use super::events::{event_href, event_label, letter_title};
use crate::i18n::Lang;
use crate::labels::event_date;
use crate::markup::{link, number, text};
use summit_core::extract::Event;
use summit_core::model::Corpus;

/// The events `shown` (indices into `all`, in time order) as a list by year and month; those
/// whose paragraph `is_match` are marked.
pub fn list(
    all: &[Event],
    c: &Corpus,
    shown: &[usize],
    is_match: &dyn Fn(usize) -> bool,
    lang: Lang,
) -> String {
    let month_names = match lang {
        Lang::Nl => &summit_core::DUTCH_MONTHS,
        Lang::En => &crate::labels::MONTHS_EN,
    };
    let mut o = String::new();
    // The year and month (None: known only to the year) of the group open.
    let mut open: Option<(u16, Option<u8>)> = None;
    for (i, e) in shown.iter().filter_map(|&i| all.get(i).map(|e| (i, e))) {
        let (y, m) = (e.start.year, e.start.month);
        if open.map(|g| g.0) != Some(y) {
            if open.is_some() {
                o.push_str("</ul></section>");
            }
            o.push_str("<section class=\"tl-list-year\"><h2>");
            number(&mut o, i64::from(y));
            o.push_str("</h2>");
        } else if open.map(|g| g.1) != Some(m) {
            o.push_str("</ul>");
        }
        if open != Some((y, m)) {
            if let Some(m) = m {
                o.push_str("<h3 class=\"tl-list-month\">");
                text(&mut o, month_names[(m as usize + 11) % 12]);
                o.push(' ');
                number(&mut o, i64::from(y));
                o.push_str("</h3>");
            }
            o.push_str("<ul class=\"tl-list-items\">");
            open = Some((y, m));
        }
        o.push_str(if is_match(i) {
            "<li class=\"tl-item is-match\" data-testid=\"timeline-item\">"
        } else {
            "<li class=\"tl-item\" data-testid=\"timeline-item\">"
        });
        o.push_str("<span class=\"tl-item-date\">");
        text(&mut o, &event_date(e, lang));
        o.push_str("</span> ");
        let label = event_label(e, lang);
        match event_href(e) {
            Some(h) => link(&mut o, &h, "", &label),
            None => {
                o.push_str("<strong>");
                text(&mut o, &label);
                o.push_str("</strong>");
            }
        }
        if let Some(title) = letter_title(e, c) {
            o.push_str("<span class=\"tl-item-letter\">");
            text(&mut o, title);
            o.push_str("</span>");
        }
        o.push_str("</li>");
    }
    if open.is_some() {
        o.push_str("</ul></section>");
    }
    o
}
