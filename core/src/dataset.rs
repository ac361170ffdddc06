//! The dataset model: what the JSON file holds, typed (read by `parse`, checked by `validate`).
//!
//! The dataset is the single source of every number the dashboard shows. Each
//! observation carries its period, unit, status and citations, so that every
//! surface (cards, charts, tables, downloads) can say where a figure comes from.
//! Values are stored exactly as the sources state them; nothing here is derived.

use std::collections::BTreeMap;

use crate::i18n::Lang;
use crate::period::Period;

/// Text in both languages of the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// The whole dataset, as read from `public/data/bac-ninh.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: Text,
    /// The date of the report the dashboard is built around (ISO `YYYY-MM-DD`).
    pub published: String,
    /// The date this file was last revised (ISO `YYYY-MM-DD`).
    pub revised: String,
    /// Provinces ranked at the time of the figures (63 before 1/7/2025).
    pub provinces_total: u32,
    pub sources: Vec<Source>,
    pub key_figures: Vec<KeyFigure>,
    pub indicators: BTreeMap<String, Indicator>,
    pub series: BTreeMap<String, Vec<Observation>>,
    pub context: Vec<ContextItem>,
}

/// A publication a figure was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// The title as published, in the publication's own language.
    pub title: String,
    pub publisher: String,
    /// The page address; absent for a publication with no web address (cited by publisher and date).
    pub url: Option<String>,
    /// Publication date (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) when known.
    pub date: Option<String>,
    /// Set when the page is a third-party copy, which is less reliable.
    pub mirror: bool,
}

/// The units figures are stated in. Each has its own formatting per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A change in percent, shown with its sign (+7,39%).
    PercentChange,
    Usd,
    UsdMillion,
    UsdBillion,
    VndBillion,
    VndTrillion,
    /// Index points (PCI, PGI scores).
    Points,
    /// A position among the provinces; the value is the position.
    Rank,
    Projects,
    Countries,
    Sectors,
}

/// How final a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Stated before the period's data were complete ("ước", "dự báo").
    Estimate,
    /// The statistics office's first release for the period.
    Preliminary,
    /// Restated later as the period's result.
    Final,
}

/// The words a source puts before a number: "hơn 45 tỷ USD" is not "45 tỷ USD".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    About,
    Over,
    Nearly,
}

/// A position among the provinces, for example 3 of 63.
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    pub position: u32,
    pub of: u32,
    /// The period ranked, when it differs from the figure's own period.
    pub period: Option<Period>,
}

/// A source id with the exact words the figure was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub source: String,
    pub quote: Option<String>,
}

/// A count or amount that accompanies a figure (projects, countries, sectors).
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Option<Qualifier>,
}

/// One figure for one period: the chosen value, and what other sources say.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub period: Period,
    pub value: f64,
    pub unit: Unit,
    pub status: Status,
    pub qualifier: Option<Qualifier>,
    pub rank: Option<Rank>,
    pub details: Vec<Detail>,
    /// The first citation is the source of the value; later ones corroborate it.
    pub citations: Vec<Citation>,
    pub note: Option<Text>,
    /// Values other sources give for the same figure; the observation's own value is the chosen one.
    pub alternatives: Vec<Alternative>,
}

impl Observation {
    pub fn source_id(&self) -> &str {
        self.citations.first().map_or("", |c| c.source.as_str())
    }

    pub fn quote(&self) -> Option<&str> {
        self.citations.first().and_then(|c| c.quote.as_deref())
    }

    /// The figure's national rank: its own `rank`, or its value when the figure is a rank.
    pub fn effective_rank(&self, provinces_total: u32) -> Option<Rank> {
        match (&self.rank, self.unit) {
            (Some(rank), _) => Some(rank.clone()),
            // Validated ranks are whole numbers in 1..=total, so the cast is exact.
            (None, Unit::Rank) => Some(Rank {
                position: self.value as u32,
                of: provinces_total,
                period: None,
            }),
            (None, _) => None,
        }
    }

    pub fn detail(&self, unit: Unit) -> Option<&Detail> {
        self.details.iter().find(|d| d.unit == unit)
    }
}

/// A value another source gives for the same figure. Only what differs is set.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub period: Option<Period>,
    pub value: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub rank: Option<Rank>,
    pub details: Vec<Detail>,
    pub status: Status,
    pub citation: Citation,
}

/// Whether a key figure is good news, bad news or neither; bad news is never hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Neutral,
    Warning,
}

/// A headline figure shown as a card.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub id: String,
    pub label: Text,
    /// What the figure is compared with, for example "so với năm 2021".
    pub comparison: Option<Text>,
    pub tone: Tone,
    pub observation: Observation,
}

/// What a series measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub label: Text,
    pub unit: Unit,
    pub note: Option<Text>,
}

/// A sentence of context (aims, investors, resolutions, events) with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextItem {
    pub id: String,
    pub heading: Text,
    pub text: Text,
    pub date: Option<String>,
    pub citations: Vec<Citation>,
}

/// The names the JSON file uses for each value of the enums below.
macro_rules! named {
    ($type:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $type {
            pub const NAMES: &'static [(&'static str, $type)] = &[$(($name, $type::$variant)),+];

            /// The name of this value in the JSON file (`usd_billion`, `estimate`).
            pub fn name(self) -> &'static str {
                match self {
                    $($type::$variant => $name),+
                }
            }
        }
    };
}

named!(Unit {
    PercentChange = "percent_change",
    Usd = "usd",
    UsdMillion = "usd_million",
    UsdBillion = "usd_billion",
    VndBillion = "vnd_billion",
    VndTrillion = "vnd_trillion",
    Points = "points",
    Rank = "rank",
    Projects = "projects",
    Countries = "countries",
    Sectors = "sectors",
});
named!(Status { Estimate = "estimate", Preliminary = "preliminary", Final = "final" });
named!(Qualifier { About = "about", Over = "over", Nearly = "nearly" });
named!(Tone { Neutral = "neutral", Warning = "warning" });

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn key_figure(&self, id: &str) -> Option<&KeyFigure> {
        self.key_figures.iter().find(|k| k.id == id)
    }

    pub fn series(&self, id: &str) -> &[Observation] {
        self.series.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn observation(&self, series: &str, period: &Period) -> Option<&Observation> {
        self.series(series).iter().find(|o| &o.period == period)
    }
}
