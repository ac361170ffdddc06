//! The full app's entry point (`dashboard-app`), which Trunk builds to WebAssembly: the
//! second bundle, loaded only for a page whose every text must be rendered again (see
//! `takeover`), and the one the offline copy carries.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    dashboard_app::start();
}

/// Called by the boot script with the file the live page's picker handed on.
#[wasm_bindgen]
pub fn preview_file(file: web_sys::File) {
    dashboard_app::preview_handed_file(file);
}
