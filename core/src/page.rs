//! What the page shows, read from its URL, and the embed code that asks for it.
//!
//! `?embed=1&view=growth&lang=en&id=chart1` makes the app a compact embed of one
//! chart; `&theme=light` or `&theme=dark` fixes its colours to match the host
//! page instead of following the reader's device; `?data=updates/bac-ninh.json`
//! points it at an updated dataset. The parsing and the iframe snippet are pure so
//! they are tested natively.
//!
//! Every view in every language is also a static page, prerendered at build time
//! ([`StaticPage`]): `index.html`, `en.html`, `embed-growth-vi.html`… A static page
//! states its own options in a `<meta name="page-options">`, which the query string
//! may override, so the old `?embed=1&view=…` addresses keep working.

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
    pub const ALL: [View; 9] = [
        View::All,
        View::Figures,
        View::Compare,
        View::Chart(ChartId::Growth),
        View::Chart(ChartId::Exports),
        View::Chart(ChartId::Fdi),
        View::Chart(ChartId::Budget),
        View::Chart(ChartId::Ranks),
        View::Chart(ChartId::Pci),
    ];

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

/// Everything the URL says about how to show the page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageOptions {
    pub embed: bool,
    pub view: View,
    /// The id the host gave this embed, echoed in height messages.
    pub embed_id: String,
    pub lang: Option<Lang>,
    /// `?data=`: a same-origin relative path to an updated dataset, or the value refused
    /// because it points elsewhere (another site, `javascript:`, `data:`), to be reported.
    pub data: Option<Result<String, String>>,
    /// Colours fixed by the host page (`?theme=`), if any.
    pub scheme: Option<ColorScheme>,
    /// This page is the one-file offline copy (`offline=1`): what needs its site is hidden.
    pub offline_copy: bool,
    /// The size in bytes of the one-file offline copy, if the build made one (`copy=`).
    pub offline_copy_bytes: Option<u64>,
    /// The address of the live dashboard (`live=`, http or https only), if the build knows it.
    pub live_address: Option<String>,
}

impl PageOptions {
    /// Reads the options from decoded query pairs; unknown or malformed values are ignored.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> PageOptions {
        let mut options = PageOptions::default();
        for (key, value) in pairs {
            match key {
                "embed" => options.embed = matches!(value, "1" | "true" | "yes"),
                "view" => options.view = View::from_slug(value).unwrap_or_default(),
                "id" => {
                    options.embed_id = value
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || "-_.:".contains(*c))
                        .take(64)
                        .collect()
                }
                "lang" => options.lang = Lang::from_code(value),
                "theme" => options.scheme = ColorScheme::from_slug(value),
                "offline" => options.offline_copy = value == "1",
                "copy" => options.offline_copy_bytes = value.parse().ok(),
                "live" if value.starts_with("https://") || value.starts_with("http://") => {
                    options.live_address = Some(value.to_owned())
                }
                "data" if is_relative_data_path(value) => options.data = Some(Ok(value.to_owned())),
                "data" => options.data = Some(Err(value.to_owned())),
                _ => {}
            }
        }
        if options.embed_id.is_empty() {
            options.embed_id = format!("bac-ninh-{}", options.view.slug());
        }
        options
    }
}

/// Only a relative path on the app's own site may be loaded as data: no scheme, no
/// protocol-relative `//host`, no backslashes that some parsers treat as slashes.
fn is_relative_data_path(path: &str) -> bool {
    let trimmed = path.trim();
    !trimmed.is_empty()
        && !trimmed.starts_with("//")
        && !trimmed.contains('\\')
        && !trimmed.contains(':')
        && !trimmed.chars().any(char::is_control)
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
    /// Every page `dist/` serves: the full dashboard and each embed view, in each language.
    pub fn all() -> impl Iterator<Item = StaticPage> {
        let full = Lang::ALL.map(|lang| StaticPage {
            embed: false,
            view: View::All,
            lang,
        });
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
                escape_html(&format!(
                    "{directory}{}",
                    StaticPage {
                        embed: false,
                        view: View::All,
                        lang: choice.lang
                    }
                    .file_name()
                )),
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
        let o = PageOptions::from_query([("embed", "1"), ("view", "growth"), ("lang", "en"), ("id", "c1")]);
        assert!(o.embed);
        assert_eq!(o.view, View::Chart(ChartId::Growth));
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.embed_id, "c1");
        let plain = PageOptions::from_query([]);
        assert!(!plain.embed);
        assert_eq!(plain.view, View::All);
        assert_eq!(plain.embed_id, "bac-ninh-all");
    }

    #[test]
    fn ignores_unknown_views_and_unsafe_ids() {
        let o = PageOptions::from_query([("view", "nope"), ("id", "<script>\"x")]);
        assert_eq!(o.view, View::All);
        assert_eq!(o.embed_id, "scriptx");
    }

    #[test]
    fn data_must_be_a_relative_path_on_the_same_site() {
        for ok in ["data/update.json", "./x.json", "../bn/data.json", "/data/x.json"] {
            assert!(is_relative_data_path(ok), "{ok}");
        }
        for bad in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)",
            "data:,{}",
            "\\\\evil",
            "",
        ] {
            assert!(!is_relative_data_path(bad), "{bad}");
            let refused = PageOptions::from_query([("data", bad)]);
            assert_eq!(
                refused.data,
                Some(Err(bad.to_owned())),
                "a refusal is kept, to be reported"
            );
        }
        let accepted = PageOptions::from_query([("data", "data/update.json")]);
        assert_eq!(accepted.data, Some(Ok("data/update.json".to_owned())));
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
            let options = PageOptions::from_query(stated.split('&').filter_map(|p| p.split_once('=')));
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
        let both = format!("{stated}&{query}");
        let pairs = both.split('&').filter_map(|pair| pair.split_once('='));
        let options = PageOptions::from_query(pairs);
        assert!(options.embed);
        assert_eq!(options.scheme, Some(ColorScheme::Light));
        assert_eq!(
            (options.view, options.lang, options.embed_id.as_str()),
            (View::Figures, Some(Lang::En), "f")
        );
        assert_eq!(
            PageOptions::from_query([("theme", "dark")]).scheme,
            Some(ColorScheme::Dark)
        );
        assert_eq!(PageOptions::from_query([("theme", "blue")]).scheme, None);
    }
}
