//! The Bắc Ninh economic dashboard in the browser: Leptos (CSR) on WebAssembly.
//!
//! This crate only wires the browser-free core (`dashboard-core`) to the DOM and
//! to canvas; every figure, sentence and chart spec comes from the core.

mod app;
mod browser;
mod canvas_backend;
mod components;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
