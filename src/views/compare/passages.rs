//! The passages of an open row (a theme across the chosen meetings) or cell (a theme at one
//! meeting), grouped by letter in date order, the letters side by side; each passage with its
//! theme's words marked, why it has the theme, its link and a way to compare it.

use super::state::{CompareState, PassageRef};
use super::{href, letter_line, letters_by_date, passage_key, tags_of};
use crate::i18n::{Lang, Strings};
use crate::labels::{meeting_name, theme_name};
use crate::markup::{Attr, Href, Html};
use crate::route::{ReaderState, Route, Target};
use summit_core::extract::{ThemeIndex, ThemeTag};
use summit_core::{Block, Corpus, Letter, TextRange};

/// Why a paragraph has a theme: the heading that signals it, and the words found (each once,
/// as first written).
pub fn why(h: &mut Html, letter: &Letter, block: &Block, tag: &ThemeTag, t: &Strings) {
    let heading = tag.heading.and_then(|n| letter.block(n));
    if let Some(head) = heading {
        h.text(t.compare_under_heading)
            .raw(" “")
            .text(&head.text)
            .raw("”");
    }
    let mut words: Vec<&str> = Vec::new();
    for hit in &tag.hits {
        if let Some(w) = block.text.get(hit.span.range()) {
            if !words.iter().any(|x| x.eq_ignore_ascii_case(w)) {
                words.push(w);
            }
        }
    }
    for (i, w) in words.iter().enumerate() {
        match i {
            0 if heading.is_some() => h.raw("; ").text(t.compare_words_found).raw(": "),
            0 => h.text(t.compare_words_found).raw(": "),
            _ => h.raw(", "),
        };
        h.text(w);
    }
}

/// The marks of a tag's words in its paragraph.
pub fn hit_marks(tag: &ThemeTag) -> Vec<TextRange> {
    tag.hits.iter().map(|h| h.span).collect()
}

/// The open row or cell: its title, then a column per letter with its passages.
#[allow(clippy::too_many_arguments)]
pub fn open_html(
    h: &mut Html,
    c: &'static Corpus,
    themes: &'static ThemeIndex,
    state: &CompareState,
    theme: usize,
    meeting: Option<usize>,
    found: Option<&[u64]>,
    l: Lang,
) {
    let t = l.t();
    let th = &themes.themes[theme];
    let close = CompareState {
        open: None,
        ..state.clone()
    };
    h.raw("<section class=\"cmp-open\" data-testid=\"compare-open\" aria-labelledby=\"cmp-focus\"><div class=\"section-head\"><h2 id=\"cmp-focus\" tabindex=\"-1\">")
        .text(theme_name(th, l));
    if let Some(m) = meeting {
        h.raw(" · ").text(meeting_name(&c.meetings[m], l));
    }
    h.raw("</h2>")
        .link(&href(&close), "", &[], t.compare_close)
        .raw("</div><div class=\"cmp-columns\">");
    for li in letters_by_date(c) {
        let letter = &c.letters[li];
        let in_meeting = match meeting {
            Some(m) => letter.meeting == c.meetings[m].id,
            None => state.meetings.is_empty() || state.meetings.contains(&letter.meeting),
        };
        let tags: Vec<&ThemeTag> = tags_of(themes, li, theme)
            .into_iter()
            .filter(|g| found.is_none_or(|f| f.binary_search(&passage_key(li, g.block)).is_ok()))
            .collect();
        if !in_meeting || tags.is_empty() {
            continue;
        }
        let whole = PassageRef::Theme {
            letter: letter.id.clone(),
            theme: th.id.clone(),
        };
        h.raw("<section class=\"cmp-letter\" data-testid=\"compare-letter\"")
            .attrs(&[Attr::Value("data-letter", &letter.id)])
            .raw("><h3>")
            .text(&letter_line(c, letter, l))
            .raw("</h3><p>")
            .link(
                &href(&state.with_pair(Some(whole), None)),
                "data-testid=\"compare-pick-theme\"",
                &[],
                t.compare_pick_theme,
            )
            .raw("</p><ol class=\"cmp-passages\">");
        for g in tags {
            let Some(block) = letter.block(g.block) else {
                continue;
            };
            let pick = state.with_pair(
                Some(PassageRef::Block {
                    letter: letter.id.clone(),
                    n: block.n,
                }),
                None,
            );
            h.raw("<li class=\"cmp-passage\" data-testid=\"compare-passage\"")
                .attrs(&[Attr::Number("data-n", block.n.into())])
                .raw("><p class=\"cmp-text\">")
                .marked(&block.text, &hit_marks(g))
                .raw("</p><p class=\"cmp-why\"><span class=\"muted\">")
                .text(t.compare_why)
                .raw(": </span>");
            why(h, letter, block, g, t);
            h.raw("</p><p class=\"cmp-actions\">");
            paragraph_link(h, &letter.id, block.n)
                .link(
                    &href(&pick),
                    "data-testid=\"compare-pick\"",
                    &[],
                    t.compare_pick,
                )
                .raw("</p></li>");
        }
        h.raw("</ol></section>");
    }
    h.raw("</div></section>");
}

/// A link to a paragraph in the reader: `¶ 12`.
pub fn paragraph_link<'h>(h: &'h mut Html, letter: &str, n: u32) -> &'h mut Html {
    let to = Href::route(&Route::Reader(ReaderState::at(letter, Target::Block(n))));
    h.el("a", &[Attr::Link("href", &to)], &mut |a| {
        a.raw("¶ ").num(n as usize);
    })
}
