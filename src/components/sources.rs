//! The list of every source the dataset cites.

use dashboard_core::period::format_partial_date;
use leptos::prelude::*;

use super::citation::SourceLink;
use crate::state::use_app;

#[component]
pub(crate) fn SourcesSection() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    view! {
        <section class="section sources" id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move || lang.get().ui().sources_heading}</h2>
            <p>{move || lang.get().ui().sources_intro}</p>
            <ol class="sources__list">
                {move || {
                    let (ds, lang) = (dataset.get(), lang.get());
                    let ui = lang.ui();
                    ds.sources
                        .iter()
                        .map(|s| {
                            let date = s.date.as_deref().map(|d| format!(", {} {}", ui.published, format_partial_date(d, lang)));
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
        </section>
    }
}
