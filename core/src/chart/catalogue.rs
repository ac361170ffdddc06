//! Which charts exist and what each one shows: its series, layout and words.
//!
//! The catalogue is the schema of the charts, like the dataset's field names: a
//! chart reads a named series. Every fact in a chart's words (the year of the
//! standing chart, how many provinces are ranked) comes from the dataset.

use crate::dataset::{Dataset, Unit};
use crate::i18n::{mid_sentence, Lang, Ui};

/// One chart card of the page: the catalogue's entry that starts it, so the cards, their
/// order and their names follow the catalogue, and a new card is a new entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChartId(usize);

impl ChartId {
    /// Every card, in page order.
    pub const ALL: [ChartId; card_count(CATALOGUE)] = {
        let mut all = [ChartId(0); card_count(CATALOGUE)];
        let (mut entry, mut card) = (0, 0);
        while entry < CATALOGUE.len() {
            if CATALOGUE[entry].starts_card {
                all[card] = ChartId(entry);
                card += 1;
            }
            entry += 1;
        }
        all
    };

    /// The id used in URLs (`view=growth`), element ids and file names: its first measure's.
    pub fn slug(self) -> &'static str {
        definition(self, 0).slug
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// What the card's switch calls each of its measures, in order (the first is shown
    /// first): none for a card of one measure, which has no switch.
    pub fn measure_names(self) -> impl Iterator<Item = fn(&Ui) -> &'static str> {
        card_entries(CATALOGUE, self.0).iter().filter_map(|def| def.measure)
    }
}

/// How many cards `catalogue` lays out.
const fn card_count(catalogue: &[Definition]) -> usize {
    let (mut entry, mut cards) = (0, 0);
    while entry < catalogue.len() {
        if catalogue[entry].starts_card {
            cards += 1;
        }
        entry += 1;
    }
    cards
}

/// The entries of the card that `catalogue[first]` starts: that one and each after it that
/// starts no card of its own, the first shown first.
pub(crate) fn card_entries(catalogue: &[Definition], first: usize) -> &[Definition] {
    let rest = catalogue.get(first + 1..).unwrap_or_default();
    let len = 1 + rest.iter().take_while(|def| !def.starts_card).count();
    catalogue.get(first..first + len).unwrap_or_default()
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

/// The kind of one-sentence takeaway a chart gets.
#[derive(Clone, Copy)]
pub enum Takeaway {
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

/// One chart as drawn: which series, how placed and drawn, how summarised, in what words.
/// Everything that differs between charts is here, so the code that draws, tabulates,
/// exports and describes a chart never asks which chart it is.
#[derive(Clone)]
pub(crate) struct Definition {
    /// The name of the chart in element ids, file names and messages.
    pub(crate) slug: &'static str,
    /// It starts a card ([`ChartId`]); an entry that does not is another measure of the card
    /// above it, which the reader switches to, the first shown first.
    pub(crate) starts_card: bool,
    /// What the card's switch calls this measure, on a card of several ("Thứ hạng", "Điểm").
    pub(crate) measure: Option<fn(&Ui) -> &'static str>,
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
pub(crate) const CATALOGUE: &[Definition] = &[
    Definition {
        slug: "growth",
        starts_card: true,
        measure: None,
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
        starts_card: true,
        measure: None,
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
        starts_card: true,
        measure: None,
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
        starts_card: true,
        measure: None,
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
        starts_card: true,
        measure: None,
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
        starts_card: true,
        measure: Some(|ui| ui.measure_rank),
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
        starts_card: false,
        measure: Some(|ui| ui.measure_score),
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

/// The entry of chart `id` showing its `measure`th measure (0 is the first, shown first): a
/// chart shows its first for a measure it does not have.
pub(crate) fn definition(id: ChartId, measure: usize) -> &'static Definition {
    let entries = card_entries(CATALOGUE, id.0);
    let chosen = entries.get(measure).or_else(|| entries.first());
    chosen.unwrap_or_else(|| unreachable!("a ChartId is made from an entry of the catalogue"))
}

/// The title of a chart, without building its spec.
pub fn chart_title(ds: &Dataset, id: ChartId, lang: Lang) -> String {
    let def = definition(id, 0);
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
        assert!(CATALOGUE[0].starts_card, "the first entry starts the first card");
        let starts: Vec<&str> = CATALOGUE
            .iter()
            .filter(|def| def.starts_card)
            .map(|def| def.slug)
            .collect();
        assert_eq!(
            ChartId::ALL.map(ChartId::slug).to_vec(),
            starts,
            "one card per entry that starts one, in page order"
        );
        for id in ChartId::ALL {
            // A switch names every measure of a card of several, and a card of one has none.
            let (entries, names) = (card_entries(CATALOGUE, id.0).len(), id.measure_names().count());
            assert_eq!(names, if entries > 1 { entries } else { 0 }, "{}", id.slug());
        }
        let mut slugs: Vec<&str> = CATALOGUE.iter().map(|def| def.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), CATALOGUE.len(), "each entry names its own files");
        let pci = ChartId::from_slug("pci").unwrap_or_else(|| panic!("no PCI card"));
        assert_eq!(definition(pci, 1).slug, "pci-score");
        // A chart of one measure shows it whatever the measure asked.
        let growth = ChartId::from_slug("growth").unwrap_or_else(|| panic!("no growth card"));
        assert_eq!(definition(growth, 1).slug, "growth");
    }

    /// An entry added for a series the dataset already has is a card of its own, drawn,
    /// tabulated, exported and described from the entry alone: nothing else in the code
    /// knows which chart it is.
    #[test]
    fn a_new_entry_for_an_existing_series_is_a_card_drawn_tabulated_exported_and_described() {
        let ds = dataset();
        let entry = Definition {
            slug: "exports-trend",
            starts_card: true,
            measure: None,
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
        // Shown: appended to the catalogue, it is one card more, of one measure (no switch),
        // under its own name; the card reads nothing else of a chart (`ChartId`).
        let catalogue: Vec<Definition> = CATALOGUE.iter().cloned().chain([entry.clone()]).collect();
        assert_eq!(card_count(&catalogue), ChartId::ALL.len() + 1);
        let card = card_entries(&catalogue, CATALOGUE.len());
        assert_eq!(card.iter().map(|def| def.slug).collect::<Vec<_>>(), ["exports-trend"]);
        assert!(card.iter().all(|def| def.measure.is_none()));
        for lang in Lang::ALL {
            let spec = definition_spec(&ds, &entry, lang);
            assert_eq!(spec.slug, "exports-trend");
            assert_eq!(spec.layout, Layout::Line);
            assert_eq!(spec.marks.len(), series.len());
            // Drawn: a mark box for every observation, its text measured with the page's
            // font, as the prerenderer measures it.
            crate::chart::page_font::register_page_font().unwrap_or_else(|e| panic!("{e}"));
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
