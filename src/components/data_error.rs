//! The panel that lists the problems of a dataset that could not be used.

use dashboard_core::problem::more_problems;
use leptos::prelude::*;

use crate::state::use_app;

/// The most problems listed. A file can have thousands (a hostile one, millions);
/// listing them all would freeze the page and flood the alert read to screen readers.
const SHOWN_PROBLEMS: usize = 50;

#[component]
pub(crate) fn DataErrorPanel() -> impl IntoView {
    let app = use_app();
    move || {
        let list = app.problems.get();
        (!list.is_empty()).then(|| {
            let lang = app.lang.get();
            let ui = lang.ui();
            view! {
                <section class="data-error" role="alert" aria-labelledby="data-error-heading">
                    <h2 id="data-error-heading">{ui.data_error_heading}</h2>
                    <ul>
                        {list
                            .iter()
                            .take(SHOWN_PROBLEMS)
                            .map(|p| view! { <li><code>{p.path.clone()}</code> ": " {p.message(lang)}</li> })
                            .collect_view()}
                    </ul>
                    {(list.len() > SHOWN_PROBLEMS).then(|| view! { <p>{more_problems(list.len() - SHOWN_PROBLEMS, lang)}</p> })}
                    <p>{ui.data_error_kept}</p>
                </section>
            }
        })
    }
}
