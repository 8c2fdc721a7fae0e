//! Two passages compared: A alone with the passages like it and its themes in other letters (to
//! choose B), or A and B with a word-level diff, side by side with synchronised scrolling or in
//! one column, punctuation-only changes optionally ignored.
//!
//! The marks never rest on colour alone: text only in A is struck through (`<del>`), text only
//! in B underlined (`<ins>`), moved text dotted with its move's number, and each carries text for
//! screen readers saying what it is.

use super::passages::{hit_marks, why};
use super::state::{CompareState, PassageRef};
use super::{
    go, href, letter_index, letter_line, letters_by_date, marked, resolve, tags_of, Resolved,
};
use crate::context::UiLang;
use crate::data::search_index;
use crate::i18n::{theme_name, Lang, Strings};
use crate::route::block_href;
use leptos::prelude::*;
use summit_core::diff::{diff, Change, DiffOptions, DiffRun, PassageDiff, Side};
use summit_core::extract::ThemeIndex;
use summit_core::Corpus;

/// Most similar passages listed.
const MAX_SIMILAR: usize = 8;
/// Characters of a passage shown in a list of passages to choose from.
const EXCERPT_CHARS: usize = 180;
/// Screens narrower than this show the diff in one column unless the link says otherwise.
const NARROW_SCREEN_PX: f64 = 640.0;

/// The start of a text, cut at a word, with an ellipsis when cut.
fn excerpt(text: &str) -> String {
    if text.len() <= EXCERPT_CHARS {
        return text.to_string();
    }
    let mut end = EXCERPT_CHARS;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", &text[..cut])
}

/// True on a narrow screen (a phone).
fn narrow_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW_SCREEN_PX)
}

/// Scrolls column `to` to the same share of its height as column `from`.
fn sync_scroll(from: &str, to: &str) {
    let doc = document();
    let (Some(a), Some(b)) = (doc.get_element_by_id(from), doc.get_element_by_id(to)) else {
        return;
    };
    let range_a = (a.scroll_height() - a.client_height()).max(1) as f64;
    let range_b = (b.scroll_height() - b.client_height()).max(0) as f64;
    let target = (a.scroll_top() as f64 / range_a * range_b).round() as i32;
    // Only a real difference moves it: the other column's scroll event then finds nothing to do.
    if (b.scroll_top() - target).abs() > 1 {
        b.set_scroll_top(target);
    }
}

/// The heading of a side: its letter, and its paragraph or theme with links.
fn side_head(label: &'static str, r: &Resolved, c: &Corpus, idx: &ThemeIndex, l: Lang) -> AnyView {
    let t = l.t();
    let links = r
        .blocks
        .iter()
        .map(|b| {
            view! { <a href=block_href(&r.letter.id, b.n)>{format!("¶ {}", b.n)}</a>" " }
        })
        .collect_view();
    let theme = r
        .theme
        .map(|ti| format!("{} · ", theme_name(&idx.themes[ti], l)));
    view! {
        <div class="cmp-side-head">
            <h2><span class="cmp-side-label">{label}</span>" "{letter_line(c, r.letter, l)}</h2>
            <p class="muted">{theme}{t.compare_read}": "{links}</p>
        </div>
    }
    .into_any()
}

/// The runs of a diff as marked text: `old` and `new` are the two texts the runs point into.
fn runs_view(old: &str, new: &str, runs: &[DiffRun], t: &'static Strings) -> AnyView {
    runs.iter()
        .map(|r| {
            let text = match r.side {
                Side::Old => old,
                Side::New => new,
            };
            let piece = text.get(r.range.range()).unwrap_or_default().to_string();
            match r.change {
                Change::Same => view! { <span class="d-same">{piece}</span> }.into_any(),
                Change::Deleted => view! {
                    <del class=if r.punctuation { "d-del d-punct" } else { "d-del" }>
                        <span class="sr-only">{t.sr_deleted}" "</span>{piece}<span class="sr-only">{t.sr_end}</span>
                    </del>
                }
                .into_any(),
                Change::Inserted => view! {
                    <ins class=if r.punctuation { "d-ins d-punct" } else { "d-ins" }>
                        <span class="sr-only">{t.sr_inserted}" "</span>{piece}<span class="sr-only">{t.sr_end}</span>
                    </ins>
                }
                .into_any(),
                Change::Moved(k) => {
                    let k = k as u32 + 1;
                    view! {
                        <span class="d-moved">
                            <sup class="d-move-no" aria-hidden="true">{k}</sup>
                            <span class="sr-only">{t.sr_moved}" "{k}": "</span>{piece}<span class="sr-only">{t.sr_end}</span>
                        </span>
                    }
                    .into_any()
                }
            }
        })
        .collect_view()
        .into_any()
}

/// The counts of a diff, in words.
fn counts_line(d: &PassageDiff, t: &Strings) -> String {
    let c = d.counts;
    let mut s = format!(
        "{} {} {} · {} {} · {} {}",
        c.same, t.diff_words, t.diff_same, c.deleted, t.diff_deleted, c.inserted, t.diff_inserted
    );
    if c.moved > 0 {
        s.push_str(&format!(" · {} {}", c.moved, t.diff_moved));
    }
    if c.punctuation > 0 {
        s.push_str(&format!(" · {} {}", c.punctuation, t.diff_punctuation));
    }
    s
}

/// A chosen passage A, and B or the ways to choose it.
#[component]
pub fn PairPage(
    /// The corpus.
    corpus: &'static Corpus,
    /// The themes.
    themes: &'static ThemeIndex,
    /// The state.
    state: CompareState,
    /// Passage A.
    a: PassageRef,
) -> AnyView {
    let l = UiLang::current();
    let t = l.t();
    let c = corpus;
    let back = href(&state.with_pair(None, None));
    let back_link = view! { <p><a href=back data-testid="compare-back">{format!("← {}", t.compare_back)}</a></p> };
    let resolved_b = state.b.as_ref().map(|b| resolve(c, themes, b));
    let (Some(ra), None | Some(Some(_))) = (resolve(c, themes, &a), &resolved_b) else {
        return view! {
            {back_link}
            <p class="notice" role="alert" data-testid="compare-missing">{t.compare_missing}</p>
        }
        .into_any();
    };
    let body = match resolved_b.flatten() {
        Some(rb) => {
            view! { <DiffView corpus=c themes=themes state=state.clone() a=ra b=rb/> }.into_any()
        }
        None => {
            view! { <ChooseB corpus=c themes=themes state=state.clone() a=a ra=ra/> }.into_any()
        }
    };
    view! { {back_link}{body} }.into_any()
}

/// A and B with their differences marked.
#[component]
fn DiffView(
    /// The corpus.
    corpus: &'static Corpus,
    /// The themes.
    themes: &'static ThemeIndex,
    /// The state.
    state: CompareState,
    /// Passage A.
    a: Resolved,
    /// Passage B.
    b: Resolved,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let d = diff(
        &a.text,
        &b.text,
        DiffOptions {
            ignore_punctuation: state.ignore_punctuation,
        },
    );
    let inline = state.inline.unwrap_or_else(narrow_screen);
    let with = |f: &dyn Fn(&mut CompareState)| {
        let mut s = state.clone();
        f(&mut s);
        href(&s)
    };
    let punct_next = CompareState {
        ignore_punctuation: !state.ignore_punctuation,
        ..state.clone()
    };
    let side_by_side = with(&|s| s.inline = Some(false));
    let one_column = with(&|s| s.inline = Some(true));
    let swap = with(&|s| std::mem::swap(&mut s.a, &mut s.b));
    let other_b = with(&|s| s.b = None);
    let heads = (
        side_head(t.compare_a, &a, corpus, themes, l),
        side_head(t.compare_b, &b, corpus, themes, l),
    );
    let shown = if inline {
        view! {
            {heads}
            <div class="cmp-diff-inline" data-testid="diff-inline">{runs_view(&a.text, &b.text, &d.inline, t)}</div>
        }
        .into_any()
    } else {
        view! {
            <div class="cmp-diff-cols">
                <div>
                    {heads.0}
                    <div class="cmp-diff-col" id="diff-a" data-testid="diff-a" tabindex="0" role="region" aria-label=t.compare_a
                        on:scroll=|_| sync_scroll("diff-a", "diff-b")>
                        {runs_view(&a.text, &b.text, &d.old, t)}
                    </div>
                </div>
                <div>
                    {heads.1}
                    <div class="cmp-diff-col" id="diff-b" data-testid="diff-b" tabindex="0" role="region" aria-label=t.compare_b
                        on:scroll=|_| sync_scroll("diff-b", "diff-a")>
                        {runs_view(&a.text, &b.text, &d.new, t)}
                    </div>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <div class="cmp-diff" data-testid="compare-diff">
            <div class="cmp-diff-tools">
                <label><input type="checkbox" data-testid="ignore-punctuation" prop:checked=state.ignore_punctuation
                    on:change=move |_| go(&punct_next)/>{t.compare_ignore_punctuation}</label>
                <a href=side_by_side aria-current=(!inline).then_some("true")>{t.compare_side_by_side}</a>
                <a href=one_column aria-current=inline.then_some("true") data-testid="diff-one-column">{t.compare_inline}</a>
                <a href=swap data-testid="diff-swap">{t.compare_swap}</a>
                <a href=other_b>{t.compare_other_b}</a>
            </div>
            <p class="cmp-diff-counts" data-testid="diff-counts" role="status">{counts_line(&d, t)}</p>
            <p class="muted cmp-legend">{t.diff_legend}</p>
            {shown}
        </div>
    }
}

/// A alone, with the ways to choose B: the passages most like it, and the passages of other
/// letters on its themes.
#[component]
fn ChooseB(
    /// The corpus.
    corpus: &'static Corpus,
    /// The themes.
    themes: &'static ThemeIndex,
    /// The state.
    state: CompareState,
    /// Passage A as in the link.
    a: PassageRef,
    /// Passage A as found.
    ra: Resolved,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let c = corpus;
    let Some(li) = letter_index(c, &ra.letter.id) else {
        return ().into_any();
    };
    let pick = |b: PassageRef| href(&state.with_pair(Some(a.clone()), Some(b)));
    let text = match &a {
        PassageRef::Block { .. } => {
            let block = ra.blocks[0];
            let tags: Vec<_> = themes
                .tags
                .iter()
                .filter(|g| g.letter as usize == li && g.block == block.n)
                .collect();
            let whys = tags
                .iter()
                .map(|g| {
                    view! { <li><strong>{theme_name(&themes.themes[g.theme as usize], l).to_string()}</strong>": "{why(ra.letter, block, g, t)}</li> }
                })
                .collect_view();
            let marks: Vec<_> = tags.iter().flat_map(|g| hit_marks(g)).collect();
            view! {
                <p class="cmp-text" data-testid="compare-a-text">{marked(&block.text, &marks)}</p>
                <ul class="cmp-whys">{whys}</ul>
            }
            .into_any()
        }
        PassageRef::Theme { .. } => view! { <p class="cmp-text pre-line" data-testid="compare-a-text">{ra.text.clone()}</p> }.into_any(),
    };
    // The passages most like A (for a paragraph).
    let similar = match &a {
        PassageRef::Block { n, .. } => {
            let list = search_index()
                .ok()
                .and_then(|index| {
                    let p = index.passage_id(li, *n)?;
                    Some(index.similar_passages(c, p, MAX_SIMILAR))
                })
                .unwrap_or_default();
            let items = list
                .into_iter()
                .filter_map(|s| {
                    let letter = c.letter(&s.letter)?;
                    let block = letter.block(s.n)?;
                    let b = PassageRef::Block {
                        letter: letter.id.clone(),
                        n: s.n,
                    };
                    Some(view! {
                        <li class="cmp-passage" data-testid="similar-passage" data-letter=letter.id.clone() data-n=s.n>
                            <p class="cmp-src">{letter_line(c, letter, l)}" · "<a href=block_href(&letter.id, s.n)>{format!("¶ {}", s.n)}</a></p>
                            <p class="cmp-text">{marked(&block.text, &s.marks)}</p>
                            <p class="cmp-actions"><a href=pick(b) data-testid="compare-with-a">{t.compare_with_a}</a></p>
                        </li>
                    })
                })
                .collect::<Vec<_>>();
            let none = items
                .is_empty()
                .then(|| view! { <p>{t.compare_similar_none}</p> });
            Some(view! {
                <section aria-labelledby="cmp-similar-title" data-testid="similar-passages">
                    <h2 id="cmp-similar-title">{t.compare_similar}</h2>
                    <p class="muted">{t.compare_similar_how}</p>
                    {none}
                    <ol class="cmp-passages">{items}</ol>
                </section>
            })
        }
        PassageRef::Theme { .. } => None,
    };
    // A's themes in the other letters: each paragraph, or (for a letter's passages on a theme)
    // each letter's passages as one text.
    let theme_list: Vec<usize> = match ra.theme {
        Some(ti) => vec![ti],
        None => {
            let mut v: Vec<usize> = themes
                .tags
                .iter()
                .filter(|g| g.letter as usize == li && g.block == ra.blocks[0].n)
                .map(|g| g.theme as usize)
                .collect();
            v.dedup();
            v
        }
    };
    let whole_letters = ra.theme.is_some();
    let same_theme = theme_list
        .into_iter()
        .map(|ti| {
            let th = &themes.themes[ti];
            let mut count = 0;
            let items = letters_by_date(c)
                .into_iter()
                .filter(|&other| other != li)
                .flat_map(|other| {
                    let letter = &c.letters[other];
                    let tags = tags_of(themes, other, ti);
                    if whole_letters {
                        let b = PassageRef::Theme {
                            letter: letter.id.clone(),
                            theme: th.id.clone(),
                        };
                        let n = tags.len();
                        count += (n > 0) as usize;
                        return (n > 0)
                            .then(|| view! {
                                <li><a href=pick(b) data-testid="compare-with-a">{letter_line(c, letter, l)}</a>{format!(" ({n} ¶)")}</li>
                            }.into_any())
                            .into_iter()
                            .collect::<Vec<_>>();
                    }
                    count += tags.len();
                    tags.into_iter()
                        .filter_map(|g| {
                            let block = letter.block(g.block)?;
                            let b = PassageRef::Block {
                                letter: letter.id.clone(),
                                n: block.n,
                            };
                            Some(view! {
                                <li><a href=pick(b) data-testid="compare-with-a">{format!("{} ¶ {}", letter.title.value, block.n)}</a>
                                    <span class="muted">" "{excerpt(&block.text)}</span></li>
                            }.into_any())
                        })
                        .collect::<Vec<_>>()
                })
                .collect_view();
            view! {
                <details class="cmp-same-theme">
                    <summary>{format!("{} ({count})", theme_name(th, l))}</summary>
                    <ul>{items}</ul>
                </details>
            }
        })
        .collect_view();
    view! {
        {side_head(t.compare_a, &ra, c, themes, l)}
        {text}
        {similar}
        <section aria-labelledby="cmp-same-title">
            <h2 id="cmp-same-title">{t.compare_same_theme}</h2>
            {same_theme}
        </section>
    }
    .into_any()
}
