//! Compare: the meetings side by side by theme, the passages behind each count, and a word-level
//! diff of any two passages, with the passages most like one.
//!
//! ```text
//! #/vergelijken                 matrix (themes × meetings) ── open a row or cell ─▶ passages
//! #/vergelijken?a=<letter>~<n>  passage A, its similar passages and its themes in other letters
//! …&b=<letter>~<n>              A and B side by side (or in one column) with the changes marked
//! ```
//!
//! The themes come from the build ([`crate::data::themes`]); the diff ([`summit_core::diff`])
//! and the similar passages ([`summit_core::search::SearchIndex::similar_passages`]) are computed
//! here for the two passages chosen. The whole state lives in the URL ([`state`]); every control
//! is a link or pushes one, and the page is drawn again from the URL.

pub mod matrix;
pub mod pair;
pub mod passages;
pub mod state;

use crate::context::{follow_view_state, Nav, UiLang};
use crate::data::{corpus, themes};
use crate::i18n::{format_date, meeting_name, Lang};
use crate::route::{Route, View};
use leptos::prelude::*;
use state::{CompareState, PassageRef};
use summit_core::extract::{ThemeIndex, ThemeTag};
use summit_core::{Block, Corpus, Letter, TextRange};

/// The compare view, drawn again whenever its URL state changes.
#[component]
pub fn Compare() -> impl IntoView {
    follow_view_state(View::Compare, |route| match route {
        Route::Compare(state) => view! { <ComparePage state=state.clone()/> }.into_any(),
        _ => ().into_any(),
    })
}

/// The page for one state: the pair (or passage A) when one is chosen, else the matrix.
#[component]
fn ComparePage(
    /// What to show.
    state: CompareState,
) -> AnyView {
    let t = UiLang::current().t();
    let (Ok(c), Ok(idx)) = (corpus(), themes()) else {
        return view! { <p class="notice notice--error" role="alert">{t.data_error}</p> }
            .into_any();
    };
    let body = match state.a.clone() {
        Some(a) => view! { <pair::PairPage corpus=c themes=idx state=state a=a/> }.into_any(),
        None => view! { <matrix::MatrixPage corpus=c themes=idx state=state/> }.into_any(),
    };
    view! {
        <section class="compare" data-testid="compare">
            <h1>{t.nav_compare}</h1>
            {body}
        </section>
    }
    .into_any()
}

/// The link of a compare state.
pub fn href(state: &CompareState) -> String {
    Route::Compare(state.clone()).href()
}

/// Goes to a compare state (a new history entry).
pub fn go(state: &CompareState) {
    expect_context::<Nav>().push(&href(state));
}

/// The index of a letter in the corpus.
pub fn letter_index(c: &Corpus, id: &str) -> Option<usize> {
    c.letters.iter().position(|l| l.id == id)
}

/// The indices of the corpus's letters in date order (undated ones by their meeting).
pub fn letters_by_date(c: &Corpus) -> Vec<usize> {
    let mut order: Vec<usize> = (0..c.letters.len()).collect();
    order.sort_by_key(|&i| (c.order_date(&c.letters[i]), i));
    order
}

/// "Title · meeting · date" of a letter, for headings of columns and sides.
pub fn letter_line(c: &Corpus, letter: &Letter, lang: Lang) -> String {
    let mut s = letter.title.value.clone();
    if let Some(m) = c.meeting(&letter.meeting) {
        s.push_str(" · ");
        s.push_str(meeting_name(m, lang));
    }
    if let Some(d) = &letter.date {
        s.push_str(" · ");
        s.push_str(&format_date(d.value, lang));
    }
    s
}

/// The tags of a letter's paragraphs with theme `theme`, in reading order.
pub fn tags_of(idx: &ThemeIndex, letter: usize, theme: usize) -> Vec<&ThemeTag> {
    idx.tags
        .iter()
        .filter(|t| t.letter as usize == letter && t.theme as usize == theme)
        .collect()
}

/// A side of a comparison as found in the data: its letter, its blocks and its text (the blocks'
/// texts joined by an empty line).
pub struct Resolved {
    /// The letter.
    pub letter: &'static Letter,
    /// The blocks it is made of.
    pub blocks: Vec<&'static Block>,
    /// The text compared.
    pub text: String,
    /// The theme's index, for a letter's passages on a theme.
    pub theme: Option<usize>,
}

/// Finds a side in the data; `None` when its letter, paragraph or theme does not exist.
pub fn resolve(c: &'static Corpus, idx: &ThemeIndex, r: &PassageRef) -> Option<Resolved> {
    let li = letter_index(c, r.letter())?;
    let letter = &c.letters[li];
    let (blocks, theme): (Vec<&Block>, _) = match r {
        PassageRef::Block { n, .. } => (vec![letter.block(*n)?], None),
        PassageRef::Theme { theme, .. } => {
            let ti = idx.themes.iter().position(|x| &x.id == theme)?;
            let blocks: Vec<&Block> = tags_of(idx, li, ti)
                .iter()
                .filter_map(|t| letter.block(t.block))
                .collect();
            (blocks, Some(ti))
        }
    };
    if blocks.is_empty() {
        return None;
    }
    let text = blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    Some(Resolved {
        letter,
        blocks,
        text,
        theme,
    })
}

/// Text with marked ranges in `<mark>` elements (never read as HTML).
pub fn marked(text: &str, marks: &[TextRange]) -> AnyView {
    summit_core::search::segments(text, marks)
        .map(|(piece, m)| {
            let piece = piece.to_string();
            if m {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
        .into_any()
}
