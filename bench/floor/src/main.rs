//! The smallest app on the dashboard's stack, for `make bench-floor`.
//!
//! What the first view may weigh depends on what Leptos and plotters weigh before
//! any of our code. This app uses each part of the stack once, the way the
//! dashboard does: a signal, a memo, an effect, a conditional and a keyed list;
//! with `--features chart`, one bar chart drawn by plotters on a canvas. It is
//! built with the dashboard's release profile, wasm-bindgen and wasm-opt flags.

use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0_u32);
    let double = Memo::new(move |_| count.get() * 2);
    view! {
        <button on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        <p>{move || count.get()} " / " {double}</p>
        <Show when=move || { count.get() > 3 }>
            <p>"> 3"</p>
        </Show>
        <ul>
            <For each=move || 0..count.get() key=|n| *n let:n>
                <li>{n}</li>
            </For>
        </ul>
    }
}

#[cfg(feature = "chart")]
#[component]
fn Chart() -> impl IntoView {
    use plotters::prelude::*;
    use plotters_canvas::CanvasBackend;

    // GRDP growth, 2017–2024, as in the dashboard's first chart.
    const GROWTH: [(i32, f64); 8] = [
        (2017, 19.12),
        (2018, 10.6),
        (2019, 1.1),
        (2020, 1.36),
        (2021, 6.9),
        (2022, 7.39),
        (2023, -9.28),
        (2024, 6.03),
    ];
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        let Some(backend) = canvas.get().and_then(CanvasBackend::with_canvas_object) else {
            return;
        };
        let root = backend.into_drawing_area();
        let drawn = root.fill(&WHITE).ok().and_then(|()| {
            let mut chart = ChartBuilder::on(&root)
                .margin(10)
                .x_label_area_size(30)
                .y_label_area_size(40)
                .build_cartesian_2d((2017..2025).into_segmented(), -10.0..20.0)
                .ok()?;
            chart
                .configure_mesh()
                .y_label_formatter(&|v| format!("{v:.0}"))
                .draw()
                .ok()?;
            let bars = GROWTH.iter().map(|&(year, value)| {
                let x = |y| SegmentValue::Exact(y);
                Rectangle::new([(x(year), 0.0), (x(year + 1), value)], BLUE.filled())
            });
            chart.draw_series(bars).ok()?;
            root.present().ok()
        });
        if drawn.is_none() {
            leptos::logging::error!("the chart could not be drawn");
        }
    });
    view! { <canvas node_ref=canvas width="600" height="300"></canvas> }
}

#[cfg(not(feature = "chart"))]
fn main() {
    leptos::mount::mount_to_body(Counter);
}

#[cfg(feature = "chart")]
fn main() {
    leptos::mount::mount_to_body(|| view! { <Counter /> <Chart /> });
}
