//! What the page shows: its options, read from the page's meta and its address, and the
//! static pages the build prerenders.
//!
//! `?embed=1&view=growth&lang=en&id=chart1` makes the app a compact embed of one
//! chart, light unless `&theme=dark` fixes it dark to match the host page or
//! `&theme=auto` has it follow the reader's device; `?data=update-2024.json` points it
//! at an updated dataset in the site's `data/` folder. The parsing is pure, and the one
//! reader of query strings in the house ([`PageOptions::read`]), so the browser and the
//! prerenderer read a page's options alike, and both are tested natively.
//!
//! Every view in every language is also a static page, prerendered at build time
//! ([`StaticPage`]): `index.html`, `en.html`, `embed-growth-vi.html`… A static page
//! states its own options in a `<meta name="page-options">`, which the query string
//! may override, so the old `?embed=1&view=…` addresses keep working. What only the
//! build knows ([`BuildFacts`]: this page is the offline copy, the copy's size, the live
//! address) comes from that meta alone, never from the address: anyone can write a link,
//! and one that made the official page call itself an offline copy, or point readers to
//! a "live" site of the link's choosing, would speak in the ministry's name.
//!
//! The code a host page pastes to show one of these pages is `embed`'s.

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

/// A colour scheme a host page can fix for an embed, so that it matches the page around it.
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
}

/// How a page's colours are chosen (`?theme=`): one scheme, or the reader's device's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colours {
    Fixed(ColorScheme),
    Device,
}

impl Colours {
    /// What an embed shows without `?theme=`: light, since a ministry's article is light
    /// whatever its reader's device prefers, and a dark block in it reads as a fault.
    /// Following the device is the host's choice (`theme=auto`).
    pub const EMBED_DEFAULT: Colours = Colours::Fixed(ColorScheme::Light);

    /// The embed panel's choices, the default first.
    pub const ALL: [Colours; 3] = [
        Colours::EMBED_DEFAULT,
        Colours::Fixed(ColorScheme::Dark),
        Colours::Device,
    ];

    /// The value of `?theme=` and of the element's `theme` attribute.
    pub fn slug(self) -> &'static str {
        match self {
            Colours::Fixed(scheme) => scheme.slug(),
            Colours::Device => "auto",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Colours> {
        Colours::ALL.into_iter().find(|c| c.slug() == slug)
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
    /// The colours the address asked for (`?theme=`), if it named any.
    pub colours: Option<Colours>,
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
    /// The options of a page: those its build `stated` (its meta's query string), then those
    /// of its address (`query`, with or without its `?`), which win where both say
    /// something. The address sets only what a reader may choose (embed, view, id, lang,
    /// theme, data): the build's facts in it are ignored. Unknown or malformed values are
    /// ignored too.
    pub fn read(stated: &str, query: &str) -> PageOptions {
        let (stated, query) = (query_pairs(stated), query_pairs(query));
        fn as_str((key, value): &(String, String)) -> (&str, &str) {
            (key, value)
        }
        PageOptions::from_pairs(stated.iter().map(as_str), query.iter().map(as_str))
    }

    /// [`PageOptions::read`] over decoded pairs.
    fn from_pairs<'a, 'b>(
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

    /// Whether this page, as its address asks for it, states what it was prerendered to
    /// state (`prerendered`, the options of its meta alone): the same view, embed and
    /// language, the built-in dataset, on the site. Then the prerendered text stands and only
    /// the parts that need code come to life; otherwise every text must be rendered again.
    /// The id and the colours change no text, so they never ask for that.
    pub fn shows_prerendered(&self, prerendered: &PageOptions) -> bool {
        self.data.is_none()
            && !self.build.offline_copy
            && self.embed == prerendered.embed
            && self.view == prerendered.view
            && self.lang.unwrap_or_default() == prerendered.lang.unwrap_or_default()
    }

    /// The colour scheme the page is fixed to, or `None` to follow the reader's device: what
    /// `?theme=` asked for, else light for an embed and the device's for the full dashboard
    /// (a reader's own visit).
    pub fn scheme(&self) -> Option<ColorScheme> {
        let default = if self.embed {
            Colours::EMBED_DEFAULT
        } else {
            Colours::Device
        };
        match self.colours.unwrap_or(default) {
            Colours::Fixed(scheme) => Some(scheme),
            Colours::Device => None,
        }
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
            "theme" => self.colours = Colours::from_slug(value).or(self.colours),
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

/// The decoded pairs of a query string, with or without its `?`. A pair without `=` is a
/// key with an empty value; empty pairs (`a=1&&b=2`) are skipped.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// One key or value of a query string as the browser's `decodeURIComponent` reads it after
/// `+` has become a space; a part whose escapes do not decode (a stray `%`, bytes that are not
/// UTF-8) is kept as written, so a malformed address still reads as the reader wrote it.
fn decode_component(part: &str) -> String {
    percent_decode(&part.replace('+', " ")).unwrap_or_else(|| part.to_owned())
}

/// `text` with each `%XX` replaced by its byte, if every `%` starts an escape and the bytes
/// are UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let hex = |byte: u8| char::from(byte).to_digit(16).map(|digit| digit as u8);
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        rest = tail;
        if byte == b'%' {
            let (&high, &low) = (tail.first()?, tail.get(1)?);
            bytes.push(hex(high)? << 4 | hex(low)?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view of the chart `slug`.
    fn chart(slug: &str) -> View {
        View::from_slug(slug).unwrap_or_else(|| panic!("no chart {slug}"))
    }

    #[test]
    fn only_the_id_and_colours_keep_the_prerendered_text() {
        let page = |stated: &[(&str, &str)], query: &[(&str, &str)]| {
            let asked = PageOptions::from_pairs(stated.iter().copied(), query.iter().copied());
            asked.shows_prerendered(&PageOptions::from_pairs(stated.iter().copied(), []))
        };
        let embed = [("embed", "1"), ("view", "growth"), ("lang", "en")];
        assert!(page(&[], &[]));
        assert!(
            page(&[], &[("lang", "vi")]),
            "Vietnamese is the default page's own language"
        );
        assert!(page(&embed, &[("id", "c1"), ("theme", "dark")]));
        assert!(page(&embed, &[("lang", "en")]));
        assert!(!page(&[], &[("lang", "en")]));
        assert!(!page(&[], &[("data", "update.json")]));
        assert!(
            !page(&[], &[("data", "/elsewhere.json")]),
            "a refused file is reported by the full app"
        );
        assert!(!page(&[], &[("view", "growth")]));
        assert!(!page(&[], &[("embed", "1")]));
        assert!(!page(&embed, &[("view", "exports")]));
        assert!(
            !page(&[("offline", "1")], &[]),
            "the offline copy carries the full app only"
        );
    }

    #[test]
    fn reads_embed_options() {
        let o = from_query([("embed", "1"), ("view", "growth"), ("lang", "en"), ("id", "c1")]);
        assert!(o.embed);
        assert_eq!(o.view, chart("growth"));
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

    /// Reader options from decoded pairs alone, as an address with no page meta gives them.
    fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> PageOptions {
        PageOptions::from_pairs([], pairs)
    }

    #[test]
    fn a_query_string_is_decoded_as_the_browser_decodes_it() {
        let pairs = |query: &str| -> Vec<(String, String)> { query_pairs(query) };
        let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        assert_eq!(pairs(""), owned(&[]));
        assert_eq!(pairs("?"), owned(&[]));
        assert_eq!(pairs("?a=1&&b=2"), owned(&[("a", "1"), ("b", "2")]));
        assert_eq!(pairs("embed&view="), owned(&[("embed", ""), ("view", "")]));
        assert_eq!(pairs("id=a=b"), owned(&[("id", "a=b")]));
        assert_eq!(pairs("t=a+b%20c"), owned(&[("t", "a b c")]));
        assert_eq!(pairs("d=x%2F..%2Fy.json"), owned(&[("d", "x/../y.json")]));
        assert_eq!(pairs("l=b%E1%BA%AFc%2b"), owned(&[("l", "bắc+")]));
        assert_eq!(pairs("%6C%61ng=en"), owned(&[("lang", "en")]));
        // What decodeURIComponent refuses is kept as written, `+` included.
        for raw in ["100%", "%zz+1", "%E1%BA", "%C0%AF", "%ED%A0%80", "%+1"] {
            assert_eq!(pairs(&format!("k={raw}")), owned(&[("k", raw)]), "{raw}");
        }
        let options = PageOptions::read("embed=1&view=growth&lang=vi", "?lang=en&data=update%2D1.json");
        assert_eq!((options.embed, options.lang), (true, Some(Lang::En)));
        assert_eq!(options.data, DataFile::parse("update-1.json").map(Ok));
        assert_eq!(
            PageOptions::read("", "data=..%2Fx.json").data,
            Some(Err("../x.json".to_owned())),
            "an escaped separator is refused once decoded"
        );
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
        let copy = PageOptions::from_pairs(
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
            PageOptions::from_pairs([("live", "javascript:x")], [])
                .build
                .live_address,
            None
        );
        let reader = PageOptions::from_pairs([("view", "growth"), ("lang", "vi")], [("view", "pci"), ("lang", "en")]);
        assert_eq!((reader.view, reader.lang), (chart("pci"), Some(Lang::En)));
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
            let options = PageOptions::read(&stated, "");
            assert_eq!(StaticPage::for_options(&options, page.lang), page, "{stated}");
        }
    }

    #[test]
    fn an_embed_is_light_unless_its_code_says_otherwise() {
        let embed = |query: &str| {
            let stated = StaticPage {
                embed: true,
                view: chart("growth"),
                lang: Lang::Vi,
            }
            .stated_options();
            PageOptions::read(&stated, query).scheme()
        };
        assert_eq!(embed(""), Some(ColorScheme::Light));
        assert_eq!(embed("theme=light"), Some(ColorScheme::Light));
        assert_eq!(embed("theme=dark"), Some(ColorScheme::Dark));
        assert_eq!(embed("theme=auto"), None, "following the device is asked for");
        assert_eq!(
            embed("theme=blue"),
            Some(ColorScheme::Light),
            "an unknown value is ignored"
        );
        // The full dashboard is a reader's own visit: it follows the device unless asked.
        assert_eq!(from_query([]).scheme(), None);
        assert_eq!(from_query([("theme", "dark")]).scheme(), Some(ColorScheme::Dark));
        for colours in Colours::ALL {
            assert_eq!(Colours::from_slug(colours.slug()), Some(colours));
        }
    }
}
