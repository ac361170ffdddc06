//! The default view: the prerendered page stays, and the parts that need code come to life
//! where they stand.
//!
//! The page as written at build time is the product. Its text, headings, cards, tables and
//! summary are never re-created here, and nothing on the first screen is detached: only the
//! parts `island` names are mounted, each built beside its prerendered twin and put in its
//! place in a task of its own (`carry` brings along what the reader did there). The sections
//! bar and the banners come to life at once; every other part when it comes within a screen
//! of the viewport, or as soon as the reader reaches for it (focus or a pointer on it).
//!
//! This bundle carries only that: the charts, the tabs, share and copy, the embed panel and
//! the file picker. A page whose every text must follow something the build did not know (a
//! `?data=` file, another language or view in its address, a previewed file) is handed to
//! the full app, the second bundle, which renders it whole (see `takeover`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use dashboard_core::dataset::Dataset;
use dashboard_core::page::PageOptions;
use dashboard_core::sections::{page_sections, Setting};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser;
use crate::carry;
use crate::components::banners::StatusBanners;
use crate::components::chart_card::{SeriesChart, SeriesChartState};
use crate::components::charts::DatasetDownloads;
use crate::components::compare::CompareSection;
use crate::components::data_panel::DataPanel;
use crate::components::embed::{post_heights, EmbedSection};
use crate::components::header::{LanguageSwitch, ShareButton};
use crate::components::section_nav::{follow_reader, SectionNav};
use crate::island::{Island, Wake, ISLAND_ATTR};
use crate::state::AppState;

/// The event that asks the page's boot script for the full app, with the file to preview, if any.
const FULL_APP_EVENT: &str = "bac-ninh:full-app";

/// Brings the page to life: hands it to the full app if its address asks for other text
/// than the prerendered page states, else mounts its parts where they stand.
///
/// Starting runs in stages, each a task of its own (reading the options, reading the
/// dataset, setting up the state, the parts' observers, then each eager part): the first
/// call of code compiles it, so on a slow phone one task for all of it would hold the page
/// for long. The first stage waits too, so that instantiating the module is a task alone.
pub(crate) fn start() {
    next_task(read_options);
}

/// The first stage: the full app's page, or the prerendered one brought to life.
fn read_options() {
    let (asked, prerendered) = (browser::page_options(), browser::prerendered_page_options());
    if asked.shows_prerendered(&prerendered) {
        next_task(move || read_dataset(asked));
    } else {
        ask_for_full_app(None);
    }
}

/// The second stage: the embedded dataset; then the state, then the parts, each a stage.
fn read_dataset(asked: PageOptions) {
    let Some(dataset) = dashboard_core::prevalidated_embedded_dataset().ok().map(Arc::new) else {
        // Only a defective build gets here: the page stays as prerendered, and the full app,
        // which reports every problem, takes over.
        ask_for_full_app(None);
        return;
    };
    next_task(move || {
        let page = Page::provide(asked, dataset);
        next_task(move || page.wire());
    });
}

/// Runs `then` in a task of its own, after the tasks already waiting.
fn next_task(then: impl FnOnce() + 'static) {
    set_timeout(then, Duration::ZERO);
}

/// Asks the boot script for the full app, which takes the page over and previews `file`.
fn ask_for_full_app(file: Option<web_sys::File>) {
    browser::dispatch_window_event_with(FULL_APP_EVENT, file.as_ref().map(AsRef::as_ref));
}

/// The file picker's file: every text must follow it, which is the full app's work.
fn hand_file_to_full_app(file: web_sys::File, _: AppState) {
    ask_for_full_app(Some(file));
}

/// What every part is mounted with.
#[derive(Clone)]
struct Page {
    root: Owner,
    state: AppState,
    options: PageOptions,
}

impl Page {
    /// Sets up the shared state, and what follows it for the whole page (the embed's height).
    fn provide(options: PageOptions, dataset: Arc<Dataset>) -> Page {
        // Effects (the embed's height, the section followed) run before any part is mounted.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        // The owner every part's own owner descends from: it holds the shared state. Never
        // disposed: what it holds (the embed's height observer, say) is the page's for good,
        // even on a page with no part to mount.
        let root = Owner::new();
        std::mem::forget(root.clone());
        let state = root.with(|| AppState::provide_live(&options, dataset, hand_file_to_full_app));
        root.with(|| post_heights(&options));
        Page { root, state, options }
    }

    /// Sets up every part's way to life, then mounts the eager parts, each in a task of its own.
    fn wire(self) {
        let islands = browser::elements_with_attribute(ISLAND_ATTR);
        // A page opened at a fragment has scrolled already: its links wake with the eager parts.
        let scrolled = browser::scroll_top() > 0.0;
        let (eager, later): (Vec<_>, Vec<_>) = islands
            .into_iter()
            .filter_map(|element| Some((Island::from_attr(&element.get_attribute(ISLAND_ATTR)?)?, element)))
            .map(|(island, element)| match island.wakes() {
                Wake::OnScroll if scrolled => (island, element, Wake::AtOnce),
                wake => (island, element, wake),
            })
            .partition(|(_, _, wake)| *wake == Wake::AtOnce);
        for (island, element, wake) in later {
            self.clone().mount_when_needed(island, element, wake);
        }
        // Tasks run in the order they were queued: the page says it is live after the last.
        for (island, element, _) in eager {
            let page = self.clone();
            next_task(move || {
                let _ = page.mount(island, &element, page.groundwork(island));
            });
        }
        next_task(browser::mark_live);
    }

    /// Mounts `island` when `wake` says (it comes near the viewport, or the page scrolls),
    /// or at once if the reader reaches for it.
    fn mount_when_needed(self, island: Island, element: Element, wake: Wake) {
        // The live copy, once mounted, and its groundwork, once laid.
        let live = Rc::new(RefCell::new(None::<Element>));
        let laid = Rc::new(RefCell::new(None::<Groundwork>));
        let mount_once = {
            let (page, element, live, laid) = (self.clone(), element.clone(), live.clone(), laid.clone());
            move || {
                if live.borrow().is_none() {
                    let groundwork = laid.borrow_mut().take().unwrap_or_else(|| page.groundwork(island));
                    let fresh = page.mount(island, &element, groundwork);
                    *live.borrow_mut() = fresh;
                }
            }
        };
        // A press on the prerendered part: it is not replaced under the pointer until the
        // click that ends the press has come (a press that begins on one node and ends on its
        // replacement is no click at all). The click follows the release in the same task, so
        // no mount comes between them.
        let pressed = Rc::new(Cell::new(false));
        let presses = [("pointerdown", true), ("pointerup", false), ("pointercancel", false)].map(|(name, down)| {
            let pressed = pressed.clone();
            browser::listen(element.as_ref(), name, move |_| pressed.set(down))
        });
        // Its time: its groundwork in a task of its own, then the mount in the next, so that
        // several parts coming near together are several tasks. What watches for it goes with
        // the prerendered part, which the mount removes (a scroll listener stays, and does
        // nothing after its first call).
        {
            let lay_groundwork = {
                let (page, live, laid) = (self.clone(), live.clone(), laid.clone());
                move || {
                    if live.borrow().is_none() {
                        *laid.borrow_mut() = Some(page.groundwork(island));
                    }
                }
            };
            // Taken by the first wake-up: any after it find nothing left to do.
            let mut waiting = Some((lay_groundwork, mount_once.clone(), pressed.clone()));
            let mut wake_up = move || {
                if let Some((lay_groundwork, mount_once, pressed)) = waiting.take() {
                    next_task(move || {
                        lay_groundwork();
                        mount_soon(mount_once, pressed, Duration::ZERO);
                    });
                }
            };
            match wake {
                Wake::Near => std::mem::forget(browser::observe_nearness(&element, wake_up)),
                // `AtOnce` parts are mounted by `wire` and never wait here.
                Wake::OnScroll | Wake::AtOnce => std::mem::forget(browser::listen_window("scroll", move |_| wake_up())),
            }
        }
        // Reached for before it came near (a jump, a quick tap): now. Focus from the keys moves
        // to the live twin with the mount (focus from a press waits for its click); a click is
        // given to the twin of what it hit, since the control it hit has left the page.
        let focused = {
            let (mount_once, pressed) = (mount_once.clone(), pressed.clone());
            browser::listen(element.as_ref(), "focusin", move |_| {
                if !pressed.get() {
                    mount_once();
                }
            })
        };
        let clicked = {
            let prerendered = element.clone();
            browser::listen(element.as_ref(), "click", move |event| {
                pressed.set(false);
                mount_once();
                let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                let twin = target
                    .zip(live.borrow().clone())
                    .and_then(|(hit, fresh)| carry::twin(&prerendered, &fresh, &hit));
                if let Some(twin) = twin {
                    event.prevent_default();
                    event.stop_propagation();
                    twin.click();
                }
            })
        };
        // The listeners go with the prerendered part, which the mount removes.
        std::mem::forget((focused, presses, clicked));
    }

    /// What `island`'s view is built from, worked out now (see [`Groundwork`]).
    fn groundwork(&self, island: Island) -> Groundwork {
        match island {
            // Under the page's owner, like the part: it lives as long as the page.
            Island::Chart(id) => Groundwork::Chart(self.root.with(|| SeriesChartState::new(id).work_out())),
            _ => Groundwork::None,
        }
    }

    /// Builds `island` from `groundwork` for its prerendered twin `element`, off the page, and
    /// puts it in its place. Returns the live copy.
    fn mount(&self, island: Island, element: &Element, groundwork: Groundwork) -> Option<Element> {
        let host = element.owner_document().and_then(|d| d.create_element("div").ok());
        let host = host.filter(|_| element.is_connected())?;
        let (state, options) = (self.state, self.options.clone());
        let host_element = host.clone().dyn_into::<web_sys::HtmlElement>().ok()?;
        // Under the page's owner, so the part reads the shared state; it lives as long as the page.
        self.root
            .with(|| leptos::mount::mount_to(host_element, move || island_view(island, groundwork, state, &options)))
            .forget();
        let fresh = host.first_element_child()?;
        // Read by the tests and the benchmark: this part is live.
        let _ = fresh.set_attribute("data-live", "");
        // Every node the part made, markers too, so that it can still update itself there.
        carry::replace_with(element, &fresh, &js_sys::Array::from(&host.child_nodes()));
        Some(fresh)
    }
}

/// Runs `mount` in a task of its own after `delay`, or, while the reader is pressing on the
/// part, once the press is over.
fn mount_soon(mount: impl Fn() + Clone + 'static, pressed: Rc<Cell<bool>>, delay: Duration) {
    set_timeout(
        move || match pressed.get() {
            true => mount_soon(mount, pressed, PRESS_CHECK),
            false => mount(),
        },
        delay,
    );
}

/// How often a part waiting for a press to end looks again.
const PRESS_CHECK: Duration = Duration::from_millis(50);

/// What a part's view is built from, where part of the work can come a task before the view:
/// a chart's spec, whose first working out (compiling the code that formats every figure and
/// label of it, on a slow phone) is a good part of the chart's first mount.
enum Groundwork {
    None,
    Chart(SeriesChartState),
}

/// The live twin of a part.
fn island_view(island: Island, groundwork: Groundwork, state: AppState, options: &PageOptions) -> AnyView {
    match island {
        Island::SectionNav => {
            let (view, setting) = (
                options.view,
                Setting {
                    embed: options.embed,
                    offline_copy: false,
                },
            );
            let sections = Memo::new(move |_| state.dataset.with(|ds| page_sections(ds, view, setting)));
            follow_reader(sections, state);
            view! { <SectionNav sections=sections /> }.into_any()
        }
        Island::Share => view! { <ShareButton /> }.into_any(),
        Island::LanguageSwitch => view! { <LanguageSwitch /> }.into_any(),
        Island::Banners => view! { <StatusBanners /> }.into_any(),
        Island::DatasetDownloads => view! { <DatasetDownloads /> }.into_any(),
        Island::Chart(id) => {
            let chart = match groundwork {
                Groundwork::Chart(chart) => chart,
                Groundwork::None => SeriesChartState::new(id),
            };
            view! { <SeriesChart chart=chart /> }.into_any()
        }
        Island::Compare => view! { <CompareSection /> }.into_any(),
        Island::EmbedPanel => view! { <EmbedSection /> }.into_any(),
        Island::DataPanel => view! { <DataPanel /> }.into_any(),
    }
}
