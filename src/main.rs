//! The browser entry point: Trunk builds this binary to WebAssembly.

fn main() {
    dashboard_app::start();
}
