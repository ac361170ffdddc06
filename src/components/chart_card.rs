//! One chart component for all six charts: title and takeaway, the canvas with
//! its tooltip and keyboard reading, the data table, and the downloads.
//!
//! The spec is a `Memo` of `(dataset, chart, measure, language)`; the canvas is
//! redrawn when the spec, the colour scheme or the size changes, and never to
//! show a tooltip: the tooltip and the highlight ring are HTML placed over the
//! canvas using the mark boxes the drawing returned.

use std::sync::Arc;

use dashboard_core::chart::spec::Tick;
use dashboard_core::chart::{
    chart_spec, draw_chart, ChartId, ChartSpec, DrawOptions, Layout, Mark, MarkLayout, PciMeasure, Theme,
};
use dashboard_core::csv::chart_csv;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::browser;
use crate::canvas_backend::MeasuredCanvas;

/// The height of a chart's drawing, in CSS pixels: rank rows grow with their number.
fn chart_height(spec: &ChartSpec) -> f64 {
    match spec.layout {
        Layout::RankRows => 40.0 + 52.0 * spec.marks.len() as f64,
        Layout::Bars | Layout::Line => 300.0,
    }
}

/// The PNG download: a fixed width at twice the resolution, title and source drawn in.
const PNG_WIDTH: f64 = 720.0;
const PNG_SCALE: f64 = 2.0;
const PNG_HEADER: f64 = 74.0;

#[component]
pub fn ChartCard(
    id: ChartId,
    dataset: Signal<Arc<Dataset>>,
    lang: RwSignal<Lang>,
    dark: RwSignal<bool>,
    printing: RwSignal<bool>,
) -> impl IntoView {
    let pci = RwSignal::new(PciMeasure::default());
    let spec = Memo::new(move |_| chart_spec(&dataset.get(), id, pci.get(), lang.get()));
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
        let csv = chart_csv(&dataset.get_untracked(), id, pci.get_untracked(), lang);
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
            {(id == ChartId::Pci).then(|| view! { <PciSwitch pci=pci lang=lang /> })}
            <Legend spec=spec theme=theme />
            <ChartCanvas spec=spec theme=theme ratio=ratio lang=lang />
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
                <ChartTable spec=spec lang=lang />
            </div>
            <p class="chart-card__source">{move || spec.with(|s| s.source_line.clone())}</p>
        </article>
    }
}

/// Rank or score, for the PCI chart.
#[component]
fn PciSwitch(pci: RwSignal<PciMeasure>, lang: RwSignal<Lang>) -> impl IntoView {
    let option = move |measure: PciMeasure, vi: &'static str, en: &'static str| {
        view! {
            <button
                type="button"
                class="segmented__button"
                aria-pressed=move || (pci.get() == measure).to_string()
                on:click=move |_| pci.set(measure)
            >
                {move || if lang.get() == Lang::Vi { vi } else { en }}
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=move || if lang.get() == Lang::Vi { "Chỉ số hiển thị" } else { "Measure shown" }>
            {option(PciMeasure::Rank, "Thứ hạng", "Rank")}
            {option(PciMeasure::Score, "Điểm", "Score")}
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

/// The canvas, the highlight ring and tooltip over it, and the live region that reads a mark aloud.
#[component]
fn ChartCanvas(spec: Memo<ChartSpec>, theme: Signal<Theme>, ratio: Signal<f64>, lang: RwSignal<Lang>) -> impl IntoView {
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let frame_ref = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0.0_f64);
    let layout = RwSignal::new(MarkLayout::default());
    let active = RwSignal::new(None::<usize>);
    let failed = RwSignal::new(false);
    let height = Memo::new(move |_| spec.with(chart_height));
    observe_width(frame_ref, width);

    Effect::new(move |_| {
        let (css_width, css_height, theme, ratio) = (width.get(), height.get(), theme.get(), ratio.get());
        let Some(canvas) = canvas_ref.get() else { return };
        if css_width < 1.0 {
            return;
        }
        spec.with(|spec| {
            let started = now();
            // A chart that cannot be drawn says so; its table still has every value.
            let drawn = draw_on_canvas(&canvas, spec, (css_width, css_height), ratio, &theme);
            failed.set(drawn.is_none());
            layout.set(drawn.unwrap_or_default());
            // Read by the benchmark and tests: how long this redraw took, when it ended, at which size.
            let ended = now();
            let _ = canvas.set_attribute("data-draw-ms", &format!("{:.3}", ended - started));
            let _ = canvas.set_attribute("data-drawn-at", &format!("{ended:.1}"));
            let _ = canvas.set_attribute("data-drawn-width", &format!("{css_width:.0}"));
        });
    });
    // A new spec (language, measure) keeps the reader's place but never points past the end.
    Effect::new(move |_| {
        let count = spec.with(|s| s.marks.len());
        if active.get_untracked().is_some_and(|i| i >= count) {
            active.set(None);
        }
    });

    let on_pointer = move |ev: PointerEvent| {
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        active.set(layout.with_untracked(|l| l.nearest(x, y)));
    };
    let on_key = move |ev: KeyboardEvent| {
        let count = spec.with_untracked(|s| s.marks.len());
        if count == 0 {
            return;
        }
        let current = active.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => current.map_or(0, |i| (i + 1).min(count - 1)),
            "ArrowLeft" | "ArrowUp" => current.map_or(count - 1, |i| i.saturating_sub(1)),
            "Home" => 0,
            "End" => count - 1,
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(Some(next));
    };
    let active_mark = move || {
        active.get().and_then(|i| {
            spec.with(|s| s.marks.get(i).cloned())
                .zip(layout.with(|l| l.boxes.get(i).copied()))
        })
    };
    let announcement = move || active_mark().map(|(mark, _)| announce(&mark)).unwrap_or_default();
    let description_id = move || spec.with(|s| format!("chart-{}-description", s.id.slug()));

    view! {
        <div class="chart-frame" node_ref=frame_ref style:height=move || format!("{}px", height.get())>
            <canvas
                node_ref=canvas_ref
                class="chart-canvas"
                tabindex="0"
                role="img"
                aria-label=move || spec.with(|s| s.title.clone())
                aria-describedby=description_id
                style:height=move || format!("{}px", height.get())
                on:pointermove=on_pointer
                on:pointerdown=on_pointer
                on:pointerleave=move |_| active.set(None)
                on:keydown=on_key
                on:blur=move |_| active.set(None)
            ></canvas>
            {move || active_mark().map(|(mark, b)| view! { <Tooltip mark=mark anchor=b frame_width=width.get() lang=lang.get() /> })}
        </div>
        <Show when=move || failed.get()>
            <p class="chart-failed" role="alert">{move || lang.get().ui().chart_failed}</p>
        </Show>
        <p class="visually-hidden" id=description_id>{move || spec.with(|s| s.description(lang.get()))}</p>
        <p class="chart-hint">{move || lang.get().ui().chart_keyboard_hint}</p>
        <p class="visually-hidden" aria-live="polite" data-role="chart-live">{announcement}</p>
    }
}

/// What a screen reader says for a mark.
fn announce(mark: &Mark) -> String {
    let mut parts = vec![format!("{}: {}", mark.name, mark.value), mark.status.clone()];
    parts.extend(mark.notes.iter().cloned());
    parts.push(mark.source.clone());
    parts.join(". ")
}

#[component]
fn Tooltip(mark: Mark, anchor: dashboard_core::chart::MarkBox, frame_width: f64, lang: Lang) -> impl IntoView {
    let (cx, _) = anchor.center();
    // The period is already the name, except on rank rows where the name is the indicator.
    let status = if mark.name == mark.period {
        mark.status.clone()
    } else {
        format!("{} · {}", mark.period, mark.status)
    };
    let source_label = lang.ui().source;
    // Open towards the side with more room; below the mark when it is near the top.
    let opens_left = cx > frame_width / 2.0;
    let below = anchor.y < 120.0;
    let top = if below {
        anchor.y + anchor.height + 10.0
    } else {
        anchor.y - 10.0
    };
    view! {
        <div class="chart-focus" aria-hidden="true"
            style:left=format!("{}px", anchor.x - 4.0)
            style:top=format!("{}px", anchor.y - 4.0)
            style:width=format!("{}px", anchor.width + 8.0)
            style:height=format!("{}px", anchor.height + 8.0)
        ></div>
        <div
            class="chart-tooltip"
            class:chart-tooltip--below=below
            data-role="tooltip"
            style:top=format!("{top}px")
            style:left=(!opens_left).then(|| format!("{}px", (cx - 16.0).max(0.0)))
            style:right=opens_left.then(|| format!("{}px", (frame_width - cx - 16.0).max(0.0)))
        >
            <p class="chart-tooltip__name">{mark.name.clone()}</p>
            <p class="chart-tooltip__value">{mark.value.clone()}</p>
            <p class="chart-tooltip__status">{status}</p>
            {mark.notes.iter().map(|n| view! { <p class="chart-tooltip__note">{n.clone()}</p> }).collect_view()}
            <p class="chart-tooltip__source">{source_label} ": " {mark.source.clone()}</p>
        </div>
    }
}

/// The chart's figures as a table: one row per mark, and a row for each year without data.
#[component]
fn ChartTable(spec: Memo<ChartSpec>, lang: RwSignal<Lang>) -> impl IntoView {
    enum Row<'a> {
        Mark(&'a Mark),
        Gap(&'a Tick),
    }
    move || {
        let ui = lang.get().ui();
        spec.with(|s| {
            let mut rows: Vec<(f64, Row)> = s.marks.iter().map(|m| (m.x, Row::Mark(m))).collect();
            if s.layout != Layout::RankRows {
                rows.extend(s.gaps.iter().map(|g| (g.at, Row::Gap(g))));
                rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            }
            let first_column = if s.layout == Layout::RankRows { s.subtitle.clone() } else { ui.period.to_owned() };
            let body = rows
                .into_iter()
                .map(|(_, row)| match row {
                    Row::Mark(m) => view! {
                        <tr>
                            <th scope="row">{m.name.clone()}</th>
                            <td class="num">{m.value.clone()}</td>
                            <td>{m.status.clone()}</td>
                            <td>{m.notes.join("; ")}</td>
                            <td>
                                {match m.source_url.clone() {
                                    Some(url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{m.source_title.clone()}</a> " — " {m.source.clone()} }.into_any(),
                                    None => format!("{} — {}", m.source_title, m.source).into_any(),
                                }}
                            </td>
                        </tr>
                    }
                    .into_any(),
                    Row::Gap(g) => view! {
                        <tr class="is-gap">
                            <th scope="row">{g.label.clone()}</th>
                            <td colspan="4">{s.no_data_label.clone()}</td>
                        </tr>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=s.title.clone()>
                    <table class="data-table">
                        <caption>{s.title.clone()} " — " {s.subtitle.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{first_column}</th>
                                <th scope="col">{ui.value}</th>
                                <th scope="col">{ui.status}</th>
                                <th scope="col">{if lang.get() == Lang::Vi { "Ghi chú" } else { "Notes" }}</th>
                                <th scope="col">{ui.source}</th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        })
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Draws `spec` on `canvas` at `css_width` × `css_height` CSS pixels, crisp at the device pixel
/// ratio, and returns the mark boxes in CSS pixels.
fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    (css_width, css_height): (f64, f64),
    ratio: f64,
    theme: &Theme,
) -> Option<MarkLayout> {
    canvas.set_width((css_width * ratio).round() as u32);
    canvas.set_height((css_height * ratio).round() as u32);
    let root = MeasuredCanvas::new(canvas)?.into_drawing_area();
    let layout = draw_chart(
        &root,
        spec,
        &DrawOptions {
            scale: ratio,
            theme,
            with_header: false,
        },
    )
    .ok()?;
    root.present().ok()?;
    Some(layout.scaled(1.0 / ratio))
}

/// The chart as a PNG `data:` URL, on a light background with its title and source drawn in.
fn png_data_url(spec: &ChartSpec) -> Option<String> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width((PNG_WIDTH * PNG_SCALE) as u32);
    canvas.set_height(((chart_height(spec) + PNG_HEADER) * PNG_SCALE) as u32);
    let root = MeasuredCanvas::new(&canvas)?.into_drawing_area();
    draw_chart(
        &root,
        spec,
        &DrawOptions {
            scale: PNG_SCALE,
            theme: &Theme::LIGHT,
            with_header: true,
        },
    )
    .ok()?;
    root.present().ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

/// Keeps `width` equal to the content width of `target` while the component is mounted.
fn observe_width(target: NodeRef<html::Div>, width: RwSignal<f64>) {
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let observer = browser::observe_size(&element, move |new_width, _| {
            let new_width = new_width.floor();
            if (new_width - width.get_untracked()).abs() >= 1.0 {
                width.set(new_width);
            }
        });
        browser::keep_while_mounted(observer);
    });
}
