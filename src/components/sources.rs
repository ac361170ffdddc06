//! The list of every source the dataset cites.

use std::sync::Arc;

use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::period::format_partial_date;
use leptos::prelude::*;

#[component]
pub fn SourcesSection(dataset: Signal<Arc<Dataset>>, lang: RwSignal<Lang>) -> impl IntoView {
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
                            let title = match s.url.clone() {
                                Some(url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{s.title.clone()}</a> }.into_any(),
                                None => view! { <span>{s.title.clone()} " (" {ui.no_address} ")"</span> }.into_any(),
                            };
                            view! {
                                <li id=format!("source-{}", s.id)>
                                    {title} " — " {s.publisher.clone()} {date} {mirror}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
