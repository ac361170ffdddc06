//! The page's components. Each wires one part of the core to the DOM and owns
//! no business logic: figures, sentences and specs come from `dashboard-core`.

pub mod banners;
pub mod chart_card;
pub mod charts;
pub mod citation;
pub mod context;
pub mod data_error;
pub mod data_panel;
pub mod embed;
pub mod header;
pub mod key_figures;
pub mod sources;
pub mod summary;
