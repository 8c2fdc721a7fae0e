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
use crate::markup;
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
fn place_href(c: &Corpus, p: &Place) -> String {
    let id = c
        .letters
        .get(p.letter as usize)
        .map_or("", |l| l.id.as_str());
    Route::Reader(ReaderState {
        sentence: Some(p.sentence),
        ..ReaderState::at(id, Target::Block(p.block))
    })
    .href()
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
            html.push_str("<section class=\"gl-kind\"><h2>");
            markup::text(
                &mut html,
                match kind {
                    TermKind::Acronym => t.glossary_acronyms,
                    TermKind::Person => t.glossary_people,
                    TermKind::Country => t.glossary_countries,
                    TermKind::Organisation => t.glossary_organisations,
                },
            );
            html.push_str("</h2><dl class=\"gl-list\">");
            for e in of_kind {
                entry(&mut html, e, c, lang);
            }
            html.push_str("</dl></section>");
        }
        if !any {
            html.push_str("<p class=\"notice\">");
            markup::text(&mut html, t.glossary_none);
            html.push_str("</p>");
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
/// by document, a link per paragraph.
fn entry(html: &mut String, entry: &GlossaryEntry, c: &Corpus, lang: Lang) {
    let t = lang.t();
    let title = |letter: u16| {
        c.letters
            .get(letter as usize)
            .map_or("", |l| l.title.value.as_str())
    };
    html.push_str("<div class=\"gl-entry\" data-testid=\"glossary-entry\"");
    markup::attr(html, "data-term", &entry.term);
    html.push_str("><dt>");
    markup::text(html, &entry.term);
    html.push_str("</dt><dd>");
    if let Some(m) = expansion(entry, lang) {
        html.push_str("<span class=\"gl-meaning\">");
        markup::text(html, m);
        html.push_str("</span>");
    }
    if entry.kind == TermKind::Acronym && entry.defined_at.is_none() {
        html.push_str(" <span class=\"muted\">(");
        markup::text(html, t.glossary_listed);
        html.push_str(")</span>");
    }
    if let Some(p) = &entry.defined_at {
        html.push_str("<span class=\"gl-defined\">");
        markup::text(html, t.glossary_defined);
        html.push(' ');
        markup::link(html, &place_href(c, p), "", title(p.letter));
        html.push_str("</span>");
    }
    html.push_str("<details class=\"gl-places\"><summary>");
    markup::text(html, &mention_count(lang, entry.mentions.len()));
    html.push_str("</summary><ul");
    markup::attr(html, "aria-label", t.glossary_places);
    html.push('>');
    let mut previous: Option<u16> = None;
    for p in &entry.mentions {
        if previous != Some(p.letter) {
            if previous.is_some() {
                html.push_str("</li>");
            }
            html.push_str("<li>");
            markup::text(html, title(p.letter));
            html.push(':');
            previous = Some(p.letter);
        }
        html.push(' ');
        let mut label = String::from("¶ ");
        markup::number(&mut label, i64::from(p.block));
        markup::link(
            html,
            &place_href(c, p),
            " data-testid=\"glossary-mention\"",
            &label,
        );
    }
    if previous.is_some() {
        html.push_str("</li>");
    }
    html.push_str("</ul></details></dd></div>");
}
