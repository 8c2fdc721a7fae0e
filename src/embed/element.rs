//! The explorer as the custom element `<nato-summit-explorer>`: the element's script
//! (`summit-explorer-embed.js`, assembled by `cargo xtask build` from `element.js`) gives each
//! element a shadow root and calls [`mount_embed`] on a `<div>` in it. Each mount has its own
//! state (no shared signal, nothing in the host page's hash), and its attributes change it later
//! through [`EmbedHandle::set`].

use super::protocol::EmbedState;
use super::EmbedShell;
use crate::context::{provide_contexts, set_in_element, Nav, PageRoot, UiLang};
use crate::i18n::Lang;
use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::prelude::*;

/// One mounted element: its language and navigation, and the mount itself (unmounted when
/// dropped).
#[wasm_bindgen]
pub struct EmbedHandle {
    lang: RwSignal<Lang>,
    nav: Nav,
    mounted: Option<Box<dyn Any>>,
}

/// The state of the element's attributes (each `undefined` when absent).
fn state(
    view: Option<String>,
    query: Option<String>,
    letter: Option<String>,
    range: Option<String>,
    link: Option<String>,
) -> EmbedState {
    EmbedState {
        view,
        query,
        letter,
        range,
        link,
        lang: None,
    }
}

/// Mounts the explorer in `root` (a `<div>` in the element's shadow root) at the state of the
/// attributes, with `full` the address of the full explorer (up to the `#`); `on_route` is called
/// with the link and its full address whenever the person opens another.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount_embed(
    root: web_sys::HtmlElement,
    full: String,
    on_route: js_sys::Function,
    view: Option<String>,
    query: Option<String>,
    letter: Option<String>,
    range: Option<String>,
    link: Option<String>,
    lang: Option<String>,
) -> EmbedHandle {
    set_in_element();
    let start = state(view, query, letter, range, link).href();
    let lang = Lang::from_code(lang.as_deref().unwrap_or_default());
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let page_root: web_sys::Element = root.clone().into();
    let mounted = leptos::mount::mount_to(root, move || {
        provide_context(PageRoot(Some(page_root)));
        let (UiLang(lang), route, nav) = provide_contexts(Some(start), lang, false);
        out.set(Some((lang, nav)));
        let base = full.clone();
        Effect::new(move |first: Option<()>| {
            let link = route.0.with(|r| r.href());
            if first.is_some() {
                let url = format!("{base}{link}");
                let _ = on_route.call2(&JsValue::NULL, &link.into(), &url.into());
            }
        });
        view! { <EmbedShell full=full landmark=false/> }
    });
    let (lang, nav) = slot.take().expect("mount_to renders at once");
    EmbedHandle {
        lang,
        nav,
        mounted: Some(Box::new(mounted)),
    }
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Shows the state of the attributes (after the host changed one).
    pub fn set(
        &self,
        view: Option<String>,
        query: Option<String>,
        letter: Option<String>,
        range: Option<String>,
        link: Option<String>,
        lang: Option<String>,
    ) {
        let s = state(view, query, letter, range, link);
        if s.has_place() {
            let href = s.href();
            if self.nav.0.try_get_untracked().is_some_and(|h| h != href) {
                self.nav.replace(&href);
            }
        }
        if let Some(code) = lang {
            let _ = self.lang.try_set(Lang::from_code(&code));
        }
    }

    /// Removes the explorer from the element.
    pub fn unmount(&mut self) {
        self.mounted.take();
    }
}
