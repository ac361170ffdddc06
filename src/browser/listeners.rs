//! Event listeners that remove themselves: a guard per listener, dropped with the component
//! that made it (`keep_while_mounted`), so no handler outlives what it updates.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

use super::{prefers_dark, window};

/// An event listener, removed when dropped.
pub(crate) struct Listener {
    target: web_sys::EventTarget,
    name: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.name, self.callback.as_ref().unchecked_ref());
    }
}

/// Calls `handler` on every `name` event of `target` until the returned guard is dropped.
pub(crate) fn listen(
    target: &web_sys::EventTarget,
    name: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Option<Listener> {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    target
        .add_event_listener_with_callback(name, callback.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target: target.clone(),
        name,
        callback,
    })
}

/// Listens to `name` events on the window.
pub(crate) fn listen_window(name: &'static str, handler: impl FnMut(web_sys::Event) + 'static) -> Option<Listener> {
    listen(window()?.as_ref(), name, handler)
}

/// Calls `handler` with the new preference whenever the colour scheme changes.
pub(crate) fn listen_color_scheme(mut handler: impl FnMut(bool) + 'static) -> Option<Listener> {
    let query = window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()?;
    listen(query.as_ref(), "change", move |_| handler(prefers_dark()))
}

/// Keeps browser resources (observers, listeners) alive for as long as the current
/// component, and releases them with it.
pub(crate) fn keep_while_mounted<T: 'static>(resource: T) {
    let owned = send_wrapper::SendWrapper::new(resource);
    leptos::prelude::on_cleanup(move || drop(owned.take()));
}
