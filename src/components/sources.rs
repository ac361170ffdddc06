//! The list of every source the dataset cites, folded under one summary: some seventy
//! links a keyboard reader would otherwise Tab through one by one.

use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::citation::SourceLink;
use crate::state::use_app;

#[component]
pub(crate) fn SourcesSection() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    view! {
        <section class="section sources" id=Section::Sources.id() aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move || lang.get().ui().sources_heading}</h2>
            <p>{move || lang.get().ui().sources_intro}</p>
            // Folded, so a keyboard reader passes the whole list in one Tab; the print
            // stylesheet unfolds it on paper.
            <details class="sources__fold">
                <summary>{move || format!("{}{}", lang.get().ui().show_sources, dataset.with(|ds| ds.sources.len()))}</summary>
            <ol class="sources__list">
                {move || {
                    let (ds, lang) = (dataset.get(), lang.get());
                    let ui = lang.ui();
                    ds.sources
                        .iter()
                        .map(|s| {
                            let date = s.date.as_ref().map(|d| format!(", {} {}", ui.published, d.label(lang)));
                            let mirror = s.mirror.then(|| format!(" ({})", ui.mirror_note));
                            let no_address = s.url.is_none().then(|| format!(" ({})", ui.no_address));
                            view! {
                                <li id=format!("source-{}", s.id)>
                                    <SourceLink title=s.title.clone() url=s.url.clone() />
                                    {no_address} " — " {s.publisher.clone()} {date} {mirror}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            </details>
        </section>
    }
}
