//! The default view's entry point (`dashboard-live`), which Trunk builds to WebAssembly:
//! it brings the prerendered page's parts that need code to life where they stand (see
//! `live`), and carries nothing else.

fn main() {
    dashboard_app::start_live();
}
