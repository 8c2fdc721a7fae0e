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
use crate::markup;
use crate::route::{CompareState, PassageRef, ReaderState, Route, Target};
use summit_core::search::{segments, Hit, MatchedIn, Notice, SearchResults};
use summit_core::{Corpus, Letter, TextRange};

/// Writes text with its marked ranges in `<mark>` elements (escaped, never read as HTML); a mark
/// inside a word (a part of a compound) is written as such.
fn write_marked(h: &mut String, text: &str, marks: &[TextRange]) {
    let letter = |c: char| c.is_alphanumeric();
    for (piece, marked) in segments(text, marks) {
        if !marked {
            markup::text(h, piece);
            continue;
        }
        let at = piece.as_ptr() as usize - text.as_ptr() as usize;
        let part = text[..at].ends_with(letter) || text[at + piece.len()..].starts_with(letter);
        h.push_str(if part {
            "<mark class=\"part\">"
        } else {
            "<mark>"
        });
        markup::text(h, piece);
        h.push_str("</mark>");
    }
}

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
        h.push_str("<p class=\"search-notice\" data-testid=\"search-notice\">");
        markup::text(h, text);
        if let Notice::UnknownFilter(f) = n {
            h.push(' ');
            markup::text(h, f);
        }
        h.push_str("</p>");
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
        h.push_str("<p class=\"search-start\">");
        markup::text(h, t.search_start);
        h.push_str("</p>");
        return;
    };
    write_notices(h, &r.notices, l);
    if r.total_passages == 0 {
        write_none(h, &r.suggestions, s, l);
        return;
    }
    h.push_str("<div class=\"search-layout\">");
    write_facets(h, c, &r.facets, s, open, l);
    h.push_str(
        "<div class=\"search-results\"><ol class=\"result-groups\" data-testid=\"results\">",
    );
    // The reader marks the query's words in the paragraph a hit links to.
    let reader = |letter: &Letter, n: u32| {
        Route::Reader(ReaderState {
            letter: letter.id.clone(),
            target: Target::Block(n),
            highlight: Some(s.query.clone()),
            sentence: None,
        })
        .href()
    };
    for g in r.by_letter() {
        let Some(letter) = c.letter(&g.letter) else {
            continue;
        };
        write_group_head(h, c, letter, l);
        for hit in g.hits.iter().filter_map(|&i| r.hits.get(i)) {
            write_hit(h, letter, hit, &reader(letter, hit.n), l);
        }
        h.push_str("</ol></li>");
    }
    h.push_str("</ol>");
    if r.total_passages > r.hits.len() {
        h.push_str("<button type=\"button\" class=\"show-more\">");
        markup::text(h, t.show_more);
        h.push_str("</button>");
    }
    h.push_str("</div></div>");
}

/// Opens a document's group: its title, kind, date and meeting, and the list of its hits.
fn write_group_head(h: &mut String, c: &Corpus, letter: &Letter, l: Lang) {
    h.push_str("<li class=\"result-group\"><h2 class=\"result-letter\">");
    markup::text(h, &letter.title.value);
    h.push_str("</h2><p class=\"result-meta muted\">");
    markup::text(h, kind_name(c, &letter.kind, l));
    if let Some(d) = &letter.date {
        h.push_str(" · ");
        markup::text(h, &format_date(d.value, l));
    }
    if let Some(m) = c.meeting(&letter.meeting) {
        h.push_str(" · ");
        markup::text(h, meeting_name(m, l));
    }
    h.push_str("</p><ol class=\"result-list\">");
}

/// Writes one hit: its section heading (its matched words marked), marked snippet, where it
/// matched when not in its own text, and paragraph number, linking to the paragraph in the reader
/// (`href`); and a link to compare the paragraph.
fn write_hit(h: &mut String, letter: &Letter, hit: &Hit, href: &str, l: Lang) {
    let t = l.t();
    let n = hit.n;
    h.push_str("<li class=\"result\" data-testid=\"result\"");
    markup::attr(h, "data-letter", &letter.id);
    h.push_str(" data-n=\"");
    markup::number(h, n.into());
    h.push_str("\"><a class=\"result-link\"");
    markup::attr(h, "href", href);
    h.push('>');
    let heading = letter
        .block(n)
        .and_then(|b| b.section)
        .and_then(|s| letter.block(s))
        .filter(|b| b.n != n);
    if let Some(b) = heading {
        h.push_str("<span class=\"result-section\">");
        write_marked(h, &b.text, &hit.heading_marks);
        h.push_str("</span>");
    }
    h.push_str("<span class=\"result-snippet\">");
    write_marked(h, &hit.snippet, &hit.snippet_marks);
    h.push_str("</span><span class=\"result-where muted\">");
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
    h.push_str("</span></a>");
    let compare = Route::Compare(CompareState::passage(PassageRef::Block {
        letter: letter.id.clone(),
        n,
    }))
    .href();
    let mut label = String::from(t.compare_link_label);
    label.push(' ');
    markup::number(&mut label, n.into());
    h.push_str("<a class=\"result-compare\" data-testid=\"compare-link\"");
    markup::attr(h, "href", &compare);
    markup::attr(h, "aria-label", &label);
    h.push('>');
    markup::text(h, t.compare_link);
    h.push_str("</a>");
    h.push_str("</li>");
}

/// Nothing found: the query, spelling suggestions, a tip, and a way to drop the filters.
fn write_none(h: &mut String, suggestions: &[String], s: &SearchState, l: Lang) {
    let t = l.t();
    h.push_str("<div class=\"empty\" data-testid=\"no-results\"><p><strong>");
    markup::text(h, t.search_none);
    h.push_str("</strong> “");
    markup::text(h, &s.query);
    h.push_str("”.</p>");
    if !suggestions.is_empty() {
        h.push_str("<p>");
        markup::text(h, t.did_you_mean);
        h.push(' ');
        for word in suggestions {
            let href = Route::Search(SearchState {
                query: word.clone(),
                ..s.clone()
            })
            .href();
            markup::link(
                h,
                &href,
                " class=\"suggestion\" data-testid=\"suggestion\"",
                word,
            );
            h.push(' ');
        }
        h.push_str("</p>");
    }
    h.push_str("<p class=\"muted\">");
    markup::text(h, t.search_none_tip);
    h.push_str("</p>");
    if s.has_filters() {
        let href = Route::Search(SearchState::query(&s.query)).href();
        h.push_str("<p>");
        markup::link(h, &href, "", t.clear_filters);
        h.push_str("</p>");
    }
    h.push_str("</div>");
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

    #[test]
    fn marks_are_escaped_and_a_part_of_a_word_is_marked_as_such() {
        let r = |s, e| TextRange { start: s, end: e };
        let mut h = String::new();
        write_marked(&mut h, "<b> steunpakket & pakket", &[r(9, 15), r(18, 24)]);
        assert_eq!(
            h,
            "&lt;b&gt; steun<mark class=\"part\">pakket</mark> &amp; <mark>pakket</mark>"
        );
    }
}
