//! Files the reader downloads: text written here (CSV) and pictures (PNG), offered
//! through a link clicked in code, since a download needs no page of its own.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::document;

/// Offers `href` for download as `filename`.
fn click_download(href: &str, filename: &str) {
    let Some(document) = document() else {
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
pub(crate) fn download_text(filename: &str, mime: &str, content: &str) {
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
pub(crate) fn download_data_url(filename: &str, data_url: &str) {
    click_download(data_url, filename);
}
