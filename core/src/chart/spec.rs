//! Chart specifications: what a chart shows, resolved to marks, axes and words.
//!
//! A spec is pure data built from `(Dataset, Lang)`: the drawing code, the
//! tooltip, the keyboard reader, the data table and the text description all
//! read the same marks, so they cannot disagree.

use crate::csv::{observations_table, Table};
use crate::dataset::{Dataset, Unit};
use crate::format::sources_line;
use crate::i18n::Lang;

use super::axis::{place, rank_axis, rows_axis, value_axis, Axis, Tick};
use super::catalogue::{definition, ChartId, Definition, Layout, CATALOGUE};
use super::marks::{legend, mark, unmarked, LegendItem, Mark};
use super::takeaway::takeaway;

/// Everything needed to draw, describe and tabulate one chart in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// The chart's name in element ids and file names (`growth`, `compare-pci-2022`).
    pub slug: String,
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
    /// The chart's figures as its CSV download writes them, row for row.
    pub(crate) table: Table,
}

impl ChartSpec {
    /// The chart's CSV download: the figures it draws, as recorded.
    pub fn csv(&self) -> String {
        self.table.csv()
    }

    /// A text equivalent of the chart for screen readers: title, takeaway and every value.
    pub fn description(&self, lang: Lang) -> String {
        let values: Vec<String> = self
            .marks
            .iter()
            .map(|m| match self.layout {
                Layout::RankRows => format!("{}: {}", m.name, m.value),
                // A ranking names each province with its place ("7. Bắc Ninh: 69,08 điểm"),
                // without the sign that marks Bắc Ninh's row for the eye.
                Layout::RankedBars => format!("{}: {}", unmarked(&m.name), m.value),
                Layout::Bars | Layout::Line => format!("{}: {} ({})", m.period, m.value, m.status),
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

/// Builds the spec of chart `id` showing its `measure`th measure (0 is the first) from the
/// dataset in `lang`.
pub fn chart_spec(ds: &Dataset, id: ChartId, measure: usize, lang: Lang) -> ChartSpec {
    definition_spec(ds, definition(id, measure), lang)
}

/// The spec of every chart of the page, each measure of each, in page order: the charts
/// the prerenderer writes a file for.
pub fn every_chart_spec(ds: &Dataset, lang: Lang) -> impl Iterator<Item = ChartSpec> + '_ {
    CATALOGUE.iter().map(move |def| definition_spec(ds, def, lang))
}

/// The spec of the chart `def` defines: what a chart shows follows from its entry alone.
pub(crate) fn definition_spec(ds: &Dataset, def: &Definition, lang: Lang) -> ChartSpec {
    let no_data = lang.ui().no_data.to_owned();
    let (placed, x, gaps) = place(ds, def, lang);
    // Ranks read best at the top: 1 is the best.
    let inverted = def.layout == Layout::RankRows || placed.first().is_some_and(|p| p.obs.unit == Unit::Rank);
    let marks: Vec<Mark> = placed.iter().map(|p| mark(ds, p, def, lang)).collect();
    let y = match def.layout {
        Layout::RankRows => rows_axis(placed.len()),
        _ if inverted => rank_axis(ds.provinces_total, true),
        _ => value_axis(marks.iter().map(|m| m.y), def.from_zero, lang),
    };
    let legend = legend(ds, &marks, def, lang);
    let publishers = placed
        .iter()
        .filter_map(|p| ds.source(p.obs.source_id()).map(|s| s.publisher.as_str()));
    let source_line = sources_line(publishers, lang);
    let table = observations_table(ds, placed.iter().map(|p| (p.name.as_str(), p.obs)), lang);
    ChartSpec {
        slug: def.slug.to_owned(),
        layout: def.layout,
        title: def.title.say(ds, def.series, lang),
        subtitle: def.subtitle.say(ds, def.series, lang),
        takeaway: takeaway(def.takeaway, &placed, &marks, lang),
        x,
        y,
        marks,
        gaps,
        legend,
        source_line,
        no_data_label: no_data,
        table,
    }
}
