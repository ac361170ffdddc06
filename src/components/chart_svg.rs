//! A chart as static SVG, for the prerendered page: what readers without JavaScript,
//! search engines and link previews get, and what shows until the canvas is drawn.
//!
//! The core's `draw_chart` draws it, the same code that draws the canvas, through
//! plotters' SVG backend (compiled natively only, so the wasm never carries it).
//! The SVG has the canvas's height, so the app taking its place moves nothing.

use dashboard_core::chart::{draw_chart, frame_file, ChartSpec, DrawOptions, Theme, SVG_LAYOUTS};
use dashboard_core::i18n::Lang;
use dashboard_core::page::View;
use leptos::prelude::*;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

use crate::render::{chart_height, EXPORT_HEADER, EXPORT_WIDTH};
use crate::state::use_app;

/// The chart as the prerendered page shows it: one picture, whose source the browser picks by
/// the viewport's width from the core's `SVG_LAYOUTS` (one drawing for phones, one for wider
/// screens), fetched only when it comes near (at once in a chart's embed, whose first screen it is). Each file is the SVG drawn at its width; it
/// scales down to a narrower frame and stays centred in a wider one, and the canvas is laid
/// out at the same width in a narrower frame, so it shows every label the picture did. The
/// picture is exactly as tall as the canvas will be, labelled by the title, described like it.
#[component]
pub(crate) fn ChartSvg(spec: Memo<ChartSpec>, theme: Signal<Theme>) -> impl IntoView {
    // The files are drawn light, as the prerendered page is; `theme` is the card's, for the canvas.
    let _ = theme;
    let app = use_app();
    let lang = app.lang.get_untracked();
    // A chart's or the rankings' embed has its chart on its first screen: fetched at once.
    // The full page's charts, and the whole page embedded, lie below it.
    let first_screen = app.page.embed && matches!(app.page.view, View::Chart(_) | View::Compare);
    let loading = if first_screen { "eager" } else { "lazy" };
    let (narrowest, wider) = (SVG_LAYOUTS[0], &SVG_LAYOUTS[1..]);
    let (title, height, description_id, description) = spec.with_untracked(|s| {
        let id = format!("chart-{}-description", s.slug);
        (s.title.clone(), chart_height(s).round() as u32, id, s.description(lang))
    });
    let file = move |width: f64| spec.with_untracked(|s| frame_file(&s.slug, lang, width));
    // The widest layout the viewport allows comes first: the browser takes the first that matches.
    let sources = wider
        .iter()
        .rev()
        .map(|&(from, width)| {
            view! { <source media=format!("(min-width: {from}px)") srcset=file(width) width=width as u32 height=height /> }
        })
        .collect_view();
    view! {
        <div class="chart-frame">
            <picture class="chart-svg">
                {sources}
                <img src=file(narrowest.1) width=narrowest.1 as u32 height=height alt=title aria-describedby=description_id.clone() loading=loading decoding="async" />
            </picture>
        </div>
        <p class="visually-hidden" id=description_id>{description}</p>
        <p class="chart-hint needs-js">{lang.ui().chart_keyboard_hint}</p>
    }
}

/// Every drawing of `spec` (in `lang`) the prerendered page may show, with its file name.
pub(crate) fn frame_svgs(spec: &ChartSpec, lang: Lang) -> impl Iterator<Item = (String, Option<String>)> + '_ {
    let height = chart_height(spec).round() as u32;
    SVG_LAYOUTS.iter().map(move |&(_, width)| {
        let svg = draw_svg(spec, &Theme::LIGHT, (width as u32, height), false);
        (frame_file(&spec.slug, lang, width), svg)
    })
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

/// The chart as a file to download: like the PNG, light, with its title and source drawn in.
pub(crate) fn export_svg(spec: &ChartSpec) -> Option<String> {
    let size = (EXPORT_WIDTH, chart_height(spec) + EXPORT_HEADER);
    draw_svg(spec, &Theme::LIGHT, (size.0 as u32, size.1.round() as u32), true)
}
