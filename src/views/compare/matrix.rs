//! The meeting × theme matrix: meetings as columns in date order, themes as rows, each cell the
//! number of passages the letters of that meeting have on that theme, with a bar; the choice of
//! meetings and themes and a search that narrows the counts; the open row or cell below.

use super::passages::open_html;
use super::state::{toggled, CompareState};
use super::{href, in_date_order, letter_index, passage_key};
use crate::data::search_index;
use crate::i18n::Lang;
use crate::labels::{format_date, meeting_name, theme_name};
use crate::markup::{Attr, Html};
use summit_core::extract::ThemeIndex;
use summit_core::search::SearchOptions;
use summit_core::Corpus;

/// The counts of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// Columns: indices of the corpus's meetings that have letters, in date order (only the
    /// chosen ones when some are chosen).
    pub meetings: Vec<usize>,
    /// Rows: indices of the themes (only the chosen ones when some are chosen).
    pub themes: Vec<usize>,
    /// Passages per row and column.
    pub cells: Vec<Vec<usize>>,
    /// The largest cell (for the bars).
    pub max: usize,
}

/// The passages that match a search, as sorted [`passage_key`]s; `None` for no search.
pub fn matching(c: &Corpus, query: &str) -> Option<Vec<u64>> {
    if query.trim().is_empty() {
        return None;
    }
    let index = search_index().ok()?;
    let options = SearchOptions {
        limit: usize::MAX,
        ..Default::default()
    };
    let mut found: Vec<u64> = index
        .search(c, query, &options)
        .hits
        .iter()
        .filter_map(|h| Some(passage_key(letter_index(c, &h.letter)?, h.n)))
        .collect();
    summit_core::order::sort_by(&mut found, u64::cmp);
    Some(found)
}

/// The meetings that have letters, in date order.
pub fn meetings_with_letters(c: &Corpus) -> Vec<usize> {
    in_date_order(
        (0..c.meetings.len())
            .filter(|&i| c.letters.iter().any(|l| l.meeting == c.meetings[i].id))
            .map(|i| (Some(c.meetings[i].start), i)),
    )
}

/// Counts the passages per theme and meeting for a state; `found` narrows to a search's passages.
pub fn count(c: &Corpus, idx: &ThemeIndex, state: &CompareState, found: Option<&[u64]>) -> Matrix {
    // A choice naming nothing that exists (an old link) chooses all.
    fn narrowed(all: Vec<usize>, chosen: &[String], id: impl Fn(usize) -> String) -> Vec<usize> {
        let some: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| chosen.contains(&id(i)))
            .collect();
        if some.is_empty() {
            all
        } else {
            some
        }
    }
    let meetings = narrowed(meetings_with_letters(c), &state.meetings, |m| {
        c.meetings[m].id.clone()
    });
    let themes = narrowed((0..idx.themes.len()).collect(), &state.themes, |t| {
        idx.themes[t].id.clone()
    });
    let mut cells = vec![vec![0; meetings.len()]; themes.len()];
    for tag in &idx.tags {
        let Some(letter) = c.letters.get(tag.letter as usize) else {
            continue;
        };
        let key = passage_key(tag.letter as usize, tag.block);
        if found.is_some_and(|f| f.binary_search(&key).is_err()) {
            continue;
        }
        let row = themes.iter().position(|&t| t == tag.theme as usize);
        let col = meetings
            .iter()
            .position(|&m| c.meetings[m].id == letter.meeting);
        if let (Some(r), Some(k)) = (row, col) {
            cells[r][k] += 1;
        }
    }
    let max = cells.iter().flatten().copied().max().unwrap_or(0);
    Matrix {
        meetings,
        themes,
        cells,
        max,
    }
}

/// A fieldset of choosers (checkboxes whose `data-href` is the link with the choice changed).
fn choosers(
    h: &mut Html,
    legend: &str,
    prefix: &str,
    items: &[(&str, &str)],
    chosen: &[String],
    next: &dyn Fn(Vec<String>) -> CompareState,
) {
    let every: Vec<&str> = items.iter().map(|(id, _)| *id).collect();
    h.raw("<fieldset><legend>").text(legend).raw("</legend>");
    for (id, label) in items {
        let checked = chosen.iter().any(|x| x == id);
        let input_id = [prefix, id].concat();
        let to = href(&next(toggled(chosen, id, &every)));
        let input = [
            Attr::Value("id", &input_id),
            Attr::Link("data-href", &to),
            Attr::Flag("checked", checked),
        ];
        h.el("label class=\"cmp-choice\"", &[], &mut |h| {
            h.void("input type=\"checkbox\"", &input).text(label);
        });
    }
    h.raw("</fieldset>");
}

/// The matrix page: choosers, the narrowing search, the table, and the open row or cell.
pub fn matrix_html(
    h: &mut Html,
    c: &'static Corpus,
    themes: &'static ThemeIndex,
    state: &CompareState,
    l: Lang,
) {
    let t = l.t();
    let found = matching(c, &state.query);
    let m = count(c, themes, state, found.as_deref());
    h.raw("<p class=\"intro\">")
        .text(t.compare_intro)
        .raw("</p><div class=\"cmp-controls\">");
    let meetings: Vec<(&str, &str)> = meetings_with_letters(c)
        .into_iter()
        .map(|i| (c.meetings[i].id.as_str(), meeting_name(&c.meetings[i], l)))
        .collect();
    choosers(
        h,
        t.compare_meetings,
        "cmp-m-",
        &meetings,
        &state.meetings,
        &|list| CompareState {
            meetings: list,
            ..state.clone()
        },
    );
    let theme_items: Vec<(&str, &str)> = themes
        .themes
        .iter()
        .map(|x| (x.id.as_str(), theme_name(x, l)))
        .collect();
    choosers(
        h,
        t.compare_themes,
        "cmp-t-",
        &theme_items,
        &state.themes,
        &|list| CompareState {
            themes: list,
            ..state.clone()
        },
    );
    h.raw("<form class=\"cmp-narrow\" role=\"search\"><label for=\"cmp-q\">")
        .text(t.compare_narrow)
        .raw("</label>")
        .void(
            "input id=\"cmp-q\" type=\"search\"",
            &[Attr::Value("value", &state.query)],
        )
        .raw("<button type=\"submit\">")
        .text(t.compare_narrow_button)
        .raw("</button></form></div>");
    h.raw("<div class=\"cmp-scroll\"><table class=\"cmp-matrix\" data-testid=\"compare-matrix\"><caption>")
        .text(t.compare_caption);
    if !state.query.is_empty() {
        h.raw(" · “").text(&state.query).raw("”");
    }
    h.raw("</caption><thead><tr><th scope=\"col\">")
        .text(t.compare_theme)
        .raw("</th>");
    for &i in &m.meetings {
        let mt = &c.meetings[i];
        h.raw("<th scope=\"col\">")
            .text(meeting_name(mt, l))
            .raw("<span class=\"cmp-date\">")
            .text(&format_date(mt.start, l))
            .raw("</span></th>");
    }
    h.raw("</tr></thead><tbody>");
    let current = |open: &CompareState| {
        if state.open == open.open {
            Attr::Fixed("aria-current=\"true\"")
        } else {
            Attr::Fixed("")
        }
    };
    for (&ti, row) in m.themes.iter().zip(&m.cells) {
        let theme = &themes.themes[ti];
        let open_row = CompareState {
            open: Some((theme.id.clone(), None)),
            ..state.clone()
        };
        let row_link = [current(&open_row)];
        h.raw("<tr><th scope=\"row\">")
            .link(
                &href(&open_row),
                "data-testid=\"compare-row\"",
                &row_link,
                theme_name(theme, l),
            )
            .raw("</th>");
        for (&mi, &n) in m.meetings.iter().zip(row) {
            if n == 0 {
                h.raw("<td class=\"cmp-zero\"><span aria-hidden=\"true\">–</span><span class=\"sr-only\">")
                    .text(t.compare_none)
                    .raw("</span></td>");
                continue;
            }
            let open = CompareState {
                open: Some((theme.id.clone(), Some(c.meetings[mi].id.clone()))),
                ..state.clone()
            };
            let to = href(&open);
            let cell = [
                Attr::Fixed("class=\"cmp-cell\" data-testid=\"compare-cell\""),
                Attr::Link("href", &to),
                current(&open),
            ];
            let passages = if n == 1 {
                t.passage_one
            } else {
                t.passage_many
            };
            let bar = [
                Attr::Fixed("aria-hidden=\"true\""),
                Attr::Number("max", m.max as i64),
                Attr::Number("value", n as i64),
            ];
            h.raw("<td>")
                .el("a", &cell, &mut |a| {
                    a.raw("<span class=\"cmp-count\">")
                        .num(n)
                        .raw("</span><span class=\"sr-only\"> ")
                        .text(passages)
                        .raw("</span>")
                        .el("progress", &bar, &mut |_| {});
                })
                .raw("</td>");
        }
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
    if let Some((theme, meeting)) = &state.open {
        let ti = themes.themes.iter().position(|x| &x.id == theme);
        let mi = match meeting {
            Some(id) => c.meetings.iter().position(|x| &x.id == id).map(Some),
            None => Some(None),
        };
        if let (Some(ti), Some(mi)) = (ti, mi) {
            open_html(h, c, themes, state, ti, mi, found.as_deref(), l);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{corpus, themes};

    #[test]
    fn cells_count_the_tags_of_each_meetings_letters_and_choosing_narrows() {
        let (c, idx) = (corpus().unwrap(), themes().unwrap());
        let all = count(c, idx, &CompareState::default(), None);
        assert_eq!(all.themes.len(), idx.themes.len());
        let ids: Vec<&str> = all
            .meetings
            .iter()
            .map(|&m| c.meetings[m].id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "washington-2024",
                "antalya-2025",
                "den-haag-2025",
                "ankara-2026"
            ]
        );
        assert_eq!(
            all.cells.iter().flatten().sum::<usize>(),
            idx.tags.len(),
            "every tag counts once"
        );
        let spending = idx
            .themes
            .iter()
            .position(|t| t.id == "defensie-uitgaven")
            .unwrap();
        let chosen = CompareState {
            meetings: vec!["den-haag-2025".into(), "washington-2024".into()],
            themes: vec!["defensie-uitgaven".into()],
            ..Default::default()
        };
        let m = count(c, idx, &chosen, None);
        assert_eq!(m.themes, [spending]);
        assert_eq!(m.meetings.len(), 2);
        let den_haag = m.cells[0][1];
        let expected = idx
            .tags
            .iter()
            .filter(|t| t.theme as usize == spending)
            .filter(|t| c.letters[t.letter as usize].meeting == "den-haag-2025")
            .count();
        assert_eq!(den_haag, expected);
        assert!(
            den_haag > m.cells[0][0],
            "Den Haag says more on spending than Washington"
        );
    }

    #[test]
    fn a_search_narrows_the_counts_to_its_passages() {
        let (c, idx) = (corpus().unwrap(), themes().unwrap());
        let found = matching(c, "NSATU").unwrap();
        assert!(!found.is_empty());
        let m = count(c, idx, &CompareState::default(), Some(&found));
        let total: usize = m.cells.iter().flatten().sum();
        assert!(total > 0 && total < idx.tags.len() / 4, "{total}");
        assert_eq!(matching(c, "  "), None);
    }
}
