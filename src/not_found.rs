//! The page for a link that leads nowhere. Not a view of its own: the shell shows it for an
//! unknown address, and the reader for a letter or paragraph that does not exist.

use crate::context::UiLang;
use leptos::prelude::*;

/// A link that leads nowhere: say so, and offer the way back.
#[component]
pub fn NotFound(
    /// A more precise message than the general one.
    message: Option<&'static str>,
) -> impl IntoView {
    let t = UiLang::current().t();
    view! {
        <section class="notice" data-testid="not-found" role="alert">
            <h1>{t.not_found_title}</h1>
            <p>{message.unwrap_or(t.not_found_text)}</p>
            <p><a href="#/">{t.back_to_library}</a></p>
        </section>
    }
}
