//! The newest results, one step from the first screen.
//!
//! The page grew from the report of 13/6/2023, but a reader opening it today wants the
//! latest year first: a strip of the new province's highlighted results (which ones is
//! the dataset's choice), each with its rank, period, status and source, and a link to
//! the section that holds them in full.

use dashboard_core::captions::latest_heading;
use dashboard_core::keyfigures::highlight_views;
use dashboard_core::sections::Section;
use leptos::prelude::*;

use crate::state::use_app;

#[component]
pub(crate) fn LatestStrip() -> impl IntoView {
    let app = use_app();
    let (dataset, lang) = (app.dataset, app.lang);
    let cards = Memo::new(move |_| dataset.with(|ds| highlight_views(ds, lang.get())));
    move || {
        let lang = lang.get();
        let ui = lang.ui();
        let cards = cards.get();
        let heading = dataset.with(|ds| ds.new_province.as_ref().map(|new| latest_heading(new, lang)))?;
        (!cards.is_empty()).then(|| {
            view! {
                <section class="latest" id=Section::Latest.id() aria-labelledby="latest-heading" data-role="latest">
                    <h2 id="latest-heading" class="latest__heading">{heading}</h2>
                    <ul class="latest__list">
                        {cards
                            .into_iter()
                            .map(|card| {
                                let meta = format!("{} · {}", card.period, card.status);
                                view! {
                                    <li class="latest__item" data-highlight=card.id.clone()>
                                        <span class="latest__label">{card.label.clone()}</span>
                                        <span class="latest__value">{card.value.clone()}</span>
                                        {card.rank_short.clone().map(|short| view! {
                                            <span class="latest__rank">
                                                <span class="card__rank-badge" aria-hidden="true">{short}</span>
                                                <span class="visually-hidden">{card.rank_long.clone()}</span>
                                            </span>
                                        })}
                                        <span class="latest__meta">{meta}</span>
                                        <span class="latest__source">{ui.source} ": " {card.source.publisher.clone()}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <a class="latest__more" href=format!("#{}", Section::NewProvince.id())>{ui.latest_more} " →"</a>
                </section>
            }
        })
    }
}
