//! What a part holds for paper or for a reader who asks, built a task after the part.
//!
//! On a slow phone, mounting a part costs mostly V8 compiling its code on first call, and a
//! part's hidden tables (a chart's table, every ranking table for print) are a large share
//! of it. Built in a task of their own right after, they never lengthen the part's own task;
//! nothing a reader sees waits for them, since they are hidden until asked for. The
//! prerenderer builds them at once: the page without JavaScript shows and prints them.

use std::time::Duration;

use leptos::prelude::*;

use crate::state::INTERACTIVE;

/// Builds `children` in the next task, or at once when `now` is true (the reader asked for
/// them, or the page is being printed).
#[component]
pub(crate) fn Later(#[prop(into)] now: Signal<bool>, children: ChildrenFn) -> impl IntoView {
    let waited = RwSignal::new(!INTERACTIVE);
    if INTERACTIVE {
        // The part may have left the page before the task comes: then nothing is built.
        set_timeout(
            move || {
                waited.try_set(true);
            },
            Duration::ZERO,
        );
    }
    // Once built, built for good: the condition turns true once.
    let built = Memo::new(move |_| waited.get() || now.get());
    move || built.get().then(|| children())
}
