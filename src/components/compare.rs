//! "Bắc Ninh among provinces": the ranking tables behind the report's ranks, one at a time.
//!
//! A tab list chooses the table (arrow keys, Home and End move between tabs, as
//! the WAI-ARIA tabs pattern has it); the chart card below draws it like any
//! chart. The lines under the card say which unit the table ranks, how its ranks
//! were read and where its figure for Bắc Ninh differs from the headline one.

use dashboard_core::captions::comparison_scope_line;
use dashboard_core::chart::{comparison_spec_at, ChartSpec};
use dashboard_core::sections::Section;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::chart_card::ChartCard;
use super::chart_table::ChartTable;
use super::keys::{step, Ends};
use super::later::Later;
use crate::island::Island;
use crate::state::{use_app, INTERACTIVE};

#[component]
pub(crate) fn CompareSection() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let count = Memo::new(move |_| dataset.with(|ds| ds.comparisons.len()));
    let chosen = RwSignal::new(0_usize);
    // A new dataset may have fewer tables: the choice never points past the last one.
    let index = Memo::new(move |_| chosen.get().min(count.get().saturating_sub(1)));
    move || {
        (count.get() > 0).then(|| {
            let spec = Memo::new(move |_| dataset.with(|ds| comparison_spec_at(ds, index.get(), lang.get())));
            let csv = Callback::new(move |()| spec.with_untracked(ChartSpec::csv));
            let notes = move || {
                let lang = lang.get();
                dataset.with(|ds| {
                    ds.comparisons.get(index.get()).map(|c| {
                        std::iter::once(comparison_scope_line(ds, c, lang))
                            .chain([&c.note, &c.rank_basis].into_iter().flatten().map(|t| t.get(lang).to_owned()))
                            .map(|line| view! { <p class="compare__note">{line}</p> })
                            .collect_view()
                    })
                })
            };
            view! {
                <section class="section" id=Section::Compare.id() aria-labelledby="compare-heading" data-role="compare" data-island=Island::Compare.attr()>
                    <h2 id="compare-heading">{move || lang.get().ui().compare_heading}</h2>
                    <p>{move || lang.get().ui().compare_intro}</p>
                    <ComparisonTabs chosen=chosen index=index />
                    <div role="tabpanel" id="compare-panel" aria-labelledby=move || format!("compare-tab-{}", index.get())>
                        <ChartCard key="compare" spec=spec csv=csv />
                        <div class="compare__notes">{notes}</div>
                    </div>
                    {(!INTERACTIVE).then(|| view! { <noscript><OtherComparisons /></noscript> })}
                    {INTERACTIVE.then(|| view! { <PrintedComparisons /> })}
                </section>
            }
        })
    }
}

/// The tab list: one tab per table, only the chosen one in the tab order.
#[component]
fn ComparisonTabs(chosen: RwSignal<usize>, index: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let tabs = NodeRef::<leptos::html::Div>::new();
    let on_key = move |ev: KeyboardEvent| {
        let count = dataset.with_untracked(|ds| ds.comparisons.len());
        let Some(next) = step(&ev.key(), Some(index.get_untracked()), count, Ends::Wrap) else {
            return;
        };
        ev.prevent_default();
        chosen.set(next);
        // Focus follows the choice, so the keyboard stays on the tab just chosen.
        if let Some(tab) = tabs.get().and_then(|list| list.children().item(next as u32)) {
            if let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab) {
                let _ = tab.focus();
            }
        }
    };
    view! {
        <div class="tabs needs-js" role="tablist" node_ref=tabs aria-label=move || lang.get().ui().compare_tabs on:keydown=on_key>
            {move || {
                let lang = lang.get();
                dataset.with(|ds| {
                    ds.comparisons
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let selected = move || index.get() == i;
                            view! {
                                <button
                                    type="button"
                                    role="tab"
                                    class="tabs__tab"
                                    id=format!("compare-tab-{i}")
                                    data-comparison=c.id.clone()
                                    aria-controls="compare-panel"
                                    aria-selected=move || selected().to_string()
                                    tabindex=move || if selected() { "0" } else { "-1" }
                                    on:click=move |_| chosen.set(i)
                                >
                                    {c.label.get(lang).to_owned()}
                                </button>
                            }
                        })
                        .collect_view()
                })
            }}
        </div>
    }
}

/// For readers without JavaScript, who cannot switch tabs: every table after the first,
/// one card each, in the prerendered page only.
#[component]
fn OtherComparisons() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    dataset.with_untracked(|ds| {
        ds.comparisons
            .iter()
            .enumerate()
            .skip(1)
            .map(|(index, comparison)| {
                let spec = Memo::new(move |_| dataset.with(|ds| comparison_spec_at(ds, index, lang.get())));
                let csv = Callback::new(move |()| spec.with_untracked(ChartSpec::csv));
                view! { <ChartCard key=comparison.id.clone() spec=spec csv=csv /> }
            })
            .collect_view()
    })
}

/// For paper, where no tab can be chosen: every ranking's table (its caption is its title),
/// with its sources, in the live page only (the prerendered page has its `<noscript>`).
/// The stylesheet shows it only in print, where the chosen card's own table gives way to it.
#[component]
fn PrintedComparisons() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let count = Memo::new(move |_| dataset.with(|ds| ds.comparisons.len()));
    view! {
        <div class="compare__printed" data-role="printed-comparisons">
            <Later now=app.printing>
            {move || {
                (0..count.get())
                    .map(|index| {
                        let spec = Memo::new(move |_| dataset.with(|ds| comparison_spec_at(ds, index, lang.get())));
                        view! {
                            <div class="compare__printed-table">
                                <ChartTable spec=spec />
                                <p class="chart-card__source">{move || spec.with(|s| s.source_line.clone())}</p>
                            </div>
                        }
                    })
                    .collect_view()
            }}
            </Later>
        </div>
    }
}
