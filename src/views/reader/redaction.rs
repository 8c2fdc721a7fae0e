//! The mark shown where the source text was redacted.

use crate::context::UiLang;
use leptos::prelude::*;

/// A visible redaction mark with an accessible label.
#[component]
pub fn RedactionMark() -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    view! {
        <span class="redaction" data-testid="redaction" role="img"
            aria-label=t.redacted title=t.redacted>
            <span aria-hidden="true">"██████"</span>
        </span>
    }
}
