//! The body of a letter: each heading, paragraph and list item with its footnote markers,
//! redactions and search marks, dates linked to the timeline, acronyms that show their expansion
//! on hover and keyboard focus, its paragraph link and its cite button.

use super::citation::CitationBox;
use super::compare_link::CompareLink;
use crate::context::UiLang;
use crate::markup::{self, el, el_text, Attr, Href};
use crate::route::{block_href, ReaderState, Route, Target, TimelineState};
use leptos::prelude::*;
use summit_core::search::{tagged_segments, Segment};
use summit_core::{Block, BlockKind, Letter, TextRange};

/// A piece of a block's text as shown: plain text, a footnote marker, or a redaction mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Plain text.
    Text(String),
    /// A footnote marker with its label.
    Note(String),
    /// A redaction placeholder.
    Redacted,
    /// A word marked because it matched the search (or the sentence a link points at).
    Marked(String),
    /// A date on the timeline: its text and the index of its event.
    Date(String, usize),
    /// An acronym: its text and the index of its glossary entry.
    Term(String, usize),
}

/// What a cut in a block's text is for.
#[derive(Clone, Copy)]
enum Cut<'b> {
    /// A redacted range.
    Redacted,
    /// A word the search matched.
    Marked,
    /// The place of a footnote marker, with its label.
    Note(&'b str),
    /// A date, with the index of its event.
    Date(usize),
    /// An acronym, with the index of its glossary entry.
    Term(usize),
}

/// Cuts a block's text into pieces at footnote markers, redactions and search marks. Ranges that
/// do not fit the text are left out; a marker at the end of a word comes after the word.
pub fn pieces(
    block: &Block,
    marks: &[TextRange],
    dates: &[(TextRange, usize)],
    terms: &[(TextRange, usize)],
) -> Vec<Piece> {
    // Ranges with the same start keep this order: redactions, marks, dates, then footnote
    // markers; a date inside a mark stays plain.
    let redactions = block.redactions.iter().map(|&r| (r, Cut::Redacted));
    let marked = marks.iter().map(|&r| (r, Cut::Marked));
    let dated = dates.iter().map(|&(r, e)| (r, Cut::Date(e)));
    let termed = terms.iter().map(|&(r, i)| (r, Cut::Term(i)));
    let notes = block.footnote_refs.iter().map(|r| {
        let place = TextRange {
            start: r.at,
            end: r.at,
        };
        (place, Cut::Note(&r.label))
    });
    tagged_segments(
        &block.text,
        redactions
            .chain(marked)
            .chain(dated)
            .chain(termed)
            .chain(notes),
    )
    .into_iter()
    .map(|segment| match segment {
        Segment::Plain(text) => Piece::Text(text.to_string()),
        Segment::Marked(_, Cut::Redacted) => Piece::Redacted,
        Segment::Marked(text, Cut::Marked) => Piece::Marked(text.to_string()),
        Segment::Marked(_, Cut::Note(label)) => Piece::Note(label.to_string()),
        Segment::Marked(text, Cut::Date(e)) => Piece::Date(text.to_string(), e),
        Segment::Marked(text, Cut::Term(i)) => Piece::Term(text.to_string(), i),
    })
    .collect()
}

/// One heading, paragraph or list item, with its link and cite button.
#[component]
pub fn BlockView(
    /// The letter.
    letter: &'static Letter,
    /// The block.
    block: &'static Block,
    /// Whether a link points at this block.
    is_target: bool,
    /// The block whose citation is open.
    citing: RwSignal<Option<u32>>,
    /// Search marks (or the linked sentence) in the block's text.
    marks: Vec<TextRange>,
    /// The dates of the block with the index of their event on the timeline.
    dates: Vec<(TextRange, usize)>,
    /// The acronyms of the block to explain, with the index of their glossary entry.
    terms: Vec<(TextRange, usize)>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let n = block.n;
    let href = block_href(&letter.id, n);
    let html = content_html(letter, block, &pieces(block, &marks, &dates, &terms), n);
    let (tag_class, body) = match block.kind {
        BlockKind::Heading { level } => {
            let b = match level {
                1 => view! { <h2 class="block-text" inner_html=html/> }.into_any(),
                2 => view! { <h3 class="block-text" inner_html=html/> }.into_any(),
                _ => view! { <h4 class="block-text" inner_html=html/> }.into_any(),
            };
            ("block block--heading", b)
        }
        BlockKind::Paragraph => (
            "block block--paragraph",
            view! { <p class="block-text" inner_html=html/> }.into_any(),
        ),
        BlockKind::ListItem { level } => (
            if level > 1 {
                "block block--item block--item2"
            } else {
                "block block--item"
            },
            view! { <p class="block-text" inner_html=html/> }.into_any(),
        ),
    };
    let class = if is_target {
        format!("{tag_class} is-target")
    } else {
        tag_class.to_string()
    };
    let cite_open = move || citing.get() == Some(n);
    view! {
        <div class=class id=format!("p-{n}") data-testid="block" data-n=n tabindex="-1"
            aria-current=is_target.then_some("true")>
            {body}
            <div class="block-tools">
                <a class="permalink" data-testid="permalink" href=href.clone()
                    title=t.permalink aria-label=format!("{} {n}", t.permalink)>
                    {format!("¶ {n}")}
                </a>
                <button type="button" class="cite" data-testid="cite"
                    aria-expanded=move || if cite_open() { "true" } else { "false" }
                    on:click=move |_| citing.update(|c| *c = if *c == Some(n) { None } else { Some(n) })>
                    {t.cite}
                </button>
                {(!block.is_heading()).then(|| view! { <CompareLink letter=&letter.id n=n/> })}
            </div>
            {move || cite_open().then(|| view! { <CitationBox letter=letter block=block citing=citing/> })}
        </div>
    }
}

/// A block's text with its pieces as markup: marks, dates linked to the timeline, acronyms that
/// show their expansion on hover and on keyboard focus (a focusable word described by a
/// `role="tooltip"`; Escape dismisses it, see [`dismiss_tip`]), redaction marks and footnote
/// markers. A list item starts with its bullet. Written as text (see [`crate::markup`]): a
/// letter has hundreds of pieces that never change once drawn.
pub fn content_html(letter: &Letter, block: &Block, pieces: &[Piece], n: u32) -> String {
    let lang = UiLang::current();
    let t = lang.t();
    let mut out = String::new();
    if matches!(block.kind, BlockKind::ListItem { .. }) {
        el_text(
            &mut out,
            "span class=\"bullet\" aria-hidden=\"true\"",
            &[],
            "•",
        );
    }
    for p in pieces {
        match p {
            Piece::Text(s) => markup::text(&mut out, s),
            Piece::Marked(s) => markup::mark(&mut out, s, false),
            Piece::Date(s, e) => {
                let href = Href::route(&Route::Timeline(TimelineState::focused_on(*e)));
                let attrs = [Attr::Value("title", t.date_on_timeline)];
                markup::link(&mut out, &href, "class=\"date-link\"", &attrs, s);
            }
            Piece::Term(s, entry) => {
                let meaning = crate::data::glossary()
                    .ok()
                    .and_then(|g| g.get(*entry))
                    .and_then(|e| crate::labels::expansion(e, lang))
                    .unwrap_or_default();
                let mut id = String::from("tip-");
                markup::number(&mut id, i64::from(n));
                id.push('-');
                markup::number(&mut id, *entry as i64);
                let term = [Attr::Value("aria-describedby", &id)];
                el(
                    &mut out,
                    "span class=\"term\" tabindex=\"0\" data-testid=\"term\"",
                    &term,
                    &mut |out| {
                        markup::text(out, s);
                        let tip = [Attr::Value("id", &id)];
                        el_text(
                            out,
                            "span class=\"term-tip\" role=\"tooltip\"",
                            &tip,
                            meaning,
                        );
                    },
                );
            }
            Piece::Redacted => super::redaction::write(&mut out, t),
            Piece::Note(label) => {
                let href = Href::route(&Route::Reader(ReaderState::at(
                    &letter.id,
                    Target::Note(label.clone()),
                )));
                let id = String::from("fnref-") + label;
                let name = String::from(t.footnotes) + " " + label;
                el(&mut out, "sup class=\"fn-ref\"", &[], &mut |out| {
                    let attrs = [Attr::Value("id", &id), Attr::Value("aria-label", &name)];
                    markup::link(out, &href, "", &attrs, label);
                });
            }
        }
    }
    out
}

/// Escape on an acronym of the reader takes the focus from it, which hides its tooltip: one
/// handler on the letter's body for all of them.
pub fn dismiss_tip(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Escape" {
        return;
    }
    let term = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.class_name() == "term");
    if let Some(el) = term {
        let _ = el.blur();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use summit_core::{FootnoteRef, Span};

    fn block(text: &str, refs: &[(&str, u32)], red: &[(u32, u32)]) -> Block {
        Block {
            n: 1,
            kind: BlockKind::Paragraph,
            text: text.into(),
            span: Span::new(0, 0),
            parts: vec![],
            sentences: vec![],
            footnote_refs: refs
                .iter()
                .map(|(l, at)| FootnoteRef {
                    label: l.to_string(),
                    at: *at,
                })
                .collect(),
            redactions: red
                .iter()
                .map(|(s, e)| TextRange { start: *s, end: *e })
                .collect(),
            section: None,
        }
    }

    #[test]
    fn markers_and_redactions_cut_text_in_order() {
        let b = block("Eerdmans aangenomen. XXXX rest", &[("2", 8)], &[(21, 25)]);
        assert_eq!(
            pieces(&b, &[], &[], &[]),
            vec![
                Piece::Text("Eerdmans".into()),
                Piece::Note("2".into()),
                Piece::Text(" aangenomen. ".into()),
                Piece::Redacted,
                Piece::Text(" rest".into()),
            ]
        );
    }

    #[test]
    fn out_of_range_offsets_are_ignored_not_a_panic() {
        let b = block("Oekraïne", &[("1", 99), ("2", 6)], &[(3, 1)]);
        assert_eq!(
            pieces(&b, &[TextRange { start: 2, end: 40 }], &[], &[]),
            vec![Piece::Text("Oekraïne".into())]
        );
    }

    #[test]
    fn search_marks_and_footnote_markers_interleave() {
        let b = block("motie Eerdmans aangenomen", &[("2", 14)], &[]);
        assert_eq!(
            pieces(&b, &[TextRange { start: 6, end: 14 }], &[], &[]),
            vec![
                Piece::Text("motie ".into()),
                Piece::Marked("Eerdmans".into()),
                Piece::Note("2".into()),
                Piece::Text(" aangenomen".into()),
            ]
        );
    }
}
