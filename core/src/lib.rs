//! The browser-free core of the Bắc Ninh economic dashboard.
//!
//! Everything a reader sees is derived here from `(Dataset, Lang)`: the dataset,
//! read by serde and checked by `validate`, number and date formatting, the
//! written summary, the key figure cards, the chart specs and the drawing of
//! charts on any plotters backend, and the CSV downloads. None of it touches the
//! browser, so all of it is tested natively with `cargo test`; the app crate only
//! wires it to the DOM.
//!
//! Modules depend one way: `i18n` → `period` → `dataset` → `format` → `problem`
//! → `weak_hosts` → `validate` → `load`, and the views (`keyfigures`, `summary`, `captions`, `csv`,
//! `chart`, `share_card`, `page`, `embed`, `sections`) on top: `chart` builds each chart's CSV table with `csv`;
//! `embed` writes a host's code for a `page`, escaped by `html`;
//! `share_card`, the link preview, reads the key figures, the captions and the charts' palette. `bounds` states every limit; `validate` also reads the chart
//! catalogue, whose captions fix the unit each chart's series must be in.

pub mod bounds;
pub mod captions;
pub mod chart;
pub mod csv;
pub mod dataset;
pub mod embed;
pub mod format;
pub mod html;
pub mod i18n;
pub mod keyfigures;
pub mod load;
pub mod page;
pub mod period;
pub mod problem;
pub mod sections;
pub mod share_card;
pub mod summary;
mod unique_keys;
pub mod validate;
pub mod weak_hosts;

/// The dataset shipped inside the binary, so the first view needs no request.
pub const EMBEDDED_JSON: &str = include_str!("../../public/data/bac-ninh.json");

/// The embedded dataset, parsed and validated. `cargo test` proves it is `Ok`.
pub fn embedded_dataset() -> Result<dataset::Dataset, Vec<problem::Problem>> {
    load::load(EMBEDDED_JSON)
}

/// The embedded dataset as the live page reads it: parsed only. The build has already run
/// every rule on this very text (core's tests, and the prerenderer, which refuses to write a
/// page from a file [`embedded_dataset`] rejects), so the browser needs neither the rules nor
/// the path-tracking reader that names where a problem is.
pub fn prevalidated_embedded_dataset() -> Result<dataset::Dataset, serde_json::Error> {
    serde_json::from_str(EMBEDDED_JSON_COMPACT)
}

/// [`EMBEDDED_JSON`] without the whitespace between its tokens (`build.rs`): what the live
/// page carries and parses. Core's tests check it reads as the dataset the rules accepted.
const EMBEDDED_JSON_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/bac-ninh.compact.json"));
