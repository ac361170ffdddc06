//! The link-preview image: the headline figures on one 1200 × 630 card, the size
//! Open Graph and Twitter cards show.
//!
//! A preview of the page, beside its captions and key figures (which it reads), not a
//! chart: it draws with the charts' palette only.
//!
//! Drawn like the charts, generic over plotters' `DrawingBackend`: the prerenderer
//! draws it on a bitmap for the PNG, the tests on SVG. Every number on it comes from
//! the dataset's first key figures, in their order, with the publication date and
//! the sources they cite.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::captions::vintage_line;
use crate::chart::Theme;
use crate::dataset::Dataset;
use crate::format::sources_line;
use crate::i18n::Lang;
use crate::keyfigures::{key_figure_views, KeyFigureView};

/// The card's size in pixels: what link previews expect.
pub const SHARE_CARD_SIZE: (u32, u32) = (1200, 630);

/// How many key figures the card shows: two rows of two.
const FIGURES: usize = 4;

/// The figures the card shows, in the dataset's order.
pub fn share_card_figures(ds: &Dataset, lang: Lang) -> Vec<KeyFigureView> {
    key_figure_views(ds, lang).into_iter().take(FIGURES).collect()
}

/// Draws the card for `ds` in `lang` on `root`, which should be [`SHARE_CARD_SIZE`].
pub fn draw_share_card<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ds: &Dataset,
    lang: Lang,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let theme = &Theme::LIGHT;
    let text = |size: f64, color: RGBColor, bold: bool| {
        let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
        FontDesc::new(FontFamily::Name(theme.font), size, style)
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Top))
    };
    root.fill(&theme.background)?;
    // The page's brand band along the top.
    root.draw(&Rectangle::new([(0, 0), (1200, 12)], BRAND.filled()))?;
    let (left, mut y) = (64, 52);
    root.draw(&Text::new(
        lang.ui().kicker.to_owned(),
        (left, y),
        text(26.0, theme.muted, false),
    ))?;
    y += 40;
    root.draw(&Text::new(
        ds.title.get(lang).to_owned(),
        (left, y),
        text(50.0, BRAND, true),
    ))?;
    y += 92;
    let figures = share_card_figures(ds, lang);
    for (i, figure) in figures.iter().enumerate() {
        let x = left + (i as i32 % 2) * 548;
        let top = y + (i as i32 / 2) * 150;
        let value_color = if figure.warning { theme.negative } else { theme.text };
        root.draw(&Text::new(
            figure.label.clone(),
            (x, top),
            text(24.0, theme.muted, true),
        ))?;
        root.draw(&Text::new(
            figure.value.clone(),
            (x, top + 32),
            text(48.0, value_color, true),
        ))?;
        let mut line = vec![figure.period.clone(), figure.status.clone()];
        line.extend(figure.rank_long.clone());
        root.draw(&Text::new(
            line.join(" · "),
            (x, top + 92),
            text(22.0, theme.muted, false),
        ))?;
    }
    let publishers = figures.iter().map(|figure| figure.source.publisher.as_str());
    let foot = format!("{}. {}", vintage_line(ds, lang), sources_line(publishers, lang));
    root.draw(&Text::new(foot, (left, 570), text(20.0, theme.muted, false)))?;
    Ok(())
}

/// The page header's blue (style/main.css `--brand`).
const BRAND: RGBColor = RGBColor(0x0a, 0x3a, 0x66);
