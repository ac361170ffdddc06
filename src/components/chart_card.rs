//! One chart card for all six charts: title and takeaway, the measure switch,
//! the legend, the canvas, the data table and the downloads.
//!
//! The spec is a `Memo` of `(dataset, chart, measure, language)`. The card's own
//! state (the measure, whether the table is open) lives here, above what a
//! language switch recomputes, so a switch keeps the reader's place.

use dashboard_core::chart::{chart_spec, ChartId, ChartSpec, PciMeasure, Theme};
use dashboard_core::csv::chart_csv;
use dashboard_core::i18n::Ui;
use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::chart_table::ChartTable;
use crate::browser;
use crate::render::png_data_url;
use crate::state::use_app;

#[component]
pub(crate) fn ChartCard(id: ChartId, printing: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let (dataset, lang, dark) = (app.dataset, app.lang, app.dark);
    let pci = RwSignal::new(PciMeasure::default());
    let spec = Memo::new(move |_| dataset.with(|ds| chart_spec(ds, id, pci.get(), lang.get())));
    // Print on paper: always the light palette.
    let theme = Signal::derive(move || {
        if dark.get() && !printing.get() {
            Theme::DARK
        } else {
            Theme::LIGHT
        }
    });
    // At least 3 device pixels per CSS pixel when printing, so charts print sharp.
    let ratio = Signal::derive(move || {
        if printing.get() {
            browser::device_pixel_ratio().max(3.0)
        } else {
            browser::device_pixel_ratio()
        }
    });
    let show_table = RwSignal::new(false);
    let slug = id.slug();
    let title_id = format!("chart-{slug}-title");
    let labelled_by = title_id.clone();
    let table_id = format!("chart-{slug}-table");
    let controls = table_id.clone();

    let download_png = move |_| {
        let file = format!("bac-ninh-{slug}-{}.png", lang.get_untracked().code());
        if let Some(url) = spec.with_untracked(png_data_url) {
            browser::download_data_url(&file, &url);
        }
    };
    let download_csv = move |_| {
        let lang = lang.get_untracked();
        let csv = dataset.with_untracked(|ds| chart_csv(ds, id, pci.get_untracked(), lang));
        browser::download_text(
            &format!("bac-ninh-{slug}-{}.csv", lang.code()),
            "text/csv;charset=utf-8",
            &csv,
        );
    };

    view! {
        <article class="chart-card" id=format!("chart-{slug}") data-chart=slug aria-labelledby=labelled_by>
            <header class="chart-card__head">
                <h3 id=title_id>{move || spec.with(|s| s.title.clone())}</h3>
                <p class="chart-card__takeaway">{move || spec.with(|s| s.takeaway.clone())}</p>
                <p class="chart-card__subtitle">{move || spec.with(|s| s.subtitle.clone())}</p>
            </header>
            {(id == ChartId::Pci).then(|| view! { <PciSwitch pci=pci /> })}
            <Legend spec=spec theme=theme />
            <ChartCanvas spec=spec theme=theme ratio=ratio />
            <div class="chart-card__tools">
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || show_table.get().to_string()
                    aria-controls=controls
                    data-action="table"
                    on:click=move |_| show_table.update(|shown| *shown = !*shown)
                >
                    {move || lang.get().ui().table}
                </button>
                <button type="button" class="button button--quiet" data-download="png" on:click=download_png>
                    {move || lang.get().ui().download_png}
                </button>
                <button type="button" class="button button--quiet" data-download="csv" on:click=download_csv>
                    {move || lang.get().ui().download_csv}
                </button>
            </div>
            // Always in the page, so it prints; hidden on screen until asked for.
            <div id=table_id class="chart-card__table" hidden=move || !show_table.get()>
                <ChartTable spec=spec />
            </div>
            <p class="chart-card__source">{move || spec.with(|s| s.source_line.clone())}</p>
        </article>
    }
}

/// Rank or score, for the PCI chart.
#[component]
fn PciSwitch(pci: RwSignal<PciMeasure>) -> impl IntoView {
    let lang = use_app().lang;
    let option = move |measure: PciMeasure, label: fn(&Ui) -> &'static str| {
        view! {
            <button
                type="button"
                class="segmented__button"
                aria-pressed=move || (pci.get() == measure).to_string()
                on:click=move |_| pci.set(measure)
            >
                {move || label(lang.get().ui())}
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=move || lang.get().ui().measure_shown>
            {option(PciMeasure::Rank, |ui| ui.measure_rank)}
            {option(PciMeasure::Score, |ui| ui.measure_score)}
        </div>
    }
}

#[component]
fn Legend(spec: Memo<ChartSpec>, theme: Signal<Theme>) -> impl IntoView {
    view! {
        <ul class="legend">
            {move || {
                let theme = theme.get();
                spec.with(|s| {
                    s.legend
                        .iter()
                        .map(|item| {
                            let color = Theme::css(theme.color(item.role));
                            let fill = if item.is_final { color.clone() } else { Theme::css(theme.tint(item.role)) };
                            view! {
                                <li>
                                    <span class="legend__swatch" aria-hidden="true" style:background-color=fill style:border-color=color></span>
                                    {item.label.clone()}
                                </li>
                            }
                        })
                        .collect_view()
                })
            }}
        </ul>
    }
}
