//! When things happened: the page's clock, and the moment its largest paint is recorded,
//! which the live page waits for so that its work is not counted in the first screen.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{is_framed, window};

/// Milliseconds since the page started, for the timings the benchmark and tests read.
pub(crate) fn now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The longest the page waits for the browser to record its largest paint.
const LARGEST_PAINT_WAIT: std::time::Duration = std::time::Duration::from_millis(1000);

/// Calls `then` once the browser has recorded the page's largest contentful paint so far,
/// where it reports one (Chromium), at most [`LARGEST_PAINT_WAIT`] later. Elsewhere, and in
/// a frame (whose paints never count for the page around it), it calls `then` at once.
pub(crate) fn after_largest_paint_recorded(then: impl FnOnce() + 'static) {
    const ENTRY_TYPE: &str = "largest-contentful-paint";
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    // Not an animation frame: a frame out of view gets none until it is scrolled to.
    let run = move || {
        if let Some(then) = then.take() {
            then();
        }
    };
    let supported = window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("PerformanceObserver")).ok())
        .and_then(|ctor| js_sys::Reflect::get(&ctor, &JsValue::from_str("supportedEntryTypes")).ok())
        .and_then(|types| types.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|types| types.includes(&JsValue::from_str(ENTRY_TYPE), 0));
    if !supported || is_framed() {
        run();
        return;
    }
    let on_entry = Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new({
        let run = run.clone();
        move |_, observer: web_sys::PerformanceObserver| {
            observer.disconnect();
            run();
        }
    });
    let Ok(observer) = web_sys::PerformanceObserver::new(on_entry.as_ref().unchecked_ref()) else {
        run();
        return;
    };
    on_entry.forget();
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("type"), &JsValue::from_str(ENTRY_TYPE));
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("buffered"), &JsValue::TRUE);
    observer.observe(init.unchecked_ref());
    leptos::prelude::set_timeout(
        move || {
            observer.disconnect();
            run();
        },
        LARGEST_PAINT_WAIT,
    );
}
