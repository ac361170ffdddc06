//! The app's shared state, created once at the top and provided through context.
//!
//! Everything on screen is derived from the dataset in use and the language
//! (and, for charts, the colour scheme); components read them with
//! [`use_app`] instead of receiving them through every prop. A new dataset
//! replaces the shown one whole, and only after it validates: the last valid
//! dataset stays on screen while the problems of a refused one are listed.

use std::sync::Arc;

use dashboard_core::bounds::MAX_FILE_BYTES;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::load::load_bytes;
use dashboard_core::page::{BuildFacts, ColorScheme, DataFile, PageOptions, StaticPage, View};
use dashboard_core::problem::{Problem, ProblemKind, ReadFailure, ReadReason};
use dashboard_core::sections::Section;
use leptos::prelude::*;

use crate::browser::{self, SavedCopy};

/// The state every component may read.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    pub(crate) lang: RwSignal<Lang>,
    /// The dataset on screen: the embedded one until a valid other one replaces it.
    pub(crate) dataset: RwSignal<Arc<Dataset>>,
    /// The file or address of a dataset other than the built-in one.
    pub(crate) origin: RwSignal<Option<String>>,
    /// The problems of the last dataset refused; empty when the last one offered was used.
    pub(crate) problems: RwSignal<Vec<Problem>>,
    /// Dark colours, following the reader's device or fixed by the host page.
    pub(crate) dark: RwSignal<bool>,
    /// The page is being printed: charts redraw at print resolution in the light palette.
    pub(crate) printing: RwSignal<bool>,
    /// The section the reader is in (`None` above the first): the navigation marks it, and
    /// the language switch and Share keep it.
    pub(crate) section: RwSignal<Option<Section>>,
    /// Which static page this is (full or one embed view): where the language links lead.
    pub(crate) page: StaticPage,
    /// What the page shows: every section, the figures, one chart or the comparisons.
    pub(crate) view: View,
    /// What only the build knows: whether this is the one-file offline copy (which has no
    /// other page beside it), the copy's size, the live dashboard's address.
    pub(crate) build: StoredValue<BuildFacts>,
    /// The dataset `?data=` names, on its way or arrived.
    pub(crate) remote: RemoteDataset,
    /// Every text is rendered here and follows the state (the full app); false in the live
    /// default view, where the text is the prerendered page's and only its parts are live.
    pub(crate) whole_page: bool,
    /// What the file picker does with a file: preview it here, or hand it to the full app.
    pub(crate) open_file: OpenFile,
}

/// What opening a file does; a plain function, so that the live bundle, which hands files
/// to the full app, carries none of the validator.
pub(crate) type OpenFile = fn(web_sys::File, AppState);

/// Whether controls that need JavaScript work here: true in the browser app, false in
/// the prerendered HTML, where the stylesheet hides them from readers without scripts.
pub(crate) const INTERACTIVE: bool = cfg!(feature = "csr");

/// The state provided by `App`.
pub(crate) fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The dataset compiled into the app. Core's tests prove it valid, so failing here is a
/// build defect, not bad input.
pub(crate) fn embedded() -> Arc<Dataset> {
    Arc::new(dashboard_core::embedded_dataset().expect("the embedded dataset is valid (core's tests prove it)"))
}

impl AppState {
    /// Creates the full app's state for `options` and provides it to every component below.
    pub(crate) fn provide(options: &PageOptions) -> AppState {
        // The offline copy has no site to load `?data=` from.
        let data = if options.build.offline_copy {
            None
        } else {
            options.data.clone()
        };
        let state = AppState::provide_with(options, embedded(), true, AppState::offer_file, |state| {
            RemoteDataset::load(data, state)
        });
        FULL_APP.set(Some(state));
        state
    }

    /// The live default view's state: the built-in `dataset`, the page's own language, and
    /// files handed on by `open_file`.
    #[cfg(feature = "csr")]
    pub(crate) fn provide_live(options: &PageOptions, dataset: Arc<Dataset>, open_file: OpenFile) -> AppState {
        // The live page shows the built-in dataset only: a page with `?data=` is the full app's.
        AppState::provide_with(options, dataset, false, open_file, |_| RemoteDataset::none())
    }

    /// The state for `options`, with the dataset `remote` fetches for it, provided below.
    fn provide_with(
        options: &PageOptions,
        dataset: Arc<Dataset>,
        whole_page: bool,
        open_file: OpenFile,
        remote: impl FnOnce(AppState) -> RemoteDataset,
    ) -> AppState {
        let lang = initial_lang(options);
        // Colours follow the reader's device, unless fixed: an embed is light unless its code
        // asked for dark or the device (`?theme=`).
        let scheme = options.scheme();
        let dark = match scheme {
            Some(scheme) => scheme == ColorScheme::Dark,
            None => browser::prefers_dark(),
        };
        let state = AppState {
            lang: RwSignal::new(lang),
            dataset: RwSignal::new(dataset),
            origin: RwSignal::new(None),
            problems: RwSignal::new(Vec::new()),
            dark: RwSignal::new(dark),
            printing: RwSignal::new(false),
            section: RwSignal::new(None),
            page: StaticPage::for_options(options, lang),
            view: options.view,
            build: StoredValue::new(options.build.clone()),
            remote: RemoteDataset::none(),
            whole_page,
            open_file,
        };
        // What arrives is offered to the state, so the state is made first.
        let state = AppState {
            remote: remote(state),
            ..state
        };
        provide_context(state);
        let printing = state.printing;
        browser::keep_while_mounted(browser::listen_window("beforeprint", move |_| printing.set(true)));
        browser::keep_while_mounted(browser::listen_window("afterprint", move |_| printing.set(false)));
        // Every scheme's class set or cleared: a prerendered embed page comes light.
        for each in ColorScheme::ALL {
            browser::set_root_class(&format!("scheme-{}", each.slug()), scheme == Some(each));
        }
        if scheme.is_none() {
            browser::keep_while_mounted(browser::listen_color_scheme(move |is_dark| state.dark.set(is_dark)));
        }
        browser::set_root_class("embed", options.embed);
        state
    }

    /// Validates the file `bytes` (size, UTF-8, then every rule, as the `validate` command
    /// does) and shows it if it is valid; otherwise lists its problems and keeps the
    /// dataset on screen. Nothing is half-applied.
    pub(crate) fn offer(&self, bytes: &[u8], origin: Option<String>) {
        match load_bytes(bytes) {
            Ok(ds) => {
                self.dataset.set(Arc::new(ds));
                self.origin.set(origin);
                self.problems.set(Vec::new());
            }
            Err(problems) => self.problems.set(problems),
        }
    }

    /// Reads `file` and offers it as the dataset. A file over the size limit is refused by
    /// its size, before a byte of it is read.
    pub(crate) fn offer_file(file: web_sys::File, state: AppState) {
        // The browser states the size as a double; a file's size is a whole number of bytes.
        let size = file.size() as u64;
        if size > MAX_FILE_BYTES as u64 {
            let limit = MAX_FILE_BYTES as u64;
            state.refuse(
                "$",
                ProblemKind::FileTooLarge {
                    bytes: Some(size),
                    limit,
                },
            );
            return;
        }
        leptos::task::spawn_local(async move {
            match browser::file_bytes(&file).await {
                Ok(bytes) => state.offer(&bytes, Some(file.name())),
                Err(detail) => state.refuse(
                    &file.name(),
                    ProblemKind::Unreadable(ReadFailure {
                        file: file.name(),
                        reason: ReadReason::Other(detail),
                    }),
                ),
            }
        });
    }

    /// This page is the one-file offline copy: what needs its site is hidden.
    pub(crate) fn offline_copy(&self) -> bool {
        self.build.with_value(|build| build.offline_copy)
    }

    /// Back to the dataset built into the app.
    pub(crate) fn restore_embedded(&self) {
        self.dataset.set(embedded());
        self.origin.set(None);
        self.problems.set(Vec::new());
    }

    /// Where the language switch leads without JavaScript: the other prerendered page, or,
    /// in the offline copy, the same file asked for in that language.
    pub(crate) fn page_in(&self, lang: Lang) -> String {
        if self.offline_copy() {
            format!("?lang={}", lang.code())
        } else {
            self.page.in_lang(lang).file_name()
        }
    }

    /// Reports a file that could not be used at all, in the same panel.
    pub(crate) fn refuse(&self, path: &str, kind: ProblemKind) {
        self.problems.set(vec![Problem::new(path, kind)]);
    }
}

/// A dataset named by `?data=`, fetched from the site's data folder once and offered to the state.
#[derive(Clone, Copy)]
pub(crate) struct RemoteDataset {
    /// True while the file is on its way; derived from the resource, never kept by hand.
    pub(crate) loading: Signal<bool>,
    /// Set when the file shown is the copy saved on this device, the network having failed.
    pub(crate) saved: Signal<Option<SavedCopy>>,
}

impl RemoteDataset {
    /// No file asked for (or one refused before it was asked for).
    fn none() -> RemoteDataset {
        RemoteDataset {
            loading: Signal::stored(false),
            saved: Signal::stored(None),
        }
    }

    fn load(data: Option<Result<DataFile, String>>, state: AppState) -> RemoteDataset {
        let file = match data {
            None => return RemoteDataset::none(),
            // A path, another site, `javascript:`: refused, and the reader is told why.
            Some(Err(refused)) => {
                state.refuse("?data=", ProblemKind::NotOnThisSite(refused));
                return RemoteDataset::none();
            }
            Some(Ok(file)) => file,
        };
        let path = file.path();
        let fetched = LocalResource::new(move || {
            let file = file.clone();
            async move { browser::fetch_json_file(&file).await }
        });
        Effect::new(move |_| {
            fetched.with(|result| match result {
                Some(Ok(file)) => state.offer(&file.bytes, Some(path.clone())),
                Some(Err(kind)) => state.refuse("?data=", kind.clone()),
                None => {}
            })
        });
        RemoteDataset {
            loading: Signal::derive(move || fetched.with(Option::is_none)),
            saved: Signal::derive(move || {
                fetched.with(|result| match result {
                    Some(Ok(file)) => file.saved.clone(),
                    _ => None,
                })
            }),
        }
    }
}

thread_local! {
    /// The full app's state, once it has one: where a file the live page handed on goes.
    static FULL_APP: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

/// Previews `file`, which the live page's file picker handed on, in the full app.
#[cfg(feature = "csr")]
pub(crate) fn preview_handed_file(file: web_sys::File) {
    if let Some(state) = FULL_APP.get() {
        AppState::offer_file(file, state);
    }
}

/// The language to open in: `?lang=`, then the page's own, then Vietnamese.
fn initial_lang(options: &PageOptions) -> Lang {
    options.lang.unwrap_or_default()
}
