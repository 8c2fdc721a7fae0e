//! Reader: one document with its metadata, body, footnotes, paragraph links and citations.
//!
//! Its URL state (letter, target, marked words) is in [`state`]; the parts of the page are
//! [`letterhead`], [`blocks`], [`footnotes`], [`citation`] and [`compare_link`].

pub mod blocks;
pub mod citation;
pub mod compare_link;
pub mod footnotes;
pub mod letterhead;
pub mod redaction;
pub mod state;

use crate::context::{follow_view_state, UiLang};
use crate::data::{corpus, search_index};
use crate::not_found::NotFound;
use crate::route::{ReaderState, Route, SearchState, Target, View};
use blocks::BlockView;
use footnotes::Footnotes;
use leptos::prelude::*;
use letterhead::LetterHeader;
use std::collections::HashMap;
use summit_core::search::{Filters, SearchOptions};
use summit_core::{Letter, TextRange};
use wasm_bindgen::JsCast;

/// Search marks per block of a letter, for a query.
fn search_marks(letter: &Letter, query: &str) -> HashMap<u32, Vec<TextRange>> {
    let (Ok(c), Ok(index)) = (corpus(), search_index()) else {
        return Default::default();
    };
    let options = SearchOptions {
        filters: Filters {
            letters: vec![letter.id.clone()],
            ..Default::default()
        },
        limit: usize::MAX,
        typing: true,
        ..Default::default()
    };
    index
        .search(c, query, &options)
        .hits
        .into_iter()
        .map(|h| (h.n, h.marks))
        .collect()
}

/// The reader, showing the letter the URL names; drawn again when the URL names another letter,
/// target or marking.
#[component]
pub fn Reader() -> impl IntoView {
    follow_view_state(View::Reader, |route| match route {
        Route::Reader(state) => view! { <LetterPage state=state.clone()/> }.into_inner(),
        _ => ().into_any(),
    })
}

/// One letter, scrolled to the target of `state`, its search words marked.
#[component]
pub fn LetterPage(
    /// Letter, target and marked words.
    state: ReaderState,
) -> AnyView {
    let l = UiLang::current();
    let t = l.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let Some(letter) = c.letter(&state.letter) else {
        return view! { <NotFound message=Some(t.letter_not_found)/> }.into_any();
    };
    let target = &state.target;
    let target_ok = match target {
        Target::Top => true,
        Target::Block(n) => letter.block(*n).is_some(),
        Target::Note(label) => letter.footnotes.iter().any(|f| &f.label == label),
    };
    if !target_ok {
        return view! { <NotFound message=Some(t.paragraph_not_found)/> }.into_any();
    }
    let target_dom_id = match target {
        Target::Top => None,
        Target::Block(n) => Some(format!("p-{n}")),
        Target::Note(l) => Some(format!("fn-{l}")),
    };
    // Bring the linked paragraph into view once it is in the page (in an embed's page when it
    // is one; never scrolling a host page on its load).
    let root = crate::context::page_root();
    if let (true, Some(dom_id)) = (crate::context::may_scroll(), target_dom_id) {
        request_animation_frame(move || {
            if let Some(el) = root.by_id(&dom_id) {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    } else if !crate::context::in_element() {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    let citing = RwSignal::new(None::<u32>);
    let target_block = match target {
        Target::Block(n) => Some(*n),
        _ => None,
    };
    let target_note = match target {
        Target::Note(l) => Some(l.clone()),
        _ => None,
    };
    let marks = state
        .highlight
        .as_deref()
        .map(|q| search_marks(letter, q))
        .unwrap_or_default();
    let found = marks.len();
    let letter_index = c.letters.iter().position(|l| l.id == letter.id);
    let dates = date_links(letter_index);
    let terms = term_tips(letter_index);
    let blocks = letter
        .blocks
        .iter()
        .map(|b| {
            let mut m = marks.get(&b.n).cloned().unwrap_or_default();
            // The sentence a timeline link points at is marked instead of search words.
            if let (Some(s), true) = (state.sentence, target_block == Some(b.n)) {
                if let Some(range) = b.sentences.get(s as usize) {
                    m = vec![*range];
                }
            }
            let d = dates.get(&b.n).cloned().unwrap_or_default();
            let a = terms.get(&b.n).cloned().unwrap_or_default();
            view! { <BlockView letter=letter block=b is_target=target_block == Some(b.n) citing=citing marks=m dates=d terms=a/> }
        })
        .collect_view();
    let banner = state
        .highlight
        .is_some()
        .then(|| view! { <HighlightBanner state=state.clone() found=found/> });
    view! {
        <article class="reader" data-testid="reader" data-letter=letter.id.clone()>
            <LetterHeader corpus=c letter=letter/>
            {banner}
            <div class="letter-body" on:keydown=blocks::dismiss_tip>{blocks}</div>
            {(!letter.footnotes.is_empty()).then(|| view! {
                <Footnotes letter=letter target=target_note/>
            })}
            <p class="back"><a href="#/">{format!("← {}", t.back_to_library)}</a></p>
        </article>
    }
    .into_any()
}

/// The acronyms of a letter to explain in the reader, by block: the first mention in each block
/// of every acronym with an expansion (one tab stop per acronym and paragraph, not one per word),
/// with the index of its glossary entry.
fn term_tips(letter_index: Option<usize>) -> HashMap<u32, Vec<(TextRange, usize)>> {
    let mut out: HashMap<u32, Vec<(TextRange, usize)>> = HashMap::new();
    let (Some(li), Ok(entries)) = (letter_index, crate::data::glossary()) else {
        return out;
    };
    let acronyms = entries.iter().enumerate().filter(|(_, e)| {
        e.kind == summit_core::extract::TermKind::Acronym && e.expansion.is_some()
    });
    for (i, e) in acronyms {
        let mut seen: Vec<u32> = Vec::new();
        for p in e.mentions.iter().filter(|p| p.letter as usize == li) {
            if !seen.contains(&p.block) {
                seen.push(p.block);
                out.entry(p.block).or_default().push((p.span, i));
            }
        }
    }
    out
}

/// The dates of a letter (its index in the corpus) by block: their bytes and the index of their
/// event on the timeline.
fn date_links(letter_index: Option<usize>) -> HashMap<u32, Vec<(TextRange, usize)>> {
    let mut out: HashMap<u32, Vec<(TextRange, usize)>> = HashMap::new();
    let (Some(li), Ok(events)) = (letter_index, crate::data::events()) else {
        return out;
    };
    for (i, e) in events.iter().enumerate() {
        if let Some(p) = e.place.as_ref().filter(|p| p.letter as usize == li) {
            out.entry(p.block).or_default().push((p.span, i));
        }
    }
    out
}

/// The words marked from a search, how many paragraphs hold them, the way back to the results
/// and a link without the marks.
#[component]
fn HighlightBanner(
    /// The reader's state, with the marked words.
    state: ReaderState,
    /// Paragraphs with marks.
    found: usize,
) -> impl IntoView {
    let t = UiLang::current().t();
    let q = state.highlight.clone().unwrap_or_default();
    let back = Route::Search(SearchState::query(&q)).href();
    let clear = Route::Reader(ReaderState {
        highlight: None,
        sentence: None,
        ..state
    })
    .href();
    view! {
        <p class="highlight-banner" data-testid="highlight-banner" role="status">
            {t.marked}" “"{q}"” ("{found}" ¶) · "
            <a href=back>{t.back_to_results}</a>" · "
            <a href=clear>{t.remove_marks}</a>
        </p>
    }
}
