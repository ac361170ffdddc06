//! The page's font for native drawing: Noto Sans, committed in `style/fonts` under the SIL
//! Open Font License, registered with plotters under the name the charts ask for.
//!
//! Natively plotters measures text with fonts registered by name (its `ab_glyph` feature).
//! The prerenderer's SVG charts and share image, and the core's own tests, all draw with it,
//! so that every native drawing lays its text out with the metrics of the page's text, and
//! the tests check the charts the prerenderer writes. The browser measures with the canvas.

use std::sync::OnceLock;

use plotters::style::FontStyle;

use super::theme::FONT_STACK;

/// Noto Sans Regular, as its file's bytes.
pub static REGULAR: &[u8] = include_bytes!("../../../style/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold, as its file's bytes.
pub static BOLD: &[u8] = include_bytes!("../../../style/fonts/NotoSans-Bold.ttf");

/// Registers the page's font under [`FONT_STACK`], once per process however often it is
/// called (every native drawing calls it first). Call before drawing natively.
pub fn register_page_font() -> Result<(), String> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            for (style, bytes) in [(FontStyle::Normal, REGULAR), (FontStyle::Bold, BOLD)] {
                plotters::style::register_font(FONT_STACK, style, bytes)
                    .map_err(|_| "the committed Noto Sans font could not be read".to_owned())?;
            }
            Ok(())
        })
        .clone()
}
