//! The prerendered pages: the app's own components rendered to HTML at build time.
//!
//! Each [`StaticPage`] (the full dashboard and every embed view, in each language)
//! becomes a file in the built site, made from Trunk's `index.html`: the app's HTML
//! in `<div id="app">`, charts as SVG, and a `<head>` that names the page for search
//! engines and link previews. Readers see the content at the first byte, with or
//! without JavaScript; the wasm then takes the page over (see `takeover`).
//!
//! Nothing here writes markup of its own: the body is `App`, and the head tags are a
//! Leptos view, so both are escaped the way the app escapes everything.

use std::fs;
use std::path::Path;

use dashboard_core::chart::{comparison_spec_at, every_chart_spec, export_file_name, CHART_FILES};
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::page::{PageOptions, StaticPage, OFFLINE_COPY_FILE, PAGE_OPTIONS_META};
use dashboard_core::share_card::SHARE_CARD_SIZE;
use dashboard_core::summary::summary;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::CustomAttribute;

use crate::app::App;
use crate::components::chart_svg::{export_svg, frame_svgs};
use crate::components::embed::view_label;
use crate::share_image::{share_image_file, share_image_png};
use crate::state::embedded;

/// Where the prerendered app goes in Trunk's `index.html`.
const APP_ROOT: &str = r#"<div id="app"></div>"#;

/// What the build knows beyond the dataset.
pub struct Build {
    /// The address `dist/` is published at (may be empty): it makes the links that previews
    /// and search engines need absolute, and the offline copy names it.
    pub site_url: String,
    /// The size of the one-file offline copy, once it has been assembled (scripts/postbuild.mjs
    /// assembles it from the page written here, then runs the prerenderer again with its size).
    pub offline_copy_bytes: Option<u64>,
}

/// Writes everything the build adds to Trunk's output in `out_dir`: the pages (from Trunk's
/// `index.html` at `template`), each chart's SVG, and the link-preview images. Returns a
/// line saying what was written.
pub fn run(template: &Path, out_dir: &Path, build: &Build) -> Result<String, String> {
    dashboard_core::chart::page_font::register_page_font()?;
    let pages = write_pages(template, out_dir, build)?;
    let charts = write_chart_files(out_dir)?;
    let dataset = embedded();
    for lang in Lang::ALL {
        let path = out_dir.join(share_image_file(lang));
        fs::write(&path, share_image_png(&dataset, lang)?).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(format!(
        "prerendered {} pages, {charts} chart SVG files and {} preview images",
        pages.len(),
        Lang::ALL.len()
    ))
}

/// Writes every static page, and the page the offline copy is assembled from, into `out_dir`,
/// from Trunk's `index.html` at `template`. Returns the names of the files written.
fn write_pages(template: &Path, out_dir: &Path, build: &Build) -> Result<Vec<String>, String> {
    let template = fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    let dataset = embedded();
    let copy = build
        .offline_copy_bytes
        .map(|bytes| format!("&copy={bytes}"))
        .unwrap_or_default();
    let live = match build.site_url.as_str() {
        "" => String::new(),
        url => format!("&live={url}"),
    };
    let pages = StaticPage::all().map(|page| (page.file_name(), page, format!("{}{copy}", page.stated_options())));
    // The offline copy: the full page in Vietnamese, saying what it is and where the live one is.
    let offline = StaticPage::all().next().map(|page| {
        let stated = format!("{}&offline=1{live}", page.stated_options());
        (OFFLINE_COPY_FILE.to_owned(), page, stated)
    });
    pages
        .chain(offline)
        .map(|(name, page, stated)| {
            let html = page_html(&template, &dataset, page, &stated, &build.site_url)?;
            let path = out_dir.join(&name);
            fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(name)
        })
        .collect()
}

/// Writes the SVG of every chart the pages can show, in each language, into `out_dir/charts`:
/// the files the cards' "SVG" links download, and the drawings the pages show at each width.
fn write_chart_files(out_dir: &Path) -> Result<usize, String> {
    let dataset = embedded();
    let dataset = &*dataset;
    let dir = out_dir.join(CHART_FILES);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = 0;
    for lang in Lang::ALL {
        let series = every_chart_spec(dataset, lang);
        let comparisons = (0..dataset.comparisons.len()).map(|index| comparison_spec_at(dataset, index, lang));
        for spec in series.chain(comparisons) {
            let svg = export_svg(&spec).ok_or_else(|| format!("the {} chart could not be drawn", spec.slug))?;
            let path = dir.join(export_file_name(&spec.slug, lang, "svg"));
            fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
            for (file, frame) in frame_svgs(&spec, lang) {
                let frame = frame.ok_or_else(|| format!("the {} chart could not be drawn", spec.slug))?;
                let path = out_dir.join(file);
                fs::write(&path, frame).map_err(|e| format!("{}: {e}", path.display()))?;
                written += 1;
            }
        }
    }
    Ok(written)
}

/// One page: the template with this page's language, head and prerendered app, for the
/// options it states (`stated`, a query string).
fn page_html(template: &str, ds: &Dataset, page: StaticPage, stated: &str, site_url: &str) -> Result<String, String> {
    let options = PageOptions::read(stated, "");
    // The root's classes as the app sets them: an embed, and the scheme it is fixed to (an
    // embed page comes light, also before the takeover and without JavaScript).
    let classes: Vec<String> = (options.embed.then(|| "embed".to_owned()).into_iter())
        .chain(options.scheme().map(|s| format!("scheme-{}", s.slug())))
        .collect();
    let root_class = match classes.is_empty() {
        true => String::new(),
        false => format!(r#" class="{}""#, classes.join(" ")),
    };
    let html = replace_once(
        template,
        r#"<html lang="vi">"#,
        &format!(r#"<html lang="{}"{root_class}>"#, page.lang.code()),
    )?;
    let html = remove_element(&html, "<title>", "</title>")?;
    let html = remove_element(&html, r#"<meta name="description""#, ">")?;
    let head = head_tags(ds, page, stated, site_url);
    let html = replace_once(&html, "</head>", &format!("{head}\n</head>"))?;
    replace_once(
        &html,
        APP_ROOT,
        &format!(r#"<div id="app">{}</div>"#, app_html(options)),
    )
}

/// The app as the browser would first render it for the options its page states.
fn app_html(options: PageOptions) -> String {
    Owner::new_root(None).with(|| view! { <App options=options /> }.to_html())
}

/// Title, description, the page's options, language alternates, and the Open Graph and
/// Twitter card tags of link previews.
fn head_tags(ds: &Dataset, page: StaticPage, stated: &str, site_url: &str) -> String {
    let lang = page.lang;
    let title = match page.embed {
        false => ds.title.get(lang).to_owned(),
        true => format!("{} — {}", ds.title.get(lang), view_label(ds, page.view, lang)),
    };
    // The summary's first sentence: what a search result or a preview card shows.
    let description = summary(ds, lang).into_iter().next().unwrap_or_default();
    let address = |p: StaticPage| format!("{site_url}{}", p.file_name());
    // Search engines and previews need absolute addresses: without `SITE_URL` these links
    // are left out rather than written relative, which they would read as invalid.
    let absolute = !site_url.is_empty();
    let links = absolute.then(|| {
        let alternates = Lang::ALL
            .map(|other| view! { <link rel="alternate" hreflang=other.code() href=address(page.in_lang(other)) /> })
            .collect_view();
        let image = format!("{site_url}{}", share_image_file(lang));
        view! {
            <link rel="canonical" href=address(page) />
            {alternates}
            {open_graph("og:url", address(page))}
            {open_graph("og:image", image.clone())}
            {open_graph("og:image:width", SHARE_CARD_SIZE.0.to_string())}
            {open_graph("og:image:height", SHARE_CARD_SIZE.1.to_string())}
            {open_graph("og:image:alt", description.clone())}
            <meta name="twitter:image" content=image />
        }
    });
    // The large card where there is an image to show, the small one otherwise.
    let card = if absolute { "summary_large_image" } else { "summary" };
    let locale = match lang {
        Lang::Vi => "vi_VN",
        Lang::En => "en_GB",
    };
    Owner::new_root(None).with(|| {
        view! {
            <title>{title.clone()}</title>
            <meta name="description" content=description.clone() />
            <meta name=PAGE_OPTIONS_META content=stated.to_owned() />
            {links}
            {open_graph("og:type", "website".to_owned())}
            {open_graph("og:title", title.clone())}
            {open_graph("og:description", description.clone())}
            {open_graph("og:locale", locale.to_owned())}
            <meta name="twitter:card" content=card />
            <meta name="twitter:title" content=title />
            <meta name="twitter:description" content=description />
        }
        .to_html()
    })
}

/// An Open Graph tag: `<meta property=… content=…>` (the view macro knows no `property`).
fn open_graph(property: &'static str, content: String) -> impl IntoView {
    view! { <meta content=content /> }.attr("property", property)
}

fn replace_once(html: &str, marker: &str, with: &str) -> Result<String, String> {
    match html.matches(marker).count() {
        1 => Ok(html.replacen(marker, with, 1)),
        n => Err(format!("index.html has {n} `{marker}`, expected exactly one")),
    }
}

/// `html` without the first element that starts with `start` and ends at the next `end`.
fn remove_element(html: &str, start: &str, end: &str) -> Result<String, String> {
    let from = html.find(start).ok_or_else(|| format!("index.html has no `{start}`"))?;
    let to = html[from..]
        .find(end)
        .map(|at| from + at + end.len())
        .ok_or_else(|| format!("index.html has no `{end}` after `{start}`"))?;
    Ok(format!("{}{}", &html[..from], html[to..].trim_start()))
}
