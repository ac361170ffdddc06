//! Embedding: the compact bar an embed shows, and the panel that writes the embed code.

use dashboard_core::captions::vintage_line;
use dashboard_core::chart::{chart_title, ChartId};
use dashboard_core::dataset::Dataset;
use dashboard_core::embed::{embed_snippet, embed_url, origin_of, EmbedChoice, EmbedForm, EMBED_SCRIPT};
use dashboard_core::html::escape_html;
use dashboard_core::i18n::Lang;
use dashboard_core::page::{ColorScheme, Colours, PageOptions, StaticPage, View};
use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::header::LanguageSwitch;
use crate::browser;
use crate::island::Island;
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
                <h1 class="embed-bar__title">{title}</h1>
                <p class="embed-bar__vintage">{vintage}</p>
            </div>
            <div class="embed-bar__actions">
                <LanguageSwitch />
                <a class="embed-bar__link" href=full target="_blank" rel="noopener">{move || lang.get().ui().open_full}</a>
            </div>
        </header>
    }
}

/// The embed panel where the page's sections list puts it: the panel names no id of its
/// own, and this wrapper is where the sections bar's link leads.
#[component]
pub(crate) fn EmbedSection() -> impl IntoView {
    view! {
        <div id=Section::Embed.id() data-island=Island::EmbedPanel.attr()>
            <EmbedPanel />
        </div>
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

/// An embed's colours in words.
fn colours_label(colours: Colours, lang: Lang) -> &'static str {
    match colours {
        Colours::Device => lang.ui().scheme_auto,
        Colours::Fixed(ColorScheme::Light) => lang.ui().scheme_light,
        Colours::Fixed(ColorScheme::Dark) => lang.ui().scheme_dark,
    }
}

/// Writes the embed code for a chosen view, language and colours, with a copy button and
/// a live preview.
#[component]
pub(crate) fn EmbedPanel() -> impl IntoView {
    let app = use_app();
    let (lang, dataset) = (app.lang, app.dataset);
    // The page's first chart.
    let view = RwSignal::new(View::Chart(ChartId::ALL[0]));
    let colours = RwSignal::new(Colours::EMBED_DEFAULT);
    // The embed's language: the page's until the editor chooses one, so an English code
    // needs no switch of the whole page.
    let chosen_lang = RwSignal::new(None::<Lang>);
    let embed_lang = Memo::new(move |_| chosen_lang.get().unwrap_or_else(|| lang.get()));
    // The code last copied: "Copied" shows only while the code on screen is that code,
    // so a change of view, colours or language turns the button back.
    let copied_code = RwSignal::new(None::<String>);
    let preview_open = RwSignal::new(false);
    let base = browser::app_address();
    let origin = origin_of(&base).map(|o| view! { " (" <code>{o.to_owned()}</code> ")" });
    let form = RwSignal::new(EmbedForm::default());
    let choice = move || EmbedChoice {
        view: view.get(),
        lang: embed_lang.get(),
        id: format!("bac-ninh-{}", view.get().slug()),
        colours: colours.get(),
        form: form.get(),
    };
    // In the embed's language: the frame's title is read on the host's page.
    let title = move || {
        let lang = embed_lang.get();
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
                <label for="embed-lang">{move || lang.get().ui().embed_lang}</label>
                <select id="embed-lang" on:change=move |ev| chosen_lang.set(Lang::from_code(&event_target_value(&ev)))>
                    // Each language named in itself, as the language switch does.
                    {Lang::ALL
                        .map(|l| view! { <option value=l.code() lang=l.code() selected=move || embed_lang.get() == l>{l.ui().language_name}</option> })
                        .collect_view()}
                </select>
                <label for="embed-scheme">{move || lang.get().ui().embed_scheme}</label>
                <select
                    id="embed-scheme"
                    on:change=move |ev| colours.set(Colours::from_slug(&event_target_value(&ev)).unwrap_or(Colours::EMBED_DEFAULT))
                >
                    {move || {
                        let lang = lang.get();
                        Colours::ALL
                            .map(|c| view! { <option value=c.slug() selected=move || colours.get() == c>{colours_label(c, lang)}</option> })
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
            <p class="embed-csp">{move || lang.get().ui().embed_csp}{origin}{move || lang.get().ui().embed_csp_rest}</p>
            <p class="needs-js">
                <button type="button" class="button" data-action="copy-embed" on:click=copy>
                    {move || if copied() { lang.get().ui().copied } else { lang.get().ui().copy_code }}
                </button>
            </p>
            // The preview loads a second copy of the app, so only when the reader opens it.
            <details class="embed-preview needs-js" on:toggle=move |ev| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                if open {
                    // The preview is resized by the script host pages use, which the page
                    // loads only now: nothing else on it needs the script.
                    browser::load_script_once(EMBED_SCRIPT);
                }
                preview_open.set(open);
            }>
                <summary>{move || lang.get().ui().preview}</summary>
                {move || preview_open.get().then(|| view! { <iframe class="embed-preview__frame" src=preview_src.clone() title=title></iframe> })}
            </details>
        </section>
    }
}

/// Posts the page's height to the host page whenever it changes, as an embed in a frame must.
pub(crate) fn post_heights(options: &PageOptions) {
    if !(options.embed && browser::is_framed()) {
        return;
    }
    let id = options.embed_id.clone();
    let Some(body) = browser::body() else { return };
    let observed_id = id.clone();
    browser::keep_while_mounted(browser::observe_size(&body, move |_, height| {
        browser::post_height(&observed_id, height)
    }));
    // Browsers may hold back resize observations in a frame out of view, so the
    // height is also sent once the page is built, and whenever the host asks.
    let post_now = move || browser::post_height(&id, body.get_bounding_client_rect().height());
    Effect::new({
        let post_now = post_now.clone();
        move |_| post_now()
    });
    browser::keep_while_mounted(browser::listen_measure_requests(post_now));
}
