//! Plain pages: views that come in a later version, and "not found".

use crate::context::UiLang;
use crate::route::View;
use leptos::prelude::*;

/// A view that is not built yet says so plainly.
#[component]
pub fn ComingSoon(
    /// The view that comes later.
    view: View,
) -> impl IntoView {
    let t = UiLang::current().t();
    let (title, text) = match view {
        View::Compare => (t.nav_compare, t.compare_soon),
        // Built views have no placeholder; should one be asked for, it reads as a dead link.
        View::Library
        | View::Reader
        | View::Search
        | View::Timeline
        | View::Figures
        | View::Glossary => (t.not_found_title, t.not_found_text),
    };
    view! {
        <section class="notice" data-testid="coming-soon">
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a href="#/">{t.back_to_library}</a></p>
        </section>
    }
}

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
