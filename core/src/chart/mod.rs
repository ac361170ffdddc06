//! Charts: pure specs and their drawing on any plotters backend ([`draw`]).
//!
//! A spec is assembled from the catalogue (which charts exist), the axes (where
//! each value sits), the marks (what each value says) and a takeaway. The browser
//! draws it on a canvas, and native tests draw the very same function on
//! plotters' SVG backend, so a chart is checked as text.

pub mod axis;
pub mod catalogue;
pub mod compare;
pub mod draw;
mod frame;
pub mod marks;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_font;
pub mod spec;
mod takeaway;
mod targets;
pub mod theme;

pub use catalogue::{chart_title, ChartId, Layout};
pub use compare::{comparison_spec, comparison_spec_at};
pub use draw::{draw_chart, DrawOptions};
pub use frame::{
    chart_height, export_file_name, frame_file, layout_width, CHART_FILES, EXPORT_HEADER, EXPORT_WIDTH, SVG_LAYOUTS,
};
pub use marks::{Mark, Role};
pub use spec::{chart_spec, every_chart_spec, ChartSpec};
pub use targets::{MarkBox, MarkLayout, MIN_TARGET};
pub use theme::Theme;
