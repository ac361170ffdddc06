//! One render of a chart onto a canvas, for the screen and for the PNG download.
//!
//! Both go through [`render`]: size the backing store, draw with the core's
//! `draw_chart` through the measuring canvas backend, present. The screen draws
//! at the device pixel ratio without a header (the card shows the title in HTML);
//! the PNG draws at a fixed width and twice the resolution, with title and source.

// The prerenderer uses only `chart_height`; its charts are SVG (components::chart_svg).
#![cfg_attr(not(feature = "csr"), allow(dead_code))]

// The sizes are the core's, so the export frame is the header `draw_chart` draws; the
// prerendered SVG reads them from here too.
pub(crate) use dashboard_core::chart::{chart_height, EXPORT_HEADER, EXPORT_WIDTH};
use dashboard_core::chart::{draw_chart, ChartSpec, DrawOptions, MarkLayout, Theme};
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::canvas_backend::measured_canvas;

/// The PNG is drawn at twice the resolution.
const PNG_SCALE: f64 = 2.0;

/// Draws `spec` on `canvas` at `css_width` × `css_height` CSS pixels with `ratio` device
/// pixels per CSS pixel, laid out at `scale` device pixels per layout pixel (the ratio, or
/// less where the chart is laid out wider than it is shown), and returns the mark boxes
/// in CSS pixels.
fn render(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    (css_width, css_height): (f64, f64),
    (ratio, scale): (f64, f64),
    theme: &Theme,
    with_header: bool,
) -> Option<MarkLayout> {
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let root = measured_canvas(canvas)?.into_drawing_area();
    let options = DrawOptions {
        scale,
        theme,
        with_header,
    };
    let layout = draw_chart(&root, spec, &options).ok()?;
    root.present().ok()?;
    Some(layout.scaled(1.0 / ratio))
}

/// The chart on screen, crisp at the device pixel `ratio`, laid out at `layout_width` CSS
/// pixels (see `layout_width` in the core) and scaled to the frame's width.
pub(crate) fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    size: (f64, f64),
    (ratio, layout_width): (f64, f64),
    theme: &Theme,
) -> Option<MarkLayout> {
    let scale = ratio * size.0 / layout_width.max(size.0);
    render(canvas, spec, size, (ratio, scale), theme, false)
}

/// The chart as an exported image on a canvas of its own: on a light background, twice
/// the resolution, with its title and source drawn in.
pub(crate) fn export_canvas(spec: &ChartSpec) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    let size = (EXPORT_WIDTH, chart_height(spec) + EXPORT_HEADER);
    render(&canvas, spec, size, (PNG_SCALE, PNG_SCALE), &Theme::LIGHT, true)?;
    Some(canvas)
}

/// The exported image as a PNG `data:` URL, for the download.
pub(crate) fn png_data_url(spec: &ChartSpec) -> Option<String> {
    export_canvas(spec)?.to_data_url_with_type("image/png").ok()
}
