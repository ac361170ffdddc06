//! The page header: title, data vintage and the language switch.

use std::sync::Arc;

use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::summary::vintage_line;
use leptos::prelude::*;

#[component]
pub fn SiteHeader(lang: RwSignal<Lang>, dataset: RwSignal<Option<Arc<Dataset>>>) -> impl IntoView {
    let title = move || dataset.with(|ds| ds.as_ref().map(|ds| ds.title.get(lang.get()).to_owned()));
    let vintage = move || dataset.with(|ds| ds.as_ref().map(|ds| vintage_line(ds, lang.get())));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__titles">
                    <p class="site-header__kicker">
                        {move || match lang.get() {
                            Lang::Vi => "Tỉnh Bắc Ninh · Kinh tế",
                            Lang::En => "Bắc Ninh province · Economy",
                        }}
                    </p>
                    <h1 class="site-header__title">{title}</h1>
                    <p class="site-header__vintage">{vintage}</p>
                </div>
                <LanguageSwitch lang=lang />
            </div>
        </header>
    }
}

/// VI | EN: two buttons, the current one pressed.
#[component]
pub fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <div class="lang-switch" role="group" aria-label=move || lang.get().ui().language_switch>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <button
                            type="button"
                            class="lang-switch__button"
                            lang=option.code()
                            aria-pressed=move || (lang.get() == option).to_string()
                            title=option.ui().language_name
                            on:click=move |_| lang.set(option)
                        >
                            {option.code().to_ascii_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
