//! What the reader did with a prerendered part comes along to its live copy.
//!
//! Whether the whole page is rendered again (`takeover`) or one part of it comes to life
//! (`live`), the live copy is built beside the prerendered one and put in its place in
//! the same task, so the browser never paints in between. What the reader did there comes
//! along: the open disclosures and the focused control. Each chart's prerendered drawing
//! moves into the new frame and stays until its canvas is first drawn, so no chart box is
//! ever blank; a chart whose figures changed before (a `?data=` file came first) gets none:
//! it would show the built-in figures.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What can take focus in the page: the prerendered control and its twin share tag and text.
const FOCUSABLE: &str = "a[href], button, summary, select, textarea, label, [tabindex]";

/// Puts `fresh` in `prerendered`'s place, with what the reader did there.
pub(crate) fn replace(prerendered: &Element, fresh: &Element) {
    replace_with(prerendered, fresh, &js_sys::Array::of1(fresh));
}

/// Puts `nodes` in `prerendered`'s place, with what the reader did there carried to `fresh`,
/// the element among them that is the live copy.
pub(crate) fn replace_with(prerendered: &Element, fresh: &Element, nodes: &js_sys::Array) {
    carry_open_state(prerendered, fresh);
    carry_chart_drawings(prerendered, fresh);
    let focused = focused_twin(prerendered, fresh);
    if prerendered.replace_with_with_node(nodes).is_ok() {
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

/// The chart cards under `root`, or `root` itself if it is one.
fn chart_cards(root: &Element) -> Vec<Element> {
    match root.has_attribute("data-chart") {
        true => vec![root.clone()],
        false => all(root, "[data-chart]"),
    }
}

/// Each chart's drawing moves into the same chart's new frame, until the canvas is drawn, if
/// that chart still shows what the drawing does (`data-svg-fits`, see `chart_canvas`).
fn carry_chart_drawings(from: &Element, to: &Element) {
    let new_cards = chart_cards(to);
    for card in chart_cards(from) {
        let Some(key) = card.get_attribute("data-chart") else {
            continue;
        };
        let frame = new_cards
            .iter()
            .filter(|new| new.get_attribute("data-chart").as_deref() == Some(key.as_str()))
            .find_map(|new| new.query_selector(".chart-frame[data-svg-fits]").ok().flatten());
        if let Some(frame) = frame {
            for drawing in all(&card, ".chart-svg") {
                let _ = frame.append_child(&drawing);
            }
        }
    }
}

/// The new control that stands where the focused prerendered one stood.
fn focused_twin(from: &Element, to: &Element) -> Option<HtmlElement> {
    let document = from.owner_document()?;
    let active = document.active_element().filter(|a| from.contains(Some(a.as_ref())))?;
    twin(from, to, &active)
}

/// The control under `to` that stands where `control` (or the control it is in) stood under
/// `from`: the same tag and text inside the nearest ancestor with the same id.
pub(crate) fn twin(from: &Element, to: &Element, control: &Element) -> Option<HtmlElement> {
    let control = control
        .closest(FOCUSABLE)
        .ok()
        .flatten()
        .filter(|c| from.contains(Some(c.as_ref())))?;
    // The twin is looked for under the same id: the part's own, if nothing nearer has one.
    let scope = match control.closest("[id]").ok().flatten() {
        Some(holder) if holder != *from && from.contains(Some(holder.as_ref())) => {
            to.query_selector(&format!("#{}", holder.id())).ok().flatten()?
        }
        _ => to.clone(),
    };
    if scope.id() == control.id() && !control.id().is_empty() {
        return scope.dyn_into().ok();
    }
    let same = |e: &Element| e.tag_name() == control.tag_name() && e.text_content() == control.text_content();
    all(&scope, FOCUSABLE).into_iter().find(same)?.dyn_into().ok()
}
