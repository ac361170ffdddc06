//! The canvas backend the charts draw on: plotters-canvas, measuring text with the canvas.
//!
//! plotters measures text on the web by inserting a `<span style="…">` into the
//! page and reading its size. That is slow (a layout per label) and a strict
//! Content-Security-Policy (`style-src 'self'`) blocks the inline style, so the
//! measurement silently comes out wrong. This wrapper answers the same question
//! with the canvas's own `measureText`, in the font the label is drawn in, and
//! leaves all other drawing to `CanvasBackend` (`text_backend`).
//!
//! It also draws text at the size plotters' SVG backend gives it: the prerendered charts
//! are SVG, which writes a font size as `size / 1.24` (plotters-svg's rule), while
//! `CanvasBackend` draws `size` px. The canvas's text was a quarter larger than the SVG's
//! it replaced: it grew at the takeover, and had room for fewer labels (at 360 px the
//! growth chart lost every value label the SVG showed). The same size in both, what fits
//! in one fits in the other.

use plotters::prelude::*;
use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::text_backend::{TextRule, WithText};

/// plotters-svg's font size is the style's size divided by this.
const SVG_FONT_RATIO: f64 = 1.24;

/// A text style at the size the SVG backend draws it.
struct AsInSvg<'a, S>(&'a S);

impl<S: BackendTextStyle> BackendTextStyle for AsInSvg<'_, S> {
    type FontError = S::FontError;

    fn color(&self) -> BackendColor {
        self.0.color()
    }

    fn size(&self) -> f64 {
        self.0.size() / SVG_FONT_RATIO
    }

    fn transform(&self) -> FontTransform {
        self.0.transform()
    }

    fn style(&self) -> FontStyle {
        self.0.style()
    }

    fn anchor(&self) -> Pos {
        self.0.anchor()
    }

    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

/// The charts' canvas: plotters-canvas, its text measured with `measureText` and drawn at
/// the SVG's size.
pub type MeasuredCanvas = WithText<CanvasBackend, CanvasText>;

/// Opens `canvas` for drawing, or `None` if it has no 2D context.
pub fn measured_canvas(canvas: &HtmlCanvasElement) -> Option<MeasuredCanvas> {
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
    Some(WithText {
        inner,
        rule: CanvasText { context },
    })
}

/// The canvas's text: at the SVG's size, measured by the canvas it is drawn on.
pub struct CanvasText {
    context: CanvasRenderingContext2d,
}

impl TextRule<CanvasBackend> for CanvasText {
    fn draw_text<S: BackendTextStyle>(
        &self,
        inner: &mut CanvasBackend,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>> {
        inner.draw_text(text, &AsInSvg(style), pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        _: &CanvasBackend,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>> {
        // The same font string CanvasBackend::draw_text sets, so the measure matches the drawing.
        let style = AsInSvg(style);
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let width = self.context.measure_text(text).map_or(0.0, |m| m.width());
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}
