//! The one-file offline copy: the link to it from the dashboard, and the notice inside it.

use dashboard_core::captions::vintage_line;
use dashboard_core::format::format_megabytes;
use dashboard_core::page::OFFLINE_COPY_FILE;
use leptos::prelude::*;

use crate::state::use_app;

/// "Tải bản ngoại tuyến (một tệp HTML, 0,8 MB)": the copy to keep, send or carry. Only
/// where the build made one, and not inside the copy itself.
#[component]
pub(crate) fn OfflineCopyLink() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let bytes = app
        .build
        .with_value(|build| build.offline_copy_bytes.filter(|_| !build.offline_copy));
    bytes.map(|bytes| {
        view! {
            <p class="offline-copy-link">
                <a href=OFFLINE_COPY_FILE download=OFFLINE_COPY_FILE data-role="offline-copy">
                    {move || {
                        let lang = lang.get();
                        let ui = lang.ui();
                        format!("{}{}{}", ui.offline_copy_prefix, format_megabytes(bytes, lang), ui.offline_copy_suffix)
                    }}
                </a>
            </p>
        }
    })
}

/// Inside the offline copy: what it is, the date of its figures, and the live dashboard.
#[component]
pub(crate) fn OfflineCopyNotice() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let live = app.build.with_value(|build| build.live_address.clone());
    view! {
        <div class="banner banner--copy" role="note" data-role="offline-copy-notice">
            <p>
                {move || lang.get().ui().offline_copy_notice} " "
                {move || app.dataset.with(|ds| vintage_line(ds, lang.get()))} "."
            </p>
            {live.map(|address| view! {
                <p>{move || lang.get().ui().offline_copy_live} " " <a href=address.clone()>{address.clone()}</a></p>
            })}
        </div>
    }
}
