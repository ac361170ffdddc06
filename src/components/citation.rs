//! A source as a reader sees it: publisher and date, with the title as a link
//! and the exact quote a click away.

use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::SourceRef;
use leptos::prelude::*;

/// The source line of a figure: "Nguồn: publisher, date" and a disclosure with the quote.
#[component]
pub(crate) fn Citation(
    source: SourceRef,
    lang: Lang,
    #[prop(default = Vec::new())] also: Vec<SourceRef>,
) -> impl IntoView {
    let ui = lang.ui();
    let date = source.date.clone().map(|d| format!(", {d}")).unwrap_or_default();
    let summary = format!("{}: {}{date}", ui.source, source.publisher);
    view! {
        <details class="citation">
            <summary>{summary}</summary>
            <SourceDetail source=source />
            {also.into_iter().map(|s| view! { <SourceDetail source=s /> }).collect_view()}
        </details>
    }
}

/// A publication's title, linked to its page when it has one. Links open in a new tab
/// and pass no referrer or opener to the other site.
#[component]
pub(crate) fn SourceLink(title: String, url: Option<String>) -> impl IntoView {
    match url {
        Some(url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{title}</a> }.into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    }
}

#[component]
fn SourceDetail(source: SourceRef) -> impl IntoView {
    view! {
        <div class="citation__source">
            <p class="citation__title">
                <SourceLink title=source.title.clone() url=source.url.clone() />
                " — "
                {source.publisher.clone()}
            </p>
            {source.quote.clone().map(|q| view! { <blockquote class="citation__quote">"“" {q} "”"</blockquote> })}
        </div>
    }
}
