//! A chart drawn on plotters' SVG backend, as the prerenderer draws it and the page's
//! canvas draws the same function: the drawing can be read back as text.

use dashboard_core::chart::page_font::register_page_font;
use dashboard_core::chart::{draw_chart, ChartSpec, DrawOptions, MarkLayout, Theme};
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::share_card::{draw_share_card, SHARE_CARD_SIZE};
use plotters::prelude::*;

/// Renders a spec to SVG text at `width` × `height` CSS pixels.
pub fn render(spec: &ChartSpec, width: u32, height: u32) -> (String, MarkLayout) {
    render_scaled(spec, width, height, 1.0)
}

/// Renders a spec to SVG text `width` pixels wide, drawn at `scale` pixels per layout
/// pixel, as the canvas draws a chart laid out wider than its frame.
pub fn render_scaled(spec: &ChartSpec, width: u32, height: u32, scale: f64) -> (String, MarkLayout) {
    register_page_font().unwrap_or_else(|e| panic!("{e}"));
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let opts = DrawOptions {
            scale,
            theme: &Theme::LIGHT,
            with_header: false,
        };
        let layout = draw_chart(&root, spec, &opts).unwrap_or_else(|e| panic!("draw {}: {e:?}", spec.slug));
        root.present().unwrap_or_else(|e| panic!("present: {e:?}"));
        layout
    };
    (svg, layout)
}

/// Draws the link-preview card of `ds` in `lang` to SVG text.
pub fn render_share_card(ds: &Dataset, lang: Lang) -> String {
    register_page_font().unwrap_or_else(|e| panic!("{e}"));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SHARE_CARD_SIZE).into_drawing_area();
        draw_share_card(&root, ds, lang).unwrap_or_else(|e| panic!("draw: {e:?}"));
        root.present().unwrap_or_else(|e| panic!("present: {e:?}"));
    }
    svg
}
