//! The root component: reads the URL, creates the shared state once, and lays out the page.
//!
//! What the URL asked for (embed, view, data, theme) decides which sections exist;
//! everything inside them is derived from the state in `state`.

use dashboard_core::captions::{publisher_line, scope_line};
use dashboard_core::page::PageOptions;
use dashboard_core::sections::{page_sections, Section, Setting};
use leptos::prelude::*;

use crate::browser;
use crate::components::banners::StatusBanners;
use crate::components::charts::ChartsSection;
use crate::components::compare::CompareSection;
use crate::components::context::ContextSection;
use crate::components::data_error::DataErrorPanel;
use crate::components::data_panel::{DataPanel, DatasetNotice};
use crate::components::embed::{post_heights, EmbedBar, EmbedSection};
use crate::components::header::SiteHeader;
use crate::components::key_figures::KeyFiguresSection;
use crate::components::latest::LatestStrip;
use crate::components::new_province::NewProvinceSection;
use crate::components::offline_copy::{OfflineCopyLink, OfflineCopyNotice};
use crate::components::section_nav::{follow_reader, SectionBar};
use crate::components::sources::SourcesSection;
use crate::components::summary::SummarySection;
use crate::state::AppState;

/// The whole page for `options`: in the browser from the page and its URL, at build time
/// from the static page being prerendered.
#[component]
pub(crate) fn App(options: PageOptions) -> impl IntoView {
    let state = AppState::provide(&options);
    let (embed, view, offline_copy) = (options.embed, options.view, state.offline_copy());

    // <html lang>, the tab's title and the URL follow the language and the dataset. The
    // address is where the language is kept: a reload, a bookmark or a shared link opens
    // in it, and a page without `?lang=` opens in its own language, as prerendered.
    Effect::new(move |previous: Option<_>| {
        let current = state.lang.get();
        browser::set_document_lang(current.code());
        state
            .dataset
            .with(|ds| browser::set_document_title(ds.title.get(current)));
        if previous.is_some_and(|p| p != current) {
            browser::set_url_param("lang", current.code());
        }
        current
    });

    // The sections this view of the dataset has: the page is laid out from this list and
    // the navigation links to it, so neither can drift from the other.
    let setting = Setting { embed, offline_copy };
    let sections = Memo::new(move |_| state.dataset.with(|ds| page_sections(ds, view, setting)));
    if !embed {
        follow_reader(sections, state);
    }

    post_heights(&options);

    view! {
        {(!embed).then(|| view! {
            <a class="skip-link" href="#main">{move || state.lang.get().ui().skip_link}</a>
            <SiteHeader />
            <SectionBar sections=sections />
        })}
        {embed.then(|| view! { <EmbedBar /> })}
        <main id="main" tabindex="-1">
            // The offline copy has no service worker to report on: its own notice says what it is.
            {(!embed && !offline_copy).then(|| view! { <StatusBanners /> })}
            {offline_copy.then(|| view! { <OfflineCopyNotice /> })}
            <DataErrorPanel />
            <DatasetNotice />
            // Keyed by section: a new dataset that keeps a section keeps its reader's state.
            <For each=move || sections.get() key=|section| *section let:section>
                {section_view(section)}
            </For>
        </main>
        {(!embed).then(|| view! {
            <footer class="site-footer">
                <p>{move || state.dataset.with(|ds| scope_line(ds, state.lang.get()))}</p>
                <p data-role="publisher">{move || state.dataset.with(|ds| publisher_line(ds, state.lang.get()))}</p>
                <OfflineCopyLink />
            </footer>
        })}
    }
}

/// One section of the page.
fn section_view(section: Section) -> AnyView {
    match section {
        Section::Latest => view! { <LatestStrip /> }.into_any(),
        Section::KeyFigures => view! { <KeyFiguresSection /> }.into_any(),
        Section::Summary => view! { <SummarySection /> }.into_any(),
        Section::Charts => view! { <ChartsSection /> }.into_any(),
        Section::Compare => view! { <CompareSection /> }.into_any(),
        Section::NewProvince => view! { <NewProvinceSection /> }.into_any(),
        Section::Context => view! { <ContextSection /> }.into_any(),
        Section::Sources => view! { <SourcesSection /> }.into_any(),
        Section::Embed => view! { <EmbedSection /> }.into_any(),
        Section::Data => view! { <DataPanel /> }.into_any(),
    }
}
