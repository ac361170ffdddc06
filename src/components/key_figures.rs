//! The headline figures: one card each, with rank, period, status and source.

use dashboard_core::captions::key_figures_heading;
use dashboard_core::captions::scope_line;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::{key_figure_views, KeyFigureView};
use dashboard_core::sections::Section;
use leptos::prelude::*;

use super::citation::Citation;
use crate::state::use_app;

#[component]
pub(crate) fn KeyFiguresSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let cards = Memo::new(move |_| app.dataset.with(|ds| key_figure_views(ds, lang.get())));
    let heading = Memo::new(move |_| app.dataset.with(|ds| key_figures_heading(ds, lang.get())));
    view! {
        <section class="section" id=Section::KeyFigures.id() aria-labelledby="key-figures-heading">
            <h2 id="key-figures-heading">{heading}</h2>
            <p class="section__scope">{move || app.dataset.with(|ds| scope_line(ds, lang.get()))}</p>
            <div class="card-grid">
                {move || {
                    let lang = lang.get();
                    cards.get().into_iter().map(|card| view! { <KeyFigureCard card=card lang=lang /> }).collect_view()
                }}
            </div>
        </section>
    }
}

#[component]
pub(crate) fn KeyFigureCard(card: KeyFigureView, lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let meta = [
        Some(card.period.clone()),
        card.comparison.clone(),
        Some(card.status.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <article class="card" class:card--warning=card.warning class:card--target=card.target data-figure=card.id.clone()>
            <h3 class="card__label">{card.label.clone()}</h3>
            <p class="card__value">{card.value.clone()}</p>
            <p class="card__meta">{meta}</p>
            {card.rank_short.clone().map(|short| {
                view! {
                    <p class="card__rank">
                        <span class="card__rank-badge" aria-hidden="true">{short}</span>
                        <span class="card__rank-text">{card.rank_long.clone()}</span>
                    </p>
                }
            })}
            {(!card.details.is_empty()).then(|| view! { <p class="card__details">{card.details.join(" · ")}</p> })}
            {card.note.clone().map(|n| view! { <p class="card__note">{n}</p> })}
            {card.differs.clone().map(|d| view! { <p class="card__differs">{d}</p> })}
            <Citation source=card.source.clone() also=card.corroborated_by.clone() lang=lang />
            <span class="visually-hidden">{ui.status} ": " {card.status.clone()}</span>
        </article>
    }
}
