//! The root component: the page's state, created once at the top and passed down.
//!
//! State is the dataset in use, the language, the colour scheme and what the
//! URL asked for (embed, view, data). Everything on screen is derived from it.
//! A new dataset replaces the shown one whole, and only after it validates.

use std::sync::Arc;

use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::page::{ColorScheme, PageOptions, View};
use dashboard_core::validate::{self, Problem};
use leptos::prelude::*;

use crate::browser;
use crate::components::banners::StatusBanners;
use crate::components::charts::ChartsSection;
use crate::components::context::ContextSection;
use crate::components::data_error::DataErrorPanel;
use crate::components::data_panel::{DataPanel, DatasetNotice};
use crate::components::embed::{EmbedBar, EmbedPanel};
use crate::components::header::SiteHeader;
use crate::components::key_figures::KeyFiguresSection;
use crate::components::sources::SourcesSection;
use crate::components::summary::SummarySection;

/// The dataset on screen, where it came from, and the problems of the last one refused.
#[derive(Clone, Copy)]
pub struct DataState {
    pub dataset: RwSignal<Option<Arc<Dataset>>>,
    /// The file or address of a dataset other than the built-in one.
    pub origin: RwSignal<Option<String>>,
    pub problems: RwSignal<Vec<Problem>>,
    pub loading: RwSignal<bool>,
}

impl DataState {
    /// Validates `json` and shows it if it is valid; otherwise lists its problems and keeps
    /// the dataset on screen. Nothing is half-applied.
    pub fn offer(&self, json: &str, origin: Option<String>) {
        match validate::load(json) {
            Ok(ds) => {
                self.dataset.set(Some(Arc::new(ds)));
                self.origin.set(origin);
                self.problems.set(Vec::new());
            }
            Err(problems) => self.problems.set(problems),
        }
    }

    /// Reports a file that could not even be read, in the same panel.
    pub fn refuse(&self, path: &str, reason: String) {
        self.problems.set(vec![Problem {
            path: path.to_owned(),
            kind: validate::ProblemKind::Unreadable(reason),
        }]);
    }
}

/// The language to open in: `?lang=`, then the reader's last choice, then Vietnamese.
fn initial_lang(options: &PageOptions) -> Lang {
    options
        .lang
        .or_else(|| browser::stored_lang().and_then(|code| Lang::from_code(&code)))
        .unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let options = browser::page_options();
    let lang = RwSignal::new(initial_lang(&options));
    let data = DataState {
        dataset: RwSignal::new(None),
        origin: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
        loading: RwSignal::new(false),
    };
    data.offer(dashboard_core::EMBEDDED_JSON, None);
    // Colours follow the reader's device, unless the host page fixed them (`?theme=`).
    let dark = RwSignal::new(match options.scheme {
        Some(scheme) => scheme == ColorScheme::Dark,
        None => browser::prefers_dark(),
    });
    match options.scheme {
        Some(scheme) => browser::set_root_class(&format!("scheme-{}", scheme.slug()), true),
        None => browser::keep_while_mounted(browser::listen_color_scheme(move |is_dark| dark.set(is_dark))),
    }
    let (embed, view) = (options.embed, options.view);
    browser::set_root_class("embed", embed);

    if let Some(path) = options.data.clone() {
        data.loading.set(true);
        leptos::task::spawn_local(async move {
            match browser::fetch_same_origin_text(&path).await {
                Ok(json) => data.offer(&json, Some(path)),
                Err(reason) => data.refuse("$", reason),
            }
            data.loading.set(false);
        });
    }

    // The URL, storage and <html lang> follow the switch; the first run only sets <html lang>.
    Effect::new(move |previous: Option<Lang>| {
        let current = lang.get();
        browser::set_document_lang(current.code());
        if let Some(ds) = data.dataset.read_untracked().as_ref() {
            browser::set_document_title(ds.title.get(current));
        }
        if previous.is_some_and(|p| p != current) {
            browser::set_url_param("lang", current.code());
            browser::store_lang(current.code());
        }
        current
    });

    if embed && browser::is_framed() {
        if let Some(body) = browser::body() {
            let id = options.embed_id.clone();
            browser::keep_while_mounted(browser::observe_size(&body, move |_, height| {
                browser::post_height(&id, height)
            }));
            // Browsers may hold back resize observations in a frame out of view, so the
            // height is also sent once the page is built, and whenever the host asks.
            let id = options.embed_id.clone();
            let post_now = move || browser::post_height(&id, body.get_bounding_client_rect().height());
            Effect::new({
                let post_now = post_now.clone();
                move |_| post_now()
            });
            browser::keep_while_mounted(browser::listen_measure_requests(post_now));
        }
    }

    let content = move || {
        data.dataset.get().map(|ds| {
            let ds = Signal::derive(move || ds.clone());
            view! {
                {view.shows_figures().then(|| view! { <KeyFiguresSection dataset=ds lang=lang /> })}
                {(view == View::All).then(|| view! { <SummarySection dataset=ds lang=lang /> })}
                {(view != View::Figures).then(|| view! { <ChartsSection dataset=ds lang=lang dark=dark view=view /> })}
                {(view == View::All).then(|| view! {
                    <ContextSection dataset=ds lang=lang />
                    <SourcesSection dataset=ds lang=lang />
                })}
            }
        })
    };

    view! {
        {(!embed).then(|| view! {
            <a class="skip-link" href="#main">{move || lang.get().ui().skip_link}</a>
            <SiteHeader lang=lang dataset=data.dataset />
        })}
        {embed.then(|| view! { <EmbedBar lang=lang dataset=data.dataset /> })}
        <main id="main" tabindex="-1">
            {(!embed).then(|| view! { <StatusBanners lang=lang /> })}
            <DataErrorPanel problems=data.problems lang=lang />
            <DatasetNotice data=data lang=lang />
            {content}
            {(!embed).then(|| view! {
                <EmbedPanel lang=lang dataset=data.dataset />
                <DataPanel data=data lang=lang />
            })}
        </main>
        {(!embed).then(|| view! {
            <footer class="site-footer">
                <p>{move || lang.get().ui().footer}</p>
            </footer>
        })}
    }
}
