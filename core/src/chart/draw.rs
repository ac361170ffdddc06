//! Drawing a [`ChartSpec`] on any plotters backend, and where each mark landed.
//!
//! [`draw_chart`] is generic over `DrawingBackend`: the browser passes a canvas,
//! tests pass an SVG string. Plotters maps data to pixels; everything else
//! (ticks, labels, which label fits) comes from the spec, so both backends draw
//! the same chart. The returned [`MarkLayout`] (`targets`) lets the UI find the
//! mark under the pointer without drawing again.

use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::catalogue::Layout;
use super::frame::{SOURCE_BAND, TITLE_BAND};
use super::marks::{Mark, Role};
use super::spec::ChartSpec;
use super::targets::{MarkBox, MarkLayout};
use super::theme::Theme;

/// How to draw: at which pixel density, in which palette, and whether the title
/// and source line are drawn in (for the PNG download, which leaves the page).
#[derive(Debug, Clone, Copy)]
pub struct DrawOptions<'a> {
    /// Backend pixels per CSS pixel (the device pixel ratio, or 2 for PNG).
    pub scale: f64,
    pub theme: &'a Theme,
    pub with_header: bool,
}

type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Text styles at the drawing's scale.
struct Fonts<'a> {
    theme: &'a Theme,
    scale: f64,
}

impl<'a> Fonts<'a> {
    fn style(&self, size: f64, color: RGBColor, bold: bool, h: HPos, v: VPos) -> TextStyle<'a> {
        // Named directly: `(&str, size).into_font()` lower-cases the name to look for
        // "serif" and the like, which links Unicode's case tables into the wasm.
        let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
        let font = FontDesc::new(FontFamily::Name(self.theme.font), size * self.scale, style);
        font.color(&color).pos(Pos::new(h, v))
    }

    fn tick(&self, h: HPos, v: VPos) -> TextStyle<'a> {
        self.style(12.0, self.theme.muted, false, h, v)
    }

    fn label(&self, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
        self.style(12.0, color, true, h, v)
    }
}

/// Draws `spec` on `root` and returns where each mark landed.
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    opts: &DrawOptions,
) -> DrawResult<MarkLayout, DB> {
    let theme = opts.theme;
    let s = opts.scale;
    let fonts = Fonts { theme, scale: s };
    root.fill(&theme.background)?;
    let (width, height) = root.dim_in_pixel();
    let pad = (12.0 * s).round() as i32;

    let (mut top, mut bottom) = (pad, height as i32 - pad);
    if opts.with_header {
        let title = fonts.style(17.0, theme.text, true, HPos::Left, VPos::Top);
        let subtitle = fonts.style(13.0, theme.muted, false, HPos::Left, VPos::Top);
        let source = fonts.style(11.0, theme.muted, false, HPos::Left, VPos::Bottom);
        root.draw(&Text::new(spec.title.clone(), (pad, pad), title))?;
        root.draw(&Text::new(
            spec.subtitle.clone(),
            (pad, pad + (24.0 * s) as i32),
            subtitle,
        ))?;
        root.draw(&Text::new(spec.source_line.clone(), (pad, height as i32 - pad), source))?;
        top += (TITLE_BAND * s) as i32;
        bottom -= (SOURCE_BAND * s) as i32;
    }

    match spec.layout {
        Layout::RankRows => draw_rank_rows(root, spec, &fonts, (pad, top, width as i32 - pad, bottom)),
        Layout::RankedBars => draw_ranked_bars(root, spec, &fonts, (pad, top, width as i32 - pad, bottom)),
        Layout::Bars | Layout::Line => draw_xy(root, spec, &fonts, (pad, top, width as i32 - pad, bottom)),
    }
}

/// Widest rendered text among `labels`, in backend pixels.
fn widest<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: impl Iterator<Item = String>,
    style: &TextStyle,
) -> DrawResult<i32, DB> {
    let mut widest = 0;
    for label in labels {
        widest = widest.max(root.estimate_text_size(&label, style)?.0 as i32);
    }
    Ok(widest)
}

fn draw_xy<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    (left, top, right, bottom): (i32, i32, i32, i32),
) -> DrawResult<MarkLayout, DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let y_tick_style = fonts.tick(HPos::Right, VPos::Center);
    let x_tick_style = fonts.tick(HPos::Center, VPos::Top);
    let y_label_width = widest(root, spec.y.ticks.iter().map(|t| t.label.clone()), &y_tick_style)?;
    let x_label_height = root.estimate_text_size("2022", &x_tick_style)?.1 as i32;
    let plot_left = left + y_label_width + (8.0 * s) as i32;
    let plot_top = top + (8.0 * s) as i32;
    let plot_bottom = bottom - x_label_height - (8.0 * s) as i32;
    let y_range = |axis: &super::axis::Axis| {
        if axis.inverted {
            axis.max..axis.min
        } else {
            axis.min..axis.max
        }
    };

    let area = root.clone().shrink(
        (plot_left, plot_top),
        ((right - plot_left).max(1), (plot_bottom - plot_top).max(1)),
    );
    let chart = ChartBuilder::on(&area).build_cartesian_2d(spec.x.min..spec.x.max, y_range(&spec.y))?;
    let at = |x: f64, y: f64| chart.backend_coord(&(x, y));
    let (x0, x1) = (spec.x.min, spec.x.max);

    // Horizontal grid with value labels; the zero line is the baseline bars grow from.
    for tick in &spec.y.ticks {
        let (l, y) = at(x0, tick.at);
        let (r, _) = at(x1, tick.at);
        let is_zero = tick.at == 0.0 && spec.layout == Layout::Bars;
        let style = if is_zero {
            theme.baseline.stroke_width((1.5 * s).ceil() as u32)
        } else {
            theme.grid.stroke_width(s.ceil() as u32)
        };
        root.draw(&PathElement::new(vec![(l, y), (r, y)], style))?;
        root.draw(&Text::new(
            tick.label.clone(),
            (l - (6.0 * s) as i32, y),
            y_tick_style.clone(),
        ))?;
    }

    // Category or year labels, thinned so they never overlap: the first and the last are
    // always shown, and each other label only if it clears its shown neighbours.
    // Only x is read, at a y on the axis: a y far outside it (zero, when values are near
    // 10^15) would overflow the pixel arithmetic. 4 px apart at least: enough to read two
    // labels as two, and room for "6T/2023" between 2022 and 2023 in a phone's frame.
    // Decided at the layout's scale, with the labels measured at their unscaled size: a
    // chart drawn scaled (a phone's canvas, laid out at the SVG's width) keeps the labels
    // the SVG showed, where whole pixels measured at the drawn size would round some away.
    let gap = 4;
    let unscaled_tick_style = Fonts { theme, scale: 1.0 }.tick(HPos::Center, VPos::Top);
    let mut spans = Vec::with_capacity(spec.x.ticks.len());
    for tick in &spec.x.ticks {
        let x = (f64::from(at(tick.at, spec.y.min).0) / s).round() as i32;
        let half = root.estimate_text_size(&tick.label, &unscaled_tick_style)?.0 as i32 / 2;
        spans.push((x - half, x + half));
    }
    for (i, tick) in spec.x.ticks.iter().enumerate() {
        if !label_fits(&spans, i, gap) {
            continue;
        }
        let (x, _) = at(tick.at, spec.y.min);
        root.draw(&Text::new(
            tick.label.clone(),
            (x, plot_bottom + (6.0 * s) as i32),
            x_tick_style.clone(),
        ))?;
    }

    let boxes = match spec.layout {
        Layout::Bars => draw_bars(root, spec, fonts, &at)?,
        _ => draw_line(root, spec, fonts, &at)?,
    };
    Ok(MarkLayout {
        boxes,
        by_row: false,
        plot: (
            f64::from(plot_left),
            f64::from(plot_top),
            f64::from(right),
            f64::from(plot_bottom),
        ),
    })
}

/// Whether label `i` is shown: labels are kept from the left while they clear the last kept one,
/// and the last label always shows (dropping the kept labels it would collide with).
fn label_fits(spans: &[(i32, i32)], i: usize, gap: i32) -> bool {
    let last = spans.len().saturating_sub(1);
    if i == 0 || i == last {
        return true;
    }
    let mut right_of_previous = spans[0].1;
    for (j, span) in spans.iter().enumerate().take(i + 1).skip(1) {
        if span.0 >= right_of_previous + gap {
            if j == i {
                return span.1 + gap <= spans[last].0;
            }
            right_of_previous = span.1;
        }
    }
    false
}

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    at: &dyn Fn(f64, f64) -> (i32, i32),
) -> DrawResult<Vec<MarkBox>, DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let band = (at(1.0, 0.0).0 - at(0.0, 0.0).0).abs() as f64;
    let bar_width = (band * 0.7).min(56.0 * s).max(2.0);
    // Value labels on every bar when they all fit; otherwise only on highlighted bars,
    // so a reader never sees some bars labelled and their neighbours not.
    let label_style = |mark: &Mark| {
        let v = if mark.y < 0.0 { VPos::Top } else { VPos::Bottom };
        fonts.label(theme.color(mark.role), HPos::Center, v)
    };
    let mut all_fit = true;
    for mark in &spec.marks {
        // Neighbours' labels are a band apart: a label as wide as the band less 2 px never
        // touches the next one.
        all_fit &= f64::from(root.estimate_text_size(&mark.short_label, &label_style(mark))?.0) + 2.0 * s <= band;
    }
    let mut boxes = Vec::with_capacity(spec.marks.len());
    for mark in &spec.marks {
        let (cx, zero) = at(mark.x, 0.0);
        let (_, y) = at(mark.x, mark.y);
        let (x0, x1) = (
            (cx as f64 - bar_width / 2.0).round() as i32,
            (cx as f64 + bar_width / 2.0).round() as i32,
        );
        let (top, bottom) = (y.min(zero), y.max(zero).max(y.min(zero) + 1));
        draw_shape(root, mark, theme, s, |style| {
            Rectangle::new([(x0, top), (x1, bottom)], style)
        })?;
        if all_fit || mark.role == Role::Highlight {
            let gap = (4.0 * s) as i32;
            let ly = if mark.y < 0.0 { bottom + gap } else { top - gap };
            root.draw(&Text::new(mark.short_label.clone(), (cx, ly), label_style(mark)))?;
        }
        boxes.push(MarkBox {
            x: f64::from(x0),
            y: f64::from(top),
            width: f64::from(x1 - x0),
            height: f64::from(bottom - top),
        });
    }
    // A year without data draws nothing: a stub on the baseline read as a value of zero.
    // Its year label stays under the axis, and the table and description say "no data".
    Ok(boxes)
}

fn draw_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    at: &dyn Fn(f64, f64) -> (i32, i32),
) -> DrawResult<Vec<MarkBox>, DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let points: Vec<(i32, i32)> = spec.marks.iter().map(|m| at(m.x, m.y)).collect();
    for (i, mark) in spec.marks.iter().enumerate().skip(1) {
        if mark.joined {
            let style = theme.color(mark.role).stroke_width((2.0 * s).round() as u32);
            root.draw(&PathElement::new(vec![points[i - 1], points[i]], style))?;
        }
    }
    // Label every point when they are far enough apart, else only the first and the last.
    let min_gap = points
        .windows(2)
        .map(|w| (w[1].0 - w[0].0).abs())
        .min()
        .unwrap_or(i32::MAX);
    let label_all = f64::from(min_gap) >= 44.0 * s;
    let radius = (4.5 * s).round() as i32;
    let mut boxes = Vec::with_capacity(points.len());
    for (i, (mark, &(x, y))) in spec.marks.iter().zip(&points).enumerate() {
        draw_shape(root, mark, theme, s, |style| Circle::new((x, y), radius, style))?;
        if label_all || i == 0 || i + 1 == points.len() {
            let h = if i == 0 && !label_all {
                HPos::Left
            } else if i + 1 == points.len() && !label_all {
                HPos::Right
            } else {
                HPos::Center
            };
            let style = fonts.label(theme.color(mark.role), h, VPos::Bottom);
            root.draw(&Text::new(
                mark.short_label.clone(),
                (x, y - radius - (4.0 * s) as i32),
                style,
            ))?;
        }
        boxes.push(MarkBox::around((x, y), radius));
    }
    Ok(boxes)
}

fn draw_rank_rows<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    (left, top, right, bottom): (i32, i32, i32, i32),
) -> DrawResult<MarkLayout, DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let plot_bottom = above_tick_labels(root, fonts, bottom)?;
    // Leave room at the right for the last tick label and at the left for the "1".
    let inset = (10.0 * s) as i32;
    let area = root.clone().shrink(
        (left + inset, top),
        ((right - left - 2 * inset).max(1), (plot_bottom - top).max(1)),
    );
    let chart = ChartBuilder::on(&area).build_cartesian_2d(spec.x.min..spec.x.max, spec.y.max..spec.y.min)?;
    let at = |x: f64, y: f64| chart.backend_coord(&(x, y));
    draw_row_grid(root, spec, fonts, &at, plot_bottom)?;
    let radius = (6.0 * s).round() as i32;
    let name_style = fonts.style(13.0, theme.text, false, HPos::Left, VPos::Bottom);
    let mut boxes = Vec::with_capacity(spec.marks.len());
    for (row, mark) in spec.marks.iter().enumerate() {
        let (x_first, y) = at(spec.x.ticks.first().map_or(1.0, |t| t.at), row as f64);
        let (x_last, _) = at(spec.x.ticks.last().map_or(1.0, |t| t.at), row as f64);
        let (x, _) = at(mark.x, row as f64);
        root.draw(&PathElement::new(
            vec![(x_first, y), (x_last, y)],
            theme.grid.stroke_width((3.0 * s) as u32),
        ))?;
        root.draw(&PathElement::new(
            vec![(x_first, y), (x, y)],
            theme.color(mark.role).stroke_width((3.0 * s) as u32),
        ))?;
        draw_shape(root, mark, theme, s, |style| Circle::new((x, y), radius, style))?;
        root.draw(&Text::new(
            mark.name.clone(),
            (x_first, y - radius - (3.0 * s) as i32),
            name_style.clone(),
        ))?;
        let label = fonts.label(theme.color(mark.role), HPos::Left, VPos::Center);
        root.draw(&Text::new(
            mark.short_label.clone(),
            (x + radius + (6.0 * s) as i32, y),
            label,
        ))?;
        boxes.push(MarkBox::around((x, y), radius));
    }
    Ok(MarkLayout {
        boxes,
        by_row: true,
        plot: (
            f64::from(left),
            f64::from(top),
            f64::from(right),
            f64::from(plot_bottom),
        ),
    })
}

/// The bottom of a row chart's plot: above the tick labels drawn under it.
fn above_tick_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    fonts: &Fonts,
    bottom: i32,
) -> DrawResult<i32, DB> {
    let tick_height = root.estimate_text_size("0", &fonts.tick(HPos::Center, VPos::Top))?.1 as i32;
    Ok(bottom - tick_height - (8.0 * fonts.scale) as i32)
}

/// The vertical grid of a chart read in rows, with its tick labels under the plot; the
/// zero line, where bars start, is drawn as the baseline.
fn draw_row_grid<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    at: &dyn Fn(f64, f64) -> (i32, i32),
    plot_bottom: i32,
) -> DrawResult<(), DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let tick_style = fonts.tick(HPos::Center, VPos::Top);
    for tick in &spec.x.ticks {
        let (x, y_top) = at(tick.at, spec.y.min);
        let (_, y_bottom) = at(tick.at, spec.y.max);
        let style = if tick.at == 0.0 {
            theme.baseline.stroke_width((1.5 * s).ceil() as u32)
        } else {
            theme.grid.stroke_width(s.ceil() as u32)
        };
        root.draw(&PathElement::new(vec![(x, y_top), (x, y_bottom)], style))?;
        root.draw(&Text::new(
            tick.label.clone(),
            (x, plot_bottom + (6.0 * s) as i32),
            tick_style.clone(),
        ))?;
    }
    Ok(())
}

/// One bar per row from zero to the value, the row's name above it and the value at its end;
/// a row whose source gives no value has a name and a dash, never a bar of zero.
fn draw_ranked_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    fonts: &Fonts,
    (left, top, right, bottom): (i32, i32, i32, i32),
) -> DrawResult<MarkLayout, DB> {
    let (theme, s) = (fonts.theme, fonts.scale);
    let plot_bottom = above_tick_labels(root, fonts, bottom)?;
    let value_style = |mark: &Mark, h: HPos| fonts.label(theme.color(mark.role), h, VPos::Center);
    // Room beside the bars for the widest value label: on the right, and on the left too
    // when some values are negative.
    let label_room = widest(
        root,
        spec.marks.iter().map(|m| m.short_label.clone()),
        &fonts.label(theme.text, HPos::Left, VPos::Center),
    )? + (10.0 * s) as i32;
    let inset = (10.0 * s) as i32;
    let plot_left = left + if spec.x.min < 0.0 { label_room } else { inset };
    let plot_right = (right - label_room).max(plot_left + 1);
    let area = root.clone().shrink(
        (plot_left, top),
        ((plot_right - plot_left).max(1), (plot_bottom - top).max(1)),
    );
    let chart = ChartBuilder::on(&area).build_cartesian_2d(spec.x.min..spec.x.max, spec.y.max..spec.y.min)?;
    let at = |x: f64, y: f64| chart.backend_coord(&(x, y));
    draw_row_grid(root, spec, fonts, &at, plot_bottom)?;
    let row_height = (at(0.0, 1.0).1 - at(0.0, 0.0).1).abs();
    let half = ((f64::from(row_height) * 0.22).min(9.0 * s)).max(2.0) as i32;
    let gap = (6.0 * s) as i32;
    let mut boxes = Vec::with_capacity(spec.marks.len());
    for (row, mark) in spec.marks.iter().enumerate() {
        let (zero, y) = at(0.0, row as f64);
        let (end, _) = at(mark.x, row as f64);
        let bold = mark.role == Role::Highlight;
        let name_style = fonts.style(13.0, theme.text, bold, HPos::Left, VPos::Bottom);
        root.draw(&Text::new(
            mark.name.clone(),
            (plot_left + gap, y - half - gap / 2),
            name_style,
        ))?;
        let (x0, x1) = if mark.no_value {
            (zero, zero)
        } else {
            (zero.min(end), zero.max(end))
        };
        if !mark.no_value {
            draw_shape(root, mark, theme, s, |style| {
                Rectangle::new([(x0, y - half), (x1.max(x0 + 1), y + half)], style)
            })?;
        }
        let (label_x, h) = if mark.x < 0.0 {
            (x0 - gap, HPos::Right)
        } else {
            (x1 + gap, HPos::Left)
        };
        root.draw(&Text::new(mark.short_label.clone(), (label_x, y), value_style(mark, h)))?;
        // Even a row without a bar has a box, so the pointer and keyboard can read it.
        boxes.push(MarkBox {
            x: f64::from(x0),
            y: f64::from(y - half),
            width: f64::from((x1 - x0).max(2 * half)),
            height: f64::from(2 * half),
        });
    }
    Ok(MarkLayout {
        boxes,
        by_row: true,
        plot: (
            f64::from(plot_left),
            f64::from(top),
            f64::from(plot_right),
            f64::from(plot_bottom),
        ),
    })
}

/// Draws a mark solid when its figure is final, outlined on a tint when it is not.
fn draw_shape<DB: DrawingBackend, E>(
    root: &DrawingArea<DB, Shift>,
    mark: &Mark,
    theme: &Theme,
    scale: f64,
    shape: impl Fn(ShapeStyle) -> E,
) -> DrawResult<(), DB>
where
    for<'b> &'b E: PointCollection<'b, (i32, i32)>,
    E: Drawable<DB>,
{
    let color = theme.color(mark.role);
    if mark.is_final {
        root.draw(&shape(color.filled()))?;
    } else {
        root.draw(&shape(theme.tint(mark.role).filled()))?;
        root.draw(&shape(color.stroke_width((2.0 * scale).round().max(1.0) as u32)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The labels `label_fits` shows, of labels spanning `spans`.
    fn shown(spans: &[(i32, i32)], gap: i32) -> Vec<usize> {
        (0..spans.len()).filter(|&i| label_fits(spans, i, gap)).collect()
    }

    /// `count` labels `width` wide, their centres `step` apart.
    fn evenly(count: i32, step: i32, width: i32) -> Vec<(i32, i32)> {
        (0..count)
            .map(|i| (i * step - width / 2, i * step + width / 2))
            .collect()
    }

    #[test]
    fn labels_with_room_are_all_shown() {
        assert_eq!(shown(&evenly(5, 40, 30), 4), [0, 1, 2, 3, 4]);
        assert_eq!(shown(&evenly(1, 40, 30), 4), [0]);
        assert_eq!(shown(&[], 4), Vec::<usize>::new());
    }

    #[test]
    fn crowded_labels_are_thinned_from_the_left_keeping_the_last() {
        // 30 px labels 20 px apart: every other one clears its kept neighbour.
        assert_eq!(shown(&evenly(7, 20, 30), 4), [0, 2, 4, 6]);
        // With 8 labels the one before the last would touch it: it gives way.
        assert_eq!(shown(&evenly(8, 20, 30), 4), [0, 2, 4, 7]);
        // Two labels always show, even on top of each other: the range's ends.
        assert_eq!(shown(&evenly(2, 5, 30), 4), [0, 1]);
    }

    /// Whatever the labels' widths and places, the labels shown never come within `gap` of
    /// each other (but the first and last, which always show), and the ends always show.
    #[test]
    fn shown_labels_never_overlap() {
        let mut seed = 7u64;
        let mut next = |below: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % below
        };
        for _ in 0..2000 {
            let count = 2 + next(20) as usize;
            let mut at = 0;
            let spans: Vec<(i32, i32)> = (0..count)
                .map(|_| {
                    at += next(60) as i32;
                    let half = 1 + next(30) as i32;
                    (at - half, at + half)
                })
                .collect();
            let gap = next(8) as i32;
            let kept = shown(&spans, gap);
            assert_eq!((kept.first(), kept.last()), (Some(&0), Some(&(count - 1))), "{spans:?}");
            let inner = &kept[..kept.len() - 1];
            for pair in inner.windows(2) {
                assert!(
                    spans[pair[1]].0 >= spans[pair[0]].1 + gap,
                    "{spans:?}, gap {gap}: {kept:?}"
                );
            }
            // Every inner label shown clears the last one as well.
            for &i in &inner[1..] {
                assert!(spans[i].1 + gap <= spans[count - 1].0, "{spans:?}, gap {gap}: {kept:?}");
            }
        }
    }
}
