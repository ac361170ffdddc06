//! Charts: pure specs ([`spec`]) and their drawing on any plotters backend ([`draw`]).
//!
//! The browser draws on a canvas and native tests draw the very same function
//! on plotters' SVG backend, so a chart is checked as text.

pub mod draw;
pub mod spec;
pub mod theme;

pub use draw::{draw_chart, DrawOptions, MarkBox, MarkLayout};
pub use spec::{chart_spec, ChartId, ChartSpec, Layout, Mark, PciMeasure, Role};
pub use theme::Theme;
