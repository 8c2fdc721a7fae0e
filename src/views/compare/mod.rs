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
//! is a link or pushes one, and the page is drawn again from the URL. The bulk of the page is
//! written as HTML text with [`crate::markup::Html`]: each distinct element tree of the view
//! macros is its own generic code in the app, and these trees are large and many (about 45 KB
//! gzipped for this view that way), where as text they cost a few string pushes; the choosers' changes and the narrowing form
//! are handled once, on the page's root.

pub mod matrix;
pub mod pair;
pub mod passages;
pub mod state;

use crate::context::{follow_view_state, page_root, Nav, PageRoot, UiLang};
use crate::data::{corpus, themes};
use crate::i18n::Lang;
use crate::labels::{format_date, meeting_name};
use crate::markup::{Href, Html};
use crate::route::{Route, View};
use leptos::prelude::*;
use state::{CompareState, PassageRef};
use std::cell::RefCell;
use summit_core::extract::{ThemeIndex, ThemeTag};
use summit_core::{Block, Corpus, Letter, PartialDate};
use wasm_bindgen::JsCast;

// One explorer runs one page (the app, an iframe, or one custom element: the element's script
// starts an instance of the explorer for each), so these are the page's own.
thread_local! {
    /// The id of the control a person just changed, to give it the focus again once the page is
    /// drawn anew from the changed URL.
    static REFOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The open row or cell and the pair last drawn, to bring a newly opened one into view.
    static LAST_SHOWN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The compare view, drawn again whenever its URL state changes.
#[component]
pub fn Compare() -> impl IntoView {
    follow_view_state(View::Compare, |route| match route {
        Route::Compare(state) => view! { <ComparePage state=state.clone()/> }.into_any(),
        _ => ().into_any(),
    })
}

/// A chooser changed (its `data-href` is the link with it changed): remember it, and go there.
fn on_change(ev: leptos::ev::Event) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if let Some(href) = el.get_attribute("data-href") {
        REFOCUS.with(|f| *f.borrow_mut() = Some(el.id()));
        expect_context::<Nav>().push(&href);
    }
}

/// After drawing (call it while rendering): the focus back on the control just changed, or a
/// newly opened row, cell or pair brought into view with the focus on its heading (a pair from
/// the top of the page, where its tools and counts are). In a host page only after the person
/// acted inside the explorer, and never scrolling the host's page to its top.
fn settle_focus(shown: String, to_top: bool) {
    let nav = expect_context::<Nav>();
    let (may_move, own_page) = (nav.may_move(), !nav.in_element());
    let root = page_root();
    request_animation_frame(move || {
        let focus = |id: &str| {
            if let Some(el) = root.by_id(id) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                true
            } else {
                false
            }
        };
        let refocus = REFOCUS.with(|f| f.borrow_mut().take());
        let changed = LAST_SHOWN.with(|l| l.borrow_mut().replace(shown.clone())) != Some(shown);
        if !may_move || refocus.is_some_and(|id| focus(&id)) || !changed {
            return;
        }
        if (!focus("cmp-focus") || to_top) && own_page {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// A scroll in the page `root`: a diff column scrolled brings the other along.
fn on_scroll(root: &PageRoot, ev: leptos::ev::Event) {
    let id = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.id());
    match id.as_deref() {
        Some("diff-a") => pair::sync_scroll(root, "diff-a", "diff-b"),
        Some("diff-b") => pair::sync_scroll(root, "diff-b", "diff-a"),
        _ => {}
    }
}

/// The page for one state: the pair (or passage A) when one is chosen, else the matrix. All of
/// it is HTML text in one element, whose handlers serve the controls inside: the choosers
/// (`change`), the narrowing form (`submit`), and the diff's columns (`scroll`, caught on its
/// way down, since a scroll does not bubble).
#[component]
fn ComparePage(
    /// What to show.
    state: CompareState,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let mut h = Html::default();
    h.raw("<h1>").text(t.nav_compare).raw("</h1>");
    match (corpus(), themes()) {
        (Ok(c), Ok(idx)) => {
            h.raw("<div>");
            let columns = match &state.a {
                Some(a) => pair::pair_html(&mut h, c, idx, &state, a, l),
                None => {
                    matrix::matrix_html(&mut h, c, idx, &state, l);
                    None
                }
            };
            h.raw("</div>");
            if let Some(columns) = columns {
                h.append(&columns);
            }
        }
        _ => {
            h.raw("<p class=\"notice notice--error\" role=\"alert\">")
                .text(t.data_error)
                .raw("</p>");
        }
    }
    // What is shown, to tell a newly opened row, cell or pair from the same one drawn again.
    let mut shown = String::new();
    match (&state.a, &state.open) {
        (Some(a), _) => {
            shown = a.value();
            shown.push('|');
            if let Some(b) = &state.b {
                shown.push_str(&b.value());
            }
        }
        (None, Some((theme, meeting))) => {
            shown.push_str(theme);
            shown.push('|');
            if let Some(m) = meeting {
                shown.push_str(m);
            }
        }
        (None, None) => {}
    }
    settle_focus(shown, state.a.is_some());
    let root = page_root();
    let scroll_root = root.clone();
    let follow_columns = move |ev| on_scroll(&scroll_root, ev);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = root
            .by_id("cmp-q")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        REFOCUS.with(|f| *f.borrow_mut() = Some("cmp-q".into()));
        go(&CompareState {
            query: query.trim().to_string(),
            ..state.clone()
        });
    };
    view! {
        <section class="compare" data-testid="compare" on:change=on_change on:submit=on_submit
            on:scroll:capture=follow_columns inner_html=h.into_string()/>
    }
}

/// The link of a compare state.
pub fn href(state: &CompareState) -> Href {
    Href::route(&Route::Compare(state.clone()))
}

/// Goes to a compare state (a new history entry).
pub fn go(state: &CompareState) {
    expect_context::<Nav>().push(href(state).as_str());
}

/// The index of a letter in the corpus.
pub fn letter_index(c: &Corpus, id: &str) -> Option<usize> {
    c.letters.iter().position(|l| l.id == id)
}

/// The indices of the corpus's letters in date order (undated ones by their meeting).
pub fn letters_by_date(c: &Corpus) -> Vec<usize> {
    in_date_order((0..c.letters.len()).map(|i| (c.order_date(&c.letters[i]), i)))
}

/// Indices in the order of their dates (a less precise date first, no date before all), then
/// of the indices. Sorted as packed `u64` keys with the app's one compiled sort
/// ([`summit_core::order`]).
pub fn in_date_order(items: impl Iterator<Item = (Option<PartialDate>, usize)>) -> Vec<usize> {
    let mut keys: Vec<u64> = items
        .map(|(d, i)| {
            let date = d.map_or(0, |d| {
                (u64::from(d.year) << 16)
                    | (u64::from(d.month.unwrap_or(0)) << 8)
                    | u64::from(d.day.unwrap_or(0))
            });
            (date << 24) | (i as u64 & 0xFF_FFFF)
        })
        .collect();
    summit_core::order::sort_by(&mut keys, u64::cmp);
    keys.into_iter().map(|k| (k & 0xFF_FFFF) as usize).collect()
}

/// A passage (letter index, block number) as one sortable key.
pub fn passage_key(letter: usize, n: u32) -> u64 {
    ((letter as u64) << 32) | u64::from(n)
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
    let mut text = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        text.push_str(&b.text);
    }
    Some(Resolved {
        letter,
        blocks,
        text,
        theme,
    })
}
