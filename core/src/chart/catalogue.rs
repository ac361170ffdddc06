//! Which charts exist and what each one shows: its series, layout and words.
//!
//! The catalogue is the schema of the charts, like the dataset's field names: a
//! chart reads a named series. Every fact in a chart's words (the year of the
//! standing chart, how many provinces are ranked) comes from the dataset.

use crate::dataset::{Dataset, Unit};
use crate::i18n::{mid_sentence, Lang, Ui};

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
    /// One horizontal bar per row from zero to the value, rows in rank order.
    RankedBars,
}

/// A title or subtitle: interface words, or words built from the dataset's facts.
#[derive(Clone, Copy)]
pub enum Wording {
    /// Words of the interface, from the language's table.
    Fixed(fn(&Ui) -> &'static str),
    /// Words of the interface, then the note the dataset gives the chart's indicator
    /// ("% so với cùng kỳ năm trước; theo giá so sánh năm 2010, …").
    WithNote(fn(&Ui) -> &'static str),
    /// "Vị trí trong 63 tỉnh, thành phố năm 2022": the provinces and the reference period.
    Standing,
    /// "thứ hạng trong 63 tỉnh, thành phố, 1 là cao nhất".
    RankAmongProvinces,
}

impl Wording {
    pub(crate) fn say(self, ds: &Dataset, series: &str, lang: Lang) -> String {
        let total = ds.provinces_total;
        match (self, lang) {
            (Wording::Fixed(words), _) => words(lang.ui()).to_owned(),
            (Wording::WithNote(words), _) => {
                let note = ds.indicators.get(series).and_then(|i| i.note.as_ref());
                match note {
                    Some(note) => format!("{}; {}", words(lang.ui()), mid_sentence(note.get(lang))),
                    None => words(lang.ui()).to_owned(),
                }
            }
            (Wording::Standing, Lang::Vi) => format!(
                "Vị trí trong {total} tỉnh, thành phố {}",
                ds.reference_period.phrase(lang)
            ),
            (Wording::Standing, Lang::En) => format!(
                "Standing among {total} provinces in {}",
                ds.reference_period.phrase(lang)
            ),
            (Wording::RankAmongProvinces, Lang::Vi) => format!("thứ hạng trong {total} tỉnh, thành phố, 1 là cao nhất"),
            (Wording::RankAmongProvinces, Lang::En) => format!("rank among {total} provinces, 1 is the best"),
        }
    }
}

/// The static part of each chart: which series, how drawn, how summarised.
pub struct Definition {
    pub(crate) series: &'static str,
    /// The units its captions, axis and takeaway are written for ("tỷ USD", "thứ hạng"):
    /// the validator refuses the series in any other, so no number is shown under a
    /// unit it is not in. Empty for the standing chart, which words each row's own unit.
    pub(crate) units: &'static [Unit],
    pub(crate) layout: Layout,
    pub(crate) title: Wording,
    pub(crate) subtitle: Wording,
    /// Values are divided by this on the axis (budget: tỷ đồng shown as nghìn tỷ đồng).
    pub(crate) axis_divisor: f64,
    pub(crate) axis_unit: Option<Unit>,
    /// The bar of the dataset's reference period stands out.
    pub(crate) highlight_reference: bool,
}

pub(crate) fn definition(id: ChartId, pci: PciMeasure) -> Definition {
    match id {
        ChartId::Growth => Definition {
            series: "grdp_growth",
            units: &[Unit::PercentChange],
            layout: Layout::Bars,
            title: Wording::Fixed(|ui| ui.growth_title),
            subtitle: Wording::WithNote(|ui| ui.growth_subtitle),
            axis_divisor: 1.0,
            axis_unit: None,
            highlight_reference: false,
        },
        ChartId::Exports => Definition {
            series: "exports",
            units: &[Unit::UsdBillion],
            layout: Layout::Bars,
            title: Wording::Fixed(|ui| ui.exports_title),
            subtitle: Wording::Fixed(|ui| ui.usd_billion),
            axis_divisor: 1.0,
            axis_unit: None,
            highlight_reference: true,
        },
        ChartId::Fdi => Definition {
            series: "fdi_cumulative",
            units: &[Unit::UsdBillion],
            layout: Layout::Line,
            title: Wording::Fixed(|ui| ui.fdi_title),
            subtitle: Wording::WithNote(|ui| ui.usd_billion),
            axis_divisor: 1.0,
            axis_unit: None,
            highlight_reference: false,
        },
        ChartId::Budget => Definition {
            series: "budget_revenue",
            // Drawn in nghìn tỷ đồng: tỷ đồng divided by 1000.
            units: &[Unit::VndBillion],
            layout: Layout::Bars,
            title: Wording::Fixed(|ui| ui.budget_title),
            subtitle: Wording::Fixed(|ui| ui.vnd_trillion),
            axis_divisor: 1000.0,
            axis_unit: Some(Unit::VndTrillion),
            highlight_reference: false,
        },
        ChartId::Ranks => Definition {
            series: "",
            units: &[],
            layout: Layout::RankRows,
            title: Wording::Standing,
            subtitle: Wording::Fixed(|ui| ui.rank_best_first),
            axis_divisor: 1.0,
            axis_unit: None,
            highlight_reference: false,
        },
        ChartId::Pci => match pci {
            PciMeasure::Rank => Definition {
                series: "pci_rank",
                units: &[Unit::Rank],
                layout: Layout::Line,
                title: Wording::Fixed(|ui| ui.pci_title),
                subtitle: Wording::RankAmongProvinces,
                axis_divisor: 1.0,
                axis_unit: None,
                highlight_reference: false,
            },
            PciMeasure::Score => Definition {
                series: "pci_score",
                units: &[Unit::Points],
                layout: Layout::Line,
                title: Wording::Fixed(|ui| ui.pci_title),
                subtitle: Wording::Fixed(|ui| ui.pci_score_subtitle),
                axis_divisor: 1.0,
                axis_unit: None,
                highlight_reference: false,
            },
        },
    }
}

/// The name of a chart in element ids, file names and messages: the PCI chart is two
/// charts, `pci` and `pci-score`, each with its own files.
pub(crate) fn chart_slug(id: ChartId, pci: PciMeasure) -> &'static str {
    match (id, pci) {
        (ChartId::Pci, PciMeasure::Score) => "pci-score",
        _ => id.slug(),
    }
}

/// Every chart's definition once, with its slug.
pub(crate) fn definitions() -> impl Iterator<Item = (&'static str, Definition)> {
    let charts = ChartId::ALL.into_iter().flat_map(|id| match id {
        ChartId::Pci => vec![(id, PciMeasure::Rank), (id, PciMeasure::Score)],
        _ => vec![(id, PciMeasure::default())],
    });
    charts.map(|(id, pci)| (chart_slug(id, pci), definition(id, pci)))
}

/// The title of a chart, without building its spec.
pub fn chart_title(ds: &Dataset, id: ChartId, lang: Lang) -> String {
    let def = definition(id, PciMeasure::default());
    def.title.say(ds, def.series, lang)
}
