//! Copy and share: text and a chart's picture to the clipboard, and a link through the
//! system's share sheet where there is one. Each says whether it worked, for the button's words.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::window;

/// Copies `text` to the clipboard; false when the browser refuses.
pub(crate) async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The browser's `ClipboardItem` constructor, where it can put images on the clipboard.
fn clipboard_item() -> Option<js_sys::Function> {
    js_sys::Reflect::get(window()?.as_ref(), &JsValue::from_str("ClipboardItem"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether this browser lets a page copy an image to the clipboard.
pub(crate) fn can_copy_images() -> bool {
    clipboard_item().is_some()
}

/// Copies the picture on `canvas` to the clipboard as a PNG; false when the browser refuses.
pub(crate) async fn copy_png(canvas: &web_sys::HtmlCanvasElement) -> bool {
    let (Some(window), Some(item)) = (window(), clipboard_item()) else {
        return false;
    };
    // The item holds a promise of the PNG, made at once: Safari allows a write only within
    // the click's task, and encoding the PNG takes longer.
    let png = js_sys::Promise::new(&mut |resolve, _| {
        let resolve = Closure::once_into_js(move |blob: JsValue| drop(resolve.call1(&JsValue::NULL, &blob)));
        let _ = canvas.to_blob(resolve.unchecked_ref());
    });
    let types = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&types, &JsValue::from_str("image/png"), &png);
    let Ok(item) = js_sys::Reflect::construct(&item, &js_sys::Array::of1(&types)) else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("write"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(Ok(promise)) = write.map(|write| write.call1(&clipboard, &js_sys::Array::of1(&item))) else {
        return false;
    };
    JsFuture::from(js_sys::Promise::from(promise)).await.is_ok()
}

/// How a link was shared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shared {
    /// Through the system's share sheet (or the reader closed it).
    Sheet,
    /// Copied to the clipboard, where the browser has no share sheet.
    Copied,
    Failed,
}

/// Shares `url` with the system's share sheet where the browser has one (`navigator.share`),
/// and otherwise copies it to the clipboard.
pub(crate) async fn share_link(title: &str, url: &str) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(share) = share {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
        if let Ok(promise) = share.call1(&navigator, &data) {
            // A reader who closes the sheet rejects the promise: that is their choice, not a failure.
            let _ = JsFuture::from(js_sys::Promise::from(promise)).await;
            return Shared::Sheet;
        }
    }
    if copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}
