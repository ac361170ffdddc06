//! Axes, ticks, and where each observation sits on them.
//!
//! Years the sources do not cover become gaps on a category axis and never get a
//! mark; stocks measured at dates sit on a continuous time axis; ranks read best
//! at the top.

use crate::dataset::{Dataset, Observation};
use crate::format::format_number;
use crate::i18n::Lang;
use crate::period::Period;

use super::catalogue::{Definition, XAxis};

/// A tick on an axis: its position in data space and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<Tick>,
    /// Draw larger values lower (ranks: 1 at the top).
    pub inverted: bool,
}

/// An observation placed in a chart: where, and under what name.
pub struct Placed<'a> {
    pub(crate) obs: &'a Observation,
    pub(crate) x: f64,
    pub(crate) name: String,
    /// The categorical slot of the previous observation was the one just before.
    pub(crate) follows_neighbour: bool,
}

pub(crate) fn place<'a>(ds: &'a Dataset, def: &Definition, lang: Lang) -> (Vec<Placed<'a>>, Axis, Vec<Tick>) {
    match def.x_axis {
        XAxis::Standing => rank_rows(ds, lang),
        XAxis::Dates => time_axis(ds.series(def.series), lang),
        XAxis::Periods => category_axis(ds.series(def.series), lang),
    }
}

/// Categories from the first to the last year, with any sub-year period in its place;
/// years without an observation become gaps.
pub(crate) fn category_axis(series: &[Observation], lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
    let mut slots: Vec<(Period, Option<&Observation>)> = series.iter().map(|o| (o.period, Some(o))).collect();
    if let (Some(first), Some(last)) = (series.first(), series.last()) {
        for year in first.period.year()..=last.period.year() {
            if !series.iter().any(|o| o.period == Period::Year(year)) {
                slots.push((Period::Year(year), None));
            }
        }
    }
    slots.sort_by_key(|(p, _)| p.end());
    let mut placed = Vec::new();
    let mut gaps = Vec::new();
    let mut ticks = Vec::new();
    for (i, (period, obs)) in slots.iter().enumerate() {
        let at = i as f64;
        ticks.push(Tick {
            at,
            label: period.short_label(lang),
        });
        match obs {
            Some(obs) => placed.push(Placed {
                obs,
                x: at,
                name: period.label(lang),
                follows_neighbour: i > 0 && slots[i - 1].1.is_some(),
            }),
            None => gaps.push(Tick {
                at,
                label: period.short_label(lang),
            }),
        }
    }
    let axis = Axis {
        min: -0.5,
        max: slots.len() as f64 - 0.5,
        ticks,
        inverted: false,
    };
    (placed, axis, gaps)
}

/// A continuous time axis for stocks measured at dates; observations more than
/// eighteen months apart are not joined, so a long silence reads as a gap.
pub(crate) fn time_axis(series: &[Observation], lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
    const JOIN_WITHIN_YEARS: f64 = 1.5;
    // A stock "in 2017" sits mid-year; a stock at a date or month end sits at that date.
    let xs: Vec<f64> = series
        .iter()
        .map(|o| match o.period {
            Period::Year(year) => f64::from(year) + 0.5,
            other => other.end().as_year_fraction(),
        })
        .collect();
    let placed: Vec<Placed> = series
        .iter()
        .zip(&xs)
        .enumerate()
        .map(|(i, (obs, &x))| Placed {
            obs,
            x,
            name: obs.period.label(lang),
            follows_neighbour: i > 0 && x - xs[i - 1] <= JOIN_WITHIN_YEARS,
        })
        .collect();
    let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // From the start of the first year to just past the last point: an axis that ran on to
    // the end of the last year would draw a stretch of time with nothing in it.
    let (min, max) = if min.is_finite() {
        let min = min.floor();
        (min, max + (max - min).max(1.0) * 0.02)
    } else {
        (0.0, 1.0)
    };
    let ticks = (min as i32..=max.floor() as i32)
        .map(|y| Tick {
            at: f64::from(y),
            label: y.to_string(),
        })
        .collect();
    (
        placed,
        Axis {
            min,
            max,
            ticks,
            inverted: false,
        },
        Vec::new(),
    )
}

/// One row per headline figure ranked in the dataset's reference period, best first.
pub(crate) fn rank_rows(ds: &Dataset, lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
    let mut rows: Vec<(u32, &crate::dataset::KeyFigure)> = ds
        .key_figures
        .iter()
        .filter_map(|k| {
            let obs = &k.observation;
            let rank = obs.effective_rank(ds.provinces_total)?;
            (rank.period.unwrap_or(obs.period) == ds.reference_period).then_some((rank.position, k))
        })
        .collect();
    rows.sort_by_key(|(position, _)| *position);
    let placed = rows
        .into_iter()
        .map(|(position, k)| Placed {
            obs: &k.observation,
            x: f64::from(position),
            name: k.label.get(lang).to_owned(),
            follows_neighbour: false,
        })
        .collect();
    (placed, rank_axis(ds.provinces_total, false), Vec::new())
}

/// The axis of a chart read in rows, one slot per row, the first at the top.
pub(crate) fn rows_axis(rows: usize) -> Axis {
    Axis {
        min: -0.5,
        max: rows as f64 - 0.5,
        ticks: Vec::new(),
        inverted: true,
    }
}

/// An axis of ranks 1..=total with round ticks: every ten up to 100 units ranked (the
/// most a valid dataset has), and about ten ticks whatever the total, so even a file
/// the validator refuses never asks for millions of them.
pub(crate) fn rank_axis(total: u32, inverted: bool) -> Axis {
    let total = f64::from(total.max(1));
    let mut ticks = vec![Tick {
        at: 1.0,
        label: "1".into(),
    }];
    let step = nice_step(total / 10.0).max(10.0);
    let mut t = step;
    while t < total - 0.4 * step {
        ticks.push(Tick {
            at: t,
            label: format!("{t}"),
        });
        t += step;
    }
    ticks.push(Tick {
        at: total,
        label: format!("{total}"),
    });
    Axis {
        min: 0.0,
        max: total + 1.0,
        ticks,
        inverted,
    }
}

/// A value axis with round ticks that includes every value, and zero when `from_zero`.
pub(crate) fn value_axis(values: impl Iterator<Item = f64>, from_zero: bool, lang: Lang) -> Axis {
    let (mut lo, mut hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if from_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
        hi = lo + 1.0;
    }
    let step = nice_step((hi - lo) / 5.0);
    let (min, max) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let decimals = decimals_for_step(step);
    let count = ((max - min) / step).round() as usize;
    let ticks = (0..=count.min(20))
        .map(|i| {
            let at = min + step * i as f64;
            Tick {
                at,
                label: format_number(at, Some(decimals), lang),
            }
        })
        .collect();
    Axis {
        min,
        max,
        ticks,
        inverted: false,
    }
}

/// The round step (1, 2 or 5 times a power of ten) nearest above `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

fn decimals_for_step(step: f64) -> usize {
    if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()).clamp(0.0, 6.0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nice_step_is_one_two_or_five_times_a_power_of_ten() {
        for (raw, step) in [
            (1.0, 1.0),
            (1.2, 2.0),
            (2.0, 2.0),
            (2.01, 5.0),
            (4.9, 5.0),
            (5.1, 10.0),
            (0.03, 0.05),
            (730.0, 1000.0),
            (1.6e14, 2e14),
        ] {
            let got = nice_step(raw);
            assert!(
                (got - step).abs() <= step * 1e-12,
                "nice_step({raw}) = {got}, not {step}"
            );
        }
    }

    /// Never below what was asked, never more than 2.5 times it (from 2 to 5), and never
    /// smaller for a larger request, so more room never means more crowded ticks.
    #[test]
    fn a_nice_step_covers_the_raw_step_and_grows_with_it() {
        let mut previous = 0.0;
        let mut raw = 1e-6;
        while raw < 1e12 {
            let step = nice_step(raw);
            assert!(
                step >= raw * (1.0 - 1e-12) && step <= raw * 5.0,
                "nice_step({raw}) = {step}"
            );
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!(
                [1.0, 2.0, 5.0, 10.0].iter().any(|m| (mantissa - m).abs() < 1e-9),
                "nice_step({raw}) = {step}"
            );
            assert!(step >= previous, "nice_step({raw}) = {step} < {previous}");
            previous = step;
            raw *= 1.07;
        }
    }

    #[test]
    fn a_step_that_cannot_be_rounded_is_one() {
        for raw in [0.0, -3.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(nice_step(raw), 1.0, "{raw}");
        }
    }
}
