//! Which charts exist and what each one shows: its series, layout and words.
//!
//! The catalogue is the schema of the charts, like the dataset's field names: a
//! chart reads a named series. Every fact in a chart's words (the year of the
//! standing chart, how many provinces are ranked) comes from the dataset.

use crate::dataset::{Dataset, Unit};
use crate::i18n::{mid_sentence, Lang, Ui};

use super::takeaway::Takeaway;

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

    /// The id used in URLs (`view=growth`), element ids and file names: its first measure's.
    pub fn slug(self) -> &'static str {
        definition(self, PciMeasure::default()).slug
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// Which of a chart's measures it shows, in the catalogue's order; the reader switches
/// between them. Only the PCI chart has two.
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

/// Where a chart's values sit along its x axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum XAxis {
    /// One slot per period from the first year to the last; years without data are gaps.
    Periods,
    /// Continuous time, for stocks measured at dates.
    Dates,
    /// The dataset's headline figures ranked in its reference period, one row each.
    Standing,
}

/// One chart as drawn: which series, how placed and drawn, how summarised, in what words.
/// Everything that differs between charts is here, so the code that draws, tabulates,
/// exports and describes a chart never asks which chart it is.
pub(crate) struct Definition {
    /// The name of the chart in element ids, file names and messages.
    pub(crate) slug: &'static str,
    /// The card it is drawn in: a card with several entries lets the reader switch between
    /// them ([`PciMeasure`]), the first shown first.
    pub(crate) chart: ChartId,
    pub(crate) series: &'static str,
    /// The units its captions, axis and takeaway are written for ("tỷ USD", "thứ hạng"):
    /// the validator refuses the series in any other, so no number is shown under a
    /// unit it is not in. Empty for the standing chart, which words each row's own unit.
    pub(crate) units: &'static [Unit],
    pub(crate) layout: Layout,
    pub(crate) x_axis: XAxis,
    /// The value axis includes zero (bars grow from it; a stock is read from it).
    pub(crate) from_zero: bool,
    pub(crate) takeaway: Takeaway,
    pub(crate) title: Wording,
    pub(crate) subtitle: Wording,
    /// Values are divided by this on the axis (budget: tỷ đồng shown as nghìn tỷ đồng).
    pub(crate) axis_divisor: f64,
    pub(crate) axis_unit: Option<Unit>,
    /// The bar of the dataset's reference period stands out.
    pub(crate) highlight_reference: bool,
}

/// Every chart the page draws, in page order, a card's measures together.
pub(crate) const CATALOGUE: [Definition; 7] = [
    Definition {
        slug: "growth",
        chart: ChartId::Growth,
        series: "grdp_growth",
        units: &[Unit::PercentChange],
        layout: Layout::Bars,
        x_axis: XAxis::Periods,
        from_zero: true,
        takeaway: Takeaway::Extremes,
        title: Wording::Fixed(|ui| ui.growth_title),
        subtitle: Wording::WithNote(|ui| ui.growth_subtitle),
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: false,
    },
    Definition {
        slug: "exports",
        chart: ChartId::Exports,
        series: "exports",
        units: &[Unit::UsdBillion],
        layout: Layout::Bars,
        x_axis: XAxis::Periods,
        from_zero: true,
        takeaway: Takeaway::RecordAndLatest,
        title: Wording::Fixed(|ui| ui.exports_title),
        subtitle: Wording::Fixed(|ui| ui.usd_billion),
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: true,
    },
    Definition {
        slug: "fdi",
        chart: ChartId::Fdi,
        series: "fdi_cumulative",
        units: &[Unit::UsdBillion],
        layout: Layout::Line,
        x_axis: XAxis::Dates,
        // A stock is read from zero.
        from_zero: true,
        takeaway: Takeaway::FirstToLast,
        title: Wording::Fixed(|ui| ui.fdi_title),
        subtitle: Wording::WithNote(|ui| ui.usd_billion),
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: false,
    },
    Definition {
        slug: "budget",
        chart: ChartId::Budget,
        series: "budget_revenue",
        // Drawn in nghìn tỷ đồng: tỷ đồng divided by 1000.
        units: &[Unit::VndBillion],
        layout: Layout::Bars,
        x_axis: XAxis::Periods,
        from_zero: true,
        takeaway: Takeaway::RecordAndLatest,
        title: Wording::Fixed(|ui| ui.budget_title),
        subtitle: Wording::Fixed(|ui| ui.vnd_trillion),
        axis_divisor: 1000.0,
        axis_unit: Some(Unit::VndTrillion),
        highlight_reference: false,
    },
    Definition {
        slug: "ranks",
        chart: ChartId::Ranks,
        series: "",
        units: &[],
        layout: Layout::RankRows,
        x_axis: XAxis::Standing,
        from_zero: false,
        takeaway: Takeaway::RankRows,
        title: Wording::Standing,
        subtitle: Wording::Fixed(|ui| ui.rank_best_first),
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: false,
    },
    Definition {
        slug: "pci",
        chart: ChartId::Pci,
        series: "pci_rank",
        units: &[Unit::Rank],
        layout: Layout::Line,
        x_axis: XAxis::Periods,
        from_zero: false,
        takeaway: Takeaway::BestRankAndLatest,
        title: Wording::Fixed(|ui| ui.pci_title),
        subtitle: Wording::RankAmongProvinces,
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: false,
    },
    Definition {
        slug: "pci-score",
        chart: ChartId::Pci,
        series: "pci_score",
        units: &[Unit::Points],
        layout: Layout::Line,
        x_axis: XAxis::Periods,
        from_zero: false,
        takeaway: Takeaway::RecordAndLatest,
        title: Wording::Fixed(|ui| ui.pci_title),
        subtitle: Wording::Fixed(|ui| ui.pci_score_subtitle),
        axis_divisor: 1.0,
        axis_unit: None,
        highlight_reference: false,
    },
];

/// The measures of chart `id` in `catalogue`, the first shown first.
pub(crate) fn measures(catalogue: &[Definition], id: ChartId) -> impl Iterator<Item = &Definition> {
    catalogue.iter().filter(move |def| def.chart == id)
}

/// The entry of chart `id` showing `measure`: a chart with one measure shows it whatever
/// the measure asked.
pub(crate) fn definition(id: ChartId, measure: PciMeasure) -> &'static Definition {
    let chosen = measures(&CATALOGUE, id).nth(measure as usize);
    let chosen = chosen.or_else(|| measures(&CATALOGUE, id).next());
    chosen.unwrap_or_else(|| unreachable!("every chart has an entry: a test checks it"))
}

/// The title of a chart, without building its spec.
pub fn chart_title(ds: &Dataset, id: ChartId, lang: Lang) -> String {
    let def = definition(id, PciMeasure::default());
    def.title.say(ds, def.series, lang)
}

#[cfg(test)]
mod tests {
    use plotters::prelude::*;

    use super::*;
    use crate::chart::spec::definition_spec;
    use crate::chart::{draw_chart, DrawOptions, Theme};

    fn dataset() -> Dataset {
        crate::embedded_dataset().unwrap_or_else(|p| panic!("embedded dataset invalid: {p:?}"))
    }

    #[test]
    fn every_chart_has_its_entries_in_page_order_under_names_of_their_own() {
        let mut cards: Vec<ChartId> = CATALOGUE.iter().map(|def| def.chart).collect();
        cards.dedup();
        assert_eq!(cards, ChartId::ALL, "a card's entries stand together, in page order");
        let mut slugs: Vec<&str> = CATALOGUE.iter().map(|def| def.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), CATALOGUE.len(), "each entry names its own files");
        assert_eq!(definition(ChartId::Pci, PciMeasure::Score).slug, "pci-score");
        // A chart of one measure shows it whatever the measure asked.
        assert_eq!(definition(ChartId::Growth, PciMeasure::Score).slug, "growth");
    }

    /// An entry added for a series the dataset already has is drawn, tabulated, exported and
    /// described from the entry alone: nothing else in the code knows which chart it is.
    #[test]
    fn a_new_entry_for_an_existing_series_is_drawn_tabulated_exported_and_described() {
        let ds = dataset();
        let entry = Definition {
            slug: "exports-trend",
            chart: ChartId::Exports,
            series: "exports",
            units: &[Unit::UsdBillion],
            layout: Layout::Line,
            x_axis: XAxis::Dates,
            from_zero: true,
            takeaway: Takeaway::FirstToLast,
            title: Wording::Fixed(|ui| ui.exports_title),
            subtitle: Wording::Fixed(|ui| ui.usd_billion),
            axis_divisor: 1.0,
            axis_unit: None,
            highlight_reference: false,
        };
        let series = ds.series("exports");
        assert!(series.len() > 2, "the test needs a series of some length");
        for lang in Lang::ALL {
            let spec = definition_spec(&ds, &entry, lang);
            assert_eq!(spec.slug, "exports-trend");
            assert_eq!(spec.layout, Layout::Line);
            assert_eq!(spec.marks.len(), series.len());
            // Drawn: a mark box for every observation.
            let mut svg = String::new();
            let layout = {
                let root = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
                let options = DrawOptions {
                    scale: 1.0,
                    theme: &Theme::LIGHT,
                    with_header: false,
                };
                draw_chart(&root, &spec, &options).unwrap_or_else(|e| panic!("draw: {e:?}"))
            };
            assert_eq!(layout.boxes.len(), series.len());
            assert!(svg.contains("<circle"), "a line chart's dots");
            // Exported: a header and a row per observation, under the period's name.
            let csv = spec.csv();
            let rows: Vec<&str> = csv.split("\r\n").filter(|row| !row.is_empty()).collect();
            assert_eq!(rows.len(), 1 + series.len(), "{csv}");
            for (row, mark) in rows[1..].iter().zip(&spec.marks) {
                assert!(row.starts_with(&mark.name), "{row} is not {}", mark.name);
            }
            // Described, with the takeaway its entry asks for, from the first value to the last.
            let description = spec.description(lang);
            for mark in &spec.marks {
                assert!(description.contains(&mark.value), "{description} lacks {}", mark.value);
            }
            let (first, last) = (&spec.marks[0], &spec.marks[series.len() - 1]);
            assert!(spec.takeaway.contains(&first.value) && spec.takeaway.contains(&last.value));
        }
    }
}
