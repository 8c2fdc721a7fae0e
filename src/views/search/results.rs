//! The results of a search: notices on how the query was read, the hits grouped by document with
//! marked snippets, "show more", and what to try when nothing is found.

use super::facets::Facets;
use super::state::SearchState;
use super::PAGE_SIZE;
use crate::context::UiLang;
use crate::data::corpus;
use crate::i18n::{format_date, kind_name, meeting_name};
use crate::route::{CompareState, PassageRef, ReaderState, Route, Target};
use leptos::prelude::*;
use summit_core::search::{segments, Hit, MatchedIn, Notice, SearchResults};
use summit_core::{Corpus, TextRange};

/// Text with its marked ranges in `<mark>` elements (never read as HTML); a mark inside a word
/// (a part of a compound) is drawn as such.
fn marked_text(text: &str, marks: &[TextRange]) -> impl IntoView {
    let inside_word = |piece: &str| {
        let at = piece.as_ptr() as usize - text.as_ptr() as usize;
        let letter = |c: char| c.is_alphanumeric();
        text[..at].ends_with(letter) || text[at + piece.len()..].starts_with(letter)
    };
    segments(text, marks)
        .map(|(piece, marked)| {
            let part = marked && inside_word(piece);
            let piece = piece.to_string();
            if part {
                view! { <mark class="part">{piece}</mark> }.into_any()
            } else if marked {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

/// Notices on how the query was read.
#[component]
pub fn Notices(
    /// The notices of the search.
    notices: Vec<Notice>,
) -> impl IntoView {
    let t = UiLang::current().t();
    notices
        .into_iter()
        .filter(|n| *n != Notice::EmptyQuery)
        .map(|n| {
            let text = match &n {
                Notice::Partial { .. } => t.notice_partial.to_string(),
                Notice::UnclosedQuote => t.notice_unclosed.to_string(),
                Notice::TooLong(_) => t.notice_too_long.to_string(),
                Notice::TooManyTerms(_) => t.notice_too_many.to_string(),
                Notice::IgnoredCharacters => t.notice_ignored.to_string(),
                Notice::UnknownFilter(f) => format!("{} {f}", t.notice_unknown_filter),
                Notice::EmptyQuery => String::new(),
            };
            view! { <p class="search-notice" data-testid="search-notice">{text}</p> }
        })
        .collect_view()
}

/// The hits of each letter, letters in the order of their first hit.
fn groups_of(r: &SearchResults) -> Vec<(String, Vec<Hit>)> {
    r.by_letter()
        .into_iter()
        .map(|g| {
            let hits = g
                .hits
                .iter()
                .filter_map(|&i| r.hits.get(i).cloned())
                .collect();
            (g.letter, hits)
        })
        .collect()
}

/// Facets and the hits grouped by document, or what to try when nothing is found. Drawn once per
/// search session; as the results change, each part (facets, hits, "show more") is drawn again
/// only when what it shows changed (a keystroke that keeps the facet counts leaves the facets'
/// elements alone).
#[component]
pub fn ResultsView(
    /// The results to show.
    results: Memo<Option<SearchResults>>,
    /// The search's URL state, for the links of facets and suggestions.
    state: Memo<SearchState>,
    /// How many hits are asked for; "show more" raises it.
    limit: RwSignal<usize>,
) -> impl IntoView {
    let t = UiLang::current().t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let found =
        Memo::new(move |_| results.with(|r| r.as_ref().is_some_and(|r| r.total_passages > 0)));
    let facets = Memo::new(move |_| {
        results.with(|r| r.as_ref().map(|r| r.facets.clone()).unwrap_or_default())
    });
    let groups =
        Memo::new(move |_| results.with(|r| r.as_ref().map(groups_of).unwrap_or_default()));
    let more = Memo::new(move |_| {
        results.with(|r| r.as_ref().is_some_and(|r| r.total_passages > r.hits.len()))
    });
    let query = Memo::new(move |_| state.with(|s| s.query.clone()));
    let found_view = move || {
        view! {
            <div class="search-layout">
                {move || view! { <Facets facets=facets.get() state=state/> }}
                <div class="search-results">
                    <ol class="result-groups" data-testid="results">
                        {move || groups.with(|gs| gs.iter().map(|(letter, hits)| view! {
                            <ResultGroup corpus=c letter=letter.clone() hits=hits.clone() query=query/>
                        }).collect_view())}
                    </ol>
                    {move || more.get().then(|| view! {
                        <button type="button" class="show-more" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                            {t.show_more}
                        </button>
                    })}
                </div>
            </div>
        }
    };
    (move || {
        if found.get() {
            found_view().into_any()
        } else {
            (move || {
                results.with(|r| {
                    let suggestions = r
                        .as_ref()
                        .map(|r| r.suggestions.clone())
                        .unwrap_or_default();
                    view! { <NoResults suggestions=suggestions state=state.get_untracked()/> }
                })
            })
            .into_any()
        }
    })
    .into_any()
}

/// Nothing found: the query, spelling suggestions, a tip, and a way to drop the filters.
#[component]
fn NoResults(
    /// Words the query may have meant.
    suggestions: Vec<String>,
    /// The search that found nothing.
    state: SearchState,
) -> impl IntoView {
    let t = UiLang::current().t();
    let clear_filters = state
        .has_filters()
        .then(|| Route::Search(SearchState::query(&state.query)).href());
    let suggestions = (!suggestions.is_empty()).then(|| {
        let links = suggestions
            .into_iter()
            .map(|word| {
                let href = Route::Search(SearchState {
                    query: word.clone(),
                    ..state.clone()
                })
                .href();
                view! { <a class="suggestion" data-testid="suggestion" href=href>{word}</a>" " }
            })
            .collect_view();
        view! { <p>{t.did_you_mean}" "{links}</p> }
    });
    view! {
        <div class="empty" data-testid="no-results">
            <p><strong>{t.search_none}</strong>" “"{state.query.clone()}"”."</p>
            {suggestions}
            <p class="muted">{t.search_none_tip}</p>
            {clear_filters.map(|href| view! { <p><a href=href>{t.clear_filters}</a></p> })}
        </div>
    }
}

/// One document's hits: its title, kind, date and meeting, and each hit with its section heading
/// (its matched words marked), marked snippet, where it matched when not in its own text, and
/// paragraph number, linking to the paragraph with the words marked.
#[component]
fn ResultGroup(
    /// The corpus, for the document.
    corpus: &'static Corpus,
    /// The document's id.
    letter: String,
    /// Its hits, in result order.
    hits: Vec<Hit>,
    /// The query, carried into the reader to mark the words there.
    query: Memo<String>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let Some(letter) = corpus.letter(&letter) else {
        return ().into_any();
    };
    let item = move |h: Hit| {
        let n = h.n;
        let href = move || {
            Route::Reader(ReaderState {
                letter: letter.id.clone(),
                target: Target::Block(n),
                highlight: Some(query.get()),
                sentence: None,
            })
            .href()
        };
        let heading = letter
            .block(n)
            .and_then(|b| b.section)
            .and_then(|s| letter.block(s))
            .filter(|b| b.n != n)
            .map(|b| view! { <span class="result-section">{marked_text(&b.text, &h.heading_marks)}</span> });
        let compare = Route::Compare(CompareState::passage(PassageRef::Block {
            letter: letter.id.clone(),
            n,
        }))
        .href();
        let only_in = h.only_in.map(|w| match w {
            MatchedIn::Heading => t.found_in_heading,
            MatchedIn::Title => t.found_in_title,
        });
        view! {
            <li class="result" data-testid="result" data-letter=letter.id.clone() data-n=n>
                <a class="result-link" href=href>
                    {heading}
                    <span class="result-snippet">{marked_text(&h.snippet, &h.snippet_marks)}</span>
                    <span class="result-where muted">{only_in.map(|w| format!("{w} · "))}"¶ "{n}</span>
                </a>
                <a class="result-compare" href=compare data-testid="compare-link"
                    aria-label=format!("{} {}", t.compare_link_label, n)>{t.compare_link}</a>
            </li>
        }
    };
    let date = letter
        .date
        .as_ref()
        .map(|d| format!(" · {}", format_date(d.value, l)));
    let meeting = corpus
        .meeting(&letter.meeting)
        .map(|m| format!(" · {}", meeting_name(m, l)));
    view! {
        <li class="result-group">
            <h2 class="result-letter">{letter.title.value.clone()}</h2>
            <p class="result-meta muted">
                {kind_name(corpus, &letter.kind, l).to_string()}
                {date.unwrap_or_default()}
                {meeting.unwrap_or_default()}
            </p>
            <ol class="result-list">
                {hits.into_iter().map(item).collect_view()}
            </ol>
        </li>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_marks_split_text_in_order_and_bad_ranges_are_skipped() {
        let r = |s, e| TextRange { start: s, end: e };
        assert_eq!(
            segments("steun aan Oekraïne", &[r(10, 19), r(0, 5)]).collect::<Vec<_>>(),
            [("steun", true), (" aan ", false), ("Oekraïne", true)]
        );
        assert_eq!(
            segments("abc", &[r(2, 9), r(1, 0)]).collect::<Vec<_>>(),
            [("abc", false)]
        );
    }
}
