//! Browser glue: the URL, local storage, the document language, colour scheme
//! preference and file downloads. Small functions, each in one place; every
//! browser API that can fail degrades to "nothing happens" instead of a panic.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

const LANG_KEY: &str = "bac-ninh-dashboard.lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The value of `?name=` in the page URL.
pub fn url_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// Sets `?name=value` in the address bar without reloading or adding history.
pub fn set_url_param(name: &str, value: &str) {
    let Some(window) = window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = Url::new(&href) else { return };
    url.search_params().set(name, value);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Storage can be disabled (private modes, sandboxed iframes): then nothing is remembered.
    window()?.local_storage().ok().flatten()
}

pub fn stored_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn store_lang(code: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, code);
    }
}

/// Keeps `<html lang>` in step with the interface language, for screen readers and hyphenation.
pub fn set_document_lang(code: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn device_pixel_ratio() -> f64 {
    window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

/// Whether the reader asked for a dark colour scheme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Offers `href` for download as `filename`.
fn click_download(href: &str, filename: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(href);
    anchor.set_download(filename);
    anchor.click();
}

/// Downloads `content` as a file of type `mime`.
pub fn download_text(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    click_download(&url, filename);
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    leptos::prelude::set_timeout(
        move || drop(Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(60),
    );
}

/// Downloads a `data:` URL (a canvas as PNG) as a file.
pub fn download_data_url(filename: &str, data_url: &str) {
    click_download(data_url, filename);
}
