//! What an embed and its host page say to each other: the embed's height, in two formats,
//! and the host's request to measure again.

use dashboard_core::embed::{HEIGHT_MESSAGE_TYPE, MEASURE_MESSAGE_TYPE};
use wasm_bindgen::{JsCast, JsValue};

use super::{listen_window, window, Listener};

/// Tells the host page how tall the embed is, in Datawrapper's format (so hosts that
/// already listen for Datawrapper embeds work unchanged) and in the product's own.
pub(crate) fn post_height(id: &str, height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let height = height.ceil();
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
    };
    let inner = js_sys::Object::new();
    set(&inner, id, &JsValue::from_f64(height));
    let datawrapper = js_sys::Object::new();
    set(&datawrapper, "datawrapper-height", &inner);
    let own = js_sys::Object::new();
    set(&own, "type", &JsValue::from_str(HEIGHT_MESSAGE_TYPE));
    set(&own, "id", &JsValue::from_str(id));
    set(&own, "height", &JsValue::from_f64(height));
    // The height is not secret, and the host's origin is not known in advance.
    let _ = parent.post_message(&datawrapper, "*");
    let _ = parent.post_message(&own, "*");
}

/// Calls `on_request` when the parent page asks this embed to measure itself.
pub(crate) fn listen_measure_requests(on_request: impl Fn() + 'static) -> Option<Listener> {
    listen_window("message", move |event| {
        let Ok(message) = event.dyn_into::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = window()
            .and_then(|w| w.parent().ok().flatten())
            .zip(message.source())
            .is_some_and(|(parent, source)| js_sys::Object::is(&parent, &source));
        let kind = js_sys::Reflect::get(&message.data(), &JsValue::from_str("type"))
            .ok()
            .and_then(|t| t.as_string());
        if from_parent && kind.as_deref() == Some(MEASURE_MESSAGE_TYPE) {
            on_request();
        }
    })
}
