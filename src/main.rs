//! The Bắc Ninh economic dashboard in the browser: Leptos (CSR) on WebAssembly.
//!
//! This crate only wires the browser-free core (`dashboard-core`) to the DOM and
//! to canvas; every figure, sentence and chart spec comes from the core.

mod app;
mod browser;
mod canvas_backend;
mod components;
mod crash;
mod render;
mod state;

fn main() {
    crash::install_panic_notice();
    leptos::mount::mount_to_body(app::App);
}
