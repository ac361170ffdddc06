//! The panel that lists every problem of a dataset that could not be used.

use dashboard_core::i18n::Lang;
use dashboard_core::validate::Problem;
use leptos::prelude::*;

#[component]
pub fn DataErrorPanel(problems: RwSignal<Vec<Problem>>, lang: RwSignal<Lang>) -> impl IntoView {
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let lang = lang.get();
            let ui = lang.ui();
            view! {
                <section class="data-error" role="alert" aria-labelledby="data-error-heading">
                    <h2 id="data-error-heading">{ui.data_error_heading}</h2>
                    <ul>
                        {list
                            .iter()
                            .map(|p| view! { <li><code>{p.path.clone()}</code> ": " {p.message(lang)}</li> })
                            .collect_view()}
                    </ul>
                    <p>{ui.data_error_kept}</p>
                </section>
            }
        })
    }
}
