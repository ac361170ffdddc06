//! Where each mark of a drawn chart landed, and which one a pointer or a finger picks.
//!
//! [`draw_chart`](super::draw_chart) returns a [`MarkLayout`]; the page finds the mark under
//! the pointer in it, without plotters and without drawing again. Apart from `draw` because
//! nothing here draws: it is the geometry the tooltip and the highlight ring read.

/// The smallest target, in CSS pixels, a pointer or finger gets for each mark (WCAG 2.2, 2.5.8).
pub const MIN_TARGET: f64 = 24.0;

/// Where a mark landed, in backend pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl MarkBox {
    /// The box of a dot of `radius` centred on `(x, y)`.
    pub(super) fn around((x, y): (i32, i32), radius: i32) -> MarkBox {
        let (x, y, r) = (f64::from(x), f64::from(y), f64::from(radius));
        MarkBox {
            x: x - r,
            y: y - r,
            width: 2.0 * r,
            height: 2.0 * r,
        }
    }

    pub fn center(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }
}

/// The pixel boxes of every mark of a drawn chart, in the spec's mark order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MarkLayout {
    pub boxes: Vec<MarkBox>,
    /// Rows are read top to bottom; other layouts left to right.
    pub by_row: bool,
    /// The plot area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
}

impl MarkLayout {
    /// Where each mark can be tapped, along the axis the chart is read on (x, or y for rows):
    /// one stretch per mark, in mark order, together covering the plot, each spanning the plot
    /// across and at least `min` long where the plot has room for that many.
    ///
    /// Where marks stand apart, each owns what is nearer to it than to its neighbours, so the
    /// pointer picks the nearest mark. Where they crowd (the FDI stocks of 2023 are 5 px
    /// apart on a phone) nearness would leave some a sliver: the crowd's marks then share
    /// `min` each, in their order, centred on the crowd, so every mark keeps a target a
    /// finger can hit (WCAG 2.2, 2.5.8 asks 24 × 24 CSS px).
    pub fn targets(&self, min: f64) -> Vec<(f64, f64)> {
        let centres: Vec<f64> = self
            .boxes
            .iter()
            .map(|b| if self.by_row { b.center().1 } else { b.center().0 })
            .collect();
        let Some((&first, &last)) = centres.first().zip(centres.last()) else {
            return Vec::new();
        };
        let (low, high) = if self.by_row {
            (self.plot.1, self.plot.3)
        } else {
            (self.plot.0, self.plot.2)
        };
        let (low, high) = (low.min(first), high.max(last));
        let size = min.min((high - low) / centres.len() as f64);
        // Runs of marks whose targets would overlap, each placed as a block: (first mark,
        // count, start). A run is centred on its marks' mean and kept inside the plot.
        let mut runs: Vec<(usize, usize, f64)> = Vec::new();
        let place = |first: usize, count: usize| {
            let mean = centres[first..first + count].iter().sum::<f64>() / count as f64;
            let length = count as f64 * size;
            (mean - length / 2.0).clamp(low, (high - length).max(low))
        };
        for i in 0..centres.len() {
            let mut run = (i, 1, place(i, 1));
            while let Some(&(first, count, start)) = runs.last() {
                if start + count as f64 * size <= run.2 {
                    break;
                }
                runs.pop();
                let count = count + run.1;
                run = (first, count, place(first, count));
            }
            runs.push(run);
        }
        let mut cores = Vec::with_capacity(centres.len());
        for (_, count, start) in runs {
            cores.extend((0..count).map(|k| (start + k as f64 * size, start + (k + 1) as f64 * size)));
        }
        // Between blocks, the room left goes to the nearer mark.
        let mut stretches = cores.clone();
        for i in 1..cores.len() {
            let boundary = ((centres[i - 1] + centres[i]) / 2.0).clamp(cores[i - 1].1, cores[i].0.max(cores[i - 1].1));
            stretches[i - 1].1 = boundary;
            stretches[i].0 = boundary;
        }
        if let Some(first) = stretches.first_mut() {
            first.0 = low;
        }
        if let Some(last) = stretches.last_mut() {
            last.1 = high;
        }
        stretches
    }

    /// The mark whose target ([`MarkLayout::targets`]) holds the point, or the nearest one
    /// when the point is beyond the plot.
    pub fn target_at(&self, x: f64, y: f64, min: f64) -> Option<usize> {
        let along = if self.by_row { y } else { x };
        let targets = self.targets(min);
        let inside = targets.iter().position(|&(_, end)| along < end);
        inside.or(targets.len().checked_sub(1))
    }

    /// Scales every box (backend pixels to CSS pixels, for example).
    pub fn scaled(&self, factor: f64) -> MarkLayout {
        let s = |b: &MarkBox| MarkBox {
            x: b.x * factor,
            y: b.y * factor,
            width: b.width * factor,
            height: b.height * factor,
        };
        let (l, t, r, bo) = self.plot;
        MarkLayout {
            boxes: self.boxes.iter().map(s).collect(),
            by_row: self.by_row,
            plot: (l * factor, t * factor, r * factor, bo * factor),
        }
    }
}
