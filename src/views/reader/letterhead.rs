//! The head of a letter in the reader: title, kind, date, meeting, signatories, references,
//! source, and the letterhead fields, each fact saying where it came from. Written as text (see
//! [`crate::markup`]): it never changes once drawn.

use crate::context::UiLang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::markup::{el, el_text, text};
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

/// A `<div><dt>label</dt><dd>…</dd></div>` row of a metadata list, the value written by `value`.
fn row(out: &mut String, label: &str, value: &mut dyn FnMut(&mut String)) {
    el(out, "div", &[], &mut |out| {
        el_text(out, "dt", &[], label);
        el(out, "dd", &[], value);
    });
}

/// The inside of the letter's header.
fn header_html(corpus: &Corpus, letter: &Letter) -> String {
    let l = UiLang::current();
    let t = l.t();
    let mut out = String::new();
    let kind = kind_name(corpus, &letter.kind, l);
    el_text(&mut out, "p class=\"letter-kind\"", &[], kind);
    el_text(&mut out, "h1", &[], &letter.title.value);
    el(&mut out, "dl class=\"letter-meta\"", &[], &mut |out| {
        row(out, t.label_date, &mut |out| match &letter.date {
            Some(d) => {
                text(out, &format_date(d.value, l));
                out.push_str(" (");
                text(
                    out,
                    match d.origin {
                        Origin::Text { .. } => t.from_text,
                        Origin::Metadata { .. } => t.from_metadata,
                    },
                );
                out.push(')');
            }
            None => text(out, t.date_unknown),
        });
        if let Some(m) = corpus.meeting(&letter.meeting) {
            row(out, t.label_meeting, &mut |out| {
                text(out, meeting_name(m, l));
                out.push_str(", ");
                text(out, &format_date(m.start, l));
                out.push_str(" – ");
                text(out, &format_date(m.end, l));
            });
        }
        if !letter.signatories.is_empty() {
            row(out, t.label_signed, &mut |out| {
                el(out, "ul class=\"plain\"", &[], &mut |out| {
                    for s in &letter.signatories {
                        el(out, "li", &[], &mut |out| {
                            if let Some(n) = &s.name {
                                text(out, n);
                                out.push_str(", ");
                            }
                            text(out, &s.role);
                        });
                    }
                });
            });
        }
        if !letter.references.is_empty() {
            row(out, t.label_reference, &mut |out| {
                for (i, r) in letter.references.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    text(out, &r.value);
                }
            });
        }
        row(out, t.label_source, &mut |out| {
            el_text(out, "code", &[], &letter.source);
        });
    });
    if !letter.letterhead.is_empty() {
        el(&mut out, "details class=\"letterhead\"", &[], &mut |out| {
            el_text(out, "summary", &[], t.letterhead);
            el(out, "dl", &[], &mut |out| {
                for f in &letter.letterhead {
                    row(out, f.label.as_deref().unwrap_or_default(), &mut |out| {
                        if f.redacted {
                            super::redaction::write(out, t);
                        } else if f.value.is_empty() {
                            el_text(out, "span class=\"muted\"", &[], "—");
                        } else {
                            el_text(out, "span class=\"pre-line\"", &[], &f.value);
                        }
                    });
                }
            });
        });
    }
    out
}
