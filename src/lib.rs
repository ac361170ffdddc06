//! The Bắc Ninh economic dashboard in the browser: Leptos (CSR) on WebAssembly.
//!
//! This crate only wires the browser-free core (`dashboard-core`) to the DOM and
//! to canvas; every figure, sentence and chart spec comes from the core.
//!
//! The same components render twice: natively at build time (feature `ssr`, the
//! `prerender` binary) into the static pages that `dist/` serves, and in the
//! browser (feature `csr`), where the app takes the prerendered page's place.

mod app;
mod browser;
mod canvas_backend;
mod components;
#[cfg(feature = "csr")]
mod crash;
mod render;
mod state;

#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
mod share_image;
#[cfg(feature = "csr")]
mod takeover;

/// Starts the app in the browser: in place of the prerendered page, or alone.
#[cfg(feature = "csr")]
pub fn start() {
    crash::install_panic_notice();
    takeover::mount_over_prerendered(browser::page_options());
}
