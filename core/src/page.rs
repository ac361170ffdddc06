//! What the page shows, read from its URL, and the embed code that asks for it.
//!
//! `?embed=1&view=growth&lang=en&id=chart1` makes the app a compact embed of one
//! chart; `&theme=light` or `&theme=dark` fixes its colours to match the host
//! page instead of following the reader's device; `?data=update-2024.json` points it
//! at an updated dataset in the site's `data/` folder. The parsing and the iframe
//! snippet are pure so they are tested natively.
//!
//! Every view in every language is also a static page, prerendered at build time
//! ([`StaticPage`]): `index.html`, `en.html`, `embed-growth-vi.html`… A static page
//! states its own options in a `<meta name="page-options">`, which the query string
//! may override, so the old `?embed=1&view=…` addresses keep working. What only the
//! build knows ([`BuildFacts`]: this page is the offline copy, the copy's size, the live
//! address) comes from that meta alone, never from the address: anyone can write a link,
//! and one that made the official page call itself an offline copy, or point readers to
//! a "live" site of the link's choosing, would speak in the ministry's name.

use crate::chart::ChartId;
use crate::i18n::Lang;

/// The part of the dashboard a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    All,
    Figures,
    Chart(ChartId),
    /// Bắc Ninh among the provinces: the ranking tables.
    Compare,
}

impl View {
    /// The whole page, the figures, the rankings, then one view per chart, in page order.
    pub const ALL: [View; 3 + ChartId::ALL.len()] = {
        let mut all = [View::All; 3 + ChartId::ALL.len()];
        all[1] = View::Figures;
        all[2] = View::Compare;
        let mut i = 0;
        while i < ChartId::ALL.len() {
            all[3 + i] = View::Chart(ChartId::ALL[i]);
            i += 1;
        }
        all
    };

    pub fn slug(self) -> &'static str {
        match self {
            View::All => "all",
            View::Figures => "figures",
            View::Chart(id) => id.slug(),
            View::Compare => "compare",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }

    pub fn shows_figures(self) -> bool {
        matches!(self, View::All | View::Figures)
    }

    pub fn shows_any_chart(self) -> bool {
        matches!(self, View::All | View::Chart(_))
    }

    pub fn shows_comparisons(self) -> bool {
        matches!(self, View::All | View::Compare)
    }

    pub fn shows_chart(self, id: ChartId) -> bool {
        self == View::All || self == View::Chart(id)
    }
}

/// A colour scheme a host page can fix for an embed, so that it matches the page around
/// it; without one the app follows the reader's device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorScheme {
    Light,
    Dark,
}

impl ColorScheme {
    pub const ALL: [ColorScheme; 2] = [ColorScheme::Light, ColorScheme::Dark];

    /// The value of `?theme=`, and the suffix of the root element's `scheme-` class.
    pub fn slug(self) -> &'static str {
        match self {
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ColorScheme> {
        ColorScheme::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// Everything the page's meta and its address say about how to show it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageOptions {
    pub embed: bool,
    pub view: View,
    /// The id the host gave this embed, echoed in height messages.
    pub embed_id: String,
    pub lang: Option<Lang>,
    /// `?data=`: a file of the site's data folder, or the value refused, to be reported.
    pub data: Option<Result<DataFile, String>>,
    /// Colours fixed by the host page (`?theme=`), if any.
    pub scheme: Option<ColorScheme>,
    /// What only the build states; never read from the address.
    pub build: BuildFacts,
}

/// What only the build can say about a page, in its `<meta name="page-options">`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BuildFacts {
    /// This page is the one-file offline copy (`offline=1`): what needs its site is hidden.
    pub offline_copy: bool,
    /// The size in bytes of the one-file offline copy, if the build made one (`copy=`).
    pub offline_copy_bytes: Option<u64>,
    /// The address of the live dashboard (`live=`, http or https only), if the build knows it.
    pub live_address: Option<String>,
}

impl BuildFacts {
    /// Takes `key` if it is one of the build's; false for any other key.
    fn set(&mut self, key: &str, value: &str) -> bool {
        match key {
            "offline" => self.offline_copy = value == "1",
            "copy" => self.offline_copy_bytes = value.parse().ok(),
            "live" => {
                let http = value.starts_with("https://") || value.starts_with("http://");
                self.live_address = http.then(|| value.to_owned());
            }
            _ => return false,
        }
        true
    }
}

impl PageOptions {
    /// The options of a page from decoded query pairs: those its build `stated` (its meta),
    /// then those of its address (`query`), which win where both say something. The address
    /// sets only what a reader may choose (embed, view, id, lang, theme, data): the build's
    /// facts in it are ignored. Unknown or malformed values are ignored too.
    pub fn read<'a, 'b>(
        stated: impl IntoIterator<Item = (&'a str, &'a str)>,
        query: impl IntoIterator<Item = (&'b str, &'b str)>,
    ) -> PageOptions {
        let mut options = PageOptions::default();
        for (key, value) in stated {
            if !options.build.set(key, value) {
                options.set(key, value);
            }
        }
        for (key, value) in query {
            options.set(key, value);
        }
        if options.embed_id.is_empty() {
            options.embed_id = format!("bac-ninh-{}", options.view.slug());
        }
        options
    }

    /// Takes one option a reader may set.
    fn set(&mut self, key: &str, value: &str) {
        match key {
            "embed" => self.embed = matches!(value, "1" | "true" | "yes"),
            "view" => self.view = View::from_slug(value).unwrap_or_default(),
            "id" => {
                self.embed_id = value
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || "-_.:".contains(*c))
                    .take(64)
                    .collect()
            }
            "lang" => self.lang = Lang::from_code(value),
            "theme" => self.scheme = ColorScheme::from_slug(value),
            "data" => self.data = Some(DataFile::parse(value).ok_or_else(|| value.to_owned())),
            _ => {}
        }
    }
}

/// The folder beside the app's pages that holds its data files: the only place `?data=`
/// reads from.
pub const DATA_DIR: &str = "data";

/// A file of the site's data folder, named by `?data=`.
///
/// Only a bare file name is accepted: ASCII letters, digits, `-`, `_` and `.`, starting
/// with a letter or digit, without `..`, ending in `.json`. So no path (`/uploads/x.json`,
/// `../uploads/x.json`), no other site, scheme or backslash, and no `%`, so no encoded
/// separator survives a second decoding. Whoever can upload an attachment elsewhere on the
/// site (a CMS's staff) cannot have it shown as the official figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile(String);

impl DataFile {
    /// The longest name accepted.
    const MAX_NAME: usize = 100;

    pub fn parse(value: &str) -> Option<DataFile> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.".contains(c);
        let ok = value.len() <= Self::MAX_NAME
            && value.starts_with(|c: char| c.is_ascii_alphanumeric())
            && value.ends_with(".json")
            && value.chars().all(allowed)
            && !value.contains("..");
        ok.then(|| DataFile(value.to_owned()))
    }

    /// The file's address relative to the app's pages: `data/<name>`.
    pub fn path(&self) -> String {
        format!("{DATA_DIR}/{}", self.0)
    }
}

/// The `name` of the `<meta>` in which a prerendered page states its options, as a query string.
pub const PAGE_OPTIONS_META: &str = "page-options";

/// The file name of the one-file offline copy in `dist/`.
pub const OFFLINE_COPY_FILE: &str = "bac-ninh-offline.html";

/// A page prerendered at build time: the full dashboard, or one embed view, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StaticPage {
    pub embed: bool,
    pub view: View,
    pub lang: Lang,
}

impl StaticPage {
    /// The full dashboard in `lang`.
    pub fn full(lang: Lang) -> StaticPage {
        StaticPage {
            embed: false,
            view: View::All,
            lang,
        }
    }

    /// Every page `dist/` serves: the full dashboard and each embed view, in each language.
    pub fn all() -> impl Iterator<Item = StaticPage> {
        let full = Lang::ALL.map(StaticPage::full);
        let embeds = View::ALL.into_iter().flat_map(|view| {
            Lang::ALL.map(move |lang| StaticPage {
                embed: true,
                view,
                lang,
            })
        });
        full.into_iter().chain(embeds)
    }

    /// The page's file name in `dist/`, also its address relative to the app. Flat, so
    /// that every page finds the app's files at the same relative paths.
    pub fn file_name(self) -> String {
        match (self.embed, self.lang) {
            (false, Lang::Vi) => "index.html".to_owned(),
            (false, lang) => format!("{}.html", lang.code()),
            (true, lang) => format!("embed-{}-{}.html", self.view.slug(), lang.code()),
        }
    }

    /// The same page in `lang`: where the language switch leads without JavaScript.
    pub fn in_lang(self, lang: Lang) -> StaticPage {
        StaticPage { lang, ..self }
    }

    /// The options the page states, as the query string its `<meta name="page-options">` holds.
    pub fn stated_options(self) -> String {
        let embed = if self.embed { "embed=1&" } else { "" };
        format!("{embed}view={}&lang={}", self.view.slug(), self.lang.code())
    }

    /// The page that shows `options` (ignoring its id, theme and data).
    pub fn for_options(options: &PageOptions, lang: Lang) -> StaticPage {
        StaticPage {
            embed: options.embed,
            view: if options.embed { options.view } else { View::All },
            lang,
        }
    }
}

/// The product's own postMessage type for height messages.
pub const HEIGHT_MESSAGE_TYPE: &str = "bac-ninh-dashboard:height";

/// What the host script sends to ask an embed that loaded before it for its height again.
pub const MEASURE_MESSAGE_TYPE: &str = "bac-ninh-dashboard:measure";

/// The two forms of embed code: an iframe, or the `<bac-ninh-dashboard>` element that
/// `embed.js` defines (it makes the same iframe inside itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedForm {
    #[default]
    Frame,
    Element,
}

impl EmbedForm {
    pub const ALL: [EmbedForm; 2] = [EmbedForm::Frame, EmbedForm::Element];

    pub fn slug(self) -> &'static str {
        match self {
            EmbedForm::Frame => "iframe",
            EmbedForm::Element => "element",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EmbedForm> {
        EmbedForm::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// What an embed shows and how: the choices of the embed panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    pub view: View,
    pub lang: Lang,
    /// The id the host page gives the frame, echoed in its height messages.
    pub id: String,
    pub scheme: Option<ColorScheme>,
    pub form: EmbedForm,
}

/// The directory of the app's address `base`, with its final `/`: where its pages and files are.
fn directory_of(base: &str) -> &str {
    base.rfind('/').map_or("", |end| &base[..=end])
}

/// The address of the embed `choice`: its static page beside the app's address `base`.
pub fn embed_url(base: &str, choice: &EmbedChoice) -> String {
    let page = StaticPage {
        embed: true,
        view: choice.view,
        lang: choice.lang,
    };
    let scheme = choice
        .scheme
        .map(|s| format!("&theme={}", s.slug()))
        .unwrap_or_default();
    format!("{}{}?id={}{scheme}", directory_of(base), page.file_name(), choice.id)
}

/// `value` safe as HTML text and inside a double-quoted attribute.
pub fn escape_html(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML a host page pastes: the iframe, or the element, and, once per page, the script
/// that sizes them.
pub fn embed_snippet(base: &str, choice: &EmbedChoice, title: &str) -> String {
    // The host script sits beside the app: in the directory of `base`.
    let directory = directory_of(base);
    let script = format!("<script src=\"{}embed.js\" defer></script>", escape_html(directory));
    match choice.form {
        EmbedForm::Frame => format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"600\"></iframe>\n{script}",
            escape_html(&embed_url(base, choice)),
            escape_html(title),
        ),
        // Until the script runs, or without it, the element's link to the dashboard shows.
        EmbedForm::Element => {
            let theme = choice
                .scheme
                .map(|s| format!(" theme=\"{}\"", s.slug()))
                .unwrap_or_default();
            format!(
                "{script}\n<bac-ninh-dashboard id=\"{}\" view=\"{}\" lang=\"{}\"{theme} title=\"{}\">\
                 <a href=\"{}\">{}</a></bac-ninh-dashboard>",
                escape_html(&choice.id),
                choice.view.slug(),
                choice.lang.code(),
                escape_html(title),
                escape_html(&format!("{directory}{}", StaticPage::full(choice.lang).file_name())),
                escape_html(title),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_embed_options() {
        let o = from_query([("embed", "1"), ("view", "growth"), ("lang", "en"), ("id", "c1")]);
        assert!(o.embed);
        assert_eq!(o.view, View::Chart(ChartId::Growth));
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.embed_id, "c1");
        let plain = from_query([]);
        assert!(!plain.embed);
        assert_eq!(plain.view, View::All);
        assert_eq!(plain.embed_id, "bac-ninh-all");
    }

    #[test]
    fn ignores_unknown_views_and_unsafe_ids() {
        let o = from_query([("view", "nope"), ("id", "<script>\"x")]);
        assert_eq!(o.view, View::All);
        assert_eq!(o.embed_id, "scriptx");
    }

    /// Reader options from a query alone, as an address with no page meta gives them.
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> PageOptions {
        PageOptions::read([], pairs)
    }

    /// The pairs of a query string.
    fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
        query.split('&').filter_map(|pair| pair.split_once('='))
    }

    #[test]
    fn data_is_only_a_file_name_in_the_data_folder() {
        for ok in ["update.json", "2024-update.json", "bac-ninh.v2_final.json"] {
            let file = DataFile::parse(ok);
            assert_eq!(file.as_ref().map(DataFile::path), Some(format!("data/{ok}")), "{ok}");
            assert_eq!(from_query([("data", ok)]).data, Some(Ok(DataFile(ok.to_owned()))));
        }
        for bad in [
            "/uploads/x.json",
            "../uploads/x.json",
            "uploads/x.json",
            "data/x.json",
            "./x.json",
            "..json",
            "x..json",
            ".hidden.json",
            "x%2F..%2Fy.json",
            "..%2fuploads%2fx.json",
            "x.json/",
            "x.json?y",
            "x.json#y",
            "x .json",
            "x.json.html",
            "x",
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)",
            "data:,{}",
            "\\evil\\x.json",
            "x\u{0}.json",
            "bắc-ninh.json",
            "",
        ] {
            assert_eq!(DataFile::parse(bad), None, "{bad}");
            let refused = from_query([("data", bad)]);
            assert_eq!(
                refused.data,
                Some(Err(bad.to_owned())),
                "a refusal is kept, to be reported"
            );
        }
        let long = format!("{}.json", "a".repeat(DataFile::MAX_NAME));
        assert_eq!(DataFile::parse(&long), None);
    }

    #[test]
    fn only_the_build_states_what_only_the_build_knows() {
        let forged = [
            ("offline", "1"),
            ("copy", "99999999999999"),
            ("live", "https://evil.example/phish"),
        ];
        assert_eq!(from_query(forged).build, BuildFacts::default());
        let stated = [
            ("offline", "1"),
            ("copy", "912345"),
            ("live", "https://example.gov.vn/bn/"),
        ];
        let copy = PageOptions::read(
            stated,
            [("offline", "0"), ("copy", "1"), ("live", "https://evil.example/")],
        );
        assert_eq!(
            copy.build,
            BuildFacts {
                offline_copy: true,
                offline_copy_bytes: Some(912_345),
                live_address: Some("https://example.gov.vn/bn/".to_owned()),
            }
        );
        // A build fact never reads as a reader option, nor the other way round.
        assert_eq!(
            PageOptions::read([("live", "javascript:x")], []).build.live_address,
            None
        );
        let reader = PageOptions::read([("view", "growth"), ("lang", "vi")], [("view", "pci"), ("lang", "en")]);
        assert_eq!((reader.view, reader.lang), (View::Chart(ChartId::Pci), Some(Lang::En)));
    }

    #[test]
    fn every_view_has_a_page_in_each_language() {
        let names: Vec<String> = StaticPage::all().map(StaticPage::file_name).collect();
        assert_eq!(names.len(), 2 + 2 * View::ALL.len());
        assert_eq!(names[..2], ["index.html", "en.html"]);
        assert!(names.contains(&"embed-growth-vi.html".to_owned()));
        let unique: std::collections::BTreeSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "no two pages share a file");
        for page in StaticPage::all() {
            let stated = page.stated_options();
            let options = PageOptions::read(pairs(&stated), []);
            assert_eq!(StaticPage::for_options(&options, page.lang), page, "{stated}");
        }
    }

    #[test]
    fn snippet_has_everything_a_host_needs() {
        let mut choice = EmbedChoice {
            view: View::Chart(ChartId::Exports),
            lang: Lang::Vi,
            id: "x1".into(),
            scheme: None,
            form: EmbedForm::Frame,
        };
        let s = embed_snippet("https://example.gov.vn/bn/", &choice, "Xuất khẩu \"2022\"");
        assert!(
            s.contains("src=\"https://example.gov.vn/bn/embed-exports-vi.html?id=x1\""),
            "{s}"
        );
        assert!(s.contains("title=\"Xuất khẩu &quot;2022&quot;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("style=\"width:100%;border:0\""));
        assert!(s.contains("<script src=\"https://example.gov.vn/bn/embed.js\" defer></script>"));
        choice.scheme = Some(ColorScheme::Dark);
        let dark = embed_snippet("https://example.gov.vn/bn/", &choice, "x");
        assert!(dark.contains("id=x1&amp;theme=dark\""), "{dark}");
        choice.form = EmbedForm::Element;
        let element = embed_snippet("https://example.gov.vn/bn/", &choice, "Xuất khẩu <2022>");
        assert_eq!(
            element,
            "<script src=\"https://example.gov.vn/bn/embed.js\" defer></script>\n\
             <bac-ninh-dashboard id=\"x1\" view=\"exports\" lang=\"vi\" theme=\"dark\" title=\"Xuất khẩu &lt;2022&gt;\">\
             <a href=\"https://example.gov.vn/bn/index.html\">Xuất khẩu &lt;2022&gt;</a></bac-ninh-dashboard>"
        );
    }

    #[test]
    fn a_host_can_fix_the_colour_scheme() {
        let url = embed_url(
            "https://example.gov.vn/bn/",
            &EmbedChoice {
                view: View::Figures,
                lang: Lang::En,
                id: "f".into(),
                scheme: Some(ColorScheme::Light),
                form: EmbedForm::Frame,
            },
        );
        // What the page states, then its query: what the browser reads.
        let (file, query) = url.split_once('?').unwrap_or((&url, ""));
        assert_eq!(file, "https://example.gov.vn/bn/embed-figures-en.html");
        let stated = StaticPage::all()
            .find(|p| p.file_name() == "embed-figures-en.html")
            .map(StaticPage::stated_options)
            .unwrap_or_default();
        let options = PageOptions::read(pairs(&stated), pairs(query));
        assert!(options.embed);
        assert_eq!(options.scheme, Some(ColorScheme::Light));
        assert_eq!(
            (options.view, options.lang, options.embed_id.as_str()),
            (View::Figures, Some(Lang::En), "f")
        );
        assert_eq!(from_query([("theme", "dark")]).scheme, Some(ColorScheme::Dark));
        assert_eq!(from_query([("theme", "blue")]).scheme, None);
    }
}
