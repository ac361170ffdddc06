//! The sections of a page, in order: which ones a view of a dataset has, their ids and their
//! names in the page's table of contents.
//!
//! The page lays itself out from this list and its navigation links to the same list, so a
//! link never points to a section the page lacks and no section goes without a link. Each
//! id is stable: a shared link, the language switch and a bookmark land on the same section.

use crate::dataset::Dataset;
use crate::i18n::Lang;
use crate::page::View;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// The strip of the newest results, under the header.
    Latest,
    KeyFigures,
    Summary,
    Charts,
    Compare,
    NewProvince,
    Context,
    Sources,
    /// The embed code panel.
    Embed,
    /// The file preview panel.
    Data,
}

/// Where the page is shown, which decides whether its site tools are there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    /// Inside another site's frame: the tool panels are the host's business.
    pub embed: bool,
    /// The one-file offline copy: no site to embed from.
    pub offline_copy: bool,
}

impl Section {
    /// The element id, and the fragment that leads to it.
    pub fn id(self) -> &'static str {
        match self {
            Section::Latest => "latest",
            Section::KeyFigures => "key-figures",
            Section::Summary => "summary",
            Section::Charts => "charts",
            Section::Compare => "compare",
            Section::NewProvince => "new-province",
            Section::Context => "context",
            Section::Sources => "sources",
            Section::Embed => "embed",
            Section::Data => "data",
        }
    }

    /// Its short name in the table of contents.
    pub fn label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Section::Latest => ui.latest_heading,
            Section::KeyFigures => ui.nav_key_figures,
            Section::Summary => ui.summary_heading,
            Section::Charts => ui.nav_charts,
            Section::Compare => ui.nav_compare,
            Section::NewProvince => ui.nav_new_province,
            Section::Context => ui.nav_context,
            Section::Sources => ui.sources_heading,
            Section::Embed => ui.nav_embed,
            Section::Data => ui.nav_data,
        }
    }

    /// Works only with JavaScript: the page without it hides the section, and its link.
    pub fn needs_js(self) -> bool {
        self == Section::Data
    }

    /// The section whose id is `id`, if it is one of them.
    pub fn from_id(id: &str) -> Option<Section> {
        ALL.into_iter().find(|s| s.id() == id)
    }
}

const ALL: [Section; 10] = [
    Section::Latest,
    Section::KeyFigures,
    Section::Summary,
    Section::Charts,
    Section::Compare,
    Section::NewProvince,
    Section::Context,
    Section::Sources,
    Section::Embed,
    Section::Data,
];

/// The sections `view` of `ds` shows in `setting`, in page order.
pub fn page_sections(ds: &Dataset, view: View, setting: Setting) -> Vec<Section> {
    let whole = view == View::All;
    let new_province = ds.new_province.as_ref();
    ALL.into_iter()
        .filter(|section| match section {
            Section::Latest => whole && new_province.is_some_and(|n| n.highlighted().next().is_some()),
            Section::KeyFigures => view.shows_figures(),
            Section::Summary | Section::Context | Section::Sources => whole,
            Section::Charts => view.shows_any_chart(),
            Section::Compare => view.shows_comparisons() && !ds.comparisons.is_empty(),
            Section::NewProvince => whole && new_province.is_some(),
            Section::Embed => !setting.embed && !setting.offline_copy,
            Section::Data => !setting.embed,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: Setting = Setting {
        embed: false,
        offline_copy: false,
    };

    fn dataset() -> Dataset {
        crate::embedded_dataset().unwrap_or_else(|p| panic!("{p:?}"))
    }

    #[test]
    fn the_whole_page_has_every_section_of_the_shipped_data_in_order() {
        let ids: Vec<&str> = page_sections(&dataset(), View::All, SITE)
            .into_iter()
            .map(Section::id)
            .collect();
        assert_eq!(
            ids,
            [
                "latest",
                "key-figures",
                "summary",
                "charts",
                "compare",
                "new-province",
                "context",
                "sources",
                "embed",
                "data"
            ]
        );
    }

    #[test]
    fn sections_follow_the_data_the_view_and_the_setting() {
        let mut ds = dataset();
        ds.new_province = None;
        ds.comparisons.clear();
        let ids = |ds: &Dataset, view, setting| -> Vec<&str> {
            page_sections(ds, view, setting).into_iter().map(Section::id).collect()
        };
        assert_eq!(
            ids(&ds, View::All, SITE),
            [
                "key-figures",
                "summary",
                "charts",
                "context",
                "sources",
                "embed",
                "data"
            ]
        );
        let embed = Setting {
            embed: true,
            offline_copy: false,
        };
        assert_eq!(
            ids(
                &dataset(),
                View::from_slug("fdi").unwrap_or_else(|| panic!("no fdi chart")),
                embed
            ),
            ["charts"]
        );
        assert_eq!(ids(&dataset(), View::Compare, embed), ["compare"]);
        assert_eq!(ids(&ds, View::Compare, embed), Vec::<&str>::new());
        let offline = Setting {
            embed: false,
            offline_copy: true,
        };
        assert_eq!(ids(&dataset(), View::Figures, offline), ["key-figures", "data"]);
    }

    #[test]
    fn ids_are_distinct_and_found_again_and_every_label_is_said_in_both_languages() {
        for (i, section) in ALL.into_iter().enumerate() {
            assert_eq!(Section::from_id(section.id()), Some(section));
            assert!(ALL[..i].iter().all(|other| other.id() != section.id()));
            for lang in Lang::ALL {
                assert!(!section.label(lang).trim().is_empty());
            }
        }
        assert_eq!(Section::from_id("main"), None);
    }
}
