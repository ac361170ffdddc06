//! The full app taking the prerendered page's place, without the reader noticing: for a
//! page whose every text must follow something the build did not know (a `?data=` file, a
//! previewed file, another language or view asked for in the address, the offline copy).
//!
//! Leptos's hydration would need an inline bootstrap script (which the CSP forbids),
//! a larger wasm, and markup identical to the byte. Instead the app mounts into a
//! detached `<div id="app">` and `carry` swaps it for the prerendered one in the same
//! task, with what the reader did there.

use dashboard_core::page::PageOptions;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::app::App;
use crate::{browser, carry};

/// Mounts the app in place of the prerendered `<div id="app">`, or into `<body>` if the
/// page has none.
pub(crate) fn mount_over_prerendered(options: PageOptions) {
    let document = web_sys::window().and_then(|w| w.document());
    let prerendered = document.as_ref().and_then(|d| d.get_element_by_id("app"));
    let (Some(document), Some(prerendered)) = (document, prerendered) else {
        leptos::mount::mount_to_body(move || view! { <App options=options /> });
        return;
    };
    let Ok(fresh) = document.create_element("div") else {
        return;
    };
    fresh.set_id("app");
    // Tells the stylesheet, tests and the benchmark that the live app is in place.
    let _ = fresh.set_attribute("data-live", "");
    let _ = fresh.set_attribute("data-full", "");
    let Ok(host) = fresh.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    // The app lives as long as the page.
    leptos::mount::mount_to(host, move || view! { <App options=options /> }).forget();
    // The swap waits until the browser has recorded the prerendered page's largest paint:
    // swapped earlier, the element is gone before it counts, and the app's copy of it becomes
    // the largest paint instead, late. Building and swapping are then two tasks, not one.
    browser::after_largest_paint_recorded(move || carry::replace(&prerendered, &fresh));
}
