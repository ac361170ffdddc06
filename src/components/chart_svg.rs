//! A chart as static SVG, for the prerendered page: what readers without JavaScript,
//! search engines and link previews get, and what shows until the canvas is drawn.
//!
//! The core's `draw_chart` draws it, the same code that draws the canvas, through
//! plotters' SVG backend (compiled natively only, so the wasm never carries it).
//! The SVG has the canvas's height, so the app taking its place moves nothing.

use dashboard_core::chart::{draw_chart, ChartSpec, DrawOptions, Theme, SVG_LAYOUTS};
use dashboard_core::page::escape_html;
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use crate::render::{chart_height, EXPORT_HEADER, EXPORT_WIDTH};
use crate::state::use_app;

/// The class of each SVG drawn, in the order of the core's `SVG_LAYOUTS`: one for phones and
/// one for wider screens (style/main.css shows one by the viewport's width). Each scales down
/// to a narrower frame and stays centred in a wider one; the canvas is laid out at the same
/// width in a narrower frame, so it shows every label the SVG did.
const SVG_CLASSES: [&str; 2] = ["chart-svg--narrow", "chart-svg--wide"];

/// The chart as an SVG labelled like the canvas, with the same description and hint.
#[component]
pub(crate) fn ChartSvg(spec: Memo<ChartSpec>, theme: Signal<Theme>) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let (svg, description_id, description) = spec.with_untracked(|s| {
        let id = format!("chart-{}-description", s.slug);
        let theme = theme.get_untracked();
        let drawings: String = SVG_LAYOUTS
            .iter()
            .zip(SVG_CLASSES)
            .map(|(&(_, width), class)| svg_markup(s, &theme, &id, width as u32, class))
            .collect();
        (drawings, id, s.description(lang))
    });
    view! {
        <div class="chart-frame" inner_html=svg></div>
        <p class="visually-hidden" id=description_id>{description}</p>
        <p class="chart-hint needs-js">{lang.ui().chart_keyboard_hint}</p>
    }
}

/// `spec` drawn on plotters' SVG backend at `size`; `None` if it cannot be drawn.
fn draw_svg(spec: &ChartSpec, theme: &Theme, size: (u32, u32), with_header: bool) -> Option<String> {
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let options = DrawOptions {
            scale: 1.0,
            theme,
            with_header,
        };
        draw_chart(&root, spec, &options).is_ok() && root.present().is_ok()
    };
    drawn.then_some(svg)
}

/// The SVG of `spec` drawn `width` wide, shown as wide as its frame and exactly as tall as
/// the canvas would be, labelled by the chart's title and described by `description_id`.
fn svg_markup(spec: &ChartSpec, theme: &Theme, description_id: &str, width: u32, class: &str) -> String {
    let height = chart_height(spec).round() as u32;
    let Some(svg) = draw_svg(spec, theme, (width, height), false) else {
        return String::new();
    };
    // plotters opens with a fixed `width` and `height`; the frame's width is not known here.
    let opening = format!(r#"<svg width="{width}" height="{height}" "#);
    let labelled = format!(
        r#"<svg class="chart-svg {class}" role="img" aria-label="{}" aria-describedby="{description_id}" width="100%" height="{height}" preserveAspectRatio="xMidYMid meet" "#,
        escape_html(&spec.title)
    );
    svg.replacen(&opening, &labelled, 1)
}

/// The chart as a file to download: like the PNG, light, with its title and source drawn in.
pub(crate) fn export_svg(spec: &ChartSpec) -> Option<String> {
    let size = (EXPORT_WIDTH, chart_height(spec) + EXPORT_HEADER);
    draw_svg(spec, &Theme::LIGHT, (size.0 as u32, size.1.round() as u32), true)
}
