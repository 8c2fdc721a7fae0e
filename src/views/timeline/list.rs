//! The timeline as a list: the same events in time order, grouped by year and month, for small
//! screens, screen readers and print. Written as one HTML string (it never changes once drawn;
//! a new filter or search draws it again).

use super::events::{event_href, event_label, letter_title};
use crate::i18n::Lang;
use crate::labels::event_date;
use crate::markup::{el, el_text, link, number, text, Attr};
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
    let events: Vec<(usize, &Event)> = shown
        .iter()
        .filter_map(|&i| all.get(i).map(|e| (i, e)))
        .collect();
    for year in events.chunk_by(|a, b| a.1.start.year == b.1.start.year) {
        let y = year[0].1.start.year;
        el(&mut o, "section class=\"tl-list-year\"", &[], &mut |o| {
            el(o, "h2", &[], &mut |o| number(o, i64::from(y)));
            for month in year.chunk_by(|a, b| a.1.start.month == b.1.start.month) {
                if let Some(m) = month[0].1.start.month {
                    el(o, "h3 class=\"tl-list-month\"", &[], &mut |o| {
                        text(o, month_names[(m as usize + 11) % 12]);
                        o.push(' ');
                        number(o, i64::from(y));
                    });
                }
                el(o, "ul class=\"tl-list-items\"", &[], &mut |o| {
                    for &(i, e) in month {
                        item(o, c, e, is_match(i), lang);
                    }
                });
            }
        });
    }
    o
}

/// One event of the list: its date, what happens (a link to its sentence where it has one) and
/// its letter.
fn item(o: &mut String, c: &Corpus, e: &Event, is_match: bool, lang: Lang) {
    let class = Attr::Fixed(if is_match {
        "class=\"tl-item is-match\" data-testid=\"timeline-item\""
    } else {
        "class=\"tl-item\" data-testid=\"timeline-item\""
    });
    el(o, "li", &[class], &mut |o| {
        el_text(o, "span class=\"tl-item-date\"", &[], &event_date(e, lang));
        o.push(' ');
        let label = event_label(e, lang);
        match event_href(e) {
            Some(h) => link(o, &h, "", &[], &label),
            None => el_text(o, "strong", &[], &label),
        }
        if let Some(title) = letter_title(e, c) {
            el_text(o, "span class=\"tl-item-letter\"", &[], title);
        }
    });
}
