//! Aims and context: the province's goals, investors, resolutions, events and
//! the 2025 merger, each with its source.

use dashboard_core::dataset::{ContextItem, Dataset, Tone};
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::source_ref;
use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::citation::Citation;
use crate::state::use_app;

#[component]
pub(crate) fn ContextSection() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    view! {
        <section class="section" id=Section::Context.id() aria-labelledby="context-heading">
            <h2 id="context-heading">{move || lang.get().ui().context_heading}</h2>
            <div class="context-grid">
                {move || {
                    let lang = lang.get();
                    dataset.with(|ds| ds.context.iter().map(|item| context_card(ds, item, lang)).collect_view())
                }}
            </div>
        </section>
    }
}

/// One item of context: heading, date, text and sources; a warning item stands out.
pub(crate) fn context_card(ds: &Dataset, item: &ContextItem, lang: Lang) -> impl IntoView {
    let mut refs = item
        .citations
        .iter()
        .map(|c| source_ref(ds, &c.source, c.quote.as_deref(), lang));
    let first = refs.next();
    let date = item.date.as_ref().map(|d| d.label(lang));
    view! {
        <article class="context-item" class:context-item--notice=item.tone == Tone::Warning data-context=item.id.clone()>
            <h3>{item.heading.get(lang).to_owned()}</h3>
            {date.map(|d| view! { <p class="context-item__date">{d}</p> })}
            <p>{item.text.get(lang).to_owned()}</p>
            {first.map(|f| view! { <Citation source=f also=refs.collect() lang=lang /> })}
        </article>
    }
}
