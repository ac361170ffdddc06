//! Opening another dataset: which one is on screen, and a file picker with drag-and-drop
//! for analysts to preview a file. Every file goes through the same validator as the build.

use dashboard_core::period::format_partial_date;
use dashboard_core::sections::Section;
use leptos::ev::DragEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::island::Island;
use crate::state::{use_app, AppState};

/// Says that a dataset is on its way, or which dataset is shown when it is not the
/// built-in one, with a way back; and, when it is the copy saved on this device because
/// the network failed, that it is, and of which day.
#[component]
pub(crate) fn DatasetNotice() -> impl IntoView {
    let data = use_app();
    let (loading, saved) = (data.remote.loading, data.remote.saved);
    move || {
        let lang = data.lang.get();
        let ui = lang.ui();
        if loading.get() {
            return Some(view! { <p class="banner" role="status">{ui.loading_data}</p> }.into_any());
        }
        let origin = data.origin.get()?;
        let (title, revised) = data
            .dataset
            .with(|ds| (ds.title.get(lang).to_owned(), ds.revised.label(lang)));
        let saved = saved.get().map(|copy| {
            let day = copy
                .date
                .map(|date| format!(" {} {}", ui.saved_on, format_partial_date(&date, lang)))
                .unwrap_or_default();
            view! { <span data-role="saved-copy">" " {ui.saved_copy} {day} "."</span> }
        });
        Some(
            view! {
                <div class="banner banner--data" role="status" data-role="dataset-notice">
                    <span>{ui.showing_dataset} " “" {title} "” (" {origin} "), " {ui.revised} " " {revised} "." {saved}</span>
                    <button type="button" class="button button--quiet" on:click=move |_| data.restore_embedded()>
                        {ui.back_to_embedded}
                    </button>
                </div>
            }
            .into_any(),
        )
    }
}

/// Opens the first file of a list: previewed here, or in the full app (see `AppState::open_file`).
fn open_files(files: Option<web_sys::FileList>, data: AppState) {
    if let Some(file) = files.and_then(|list| list.get(0)) {
        (data.open_file)(file, data);
    }
}

#[component]
pub(crate) fn DataPanel() -> impl IntoView {
    let data = use_app();
    let lang = data.lang;
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        open_files(ev.data_transfer().and_then(|t| t.files()), data);
    };
    view! {
        <section class="section tool-panel needs-js" id=Section::Data.id() aria-labelledby="data-heading" data-island=Island::DataPanel.attr()>
            <h2 id="data-heading">{move || lang.get().ui().data_heading}</h2>
            <p>{move || lang.get().ui().data_intro}</p>
            <div
                class="drop-zone"
                class:drop-zone--active=move || dragging.get()
                data-role="drop-zone"
                on:dragover=move |ev: DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="button" for="data-file">{move || lang.get().ui().choose_file}</label>
                <input
                    id="data-file"
                    class="visually-hidden"
                    type="file"
                    accept="application/json,.json"
                    on:change=move |ev| {
                        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                        open_files(input.as_ref().and_then(|i| i.files()), data);
                        if let Some(input) = input {
                            input.set_value("");
                        }
                    }
                />
                <span>{move || lang.get().ui().drop_hint}</span>
            </div>
        </section>
    }
}
