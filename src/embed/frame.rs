//! The explorer in an iframe: the page opened with `?embed` (`summit-explorer.html?embed#/…`, or
//! `index.html?embed#/…`). It shows the [`EmbedShell`], tells the host page its height, the link
//! the person opened and that it is ready, and follows the host's `set` messages
//! ([`super::protocol`]).
//!
//! Options in the address: `lang=en` (the language; storage may be refused in a sandbox) and
//! `origin=https://host.example` (then only that origin's messages are taken, and replies go to
//! it alone; otherwise messages are taken from the parent frame only and replies go to `*`:
//! what they carry is public).

use super::protocol::{self, EmbedState};
use super::EmbedShell;
use crate::context::{provide_contexts, stored_lang, CurrentRoute, Nav, UiLang};
use crate::i18n::Lang;
use crate::url::Params;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The parameters of the page's address (`?embed&lang=en`), if it asks to be an embed.
pub fn requested() -> Option<Params> {
    let search = window().location().search().unwrap_or_default();
    let params = Params::parse(search.strip_prefix('?').unwrap_or(&search));
    params.get("embed").is_some().then_some(params)
}

/// Logs why a message was ignored (a warning: a host's mistake must not look like a crash).
fn ignore(why: &str) {
    web_sys::console::warn_1(&format!("NATO Summit Explorer: message ignored: {why}").into());
}

/// Sends `fields` as a message of type `ty` to the host page, if there is one.
fn post(ty: &str, fields: &[(&str, JsValue)], origin: &str) {
    let w = window();
    let Ok(Some(parent)) = w.parent() else { return };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &ty.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
    }
    let _ = parent.post_message(&msg, origin);
}

/// Tells the host the height of the content.
fn report_height(origin: &str) {
    if let Some(body) = document().body() {
        let h = body.scroll_height();
        post(protocol::HEIGHT, &[("height", JsValue::from(h))], origin);
    }
}

/// Reads and checks a message's data ([`protocol::check_message`]).
fn read_message(data: &JsValue) -> Result<Option<EmbedState>, String> {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return Err("not an object".into());
    }
    let len = js_sys::JSON::stringify(data)
        .map(|s| s.length() as usize)
        .map_err(|_| "not JSON".to_string())?;
    let object: &js_sys::Object = data.unchecked_ref();
    let fields: Vec<(String, Option<String>)> = js_sys::Object::entries(object)
        .iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string(),
            )
        })
        .collect();
    protocol::check_message(len, &fields)
}

/// The root of an iframe embed.
#[component]
pub fn FrameApp(params: Params) -> impl IntoView {
    let lang = params.get("lang").map_or_else(stored_lang, Lang::from_code);
    let (UiLang(lang), CurrentRoute(route), nav) = provide_contexts(None, lang, false, true);
    let origin = params.get("origin").unwrap_or("*").to_string();
    let cut = RwSignal::new(false);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("class", "is-embed");
    }

    // The host's messages.
    let from = origin.clone();
    let messages = window_event_listener(leptos::ev::message, move |ev| {
        let parent = window().parent().ok().flatten();
        let from_parent =
            matches!((&parent, ev.source()), (Some(p), Some(s)) if js_sys::Object::is(p, &s));
        if !from_parent {
            return ignore("it does not come from the page around the frame");
        }
        if from != "*" && ev.origin() != from {
            return ignore(&format!("it comes from {}, not {from}", ev.origin()));
        }
        match read_message(&ev.data()) {
            Err(why) => ignore(&why),
            Ok(Some(state)) => apply(state, lang, nav, cut),
            Ok(None) => {
                post(protocol::READY, &[], &from);
                report_height(&from);
            }
        }
    });
    on_cleanup(move || messages.remove());

    // The height, whenever the content changes size.
    let to = origin.clone();
    let report = Closure::<dyn FnMut()>::new(move || report_height(&to));
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        // Kept for the life of the page.
        std::mem::forget(observer);
    }
    report.forget();

    // The full explorer: this page without `?embed` (in a sandbox the origin is opaque, the
    // address is not).
    let href = window().location().href().unwrap_or_default();
    let full = href
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();

    // The link the person opened.
    let to = origin.clone();
    let base = full.clone();
    Effect::new(move |first: Option<()>| {
        let link = route.with(|r| r.href());
        if first.is_some() {
            let url = format!("{base}{link}");
            post(
                protocol::ROUTE,
                &[("link", link.into()), ("url", url.into())],
                &to,
            );
        }
    });
    post(protocol::READY, &[], &origin);

    view! { <EmbedShell full=full landmark=true cut=cut/> }
}

/// Follows a host's `set` message: the language, then the place (cut to what a link takes, and
/// saying so).
fn apply(state: EmbedState, lang: RwSignal<Lang>, nav: Nav, cut: RwSignal<bool>) {
    let (state, was_cut) = state.capped();
    cut.set(was_cut);
    if let Some(code) = &state.lang {
        lang.set(Lang::from_code(code));
    }
    if state.has_place() {
        nav.host_replace(&state.href());
    }
}
