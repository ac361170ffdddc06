//! The page's components. Each wires one part of the core to the DOM and owns
//! no business logic: figures, sentences and specs come from `dashboard-core`.

pub(crate) mod banners;
pub(crate) mod chart_canvas;
pub(crate) mod chart_card;
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
pub(crate) mod new_province;
pub(crate) mod sources;
pub(crate) mod summary;
