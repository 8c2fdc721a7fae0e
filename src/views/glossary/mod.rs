//! The glossary: acronyms with their expansions, people, countries and organisations, each with
//! every place the letters mention it, searchable as you type (`#/begrippen?q=…`).
//!
//! The search lives in the URL: typing replaces it (no history entry per key). The page is drawn
//! once and the list follows the URL, so the box keeps its caret.

pub mod state;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, glossary};
use crate::i18n::{mention_count, Lang};
use crate::labels::expansion;
use crate::markup::{el, el_text, link, number, text, Attr, Href};
use crate::route::{ReaderState, Route, Target};
use leptos::prelude::*;
use state::GlossaryState;
use summit_core::extract::compact::{GlossaryEntry, Place};
use summit_core::extract::TermKind;
use summit_core::Corpus;

/// True when the entry matches the search (term, expansion or English name; case ignored).
fn matches(entry: &GlossaryEntry, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty()
        || [
            Some(entry.term.as_str()),
            entry.expansion.as_deref(),
            entry.expansion_en.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|s| s.to_lowercase().contains(&q))
}

/// The link to a place in the reader, with its sentence marked.
fn place_href(c: &Corpus, p: &Place) -> Href {
    let id = c
        .letters
        .get(p.letter as usize)
        .map_or("", |l| l.id.as_str());
    Href::route(&Route::Reader(ReaderState {
        sentence: Some(p.sentence),
        ..ReaderState::at(id, Target::Block(p.block))
    }))
}

/// The glossary view.
#[component]
pub fn Glossary() -> impl IntoView {
    let lang = UiLang::current();
    let t = lang.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let (Ok(c), Ok(entries)) = (corpus(), glossary()) else {
        return ().into_any();
    };
    let query = Memo::new(move |_| match route.get() {
        Route::Glossary(s) => s.query,
        _ => String::new(),
    });
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = query.get();
        if let Some(el) = input.get() {
            if el.value() != q {
                el.set_value(&q);
            }
        }
    });
    let list = move || {
        let q = query.get();
        let mut html = String::new();
        let mut any = false;
        for kind in TermKind::ALL {
            // The entry that is what was typed comes first (`navo`: NAVO, then the others).
            let typed = q.trim().to_lowercase();
            let is_typed = |e: &GlossaryEntry| e.term.to_lowercase() == typed;
            let of_kind: Vec<&GlossaryEntry> = entries
                .iter()
                .filter(|e| e.kind == kind && is_typed(e))
                .chain(
                    entries
                        .iter()
                        .filter(|e| e.kind == kind && !is_typed(e) && matches(e, &q)),
                )
                .collect();
            if of_kind.is_empty() {
                continue;
            }
            any = true;
            let heading = match kind {
                TermKind::Acronym => t.glossary_acronyms,
                TermKind::Person => t.glossary_people,
                TermKind::Country => t.glossary_countries,
                TermKind::Organisation => t.glossary_organisations,
            };
            el(&mut html, "section class=\"gl-kind\"", &[], &mut |out| {
                el_text(out, "h2", &[], heading);
                el(out, "dl class=\"gl-list\"", &[], &mut |out| {
                    for e in &of_kind {
                        entry(out, e, c, lang);
                    }
                });
            });
        }
        if !any {
            el_text(&mut html, "p class=\"notice\"", &[], t.glossary_none);
        }
        html
    };
    view! {
        <section class="glossary" data-testid="glossary">
            <h1>{t.glossary_title}</h1>
            <p class="muted">{t.glossary_intro}</p>
            <form role="search" class="gl-search" on:submit=|ev| ev.prevent_default()>
                <label for="glossary-input">{t.glossary_search}</label>
                <input id="glossary-input" node_ref=input type="search" data-testid="glossary-input"
                    autocomplete="off" spellcheck="false"
                    prop:value=query.get_untracked()
                    on:input=move |ev| {
                        let q = event_target_value(&ev);
                        nav.replace(&Route::Glossary(GlossaryState { query: q }).href());
                    }/>
            </form>
            <div class="gl-body" inner_html=list></div>
        </section>
    }
    .into_any()
}

/// Writes one entry: the term, its expansion, where the letters write it out, and every mention
/// by document (a list item per document), a link per paragraph.
fn entry(html: &mut String, entry: &GlossaryEntry, c: &Corpus, lang: Lang) {
    let t = lang.t();
    let title = |letter: u16| {
        c.letters
            .get(letter as usize)
            .map_or("", |l| l.title.value.as_str())
    };
    let attrs = [Attr::Value("data-term", &entry.term)];
    el(
        html,
        "div class=\"gl-entry\" data-testid=\"glossary-entry\"",
        &attrs,
        &mut |out| {
            el_text(out, "dt", &[], &entry.term);
            el(out, "dd", &[], &mut |out| {
                if let Some(m) = expansion(entry, lang) {
                    el_text(out, "span class=\"gl-meaning\"", &[], m);
                }
                if entry.kind == TermKind::Acronym && entry.defined_at.is_none() {
                    out.push(' ');
                    el(out, "span class=\"muted\"", &[], &mut |out| {
                        out.push('(');
                        text(out, t.glossary_listed);
                        out.push(')');
                    });
                }
                if let Some(p) = &entry.defined_at {
                    el(out, "span class=\"gl-defined\"", &[], &mut |out| {
                        text(out, t.glossary_defined);
                        out.push(' ');
                        link(out, &place_href(c, p), "", &[], title(p.letter));
                    });
                }
                el(out, "details class=\"gl-places\"", &[], &mut |out| {
                    el_text(
                        out,
                        "summary",
                        &[],
                        &mention_count(lang, entry.mentions.len()),
                    );
                    let list = [Attr::Value("aria-label", t.glossary_places)];
                    el(out, "ul", &list, &mut |out| {
                        for by_letter in entry.mentions.chunk_by(|a, b| a.letter == b.letter) {
                            el(out, "li", &[], &mut |out| {
                                text(out, title(by_letter[0].letter));
                                out.push(':');
                                for p in by_letter {
                                    out.push(' ');
                                    let mut label = String::from("¶ ");
                                    number(&mut label, i64::from(p.block));
                                    let mention = "data-testid=\"glossary-mention\"";
                                    link(out, &place_href(c, p), mention, &[], &label);
                                }
                            });
                        }
                    });
                });
            });
        },
    );
}
