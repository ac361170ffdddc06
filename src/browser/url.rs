//! The page's address: the options it states (with the page's meta), the app's own
//! address, and the few changes the app makes to it without reloading (`?lang=`, the
//! section's fragment), so a reload, a bookmark or a shared link opens where the reader was.

use dashboard_core::page::{PageOptions, PAGE_OPTIONS_META};
use wasm_bindgen::JsValue;
use web_sys::Url;

use super::{document, window};

/// The page's options: those a prerendered page states in its `<meta name="page-options">`
/// (which view, which language, and what only the build knows), then those of its query
/// string (`?embed=1&view=growth&lang=en&data=…`), which win where both say something and
/// may set only what a reader may choose (see `PageOptions::read`).
pub(crate) fn page_options() -> PageOptions {
    let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    PageOptions::read(&stated_options(), &search)
}

/// The options the page was prerendered with: its meta's alone, whatever its address says.
pub(crate) fn prerendered_page_options() -> PageOptions {
    PageOptions::read(&stated_options(), "")
}

/// What the page's `<meta name="page-options">` states, as a query string.
fn stated_options() -> String {
    document()
        .and_then(|d| {
            d.query_selector(&format!("meta[name={PAGE_OPTIONS_META}]"))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// The app's own address without query or fragment: the base of embed links.
pub(crate) fn app_address() -> String {
    window()
        .and_then(|w| {
            let location = w.location();
            Some(format!("{}{}", location.origin().ok()?, location.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Sets `?name=value` in the address bar without reloading or adding history.
pub(crate) fn set_url_param(name: &str, value: &str) {
    let Some(window) = window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = Url::new(&href) else { return };
    url.search_params().set(name, value);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
    }
}

/// The page's own address with `?lang=` set to `lang` and the fragment leading to `section`
/// (none when the reader is above every section): what a reader shares.
pub(crate) fn link_in(lang: &str, section: Option<&str>) -> String {
    let Some(href) = window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    match Url::new(&href) {
        Ok(url) => {
            url.search_params().set("lang", lang);
            url.set_hash(section.unwrap_or_default());
            url.href()
        }
        Err(_) => href,
    }
}

/// Sets the address's fragment to `id` (or none) without scrolling or adding history, so a
/// reload or a bookmark opens at the section the reader is in.
pub(crate) fn set_url_fragment(id: Option<&str>) {
    let Some(window) = window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = Url::new(&href) else { return };
    url.set_hash(id.unwrap_or_default());
    if url.href() != href {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
        }
    }
}
