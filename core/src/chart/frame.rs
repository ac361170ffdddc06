//! The sizes a chart is drawn at (its height on the page, the widths the prerendered page
//! draws it at, the frame of an exported image) and the names of the files it is saved as.
//!
//! One place for them, so the page's chart box, the canvas, the prerendered SVG and the
//! PNG download agree: the header the export reserves is the header [`draw_chart`] draws.
//!
//! [`draw_chart`]: super::draw_chart

use super::catalogue::Layout;
use super::spec::ChartSpec;
use crate::i18n::Lang;

/// The folder, beside the pages, of the chart files the prerenderer writes.
pub const CHART_FILES: &str = "charts";

/// The name of the chart `slug`'s file in `lang` with `extension`: what a download (PNG, CSV)
/// is called, and the prerendered SVG in [`CHART_FILES`].
pub fn export_file_name(slug: &str, lang: Lang, extension: &str) -> String {
    format!("bac-ninh-{slug}-{}.{extension}", lang.code())
}

/// Where the prerendered page's drawing of the chart `slug` in `lang`, `width` px wide, is.
pub fn frame_file(slug: &str, lang: Lang, width: f64) -> String {
    format!("{CHART_FILES}/frame-{slug}-{}-{width:.0}.svg", lang.code())
}

/// The widths, in CSS pixels, the prerendered page draws each chart's SVG at, each with the
/// narrowest viewport it is shown from (style/main.css's media queries at 600 px say the same).
pub const SVG_LAYOUTS: [(f64, f64); 2] = [(0.0, 340.0), (600.0, 600.0)];

/// The width, in CSS pixels, of a downloaded chart (the PNG, and the prerendered SVG file).
pub const EXPORT_WIDTH: f64 = 720.0;

/// The exported image's band above the plot, for the title and subtitle, in layout pixels.
pub(crate) const TITLE_BAND: f64 = 52.0;

/// The exported image's band below the plot, for the source line, in layout pixels.
pub(crate) const SOURCE_BAND: f64 = 22.0;

/// How much taller an exported image is than the chart on the page: its title and source.
pub const EXPORT_HEADER: f64 = TITLE_BAND + SOURCE_BAND;

/// The height of a chart's drawing on the page, in CSS pixels: rows grow with their number.
pub fn chart_height(spec: &ChartSpec) -> f64 {
    let rows = spec.marks.len() as f64;
    match spec.layout {
        Layout::RankRows => 40.0 + 52.0 * rows,
        Layout::RankedBars => 40.0 + 40.0 * rows,
        Layout::Bars | Layout::Line => 300.0,
    }
}

/// The width a chart is laid out at in a frame `frame_width` CSS px wide, in a viewport
/// `viewport_width` wide: the frame's, but never narrower than the SVG the page shows there.
///
/// The SVG is drawn at its own width and shrinks, text and all, into a narrower frame (at
/// 360 px the phone's 340-px SVG fits a frame of about 300). A canvas laid out at the frame's
/// width with text at full size had room for fewer labels, so it dropped the value labels
/// and years the SVG had shown. Laid out at the SVG's width and shrunk the same way, it
/// shows every label the SVG showed.
pub fn layout_width(frame_width: f64, viewport_width: f64) -> f64 {
    let svg = SVG_LAYOUTS
        .iter()
        .rev()
        .find(|(from, _)| viewport_width >= *from)
        .map_or(0.0, |(_, width)| *width);
    frame_width.max(svg)
}
