//! Library: every document with its kind, date, meeting, signatories and reference.
//!
//! Its URL state, the order of the list, is in [`state`].

pub mod state;

use crate::context::{follow_view_state, UiLang};
use crate::data::corpus;
use crate::i18n::Lang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::markup::{attr, link, number, text};
use crate::route::{ReaderState, Route, Target, View};
use leptos::prelude::*;
use state::SortOrder;
use summit_core::{Corpus, Letter};

/// The library, in the order the URL asks for.
#[component]
pub fn Library() -> impl IntoView {
    follow_view_state(View::Library, |route| match route {
        Route::Library(sort) => view! { <LetterList sort=*sort/> }.into_inner(),
        _ => ().into_any(),
    })
}

/// The library: its heading, the order links and the list of letters, sorted by date.
#[component]
pub fn LetterList(
    /// Newest or oldest first.
    sort: SortOrder,
) -> AnyView {
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    view! { <section class="library" inner_html=library_html(c, UiLang::current(), sort)/> }
        .into_any()
}

/// The library's markup: read-only, links only, so it is written as one string (see
/// [`crate::markup`]).
pub fn library_html(c: &Corpus, ui: Lang, sort: SortOrder) -> String {
    let t = ui.t();
    let letters = sort.sorted(c);
    let mut out = String::with_capacity(1024 * (letters.len() + 1));
    out.push_str("<div class=\"section-head\"><h1>");
    text(&mut out, t.library_title);
    out.push_str("</h1><p class=\"muted\">");
    number(&mut out, letters.len() as i64);
    out.push(' ');
    text(&mut out, t.documents);
    out.push_str("</p></div><p class=\"intro\">");
    text(&mut out, t.library_intro);
    out.push_str("</p><nav class=\"sort\" data-testid=\"sort-date\"");
    attr(&mut out, "aria-label", t.sort_label);
    out.push_str("><span class=\"muted\">");
    text(&mut out, t.sort_label);
    out.push_str(": </span>");
    for (order, label) in [
        (SortOrder::Newest, t.sort_newest),
        (SortOrder::Oldest, t.sort_oldest),
    ] {
        let extra = match order == sort {
            true => " class=\"sort-link is-active\" aria-current=\"true\"",
            false => " class=\"sort-link\"",
        };
        link(&mut out, &Route::Library(order).href(), extra, label);
    }
    out.push_str("</nav><ol class=\"letter-list\" data-testid=\"letter-list\">");
    for l in letters {
        letter_card(&mut out, c, l, ui);
    }
    out.push_str("</ol>");
    out
}

/// One letter of the list: kind, linked title, and its date, meeting, signatories and
/// references where it has them.
fn letter_card(out: &mut String, c: &Corpus, l: &Letter, ui: Lang) {
    let t = ui.t();
    out.push_str("<li class=\"letter-card\" data-testid=\"letter-item\"");
    attr(out, "data-letter", &l.id);
    out.push_str("><p class=\"letter-kind\">");
    text(out, kind_name(c, &l.kind, ui));
    out.push_str("</p><h2 class=\"letter-title\">");
    let href = Route::Reader(ReaderState::at(&l.id, Target::Top)).href();
    link(out, &href, "", &l.title.value);
    out.push_str("</h2><dl class=\"letter-meta\">");
    let iso = c.order_date(l).map(|d| d.to_string()).unwrap_or_default();
    let date = match l.date.as_ref() {
        Some(d) => format_date(d.value, ui),
        None => t.date_unknown.to_string(),
    };
    term(out, t.label_date);
    out.push_str("<time");
    attr(out, "datetime", &iso);
    out.push('>');
    text(out, &date);
    out.push_str("</time></dd></div>");
    if let Some(m) = c.meeting(&l.meeting) {
        term(out, t.label_meeting);
        text(out, meeting_name(m, ui));
        out.push_str("<span class=\"muted\"> · ");
        text(out, &format_date(m.start, ui));
        out.push('–');
        text(out, &format_date(m.end, ui));
        out.push_str("</span></dd></div>");
    }
    let signers = l
        .signatories
        .iter()
        .map(|s| s.name.as_ref().unwrap_or(&s.role));
    list_item(out, t.label_signed, signers);
    list_item(
        out,
        t.label_reference,
        l.references.iter().map(|r| &r.value),
    );
    out.push_str("</dl></li>");
}

/// Opens a row of the letter's details: `<div><dt>label</dt><dd>`.
fn term(out: &mut String, label: &str) {
    out.push_str("<div><dt>");
    text(out, label);
    out.push_str("</dt><dd>");
}

/// A row of the letter's details whose value is `values` joined by commas; none when empty.
fn list_item<'a>(out: &mut String, label: &str, values: impl Iterator<Item = &'a String>) {
    let mut values = values.peekable();
    if values.peek().is_none() {
        return;
    }
    term(out, label);
    for (i, v) in values.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        text(out, v);
    }
    out.push_str("</dd></div>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_lists_every_letter_in_the_order_asked_with_the_order_marked() {
        let c = corpus().unwrap();
        let html = library_html(c, Lang::Nl, SortOrder::Newest);
        assert_eq!(
            html.matches("data-testid=\"letter-item\"").count(),
            c.letters.len()
        );
        for l in &c.letters {
            assert!(
                html.contains(&format!("href=\"#/brief/{}\"", l.id)),
                "{}",
                l.id
            );
        }
        assert!(html.contains(&format!(
            "<p class=\"muted\">{} documenten</p>",
            c.letters.len()
        )));
        assert!(html.contains("href=\"#/\" class=\"sort-link is-active\" aria-current=\"true\""));
        let oldest = library_html(c, Lang::En, SortOrder::Oldest);
        assert!(oldest.contains("href=\"#/?sort=oud\" class=\"sort-link is-active\""));
        assert!(oldest.contains("<dt>Date</dt>"));
        let position = |html: &str, l: &Letter| html.find(&format!("data-letter=\"{}\"", l.id));
        let newest = SortOrder::Newest.sorted(c);
        let (first, last) = (newest[0], newest[newest.len() - 1]);
        assert!(position(&html, first) < position(&html, last));
        assert!(position(&oldest, first) > position(&oldest, last));
    }

    #[test]
    fn text_from_the_letters_is_escaped_and_empty_details_are_left_out() {
        let mut c = corpus().unwrap().clone();
        let letter = &mut c.letters[0];
        letter.title.value = "<script>alert(\"x\")</script> & co".into();
        letter.signatories.clear();
        letter.references.clear();
        letter.id = "a\"b".into();
        let html = library_html(&c, Lang::Nl, SortOrder::Newest);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; co"));
        assert!(html.contains("data-letter=\"a&quot;b\""));
        let card = &html[html.find("data-letter=\"a&quot;b\"").unwrap()..];
        let card = &card[..card.find("</li>").unwrap()];
        assert!(!card.contains("Ondertekend"), "{card}");
        assert!(card.contains("<dt>Datum</dt>"), "{card}");
    }
}
