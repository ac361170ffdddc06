//! The root component: the page's state, created once at the top and passed down.
//!
//! State is the dataset, the language and the colour scheme; everything else
//! on screen is derived from them by the components below.

use std::sync::Arc;

use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::validate::Problem;
use leptos::prelude::*;

use crate::browser;
use crate::components::charts::ChartsSection;
use crate::components::context::ContextSection;
use crate::components::data_error::DataErrorPanel;
use crate::components::header::SiteHeader;
use crate::components::key_figures::KeyFiguresSection;
use crate::components::sources::SourcesSection;
use crate::components::summary::SummarySection;

/// The language to open in: `?lang=`, then the reader's last choice, then Vietnamese.
fn initial_lang() -> Lang {
    browser::url_param("lang")
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| browser::stored_lang().and_then(|code| Lang::from_code(&code)))
        .unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let (embedded, embedded_problems) = match dashboard_core::embedded_dataset() {
        Ok(ds) => (Some(Arc::new(ds)), Vec::new()),
        Err(problems) => (None, problems),
    };
    let dataset: RwSignal<Option<Arc<Dataset>>> = RwSignal::new(embedded);
    let problems: RwSignal<Vec<Problem>> = RwSignal::new(embedded_problems);
    let dark = RwSignal::new(browser::prefers_dark());

    // The URL, storage and <html lang> follow the switch; the first run only sets <html lang>.
    Effect::new(move |previous: Option<Lang>| {
        let current = lang.get();
        browser::set_document_lang(current.code());
        if let Some(ds) = dataset.read_untracked().as_ref() {
            browser::set_document_title(ds.title.get(current));
        }
        if previous.is_some_and(|p| p != current) {
            browser::set_url_param("lang", current.code());
            browser::store_lang(current.code());
        }
        current
    });

    view! {
        <a class="skip-link" href="#main">{move || lang.get().ui().skip_link}</a>
        <SiteHeader lang=lang dataset=dataset />
        <main id="main" tabindex="-1">
            <DataErrorPanel problems=problems lang=lang />
            {move || {
                dataset
                    .get()
                    .map(|ds| {
                        let ds = Signal::derive(move || ds.clone());
                        view! {
                            <KeyFiguresSection dataset=ds lang=lang />
                            <SummarySection dataset=ds lang=lang />
                            <ChartsSection dataset=ds lang=lang dark=dark />
                            <ContextSection dataset=ds lang=lang />
                            <SourcesSection dataset=ds lang=lang />
                        }
                    })
            }}
        </main>
        <footer class="site-footer">
            <p>{move || lang.get().ui().footer}</p>
        </footer>
    }
}
