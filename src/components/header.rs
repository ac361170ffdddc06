//! The page header (title, data vintage), the share action and the language switch.

use dashboard_core::captions::freshness_line;
use dashboard_core::captions::vintage_line;
use dashboard_core::i18n::Lang;
use dashboard_core::sections::Section;
use leptos::prelude::*;

use crate::browser::{self, Shared};
use crate::island::Island;
use crate::state::use_app;

/// Its actions (Share, the language switch) are in the sections bar under it, which stays
/// on screen: a reader far down the page reaches them where they are.
#[component]
pub(crate) fn SiteHeader() -> impl IntoView {
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
            </div>
        </header>
    }
}

/// "Chia sẻ / Share": the system's share sheet, or the link of this view and language
/// copied. "Đã sao chép liên kết" shows only while the link copied is the current one.
#[component]
pub(crate) fn ShareButton() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let copied_link = RwSignal::new(None::<String>);
    // The link leads to the section the reader is in.
    let link = move || browser::link_in(lang.get().code(), app.section.get().map(Section::id));
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
        <button type="button" class="share-button needs-js" data-action="share" data-island=Island::Share.attr() on:click=share>
            {move || if copied() { lang.get().ui().link_copied } else { lang.get().ui().share }}
        </button>
    }
}

/// VI | EN: links to the same page in each language, the current one marked. They lead to
/// the other prerendered page, except in the full app (a `?data=` file, a preview), which
/// renders every text itself and switches in place. Either way the reader stays in the
/// section they are in: the links lead to its fragment, and the switch in place scrolls
/// back to where that section stood, since its text and everything above it change length
/// with the language.
#[component]
pub(crate) fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let href = move |option: Lang| match app.section.get() {
        Some(section) => format!("{}#{}", app.page_in(option), section.id()),
        None => app.page_in(option),
    };
    let switch = move |option: Lang| {
        // What the reader has in front of them (the chart, or else the section), held in place.
        let anchor = app.section.get_untracked().and_then(|section| {
            let id = browser::anchor_at(browser::reading_line()).unwrap_or_else(|| section.id().to_owned());
            browser::offset_from_top(&id).map(|top| (id, top))
        });
        lang.set(option);
        // The new language's text is in the page by the next frame: the updates it queued
        // run first. Moved back before that frame paints, the reader never sees it travel.
        request_animation_frame(move || {
            if let Some((id, before)) = &anchor {
                if let Some(after) = browser::offset_from_top(id) {
                    browser::scroll_by(after - before);
                }
            }
        });
    };
    view! {
        <nav class="lang-switch" aria-label=move || lang.get().ui().language_switch data-island=Island::LanguageSwitch.attr()>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <a
                            class="lang-switch__button"
                            href=move || href(option)
                            hreflang=option.code()
                            lang=option.code()
                            aria-current=move || (lang.get() == option).then_some("true")
                            title=option.ui().language_name
                            on:click=move |ev| {
                                if app.whole_page {
                                    ev.prevent_default();
                                    switch(option);
                                }
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
