//! What the reader did with a prerendered part comes along to its live copy.
//!
//! Whether the whole page is rendered again (`takeover`) or one part of it comes to life
//! (`live`), the live copy is built beside the prerendered one and put in its place in
//! the same task, so the browser never paints in between. What the reader did there comes
//! along: the open disclosures and the focused control. Each chart card keeps its height,
//! and its prerendered drawing moves into the new frame and stays until its canvas is first
//! drawn, so no chart box is ever blank; a chart whose figures changed before (a `?data=`
//! file came first) gets no drawing: it would show the built-in figures.

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
    carry_chart_cards(prerendered, fresh);
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

/// Each chart card's live copy keeps the prerendered card's height, and its drawing.
fn carry_chart_cards(from: &Element, to: &Element) {
    let new_cards = chart_cards(to);
    for card in chart_cards(from) {
        let Some(key) = card.get_attribute("data-chart") else {
            continue;
        };
        let Some(new) = new_cards
            .iter()
            .find(|new| new.get_attribute("data-chart").as_deref() == Some(key.as_str()))
        else {
            continue;
        };
        carry_height(&card, new);
        carry_drawings(&card, new);
    }
}

/// A card off screen is not laid out (`content-visibility: auto`, main.css), and stands at
/// the height it last had; its live copy is a new element, which would stand at the
/// stylesheet's guess instead until it comes on screen. The cards above a reader who opened
/// a section's address would grow and then shrink back, moving the page under them with no
/// scroll to tell the sections bar, which then marks the section above. So the live copy
/// stands at the height the prerendered card had.
fn carry_height(from: &Element, to: &Element) {
    let (Some(height), Some(to)) = (content_height(from), to.dyn_ref::<HtmlElement>()) else {
        return;
    };
    if height > 0.0 {
        // The browser's own number formatting and parsing (here and in `content_height`):
        // Rust's would add some 18 KB to the wasm for these few numbers.
        let pixels = String::from(
            js_sys::Number::from(height)
                .to_string_with_radix(10)
                .unwrap_or_default(),
        );
        let _ = to
            .style()
            .set_property("contain-intrinsic-block-size", &format!("auto {pixels}px"));
    }
}

/// The height of `element`'s content box, the box that `contain-intrinsic-block-size` sizes.
fn content_height(element: &Element) -> Option<f64> {
    let style = element
        .owner_document()?
        .default_view()?
        .get_computed_style(element)
        .ok()??;
    let edges = [
        "padding-block-start",
        "padding-block-end",
        "border-block-start-width",
        "border-block-end-width",
    ];
    edges
        .into_iter()
        .try_fold(element.get_bounding_client_rect().height(), |height, edge| {
            let pixels = js_sys::parse_float(&style.get_property_value(edge).ok()?);
            (!pixels.is_nan()).then_some(height - pixels)
        })
}

/// The chart's drawing moves into the new frame, until the canvas is drawn, if the chart
/// still shows what the drawing does (`data-svg-fits`, see `chart_canvas`).
fn carry_drawings(from: &Element, to: &Element) {
    if let Ok(Some(frame)) = to.query_selector(".chart-frame[data-svg-fits]") {
        for drawing in all(from, ".chart-svg") {
            let _ = frame.append_child(&drawing);
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
