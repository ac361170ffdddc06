//! The document as a whole: its language and title, the classes of `<html>` that style a
//! whole mode, the reader's preferences and connection, the app's own window events, and
//! the few queries over every element that the live page needs.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::{document, window};

/// Keeps `<html lang>` in step with the interface language, for screen readers and hyphenation.
pub(crate) fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub(crate) fn set_document_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

pub(crate) fn device_pixel_ratio() -> f64 {
    window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

/// Whether the reader asked for a dark colour scheme.
pub(crate) fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether the page runs inside a frame of another page.
pub(crate) fn is_framed() -> bool {
    window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &w))
    })
}

pub(crate) fn is_online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

/// Adds or removes a class on `<html>`, for styles of a whole mode (embed, print).
pub(crate) fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

pub(crate) fn has_root_class(class: &str) -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains(class))
}

/// Dispatches a DOM event on `window`, for the service worker script (sw-register.js).
pub(crate) fn dispatch_window_event(name: &str) {
    dispatch_window_event_with(name, None);
}

/// Dispatches the event `name` on the window, carrying `detail` (a `CustomEvent`'s).
pub(crate) fn dispatch_window_event_with(name: &str, detail: Option<&JsValue>) {
    let init = web_sys::CustomEventInit::new();
    if let Some(detail) = detail {
        init.set_detail(detail);
    }
    if let (Some(window), Ok(event)) = (window(), web_sys::CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = window.dispatch_event(&event);
    }
}

pub(crate) fn body() -> Option<web_sys::HtmlElement> {
    window()?.document()?.body()
}

/// Removes every element under `root` that matches `selector`.
pub(crate) fn remove_all(root: &Element, selector: &str) {
    if let Ok(found) = root.query_selector_all(selector) {
        for i in 0..found.length() {
            if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                element.remove();
            }
        }
    }
}

/// Every element of the page that has the attribute `name`, in document order.
pub(crate) fn elements_with_attribute(name: &str) -> Vec<Element> {
    let Some(found) = document().and_then(|d| d.query_selector_all(&format!("[{name}]")).ok()) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Marks the prerendered `#app` live: its parts that need code are in place. The stylesheet,
/// the tests and the benchmark read it.
pub(crate) fn mark_live() {
    if let Some(app) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = app.set_attribute("data-live", "");
    }
}

/// Adds a classic script of the site (`src` relative to the page) to the document once;
/// a second call for the same `src` does nothing.
pub(crate) fn load_script_once(src: &str) {
    let Some(document) = document() else { return };
    if document
        .query_selector(&format!("script[src=\"{src}\"]"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("src", src);
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}
