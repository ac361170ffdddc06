//! Where things are on screen: the viewport's size, which section or card is in front of
//! the reader, and scrolling, so the page holds the reader's place while it changes.

use web_sys::Element;

use super::{document, window};

/// Where the reader's section starts counting as theirs: this far under the sections bar's
/// bottom, or a quarter down the screen if that is lower (a heading just under the bar is read).
const READING_LINE: f64 = 24.0;

/// How far down the viewport, in CSS pixels, the reader is taken to be reading: what the
/// sections bar marks, and what a language switch in place holds still.
pub(crate) fn reading_line() -> f64 {
    (height_of(".section-bar") + READING_LINE).max(viewport_height() / 4.0)
}

/// The viewport's width in CSS pixels (which of the prerendered SVGs the stylesheet shows).
pub(crate) fn viewport_width() -> f64 {
    window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// The viewport's height in CSS pixels.
pub(crate) fn viewport_height() -> f64 {
    window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// How far down the page is scrolled, in CSS pixels.
pub(crate) fn scroll_top() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

/// Whether the page is scrolled to its end, where the last sections can rise no further.
pub(crate) fn at_page_end() -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let top = scroll_top();
    top > 0.0 && top + viewport_height() >= f64::from(root.scroll_height()) - 2.0
}

/// The id of the innermost element with one at `line` CSS pixels from the viewport's top,
/// in the middle of the page's width: what the reader has in front of them (a chart card,
/// a section), to hold in place while the page changes around it.
pub(crate) fn anchor_at(line: f64) -> Option<String> {
    let x = viewport_width() / 2.0;
    let element = document()?.element_from_point(x as f32, line as f32)?;
    let anchored = element.closest("main [id]").ok()??;
    Some(anchored.id()).filter(|id| !id.is_empty())
}

/// How far below the top of the viewport the element `id` starts, in CSS pixels.
pub(crate) fn offset_from_top(id: &str) -> Option<f64> {
    Some(document()?.get_element_by_id(id)?.get_bounding_client_rect().top())
}

/// Scrolls the page by `dy` CSS pixels at once (no smooth scrolling: the reader must not
/// see the page travel).
pub(crate) fn scroll_by(dy: f64) {
    if let Some(window) = window() {
        window.scroll_by_with_x_and_y(0.0, dy);
    }
}

/// The last of `ids` whose element starts above `line` CSS pixels from the viewport's
/// top: the section the reader is in. `None` above the first.
pub(crate) fn section_at(ids: &[&'static str], line: f64) -> Option<&'static str> {
    let document = document()?;
    ids.iter().rev().copied().find(|id| {
        document
            .get_element_by_id(id)
            .is_some_and(|e| e.get_bounding_client_rect().top() <= line)
    })
}

/// The height of the element `selector` matches, or 0 without one.
pub(crate) fn height_of(selector: &str) -> f64 {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .map_or(0.0, |e| e.get_bounding_client_rect().height())
}

/// Scrolls `list` sideways, and only sideways, so that `item` is in view.
pub(crate) fn reveal_sideways(list: &Element, item: &Element) {
    let (list_box, item_box) = (list.get_bounding_client_rect(), item.get_bounding_client_rect());
    let left = f64::from(list.scroll_left());
    if item_box.left() < list_box.left() {
        list.set_scroll_left((left - (list_box.left() - item_box.left()) - 8.0) as i32);
    } else if item_box.right() > list_box.right() {
        list.set_scroll_left((left + item_box.right() - list_box.right() + 8.0) as i32);
    }
}
