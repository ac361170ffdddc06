//! The written summary, generated from the dataset in the current language.

use dashboard_core::sections::Section;
use dashboard_core::summary::summary;
use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub(crate) fn SummarySection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let sentences = Memo::new(move |_| app.dataset.with(|ds| summary(ds, lang.get())));
    view! {
        <section class="section summary" id=Section::Summary.id() aria-labelledby="summary-heading">
            <h2 id="summary-heading">{move || lang.get().ui().summary_heading}</h2>
            <p class="summary__text">{move || sentences.get().join(" ")}</p>
        </section>
    }
}
