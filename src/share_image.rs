//! The link-preview images (`share-vi.png`, `share-en.png`): the core's share card drawn
//! on a bitmap at build time, with the font the page asks for, and encoded as PNG.
//!
//! Natively plotters measures and draws text with fonts registered by name: the page's
//! font, registered by the core (`chart::page_font`), as for the SVG charts.
//!
//! plotters measures text right but draws it wrong: its ab_glyph text (plotters 0.3.7,
//! `style/font/ab_glyph.rs`) puts each glyph's bitmap at the pen position, without the
//! glyph's own offset from it (its left side bearing). A glyph with a wide bearing ("l",
//! "1", "n") then sits a pixel or more to the left, one whose accent hangs left ("ì") to
//! the right: at the card's 20 px the space of "Số liệu" all but closed ("Sốliệu") and
//! "bình" read "b ình". So [`GlyphPlaced`] draws the bitmap's text itself, glyph by glyph
//! where the font puts it, with the advances and kerning plotters measures it with.

use ab_glyph::{point, Font, FontRef, ScaleFont};
use dashboard_core::chart::page_font::{BOLD, REGULAR};
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::share_card::{draw_share_card, SHARE_CARD_SIZE};
use plotters::prelude::{BitMapBackend, DrawingBackend, FontStyle, IntoDrawingArea};
use plotters_backend::text_anchor::Pos;
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontFamily, FontTransform};

use crate::text_backend::{TextRule, WithText};

/// The file name of the preview image in `lang`, beside the pages.
pub(crate) fn share_image_file(lang: Lang) -> String {
    format!("share-{}.png", lang.code())
}

/// The share card of `ds` in `lang`, as a PNG file's bytes.
pub(crate) fn share_image_png(ds: &Dataset, lang: Lang) -> Result<Vec<u8>, String> {
    let (width, height) = SHARE_CARD_SIZE;
    let mut rgb = vec![0_u8; width as usize * height as usize * 3];
    {
        let backend = glyph_placed(BitMapBackend::with_buffer(&mut rgb, SHARE_CARD_SIZE))?;
        let root = backend.into_drawing_area();
        draw_share_card(&root, ds, lang).map_err(|e| format!("share card: {e:?}"))?;
        root.present().map_err(|e| format!("share card: {e:?}"))?;
    }
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| format!("PNG: {e}"))?;
    writer.write_image_data(&rgb).map_err(|e| format!("PNG: {e}"))?;
    writer.finish().map_err(|e| format!("PNG: {e}"))?;
    Ok(png)
}

/// The page's font in its two weights, as ab_glyph reads them.
struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Fonts {
    fn read() -> Result<Fonts, String> {
        let read = |bytes| {
            FontRef::try_from_slice(bytes).map_err(|_| "the committed Noto Sans font could not be read".to_owned())
        };
        Ok(Fonts {
            regular: read(REGULAR)?,
            bold: read(BOLD)?,
        })
    }
}

/// A bitmap backend whose text has each glyph where the font places it (see the module's
/// notes); everything else is the bitmap's own drawing.
type GlyphPlaced<'a> = WithText<BitMapBackend<'a>, Fonts>;

fn glyph_placed(inner: BitMapBackend<'_>) -> Result<GlyphPlaced<'_>, String> {
    Ok(WithText {
        inner,
        rule: Fonts::read()?,
    })
}

impl<'a> TextRule<BitMapBackend<'a>> for Fonts {
    fn draw_text<S: BackendTextStyle>(
        &self,
        inner: &mut BitMapBackend<'a>,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<<BitMapBackend<'a> as DrawingBackend>::ErrorType>> {
        let font = match style.style() {
            FontStyle::Bold => &self.bold,
            _ => &self.regular,
        };
        // The bitmap anchors, rotates, clips and blends the text as before; only where each
        // glyph's pixels go is ours.
        inner.draw_text(text, &Placed { style, font }, pos)
    }
}

/// A text style whose glyphs are drawn at their place in `font`.
struct Placed<'a, S> {
    style: &'a S,
    font: &'a FontRef<'static>,
}

impl<S: BackendTextStyle> BackendTextStyle for Placed<'_, S> {
    type FontError = S::FontError;

    fn color(&self) -> BackendColor {
        self.style.color()
    }

    fn size(&self) -> f64 {
        self.style.size()
    }

    fn transform(&self) -> FontTransform {
        self.style.transform()
    }

    fn style(&self) -> FontStyle {
        self.style.style()
    }

    fn anchor(&self) -> Pos {
        self.style.anchor()
    }

    fn family(&self) -> FontFamily<'_> {
        self.style.family()
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.style.layout_box(text)
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        mut draw: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        let size = self.size() as f32;
        let font = self.font.as_scaled(size);
        let color = self.color();
        // The baseline where plotters puts it, half the size below the top, so the card's
        // layout is unchanged; the pen moves by advances and kerning, as plotters measures.
        let baseline = pos.1 as f32 + size / 2.0;
        let mut pen = pos.0 as f32;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(previous) = previous {
                pen += font.kern(previous, id);
            }
            previous = Some(id);
            let glyph = id.with_scale_and_position(font.scale(), point(pen, baseline));
            pen += font.h_advance(id);
            // A space has no outline; its advance is all it has.
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            // The outline's pixels count from its bounds, which hold the glyph's bearing.
            let origin = outline.px_bounds().min;
            let mut drawn = Ok(());
            outline.draw(|x, y, coverage| {
                if drawn.is_ok() {
                    let alpha = color.alpha * f64::from(coverage);
                    drawn = draw(
                        origin.x as i32 + x as i32,
                        origin.y as i32 + y as i32,
                        BackendColor { alpha, ..color },
                    );
                }
            });
            if drawn.is_err() {
                return Ok(drawn);
            }
        }
        Ok(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashboard_core::chart::page_font::register_page_font;
    use dashboard_core::chart::theme::FONT_STACK;
    use plotters::element::Text;
    use plotters::style::{FontDesc, BLACK};

    /// The drawing's size, and the size of text in it: large, so a bearing is several pixels.
    const AREA: (u32, u32) = (900, 200);
    const SIZE: f64 = 100.0;
    const LEFT: i32 = 100;

    /// Which columns have ink when `text` is drawn from x = [`LEFT`].
    fn ink_columns(text: &str) -> Vec<bool> {
        let (width, height) = AREA;
        let mut rgb = vec![255_u8; (width * height * 3) as usize];
        let drawn = register_page_font().and_then(|()| {
            let root = glyph_placed(BitMapBackend::with_buffer(&mut rgb, AREA))?.into_drawing_area();
            let style =
                FontDesc::new(plotters::style::FontFamily::Name(FONT_STACK), SIZE, FontStyle::Normal).color(&BLACK);
            root.draw(&Text::new(text.to_owned(), (LEFT, 20), style))
                .and_then(|()| root.present())
                .map_err(|e| format!("{e:?}"))
        });
        assert_eq!(drawn, Ok(()));
        (0..width)
            .map(|x| (0..height).any(|y| rgb[((y * width + x) * 3) as usize] < 128))
            .collect()
    }

    /// Where the font puts the ink of the character at `index` of `text` drawn from x = 0:
    /// the pen there (advances and kerning) plus the glyph's bounds.
    fn font_ink(text: &str, index: usize) -> (f32, f32) {
        let fonts = Fonts::read();
        let font = fonts.as_ref().map(|f| f.regular.as_scaled(SIZE as f32));
        let Ok(font) = font else { panic!("the font reads") };
        let ids: Vec<_> = text.chars().map(|c| font.glyph_id(c)).collect();
        let pen: f32 = (0..index)
            .map(|i| font.h_advance(ids[i]) + ids.get(i + 1).map_or(0.0, |&next| font.kern(ids[i], next)))
            .sum();
        let glyph = ids[index].with_scale_and_position(font.scale(), point(pen, 0.0));
        let bounds = font.outline_glyph(glyph).map(|o| o.px_bounds());
        bounds.map_or((pen, pen), |b| (b.min.x, b.max.x))
    }

    #[test]
    fn each_glyph_starts_at_its_bearing() {
        // plotters' own drawing put every glyph's ink at the pen: 6 px left of where the
        // font puts the "l", 3 px right of the "ì" (its accent hangs left of the pen).
        for c in ["l", "1", "ì", "o"] {
            let expected = LEFT + font_ink(c, 0).0 as i32;
            let drawn = ink_columns(c).iter().position(|&ink| ink).map(|x| x as i32);
            assert!(
                drawn.is_some_and(|d| (d - expected).abs() <= 1),
                "{c}: ink from {drawn:?}, the font puts it at {expected}"
            );
        }
    }

    #[test]
    fn words_stand_a_space_apart() {
        // The gap between "Số" and "liệu" is the font's: from the end of the "ố" to the start
        // of the "l", past the space's advance (it read "Sốliệu" on the card).
        let text = "Số liệu";
        let (end_of_word, start_of_next) = (font_ink(text, 1).1, font_ink(text, 3).0);
        let columns = ink_columns(text);
        let (from, to) = (
            LEFT as usize + end_of_word as usize,
            LEFT as usize + start_of_next as usize,
        );
        let gap = columns[from.saturating_sub(2)..to + 2]
            .split(|&ink| ink)
            .map(<[bool]>::len)
            .max()
            .unwrap_or(0);
        let expected = start_of_next - end_of_word;
        assert!(
            (gap as f32 - expected).abs() <= 1.5,
            "a gap of {gap} px, the font's is {expected}"
        );
    }
}
