//! The app taking the prerendered page's place, without the reader noticing.
//!
//! Leptos's hydration would need an inline bootstrap script (which the CSP forbids),
//! a larger wasm, and markup identical to the byte. Instead the app mounts into a
//! detached `<div id="app">` and swaps it for the prerendered one in the same task,
//! so the browser never paints in between. What the reader did with the static page
//! comes along: the open tables and disclosures, and the focused control. Each
//! chart's SVG moves into the new card and stays until its canvas is first drawn, so
//! no chart box is ever blank; the boxes have the same height, so nothing moves. A
//! chart whose figures changed before the swap (a `?data=` file came first) gets no SVG:
//! it would show the built-in figures.

use dashboard_core::page::PageOptions;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::app::App;
use crate::browser;

/// What can take focus in the page: the prerendered control and its twin share tag and text.
const FOCUSABLE: &str = "a[href], button, summary, select, textarea, [tabindex]";

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
    let Ok(host) = fresh.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    // The app lives as long as the page.
    leptos::mount::mount_to(host, move || view! { <App options=options /> }).forget();
    // The swap waits until the browser has recorded the prerendered page's largest paint:
    // swapped earlier, the element is gone before it counts, and the app's copy of it becomes
    // the largest paint instead, late. Building and swapping are then two tasks, not one.
    browser::after_largest_paint_recorded(move || swap(&document, &prerendered, &fresh));
}

/// Puts the live app in the prerendered page's place, with what the reader did there.
fn swap(document: &web_sys::Document, prerendered: &Element, fresh: &Element) {
    carry_open_state(prerendered, fresh);
    carry_chart_drawings(prerendered, fresh);
    let focused = focused_twin(document, prerendered, fresh);
    if prerendered.replace_with_with_node_1(fresh).is_ok() {
        if let Some(twin) = focused {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = twin.focus_with_options(&options);
        }
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Disclosures the reader opened (a citation's quote, a source) stay open.
fn carry_open_state(from: &Element, to: &Element) {
    for (old, new) in all(from, "details").into_iter().zip(all(to, "details")) {
        if old.has_attribute("open") {
            let _ = new.set_attribute("open", "");
        }
    }
}

/// Each chart's SVG moves into the same chart's new frame, until the canvas is drawn, if
/// that chart still shows what the SVG does (`data-svg-fits`, see `chart_canvas`).
fn carry_chart_drawings(from: &Element, to: &Element) {
    for svg in all(from, "[data-chart] .chart-svg") {
        let key = svg
            .closest("[data-chart]")
            .ok()
            .flatten()
            .and_then(|card| card.get_attribute("data-chart"));
        let frame = key.and_then(|key| {
            to.query_selector(&format!("[data-chart=\"{key}\"] .chart-frame[data-svg-fits]"))
                .ok()
                .flatten()
        });
        if let Some(frame) = frame {
            let _ = frame.append_child(&svg);
        }
    }
}

/// The new control that stands where the focused prerendered one stood: the same tag
/// and text inside the nearest ancestor with the same id.
fn focused_twin(document: &web_sys::Document, from: &Element, to: &Element) -> Option<HtmlElement> {
    let active = document.active_element().filter(|a| from.contains(Some(a)))?;
    let scope_id = active.closest("[id]").ok().flatten().map(|e| e.id());
    let scope = match scope_id.as_deref() {
        Some("app") | None => to.clone(),
        Some(id) => to.query_selector(&format!("#{id}")).ok().flatten()?,
    };
    let same = |e: &Element| e.tag_name() == active.tag_name() && e.text_content() == active.text_content();
    if scope.id() == active.id() && !active.id().is_empty() {
        return scope.dyn_into().ok();
    }
    all(&scope, FOCUSABLE).into_iter().find(same)?.dyn_into().ok()
}
