//! Status lines about the app itself: running offline, and a new version waiting.
//!
//! The service worker script (public/sw-register.js) announces a waiting version
//! with the `bac-ninh:update-ready` event (and a class on `<html>` in case it
//! came before this component); the reload button answers with
//! `bac-ninh:apply-update`, so the new version takes over only when asked.

use leptos::prelude::*;

use crate::browser;
use crate::island::Island;
use crate::state::use_app;

const UPDATE_READY: &str = "bac-ninh:update-ready";
const APPLY_UPDATE: &str = "bac-ninh:apply-update";

#[component]
pub(crate) fn StatusBanners() -> impl IntoView {
    let lang = use_app().lang;
    let online = RwSignal::new(browser::is_online());
    let update_ready = RwSignal::new(browser::has_root_class("update-ready"));
    browser::keep_while_mounted(browser::listen_window("online", move |_| online.set(true)));
    browser::keep_while_mounted(browser::listen_window("offline", move |_| online.set(false)));
    browser::keep_while_mounted(browser::listen_window(UPDATE_READY, move |_| update_ready.set(true)));
    view! {
        <div class="banners" data-island=Island::Banners.attr()>
        <Show when=move || !online.get()>
            <p class="banner banner--offline" role="status" data-role="offline">{move || lang.get().ui().offline}</p>
        </Show>
        <Show when=move || update_ready.get()>
            <div class="banner banner--update" role="status" data-role="update">
                <span>{move || lang.get().ui().update_ready}</span>
                <button type="button" class="button" on:click=move |_| browser::dispatch_window_event(APPLY_UPDATE)>
                    {move || lang.get().ui().reload}
                </button>
            </div>
        </Show>
        </div>
    }
}
