//! Headline figures resolved for display: the words and numbers of each card.
//!
//! A card states the value, unit, period, status and national rank, names its
//! source with the exact quote, and says in one line when other sources differ.

use crate::dataset::{Alternative, Dataset, KeyFigure, NewProvince, Observation, Status, Tone};
use crate::format::{format_range, format_rank_long, format_rank_short, format_value};
use crate::i18n::Lang;

/// A source as a reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRef {
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub quote: Option<String>,
}

/// One card, fully formatted in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigureView {
    pub id: String,
    pub label: String,
    pub value: String,
    pub comparison: Option<String>,
    pub period: String,
    pub status: String,
    pub rank_short: Option<String>,
    pub rank_long: Option<String>,
    pub details: Vec<String>,
    pub note: Option<String>,
    pub warning: bool,
    /// A plan, not a result: drawn apart from the results.
    pub target: bool,
    pub source: SourceRef,
    /// Sources that confirm the figure.
    pub corroborated_by: Vec<SourceRef>,
    /// "Other sources give: …", when they differ.
    pub differs: Option<String>,
}

/// The source of citation `source_id` with `quote`, formatted for `lang`.
pub fn source_ref(ds: &Dataset, source_id: &str, quote: Option<&str>, lang: Lang) -> SourceRef {
    match ds.source(source_id) {
        Some(s) => SourceRef {
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            url: s.url.clone(),
            date: s.date.as_ref().map(|d| d.label(lang)),
            quote: quote.map(str::to_owned),
        },
        None => SourceRef {
            title: source_id.to_owned(),
            publisher: String::new(),
            url: None,
            date: None,
            quote: quote.map(str::to_owned),
        },
    }
}

/// Every card of the dataset, in order.
pub fn key_figure_views(ds: &Dataset, lang: Lang) -> Vec<KeyFigureView> {
    ds.key_figures
        .iter()
        .map(|k| key_figure_view(ds, k, ds.provinces_total, lang))
        .collect()
}

/// The cards of the province formed by the merger, ranked among its own total.
pub fn new_province_views(ds: &Dataset, lang: Lang) -> Vec<KeyFigureView> {
    new_province_cards(ds, lang, |new| new.key_figures.iter())
}

/// The new province's highlighted results, for the first screen.
pub fn highlight_views(ds: &Dataset, lang: Lang) -> Vec<KeyFigureView> {
    new_province_cards(ds, lang, NewProvince::highlighted)
}

/// The new province's targets, as cards of their own: plans, never results.
pub fn target_views(ds: &Dataset, lang: Lang) -> Vec<KeyFigureView> {
    new_province_cards(ds, lang, |new| new.targets.iter())
}

/// Cards of the new province's `figures`, ranked among its own total; none without it.
fn new_province_cards<'a, I>(
    ds: &'a Dataset,
    lang: Lang,
    figures: impl FnOnce(&'a NewProvince) -> I,
) -> Vec<KeyFigureView>
where
    I: Iterator<Item = &'a KeyFigure>,
{
    ds.new_province.as_ref().map_or_else(Vec::new, |new| {
        figures(new)
            .map(|k| key_figure_view(ds, k, new.provinces_total, lang))
            .collect()
    })
}

fn key_figure_view(ds: &Dataset, key: &KeyFigure, provinces_total: u32, lang: Lang) -> KeyFigureView {
    let obs = &key.observation;
    let mut citations = obs
        .citations
        .iter()
        .map(|c| source_ref(ds, &c.source, c.quote.as_deref(), lang));
    let source = citations.next().unwrap_or_else(|| source_ref(ds, "", None, lang));
    let rank = obs.effective_rank(provinces_total);
    let rank = rank.as_ref();
    KeyFigureView {
        id: key.id.clone(),
        label: key.label.get(lang).to_owned(),
        value: match obs.upper {
            Some(upper) => format_range(obs.value, upper, obs.unit, obs.qualifier, lang),
            None => format_value(obs.value, obs.unit, obs.qualifier, lang),
        },
        comparison: key.comparison.as_ref().map(|c| c.get(lang).to_owned()),
        period: obs.period.label(lang),
        status: obs.status.label(lang).to_owned(),
        rank_short: rank.map(format_rank_short),
        rank_long: rank.map(|r| {
            let long = format_rank_long(r, lang);
            match r.period {
                Some(p) if p != obs.period => format!("{long} ({})", p.label(lang)),
                _ => long,
            }
        }),
        details: obs
            .details
            .iter()
            .map(|d| format_value(d.value, d.unit, d.qualifier, lang))
            .collect(),
        note: obs.note.as_ref().map(|n| n.get(lang).to_owned()),
        warning: key.tone == Tone::Warning,
        target: obs.status == Status::Target,
        source,
        corroborated_by: citations.collect(),
        differs: alternatives_line(ds, obs, lang),
    }
}

/// One line saying what other sources give, or `None` when no source differs:
/// "Nguồn khác ghi: 7.250 USD, thứ 3/63 (aloxekhach.com)".
pub(crate) fn alternatives_line(ds: &Dataset, obs: &Observation, lang: Lang) -> Option<String> {
    if obs.alternatives.is_empty() {
        return None;
    }
    let items: Vec<String> = obs
        .alternatives
        .iter()
        .map(|alt| alternative_text(ds, obs, alt, lang))
        .collect();
    Some(format!("{}: {}", lang.ui().other_sources_differ, items.join("; ")))
}

fn alternative_text(ds: &Dataset, obs: &Observation, alt: &Alternative, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(value) = alt.value {
        parts.push(format_value(value, obs.unit, alt.qualifier, lang));
    }
    if let Some(rank) = &alt.rank {
        parts.push(match lang {
            Lang::Vi => format!("thứ {}", format_rank_short(rank)),
            Lang::En => format!("rank {}", format_rank_short(rank)),
        });
    }
    parts.extend(
        alt.details
            .iter()
            .map(|d| format_value(d.value, d.unit, d.qualifier, lang)),
    );
    if let Some(period) = &alt.period {
        parts.push(match lang {
            Lang::Vi => format!("tại {}", period.label(lang)),
            Lang::En => format!("at {}", period.label(lang)),
        });
    }
    let publisher = ds
        .source(&alt.citation.source)
        .map_or(alt.citation.source.as_str(), |s| s.publisher.as_str());
    format!("{} ({}, {publisher})", parts.join(", "), alt.status.label(lang))
}
