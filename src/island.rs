//! The parts of a prerendered page that need code, each named where it stands.
//!
//! In the default view the static page is the product: its text, headings, cards and
//! summary stay as they were written at build time, and only these parts are mounted, each
//! in place of its prerendered twin (see `live`). A component that is one of them marks its
//! root with [`Island::attr`], so the page and the code that brings it to life name the same
//! parts, and a part that is not named here is never touched.

use dashboard_core::chart::ChartId;

/// The attribute that names a part.
#[cfg(feature = "csr")]
pub(crate) const ISLAND_ATTR: &str = "data-island";

/// One part of the page that needs code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Island {
    /// The sections bar's links: the reader's section marked as the page scrolls.
    SectionNav,
    /// The sections bar's Share: the link to the reader's section.
    Share,
    /// The language switch: links that keep the reader's section.
    LanguageSwitch,
    /// Running offline, and a new version waiting.
    Banners,
    /// The whole dataset as CSV, written in the browser.
    DatasetDownloads,
    /// One series chart's card: canvas, tooltip, keys, table and downloads.
    Chart(ChartId),
    /// The ranking tables' tabs and their chart.
    Compare,
    /// The embed code and its preview.
    EmbedPanel,
    /// The file preview, which hands its file to the full app.
    DataPanel,
}

impl Island {
    /// The value of [`ISLAND_ATTR`] on the part's root.
    pub(crate) fn attr(self) -> String {
        match self {
            Island::SectionNav => "section-nav".to_owned(),
            Island::Share => "share".to_owned(),
            Island::LanguageSwitch => "language-switch".to_owned(),
            Island::Banners => "banners".to_owned(),
            Island::DatasetDownloads => "dataset-downloads".to_owned(),
            Island::Chart(id) => format!("chart-{}", id.slug()),
            Island::Compare => "compare".to_owned(),
            Island::EmbedPanel => "embed-panel".to_owned(),
            Island::DataPanel => "data-panel".to_owned(),
        }
    }

    /// The part a root's [`ISLAND_ATTR`] names, if any.
    #[cfg(feature = "csr")]
    pub(crate) fn from_attr(value: &str) -> Option<Island> {
        let simple = [
            Island::SectionNav,
            Island::Share,
            Island::LanguageSwitch,
            Island::Banners,
            Island::DatasetDownloads,
            Island::Compare,
            Island::EmbedPanel,
            Island::DataPanel,
        ];
        simple
            .into_iter()
            .chain(ChartId::ALL.map(Island::Chart))
            .find(|island| island.attr() == value)
    }

    /// When the part comes to life: the reader's controls on the first screen at once; the
    /// sections' links when the page first scrolls, since until then the reader is in no
    /// section and the prerendered links say just that; every other part when it comes
    /// near the viewport. Any part, too, as soon as the reader reaches for it.
    #[cfg(feature = "csr")]
    pub(crate) fn wakes(self) -> Wake {
        match self {
            Island::Share | Island::LanguageSwitch | Island::Banners => Wake::AtOnce,
            Island::SectionNav => Wake::OnScroll,
            _ => Wake::Near,
        }
    }
}

/// When a part comes to life, if the reader does not reach for it first.
#[cfg(feature = "csr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wake {
    AtOnce,
    OnScroll,
    Near,
}
