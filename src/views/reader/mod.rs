//! Reader: one document with its metadata, body, footnotes, paragraph links and citations.

use crate::data::{citation, corpus};
use crate::i18n::{format_date, kind_name, Lang};
use crate::route::{block_href, Route, Target};
use crate::views::placeholder::NotFound;
use crate::views::shell::UiLang;
use leptos::prelude::*;
use summit_core::{Block, BlockKind, Corpus, Letter, Origin, TextRange};
use wasm_bindgen::JsCast;

/// A piece of a block's text as shown: plain text, a footnote marker, or a redaction mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Plain text.
    Text(String),
    /// A footnote marker with its label.
    Note(String),
    /// A redaction placeholder.
    Redacted,
    /// A word marked because it matched the search.
    Marked(String),
}

/// Cuts a block's text into pieces at footnote markers, redactions and search marks.
pub fn pieces(block: &Block, marks: &[TextRange]) -> Vec<Piece> {
    let text = &block.text;
    let valid = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    // (start, end, order at equal start, piece); a marker at the end of a word comes after it.
    let mut cuts: Vec<(usize, usize, u8, Option<Piece>)> = Vec::new();
    for r in &block.footnote_refs {
        cuts.push((
            r.at as usize,
            r.at as usize,
            1,
            Some(Piece::Note(r.label.clone())),
        ));
    }
    for r in &block.redactions {
        cuts.push((r.start as usize, r.end as usize, 0, Some(Piece::Redacted)));
    }
    for m in marks {
        cuts.push((m.start as usize, m.end as usize, 0, None));
    }
    cuts.retain(|(s, e, _, _)| valid(*s, *e));
    cuts.sort_by_key(|(s, e, o, _)| (*s, *o, *e));
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, _, piece) in cuts {
        if s < at {
            continue;
        }
        if s > at {
            out.push(Piece::Text(text[at..s].to_string()));
        }
        out.push(piece.unwrap_or_else(|| Piece::Marked(text[s..e].to_string())));
        at = e;
    }
    if at < text.len() {
        out.push(Piece::Text(text[at..].to_string()));
    }
    out
}

/// Search marks per block of a letter, for a query.
fn search_marks(letter: &Letter, query: &str) -> std::collections::HashMap<u32, Vec<TextRange>> {
    let (Ok(c), Ok(index)) = (corpus(), crate::data::search_index()) else {
        return Default::default();
    };
    let options = summit_core::search::SearchOptions {
        filters: summit_core::search::Filters {
            letters: vec![letter.id.clone()],
            ..Default::default()
        },
        limit: usize::MAX,
        typing: true,
        ..Default::default()
    };
    index
        .search(c, query, &options)
        .hits
        .into_iter()
        .map(|h| (h.n, h.marks))
        .collect()
}

/// The reader for letter `id`, scrolled to `target`.
#[component]
pub fn Reader(
    /// Letter id.
    id: String,
    /// Block or footnote to show.
    target: Target,
    /// Search words to mark.
    highlight: Option<String>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let Some(letter) = c.letter(&id) else {
        return view! { <NotFound message=Some(|l: Lang| l.t().letter_not_found)/> }.into_any();
    };
    let target_ok = match &target {
        Target::Top => true,
        Target::Block(n) => letter.block(*n).is_some(),
        Target::Note(label) => letter.footnotes.iter().any(|f| &f.label == label),
    };
    if !target_ok {
        return view! { <NotFound message=Some(|l: Lang| l.t().paragraph_not_found)/> }.into_any();
    }
    let target_dom_id = match &target {
        Target::Top => None,
        Target::Block(n) => Some(format!("p-{n}")),
        Target::Note(l) => Some(format!("fn-{l}")),
    };
    // Bring the linked paragraph into view once it is in the page.
    if let Some(dom_id) = target_dom_id.clone() {
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&dom_id) {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    } else {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    let citing = RwSignal::new(None::<u32>);
    let target_block = match &target {
        Target::Block(n) => Some(*n),
        _ => None,
    };
    let target_note = match &target {
        Target::Note(l) => Some(l.clone()),
        _ => None,
    };
    let marks = highlight
        .as_deref()
        .map(|q| search_marks(letter, q))
        .unwrap_or_default();
    let blocks = letter
        .blocks
        .iter()
        .map(|b| {
            let m = marks.get(&b.n).cloned().unwrap_or_default();
            view! { <BlockView letter=letter block=b is_target=target_block == Some(b.n) citing=citing marks=m/> }
        })
        .collect_view();
    let banner = highlight.clone().map(|q| {
        let clear = Route::Letter {
            id: letter.id.clone(),
            target: target.clone(),
            highlight: None,
        }
        .href();
        let back = Route::Search(crate::route::SearchState::query(&q)).href();
        let found = marks.len();
        view! {
            <p class="highlight-banner" data-testid="highlight-banner" role="status">
                {t.marked}" “"{q.clone()}"” ("{found}" ¶) · "
                <a href=back>{t.back_to_results}</a>" · "
                <a href=clear>{t.remove_marks}</a>
            </p>
        }
    });
    view! {
        <article class="reader" data-testid="reader" data-letter=letter.id.clone()>
            <LetterHeader corpus=c letter=letter/>
            {banner}
            <div class="letter-body">{blocks}</div>
            {(!letter.footnotes.is_empty()).then(|| view! {
                <Footnotes letter=letter target=target_note.clone()/>
            })}
            <p class="back"><a href="#/">{format!("← {}", t.back_to_library)}</a></p>
        </article>
    }
    .into_any()
}

/// Title and metadata of a letter, with where each fact came from.
#[component]
fn LetterHeader(corpus: &'static Corpus, letter: &'static Letter) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let provenance = move |o: &Origin| match o {
        Origin::Text { .. } => t.from_text,
        Origin::Metadata { .. } => t.from_metadata,
    };
    let meeting = corpus.meeting(&letter.meeting);
    let kind = letter.kind;
    view! {
        <header class="reader-head">
            <p class="letter-kind">{kind_name(kind, l)}</p>
            <h1>{letter.title.value.clone()}</h1>
            <dl class="letter-meta">
                <div>
                    <dt>{t.label_date}</dt>
                    <dd>{match &letter.date {
                        Some(d) => format!("{} ({})", format_date(d.value, l), provenance(&d.origin)),
                        None => t.date_unknown.to_string(),
                    }}</dd>
                </div>
                {meeting.map(|m| view! {
                    <div>
                        <dt>{t.label_meeting}</dt>
                        <dd>{{
                            let name = if l == Lang::Nl { &m.name } else { &m.name_en };
                            format!("{name}, {} – {}", format_date(m.start, l), format_date(m.end, l))
                        }}</dd>
                    </div>
                })}
                {(!letter.signatories.is_empty()).then(|| view! {
                    <div>
                        <dt>{t.label_signed}</dt>
                        <dd><ul class="plain">{letter.signatories.iter().map(|s| view! {
                            <li>{s.name.clone().map(|n| format!("{n}, ")).unwrap_or_default()}{s.role.clone()}</li>
                        }).collect_view()}</ul></dd>
                    </div>
                })}
                {(!letter.references.is_empty()).then(|| view! {
                    <div>
                        <dt>{t.label_reference}</dt>
                        <dd>{letter.references.iter().map(|r| r.value.clone()).collect::<Vec<_>>().join(", ")}</dd>
                    </div>
                })}
                <div>
                    <dt>{t.label_source}</dt>
                    <dd><code>{letter.source.clone()}</code></dd>
                </div>
            </dl>
            {(!letter.letterhead.is_empty()).then(|| view! {
                <details class="letterhead">
                    <summary>{t.letterhead}</summary>
                    <dl>{letter.letterhead.iter().map(|f| view! {
                        <div>
                            <dt>{f.label.clone().unwrap_or_default()}</dt>
                            <dd>{if f.redacted {
                                view! { <RedactionMark/> }.into_any()
                            } else if f.value.is_empty() {
                                view! { <span class="muted">"—"</span> }.into_any()
                            } else {
                                view! { <span class="pre-line">{f.value.clone()}</span> }.into_any()
                            }}</dd>
                        </div>
                    }).collect_view()}</dl>
                </details>
            })}
        </header>
    }
}

/// A visible redaction mark with an accessible label.
#[component]
fn RedactionMark() -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    view! {
        <span class="redaction" data-testid="redaction" role="img"
            aria-label=t.redacted title=t.redacted>
            <span aria-hidden="true">"██████"</span>
        </span>
    }
}

/// One heading, paragraph or list item, with its link and cite button.
#[component]
fn BlockView(
    letter: &'static Letter,
    block: &'static Block,
    is_target: bool,
    citing: RwSignal<Option<u32>>,
    marks: Vec<TextRange>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let n = block.n;
    let href = block_href(&letter.id, n);
    let content = pieces(block, &marks)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.into_any(),
            Piece::Redacted => view! { <RedactionMark/> }.into_any(),
            Piece::Marked(t) => view! { <mark>{t}</mark> }.into_any(),
            Piece::Note(label) => {
                let note_href = Route::Letter {
                    id: letter.id.clone(),
                    target: Target::Note(label.clone()),
                    highlight: None,
                }
                .href();
                view! {
                    <sup class="fn-ref"><a href=note_href id=format!("fnref-{label}")
                        aria-label=format!("{} {label}", t.footnotes)>{label.clone()}</a></sup>
                }
                .into_any()
            }
        })
        .collect_view();
    let (tag_class, body) = match block.kind {
        BlockKind::Heading { level } => {
            let b = match level {
                1 => view! { <h2 class="block-text">{content}</h2> }.into_any(),
                2 => view! { <h3 class="block-text">{content}</h3> }.into_any(),
                _ => view! { <h4 class="block-text">{content}</h4> }.into_any(),
            };
            ("block block--heading", b)
        }
        BlockKind::Paragraph => ("block block--paragraph", view! { <p class="block-text">{content}</p> }.into_any()),
        BlockKind::ListItem { level } => (
            if level > 1 { "block block--item block--item2" } else { "block block--item" },
            view! { <p class="block-text"><span class="bullet" aria-hidden="true">"•"</span>{content}</p> }.into_any(),
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
            </div>
            {move || cite_open().then(|| view! { <CitationBox letter=letter block=block citing=citing/> })}
        </div>
    }
}

/// The citation of a block, selectable, with a copy button that falls back to copying by hand.
#[component]
fn CitationBox(
    letter: &'static Letter,
    block: &'static Block,
    citing: RwSignal<Option<u32>>,
) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    let status = RwSignal::new(None::<bool>);
    let text = move || {
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default().to_string();
        let url = format!("{base}{}", block_href(&letter.id, block.n));
        corpus()
            .map(|c| citation(c, letter, block, &url, l))
            .unwrap_or_default()
    };
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(a) = area.get() {
            a.select();
        }
    });
    let copy = move |_| {
        let value = text();
        let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).ok();
        let write = clipboard
            .filter(|c| !c.is_undefined() && !c.is_null())
            .and_then(|c| {
                let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?;
                let f: js_sys::Function = f.dyn_into().ok()?;
                f.call1(&c, &value.into()).ok()
            })
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        match write {
            Some(promise) => leptos::task::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                status.set(Some(ok));
            }),
            None => status.set(Some(false)),
        }
        if let Some(a) = area.get() {
            a.select();
        }
    };
    view! {
        <div class="citation" role="group" aria-label=t.citation>
            <label class="citation-label">{t.citation}
                <textarea node_ref=area readonly rows="4" data-testid="citation-text">{text}</textarea>
            </label>
            <div class="citation-actions">
                <button type="button" on:click=copy data-testid="copy-citation">{t.copy}</button>
                <button type="button" on:click=move |_| citing.set(None)>{t.close}</button>
                <span class="citation-status" role="status">{move || match status.get() {
                    Some(true) => t.copied,
                    Some(false) => t.copy_by_hand,
                    None => "",
                }}</span>
            </div>
        </div>
    }
}

/// The footnotes of a letter, each linked back to its paragraph.
#[component]
fn Footnotes(letter: &'static Letter, target: Option<String>) -> impl IntoView {
    let l = UiLang::current();
    let t = l.t();
    view! {
        <section class="footnotes" data-testid="footnotes" aria-label=t.footnotes>
            <h2>{t.footnotes}</h2>
            <ol class="plain">{letter.footnotes.iter().map(|f| {
                let is_target = target.as_deref() == Some(f.label.as_str());
                view! {
                    <li id=format!("fn-{}", f.label) tabindex="-1"
                        class=if is_target { "footnote is-target" } else { "footnote" }>
                        <span class="fn-label">{f.label.clone()}</span>
                        <span class="fn-text">{f.text.clone()}
                            {f.block.map(|n| view! {
                                " "<a class="fn-back" href=block_href(&letter.id, n)
                                    aria-label=t.back_to_text>"↩"</a>
                            })}
                        </span>
                    </li>
                }
            }).collect_view()}</ol>
        </section>
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
            pieces(&b, &[]),
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
            pieces(&b, &[TextRange { start: 2, end: 40 }]),
            vec![Piece::Text("Oekraïne".into())]
        );
    }

    #[test]
    fn search_marks_and_footnote_markers_interleave() {
        let b = block("motie Eerdmans aangenomen", &[("2", 14)], &[]);
        assert_eq!(
            pieces(&b, &[TextRange { start: 6, end: 14 }]),
            vec![
                Piece::Text("motie ".into()),
                Piece::Marked("Eerdmans".into()),
                Piece::Note("2".into()),
                Piece::Text(" aangenomen".into()),
            ]
        );
    }
}
