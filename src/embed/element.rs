//! The explorer as the custom element `<nato-summit-explorer>`: the element's script
//! (`summit-explorer-embed.js`, assembled by `cargo xtask build` from `element.js`) gives each
//! element a shadow root and calls [`mount_embed`] on a `<div>` in it. Each mount has its own
//! state (no shared signal, nothing in the host page's hash), and its attributes change it later
//! through [`EmbedHandle::set`].

use super::protocol::EmbedState;
use super::EmbedShell;
use crate::context::{provide_contexts, Nav, PageRoot, UiLang};
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
    /// Whether the attributes were longer than a link takes (the element then says so).
    cut: RwSignal<bool>,
    mounted: Option<Box<dyn Any>>,
}

/// The state of the element's attributes (each `undefined` when absent), cut to what a link
/// takes, and whether it was cut.
fn state(
    view: Option<String>,
    query: Option<String>,
    letter: Option<String>,
    range: Option<String>,
    link: Option<String>,
) -> (EmbedState, bool) {
    EmbedState {
        view,
        query,
        letter,
        range,
        link,
        lang: None,
    }
    .capped()
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
    // The element's script starts one instance of the explorer for each element, without the
    // page's entry point: its panics are shown in this element, not in the host's page.
    crate::install_panic_hook();
    crate::set_fatal_error_root(root.clone().into());
    let (start, cut) = state(view, query, letter, range, link);
    let start = start.href();
    let lang = Lang::from_code(lang.as_deref().unwrap_or_default());
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let page_root: web_sys::Element = root.clone().into();
    let mounted = leptos::mount::mount_to(root, move || {
        provide_context(PageRoot(Some(page_root)));
        let (UiLang(lang), route, nav) = provide_contexts(Some(start), lang, false, true);
        let cut = RwSignal::new(cut);
        out.set(Some((lang, nav, cut)));
        let base = full.clone();
        Effect::new(move |first: Option<()>| {
            let link = route.0.with(|r| r.href());
            if first.is_some() {
                let url = format!("{base}{link}");
                let _ = on_route.call2(&JsValue::NULL, &link.into(), &url.into());
            }
        });
        view! { <EmbedShell full=full landmark=false cut=cut/> }
    });
    let (lang, nav, cut) = slot.take().expect("mount_to renders at once");
    EmbedHandle {
        lang,
        nav,
        cut,
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
        let (s, cut) = state(view, query, letter, range, link);
        let _ = self.cut.try_set(cut);
        if s.has_place() {
            self.nav.host_replace(&s.href());
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
