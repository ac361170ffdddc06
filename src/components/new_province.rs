//! The province formed by the 2025 merger: what merged and when, its size, and its first
//! figures ranked among its own total.
//!
//! A different unit from the one of the rest of the page: its cards say so, and
//! its figures join none of the former province's charts or series.

use dashboard_core::captions::new_province_scope_line;
use dashboard_core::captions::targets_heading;
use dashboard_core::keyfigures::{new_province_views, target_views};
use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::context::context_card;
use super::key_figures::KeyFigureCard;
use crate::state::use_app;

#[component]
pub(crate) fn NewProvinceSection() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let cards = Memo::new(move |_| dataset.with(|ds| new_province_views(ds, lang.get())));
    let targets = Memo::new(move |_| dataset.with(|ds| target_views(ds, lang.get())));
    move || {
        let lang = lang.get();
        dataset.with(|ds| {
            ds.new_province.as_ref().map(|new| {
                view! {
                    <section class="section new-province" id=Section::NewProvince.id() aria-labelledby="new-province-heading" data-role="new-province">
                        <h2 id="new-province-heading">{new.name.get(lang).to_owned()}</h2>
                        <p class="section__scope">{new_province_scope_line(new, lang)}</p>
                        <div class="card-grid">
                            {cards.get().into_iter().map(|card| view! { <KeyFigureCard card=card lang=lang /> }).collect_view()}
                        </div>
                        <div class="context-grid">
                            {new.facts.iter().map(|item| context_card(ds, item, lang)).collect_view()}
                        </div>
                        // Plans stand apart from results: their own heading, note and card style.
                        {(!new.targets.is_empty()).then(|| view! {
                            <div class="targets" data-role="targets">
                                <h3 class="targets__heading">{targets_heading(new, lang)}</h3>
                                <p class="targets__note">{lang.ui().targets_note}</p>
                                <div class="card-grid">
                                    {targets.get().into_iter().map(|card| view! { <KeyFigureCard card=card lang=lang /> }).collect_view()}
                                </div>
                            </div>
                        })}
                    </section>
                }
            })
        })
    }
}
