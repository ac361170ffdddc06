//! The link-preview images (`share-vi.png`, `share-en.png`): the core's share card drawn
//! on a bitmap at build time, with the font the page asks for, and encoded as PNG.
//!
//! Natively plotters measures and draws text with fonts registered by name (its
//! `ab_glyph` feature); the page's font stack is registered as Noto Sans, committed in
//! `style/fonts` under the SIL Open Font License. The SVG charts, drawn by the same
//! plotters, are then laid out with the same font metrics as the page's text.

use dashboard_core::chart::theme::FONT_STACK;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::share_card::{draw_share_card, SHARE_CARD_SIZE};
use plotters::prelude::{BitMapBackend, FontStyle, IntoDrawingArea};

static REGULAR: &[u8] = include_bytes!("../style/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../style/fonts/NotoSans-Bold.ttf");

/// Registers Noto Sans under the name the core's drawings ask for. Call before drawing.
pub(crate) fn register_fonts() -> Result<(), String> {
    for (style, bytes) in [(FontStyle::Normal, REGULAR), (FontStyle::Bold, BOLD)] {
        plotters::style::register_font(FONT_STACK, style, bytes)
            .map_err(|_| "the committed Noto Sans font could not be read".to_owned())?;
    }
    Ok(())
}

/// The file name of the preview image in `lang`, beside the pages.
pub(crate) fn share_image_file(lang: Lang) -> String {
    format!("share-{}.png", lang.code())
}

/// The share card of `ds` in `lang`, as a PNG file's bytes.
pub(crate) fn share_image_png(ds: &Dataset, lang: Lang) -> Result<Vec<u8>, String> {
    let (width, height) = SHARE_CARD_SIZE;
    let mut rgb = vec![0_u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, SHARE_CARD_SIZE).into_drawing_area();
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
