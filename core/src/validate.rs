//! The rules of a dataset: what a file of the right shape must also satisfy.
//!
//! serde has read the shape; these checks look across fields: ids are unique,
//! citations name known sources, ranks fit the number of provinces, periods of a
//! series increase, texts exist in both languages, links are web links, and each
//! summary sentence names figures that exist and carry what it states. Every
//! problem is listed at once, each with its JSON path, so a data editor can fix
//! them in one go.

use std::collections::BTreeSet;

use crate::dataset::{Alternative, Citation, Dataset, Detail, Observation, Rank, SentenceKind, Text, Unit};
use crate::i18n::Lang;
use crate::period::{is_valid_partial_date, Date};
use crate::problem::{Need, Problem, ProblemKind, SCHEMA_VERSION};

/// Checks a parsed dataset as a whole and returns every problem found.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        ds,
        problems: Vec::new(),
        source_ids: BTreeSet::new(),
    };
    v.dataset();
    v.problems
}

struct Validator<'a> {
    ds: &'a Dataset,
    problems: Vec<Problem>,
    source_ids: BTreeSet<&'a str>,
}

impl<'a> Validator<'a> {
    fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn dataset(&mut self) {
        let ds = self.ds;
        if ds.schema_version != SCHEMA_VERSION {
            self.push("schema_version", ProblemKind::UnsupportedSchema(ds.schema_version));
        }
        self.text("title", &ds.title);
        self.text("scope", &ds.scope);
        self.date("published", &ds.published);
        self.date("revised", &ds.revised);
        if ds.provinces_total == 0 {
            self.push("provinces_total", ProblemKind::NotPositive);
        }
        for (i, source) in ds.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            if !self.source_ids.insert(source.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(source.id.clone()));
            }
            self.non_empty(&format!("{path}.id"), &source.id);
            self.non_empty(&format!("{path}.title"), &source.title);
            self.non_empty(&format!("{path}.publisher"), &source.publisher);
            if let Some(url) = &source.url {
                if !is_http_link(url) {
                    self.push(format!("{path}.url"), ProblemKind::NotHttpLink(url.clone()));
                }
            }
            if let Some(date) = &source.date {
                if !is_valid_partial_date(date) {
                    self.push(format!("{path}.date"), ProblemKind::BadDate(date.clone()));
                }
            }
        }
        let mut key_ids = BTreeSet::new();
        for (i, key) in ds.key_figures.iter().enumerate() {
            let path = format!("key_figures[{i}]");
            if !key_ids.insert(key.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(key.id.clone()));
            }
            self.text(&format!("{path}.label"), &key.label);
            if let Some(c) = &key.comparison {
                self.text(&format!("{path}.comparison"), c);
            }
            self.observation(&format!("{path}.observation"), &key.observation, None);
        }
        for (id, indicator) in &ds.indicators {
            self.text(&format!("indicators.{id}.label"), &indicator.label);
            if let Some(note) = &indicator.note {
                self.text(&format!("indicators.{id}.note"), note);
            }
        }
        for (id, observations) in &ds.series {
            let unit = ds.indicators.get(id).map(|i| i.unit);
            if unit.is_none() {
                self.push(format!("series.{id}"), ProblemKind::UnknownIndicator(id.clone()));
            }
            for (i, obs) in observations.iter().enumerate() {
                let path = format!("series.{id}[{i}]");
                self.observation(&path, obs, unit);
                if i > 0 && observations[i - 1].period.end() >= obs.period.end() {
                    self.push(format!("{path}.period"), ProblemKind::OutOfOrder);
                }
            }
        }
        self.summary();
        let mut context_ids = BTreeSet::new();
        for (i, item) in ds.context.iter().enumerate() {
            let path = format!("context[{i}]");
            if !context_ids.insert(item.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(item.id.clone()));
            }
            self.text(&format!("{path}.heading"), &item.heading);
            self.text(&format!("{path}.text"), &item.text);
            if let Some(date) = &item.date {
                self.date(&format!("{path}.date"), date);
            }
            self.citations(&path, &item.citations);
        }
    }

    /// Each sentence names key figures and a series that exist, with what the sentence states.
    fn summary(&mut self) {
        let ds = self.ds;
        for (i, sentence) in ds.summary.iter().enumerate() {
            let path = format!("summary[{i}]");
            let figure = self.key_figure(&format!("{path}.figure"), &sentence.figure);
            let with = sentence
                .with
                .as_ref()
                .and_then(|id| self.key_figure(&format!("{path}.with"), id));
            if let Some(series) = &sentence.series {
                if !ds.series.contains_key(series) {
                    self.push(format!("{path}.series"), ProblemKind::UnknownSeries(series.clone()));
                }
            }
            let needs: [(Option<&Observation>, &str, Option<Need>); 2] = match sentence.sentence {
                SentenceKind::Growth | SentenceKind::Reversal => {
                    [(figure, "figure", Some(Need::PercentChange)), (with, "with", None)]
                }
                SentenceKind::Indices => [
                    (figure, "figure", Some(Need::Rank)),
                    (with, "with", Some(Need::RankUnit)),
                ],
                SentenceKind::Trade | SentenceKind::Fdi => [(figure, "figure", None), (with, "with", None)],
            };
            for (obs, field, need) in needs {
                let (Some(obs), Some(need)) = (obs, need) else { continue };
                let met = match need {
                    Need::Rank => obs.rank.is_some(),
                    Need::RankUnit => obs.unit == Unit::Rank,
                    Need::PercentChange => obs.unit == Unit::PercentChange,
                };
                if !met {
                    self.push(format!("{path}.{field}"), ProblemKind::SentenceNeeds(need));
                }
            }
        }
    }

    fn key_figure(&mut self, path: &str, id: &str) -> Option<&'a Observation> {
        let found = self.ds.key_figure(id).map(|k| &k.observation);
        if found.is_none() {
            self.push(path, ProblemKind::UnknownKeyFigure(id.to_owned()));
        }
        found
    }

    fn observation(&mut self, path: &str, obs: &Observation, expected_unit: Option<Unit>) {
        self.number(&format!("{path}.value"), obs.value);
        if let Some(expected) = expected_unit {
            if obs.unit != expected {
                self.push(
                    format!("{path}.unit"),
                    ProblemKind::UnitMismatch {
                        expected,
                        found: obs.unit,
                    },
                );
            }
        }
        if obs.unit == Unit::Rank {
            self.rank_value(&format!("{path}.value"), obs.value);
        }
        if let Some(rank) = &obs.rank {
            self.rank(&format!("{path}.rank"), rank);
        }
        self.details(path, &obs.details);
        self.citations(path, &obs.citations);
        if let Some(note) = &obs.note {
            self.text(&format!("{path}.note"), note);
        }
        for (i, alt) in obs.alternatives.iter().enumerate() {
            self.alternative(&format!("{path}.alternatives[{i}]"), alt, obs.unit);
        }
    }

    fn alternative(&mut self, path: &str, alt: &Alternative, unit: Unit) {
        if let Some(value) = alt.value {
            self.number(&format!("{path}.value"), value);
            if unit == Unit::Rank {
                self.rank_value(&format!("{path}.value"), value);
            }
        }
        if let Some(rank) = &alt.rank {
            self.rank(&format!("{path}.rank"), rank);
        }
        self.details(path, &alt.details);
        self.citation(&format!("{path}.citation"), &alt.citation);
        if alt.value.is_none() && alt.rank.is_none() && alt.details.is_empty() && alt.period.is_none() {
            self.push(path, ProblemKind::NothingDiffers);
        }
    }

    fn details(&mut self, path: &str, details: &[Detail]) {
        for (i, detail) in details.iter().enumerate() {
            self.number(&format!("{path}.details[{i}].value"), detail.value);
        }
    }

    fn citations(&mut self, path: &str, citations: &[Citation]) {
        if citations.is_empty() {
            self.push(format!("{path}.citations"), ProblemKind::NoCitation);
        }
        for (i, citation) in citations.iter().enumerate() {
            self.citation(&format!("{path}.citations[{i}]"), citation);
        }
    }

    fn citation(&mut self, path: &str, citation: &Citation) {
        if !self.source_ids.contains(citation.source.as_str()) {
            self.push(
                format!("{path}.source"),
                ProblemKind::UnknownSource(citation.source.clone()),
            );
        }
        if let Some(quote) = &citation.quote {
            self.non_empty(&format!("{path}.quote"), quote);
        }
    }

    fn rank(&mut self, path: &str, rank: &Rank) {
        if rank.position == 0 || rank.position > rank.of {
            self.push(
                format!("{path}.position"),
                ProblemKind::RankOutOfRange {
                    position: rank.position,
                    of: rank.of,
                },
            );
        }
        if rank.of != self.ds.provinces_total {
            self.push(
                format!("{path}.of"),
                ProblemKind::RankTotal {
                    of: rank.of,
                    expected: self.ds.provinces_total,
                },
            );
        }
    }

    fn rank_value(&mut self, path: &str, value: f64) {
        let total = self.ds.provinces_total;
        // A non-finite value is already reported by `number`.
        if value.is_finite() && (value.fract() != 0.0 || value < 1.0 || value > f64::from(total)) {
            self.push(path, ProblemKind::RankValue { value, of: total });
        }
    }

    fn number(&mut self, path: &str, value: f64) {
        if !value.is_finite() {
            self.push(path, ProblemKind::NotFinite);
        }
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.vi.trim().is_empty() {
            self.push(format!("{path}.vi"), ProblemKind::MissingTranslation(Lang::Vi));
        }
        if text.en.trim().is_empty() {
            self.push(format!("{path}.en"), ProblemKind::MissingTranslation(Lang::En));
        }
    }

    fn non_empty(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        }
    }

    fn date(&mut self, path: &str, value: &str) {
        if Date::parse(value).is_none() {
            self.push(path, ProblemKind::BadDate(value.to_owned()));
        }
    }
}

/// Only web links may reach the page: `javascript:`, `data:` and relative links are refused.
pub(crate) fn is_http_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|host| !host.is_empty() && !host.starts_with('/')) && !url.chars().any(char::is_whitespace)
}
