//! The results of a search, written as markup text (see [`crate::markup`]): notices on how the
//! query was read, the facets and the hits grouped by document with marked snippets, "show more",
//! and what to try when nothing is found.
//!
//! All of it is links but "show more", whose click the view handles on the container. A keystroke
//! writes it anew: one string set as the container's HTML is less work for the page than the
//! calls that change the elements one by one, and keeps the code of an element per shape out of
//! the app.

use super::facets::write_facets;
use super::state::SearchState;
use crate::i18n::Lang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::markup::{self, action, el, el_text, Attr, Href};
use crate::route::{CompareState, PassageRef, ReaderState, Route, Target};
use summit_core::search::{Hit, MatchedIn, Notice, SearchResults};
use summit_core::{Corpus, Letter};

/// Writes the notices on how the query was read.
fn write_notices(h: &mut String, notices: &[Notice], l: Lang) {
    let t = l.t();
    for n in notices {
        let text = match n {
            Notice::EmptyQuery => continue,
            Notice::Partial { .. } => t.notice_partial,
            Notice::UnclosedQuote => t.notice_unclosed,
            Notice::TooLong(_) => t.notice_too_long,
            Notice::TooManyTerms(_) => t.notice_too_many,
            Notice::IgnoredCharacters => t.notice_ignored,
            Notice::UnknownFilter(_) => t.notice_unknown_filter,
        };
        el(
            h,
            "p class=\"search-notice\" data-testid=\"search-notice\"",
            &[],
            &mut |h| {
                markup::text(h, text);
                if let Notice::UnknownFilter(f) = n {
                    h.push(' ');
                    markup::text(h, f);
                }
            },
        );
    }
}

/// Writes what the search view shows below the result count: the notices, then the facets and
/// hits, or what to try when nothing is found, or (no search) how to start. `open`: whether the
/// filters are unfolded.
pub fn write_results(
    h: &mut String,
    c: &Corpus,
    r: Option<&SearchResults>,
    s: &SearchState,
    open: bool,
    l: Lang,
) {
    let t = l.t();
    let Some(r) = r else {
        el_text(h, "p class=\"search-start\"", &[], t.search_start);
        return;
    };
    write_notices(h, &r.notices, l);
    if r.total_passages == 0 {
        write_none(h, &r.suggestions, s, l);
        return;
    }
    // The reader marks the query's words in the paragraph a hit links to.
    let reader = |letter: &Letter, n: u32| {
        Href::route(&Route::Reader(ReaderState {
            letter: letter.id.clone(),
            target: Target::Block(n),
            highlight: Some(s.query.clone()),
            sentence: None,
        }))
    };
    el(h, "div class=\"search-layout\"", &[], &mut |h| {
        write_facets(h, c, &r.facets, s, open, l);
        el(h, "div class=\"search-results\"", &[], &mut |h| {
            el(
                h,
                "ol class=\"result-groups\" data-testid=\"results\"",
                &[],
                &mut |h| {
                    for g in r.by_letter() {
                        let Some(letter) = c.letter(&g.letter) else {
                            continue;
                        };
                        el(h, "li class=\"result-group\"", &[], &mut |h| {
                            write_group_head(h, c, letter, l);
                            el(h, "ol class=\"result-list\"", &[], &mut |h| {
                                for hit in g.hits.iter().filter_map(|&i| r.hits.get(i)) {
                                    write_hit(h, letter, hit, &reader(letter, hit.n), l);
                                }
                            });
                        });
                    }
                },
            );
            if r.total_passages > r.hits.len() {
                let more = [Attr::Action(action::SHOW_MORE)];
                el_text(
                    h,
                    "button type=\"button\" class=\"show-more\"",
                    &more,
                    t.show_more,
                );
            }
        });
    });
}

/// Writes a document's group head: its title, kind, date and meeting.
fn write_group_head(h: &mut String, c: &Corpus, letter: &Letter, l: Lang) {
    el_text(h, "h2 class=\"result-letter\"", &[], &letter.title.value);
    el(h, "p class=\"result-meta muted\"", &[], &mut |h| {
        markup::text(h, kind_name(c, &letter.kind, l));
        if let Some(d) = &letter.date {
            h.push_str(" · ");
            markup::text(h, &format_date(d.value, l));
        }
        if let Some(m) = c.meeting(&letter.meeting) {
            h.push_str(" · ");
            markup::text(h, meeting_name(m, l));
        }
    });
}

/// Writes one hit: its section heading (its matched words marked), marked snippet, where it
/// matched when not in its own text, and paragraph number, linking to the paragraph in the reader
/// (`href`); and a link to compare the paragraph.
fn write_hit(h: &mut String, letter: &Letter, hit: &Hit, href: &Href, l: Lang) {
    let t = l.t();
    let n = hit.n;
    let item = [
        Attr::Value("data-letter", &letter.id),
        Attr::Number("data-n", n.into()),
    ];
    el(
        h,
        "li class=\"result\" data-testid=\"result\"",
        &item,
        &mut |h| {
            let open = [Attr::Link("href", href)];
            el(h, "a class=\"result-link\"", &open, &mut |h| {
                let heading = letter
                    .block(n)
                    .and_then(|b| b.section)
                    .and_then(|s| letter.block(s))
                    .filter(|b| b.n != n);
                if let Some(b) = heading {
                    el(h, "span class=\"result-section\"", &[], &mut |h| {
                        markup::marked(h, &b.text, &hit.heading_marks);
                    });
                }
                el(h, "span class=\"result-snippet\"", &[], &mut |h| {
                    markup::marked(h, &hit.snippet, &hit.snippet_marks);
                });
                el(h, "span class=\"result-where muted\"", &[], &mut |h| {
                    if let Some(w) = hit.only_in {
                        markup::text(
                            h,
                            match w {
                                MatchedIn::Heading => t.found_in_heading,
                                MatchedIn::Title => t.found_in_title,
                            },
                        );
                        h.push_str(" · ");
                    }
                    h.push_str("¶ ");
                    markup::number(h, n.into());
                });
            });
            let compare = Href::route(&Route::Compare(CompareState::passage(PassageRef::Block {
                letter: letter.id.clone(),
                n,
            })));
            let mut label = String::from(t.compare_link_label);
            label.push(' ');
            markup::number(&mut label, n.into());
            let attrs = [Attr::Value("aria-label", &label)];
            markup::link(
                h,
                &compare,
                "class=\"result-compare\" data-testid=\"compare-link\"",
                &attrs,
                t.compare_link,
            );
        },
    );
}

/// Nothing found: the query, spelling suggestions, a tip, and a way to drop the filters.
fn write_none(h: &mut String, suggestions: &[String], s: &SearchState, l: Lang) {
    let t = l.t();
    el(
        h,
        "div class=\"empty\" data-testid=\"no-results\"",
        &[],
        &mut |h| {
            el(h, "p", &[], &mut |h| {
                el_text(h, "strong", &[], t.search_none);
                h.push_str(" “");
                markup::text(h, &s.query);
                h.push_str("”.");
            });
            if !suggestions.is_empty() {
                el(h, "p", &[], &mut |h| {
                    markup::text(h, t.did_you_mean);
                    h.push(' ');
                    for word in suggestions {
                        let href = Href::route(&Route::Search(SearchState {
                            query: word.clone(),
                            ..s.clone()
                        }));
                        markup::link(
                            h,
                            &href,
                            "class=\"suggestion\" data-testid=\"suggestion\"",
                            &[],
                            word,
                        );
                        h.push(' ');
                    }
                });
            }
            el_text(h, "p class=\"muted\"", &[], t.search_none_tip);
            if s.has_filters() {
                let href = Href::route(&Route::Search(SearchState::query(&s.query)));
                el(h, "p", &[], &mut |h| {
                    markup::link(h, &href, "", &[], t.clear_filters)
                });
            }
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use summit_core::search::segments;
    use summit_core::TextRange;

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

    #[test]
    fn marks_are_escaped_and_a_part_of_a_word_is_marked_as_such() {
        let r = |s, e| TextRange { start: s, end: e };
        let mut h = String::new();
        markup::marked(&mut h, "<b> steunpakket & pakket", &[r(9, 15), r(18, 24)]);
        assert_eq!(
            h,
            "&lt;b&gt; steun<mark class=\"part\">pakket</mark> &amp; <mark>pakket</mark>"
        );
    }
}
