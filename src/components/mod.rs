//! The page's components. Each wires one part of the core to the DOM and owns
//! no business logic: figures, sentences and specs come from `dashboard-core`.

pub(crate) mod banners;
#[cfg(feature = "csr")]
pub(crate) mod chart_canvas;
pub(crate) mod chart_card;
#[cfg(feature = "ssr")]
pub(crate) mod chart_svg;
pub(crate) mod chart_table;
pub(crate) mod charts;
pub(crate) mod citation;
pub(crate) mod compare;
pub(crate) mod context;
pub(crate) mod data_error;
pub(crate) mod data_panel;
pub(crate) mod embed;
pub(crate) mod header;
pub(crate) mod key_figures;
pub(crate) mod keys;
pub(crate) mod later;
pub(crate) mod latest;
pub(crate) mod new_province;
pub(crate) mod offline_copy;
pub(crate) mod section_nav;
pub(crate) mod sources;
pub(crate) mod summary;

/// A chart's drawing: an interactive canvas in the browser, a static SVG in the prerendered page.
#[cfg(feature = "csr")]
pub(crate) use chart_canvas::ChartCanvas as ChartDrawing;
#[cfg(feature = "ssr")]
pub(crate) use chart_svg::ChartSvg as ChartDrawing;
