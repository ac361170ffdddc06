//! What the reader sees if the app panics: a clear message and a reload button.
//!
//! A release build aborts on panic, so nothing of the app runs afterwards. The
//! hook therefore builds the notice with plain DOM calls before the abort, in
//! the page's language, and logs the panic to the console as usual.

use std::panic::PanicHookInfo;

use dashboard_core::i18n::Lang;
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::JsCast;

/// Installs the panic hook. Call first thing in `main`.
pub fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show_crash_notice();
    }));
}

/// Diagnostics: panics on purpose, so the browser tests (or a support engineer, from the
/// console: `wasmBindings.simulate_panic()`) can see that a failure shows the reader a
/// notice instead of a frozen page. It only ever affects the tab it is called in.
#[wasm_bindgen]
pub fn simulate_panic() {
    panic!("simulated panic (diagnostics)");
}

fn show_crash_notice() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash-notice").is_some() {
        return Some(());
    }
    let lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|c| Lang::from_code(&c));
    let ui = lang.unwrap_or_default().ui();
    let notice = document.create_element("div").ok()?;
    notice.set_id("crash-notice");
    notice.set_class_name("crash-notice");
    notice.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some(ui.crash_heading));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(ui.crash_text));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some(ui.reload));
    button.set_class_name("button");
    button.set_attribute("type", "button").ok()?;
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    button
        .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
        .ok()?;
    // The page is finished after a panic: the handler must outlive this function.
    reload.forget();
    notice.append_with_node_3(&heading, &text, &button).ok()?;
    document.body()?.prepend_with_node_1(&notice).ok()?;
    if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
    Some(())
}
