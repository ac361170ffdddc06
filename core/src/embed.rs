//! The code a host page pastes to embed the dashboard, and the messages an embed and its
//! host exchange.
//!
//! An embed is one of the static pages (`page`), shown in a frame that `embed.js` sizes from
//! the height the embed posts. The snippet and the embed's address are pure, so what a host
//! pastes is tested natively; it is apart from `page` because it writes HTML for another
//! site, under that site's policy, where `page` only reads what the dashboard's own page says.

use crate::html::escape_html;
use crate::i18n::Lang;
use crate::page::{Colours, StaticPage, View};

/// The product's own postMessage type for height messages.
pub const HEIGHT_MESSAGE_TYPE: &str = "bac-ninh-dashboard:height";

/// What the host script sends to ask an embed that loaded before it for its height again.
pub const MEASURE_MESSAGE_TYPE: &str = "bac-ninh-dashboard:measure";

/// The script that sizes an embed's frame to its content, beside the app's pages: in a
/// host's code, and loaded by the dashboard itself for its own embed preview.
pub const EMBED_SCRIPT: &str = "embed.js";

/// The two forms of embed code: the `<bac-ninh-dashboard>` element that `embed.js` defines
/// (it makes the iframe inside itself), or the iframe alone, for sites that accept no
/// custom element.
///
/// The element comes first: it carries no style (the script styles its frame through the
/// CSSOM), so it fits a host whose policy forbids inline styles, and without the script it
/// is a link to the dashboard rather than a small frame with an inner scrollbar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedForm {
    #[default]
    Element,
    Frame,
}

impl EmbedForm {
    pub const ALL: [EmbedForm; 2] = [EmbedForm::Element, EmbedForm::Frame];

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
    pub colours: Colours,
    pub form: EmbedForm,
}

impl EmbedChoice {
    /// The `theme` the code must state: none for the embeds' default, so the usual code is
    /// the shortest.
    fn theme(&self) -> Option<&'static str> {
        (self.colours != Colours::EMBED_DEFAULT).then(|| self.colours.slug())
    }
}

/// The directory of the app's address `base`, with its final `/`: where its pages and files are.
fn directory_of(base: &str) -> &str {
    base.rfind('/').map_or("", |end| &base[..=end])
}

/// The origin of an absolute http(s) address (`https://host:port`): what a host page's
/// Content Security Policy names. `None` for a relative address.
pub fn origin_of(address: &str) -> Option<&str> {
    let rest = ["https://", "http://"]
        .into_iter()
        .find_map(|scheme| address.strip_prefix(scheme))?;
    let host = rest.find(['/', '?', '#']).map_or(rest, |end| &rest[..end]);
    (!host.is_empty()).then(|| &address[..address.len() - rest.len() + host.len()])
}

/// The address of the embed `choice`: its static page beside the app's address `base`.
pub fn embed_url(base: &str, choice: &EmbedChoice) -> String {
    let page = StaticPage {
        embed: true,
        view: choice.view,
        lang: choice.lang,
    };
    let theme = choice.theme().map(|t| format!("&theme={t}")).unwrap_or_default();
    format!("{}{}?id={}{theme}", directory_of(base), page.file_name(), choice.id)
}

/// The HTML a host page pastes: the iframe, or the element, and, once per page, the script
/// that sizes them.
pub fn embed_snippet(base: &str, choice: &EmbedChoice, title: &str) -> String {
    // The host script sits beside the app: in the directory of `base`.
    let directory = directory_of(base);
    let script = format!(
        "<script src=\"{}{EMBED_SCRIPT}\" defer></script>",
        escape_html(directory)
    );
    match choice.form {
        // No style attribute, which a host's `style-src 'self'` would block: the width is the
        // attribute's (honoured by every browser, so the frame fills its column even where
        // a site strips the script), and embed.js sets the border and height through the CSSOM.
        EmbedForm::Frame => format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"600\"></iframe>\n{script}",
            escape_html(&embed_url(base, choice)),
            escape_html(title),
        ),
        // Until the script runs, or without it, the element's link to the dashboard shows.
        EmbedForm::Element => {
            let theme = choice.theme().map(|t| format!(" theme=\"{t}\"")).unwrap_or_default();
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
    use crate::page::{ColorScheme, PageOptions};

    #[test]
    fn snippet_has_everything_a_host_needs() {
        let mut choice = EmbedChoice {
            view: View::from_slug("exports").expect("the exports chart"),
            lang: Lang::Vi,
            id: "x1".into(),
            colours: Colours::EMBED_DEFAULT,
            form: EmbedForm::Frame,
        };
        let s = embed_snippet("https://example.gov.vn/bn/", &choice, "Xuất khẩu \"2022\"");
        assert!(
            s.contains("src=\"https://example.gov.vn/bn/embed-exports-vi.html?id=x1\""),
            "{s}"
        );
        assert!(s.contains("title=\"Xuất khẩu &quot;2022&quot;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("width=\"100%\" height=\"600\""));
        // A host policy of `style-src 'self'` blocks inline styles: the code has none.
        assert!(!s.contains("style="), "{s}");
        assert!(s.contains("<script src=\"https://example.gov.vn/bn/embed.js\" defer></script>"));
        choice.colours = Colours::Fixed(ColorScheme::Dark);
        let dark = embed_snippet("https://example.gov.vn/bn/", &choice, "x");
        assert!(dark.contains("id=x1&amp;theme=dark\""), "{dark}");
        choice.colours = Colours::Device;
        let device = embed_snippet("https://example.gov.vn/bn/", &choice, "x");
        assert!(device.contains("id=x1&amp;theme=auto\""), "{device}");
        choice.colours = Colours::Fixed(ColorScheme::Dark);
        choice.form = EmbedForm::Element;
        let element = embed_snippet("https://example.gov.vn/bn/", &choice, "Xuất khẩu <2022>");
        assert_eq!(
            element,
            "<script src=\"https://example.gov.vn/bn/embed.js\" defer></script>\n\
             <bac-ninh-dashboard id=\"x1\" view=\"exports\" lang=\"vi\" theme=\"dark\" title=\"Xuất khẩu &lt;2022&gt;\">\
             <a href=\"https://example.gov.vn/bn/index.html\">Xuất khẩu &lt;2022&gt;</a></bac-ninh-dashboard>"
        );
        choice.lang = Lang::En;
        choice.colours = Colours::EMBED_DEFAULT;
        let english = embed_snippet("https://example.gov.vn/bn/", &choice, "Exports");
        assert!(english.contains(" lang=\"en\" title=\"Exports\">"), "{english}");
        assert!(
            english.contains("href=\"https://example.gov.vn/bn/en.html\""),
            "{english}"
        );
        assert_eq!(EmbedForm::default(), EmbedForm::Element, "the form offered first");
    }

    #[test]
    fn a_policy_names_the_origin() {
        assert_eq!(
            origin_of("https://example.gov.vn/bn/index.html"),
            Some("https://example.gov.vn")
        );
        assert_eq!(origin_of("http://127.0.0.1:4173/"), Some("http://127.0.0.1:4173"));
        assert_eq!(origin_of("http://127.0.0.1:4173"), Some("http://127.0.0.1:4173"));
        assert_eq!(origin_of("https://a.vn?x=/y"), Some("https://a.vn"));
        assert_eq!(origin_of("index.html"), None);
        assert_eq!(origin_of("https:///x"), None);
        assert_eq!(origin_of(""), None);
    }

    #[test]
    fn a_host_can_fix_the_colour_scheme() {
        let url = embed_url(
            "https://example.gov.vn/bn/",
            &EmbedChoice {
                view: View::Figures,
                lang: Lang::En,
                id: "f".into(),
                colours: Colours::Fixed(ColorScheme::Dark),
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
        let options = PageOptions::read(&stated, query);
        assert!(options.embed);
        assert_eq!(options.scheme(), Some(ColorScheme::Dark));
        assert_eq!(
            (options.view, options.lang, options.embed_id.as_str()),
            (View::Figures, Some(Lang::En), "f")
        );
        assert_eq!(PageOptions::read("", "theme=blue").colours, None);
    }
}
