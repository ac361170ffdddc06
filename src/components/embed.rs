//! Embedding: the compact bar an embed shows, and the panel that writes the embed code.

use dashboard_core::captions::vintage_line;
use dashboard_core::chart::{chart_title, ChartId};
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::page::{
    embed_snippet, embed_url, escape_html, ColorScheme, EmbedChoice, EmbedForm, StaticPage, View,
};
use leptos::prelude::*;

use super::header::LanguageSwitch;
use crate::browser;
use crate::state::{use_app, INTERACTIVE};

/// In an embed: the title, the vintage of the figures, the language switch and a link to
/// the full dashboard in a new tab, in place of the site header and footer.
#[component]
pub(crate) fn EmbedBar() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // The full dashboard's page in the embed's language, beside the embed's own page (the
    // pages are flat, so a relative name works from any sub-path, prerendered or live).
    let full = move || StaticPage::full(lang.get()).file_name();
    let title = move || app.dataset.with(|ds| ds.title.get(lang.get()).to_owned());
    let vintage = move || app.dataset.with(|ds| vintage_line(ds, lang.get()));
    view! {
        <header class="embed-bar">
            <div>
                <p class="embed-bar__title">{title}</p>
                <p class="embed-bar__vintage">{vintage}</p>
            </div>
            <div class="embed-bar__actions">
                <LanguageSwitch />
                <a class="embed-bar__link" href=full target="_blank" rel="noopener">{move || lang.get().ui().open_full}</a>
            </div>
        </header>
    }
}

pub(crate) fn view_label(ds: &Dataset, view: View, lang: Lang) -> String {
    match view {
        View::All => lang.ui().view_all.to_owned(),
        View::Figures => lang.ui().view_figures.to_owned(),
        View::Chart(id) => chart_title(ds, id, lang),
        View::Compare => lang.ui().compare_heading.to_owned(),
    }
}

/// An embed's colours in words; `None` follows the reader's device.
fn scheme_label(scheme: Option<ColorScheme>, lang: Lang) -> &'static str {
    match scheme {
        None => lang.ui().scheme_auto,
        Some(ColorScheme::Light) => lang.ui().scheme_light,
        Some(ColorScheme::Dark) => lang.ui().scheme_dark,
    }
}

/// Writes the iframe code for a chosen view in the current language, with a copy button
/// and a live preview.
#[component]
pub(crate) fn EmbedPanel() -> impl IntoView {
    let app = use_app();
    let (lang, dataset) = (app.lang, app.dataset);
    let view = RwSignal::new(View::Chart(ChartId::Growth));
    let scheme = RwSignal::new(None::<ColorScheme>);
    // The code last copied: "Copied" shows only while the code on screen is that code,
    // so a change of view, colours or language turns the button back.
    let copied_code = RwSignal::new(None::<String>);
    let preview_open = RwSignal::new(false);
    let base = browser::app_address();
    let form = RwSignal::new(EmbedForm::default());
    let choice = move || EmbedChoice {
        view: view.get(),
        lang: lang.get(),
        id: format!("bac-ninh-{}", view.get().slug()),
        scheme: scheme.get(),
        form: form.get(),
    };
    let title = move || {
        let lang = lang.get();
        dataset.with(|ds| format!("{} — {}", ds.title.get(lang), view_label(ds, view.get(), lang)))
    };
    let code = {
        let base = base.clone();
        Memo::new(move |_| embed_snippet(&base, &choice(), &title()))
    };
    let preview_src = move || embed_url(&base, &choice());
    let copied = move || copied_code.with(|c| c.as_deref() == Some(code.get().as_str()));
    let copy = move |_| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            if browser::copy_text(&text).await {
                copied_code.set(Some(text));
            }
        });
    };
    view! {
        <section class="section tool-panel" aria-labelledby="embed-heading" data-role="embed-panel">
            <h2 id="embed-heading">{move || lang.get().ui().embed_heading}</h2>
            <p>{move || lang.get().ui().embed_intro}</p>
            <div class="embed-form needs-js">
                <label for="embed-view">{move || lang.get().ui().embed_view}</label>
                <select
                    id="embed-view"
                    on:change=move |ev| {
                        if let Some(v) = View::from_slug(&event_target_value(&ev)) {
                            view.set(v);
                        }
                    }
                >
                    {move || {
                        let lang = lang.get();
                        dataset.with(|ds| {
                            View::ALL
                                .into_iter()
                                .map(|v| view! { <option value=v.slug() selected=move || view.get() == v>{view_label(ds, v, lang)}</option> })
                                .collect_view()
                        })
                    }}
                </select>
                <label for="embed-scheme">{move || lang.get().ui().embed_scheme}</label>
                <select
                    id="embed-scheme"
                    on:change=move |ev| scheme.set(ColorScheme::from_slug(&event_target_value(&ev)))
                >
                    {move || {
                        let lang = lang.get();
                        std::iter::once(None)
                            .chain(ColorScheme::ALL.map(Some))
                            .map(|s| {
                                let value = s.map_or("auto", ColorScheme::slug);
                                view! { <option value=value selected=move || scheme.get() == s>{scheme_label(s, lang)}</option> }
                            })
                            .collect_view()
                    }}
                </select>
                <label for="embed-form">{move || lang.get().ui().embed_form}</label>
                <select id="embed-form" on:change=move |ev| form.set(EmbedForm::from_slug(&event_target_value(&ev)).unwrap_or_default())>
                    {move || {
                        let ui = lang.get().ui();
                        EmbedForm::ALL
                            .map(|f| {
                                let label = match f {
                                    EmbedForm::Frame => ui.form_frame,
                                    EmbedForm::Element => ui.form_element,
                                };
                                view! { <option value=f.slug() selected=move || form.get() == f>{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <label class="embed-code-label" for="embed-code">{move || lang.get().ui().embed_code}</label>
            <textarea id="embed-code" class="embed-code" readonly rows="4" prop:value=move || code.get()>
                // The prerendered page has no script to set the value: the code is its text,
                // escaped here because Leptos writes a textarea's children as they are.
                {(!INTERACTIVE).then(|| escape_html(&code.get_untracked()))}
            </textarea>
            <p class="needs-js">
                <button type="button" class="button" data-action="copy-embed" on:click=copy>
                    {move || if copied() { lang.get().ui().copied } else { lang.get().ui().copy_code }}
                </button>
            </p>
            // The preview loads a second copy of the app, so only when the reader opens it.
            <details class="embed-preview needs-js" on:toggle=move |ev| preview_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{move || lang.get().ui().preview}</summary>
                {move || preview_open.get().then(|| view! { <iframe class="embed-preview__frame" src=preview_src.clone() title=title></iframe> })}
            </details>
        </section>
    }
}
