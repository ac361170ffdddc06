//! The charts section: the six charts and the downloads of the whole dataset.

use std::sync::Arc;

use dashboard_core::chart::ChartId;
use dashboard_core::csv::dataset_csv;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::page::View;
use leptos::prelude::*;

use super::chart_card::ChartCard;
use crate::browser;

/// Where the dataset file is published beside the app (relative, so any sub-path works).
pub const DATASET_PATH: &str = "data/bac-ninh.json";

#[component]
pub fn ChartsSection(
    dataset: Signal<Arc<Dataset>>,
    lang: RwSignal<Lang>,
    dark: RwSignal<bool>,
    view: View,
) -> impl IntoView {
    // Printing redraws every chart at a print resolution, then back.
    let printing = RwSignal::new(false);
    browser::keep_while_mounted(browser::listen_window("beforeprint", move |_| printing.set(true)));
    browser::keep_while_mounted(browser::listen_window("afterprint", move |_| printing.set(false)));
    let download_csv = move |_| {
        let lang = lang.get_untracked();
        browser::download_text(
            &format!("bac-ninh-{}.csv", lang.code()),
            "text/csv;charset=utf-8",
            &dataset_csv(&dataset.get_untracked(), lang),
        );
    };
    view! {
        <section class="section" aria-labelledby="charts-heading">
            <div class="section__head" class:visually-hidden=view != View::All>
                <h2 id="charts-heading">{move || lang.get().ui().charts_heading}</h2>
                <p class="dataset-downloads">
                    <span>{move || lang.get().ui().download_dataset} ": "</span>
                    <a class="button button--quiet" href=DATASET_PATH download="bac-ninh.json">"JSON"</a>
                    <button type="button" class="button button--quiet" data-download="dataset-csv" on:click=download_csv>
                        "CSV"
                    </button>
                </p>
            </div>
            <div class="chart-grid" class:chart-grid--single=view != View::All>
                {ChartId::ALL
                    .into_iter()
                    .filter(|id| view.shows_chart(*id))
                    .map(|id| view! { <ChartCard id=id dataset=dataset lang=lang dark=dark printing=printing /> })
                    .collect_view()}
            </div>
        </section>
    }
}
