//! Writing text to the clipboard, for every "copy" button of the app (a citation, a link, an
//! embed snippet).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Copies `text` to the clipboard; `done` learns whether it worked (it does not where the page
/// may not write the clipboard: then the person copies the selected text by hand).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| {
            let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?;
            let f: js_sys::Function = f.dyn_into().ok()?;
            f.call1(&c, &text.into()).ok()
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match write {
        Some(promise) => leptos::task::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        }),
        None => done(false),
    }
}
