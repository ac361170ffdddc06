//! The page header: title, data vintage, the share action and the language switch.

use dashboard_core::captions::freshness_line;
use dashboard_core::i18n::Lang;
use dashboard_core::summary::vintage_line;
use leptos::prelude::*;

use crate::browser::{self, Shared};
use crate::state::use_app;

/// `shareable` is false in the offline copy, whose address is a file on someone's disk.
#[component]
pub(crate) fn SiteHeader(shareable: bool) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let title = move || app.dataset.with(|ds| ds.title.get(lang.get()).to_owned());
    let vintage = move || app.dataset.with(|ds| vintage_line(ds, lang.get()));
    let freshness = move || app.dataset.with(|ds| freshness_line(ds, lang.get()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__titles">
                    <p class="site-header__kicker">{move || lang.get().ui().kicker}</p>
                    <h1 class="site-header__title">{title}</h1>
                    <p class="site-header__fresh" data-role="freshness">{freshness}</p>
                    <p class="site-header__vintage">{vintage}</p>
                </div>
                <div class="site-header__actions">
                    {shareable.then(|| view! { <ShareButton /> })}
                    <LanguageSwitch />
                </div>
            </div>
        </header>
    }
}

/// "Chia sẻ / Share": the system's share sheet, or the link of this view and language
/// copied. "Đã sao chép liên kết" shows only while the link copied is the current one.
#[component]
fn ShareButton() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let copied_link = RwSignal::new(None::<String>);
    let link = move || browser::link_in(lang.get().code());
    let copied = move || copied_link.with(|c| c.as_deref() == Some(link().as_str()));
    let share = move |_| {
        let (url, title) = (
            link(),
            app.dataset
                .with_untracked(|ds| ds.title.get(lang.get_untracked()).to_owned()),
        );
        leptos::task::spawn_local(async move {
            if browser::share_link(&title, &url).await == Shared::Copied {
                copied_link.set(Some(url));
            }
        });
    };
    view! {
        <button type="button" class="share-button needs-js" data-action="share" on:click=share>
            {move || if copied() { lang.get().ui().link_copied } else { lang.get().ui().share }}
        </button>
    }
}

/// VI | EN: links to the same page in each language, the current one marked. Without
/// JavaScript they lead to the other prerendered page; with it, the app switches in place.
#[component]
pub(crate) fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        <nav class="lang-switch" aria-label=move || lang.get().ui().language_switch>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <a
                            class="lang-switch__button"
                            href=app.page_in(option)
                            hreflang=option.code()
                            lang=option.code()
                            aria-current=move || (lang.get() == option).then_some("true")
                            title=option.ui().language_name
                            on:click=move |ev| {
                                ev.prevent_default();
                                lang.set(option);
                            }
                        >
                            {option.code().to_ascii_uppercase()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
