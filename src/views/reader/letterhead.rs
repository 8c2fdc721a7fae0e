//! The head of a letter in the reader: title, kind, date, meeting, signatories, references,
//! source, and the letterhead fields, each fact saying where it came from.

use super::redaction::RedactionMark;
use crate::context::UiLang;
use crate::i18n::{format_date, kind_name, meeting_name};
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
    let l = UiLang::current();
    let t = l.t();
    let provenance = move |o: &Origin| match o {
        Origin::Text { .. } => t.from_text,
        Origin::Metadata { .. } => t.from_metadata,
    };
    let meeting = corpus.meeting(&letter.meeting);
    let kind = kind_name(corpus, &letter.kind, l).to_string();
    view! {
        <header class="reader-head">
            <p class="letter-kind">{kind}</p>
            <h1>{letter.title.value.clone()}</h1>
            <dl class="letter-meta">
                <div>
                    <dt>{t.label_date}</dt>
                    <dd>{match &letter.date {
                        Some(d) => format!("{} ({})", format_date(d.value, l), provenance(&d.origin)),
                        None => t.date_unknown.to_string(),
                    }}</dd>
                </div>
                {meeting.map(|m| view! {
                    <div>
                        <dt>{t.label_meeting}</dt>
                        <dd>{format!("{}, {} – {}", meeting_name(m, l), format_date(m.start, l), format_date(m.end, l))}</dd>
                    </div>
                })}
                {(!letter.signatories.is_empty()).then(|| view! {
                    <div>
                        <dt>{t.label_signed}</dt>
                        <dd><ul class="plain">{letter.signatories.iter().map(|s| view! {
                            <li>{s.name.clone().map(|n| format!("{n}, ")).unwrap_or_default()}{s.role.clone()}</li>
                        }).collect_view()}</ul></dd>
                    </div>
                })}
                {(!letter.references.is_empty()).then(|| view! {
                    <div>
                        <dt>{t.label_reference}</dt>
                        <dd>{letter.references.iter().map(|r| r.value.clone()).collect::<Vec<_>>().join(", ")}</dd>
                    </div>
                })}
                <div>
                    <dt>{t.label_source}</dt>
                    <dd><code>{letter.source.clone()}</code></dd>
                </div>
            </dl>
            {(!letter.letterhead.is_empty()).then(|| view! {
                <details class="letterhead">
                    <summary>{t.letterhead}</summary>
                    <dl>{letter.letterhead.iter().map(|f| view! {
                        <div>
                            <dt>{f.label.clone().unwrap_or_default()}</dt>
                            <dd>{if f.redacted {
                                view! { <RedactionMark/> }.into_any()
                            } else if f.value.is_empty() {
                                view! { <span class="muted">"—"</span> }.into_any()
                            } else {
                                view! { <span class="pre-line">{f.value.clone()}</span> }.into_any()
                            }}</dd>
                        </div>
                    }).collect_view()}</dl>
                </details>
            })}
        </header>
    }
}
