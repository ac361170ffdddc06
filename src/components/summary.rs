//! The written summary, generated from the dataset in the current language.

use std::sync::Arc;

use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::summary::summary;
use leptos::prelude::*;

#[component]
pub fn SummarySection(dataset: Signal<Arc<Dataset>>, lang: RwSignal<Lang>) -> impl IntoView {
    let sentences = Memo::new(move |_| summary(&dataset.get(), lang.get()));
    view! {
        <section class="section summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{move || lang.get().ui().summary_heading}</h2>
            <p class="summary__text">{move || sentences.get().join(" ")}</p>
        </section>
    }
}
