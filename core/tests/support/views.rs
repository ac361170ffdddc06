//! Every view of a dataset built and drawn natively, in both languages, as the page
//! builds them: the cards, the summary, the downloads, the link-preview card, and every
//! chart (the six series charts, both PCI measures, every ranking table) at a phone's
//! and a desktop's width. What was drawn is returned, so a test can bound the work.

use dashboard_core::captions::key_figures_heading;
use dashboard_core::chart::{chart_height, comparison_spec_at, every_chart_spec};
use dashboard_core::csv::dataset_csv;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::{key_figure_views, new_province_views};
use dashboard_core::summary::summary;

use crate::svg::{render, render_share_card};

/// One chart as drawn: how much it holds, and how large its drawing is.
pub struct Drawn {
    pub slug: String,
    pub marks: usize,
    pub ticks: usize,
    pub svg_bytes: usize,
}

/// Builds and draws every view of `ds`; panics (failing the test) where the page would.
pub fn draw_every_view(ds: &Dataset) -> Vec<Drawn> {
    let mut drawn = Vec::new();
    for lang in [Lang::Vi, Lang::En] {
        key_figure_views(ds, lang);
        new_province_views(ds, lang);
        key_figures_heading(ds, lang);
        summary(ds, lang);
        dataset_csv(ds, lang);
        render_share_card(ds, lang);
        let mut specs: Vec<_> = every_chart_spec(ds, lang).collect();
        for index in 0..ds.comparisons.len() {
            specs.push(comparison_spec_at(ds, index, lang));
        }
        for spec in &specs {
            spec.description(lang);
            spec.csv();
            for width in [340, 600] {
                let (svg, _) = render(spec, width, chart_height(spec) as u32);
                drawn.push(Drawn {
                    slug: spec.slug.clone(),
                    marks: spec.marks.len() + spec.gaps.len(),
                    ticks: spec.x.ticks.len() + spec.y.ticks.len(),
                    svg_bytes: svg.len(),
                });
            }
        }
    }
    drawn
}
