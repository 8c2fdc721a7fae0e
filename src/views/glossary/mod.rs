//! The glossary: acronyms with their expansions, people, countries and organisations, each with
//! every place the letters mention it, searchable as you type (`#/begrippen?q=…`).
//!
//! The search lives in the URL: typing replaces it (no history entry per key). The page is drawn
//! once and the list follows the URL, so the box keeps its caret.

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, glossary};
use crate::i18n::{mention_count, Lang};
use crate::route::{ReaderState, Route, Target};
use crate::url::{Href, Params};
use leptos::prelude::*;
use summit_core::extract::compact::{GlossaryEntry, Place};
use summit_core::extract::TermKind;
use summit_core::Corpus;

/// The glossary as a link describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlossaryState {
    /// Show only entries whose term or expansion holds this (case and accents as typed, case
    /// ignored).
    pub query: String,
}

impl GlossaryState {
    /// Reads the parameters.
    pub fn from_params(params: &Params) -> GlossaryState {
        GlossaryState {
            query: params.get("q").unwrap_or_default().to_string(),
        }
    }

    /// Writes the parameters that differ from the default.
    pub fn write_params(&self, href: &mut Href) {
        if !self.query.is_empty() {
            href.param("q", &self.query);
        }
    }
}

/// An entry's expansion in the interface language, where it has one.
pub fn expansion(entry: &GlossaryEntry, lang: Lang) -> Option<&str> {
    match lang {
        Lang::En => entry.expansion_en.as_deref().or(entry.expansion.as_deref()),
        Lang::Nl => entry.expansion.as_deref().or(entry.expansion_en.as_deref()),
    }
}

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
        let shown: Vec<&GlossaryEntry> = entries.iter().filter(|e| matches(e, &q)).collect();
        let sections = TermKind::ALL
            .iter()
            .filter_map(|&kind| {
                let of_kind: Vec<&GlossaryEntry> =
                    shown.iter().copied().filter(|e| e.kind == kind).collect();
                if of_kind.is_empty() {
                    return None;
                }
                let heading = match kind {
                    TermKind::Acronym => t.glossary_acronyms,
                    TermKind::Person => t.glossary_people,
                    TermKind::Country => t.glossary_countries,
                    TermKind::Organisation => t.glossary_organisations,
                };
                let items = of_kind
                    .into_iter()
                    .map(|e| view! { <Entry entry=e corpus=c/> })
                    .collect_view();
                Some(view! {
                    <section class="gl-kind">
                        <h2>{heading}</h2>
                        <dl class="gl-list">{items}</dl>
                    </section>
                })
            })
            .collect_view();
        let none = shown
            .is_empty()
            .then(|| view! { <p class="notice">{t.glossary_none}</p> });
        view! { {none}{sections} }
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
            {list}
        </section>
    }
    .into_any()
}

/// One entry: the term, its expansion, where the letters write it out, and every mention.
#[component]
fn Entry(
    /// The entry.
    entry: &'static GlossaryEntry,
    /// The corpus (for letter titles and links).
    corpus: &'static Corpus,
) -> impl IntoView {
    let lang = UiLang::current();
    let t = lang.t();
    let c = corpus;
    let meaning = expansion(entry, lang).map(str::to_string);
    let defined = entry.defined_at.as_ref().map(|p| {
        let title = c
            .letters
            .get(p.letter as usize)
            .map_or("", |l| l.title.value.as_str());
        view! {
            <span class="gl-defined">
                {t.glossary_defined}" "<a href=place_href(c, p)>{title.to_string()}</a>
            </span>
        }
    });
    let listed = (entry.kind == TermKind::Acronym && entry.defined_at.is_none())
        .then(|| view! { <span class="muted">" ("{t.glossary_listed}")"</span> });
    // Mentions by document: the document's title, then a link per paragraph.
    let mut by_letter: Vec<(u16, Vec<&Place>)> = Vec::new();
    for p in &entry.mentions {
        match by_letter.iter_mut().find(|(l, _)| *l == p.letter) {
            Some((_, places)) => places.push(p),
            None => by_letter.push((p.letter, vec![p])),
        }
    }
    let places = by_letter
        .into_iter()
        .map(|(l, places)| {
            let title = c.letters.get(l as usize).map_or("", |x| x.title.value.as_str());
            let links = places
                .into_iter()
                .map(|p| view! { " " <a href=place_href(c, p) data-testid="glossary-mention">{format!("¶ {}", p.block)}</a> })
                .collect_view();
            view! { <li>{title.to_string()}":"{links}</li> }
        })
        .collect_view();
    view! {
        <div class="gl-entry" data-testid="glossary-entry" data-term=entry.term.clone()>
            <dt>{entry.term.clone()}</dt>
            <dd>
                {meaning.map(|m| view! { <span class="gl-meaning">{m}</span> })}
                {listed}
                {defined}
                <details class="gl-places">
                    <summary>{mention_count(lang, entry.mentions.len())}</summary>
                    <ul aria-label=t.glossary_places>{places}</ul>
                </details>
            </dd>
        </div>
    }
}
