//! Citing a block: the citation text (quote, document, date, meeting, reference, paragraph and
//! link) and the box that shows it with a copy button.

use crate::context::UiLang;
use crate::data::corpus;
use crate::i18n::Lang;
use crate::labels::{format_date, kind_name, meeting_name};
use crate::route::block_href;
use leptos::prelude::*;
use summit_core::{Block, Corpus, Letter};

/// A citation of one block: the quoted text, the document, its date and reference, and the link.
pub fn citation(corpus: &Corpus, letter: &Letter, block: &Block, url: &str, lang: Lang) -> String {
    let t = lang.t();
    let mut parts = vec![
        letter.title.value.clone(),
        kind_name(corpus, &letter.kind, lang).to_string(),
    ];
    match &letter.date {
        Some(d) => parts.push(format_date(d.value, lang)),
        None => parts.push(t.date_unknown.to_string()),
    }
    if let Some(m) = corpus.meeting(&letter.meeting) {
        parts.push(meeting_name(m, lang).to_string());
    }
    for r in &letter.references {
        parts.push(format!("{} {}", t.label_reference.to_lowercase(), r.value));
    }
    parts.push(format!("{} {}", t.paragraph, block.n));
    format!("“{}” — {}. {url}", block.text, parts.join(", "))
}

/// The citation of a block, selectable, with a copy button that falls back to copying by hand.
#[component]
pub fn CitationBox(
    /// The letter.
    letter: &'static Letter,
    /// The cited block.
    block: &'static Block,
    /// The block whose citation is open; the close button clears it.
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
        crate::clipboard::copy_text(value, move |ok| status.set(Some(ok)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_names_document_date_paragraph_and_link() {
        let c = corpus().unwrap();
        let letter = c
            .letters
            .iter()
            .find(|l| l.date.is_some() && !l.references.is_empty())
            .unwrap();
        let block = &letter.blocks[0];
        let cite = citation(c, letter, block, "file:///x.html#/brief/a/p/1", Lang::Nl);
        assert!(cite.starts_with(&format!("“{}”", block.text)));
        assert!(cite.contains(&letter.title.value));
        assert!(cite.contains(&letter.references[0].value));
        assert!(cite.contains("alinea 1"));
        assert!(cite.ends_with("file:///x.html#/brief/a/p/1"));
    }
}
