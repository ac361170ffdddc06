//! A chart's canvas, the highlight ring and tooltip over it, and the live region
//! that reads a mark aloud.
//!
//! The canvas is redrawn when the spec, the colour scheme, the pixel ratio or the
//! size changes, and never to show a tooltip: the pointer and the keyboard find
//! the nearest mark in the boxes the drawing returned, and the tooltip and ring
//! are HTML placed over the canvas.
//!
//! Each chart draws in a task of its own, and only once it comes near the viewport,
//! so starting the app is never one long task. Until then the prerendered SVG that
//! the takeover moved into the frame stands in for it, but only while it shows what the
//! canvas will: it was drawn from the built-in dataset, so once the spec changes (a
//! `?data=` file arrives, say) it goes, and the frame waits empty at its height. No box
//! shows figures of another dataset than the one the page names.

use dashboard_core::chart::{layout_width, ChartSpec, Mark, MarkBox, MarkLayout, Theme, MIN_TARGET};
use dashboard_core::i18n::Lang;
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;

use super::keys::{step, Ends};
use crate::browser;
use crate::render::{chart_height, draw_on_canvas};
use crate::state::use_app;

/// The canvas, the highlight ring and tooltip over it, and the live region that reads a mark aloud.
#[component]
pub(crate) fn ChartCanvas(spec: Memo<ChartSpec>, theme: Signal<Theme>) -> impl IntoView {
    let app = use_app();
    let (lang, printing) = (app.lang, app.printing);
    // At least 3 device pixels per CSS pixel when printing, so charts print sharp.
    let ratio = Signal::derive(move || {
        let screen = browser::device_pixel_ratio();
        if printing.get() {
            screen.max(3.0)
        } else {
            screen
        }
    });
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let frame_ref = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0.0_f64);
    let layout = RwSignal::new(MarkLayout::default());
    // The reader's place (the mark last read) is kept while the chart is left and across a
    // change of language or measure; the tooltip shows only while the pointer or focus is here.
    let active = RwSignal::new(None::<usize>);
    let (hovered, focused) = (RwSignal::new(false), RwSignal::new(false));
    let failed = RwSignal::new(false);
    let height = Memo::new(move |_| spec.with(chart_height));
    let near = RwSignal::new(false);
    observe_width(frame_ref, width);
    observe_nearness(frame_ref, near);
    let svg_fits = keep_svg_while_it_fits(spec, frame_ref);

    let draw = move || {
        let (css_width, css_height) = (width.get_untracked(), height.get_untracked());
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        spec.with_untracked(|spec| {
            let started = browser::now();
            // A chart that cannot be drawn says so; its table still has every value.
            let layout_width = layout_width(css_width, browser::viewport_width());
            let drawn = draw_on_canvas(
                &canvas,
                spec,
                (css_width, css_height),
                (ratio.get_untracked(), layout_width),
                &theme.get_untracked(),
            );
            failed.set(drawn.is_none());
            layout.set(drawn.unwrap_or_default());
            // The prerendered SVG has stood in until now.
            if let Some(frame) = frame_ref.get_untracked() {
                browser::remove_all(&frame, ".chart-svg");
            }
            // Read by the benchmark and tests: how long this redraw took, when it ended, at which size.
            let ended = browser::now();
            let _ = canvas.set_attribute("data-draw-ms", &format!("{:.3}", ended - started));
            let _ = canvas.set_attribute("data-drawn-at", &format!("{ended:.1}"));
            let _ = canvas.set_attribute("data-drawn-width", &format!("{css_width:.0}"));
            let _ = canvas.set_attribute("data-layout-width", &format!("{layout_width:.0}"));
        });
    };
    // One draw waiting at most: changes that come before it are drawn by it.
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        let ready = width.get() >= 1.0 && canvas_ref.get().is_some();
        // Whatever changes the picture asks for a draw.
        spec.track();
        height.track();
        theme.track();
        ratio.track();
        if !ready {
            return;
        }
        // Printing cannot wait for another task: the page is laid out for paper right after.
        if printing.get() {
            draw();
        } else if near.get() && !scheduled.get_value() {
            scheduled.set_value(true);
            set_timeout(
                move || {
                    // The chart may have left the page before its turn came (a new dataset
                    // without it): there is nothing left to draw, nor to read.
                    if scheduled.is_disposed() || spec.try_with_untracked(|_| ()).is_none() {
                        return;
                    }
                    scheduled.set_value(false);
                    draw();
                },
                std::time::Duration::ZERO,
            );
        }
    });
    // A new spec (language, measure) keeps the reader's place but never points past the end.
    Effect::new(move |_| {
        let count = spec.with(|s| s.marks.len());
        if active.get_untracked().is_some_and(|i| i >= count) {
            active.set(None);
        }
    });

    // Only what the keys read is announced: a pointer moving over the chart would otherwise
    // fill the live region with every mark it crossed.
    let by_key = RwSignal::new(false);
    let on_pointer = move |ev: PointerEvent| {
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        active.set(layout.with_untracked(|l| l.target_at(x, y, MIN_TARGET)));
        hovered.set(true);
        by_key.set(false);
    };
    let on_key = move |ev: KeyboardEvent| {
        let count = spec.with_untracked(|s| s.marks.len());
        let key = ev.key();
        if key == "Escape" {
            active.set(None);
            return;
        }
        let Some(next) = step(&key, active.get_untracked(), count, Ends::Stop) else {
            return;
        };
        ev.prevent_default();
        by_key.set(true);
        active.set(Some(next));
    };
    let active_mark = move || {
        let engaged = hovered.get() || focused.get();
        active.get().filter(|_| engaged).and_then(|i| {
            spec.with(|s| s.marks.get(i).cloned())
                .zip(layout.with(|l| l.boxes.get(i).copied()))
        })
    };
    let announcement = move || {
        active_mark()
            .filter(|_| by_key.get() && focused.get())
            .map(|(mark, _)| mark.spoken())
            .unwrap_or_default()
    };
    let description_id = move || spec.with(|s| format!("chart-{}-description", s.slug));

    view! {
        // `data-svg-fits` tells the takeover whether the prerendered SVG may stand in here.
        <div class="chart-frame" node_ref=frame_ref data-svg-fits=move || svg_fits.get().then_some("") style:height=move || format!("{}px", height.get())>
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
                on:pointerleave=move |_| hovered.set(false)
                on:keydown=on_key
                on:focus=move |_| focused.set(true)
                on:blur=move |_| focused.set(false)
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

#[component]
fn Tooltip(mark: Mark, anchor: MarkBox, frame_width: f64, lang: Lang) -> impl IntoView {
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

/// Whether the prerendered SVG still shows what `spec` shows: true until the spec first
/// changes, when the SVG, if the takeover has moved it into `frame`, is removed.
fn keep_svg_while_it_fits(spec: Memo<ChartSpec>, frame: NodeRef<html::Div>) -> Signal<bool> {
    let prerendered = spec.get_untracked();
    let fits = Memo::new(move |_| spec.with(|s| *s == prerendered));
    Effect::new(move |_| {
        if !fits.get() {
            if let Some(frame) = frame.get_untracked() {
                browser::remove_all(&frame, ".chart-svg");
            }
        }
    });
    fits.into()
}

/// Sets `near` once `target` comes near the viewport, and keeps it set.
fn observe_nearness(target: NodeRef<html::Div>, near: RwSignal<bool>) {
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        browser::keep_while_mounted(browser::observe_nearness(&element, move || near.set(true)));
    });
}

/// Keeps `width` equal to the content width of `target` while the component is mounted. A
/// frame with no width (its card off screen and not laid out, see `content-visibility` in
/// style/main.css) keeps the last: it comes back at it, and the drawing it holds is still right.
fn observe_width(target: NodeRef<html::Div>, width: RwSignal<f64>) {
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let observer = browser::observe_size(&element, move |new_width, _| {
            let new_width = new_width.floor();
            if new_width >= 1.0 && (new_width - width.get_untracked()).abs() >= 1.0 {
                width.set(new_width);
            }
        });
        browser::keep_while_mounted(observer);
    });
}
