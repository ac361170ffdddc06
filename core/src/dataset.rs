//! The dataset model: what the JSON file holds, typed and read by serde.
//!
//! The dataset is the single source of every number the dashboard shows, and of
//! every fact the page states about them: the reference period of the headline
//! figures, how many provinces they are ranked among, which figures the summary
//! speaks of. Each observation carries its period, unit, status and citations,
//! so that every surface (cards, charts, tables, downloads) can say where a
//! figure comes from. Values are stored exactly as the sources state them.
//!
//! serde reads the shape (`deny_unknown_fields` catches a misspelt field that
//! would otherwise be dropped); `validate` then checks the rules between fields.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::period::{Period, StatedDate};
use crate::unique_keys::unique_keys;

/// Text in both languages of the dashboard.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: Text,
    /// Who publishes the dashboard (the ministry or office that puts it on its site), as the
    /// footer names it. A deployment sets it in its own file, with no rebuild; absent, the page
    /// names no publisher rather than guess one.
    #[serde(default)]
    pub publisher: Option<Text>,
    /// The date of the report the dashboard is built around (ISO `YYYY-MM-DD`).
    pub published: StatedDate,
    /// The date this file was last revised (ISO `YYYY-MM-DD`).
    pub revised: StatedDate,
    /// The period the headline figures describe; the standing chart ranks the figures of it.
    pub reference_period: Period,
    /// The unit the figures describe, as a reader needs it said ("the former province, before its merger").
    pub scope: Text,
    /// Provinces ranked at the time of the figures (63 before the merger).
    pub provinces_total: u32,
    /// The region whose provinces comparisons mark (`same_region`), by name.
    #[serde(default)]
    pub region: Option<Text>,
    pub sources: Vec<Source>,
    pub key_figures: Vec<KeyFigure>,
    /// The sentences of the written summary, in order, and the figures each one states.
    pub summary: Vec<SummarySentence>,
    #[serde(deserialize_with = "unique_keys")]
    pub indicators: BTreeMap<String, Indicator>,
    #[serde(deserialize_with = "unique_keys")]
    pub series: BTreeMap<String, Vec<Observation>>,
    pub context: Vec<ContextItem>,
    /// Ranking tables as sources published them: who stands above and below, and by how much.
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    /// The province formed by the merger, a different unit from the one of the series.
    #[serde(default)]
    pub new_province: Option<NewProvince>,
}

/// A publication a figure was read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The title as published, in the publication's own language.
    pub title: String,
    pub publisher: String,
    /// The page address; absent for a publication with no web address (cited by publisher and date).
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) when known.
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// Set when the page is a third-party copy, which is less reliable.
    #[serde(default)]
    pub mirror: bool,
}

/// The units figures are stated in. Each has its own formatting per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A change in percent, shown with its sign (+7,39%).
    PercentChange,
    Usd,
    UsdMillion,
    UsdBillion,
    VndBillion,
    VndTrillion,
    VndMillion,
    /// Index points (PCI, PGI scores).
    Points,
    /// A position among the provinces; the value is the position.
    Rank,
    Projects,
    Countries,
    Sectors,
}

impl Unit {
    /// Every unit, for what must hold for each of them.
    pub const ALL: [Unit; 12] = [
        Unit::PercentChange,
        Unit::Usd,
        Unit::UsdMillion,
        Unit::UsdBillion,
        Unit::VndBillion,
        Unit::VndTrillion,
        Unit::VndMillion,
        Unit::Points,
        Unit::Rank,
        Unit::Projects,
        Unit::Countries,
        Unit::Sectors,
    ];
}

/// How final a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated before the period's data were complete ("ước", "dự báo").
    Estimate,
    /// The statistics office's first release for the period.
    Preliminary,
    /// Restated later as the period's result.
    Final,
    /// Stated for a period not yet over, as what is expected ("dự kiến").
    Projection,
    /// A plan figure ("mục tiêu", "kế hoạch"): what is aimed at, never a result. Targets
    /// stand apart from results (`NewProvince::targets`) and are never a point of a series.
    Target,
}

impl Status {
    /// How final a figure is, in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Status::Estimate, Lang::Vi) => "ước tính",
            (Status::Preliminary, Lang::Vi) => "sơ bộ",
            (Status::Final, Lang::Vi) => "chính thức",
            (Status::Projection, Lang::Vi) => "dự kiến",
            (Status::Target, Lang::Vi) => "mục tiêu",
            (Status::Estimate, Lang::En) => "estimate",
            (Status::Preliminary, Lang::En) => "preliminary",
            (Status::Final, Lang::En) => "final",
            (Status::Projection, Lang::En) => "projection",
            (Status::Target, Lang::En) => "target",
        }
    }
}

/// The words a source puts before a number: "hơn 45 tỷ USD" is not "45 tỷ USD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    Over,
    Nearly,
}

/// A position among the provinces, for example 3 of 63.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rank {
    pub position: u32,
    pub of: u32,
    /// The period ranked, when it differs from the figure's own period.
    #[serde(default)]
    pub period: Option<Period>,
}

/// A source id with the exact words the figure was read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    #[serde(default)]
    pub quote: Option<String>,
}

/// A count or amount that accompanies a figure (projects, countries, sectors).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Detail {
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
}

/// One figure for one period: the chosen value, and what other sources say.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub period: Period,
    pub value: f64,
    /// The upper end when the source states a range ("12,5–13%"); only a target may.
    #[serde(default)]
    pub upper: Option<f64>,
    pub unit: Unit,
    pub status: Status,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    #[serde(default)]
    pub rank: Option<Rank>,
    #[serde(default)]
    pub details: Vec<Detail>,
    /// The first citation is the source of the value; later ones corroborate it.
    pub citations: Vec<Citation>,
    #[serde(default)]
    pub note: Option<Text>,
    /// Values other sources give for the same figure; the observation's own value is the chosen one.
    #[serde(default)]
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

    pub(crate) fn detail(&self, unit: Unit) -> Option<&Detail> {
        self.details.iter().find(|d| d.unit == unit)
    }
}

/// A value another source gives for the same figure. Only what differs is set.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    #[serde(default)]
    pub period: Option<Period>,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    #[serde(default)]
    pub rank: Option<Rank>,
    #[serde(default)]
    pub details: Vec<Detail>,
    pub status: Status,
    pub citation: Citation,
}

/// Whether an item is good news, bad news or neither; bad news is never hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    #[default]
    Neutral,
    Warning,
}

/// A headline figure shown as a card.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub id: String,
    /// The series (an id in `indicators`) this figure is a value of. The validator then
    /// checks that it agrees with the series and the ranking tables of the same period.
    #[serde(default)]
    pub series: Option<String>,
    pub label: Text,
    /// What the figure is compared with, for example "so với năm 2021".
    #[serde(default)]
    pub comparison: Option<Text>,
    #[serde(default)]
    pub tone: Tone,
    pub observation: Observation,
}

/// The kinds of sentence the summary can say; each states one figure, and maybe a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// GRDP growth of the period; `with`: GRDP per head.
    Growth,
    /// Exports; `with`: state budget revenue.
    Trade,
    /// The PCI score and rank; `with`: the PGI rank.
    Indices,
    /// Cumulative FDI at a date.
    Fdi,
    /// A fall in a later period; `series` gives that year's and the next year's growth.
    Reversal,
    /// Where Bắc Ninh stands in a comparison; `figure` is the comparison's id.
    Comparison,
    /// The merged province and one of its figures; `figure` is a key figure of `new_province`.
    NewProvince,
}

/// What a sentence says of one figure it states: the units it words, and whether it
/// names the figure's rank. "Kim ngạch xuất khẩu đạt 69,08 điểm" is what a figure of
/// another kind would make of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub units: &'static [Unit],
    pub rank: bool,
}

/// Why a sentence may not state the figure one of its fields names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misfit<'a> {
    /// No key figure has this id.
    Unknown(&'a str),
    /// The figure is in none of these units.
    Unit(&'static [Unit]),
    /// The sentence names the figure's rank, and it has none.
    Rank,
}

impl SummarySentence {
    /// The key figures the sentence's `figure` and `with` name, each as the sentence may state
    /// it, or why it may not. This is the one place that decides it: the validator reports
    /// every `Err`, and the summary states only the `Ok`s. `None`: the field names no key
    /// figure (a comparison's id, or no `with`).
    pub fn named<'a>(&'a self, ds: &'a Dataset) -> [Option<Result<&'a KeyFigure, Misfit<'a>>>; 2] {
        let figures = self.sentence.figures(ds);
        let [figure_slot, with_slot] = self.sentence.slots();
        let figure = (self.sentence != SentenceKind::Comparison).then_some((self.figure.as_str(), figure_slot));
        let with = self.with.as_deref().map(|id| (id, with_slot));
        [figure, with].map(|field| {
            field.map(|(id, slot)| {
                let key = figures.iter().find(|k| k.id == id).ok_or(Misfit::Unknown(id))?;
                let obs = &key.observation;
                match slot {
                    Some(slot) if !slot.units.contains(&obs.unit) => Err(Misfit::Unit(slot.units)),
                    Some(slot) if slot.rank && obs.rank.is_none() => Err(Misfit::Rank),
                    _ => Ok(key),
                }
            })
        })
    }
}

/// Amounts of money in US dollars, at any scale.
const USD: &[Unit] = &[Unit::Usd, Unit::UsdMillion, Unit::UsdBillion];
/// Amounts of money in either currency, at any scale.
const MONEY: &[Unit] = &[
    Unit::Usd,
    Unit::UsdMillion,
    Unit::UsdBillion,
    Unit::VndMillion,
    Unit::VndBillion,
    Unit::VndTrillion,
];

impl SentenceKind {
    /// What the sentence's `figure` and its `with` must be. This is the one statement of
    /// the rule: the validator refuses a figure that does not fit, and the summary never
    /// words one. `None`: the field names no key figure (a comparison's id, or a second
    /// figure the sentence does not state).
    pub fn slots(self) -> [Option<Slot>; 2] {
        let slot = |units, rank| Some(Slot { units, rank });
        let percent = &[Unit::PercentChange][..];
        match self {
            SentenceKind::Growth => [slot(percent, false), slot(MONEY, false)],
            SentenceKind::Trade => [slot(USD, false), slot(MONEY, false)],
            SentenceKind::Indices => [slot(&[Unit::Points], true), slot(&[Unit::Rank], false)],
            SentenceKind::Fdi => [slot(USD, false), None],
            SentenceKind::Reversal => [slot(percent, false), None],
            SentenceKind::Comparison => [None, None],
            SentenceKind::NewProvince => [slot(percent, false), slot(MONEY, true)],
        }
    }

    /// The key figures the sentence's ids name: the new province's own, or the former province's.
    pub fn figures(self, ds: &Dataset) -> &[KeyFigure] {
        match self {
            SentenceKind::NewProvince => ds.new_province.as_ref().map_or(&[], |n| n.key_figures.as_slice()),
            _ => &ds.key_figures,
        }
    }
}

/// One sentence of the summary: what it says, and which key figures it says it with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummarySentence {
    pub sentence: SentenceKind,
    /// The id of what the sentence states: a key figure, a key figure of the new
    /// province (`new_province`), or a comparison (`comparison`).
    pub figure: String,
    /// The id of a second key figure, stated in the same sentence.
    #[serde(default)]
    pub with: Option<String>,
    /// A series the sentence reads further years from.
    #[serde(default)]
    pub series: Option<String>,
}

/// What a series measures.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub label: Text,
    pub unit: Unit,
    #[serde(default)]
    pub note: Option<Text>,
}

/// A sentence of context (aims, investors, resolutions, events) with its source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextItem {
    pub id: String,
    pub heading: Text,
    pub text: Text,
    #[serde(default)]
    pub date: Option<StatedDate>,
    /// A warning item stands out, for example the merger that ends the series.
    #[serde(default)]
    pub tone: Tone,
    pub citations: Vec<Citation>,
}

/// Which province a figure or ranking describes. The two are different units and
/// their figures never join one series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The province before the merger, ranked among 63: its figures end before
    /// `new_province.established`.
    Former,
    /// The province the merger formed, ranked among 34: its figures end on or after
    /// `new_province.established`.
    Merged,
}

/// What a comparison's ranks mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ranking {
    /// Positions among all the units ranked.
    National,
    /// Positions within the source's own list only (a list restricted to some provinces).
    WithinList,
}

/// One ranking table, as one source published it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    /// A short name for the table's tab ("PCI 2022", "Xuất khẩu 2023").
    pub label: Text,
    pub indicator: Text,
    pub period: Period,
    /// The series (an id in `indicators`) this table ranks; Bắc Ninh's entry must then
    /// agree with that series and the key figures of the same period.
    #[serde(default)]
    pub series: Option<String>,
    /// Says what a period like `2023-09` covers ("the first nine months of 2023").
    #[serde(default)]
    pub period_note: Option<Text>,
    pub unit: Unit,
    pub status: Status,
    /// How many units the ranking is among (63, or 34 after the merger).
    pub ranked_of: u32,
    /// Every ranked unit is listed; a top-N list is never complete.
    pub complete: bool,
    pub scope: Scope,
    pub ranking: Ranking,
    /// How the ranks were read when the source does not number them.
    #[serde(default)]
    pub rank_basis: Option<Text>,
    pub citations: Vec<Citation>,
    #[serde(default)]
    pub note: Option<Text>,
    /// Set when Bắc Ninh is not in the list the source published ("not in the top 10"):
    /// the table then has no subject entry, and Bắc Ninh is never placed by guess.
    #[serde(default)]
    pub absent: Option<Text>,
    /// Best first.
    pub entries: Vec<ComparisonEntry>,
}

/// One province in a ranking table.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonEntry {
    pub name: Text,
    pub rank: u32,
    /// Absent where the source gives the position only.
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// Bắc Ninh: exactly one entry per table.
    #[serde(default)]
    pub subject: bool,
    /// Another province of the same region (the Red River Delta).
    #[serde(default)]
    pub same_region: bool,
    /// The source's text cannot be read here; the name says so, and nothing is guessed.
    #[serde(default)]
    pub illegible: bool,
    /// Where this position comes from, when not from the table's first citation.
    #[serde(default)]
    pub citation: Option<Citation>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// The province formed by the merger of 2025: what it is, and its first figures.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewProvince {
    pub name: Text,
    /// The provinces it was formed from, as a sentence names them.
    pub formed_from: Text,
    /// The day it came into being (`YYYY-MM-DD`): the line between the two units' figures,
    /// which the validator keeps each on its side. The page does not state it: a date is
    /// shown only with a source a ministry can cite (`facts`), and the sources give the
    /// day the merger took effect only on a host the page never cites.
    pub established: StatedDate,
    /// The units it is ranked among.
    pub provinces_total: u32,
    /// What merged and when, its size: context items with their sources.
    pub facts: Vec<ContextItem>,
    /// Its results, each ranked among `provinces_total`.
    pub key_figures: Vec<KeyFigure>,
    /// The ids of the results a reader sees first, on the page's first screen.
    #[serde(default)]
    pub highlights: Vec<String>,
    /// What it aims at (status `target`), shown apart from its results.
    #[serde(default)]
    pub targets: Vec<KeyFigure>,
}

impl Unit {
    /// The name of this unit in the JSON file (`usd_billion`), for messages.
    pub fn name(self) -> &'static str {
        match self {
            Unit::PercentChange => "percent_change",
            Unit::Usd => "usd",
            Unit::UsdMillion => "usd_million",
            Unit::UsdBillion => "usd_billion",
            Unit::VndBillion => "vnd_billion",
            Unit::VndTrillion => "vnd_trillion",
            Unit::VndMillion => "vnd_million",
            Unit::Points => "points",
            Unit::Rank => "rank",
            Unit::Projects => "projects",
            Unit::Countries => "countries",
            Unit::Sectors => "sectors",
        }
    }
}

impl Unit {
    /// The unit an amount is counted in at its smallest scale, and how many of it one of
    /// this unit is: `usd_billion` is 10^9 `usd`, `vnd_trillion` 10^6 `vnd_million`. Two
    /// figures compare only when their base units are the same.
    pub(crate) fn scale(self) -> (Unit, f64) {
        match self {
            Unit::UsdMillion => (Unit::Usd, 1e6),
            Unit::UsdBillion => (Unit::Usd, 1e9),
            Unit::VndBillion => (Unit::VndMillion, 1e3),
            Unit::VndTrillion => (Unit::VndMillion, 1e6),
            other => (other, 1.0),
        }
    }
}

impl Qualifier {
    /// The name of this qualifier in the JSON file (`over`), for the CSV download.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::Over => "over",
            Qualifier::Nearly => "nearly",
        }
    }
}

impl NewProvince {
    /// The highlighted results, in the order the dataset lists them.
    pub fn highlighted(&self) -> impl Iterator<Item = &KeyFigure> {
        self.highlights
            .iter()
            .filter_map(|id| self.key_figures.iter().find(|k| &k.id == id))
    }
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn series(&self, id: &str) -> &[Observation] {
        self.series.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn observation(&self, series: &str, period: &Period) -> Option<&Observation> {
        self.series(series).iter().find(|o| &o.period == period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_names_serde_reads() {
        for unit in Unit::ALL {
            let read: Result<Unit, _> = serde_json::from_str(&format!("\"{}\"", unit.name()));
            assert_eq!(read.ok(), Some(unit));
        }
        for qualifier in [Qualifier::About, Qualifier::Over, Qualifier::Nearly] {
            let read: Result<Qualifier, _> = serde_json::from_str(&format!("\"{}\"", qualifier.name()));
            assert_eq!(read.ok(), Some(qualifier));
        }
    }
}
