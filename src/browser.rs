//! Browser glue: the URL, local storage, the document language, colour scheme
//! preference and file downloads. Small functions, each in one place; every
//! browser API that can fail degrades to "nothing happens" instead of a panic.
//!
//! The prerenderer compiles this module too, for the components that call it, but
//! runs none of their effects: what only effects and the takeover use is unused there.
#![cfg_attr(not(feature = "csr"), allow(dead_code))]

use dashboard_core::embed::{HEIGHT_MESSAGE_TYPE, MEASURE_MESSAGE_TYPE};
use dashboard_core::page::{DataFile, PageOptions, PAGE_OPTIONS_META};
use dashboard_core::problem::ReadReason;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, Url};

/// The browser window; natively (the prerenderer) there is none, so every function here
/// degrades to "nothing happens" there too instead of calling into a missing browser.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Milliseconds since the page started, for the timings the benchmark and tests read.
pub fn now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The page's options: those a prerendered page states in its `<meta name="page-options">`
/// (which view, which language, and what only the build knows), then those of its query
/// string (`?embed=1&view=growth&lang=en&data=…`), which win where both say something and
/// may set only what a reader may choose (see `PageOptions::read`).
pub fn page_options() -> PageOptions {
    let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    PageOptions::read(&stated_options(), &search)
}

/// The options the page was prerendered with: its meta's alone, whatever its address says.
pub fn prerendered_page_options() -> PageOptions {
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
pub fn app_address() -> String {
    window()
        .and_then(|w| {
            let location = w.location();
            Some(format!("{}{}", location.origin().ok()?, location.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Whether the page runs inside a frame of another page.
pub fn is_framed() -> bool {
    window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &w))
    })
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

/// Keeps `<html lang>` in step with the interface language, for screen readers and hyphenation.
pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = document() {
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

/// A ResizeObserver and its callback, disconnected when dropped.
pub struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_size(width, height)` with the content box of `element` now and whenever it changes.
pub fn observe_size(element: &Element, mut on_size: impl FnMut(f64, f64) + 'static) -> Option<SizeObserver> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let rect = entry.content_rect();
            on_size(rect.width(), rect.height());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(SizeObserver {
        observer,
        _callback: callback,
    })
}

/// An IntersectionObserver and its callback, disconnected when dropped.
pub struct NearnessObserver {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for NearnessObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// How close to the viewport an element counts as near: about a screen below the fold.
const NEAR_MARGIN: &str = "100% 0px";

/// Calls `on_near` whenever `element` comes within [`NEAR_MARGIN`] of the viewport.
pub fn observe_nearness(element: &Element, mut on_near: impl FnMut() + 'static) -> Option<NearnessObserver> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|entry| {
            entry
                .dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if near {
            on_near();
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(NEAR_MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok()?;
    observer.observe(element);
    Some(NearnessObserver {
        observer,
        _callback: callback,
    })
}

/// The longest the page waits for the browser to record its largest paint.
const LARGEST_PAINT_WAIT: std::time::Duration = std::time::Duration::from_millis(1000);

/// Calls `then` once the browser has recorded the page's largest contentful paint so far,
/// where it reports one (Chromium), at most [`LARGEST_PAINT_WAIT`] later. Elsewhere, and in
/// a frame (whose paints never count for the page around it), it calls `then` at once.
pub fn after_largest_paint_recorded(then: impl FnOnce() + 'static) {
    const ENTRY_TYPE: &str = "largest-contentful-paint";
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    // Not an animation frame: a frame out of view gets none until it is scrolled to.
    let run = move || {
        if let Some(then) = then.take() {
            then();
        }
    };
    let supported = window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("PerformanceObserver")).ok())
        .and_then(|ctor| js_sys::Reflect::get(&ctor, &JsValue::from_str("supportedEntryTypes")).ok())
        .and_then(|types| types.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|types| types.includes(&JsValue::from_str(ENTRY_TYPE), 0));
    if !supported || is_framed() {
        run();
        return;
    }
    let on_entry = Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new({
        let run = run.clone();
        move |_, observer: web_sys::PerformanceObserver| {
            observer.disconnect();
            run();
        }
    });
    let Ok(observer) = web_sys::PerformanceObserver::new(on_entry.as_ref().unchecked_ref()) else {
        run();
        return;
    };
    on_entry.forget();
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("type"), &JsValue::from_str(ENTRY_TYPE));
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("buffered"), &JsValue::TRUE);
    observer.observe(init.unchecked_ref());
    leptos::prelude::set_timeout(
        move || {
            observer.disconnect();
            run();
        },
        LARGEST_PAINT_WAIT,
    );
}

/// Removes every element under `root` that matches `selector`.
pub fn remove_all(root: &Element, selector: &str) {
    if let Ok(found) = root.query_selector_all(selector) {
        for i in 0..found.length() {
            if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                element.remove();
            }
        }
    }
}

pub fn body() -> Option<web_sys::HtmlElement> {
    window()?.document()?.body()
}

/// Adds a classic script of the site (`src` relative to the page) to the document once;
/// a second call for the same `src` does nothing.
pub fn load_script_once(src: &str) {
    let Some(document) = document() else { return };
    if document
        .query_selector(&format!("script[src=\"{src}\"]"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("src", src);
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// Tells the host page how tall the embed is, in Datawrapper's format (so hosts that
/// already listen for Datawrapper embeds work unchanged) and in the product's own.
pub fn post_height(id: &str, height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let height = height.ceil();
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
    };
    let inner = js_sys::Object::new();
    set(&inner, id, &JsValue::from_f64(height));
    let datawrapper = js_sys::Object::new();
    set(&datawrapper, "datawrapper-height", &inner);
    let own = js_sys::Object::new();
    set(&own, "type", &JsValue::from_str(HEIGHT_MESSAGE_TYPE));
    set(&own, "id", &JsValue::from_str(id));
    set(&own, "height", &JsValue::from_f64(height));
    // The height is not secret, and the host's origin is not known in advance.
    let _ = parent.post_message(&datawrapper, "*");
    let _ = parent.post_message(&own, "*");
}

/// What a JavaScript exception says: an `Error`'s name and message (which `JSON.stringify`
/// writes as `{}`), or the value itself.
fn js_error(value: JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(error.name()), String::from(error.message()));
    }
    value
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&value).ok().map(String::from))
        .unwrap_or_else(|| "unknown error".into())
}

/// The header with which the service worker (public/sw.js) marks a data file it answered
/// from its cache because the network failed; its value is the `Date` the server sent the
/// file on.
const SAVED_COPY_HEADER: &str = "Bac-Ninh-Saved-Copy";

/// A data file as fetched.
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// Set when the network failed and this is the copy saved on this device.
    pub saved: Option<SavedCopy>,
}

/// A data file's copy saved on this device, shown because the network failed.
#[derive(Clone, PartialEq)]
pub struct SavedCopy {
    /// The day the server sent it, `YYYY-MM-DD` in the reader's time zone, if known.
    pub date: Option<String>,
}

/// Fetches `file` from the site's data folder (a relative path, so the page's own origin),
/// from the network first (a file changed on the server shows fresh), refusing redirects
/// and any content type but `application/json`.
pub async fn fetch_json_file(file: &DataFile) -> Result<Fetched, ReadReason> {
    let network = |_| ReadReason::Network;
    let window = window().ok_or(ReadReason::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    // Asks the HTTP cache to check with the server; the service worker goes to the network too.
    init.set_cache(web_sys::RequestCache::NoCache);
    // A redirect could lead out of the data folder: it is reported, not followed.
    init.set_redirect(web_sys::RequestRedirect::Manual);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&file.path(), &init))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if response.type_() == web_sys::ResponseType::Opaqueredirect {
        return Err(ReadReason::Redirected);
    }
    if !response.ok() {
        return Err(ReadReason::Status(response.status()));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type");
    let is_json = content_type.as_deref().is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
    });
    if !is_json {
        return Err(ReadReason::NotJson(content_type));
    }
    let saved = header(SAVED_COPY_HEADER).map(|sent| SavedCopy { date: local_day(&sent) });
    // Bytes, undecoded: the validator names a byte that is not UTF-8.
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(Fetched { bytes, saved })
}

/// The day of an HTTP date (`Tue, 01 Dec 2026 09:14:42 GMT`) in the reader's time zone, as
/// `YYYY-MM-DD`; `None` if it is not a date.
fn local_day(http_date: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(http_date));
    (!date.get_time().is_nan()).then(|| {
        format!(
            "{:04}-{:02}-{:02}",
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date()
        )
    })
}

/// The bytes of a file the reader picked or dropped, undecoded: the validator names a
/// byte that is not UTF-8, where `File::text` would have put "�" in its place.
pub async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Copies `text` to the clipboard; false when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
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
pub fn can_copy_images() -> bool {
    clipboard_item().is_some()
}

/// Copies the picture on `canvas` to the clipboard as a PNG; false when the browser refuses.
pub async fn copy_png(canvas: &web_sys::HtmlCanvasElement) -> bool {
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

/// The page's own address with `?lang=` set to `lang` and the fragment leading to `section`
/// (none when the reader is above every section): what a reader shares.
pub fn link_in(lang: &str, section: Option<&str>) -> String {
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
pub fn set_url_fragment(id: Option<&str>) {
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

/// The viewport's width in CSS pixels (which of the prerendered SVGs the stylesheet shows).
pub fn viewport_width() -> f64 {
    window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// Whether the page is scrolled to its end, where the last sections can rise no further.
pub fn at_page_end() -> bool {
    let (Some(window), Some(root)) = (window(), document().and_then(|d| d.document_element())) else {
        return false;
    };
    let top = window.scroll_y().unwrap_or(0.0);
    top > 0.0 && top + viewport_height() >= f64::from(root.scroll_height()) - 2.0
}

/// The viewport's height in CSS pixels.
pub fn viewport_height() -> f64 {
    window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// The id of the innermost element with one at `line` CSS pixels from the viewport's top,
/// in the middle of the page's width: what the reader has in front of them (a chart card,
/// a section), to hold in place while the page changes around it.
pub fn anchor_at(line: f64) -> Option<String> {
    let x = viewport_width() / 2.0;
    let element = document()?.element_from_point(x as f32, line as f32)?;
    let anchored = element.closest("main [id]").ok()??;
    Some(anchored.id()).filter(|id| !id.is_empty())
}

/// How far below the top of the viewport the element `id` starts, in CSS pixels.
pub fn offset_from_top(id: &str) -> Option<f64> {
    Some(document()?.get_element_by_id(id)?.get_bounding_client_rect().top())
}

/// Scrolls the page by `dy` CSS pixels at once (no smooth scrolling: the reader must not
/// see the page travel).
pub fn scroll_by(dy: f64) {
    if let Some(window) = window() {
        window.scroll_by_with_x_and_y(0.0, dy);
    }
}

/// The last of `ids` whose element starts above `line` CSS pixels from the viewport's
/// top: the section the reader is in. `None` above the first.
pub fn section_at(ids: &[&'static str], line: f64) -> Option<&'static str> {
    let document = document()?;
    ids.iter().rev().copied().find(|id| {
        document
            .get_element_by_id(id)
            .is_some_and(|e| e.get_bounding_client_rect().top() <= line)
    })
}

/// The height of the element `selector` matches, or 0 without one.
pub fn height_of(selector: &str) -> f64 {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .map_or(0.0, |e| e.get_bounding_client_rect().height())
}

/// Scrolls `list` sideways, and only sideways, so that `item` is in view.
pub fn reveal_sideways(list: &Element, item: &Element) {
    let (list_box, item_box) = (list.get_bounding_client_rect(), item.get_bounding_client_rect());
    let left = f64::from(list.scroll_left());
    if item_box.left() < list_box.left() {
        list.set_scroll_left((left - (list_box.left() - item_box.left()) - 8.0) as i32);
    } else if item_box.right() > list_box.right() {
        list.set_scroll_left((left + item_box.right() - list_box.right() + 8.0) as i32);
    }
}

/// How a link was shared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// Through the system's share sheet (or the reader closed it).
    Sheet,
    /// Copied to the clipboard, where the browser has no share sheet.
    Copied,
    Failed,
}

/// Shares `url` with the system's share sheet where the browser has one (`navigator.share`),
/// and otherwise copies it to the clipboard.
pub async fn share_link(title: &str, url: &str) -> Shared {
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

pub fn is_online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

/// Adds or removes a class on `<html>`, for styles of a whole mode (embed, print).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

pub fn has_root_class(class: &str) -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains(class))
}

/// Dispatches a DOM event on `window`, for the service worker script (sw-register.js).
pub fn dispatch_window_event(name: &str) {
    dispatch_window_event_with(name, None);
}

/// Dispatches the event `name` on the window, carrying `detail` (a `CustomEvent`'s).
pub fn dispatch_window_event_with(name: &str, detail: Option<&JsValue>) {
    let init = web_sys::CustomEventInit::new();
    if let Some(detail) = detail {
        init.set_detail(detail);
    }
    if let (Some(window), Ok(event)) = (window(), web_sys::CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Every element of the page that has the attribute `name`, in document order.
pub fn elements_with_attribute(name: &str) -> Vec<Element> {
    let Some(found) = document().and_then(|d| d.query_selector_all(&format!("[{name}]")).ok()) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Marks the prerendered `#app` live: its parts that need code are in place. The stylesheet,
/// the tests and the benchmark read it.
pub fn mark_live() {
    if let Some(app) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = app.set_attribute("data-live", "");
    }
}

/// An event listener, removed when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    name: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.name, self.callback.as_ref().unchecked_ref());
    }
}

/// Calls `handler` on every `name` event of `target` until the returned guard is dropped.
pub fn listen(
    target: &web_sys::EventTarget,
    name: &'static str,
    handler: impl FnMut(web_sys::Event) + 'static,
) -> Option<Listener> {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    target
        .add_event_listener_with_callback(name, callback.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target: target.clone(),
        name,
        callback,
    })
}

/// Listens to `name` events on the window.
pub fn listen_window(name: &'static str, handler: impl FnMut(web_sys::Event) + 'static) -> Option<Listener> {
    listen(window()?.as_ref(), name, handler)
}

/// Calls `handler` with the new preference whenever the colour scheme changes.
pub fn listen_color_scheme(mut handler: impl FnMut(bool) + 'static) -> Option<Listener> {
    let query = window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()?;
    listen(query.as_ref(), "change", move |_| handler(prefers_dark()))
}

/// Keeps browser resources (observers, listeners) alive for as long as the current
/// component, and releases them with it.
pub fn keep_while_mounted<T: 'static>(resource: T) {
    let owned = send_wrapper::SendWrapper::new(resource);
    leptos::prelude::on_cleanup(move || drop(owned.take()));
}

/// Calls `on_request` when the parent page asks this embed to measure itself.
pub fn listen_measure_requests(on_request: impl Fn() + 'static) -> Option<Listener> {
    listen_window("message", move |event| {
        let Ok(message) = event.dyn_into::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = window()
            .and_then(|w| w.parent().ok().flatten())
            .zip(message.source())
            .is_some_and(|(parent, source)| js_sys::Object::is(&parent, &source));
        let kind = js_sys::Reflect::get(&message.data(), &JsValue::from_str("type"))
            .ok()
            .and_then(|t| t.as_string());
        if from_parent && kind.as_deref() == Some(MEASURE_MESSAGE_TYPE) {
            on_request();
        }
    })
}
