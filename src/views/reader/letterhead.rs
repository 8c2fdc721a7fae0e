//! The head of a letter in the reader: title, kind, date, meeting, signatories, references,
//! source, and the letterhead fields, each fact saying where it came from. Written as text (see
//! [`crate::markup`]): it never changes once drawn.

use crate::context::UiLang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::markup;
use leptos::prelude::*;
use summit_core::{Corpus, Letter, Origin};

/// Title and metadata of a letter, with where each fact came from.
#[component]
pub fn LetterHeader(
    /// The corpus, for the letter's meeting.
    corpus: &'static Corpus,
    /// The letter.
    letter: &'static Letter,
) -> impl IntoView {
    view! { <header class="reader-head" inner_html=header_html(corpus, letter)/> }
}

/// Opens a `<div><dt>label</dt><dd>` row of the metadata list.
fn row(out: &mut String, label: &str) {
    out.push_str("<div><dt>");
    markup::text(out, label);
    out.push_str("</dt><dd>");
}

/// The inside of the letter's header.
fn header_html(corpus: &Corpus, letter: &Letter) -> String {
    let l = UiLang::current();
    let t = l.t();
    let mut out = String::new();
    out.push_str("<p class=\"letter-kind\">");
    markup::text(&mut out, kind_name(corpus, &letter.kind, l));
    out.push_str("</p><h1>");
    markup::text(&mut out, &letter.title.value);
    out.push_str("</h1><dl class=\"letter-meta\">");
    row(&mut out, t.label_date);
    match &letter.date {
        Some(d) => {
            markup::text(&mut out, &format_date(d.value, l));
            out.push_str(" (");
            markup::text(
                &mut out,
                match d.origin {
                    Origin::Text { .. } => t.from_text,
                    Origin::Metadata { .. } => t.from_metadata,
                },
            );
            out.push(')');
        }
        None => markup::text(&mut out, t.date_unknown),
    }
    out.push_str("</dd></div>");
    if let Some(m) = corpus.meeting(&letter.meeting) {
        row(&mut out, t.label_meeting);
        markup::text(&mut out, meeting_name(m, l));
        out.push_str(", ");
        markup::text(&mut out, &format_date(m.start, l));
        out.push_str(" – ");
        markup::text(&mut out, &format_date(m.end, l));
        out.push_str("</dd></div>");
    }
    if !letter.signatories.is_empty() {
        row(&mut out, t.label_signed);
        out.push_str("<ul class=\"plain\">");
        for s in &letter.signatories {
            out.push_str("<li>");
            if let Some(n) = &s.name {
                markup::text(&mut out, n);
                out.push_str(", ");
            }
            markup::text(&mut out, &s.role);
            out.push_str("</li>");
        }
        out.push_str("</ul></dd></div>");
    }
    if !letter.references.is_empty() {
        row(&mut out, t.label_reference);
        for (i, r) in letter.references.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            markup::text(&mut out, &r.value);
        }
        out.push_str("</dd></div>");
    }
    row(&mut out, t.label_source);
    out.push_str("<code>");
    markup::text(&mut out, &letter.source);
    out.push_str("</code></dd></div></dl>");
    if !letter.letterhead.is_empty() {
        out.push_str("<details class=\"letterhead\"><summary>");
        markup::text(&mut out, t.letterhead);
        out.push_str("</summary><dl>");
        for f in &letter.letterhead {
            row(&mut out, f.label.as_deref().unwrap_or_default());
            if f.redacted {
                super::redaction::write(&mut out, t);
            } else if f.value.is_empty() {
                out.push_str("<span class=\"muted\">—</span>");
            } else {
                out.push_str("<span class=\"pre-line\">");
                markup::text(&mut out, &f.value);
                out.push_str("</span>");
            }
            out.push_str("</dd></div>");
        }
        out.push_str("</dl></details>");
    }
    out
}
