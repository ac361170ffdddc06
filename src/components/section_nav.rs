//! The page's table of contents: a navigation landmark with a link to every section the
//! page has, in a bar that stays at the top of the screen while the page scrolls, marking
//! the section the reader is in.
//!
//! On a phone the page is some twenty screens long: the bar is one line (its links scroll
//! sideways, the current one kept in view) and takes its room above the content instead of
//! lying over it; the stylesheet's `scroll-padding-top` keeps what a link or Tab leads to
//! below it. The links are plain fragments, so they work without JavaScript too.

use dashboard_core::sections::Section;
use leptos::html;
use leptos::prelude::*;

use super::header::{LanguageSwitch, ShareButton};
use crate::browser;
use crate::island::Island;
use crate::state::{use_app, AppState};

/// The bar also holds the page's actions, Share and the language switch, so that a reader
/// reaches them from any section (and they keep it). The offline copy has no Share: its
/// address is a file on someone's disk. The links, Share and the switch are three parts of
/// the live page (`island`): each comes to life in a task of its own.
#[component]
pub(crate) fn SectionBar(sections: Memo<Vec<Section>>) -> impl IntoView {
    let shareable = !use_app().offline_copy();
    view! {
        <div class="section-bar">
            <div class="section-bar__inner">
                <SectionNav sections=sections />
                <div class="section-bar__actions">
                    {shareable.then(|| view! { <ShareButton /> })}
                    <LanguageSwitch />
                </div>
            </div>
        </div>
    }
}

/// The links to the sections, the reader's own marked.
#[component]
pub(crate) fn SectionNav(sections: Memo<Vec<Section>>) -> impl IntoView {
    let app = use_app();
    let (lang, current) = (app.lang, app.section);
    let list = NodeRef::<html::Ol>::new();
    // The current section's link stays in view in the bar, which scrolls sideways on a phone.
    Effect::new(move |_| {
        let (Some(list), Some(section)) = (list.get(), current.get()) else {
            return;
        };
        if let Ok(Some(link)) = list.query_selector(&format!("[data-section=\"{}\"]", section.id())) {
            browser::reveal_sideways(&list, &link);
        }
    });
    view! {
        <nav
            class="section-nav"
            aria-label=move || lang.get().ui().contents
            data-role="section-nav"
            data-island=Island::SectionNav.attr()
        >
            // "#top" leads to the top of the document (HTML's rule for that fragment).
            <a class="section-nav__top" href="#top">
                <span aria-hidden="true">"↑"</span>
                <span class="visually-hidden">{move || lang.get().ui().back_to_top}</span>
            </a>
            <ol class="section-nav__list" node_ref=list>
                <For each=move || sections.get() key=|section| *section let:section>
                    <li class:needs-js=section.needs_js()>
                        <a
                            class="section-nav__link"
                            href=format!("#{}", section.id())
                            data-section=section.id()
                            aria-current=move || (current.get() == Some(section)).then_some("location")
                        >
                            {move || section.label(lang.get())}
                        </a>
                    </li>
                </For>
            </ol>
        </nav>
    }
}

/// Keeps `state.section` on the section the reader is in as the page scrolls or resizes,
/// and the address's fragment with it, so a reload or a bookmark opens there.
pub(crate) fn follow_reader(sections: Memo<Vec<Section>>, state: AppState) {
    let update = move || {
        let shown = sections.get_untracked();
        let ids: Vec<&'static str> = shown.iter().map(|s| s.id()).collect();
        // At the end of the page the last section is the one in view, though its top never
        // reaches the reading line.
        let reading = if browser::at_page_end() {
            shown.last().copied()
        } else {
            browser::section_at(&ids, browser::reading_line()).and_then(Section::from_id)
        };
        if reading != state.section.get_untracked() {
            state.section.set(reading);
            browser::set_url_fragment(reading.map(Section::id));
        }
    };
    browser::keep_while_mounted(browser::listen_window("scroll", move |_| update()));
    browser::keep_while_mounted(browser::listen_window("resize", move |_| update()));
    // Once the page is built, and whenever its sections change.
    Effect::new(move |_| {
        sections.track();
        update();
    });
}
