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
#[cfg(feature = "csr")]
mod carry;
mod components;
#[cfg(feature = "csr")]
mod crash;
mod island;
#[cfg(feature = "csr")]
mod live;
mod render;
mod state;

#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
mod share_image;
#[cfg(feature = "csr")]
mod takeover;
mod text_backend;

/// Brings a prerendered page to life in the browser: its parts that need code, where they
/// stand (the default view's bundle, `dashboard-live`).
#[cfg(feature = "csr")]
pub fn start_live() {
    crash::install_panic_notice();
    live::start();
}

/// Starts the full app in the browser, in place of the prerendered page or alone: the
/// second bundle (`dashboard-app`), for pages whose every text must be rendered again.
#[cfg(feature = "csr")]
pub fn start() {
    crash::install_panic_notice();
    takeover::mount_over_prerendered(browser::page_options());
}

/// Previews in the full app a file the live page's picker handed on.
#[cfg(feature = "csr")]
pub fn preview_handed_file(file: web_sys::File) {
    state::preview_handed_file(file);
}
