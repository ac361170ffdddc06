//! Chart specifications: what each chart shows, resolved to marks, axes and words.
//!
//! A spec is pure data built from `(Dataset, Lang)`: the drawing code, the
//! tooltip, the keyboard reader, the data table and the text description all
//! read the same marks, so they cannot disagree. Years the sources do not cover
//! are listed as gaps and never get a mark.

use crate::dataset::{Dataset, Observation, Status, Unit};
use crate::format::{format_number, format_rank_long, format_rank_short, format_value};
use crate::i18n::{mid_sentence, status_label, Lang};
use crate::period::Period;

/// The six charts, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    Growth,
    Exports,
    Fdi,
    Budget,
    Ranks,
    Pci,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::Growth,
        ChartId::Exports,
        ChartId::Fdi,
        ChartId::Budget,
        ChartId::Ranks,
        ChartId::Pci,
    ];

    /// The id used in URLs (`view=growth`), element ids and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Growth => "growth",
            ChartId::Exports => "exports",
            ChartId::Fdi => "fdi",
            ChartId::Budget => "budget",
            ChartId::Ranks => "ranks",
            ChartId::Pci => "pci",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// Which measure the PCI chart shows; the reader switches between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PciMeasure {
    #[default]
    Rank,
    Score,
}

/// How marks are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Vertical bars from zero, one per category.
    Bars,
    /// Dots joined by a line only between neighbouring observations.
    Line,
    /// One horizontal track per row, a dot at the rank.
    RankRows,
}

/// What a mark means, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Normal,
    Negative,
    Highlight,
}

/// One drawn value, with everything a reader can learn about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Position in data space: category index or year fraction on x; value on y
    /// (for `RankRows`, x is the rank and y the row).
    pub x: f64,
    pub y: f64,
    pub role: Role,
    /// Final figures are drawn solid; estimates and preliminary figures outlined.
    pub is_final: bool,
    /// Joined to the previous mark by a line (`Line` layout only).
    pub joined: bool,
    /// A short label drawn on the chart (`7,39`, `3/63`).
    pub short_label: String,
    /// Row label for `RankRows`; the period otherwise.
    pub name: String,
    pub period: String,
    pub value: String,
    pub status: String,
    /// The publisher, for the tooltip.
    pub source: String,
    /// The title as published, for the table.
    pub source_title: String,
    pub source_url: Option<String>,
    /// Further lines for the tooltip and table: rank, project count, differing sources.
    pub notes: Vec<String>,
}

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

/// A legend entry: which kind of mark, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub role: Role,
    pub is_final: bool,
    pub label: String,
}

/// Everything needed to draw, describe and tabulate one chart in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub id: ChartId,
    pub layout: Layout,
    pub title: String,
    /// The unit and what is measured, shown under the title and on the y axis.
    pub subtitle: String,
    pub takeaway: String,
    pub x: Axis,
    pub y: Axis,
    pub marks: Vec<Mark>,
    /// Categories with no data, drawn as a labelled gap.
    pub gaps: Vec<Tick>,
    pub legend: Vec<LegendItem>,
    pub source_line: String,
    pub no_data_label: String,
}

impl ChartSpec {
    /// A text equivalent of the chart for screen readers: title, takeaway and every value.
    pub fn description(&self, lang: Lang) -> String {
        let values: Vec<String> = self
            .marks
            .iter()
            .map(|m| {
                if self.layout == Layout::RankRows {
                    format!("{}: {}", m.name, m.value)
                } else {
                    format!("{}: {} ({})", m.period, m.value, m.status)
                }
            })
            .collect();
        let gaps = if self.gaps.is_empty() {
            String::new()
        } else {
            let years: Vec<&str> = self.gaps.iter().map(|g| g.label.as_str()).collect();
            match lang {
                Lang::Vi => format!(" Không có số liệu: {}.", years.join(", ")),
                Lang::En => format!(" No data: {}.", years.join(", ")),
            }
        };
        format!("{}. {} {}.{gaps}", self.title, self.takeaway, values.join("; "))
    }
}

/// The static part of each chart: which series, how drawn, how summarised.
struct Definition {
    series: &'static str,
    layout: Layout,
    title: [&'static str; 2],
    subtitle: [&'static str; 2],
    /// Values are divided by this on the axis (budget: tỷ đồng shown as nghìn tỷ đồng).
    axis_divisor: f64,
    axis_unit: Option<Unit>,
    highlight: Option<Period>,
    takeaway: Takeaway,
}

/// The kind of one-sentence takeaway a chart gets.
#[derive(Clone, Copy)]
enum Takeaway {
    /// The largest and the smallest value.
    Extremes,
    /// The record value and the latest one.
    RecordAndLatest,
    /// From the first observation to the last.
    FirstToLast,
    /// The best (lowest) rank and the latest.
    BestRankAndLatest,
    /// How many rows are in the top ten, the best and the weakest.
    RankRows,
}

fn definition(id: ChartId, pci: PciMeasure) -> Definition {
    match id {
        ChartId::Growth => Definition {
            series: "grdp_growth",
            layout: Layout::Bars,
            title: ["Tăng trưởng GRDP", "GRDP growth"],
            subtitle: [
                "% so với cùng kỳ năm trước, giá so sánh 2010",
                "% on the same period of the previous year, 2010 prices",
            ],
            axis_divisor: 1.0,
            axis_unit: None,
            highlight: None,
            takeaway: Takeaway::Extremes,
        },
        ChartId::Exports => Definition {
            series: "exports",
            layout: Layout::Bars,
            title: ["Kim ngạch xuất khẩu hàng hóa", "Exports of goods"],
            subtitle: ["tỷ USD", "USD billion"],
            axis_divisor: 1.0,
            axis_unit: None,
            highlight: Some(Period::Year(2022)),
            takeaway: Takeaway::RecordAndLatest,
        },
        ChartId::Fdi => Definition {
            series: "fdi_cumulative",
            layout: Layout::Line,
            title: ["Vốn FDI đăng ký lũy kế", "Cumulative registered FDI"],
            subtitle: ["tỷ USD, các dự án còn hiệu lực", "USD billion, projects in force"],
            axis_divisor: 1.0,
            axis_unit: None,
            highlight: None,
            takeaway: Takeaway::FirstToLast,
        },
        ChartId::Budget => Definition {
            series: "budget_revenue",
            layout: Layout::Bars,
            title: ["Thu ngân sách nhà nước trên địa bàn", "State budget revenue"],
            subtitle: ["nghìn tỷ đồng", "VND trillion"],
            axis_divisor: 1000.0,
            axis_unit: Some(Unit::VndTrillion),
            highlight: None,
            takeaway: Takeaway::RecordAndLatest,
        },
        ChartId::Ranks => Definition {
            series: "",
            layout: Layout::RankRows,
            title: [
                "Vị trí trong 63 tỉnh, thành phố năm 2022",
                "Standing among 63 provinces in 2022",
            ],
            subtitle: ["thứ hạng, 1 là cao nhất", "rank, 1 is the best"],
            axis_divisor: 1.0,
            axis_unit: None,
            highlight: None,
            takeaway: Takeaway::RankRows,
        },
        ChartId::Pci => match pci {
            PciMeasure::Rank => Definition {
                series: "pci_rank",
                layout: Layout::Line,
                title: [
                    "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)",
                    "Provincial Competitiveness Index (PCI)",
                ],
                subtitle: [
                    "thứ hạng trong 63 tỉnh, thành phố, 1 là cao nhất",
                    "rank among 63 provinces, 1 is the best",
                ],
                axis_divisor: 1.0,
                axis_unit: None,
                highlight: None,
                takeaway: Takeaway::BestRankAndLatest,
            },
            PciMeasure::Score => Definition {
                series: "pci_score",
                layout: Layout::Line,
                title: [
                    "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)",
                    "Provincial Competitiveness Index (PCI)",
                ],
                subtitle: ["điểm, thang 100", "score out of 100"],
                axis_divisor: 1.0,
                axis_unit: None,
                highlight: None,
                takeaway: Takeaway::RecordAndLatest,
            },
        },
    }
}

/// The title of a chart, without building its spec.
pub fn chart_title(id: ChartId, lang: Lang) -> String {
    pick(definition(id, PciMeasure::default()).title, lang)
}

fn pick(pair: [&'static str; 2], lang: Lang) -> String {
    match lang {
        Lang::Vi => pair[0].to_owned(),
        Lang::En => pair[1].to_owned(),
    }
}

/// An observation placed in a chart: where, and under what name.
struct Placed<'a> {
    obs: &'a Observation,
    x: f64,
    name: String,
    /// The categorical slot of the previous observation was the one just before.
    follows_neighbour: bool,
}

/// Builds the spec of chart `id` from the dataset in `lang`.
pub fn chart_spec(ds: &Dataset, id: ChartId, pci: PciMeasure, lang: Lang) -> ChartSpec {
    let def = definition(id, pci);
    let no_data = lang.ui().no_data.to_owned();
    let (placed, x, gaps) = place(ds, id, &def, lang);
    // Ranks read best at the top: 1 is the best.
    let inverted = def.layout == Layout::RankRows || placed.first().is_some_and(|p| p.obs.unit == Unit::Rank);
    let marks: Vec<Mark> = placed.iter().map(|p| mark(ds, p, &def, lang)).collect();
    let y = match def.layout {
        Layout::RankRows => Axis {
            min: -0.5,
            max: placed.len() as f64 - 0.5,
            ticks: Vec::new(),
            inverted: true,
        },
        _ if inverted => rank_axis(ds.provinces_total, true),
        _ => value_axis(
            marks.iter().map(|m| m.y),
            def.layout == Layout::Bars || id == ChartId::Fdi,
            lang,
        ),
    };
    let x = if def.layout == Layout::RankRows {
        rank_axis(ds.provinces_total, false)
    } else {
        x
    };
    let legend = legend(&marks, &def, lang);
    let source_line = source_line(ds, &placed, lang);
    ChartSpec {
        id,
        layout: def.layout,
        title: pick(def.title, lang),
        subtitle: pick(def.subtitle, lang),
        takeaway: takeaway(def.takeaway, &placed, &marks, lang),
        x,
        y,
        marks,
        gaps,
        legend,
        source_line,
        no_data_label: no_data,
    }
}

fn place<'a>(ds: &'a Dataset, id: ChartId, def: &Definition, lang: Lang) -> (Vec<Placed<'a>>, Axis, Vec<Tick>) {
    match def.layout {
        Layout::RankRows => rank_rows(ds, lang),
        Layout::Line if id == ChartId::Fdi => time_axis(ds.series(def.series), lang),
        _ => category_axis(ds.series(def.series), lang),
    }
}

/// The observations a chart draws, each with the name of its row or period, in mark order.
pub fn chart_observations(ds: &Dataset, id: ChartId, pci: PciMeasure, lang: Lang) -> Vec<(String, &Observation)> {
    let (placed, _, _) = place(ds, id, &definition(id, pci), lang);
    placed.into_iter().map(|p| (p.name, p.obs)).collect()
}

/// Categories from the first to the last year, with any sub-year period in its place;
/// years without an observation become gaps.
fn category_axis(series: &[Observation], lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
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
fn time_axis(series: &[Observation], lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
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
    let (min, max) = if min.is_finite() {
        (min.floor(), max.ceil())
    } else {
        (0.0, 1.0)
    };
    let ticks = (min as i32..=max as i32)
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

/// One row per headline figure ranked in 2022, best first.
fn rank_rows(ds: &Dataset, lang: Lang) -> (Vec<Placed<'_>>, Axis, Vec<Tick>) {
    let mut rows: Vec<(u32, &crate::dataset::KeyFigure)> = ds
        .key_figures
        .iter()
        .filter_map(|k| {
            let obs = &k.observation;
            let rank = obs.effective_rank(ds.provinces_total)?;
            (rank.period.unwrap_or(obs.period).year() == 2022).then_some((rank.position, k))
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

/// An axis of ranks 1..=total with round ticks.
fn rank_axis(total: u32, inverted: bool) -> Axis {
    let total = f64::from(total.max(1));
    let mut ticks = vec![Tick {
        at: 1.0,
        label: "1".into(),
    }];
    let mut t = 10.0;
    while t < total - 4.0 {
        ticks.push(Tick {
            at: t,
            label: format!("{t}"),
        });
        t += 10.0;
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
pub fn value_axis(values: impl Iterator<Item = f64>, from_zero: bool, lang: Lang) -> Axis {
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

fn mark(ds: &Dataset, placed: &Placed, def: &Definition, lang: Lang) -> Mark {
    let obs = placed.obs;
    let ui = lang.ui();
    let source = ds.source(obs.source_id());
    let mut notes = Vec::new();
    let rank_of_row = def.layout == Layout::RankRows;
    let rank = obs.effective_rank(ds.provinces_total);
    let (y, short_label, value) = match (&rank, rank_of_row) {
        (Some(rank), true) => {
            if obs.unit != Unit::Rank {
                notes.push(format!(
                    "{}: {}",
                    ui.value,
                    format_value(obs.value, obs.unit, obs.qualifier, lang)
                ));
            }
            (0.0, format_rank_short(rank), format_rank_long(rank, lang))
        }
        // A series of ranks (PCI): the value is the position, said as "7th of 63 provinces".
        (Some(rank), false) if obs.unit == Unit::Rank => (
            obs.value,
            format_number(obs.value, Some(0), lang),
            format_rank_long(rank, lang),
        ),
        _ => {
            let shown = obs.value / def.axis_divisor;
            let decimals = if def.axis_divisor == 1.0 { None } else { Some(1) };
            if let Some(axis_unit) = def.axis_unit {
                notes.push(format_value(shown, axis_unit, obs.qualifier, lang));
            }
            if let Some(rank) = &rank {
                notes.push(format!("{}: {}", ui.rank, format_rank_long(rank, lang)));
            }
            (
                shown,
                format_number(shown, decimals, lang),
                format_value(obs.value, obs.unit, obs.qualifier, lang),
            )
        }
    };
    for detail in &obs.details {
        notes.push(format_value(detail.value, detail.unit, detail.qualifier, lang));
    }
    if let Some(note) = &obs.note {
        notes.push(note.get(lang).to_owned());
    }
    notes.extend(crate::keyfigures::alternatives_line(ds, obs, lang));
    let role = if def.highlight == Some(obs.period) {
        Role::Highlight
    } else if obs.value < 0.0 && obs.unit == Unit::PercentChange {
        Role::Negative
    } else {
        Role::Normal
    };
    Mark {
        x: placed.x,
        y: if rank_of_row { 0.0 } else { y },
        role,
        is_final: obs.status == Status::Final,
        joined: placed.follows_neighbour,
        short_label,
        name: placed.name.clone(),
        period: obs.period.label(lang),
        value,
        status: status_label(obs.status, lang).to_owned(),
        source: source.map_or_else(|| obs.source_id().to_owned(), |s| s.publisher.clone()),
        source_title: source.map_or_else(|| obs.source_id().to_owned(), |s| s.title.clone()),
        source_url: source.and_then(|s| s.url.clone()),
        notes,
    }
}

fn legend(marks: &[Mark], def: &Definition, lang: Lang) -> Vec<LegendItem> {
    let mut items = Vec::new();
    let vi = lang == Lang::Vi;
    if marks.iter().any(|m| m.is_final) {
        items.push(LegendItem {
            role: Role::Normal,
            is_final: true,
            label: (if vi { "chính thức" } else { "final" }).into(),
        });
    }
    if marks.iter().any(|m| !m.is_final) {
        items.push(LegendItem {
            role: Role::Normal,
            is_final: false,
            label: (if vi {
                "ước tính, sơ bộ"
            } else {
                "estimate, preliminary"
            })
            .into(),
        });
    }
    if marks.iter().any(|m| m.role == Role::Negative) {
        items.push(LegendItem {
            role: Role::Negative,
            is_final: true,
            label: (if vi { "giảm" } else { "fall" }).into(),
        });
    }
    if let Some(period) = def
        .highlight
        .filter(|_| marks.iter().any(|m| m.role == Role::Highlight))
    {
        items.push(LegendItem {
            role: Role::Highlight,
            is_final: true,
            label: period.label(lang),
        });
    }
    items
}

fn source_line(ds: &Dataset, placed: &[Placed], lang: Lang) -> String {
    let mut publishers: Vec<&str> = Vec::new();
    for p in placed {
        if let Some(source) = ds.source(p.obs.source_id()) {
            if !publishers.contains(&source.publisher.as_str()) {
                publishers.push(&source.publisher);
            }
        }
    }
    format!("{}: {}", lang.ui().source, publishers.join("; "))
}

fn takeaway(kind: Takeaway, placed: &[Placed], marks: &[Mark], lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let by_value = |a: &&Placed, b: &&Placed| a.obs.value.total_cmp(&b.obs.value);
    let (Some(first), Some(last)) = (placed.first(), placed.last()) else {
        return lang.ui().no_data.to_owned();
    };
    let max = placed.iter().max_by(by_value).unwrap_or(first);
    let min = placed.iter().min_by(by_value).unwrap_or(first);
    let value = |p: &Placed| format_value(p.obs.value, p.obs.unit, p.obs.qualifier, lang);
    match kind {
        Takeaway::Extremes => {
            if vi {
                format!(
                    "Tăng nhanh nhất {} ({}); thấp nhất {} ({}).",
                    mid_sentence(&max.name),
                    value(max),
                    mid_sentence(&min.name),
                    value(min)
                )
            } else {
                format!(
                    "Fastest growth in {} ({}); lowest in {} ({}).",
                    max.name,
                    value(max),
                    min.name,
                    value(min)
                )
            }
        }
        Takeaway::RecordAndLatest if std::ptr::eq(max, last) => {
            if vi {
                format!("Cao nhất là {} năm {}, cũng là số liệu mới nhất.", value(max), max.name)
            } else {
                format!("The highest value is {} in {}, also the latest.", value(max), max.name)
            }
        }
        Takeaway::RecordAndLatest => {
            let rank = max
                .obs
                .rank
                .as_ref()
                .map(|r| format!(" ({})", format_rank_long(r, lang)));
            if vi {
                format!(
                    "Cao nhất là {} năm {}{}; số liệu mới nhất: {} năm {}.",
                    value(max),
                    max.name,
                    rank.unwrap_or_default(),
                    value(last),
                    last.name
                )
            } else {
                format!(
                    "The highest was {} in {}{}; latest: {} in {}.",
                    value(max),
                    max.name,
                    rank.unwrap_or_default(),
                    value(last),
                    last.name
                )
            }
        }
        Takeaway::FirstToLast => {
            if vi {
                format!(
                    "Tăng từ {} ({}) lên {} ({}).",
                    value(first),
                    first.name,
                    value(last),
                    last.name
                )
            } else {
                format!(
                    "Up from {} ({}) to {} ({}).",
                    value(first),
                    first.name,
                    value(last),
                    last.name
                )
            }
        }
        Takeaway::BestRankAndLatest => {
            let best = min;
            if vi {
                format!(
                    "Thứ hạng cao nhất là {} năm {}; năm {} đứng {}.",
                    value(best),
                    best.name,
                    last.name,
                    value(last)
                )
            } else {
                format!(
                    "The best rank was {} in {}; in {} it was {}.",
                    value(best),
                    best.name,
                    last.name,
                    value(last)
                )
            }
        }
        Takeaway::RankRows => {
            // Rows are sorted best first: name the best and the weakest.
            let top10 = placed.iter().filter(|p| p.x <= 10.0).count();
            let label = |i: usize| marks.get(i).map(|m| m.short_label.clone()).unwrap_or_default();
            if vi {
                format!(
                    "{top10}/{} chỉ tiêu thuộc nhóm 10 tỉnh, thành phố dẫn đầu; cao nhất là {} ({}), thấp nhất là {} ({}).",
                    placed.len(),
                    mid_sentence(&first.name),
                    label(0),
                    mid_sentence(&last.name),
                    label(marks.len() - 1)
                )
            } else {
                format!(
                    "{top10} of {} indicators are in the top 10; best: {} ({}), weakest: {} ({}).",
                    placed.len(),
                    first.name,
                    label(0),
                    last.name,
                    label(marks.len() - 1)
                )
            }
        }
    }
}
