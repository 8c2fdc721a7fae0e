//! The meeting × theme matrix: meetings as columns in date order, themes as rows, each cell the
//! number of passages the letters of that meeting have on that theme, with a bar; the choice of
//! meetings and themes and a search that narrows the counts; the open row or cell below.

use super::passages::OpenPassages;
use super::state::{toggled, CompareState};
use super::{go, href, letter_index};
use crate::context::UiLang;
use crate::data::search_index;
use crate::i18n::{format_date, meeting_name, theme_name};
use leptos::prelude::*;
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

/// The passages (letter index, block number) that match a search, sorted; `None` for no search.
pub fn matching(c: &Corpus, query: &str) -> Option<Vec<(usize, u32)>> {
    if query.trim().is_empty() {
        return None;
    }
    let index = search_index().ok()?;
    let options = SearchOptions {
        limit: usize::MAX,
        ..Default::default()
    };
    let mut found: Vec<(usize, u32)> = index
        .search(c, query, &options)
        .hits
        .iter()
        .filter_map(|h| Some((letter_index(c, &h.letter)?, h.n)))
        .collect();
    found.sort_unstable();
    Some(found)
}

/// The meetings that have letters, in date order.
pub fn meetings_with_letters(c: &Corpus) -> Vec<usize> {
    let mut m: Vec<usize> = (0..c.meetings.len())
        .filter(|&i| c.letters.iter().any(|l| l.meeting == c.meetings[i].id))
        .collect();
    m.sort_by_key(|&i| (c.meetings[i].start, i));
    m
}

/// Counts the passages per theme and meeting for a state; `found` narrows to a search's passages.
pub fn count(
    c: &Corpus,
    idx: &ThemeIndex,
    state: &CompareState,
    found: Option<&[(usize, u32)]>,
) -> Matrix {
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
        if found.is_some_and(|f| f.binary_search(&(tag.letter as usize, tag.block)).is_err()) {
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

/// The matrix page: choosers, the narrowing search, the table, and the open row or cell.
#[component]
pub fn MatrixPage(
    /// The corpus.
    corpus: &'static Corpus,
    /// The themes.
    themes: &'static ThemeIndex,
    /// The state.
    state: CompareState,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let c = corpus;
    let found = matching(c, &state.query);
    let m = count(c, themes, &state, found.as_deref());
    let all_meetings = meetings_with_letters(c);
    let meeting_ids: Vec<&str> = all_meetings
        .iter()
        .map(|&i| c.meetings[i].id.as_str())
        .collect();
    let theme_ids: Vec<&str> = themes.themes.iter().map(|x| x.id.as_str()).collect();
    let chooser = |id: &str, label: String, list: &[String], every: &[&str], for_meetings: bool| {
        let next = CompareState {
            meetings: if for_meetings {
                toggled(list, id, every)
            } else {
                state.meetings.clone()
            },
            themes: if for_meetings {
                state.themes.clone()
            } else {
                toggled(list, id, every)
            },
            ..state.clone()
        };
        let checked = list.iter().any(|x| x == id);
        view! {
            <label class="cmp-choice">
                <input type="checkbox" prop:checked=checked on:change=move |_| go(&next)/>
                {label}
            </label>
        }
    };
    let meeting_boxes = all_meetings
        .iter()
        .map(|&i| {
            let mt = &c.meetings[i];
            chooser(
                &mt.id,
                meeting_name(mt, l).to_string(),
                &state.meetings,
                &meeting_ids,
                true,
            )
        })
        .collect_view();
    let theme_boxes = themes
        .themes
        .iter()
        .map(|x| {
            chooser(
                &x.id,
                theme_name(x, l).to_string(),
                &state.themes,
                &theme_ids,
                false,
            )
        })
        .collect_view();
    let input = NodeRef::<leptos::html::Input>::new();
    let narrow_state = state.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = input.get().map(|i| i.value()).unwrap_or_default();
        go(&CompareState {
            query: query.trim().to_string(),
            open: narrow_state.open.clone(),
            ..narrow_state.clone()
        });
    };
    let head = m
        .meetings
        .iter()
        .map(|&i| {
            let mt = &c.meetings[i];
            view! {
                <th scope="col">{meeting_name(mt, l).to_string()}
                    <span class="cmp-date">{format_date(mt.start, l)}</span></th>
            }
        })
        .collect_view();
    let rows = m
        .themes
        .iter()
        .zip(&m.cells)
        .map(|(&ti, row)| {
            let theme = &themes.themes[ti];
            let open_row = CompareState {
                open: Some((theme.id.clone(), None)),
                ..state.clone()
            };
            let row_open = state.open.as_ref().is_some_and(|(x, m)| x == &theme.id && m.is_none());
            let cells = m
                .meetings
                .iter()
                .zip(row)
                .map(|(&mi, &n)| {
                    let mt = &c.meetings[mi];
                    if n == 0 {
                        return view! { <td class="cmp-zero"><span aria-hidden="true">"–"</span><span class="sr-only">{t.compare_none}</span></td> }.into_any();
                    }
                    let open = CompareState {
                        open: Some((theme.id.clone(), Some(mt.id.clone()))),
                        ..state.clone()
                    };
                    let is_open = state.open.as_ref()
                        == Some(&(theme.id.clone(), Some(mt.id.clone())));
                    let pct = (n * 100).div_ceil(m.max.max(1));
                    view! {
                        <td><a class="cmp-cell" href=href(&open) data-testid="compare-cell"
                            aria-current=is_open.then_some("true")>
                            <span class="cmp-count">{n}</span>
                            <span class="sr-only">{if n == 1 { t.passage_one } else { t.passage_many }}</span>
                            <span class="cmp-bar" style=format!("width:{pct}%")></span>
                        </a></td>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><a href=href(&open_row) aria-current=row_open.then_some("true")
                        data-testid="compare-row">{theme_name(theme, l).to_string()}</a></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let open = state.open.clone().and_then(|(theme, meeting)| {
        let ti = themes.themes.iter().position(|x| x.id == theme)?;
        let mi = match meeting {
            Some(id) => Some(c.meetings.iter().position(|x| x.id == id)?),
            None => None,
        };
        Some(view! { <OpenPassages corpus=c themes=themes state=state.clone() theme=ti meeting=mi found=found.clone()/> })
    });
    view! {
        <p class="intro">{t.compare_intro}</p>
        <div class="cmp-controls">
            <fieldset><legend>{t.compare_meetings}</legend>{meeting_boxes}</fieldset>
            <fieldset><legend>{t.compare_themes}</legend>{theme_boxes}</fieldset>
            <form class="cmp-narrow" role="search" on:submit=on_submit>
                <label for="cmp-q">{t.compare_narrow}</label>
                <input id="cmp-q" type="search" node_ref=input prop:value=state.query.clone()/>
                <button type="submit">{t.compare_narrow_button}</button>
            </form>
        </div>
        <div class="cmp-scroll">
            <table class="cmp-matrix" data-testid="compare-matrix">
                <caption>{t.compare_caption}{(!state.query.is_empty()).then(|| format!(" · “{}”", state.query))}</caption>
                <thead><tr><th scope="col">{t.compare_theme}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {open}
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
