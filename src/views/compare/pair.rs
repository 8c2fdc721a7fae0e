//! Two passages compared: A alone with the passages like it and its themes in other letters (to
//! choose B), or A and B with a word-level diff, side by side with synchronised scrolling or in
//! one column, punctuation-only changes optionally ignored.
//!
//! The marks never rest on colour alone: text only in A is struck through (`<del>`), text only
//! in B underlined (`<ins>`), moved text dotted with its move's number, and each carries text for
//! screen readers saying what it is.

use super::passages::{hit_marks, paragraph_link, why};
use super::state::{CompareState, PassageRef};
use super::{href, letter_index, letter_line, letters_by_date, resolve, tags_of, Resolved};
use crate::data::search_index;
use crate::i18n::{Lang, Strings};
use crate::labels::theme_name;
use crate::markup::{Attr, Html};
use leptos::prelude::*;
use summit_core::diff::{diff, Change, DiffOptions, DiffRun, PassageDiff, Side};
use summit_core::extract::{ThemeIndex, ThemeTag};
use summit_core::Corpus;

/// Most similar passages listed.
const MAX_SIMILAR: usize = 8;
/// Characters of a passage shown in a list of passages to choose from.
const EXCERPT_CHARS: usize = 180;
/// Screens narrower than this show the diff in one column unless the link says otherwise.
const NARROW_SCREEN_PX: f64 = 640.0;
/// The test id of a link that compares a passage with A.
const WITH_A: &str = "data-testid=\"compare-with-a\"";

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
    let mut s = text[..cut].to_string();
    s.push('…');
    s
}

/// True on a narrow screen (a phone).
fn narrow_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW_SCREEN_PX)
}

/// Scrolls column `to` to the same share of its height as column `from`, both in the page
/// `root` (the document's, or an embedded explorer's).
pub fn sync_scroll(root: &crate::context::PageRoot, from: &str, to: &str) {
    let (Some(a), Some(b)) = (root.by_id(from), root.by_id(to)) else {
        return;
    };
    let range_a = i64::from((a.scroll_height() - a.client_height()).max(1));
    let range_b = i64::from((b.scroll_height() - b.client_height()).max(0));
    // Whole pixels, rounded to the nearest.
    let target = ((i64::from(a.scroll_top()) * range_b * 2 + range_a) / (range_a * 2)) as i32;
    // Only a real difference moves it: the other column's scroll event then finds nothing to do.
    if (b.scroll_top() - target).abs() > 1 {
        b.set_scroll_top(target);
    }
}

/// The heading of a side: its letter, and its paragraph or theme with links. The first side's
/// heading takes the focus when the pair is drawn anew.
fn side_head(h: &mut Html, label: &str, r: &Resolved, c: &Corpus, idx: &ThemeIndex, l: Lang) {
    let t = l.t();
    h.raw("<div class=\"cmp-side-head\"><h2");
    if label == t.compare_a {
        h.raw(" id=\"cmp-focus\" tabindex=\"-1\"");
    }
    h.raw("><span class=\"cmp-side-label\">")
        .text(label)
        .raw("</span> ")
        .text(&letter_line(c, r.letter, l))
        .raw("</h2><p class=\"muted\">");
    if let Some(ti) = r.theme {
        h.text(theme_name(&idx.themes[ti], l)).raw(" · ");
    }
    h.text(t.compare_read).raw(": ");
    for b in &r.blocks {
        paragraph_link(h, &r.letter.id, b.n).raw(" ");
    }
    h.raw("</p></div>");
}

/// The runs of a diff as marked text: `old` and `new` are the two texts the runs point into.
pub fn runs_html(old: &str, new: &str, runs: &[DiffRun], t: &Strings) -> Html {
    let mut h = Html::default();
    for r in runs {
        let text = match r.side {
            Side::Old => old,
            Side::New => new,
        };
        let piece = text.get(r.range.range()).unwrap_or_default();
        let (open, sr, close) = match r.change {
            Change::Same => {
                h.raw("<span class=\"d-same\">").text(piece).raw("</span>");
                continue;
            }
            Change::Deleted => ("<del class=\"d-del", t.sr_deleted, "</del>"),
            Change::Inserted => ("<ins class=\"d-ins", t.sr_inserted, "</ins>"),
            Change::Moved(k) => {
                let k = k as usize + 1;
                h.raw("<span class=\"d-moved\"><sup class=\"d-move-no\" aria-hidden=\"true\">")
                    .num(k)
                    .raw("</sup><span class=\"sr-only\">")
                    .text(t.sr_moved)
                    .raw(" ")
                    .num(k)
                    .raw(": </span>")
                    .text(piece)
                    .raw("<span class=\"sr-only\">")
                    .text(t.sr_end)
                    .raw("</span></span>");
                continue;
            }
        };
        h.raw(open)
            .raw(if r.punctuation { " d-punct\">" } else { "\">" })
            .raw("<span class=\"sr-only\">")
            .text(sr)
            .raw(" </span>")
            .text(piece)
            .raw("<span class=\"sr-only\">")
            .text(t.sr_end)
            .raw("</span>")
            .raw(close);
    }
    h
}

/// The counts of a diff, in words.
fn counts_line(h: &mut Html, d: &PassageDiff, t: &Strings) {
    let c = d.counts;
    h.num(c.same)
        .raw(" ")
        .text(t.diff_words)
        .raw(" ")
        .text(t.diff_same)
        .raw(" · ")
        .num(c.deleted)
        .raw(" ")
        .text(t.diff_deleted)
        .raw(" · ")
        .num(c.inserted)
        .raw(" ")
        .text(t.diff_inserted);
    for (n, what) in [(c.moved, t.diff_moved), (c.punctuation, t.diff_punctuation)] {
        if n > 0 {
            h.raw(" · ").num(n).raw(" ").text(what);
        }
    }
}

/// Passage A and B (or the ways to choose B); for a side-by-side diff the two scrolling columns
/// are returned, to follow the element this is written into.
pub fn pair_html(
    h: &mut Html,
    c: &'static Corpus,
    themes: &'static ThemeIndex,
    state: &CompareState,
    a: &PassageRef,
    l: Lang,
) -> Option<Html> {
    let t = l.t();
    let back = href(&state.with_pair(None, None));
    h.el("p", &[], &mut |h| {
        let attrs = [
            Attr::Link("href", &back),
            Attr::Fixed("data-testid=\"compare-back\""),
        ];
        h.el("a", &attrs, &mut |h| {
            h.raw("← ").text(t.compare_back);
        });
    });
    let ra = resolve(c, themes, a);
    let rb = state.b.as_ref().map(|b| resolve(c, themes, b));
    let (Some(ra), None | Some(Some(_))) = (ra, &rb) else {
        h.raw("<p class=\"notice\" role=\"alert\" data-testid=\"compare-missing\">")
            .text(t.compare_missing)
            .raw("</p>");
        return None;
    };
    match rb.flatten() {
        Some(rb) => diff_html(h, c, themes, state, &ra, &rb, l),
        None => {
            choose_b_html(h, c, themes, state, a, &ra, l);
            None
        }
    }
}

/// A and B with their differences marked: tools, counts, legend, then one column (written
/// here) or two (returned).
fn diff_html(
    h: &mut Html,
    c: &'static Corpus,
    themes: &'static ThemeIndex,
    state: &CompareState,
    a: &Resolved,
    b: &Resolved,
    l: Lang,
) -> Option<Html> {
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
    let current = |on: bool| Attr::Fixed(if on { "aria-current=\"true\"" } else { "" });
    let punctuation = with(&|s| s.ignore_punctuation = !s.ignore_punctuation);
    let punctuation = [
        Attr::Link("data-href", &punctuation),
        Attr::Flag("checked", state.ignore_punctuation),
    ];
    h.raw("<div class=\"cmp-diff\" data-testid=\"compare-diff\"><div class=\"cmp-diff-tools\">")
        .el("label", &[], &mut |h| {
            h.void(
                "input type=\"checkbox\" id=\"cmp-punct\" data-testid=\"ignore-punctuation\"",
                &punctuation,
            )
            .text(t.compare_ignore_punctuation);
        })
        .link(
            &with(&|s| s.inline = Some(false)),
            "",
            &[current(!inline)],
            t.compare_side_by_side,
        )
        .link(
            &with(&|s| s.inline = Some(true)),
            "data-testid=\"diff-one-column\"",
            &[current(inline)],
            t.compare_inline,
        )
        .link(
            &with(&|s| std::mem::swap(&mut s.a, &mut s.b)),
            "data-testid=\"diff-swap\"",
            &[],
            t.compare_swap,
        )
        .link(&with(&|s| s.b = None), "", &[], t.compare_other_b)
        .raw("</div><p class=\"cmp-diff-counts\" data-testid=\"diff-counts\">");
    counts_line(h, &d, t);
    h.raw("</p><p class=\"muted cmp-legend\">")
        .text(t.diff_legend)
        .raw("</p>");
    if inline {
        side_head(h, t.compare_a, a, c, themes, l);
        side_head(h, t.compare_b, b, c, themes, l);
        h.raw("<div class=\"cmp-diff-inline\" data-testid=\"diff-inline\">")
            .append(&runs_html(&a.text, &b.text, &d.inline, t))
            .raw("</div></div>");
        return None;
    }
    h.raw("</div>");
    let mut cols = Html::default();
    cols.raw("<div class=\"cmp-diff-cols\">");
    for (label, r, id, runs) in [
        (t.compare_a, a, "diff-a", &d.old),
        (t.compare_b, b, "diff-b", &d.new),
    ] {
        cols.raw("<div><div>");
        side_head(&mut cols, label, r, c, themes, l);
        let column = [
            Attr::Value("id", id),
            Attr::Value("data-testid", id),
            Attr::Fixed("tabindex=\"0\" role=\"region\""),
            Attr::Value("aria-label", label),
        ];
        cols.raw("</div>")
            .el("div class=\"cmp-diff-col\"", &column, &mut |col| {
                col.append(&runs_html(&a.text, &b.text, runs, t));
            })
            .raw("</div>");
    }
    cols.raw("</div>");
    Some(cols)
}

/// A alone, with the ways to choose B: the passages most like it, and the passages of other
/// letters on its themes.
fn choose_b_html(
    h: &mut Html,
    c: &'static Corpus,
    themes: &'static ThemeIndex,
    state: &CompareState,
    a: &PassageRef,
    ra: &Resolved,
    l: Lang,
) {
    let t = l.t();
    let Some(li) = letter_index(c, &ra.letter.id) else {
        return;
    };
    let pick = |b: PassageRef| href(&state.with_pair(Some(a.clone()), Some(b)));
    side_head(h, t.compare_a, ra, c, themes, l);
    // A's text with its themes' words marked, and why it has each theme.
    let own: Vec<&ThemeTag> = match a {
        PassageRef::Block { .. } => themes
            .tags
            .iter()
            .filter(|g| g.letter as usize == li && g.block == ra.blocks[0].n)
            .collect(),
        PassageRef::Theme { .. } => Vec::new(),
    };
    let marks: Vec<_> = own.iter().flat_map(|g| hit_marks(g)).collect();
    h.raw("<p class=\"cmp-text pre-line\" data-testid=\"compare-a-text\">")
        .marked(&ra.text, &marks)
        .raw("</p><ul class=\"cmp-whys\">");
    for g in &own {
        h.raw("<li><strong>")
            .text(theme_name(&themes.themes[g.theme as usize], l))
            .raw("</strong>: ");
        why(h, ra.letter, ra.blocks[0], g, t);
        h.raw("</li>");
    }
    h.raw("</ul>");
    // The passages most like A (for a paragraph).
    if let PassageRef::Block { n, .. } = a {
        let list = search_index()
            .ok()
            .and_then(|index| {
                let p = index.passage_id(li, *n)?;
                Some(index.similar_passages(c, p, MAX_SIMILAR))
            })
            .unwrap_or_default();
        h.raw("<section aria-labelledby=\"cmp-similar-title\" data-testid=\"similar-passages\"><h2 id=\"cmp-similar-title\">")
            .text(t.compare_similar)
            .raw("</h2><p class=\"muted\">")
            .text(t.compare_similar_how)
            .raw("</p>");
        if list.is_empty() {
            h.raw("<p>").text(t.compare_similar_none).raw("</p>");
        }
        h.raw("<ol class=\"cmp-passages\">");
        for s in list {
            let Some((letter, block)) = c.letter(&s.letter).and_then(|x| Some((x, x.block(s.n)?)))
            else {
                continue;
            };
            let b = PassageRef::Block {
                letter: letter.id.clone(),
                n: s.n,
            };
            h.raw("<li class=\"cmp-passage\" data-testid=\"similar-passage\"")
                .attrs(&[
                    Attr::Value("data-letter", &letter.id),
                    Attr::Number("data-n", s.n.into()),
                ])
                .raw("><p class=\"cmp-src\">")
                .text(&letter_line(c, letter, l))
                .raw(" · ");
            paragraph_link(h, &letter.id, s.n)
                .raw("</p><p class=\"cmp-text\">")
                .marked(&block.text, &s.marks)
                .raw("</p><p class=\"cmp-actions\">")
                .link(&pick(b), WITH_A, &[], t.compare_with_a)
                .raw("</p></li>");
        }
        h.raw("</ol></section>");
    }
    // A's themes in the other letters: each paragraph, or (for a letter's passages on a theme)
    // each letter's passages as one text.
    let mut theme_list: Vec<usize> = match ra.theme {
        Some(ti) => vec![ti],
        None => own.iter().map(|g| g.theme as usize).collect(),
    };
    theme_list.dedup();
    h.raw("<section aria-labelledby=\"cmp-same-title\"><h2 id=\"cmp-same-title\">")
        .text(t.compare_same_theme)
        .raw("</h2>");
    for ti in theme_list {
        let th = &themes.themes[ti];
        let mut items = Html::default();
        let mut count = 0;
        for other in letters_by_date(c).into_iter().filter(|&o| o != li) {
            let letter = &c.letters[other];
            let tags = tags_of(themes, other, ti);
            if ra.theme.is_some() {
                if tags.is_empty() {
                    continue;
                }
                count += 1;
                let b = PassageRef::Theme {
                    letter: letter.id.clone(),
                    theme: th.id.clone(),
                };
                items
                    .raw("<li>")
                    .link(&pick(b), WITH_A, &[], &letter_line(c, letter, l))
                    .raw(" (")
                    .num(tags.len())
                    .raw(" ¶)</li>");
                continue;
            }
            for g in tags {
                let Some(block) = letter.block(g.block) else {
                    continue;
                };
                count += 1;
                let b = PassageRef::Block {
                    letter: letter.id.clone(),
                    n: block.n,
                };
                items
                    .raw("<li>")
                    .el(
                        "a data-testid=\"compare-with-a\"",
                        &[Attr::Link("href", &pick(b))],
                        &mut |a| {
                            a.text(&letter.title.value).raw(" ¶ ").num(block.n as usize);
                        },
                    )
                    .raw(" <span class=\"muted\">")
                    .text(&excerpt(&block.text))
                    .raw("</span></li>");
            }
        }
        h.raw("<details class=\"cmp-same-theme\"><summary>")
            .text(theme_name(th, l))
            .raw(" (")
            .num(count)
            .raw(")</summary><ul>")
            .append(&items)
            .raw("</ul></details>");
    }
    h.raw("</section>");
}

#[cfg(test)]
mod tests {
    use crate::data::{corpus, search_index};

    /// The letter and number of the passages most like paragraph `n` of letter `id`.
    fn similar_to(id: &str, n: u32) -> Vec<(String, u32)> {
        let (c, index) = (corpus().unwrap(), search_index().unwrap());
        let li = c.letters.iter().position(|l| l.id == id).unwrap();
        let p = index.passage_id(li, n).unwrap();
        index
            .similar_passages(c, p, 3)
            .into_iter()
            .map(|s| (s.letter, s.n))
            .collect()
    }

    #[test]
    fn similar_passages_are_the_ones_a_reader_would_compare() {
        // The Hague's 5% declaration: the Ankara agenda's spending paragraphs and the news item.
        let spending = similar_to("den-haag-2025-verslag", 12);
        for (letter, n) in [
            ("ankara-2026-geannoteerde-agenda", 10),
            ("den-haag-2025-nieuwsbericht", 2),
        ] {
            assert!(spending.contains(&(letter.into(), n)), "{spending:?}");
        }
        // The Hague's strategy on hybrid threats: Washington's paragraph on hybrid attacks.
        assert_eq!(
            similar_to("den-haag-2025-verslag", 35)[0],
            ("washington-2024-verslag".to_string(), 11)
        );
        // Washington's joint procurement (NICE): The Hague's demand bundling.
        assert_eq!(
            similar_to("washington-2024-verslag", 10)[0],
            ("den-haag-2025-verslag".to_string(), 33)
        );
    }
}
