//! Plain pages: views that come in a later version, and "not found".

use crate::i18n::Lang;
use crate::views::shell::{UiLang, Which};
use leptos::prelude::*;

/// A string in the interface language.
type LangText = fn(Lang) -> &'static str;

/// A view that is not built yet says so plainly.
#[component]
pub fn ComingSoon(
    /// Which view.
    which: Which,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let (title, text): (LangText, LangText) = match which {
        Which::Timeline => (|l| l.t().nav_timeline, |l| l.t().timeline_soon),
        Which::Compare => (|l| l.t().nav_compare, |l| l.t().compare_soon),
    };
    view! {
        <section class="notice" data-testid="coming-soon">
            <h1>{title(l)}</h1>
            <p>{text(l)}</p>
            <p><a href="#/">{t.back_to_library}</a></p>
        </section>
    }
}

/// A link that leads nowhere: say so, and offer the way back.
#[component]
pub fn NotFound(
    /// A more precise message than the general one.
    message: Option<fn(Lang) -> &'static str>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    view! {
        <section class="notice" data-testid="not-found" role="alert">
            <h1>{t.not_found_title}</h1>
            <p>{message.map_or(t.not_found_text, |m| m(l))}</p>
            <p><a href="#/">{t.back_to_library}</a></p>
        </section>
    }
}
