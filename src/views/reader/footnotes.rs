//! The footnotes of a letter, each linked back to the paragraph that cites it.

use crate::context::UiLang;
use crate::route::block_href;
use leptos::prelude::*;
use summit_core::Letter;

/// The footnotes of a letter, each linked back to its paragraph.
#[component]
pub fn Footnotes(
    /// The letter.
    letter: &'static Letter,
    /// The label of the footnote a link points at, marked as the target.
    target: Option<String>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    view! {
        <section class="footnotes" data-testid="footnotes" aria-label=t.footnotes>
            <h2>{t.footnotes}</h2>
            <ol class="plain">{letter.footnotes.iter().map(|f| {
                let is_target = target.as_deref() == Some(f.label.as_str());
                view! {
                    <li id=format!("fn-{}", f.label) tabindex="-1"
                        class=if is_target { "footnote is-target" } else { "footnote" }>
                        <span class="fn-label">{f.label.clone()}</span>
                        <span class="fn-text">{f.text.clone()}
                            {f.block.map(|n| view! {
                                " "<a class="fn-back" href=block_href(&letter.id, n)
                                    aria-label=t.back_to_text>"↩"</a>
                            })}
                        </span>
                    </li>
                }
            }).collect_view()}</ol>
        </section>
    }
}
