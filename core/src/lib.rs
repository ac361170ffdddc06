//! The browser-free core of the Bắc Ninh economic dashboard.
//!
//! Everything a reader sees is derived here from `(Dataset, Lang)`: the dataset
//! and its validation, number and date formatting, the written summary, the key
//! figure cards, the chart specs and the drawing of charts on any plotters
//! backend, and the CSV downloads. None of it touches the browser, so all of it
//! is tested natively with `cargo test`; the UI crate only wires it to the DOM.

pub mod chart;
pub mod csv;
pub mod dataset;
pub mod format;
pub mod i18n;
pub mod json;
pub mod keyfigures;
pub mod page;
pub mod parse;
pub mod period;
pub mod summary;
pub mod validate;

/// The dataset shipped inside the binary, so the first view needs no request.
pub const EMBEDDED_JSON: &str = include_str!("../../public/data/bac-ninh.json");

/// The embedded dataset, parsed and validated. `cargo test` proves it is `Ok`.
pub fn embedded_dataset() -> Result<dataset::Dataset, Vec<validate::Problem>> {
    validate::load(EMBEDDED_JSON)
}
