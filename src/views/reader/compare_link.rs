//! The way from a paragraph of the reader to the compare view: the paragraph as passage A, with
//! the passages most like it in the other letters to choose B from.

use crate::context::UiLang;
use crate::route::{CompareState, PassageRef, Route};
use leptos::prelude::*;

/// "Compare" beside a paragraph's link.
#[component]
pub fn CompareLink(
    /// The letter's id.
    letter: &'static str,
    /// The paragraph's number.
    n: u32,
) -> impl IntoView {
    let t = UiLang::current().t();
    let href = Route::Compare(CompareState::passage(PassageRef::Block {
        letter: letter.to_string(),
        n,
    }))
    .href();
    view! {
        <a class="permalink" data-testid="compare-link" href=href
            aria-label=format!("{} {n}", t.compare_link_label)>{t.compare_link}</a>
    }
}
