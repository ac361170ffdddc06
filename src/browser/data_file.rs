//! Reading a dataset file: `?data=`'s file from the site's data folder (fresh, never
//! redirected, JSON only, or the copy saved on this device), and a file the reader picked
//! or dropped, as bytes for the validator.

use dashboard_core::bounds::MAX_FILE_BYTES;
use dashboard_core::page::DataFile;
use dashboard_core::problem::{ProblemKind, ReadFailure, ReadReason};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::window;

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
pub(crate) struct Fetched {
    pub(crate) bytes: Vec<u8>,
    /// Set when the network failed and this is the copy saved on this device.
    pub(crate) saved: Option<SavedCopy>,
}

/// A data file's copy saved on this device, shown because the network failed.
#[derive(Clone, PartialEq)]
pub(crate) struct SavedCopy {
    /// The day the server sent it, `YYYY-MM-DD` in the reader's time zone, if known.
    pub(crate) date: Option<String>,
}

/// Fetches `file` from the site's data folder (a relative path, so the page's own origin),
/// from the network first (a file changed on the server shows fresh), refusing redirects,
/// any content type but `application/json`, and a file over the size limit, which is never
/// read past it.
pub(crate) async fn fetch_json_file(file: &DataFile) -> Result<Fetched, ProblemKind> {
    let unreadable = |reason| {
        ProblemKind::Unreadable(ReadFailure {
            file: file.path(),
            reason,
        })
    };
    let (response, saved) = json_response(file).await.map_err(unreadable)?;
    match body_within_limit(&response).await.map_err(unreadable)? {
        Body::Read(bytes) => Ok(Fetched { bytes, saved }),
        Body::TooLarge(bytes) => Err(ProblemKind::FileTooLarge {
            bytes,
            limit: MAX_FILE_BYTES as u64,
        }),
    }
}

/// A response's body, or its size, if known, when it is over the limit.
enum Body {
    Read(Vec<u8>),
    TooLarge(Option<u64>),
}

/// The answer for `file` once it is known to be JSON from the data folder, with the day of
/// its saved copy when it is one.
async fn json_response(file: &DataFile) -> Result<(web_sys::Response, Option<SavedCopy>), ReadReason> {
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
    let content_type = header(&response, "content-type");
    let is_json = content_type.as_deref().is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
    });
    if !is_json {
        return Err(ReadReason::NotJson(content_type));
    }
    let saved = header(&response, SAVED_COPY_HEADER).map(|sent| SavedCopy { date: local_day(&sent) });
    Ok((response, saved))
}

/// A header of `response`, if it has it.
fn header(response: &web_sys::Response, name: &str) -> Option<String> {
    response.headers().get(name).ok().flatten()
}

/// The body's bytes, undecoded (the validator names a byte that is not UTF-8), read chunk
/// by chunk and given up past the limit: a file of any size costs the page at most the
/// limit's worth of download and memory. A stated length over it is refused unread; it is
/// the file's size only where no content coding (gzip) stands between.
async fn body_within_limit(response: &web_sys::Response) -> Result<Body, ReadReason> {
    let network = |_| ReadReason::Network;
    let limit = MAX_FILE_BYTES as u64;
    let stated = header(response, "content-length").and_then(|length| length.trim().parse::<u64>().ok());
    if let Some(length) = stated.filter(|&length| length > limit) {
        let _ = response.body().map(|body| body.cancel());
        let size = header(response, "content-encoding").is_none().then_some(length);
        return Ok(Body::TooLarge(size));
    }
    let Some(stream) = response.body() else {
        return Ok(Body::Read(Vec::new()));
    };
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let read = JsFuture::from(reader.read()).await.map_err(network)?;
        let done = js_sys::Reflect::get(&read, &JsValue::from_str("done")).map_err(network)?;
        if done.is_truthy() {
            return Ok(Body::Read(bytes));
        }
        let value = js_sys::Reflect::get(&read, &JsValue::from_str("value")).map_err(network)?;
        let chunk = js_sys::Uint8Array::new(&value);
        let start = bytes.len();
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
        if bytes.len() as u64 > limit {
            let _ = reader.cancel();
            return Ok(Body::TooLarge(None));
        }
    }
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
pub(crate) async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
