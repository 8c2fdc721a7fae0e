//! The passages of an open row (a theme across the chosen meetings) or cell (a theme at one
//! meeting), grouped by letter in date order, the letters side by side; each passage with its
//! theme's words marked, why it has the theme, its link and a way to compare it.

use super::state::{CompareState, PassageRef};
use super::{href, letter_line, letters_by_date, marked, tags_of};
use crate::context::UiLang;
use crate::i18n::{meeting_name, theme_name, Strings};
use crate::route::block_href;
use leptos::prelude::*;
use summit_core::extract::{ThemeIndex, ThemeTag};
use summit_core::{Block, Corpus, Letter, TextRange};

/// Why a paragraph has a theme: the heading that signals it, and the words found (each once,
/// as first written).
pub fn why(letter: &Letter, block: &Block, tag: &ThemeTag, t: &Strings) -> String {
    let mut parts = Vec::new();
    if let Some(h) = tag.heading.and_then(|n| letter.block(n)) {
        parts.push(format!("{} “{}”", t.compare_under_heading, h.text));
    }
    let mut words: Vec<&str> = Vec::new();
    for h in &tag.hits {
        if let Some(w) = block.text.get(h.span.range()) {
            if !words.iter().any(|x| x.eq_ignore_ascii_case(w)) {
                words.push(w);
            }
        }
    }
    if !words.is_empty() {
        parts.push(format!("{}: {}", t.compare_words_found, words.join(", ")));
    }
    parts.join("; ")
}

/// The marks of a tag's words in its paragraph.
pub fn hit_marks(tag: &ThemeTag) -> Vec<TextRange> {
    tag.hits.iter().map(|h| h.span).collect()
}

/// The open row or cell.
#[component]
pub fn OpenPassages(
    /// The corpus.
    corpus: &'static Corpus,
    /// The themes.
    themes: &'static ThemeIndex,
    /// The state (for the links, which keep the matrix's choice).
    state: CompareState,
    /// The theme's index.
    theme: usize,
    /// The meeting's index for a cell; `None` for a row.
    meeting: Option<usize>,
    /// The passages of the narrowing search, sorted; `None` for no search.
    found: Option<Vec<(usize, u32)>>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let c = corpus;
    let th = &themes.themes[theme];
    let in_meeting = |letter: &Letter| match meeting {
        Some(m) => letter.meeting == c.meetings[m].id,
        None => state.meetings.is_empty() || state.meetings.contains(&letter.meeting),
    };
    let columns = letters_by_date(c)
        .into_iter()
        .filter(|&li| in_meeting(&c.letters[li]))
        .filter_map(|li| {
            let letter = &c.letters[li];
            let tags: Vec<&ThemeTag> = tags_of(themes, li, theme)
                .into_iter()
                .filter(|g| {
                    found
                        .as_ref()
                        .is_none_or(|f| f.binary_search(&(li, g.block)).is_ok())
                })
                .collect();
            if tags.is_empty() {
                return None;
            }
            let whole = PassageRef::Theme {
                letter: letter.id.clone(),
                theme: th.id.clone(),
            };
            let items = tags
                .into_iter()
                .filter_map(|g| {
                    let block = letter.block(g.block)?;
                    let pick = state.with_pair(
                        Some(PassageRef::Block {
                            letter: letter.id.clone(),
                            n: block.n,
                        }),
                        None,
                    );
                    Some(view! {
                        <li class="cmp-passage" data-testid="compare-passage" data-n=block.n>
                            <p class="cmp-text">{marked(&block.text, &hit_marks(g))}</p>
                            <p class="cmp-why"><span class="muted">{t.compare_why}": "</span>{why(letter, block, g, t)}</p>
                            <p class="cmp-actions">
                                <a href=block_href(&letter.id, block.n)>{format!("¶ {}", block.n)}</a>
                                <a href=href(&pick) data-testid="compare-pick">{t.compare_pick}</a>
                            </p>
                        </li>
                    })
                })
                .collect_view();
            Some(view! {
                <section class="cmp-letter" data-testid="compare-letter" data-letter=letter.id.clone()>
                    <h3>{letter_line(c, letter, l)}</h3>
                    <p><a href=href(&state.with_pair(Some(whole), None)) data-testid="compare-pick-theme">{t.compare_pick_theme}</a></p>
                    <ol class="cmp-passages">{items}</ol>
                </section>
            })
        })
        .collect_view();
    let title = match meeting {
        Some(m) => format!(
            "{} · {}",
            theme_name(th, l),
            meeting_name(&c.meetings[m], l)
        ),
        None => theme_name(th, l).to_string(),
    };
    let close = CompareState {
        open: None,
        ..state.clone()
    };
    view! {
        <section class="cmp-open" data-testid="compare-open" aria-labelledby="cmp-open-title">
            <div class="section-head">
                <h2 id="cmp-open-title">{title}</h2>
                <a href=href(&close)>{t.compare_close}</a>
            </div>
            <div class="cmp-columns">{columns}</div>
        </section>
    }
}
