//! Observers of an element (its size, its nearness to the viewport) whose callbacks run in
//! Rust: one guard for every kind, which disconnects the observer when it is dropped, so an
//! observer lives exactly as long as the component that asked for it.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, ResizeObserver};

/// A kind of browser observer that watches elements and calls back with a list of entries.
pub(crate) trait ElementObserver: Sized {
    fn observe(&self, element: &Element);
    fn disconnect(&self);
}

impl ElementObserver for ResizeObserver {
    fn observe(&self, element: &Element) {
        ResizeObserver::observe(self, element);
    }
    fn disconnect(&self) {
        ResizeObserver::disconnect(self);
    }
}

impl ElementObserver for IntersectionObserver {
    fn observe(&self, element: &Element) {
        IntersectionObserver::observe(self, element);
    }
    fn disconnect(&self) {
        IntersectionObserver::disconnect(self);
    }
}

/// An observer and its callback, disconnected when dropped; the callback lives as long,
/// since the browser calls it until then.
pub(crate) struct Observer<O: ElementObserver> {
    observer: O,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl<O: ElementObserver> Drop for Observer<O> {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

impl<O: ElementObserver> Observer<O> {
    /// Watches `element` with the observer `make` builds around `on_entries`; `None` where
    /// the browser has no such observer.
    fn watch(
        element: &Element,
        on_entries: impl FnMut(js_sys::Array) + 'static,
        make: impl FnOnce(&js_sys::Function) -> Result<O, wasm_bindgen::JsValue>,
    ) -> Option<Observer<O>> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(on_entries);
        let observer = make(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Observer {
            observer,
            _callback: callback,
        })
    }
}

/// Calls `on_size(width, height)` with the content box of `element` now and whenever it changes.
pub(crate) fn observe_size(
    element: &Element,
    mut on_size: impl FnMut(f64, f64) + 'static,
) -> Option<Observer<ResizeObserver>> {
    let on_entries = move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            on_size(rect.width(), rect.height());
        }
    };
    Observer::watch(element, on_entries, ResizeObserver::new)
}

/// How close to the viewport an element counts as near: about a screen below the fold. The
/// boot script starts the code at the same margin (public/boot.js).
const NEAR_MARGIN: &str = "100% 0px";

/// Calls `on_near` whenever `element` comes within [`NEAR_MARGIN`] of the viewport.
pub(crate) fn observe_nearness(
    element: &Element,
    mut on_near: impl FnMut() + 'static,
) -> Option<Observer<IntersectionObserver>> {
    let on_entries = move |entries: js_sys::Array| {
        let near = entries.iter().any(|entry| {
            entry
                .dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if near {
            on_near();
        }
    };
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(NEAR_MARGIN);
    Observer::watch(element, on_entries, |callback| {
        IntersectionObserver::new_with_options(callback, &init)
    })
}
