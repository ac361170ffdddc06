//! The charts section: the six charts and the downloads of the whole dataset.

use dashboard_core::chart::ChartId;
use dashboard_core::csv::dataset_csv;
use dashboard_core::page::View;
use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::chart_card::{SeriesChart, SeriesChartState};
use crate::browser;
use crate::island::Island;
use crate::state::use_app;

/// Where the dataset file is published beside the app (relative, so any sub-path works).
const DATASET_PATH: &str = "data/bac-ninh.json";

#[component]
pub(crate) fn ChartsSection() -> impl IntoView {
    let app = use_app();
    let (lang, view) = (app.lang, app.view);
    view! {
        <section class="section" id=Section::Charts.id() aria-labelledby="charts-heading">
            <div class="section__head" class:visually-hidden=view != View::All>
                <h2 id="charts-heading">{move || lang.get().ui().charts_heading}</h2>
                <DatasetDownloads />
            </div>
            <div class="chart-grid" class:chart-grid--single=view != View::All>
                {ChartId::ALL
                    .into_iter()
                    .filter(|id| view.shows_chart(*id))
                    .map(|id| view! { <SeriesChart chart=SeriesChartState::new(id) /> })
                    .collect_view()}
            </div>
        </section>
    }
}

/// The whole dataset to download: the published JSON file, and a CSV written here.
#[component]
pub(crate) fn DatasetDownloads() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let download_csv = move |_| {
        let lang = lang.get_untracked();
        browser::download_text(
            &format!("bac-ninh-{}.csv", lang.code()),
            "text/csv;charset=utf-8",
            &dataset.with_untracked(|ds| dataset_csv(ds, lang)),
        );
    };
    view! {
        <p class="dataset-downloads" data-island=Island::DatasetDownloads.attr()>
            <span>{move || lang.get().ui().download_dataset} ": "</span>
            <a class="button button--quiet" href=DATASET_PATH download="bac-ninh.json">"JSON"</a>
            <button type="button" class="button button--quiet needs-js" data-download="dataset-csv" on:click=download_csv>
                "CSV"
            </button>
        </p>
    }
}
