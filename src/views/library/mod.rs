//! Library: every document with its kind, date, meeting, signatories and reference.
//!
//! Its URL state, the order of the list, is in [`state`].

pub mod state;

use crate::context::{follow_view_state, UiLang};
use crate::data::corpus;
use crate::i18n::Lang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::markup::{el, el_text, link, number, text, Attr, Href};
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
    el(&mut out, "div class=\"section-head\"", &[], &mut |out| {
        el_text(out, "h1", &[], t.library_title);
        el(out, "p class=\"muted\"", &[], &mut |out| {
            number(out, letters.len() as i64);
            out.push(' ');
            text(out, t.documents);
        });
    });
    el_text(&mut out, "p class=\"intro\"", &[], t.library_intro);
    let nav = [Attr::Value("aria-label", t.sort_label)];
    el(
        &mut out,
        "nav class=\"sort\" data-testid=\"sort-date\"",
        &nav,
        &mut |out| {
            el(out, "span class=\"muted\"", &[], &mut |out| {
                text(out, t.sort_label);
                out.push_str(": ");
            });
            for (order, label) in [
                (SortOrder::Newest, t.sort_newest),
                (SortOrder::Oldest, t.sort_oldest),
            ] {
                let extra = match order == sort {
                    true => "class=\"sort-link is-active\" aria-current=\"true\"",
                    false => "class=\"sort-link\"",
                };
                link(out, &Href::route(&Route::Library(order)), extra, &[], label);
            }
        },
    );
    el(
        &mut out,
        "ol class=\"letter-list\" data-testid=\"letter-list\"",
        &[],
        &mut |out| {
            for l in &letters {
                letter_card(out, c, l, ui);
            }
        },
    );
    out
}

/// One letter of the list: kind, linked title, and its date, meeting, signatories and
/// references where it has them.
fn letter_card(out: &mut String, c: &Corpus, l: &Letter, ui: Lang) {
    let t = ui.t();
    let card = [Attr::Value("data-letter", &l.id)];
    el(
        out,
        "li class=\"letter-card\" data-testid=\"letter-item\"",
        &card,
        &mut |out| {
            el_text(
                out,
                "p class=\"letter-kind\"",
                &[],
                kind_name(c, &l.kind, ui),
            );
            el(out, "h2 class=\"letter-title\"", &[], &mut |out| {
                let href = Href::route(&Route::Reader(ReaderState::at(&l.id, Target::Top)));
                link(out, &href, "", &[], &l.title.value);
            });
            el(out, "dl class=\"letter-meta\"", &[], &mut |out| {
                let iso = c.order_date(l).map(|d| d.to_string()).unwrap_or_default();
                let date = match l.date.as_ref() {
                    Some(d) => format_date(d.value, ui),
                    None => t.date_unknown.to_string(),
                };
                row(out, t.label_date, &mut |out| {
                    el_text(out, "time", &[Attr::Value("datetime", &iso)], &date);
                });
                if let Some(m) = c.meeting(&l.meeting) {
                    row(out, t.label_meeting, &mut |out| {
                        text(out, meeting_name(m, ui));
                        el(out, "span class=\"muted\"", &[], &mut |out| {
                            out.push_str(" · ");
                            text(out, &format_date(m.start, ui));
                            out.push('–');
                            text(out, &format_date(m.end, ui));
                        });
                    });
                }
                let signers: Vec<&String> = l
                    .signatories
                    .iter()
                    .map(|s| s.name.as_ref().unwrap_or(&s.role))
                    .collect();
                joined_row(out, t.label_signed, &signers);
                let references: Vec<&String> = l.references.iter().map(|r| &r.value).collect();
                joined_row(out, t.label_reference, &references);
            });
        },
    );
}

/// A row of the letter's details: `<div><dt>label</dt><dd>…</dd></div>`, the value written by
/// `value`.
fn row(out: &mut String, label: &str, value: &mut dyn FnMut(&mut String)) {
    el(out, "div", &[], &mut |out| {
        el_text(out, "dt", &[], label);
        el(out, "dd", &[], value);
    });
}

/// A row of the letter's details whose value is `values` joined by commas; none when empty.
fn joined_row(out: &mut String, label: &str, values: &[&String]) {
    if values.is_empty() {
        return;
    }
    row(out, label, &mut |out| {
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            text(out, v);
        }
    });
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
