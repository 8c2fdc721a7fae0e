//! Keystroke timing for the benchmark: from a key press to the frame after the results are
//! painted. Recorded only when the page asks for it by creating `window.__summitTimings`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Records the time from a keystroke to the next frame after the results are rendered, for the
/// benchmark (only when the page has asked for it by creating `window.__summitTimings`).
pub fn record_keystroke_timing(started: f64) {
    let Some(perf) = window().performance() else {
        return;
    };
    let Ok(timings) = js_sys::Reflect::get(&window(), &"__summitTimings".into()) else {
        return;
    };
    let Ok(timings) = timings.dyn_into::<js_sys::Array>() else {
        return;
    };
    request_animation_frame(move || {
        // After this frame's rendering work: the next task runs once it is painted.
        let done = move || {
            timings.push(&(perf.now() - started).into());
        };
        let _ = gloo_timers::callback::Timeout::new(0, done).forget();
    });
}
