//! One chart card for every chart: title and takeaway, the chart's own controls,
//! the legend, the canvas, the data table and the downloads.
//!
//! The card draws whatever spec it is given: [`SeriesChart`] gives it one of the
//! six series charts, the comparison section a ranking table. The card's own state
//! (whether the table is open) and its callers' (the measure, the table chosen) live
//! above what a language switch recomputes, so a switch keeps the reader's place.

use dashboard_core::chart::{chart_spec, export_file_name, ChartId, ChartSpec, Theme, CHART_FILES};
use dashboard_core::i18n::Ui;
use leptos::prelude::*;

use super::chart_table::ChartTable;
use super::later::Later;
use super::ChartDrawing;
use crate::browser;
use crate::island::Island;
use crate::render::{export_canvas, png_data_url};
use crate::state::{use_app, INTERACTIVE};

/// What one of the catalogue's series charts shows: the measure chosen and its spec. Made
/// apart from its card, so that the live page can work the spec out (every figure and label
/// of it formatted, a good part of a chart's first mount on a slow phone) in the task before
/// it builds the card (see `live`).
#[derive(Clone, Copy)]
pub(crate) struct SeriesChartState {
    id: ChartId,
    measure: RwSignal<usize>,
    spec: Memo<ChartSpec>,
}

impl SeriesChartState {
    /// The chart `id` at its first measure, following the dataset and the language.
    pub(crate) fn new(id: ChartId) -> SeriesChartState {
        let app = use_app();
        let (dataset, lang) = (app.dataset, app.lang);
        let measure = RwSignal::new(0);
        let spec = Memo::new(move |_| dataset.with(|ds| chart_spec(ds, id, measure.get(), lang.get())));
        SeriesChartState { id, measure, spec }
    }

    /// Works the spec out now, in this task, rather than when the card first reads it.
    #[cfg(feature = "csr")]
    pub(crate) fn work_out(self) -> SeriesChartState {
        self.spec.with_untracked(|_| ());
        self
    }
}

/// One of the catalogue's series charts, with the choice of measure of a card that has several.
#[component]
pub(crate) fn SeriesChart(chart: SeriesChartState) -> impl IntoView {
    let SeriesChartState { id, measure, spec } = chart;
    let csv = Callback::new(move |()| spec.with_untracked(ChartSpec::csv));
    let names: Vec<_> = id.measure_names().collect();
    view! {
        <ChartCard key=id.slug() spec=spec csv=csv island=Island::Chart(id)>
            {(!names.is_empty()).then(|| view! { <MeasureSwitch measure=measure names=names /> })}
        </ChartCard>
    }
}

/// A chart with everything a reader can do with it. `key` names the card in the page
/// (element ids, `data-chart`); the spec's slug names the downloaded files; `csv` writes
/// the figures of the chart on screen; `children` are the chart's own controls.
#[component]
pub(crate) fn ChartCard(
    #[prop(into)] key: String,
    spec: Memo<ChartSpec>,
    csv: Callback<(), String>,
    /// The part of the page this card is, if it is one on its own (see `island`).
    #[prop(optional)]
    island: Option<Island>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    let (lang, dark, printing) = (app.lang, app.dark, app.printing);
    // Print on paper: always the light palette.
    let theme = Signal::derive(move || {
        if dark.get() && !printing.get() {
            Theme::DARK
        } else {
            Theme::LIGHT
        }
    });
    let show_table = RwSignal::new(false);
    let title_id = format!("chart-{key}-title");
    let labelled_by = title_id.clone();
    let table_id = format!("chart-{key}-table");
    let controls = table_id.clone();
    let file_name =
        move |extension: &str| spec.with_untracked(|s| export_file_name(&s.slug, lang.get_untracked(), extension));

    let download_png = move |_| {
        if let Some(url) = spec.with_untracked(png_data_url) {
            browser::download_data_url(&file_name("png"), &url);
        }
    };
    let download_csv = move |_| {
        browser::download_text(&file_name("csv"), "text/csv;charset=utf-8", &csv.run(()));
    };
    // "Image copied" shows only while the image copied is the chart on screen.
    let copied_image = RwSignal::new(None::<String>);
    let image_copied = move || copied_image.with(|c| c.as_deref() == Some(file_name("png").as_str()));
    let copy_image = move |_| {
        let Some(canvas) = spec.with_untracked(export_canvas) else {
            return;
        };
        let name = file_name("png");
        leptos::task::spawn_local(async move {
            if browser::copy_png(&canvas).await {
                copied_image.set(Some(name));
            }
        });
    };
    // The prerendered SVG of this chart and language; it shows the built-in data only, so
    // it is offered only while that is the data on screen, and not in the offline copy.
    let svg_file = move || {
        let built_in = app.origin.with(Option::is_none) && !app.offline_copy();
        let lang = lang.get();
        built_in.then(|| spec.with(|s| format!("{CHART_FILES}/{}", export_file_name(&s.slug, lang, "svg"))))
    };

    view! {
        <article class="chart-card" id=format!("chart-{key}") data-chart=key.clone() data-island=island.map(Island::attr) aria-labelledby=labelled_by>
            <header class="chart-card__head">
                <h3 id=title_id>{move || spec.with(|s| s.title.clone())}</h3>
                <p class="chart-card__takeaway">{move || spec.with(|s| s.takeaway.clone())}</p>
                <p class="chart-card__subtitle">{move || spec.with(|s| s.subtitle.clone())}</p>
            </header>
            {children.map(|controls| controls())}
            <Legend spec=spec theme=theme />
            <ChartDrawing spec=spec theme=theme />
            <div class="chart-card__tools">
                <button
                    type="button"
                    class="button button--quiet needs-js"
                    aria-expanded=move || show_table.get().to_string()
                    aria-controls=controls
                    data-action="table"
                    on:click=move |_| show_table.update(|shown| *shown = !*shown)
                >
                    {move || lang.get().ui().table}
                </button>
                <button type="button" class="button button--quiet needs-js" data-download="png" on:click=download_png>
                    {move || lang.get().ui().download_png}
                </button>
                // Where the browser can put images on the clipboard (always in the prerendered
                // page, where the stylesheet hides it from readers without JavaScript).
                {(!INTERACTIVE || browser::can_copy_images()).then(|| view! {
                    <button type="button" class="button button--quiet needs-js" data-action="copy-image" on:click=copy_image>
                        {move || if image_copied() { lang.get().ui().image_copied } else { lang.get().ui().copy_image }}
                    </button>
                })}
                <button type="button" class="button button--quiet needs-js" data-download="csv" on:click=download_csv>
                    {move || lang.get().ui().download_csv}
                </button>
                // A plain link to a file: it works without JavaScript too.
                {move || svg_file().map(|href| view! {
                    <a class="button button--quiet" data-download="svg" href=href.clone() download=href.rsplit('/').next().map(str::to_owned)>
                        {move || lang.get().ui().download_svg}
                    </a>
                })}
            </div>
            // Always in the page, so it prints; hidden on screen until asked for.
            <div id=table_id class="chart-card__table" hidden=move || !show_table.get()>
                <Later now=Signal::derive(move || show_table.get() || printing.get())>
                    <ChartTable spec=spec />
                </Later>
            </div>
            <p class="chart-card__source">{move || spec.with(|s| s.source_line.clone())}</p>
        </article>
    }
    // Erased: the card's full view type is deep enough to overflow the compiler's query
    // depth in the prerenderer, where `erase_components` (wasm only) does not apply.
    .into_any()
}

/// The measures of a card that has several (the PCI's rank or score), by the names the
/// catalogue gives them, in its order.
#[component]
fn MeasureSwitch(measure: RwSignal<usize>, names: Vec<fn(&Ui) -> &'static str>) -> impl IntoView {
    let lang = use_app().lang;
    let option = move |index: usize, label: fn(&Ui) -> &'static str| {
        view! {
            <button
                type="button"
                class="segmented__button"
                aria-pressed=move || (measure.get() == index).to_string()
                on:click=move |_| measure.set(index)
            >
                {move || label(lang.get().ui())}
            </button>
        }
    };
    view! {
        <div class="segmented needs-js" role="group" aria-label=move || lang.get().ui().measure_shown>
            {names.into_iter().enumerate().map(|(index, label)| option(index, label)).collect_view()}
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
                                    // Colours as SVG attributes, not a style: the prerendered page's CSP allows no inline style.
                                    <svg class="legend__swatch" viewBox="0 0 14 14" aria-hidden="true">
                                        <rect x="1" y="1" width="12" height="12" rx="2" fill=fill stroke=color stroke-width="2"></rect>
                                    </svg>
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
