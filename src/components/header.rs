//! The page header: title, data vintage and the language switch.

use dashboard_core::i18n::Lang;
use dashboard_core::summary::vintage_line;
use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub(crate) fn SiteHeader() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let title = move || app.dataset.with(|ds| ds.title.get(lang.get()).to_owned());
    let vintage = move || app.dataset.with(|ds| vintage_line(ds, lang.get()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__titles">
                    <p class="site-header__kicker">{move || lang.get().ui().kicker}</p>
                    <h1 class="site-header__title">{title}</h1>
                    <p class="site-header__vintage">{vintage}</p>
                </div>
                <LanguageSwitch />
            </div>
        </header>
    }
}

/// VI | EN: two buttons, the current one pressed.
#[component]
pub(crate) fn LanguageSwitch() -> impl IntoView {
    let lang = use_app().lang;
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
