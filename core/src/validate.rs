//! The rules of a dataset: what a file of the right shape must also satisfy.
//!
//! serde has read the shape; these checks look across fields: ids are unique,
//! citations name known sources, ranks fit the number of provinces (63 for the
//! former province, the new province's own total for its figures), each figure's
//! period is on its province's side of the day the new one was formed (so the new
//! province's figures never join the former one's series), periods of a
//! series increase, texts exist in both languages, links are web links, each
//! summary sentence names figures that exist and carry what it states, and each
//! ranking table lists Bắc Ninh once, in rank order, with values that agree. Then
//! what would put a wrong number on screen: a series in another unit than its
//! chart's captions (the chart catalogue states them), a figure of another kind than
//! its sentence words, two figures of one fact that disagree (`agreement`), and
//! anything past the bounds that keep every view quick to draw (`bounds`). Every
//! problem is listed at once, each with its JSON path, so a data editor can fix
//! them in one go.

mod agreement;

use std::collections::BTreeSet;

use crate::bounds;
use crate::chart::catalogue::CATALOGUE;
use crate::dataset::{
    Alternative, Citation, Comparison, ContextItem, Dataset, Detail, KeyFigure, Misfit, Observation, Rank, Scope,
    SentenceKind, Status, Text, Unit,
};
use crate::i18n::Lang;
use crate::period::{Period, StatedDate};
use crate::problem::{Need, Problem, ProblemKind, SCHEMA_VERSION};
use crate::weak_hosts::{weak_host_of, weak_hosts};

/// Checks a parsed dataset as a whole and returns every problem found.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        ds,
        problems: Vec::new(),
        source_ids: BTreeSet::new(),
        scope: Scope::Former,
        in_targets: false,
    };
    v.dataset();
    v.problems.extend(agreement::disagreements(ds));
    v.problems
}

struct Validator<'a> {
    ds: &'a Dataset,
    problems: Vec<Problem>,
    source_ids: BTreeSet<&'a str>,
    /// Which province the part being checked describes: its ranks are among that province's
    /// total, and its periods on that province's side of the merger.
    scope: Scope,
    /// True while checking `new_province.targets`, the one place a target may stand.
    in_targets: bool,
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
        // The footer names the publisher: in both languages, like every text.
        if let Some(publisher) = &ds.publisher {
            self.text("publisher", publisher);
        }
        self.date("published", &ds.published);
        self.date("revised", &ds.revised);
        self.provinces_total("provinces_total", ds.provinces_total);
        self.count("sources", ds.sources.len(), bounds::MAX_SOURCES);
        let weak = weak_hosts().unwrap_or_else(|detail| {
            self.push("weak-hosts.json", ProblemKind::WeakHostList(detail));
            Vec::new()
        });
        for (i, source) in ds.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            if !self.source_ids.insert(source.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(source.id.clone()));
            }
            self.non_empty(&format!("{path}.id"), &source.id);
            self.non_empty(&format!("{path}.title"), &source.title);
            self.non_empty(&format!("{path}.publisher"), &source.publisher);
            if let Some(url) = &source.url {
                self.length(&format!("{path}.url"), url);
                if !is_http_link(url) {
                    self.push(format!("{path}.url"), ProblemKind::NotHttpLink(url.clone()));
                }
                if let Some(w) = weak_host_of(&weak, url) {
                    let kind = ProblemKind::WeakHost {
                        host: w.host.clone(),
                        why: w.why.clone(),
                    };
                    self.push(format!("{path}.url"), kind);
                }
            }
            if let Some(date) = &source.date {
                if !date.is_partial_date() {
                    self.push(format!("{path}.date"), ProblemKind::BadDate(date.text().to_owned()));
                }
            }
        }
        self.key_figures("key_figures", &ds.key_figures);
        self.count("indicators", ds.indicators.len(), bounds::MAX_SERIES);
        self.count("series", ds.series.len(), bounds::MAX_SERIES);
        for (id, indicator) in &ds.indicators {
            self.length(&format!("indicators.{id}"), id);
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
            self.count(&format!("series.{id}"), observations.len(), bounds::MAX_OBSERVATIONS);
            for (i, obs) in observations.iter().enumerate() {
                let path = format!("series.{id}[{i}]");
                self.observation(&path, obs, unit);
                if i > 0 && observations[i - 1].period.end() >= obs.period.end() {
                    self.push(format!("{path}.period"), ProblemKind::OutOfOrder);
                }
            }
        }
        self.chart_units();
        self.summary();
        self.context_items("context", &ds.context);
        self.count("comparisons", ds.comparisons.len(), bounds::MAX_COMPARISONS);
        let mut comparison_ids = BTreeSet::new();
        for (i, comparison) in ds.comparisons.iter().enumerate() {
            let path = format!("comparisons[{i}]");
            if !comparison_ids.insert(comparison.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(comparison.id.clone()));
            }
            self.comparison(&path, comparison);
        }
        if let Some(new) = &ds.new_province {
            self.text("new_province.name", &new.name);
            self.text("new_province.formed_from", &new.formed_from);
            self.date("new_province.established", &new.established);
            self.provinces_total("new_province.provinces_total", new.provinces_total);
            self.context_items("new_province.facts", &new.facts);
            // Its figures are ranked among its own total, never joined to the former province's.
            self.scope = Scope::Merged;
            self.key_figures("new_province.key_figures", &new.key_figures);
            // Each highlight is a card of the first screen: as bounded as the cards.
            self.count("new_province.highlights", new.highlights.len(), bounds::MAX_KEY_FIGURES);
            for (i, id) in new.highlights.iter().enumerate() {
                if !new.key_figures.iter().any(|k| &k.id == id) {
                    self.push(
                        format!("new_province.highlights[{i}]"),
                        ProblemKind::UnknownKeyFigure(id.clone()),
                    );
                }
            }
            self.in_targets = true;
            self.key_figures("new_province.targets", &new.targets);
            self.in_targets = false;
            self.scope = Scope::Former;
        }
    }

    fn key_figures(&mut self, prefix: &str, figures: &[KeyFigure]) {
        self.count(prefix, figures.len(), bounds::MAX_KEY_FIGURES);
        let mut ids = BTreeSet::new();
        for (i, key) in figures.iter().enumerate() {
            let path = format!("{prefix}[{i}]");
            self.length(&format!("{path}.id"), &key.id);
            if !ids.insert(key.id.as_str()) {
                self.push(format!("{path}.id"), ProblemKind::DuplicateId(key.id.clone()));
            }
            if let Some(series) = &key.series {
                self.series_link(
                    &format!("{path}.series"),
                    series,
                    key.observation.unit,
                    &format!("{path}.observation.unit"),
                );
            }
            self.text(&format!("{path}.label"), &key.label);
            if let Some(c) = &key.comparison {
                self.text(&format!("{path}.comparison"), c);
            }
            self.observation(&format!("{path}.observation"), &key.observation, None);
        }
    }

    fn context_items(&mut self, prefix: &str, items: &[ContextItem]) {
        self.count(prefix, items.len(), bounds::MAX_CONTEXT_ITEMS);
        let mut ids = BTreeSet::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("{prefix}[{i}]");
            self.length(&format!("{path}.id"), &item.id);
            if !ids.insert(item.id.as_str()) {
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

    /// A ranking table: Bắc Ninh listed once, ranks in order within the total, values
    /// that agree with the ranks, and a list that claims to be complete only when it is.
    fn comparison(&mut self, path: &str, c: &Comparison) {
        self.length(&format!("{path}.id"), &c.id);
        if let Some(series) = &c.series {
            self.series_link(&format!("{path}.series"), series, c.unit, &format!("{path}.unit"));
        }
        if c.ranked_of > bounds::MAX_PROVINCES {
            self.over_limit(
                &format!("{path}.ranked_of"),
                u64::from(c.ranked_of),
                bounds::MAX_PROVINCES.into(),
            );
        }
        self.count(
            &format!("{path}.entries"),
            c.entries.len(),
            bounds::MAX_PROVINCES as usize,
        );
        self.text(&format!("{path}.label"), &c.label);
        self.text(&format!("{path}.indicator"), &c.indicator);
        for (field, text) in [
            ("period_note", &c.period_note),
            ("rank_basis", &c.rank_basis),
            ("note", &c.note),
        ] {
            if let Some(text) = text {
                self.text(&format!("{path}.{field}"), text);
            }
        }
        if let Some(absent) = &c.absent {
            self.text(&format!("{path}.absent"), absent);
        }
        if c.status == Status::Target {
            self.push(format!("{path}.status"), ProblemKind::TargetOutOfPlace);
        }
        self.citations(path, &c.citations);
        let expected = self.total_of(c.scope);
        self.merger_side(&format!("{path}.period"), c.scope, &c.period);
        if let Some(expected) = expected.filter(|e| *e != c.ranked_of) {
            self.push(
                format!("{path}.ranked_of"),
                ProblemKind::RankTotal {
                    of: c.ranked_of,
                    expected,
                },
            );
        }
        // Bắc Ninh once, or, where the source's list leaves it out, not at all and said so.
        let subjects = c.entries.iter().filter(|e| e.subject).count();
        match (&c.absent, subjects) {
            (None, 1) | (Some(_), 0) => {}
            (None, n) => self.push(format!("{path}.entries"), ProblemKind::SubjectCount(n)),
            (Some(_), n) => self.push(format!("{path}.entries"), ProblemKind::AbsentButListed(n)),
        }
        if c.complete && c.entries.len() != c.ranked_of as usize {
            self.push(
                format!("{path}.complete"),
                ProblemKind::IncompleteList {
                    listed: c.entries.len(),
                    of: c.ranked_of,
                },
            );
        }
        for (i, entry) in c.entries.iter().enumerate() {
            let at = format!("{path}.entries[{i}]");
            self.text(&format!("{at}.name"), &entry.name);
            if entry.rank == 0 || entry.rank > c.ranked_of {
                self.push(
                    format!("{at}.rank"),
                    ProblemKind::RankOutOfRange {
                        position: entry.rank,
                        of: c.ranked_of,
                    },
                );
            }
            let above = i.checked_sub(1).map(|j| &c.entries[j]);
            if above.is_some_and(|above| above.rank >= entry.rank) {
                self.push(format!("{at}.rank"), ProblemKind::RankOrder);
            }
            if let Some(value) = entry.value {
                self.number(&format!("{at}.value"), value);
                // The nearest entry above with a value must not be lower (a better rank, a higher value).
                let higher = c.entries[..i].iter().rev().find_map(|e| e.value);
                if higher.is_some_and(|higher| higher < value) {
                    self.push(format!("{at}.value"), ProblemKind::ValueOrder);
                }
            }
            if let Some(citation) = &entry.citation {
                self.citation(&format!("{at}.citation"), citation);
            }
            if let Some(note) = &entry.note {
                self.text(&format!("{at}.note"), note);
            }
        }
    }

    /// Each sentence names key figures and a series that exist, each of the kind the sentence
    /// words (`SummarySentence::named` decides it, for the summary too).
    fn summary(&mut self) {
        let ds = self.ds;
        self.count("summary", ds.summary.len(), bounds::MAX_SENTENCES);
        for (i, sentence) in ds.summary.iter().enumerate() {
            let path = format!("summary[{i}]");
            if sentence.sentence == SentenceKind::Comparison && !ds.comparisons.iter().any(|c| c.id == sentence.figure)
            {
                let kind = ProblemKind::UnknownComparison(sentence.figure.clone());
                self.push(format!("{path}.figure"), kind);
            }
            for (field, named) in ["figure", "with"].into_iter().zip(sentence.named(ds)) {
                let kind = match named {
                    Some(Err(Misfit::Unknown(id))) => ProblemKind::UnknownKeyFigure(id.to_owned()),
                    Some(Err(Misfit::Unit(units))) => ProblemKind::SentenceNeeds(Need::Unit(units)),
                    Some(Err(Misfit::Rank)) => ProblemKind::SentenceNeeds(Need::Rank),
                    None | Some(Ok(_)) => continue,
                };
                self.push(format!("{path}.{field}"), kind);
            }
            if let Some(series) = &sentence.series {
                if !ds.series.contains_key(series) {
                    self.push(format!("{path}.series"), ProblemKind::UnknownSeries(series.clone()));
                }
            }
        }
    }

    fn observation(&mut self, path: &str, obs: &Observation, expected_unit: Option<Unit>) {
        self.number(&format!("{path}.value"), obs.value);
        self.merger_side(&format!("{path}.period"), self.scope, &obs.period);
        match (obs.status == Status::Target, self.in_targets) {
            (true, false) => self.push(format!("{path}.status"), ProblemKind::TargetOutOfPlace),
            (false, true) => self.push(format!("{path}.status"), ProblemKind::NotATarget),
            _ => {}
        }
        if let Some(upper) = obs.upper {
            self.number(&format!("{path}.upper"), upper);
            if !self.in_targets || upper <= obs.value {
                self.push(format!("{path}.upper"), ProblemKind::BadRange);
            }
        }
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
        self.count(&format!("{path}.details"), obs.details.len(), bounds::MAX_DETAILS);
        self.details(path, &obs.details);
        self.citations(path, &obs.citations);
        if let Some(note) = &obs.note {
            self.text(&format!("{path}.note"), note);
        }
        self.count(
            &format!("{path}.alternatives"),
            obs.alternatives.len(),
            bounds::MAX_ALTERNATIVES,
        );
        for (i, alt) in obs.alternatives.iter().enumerate() {
            self.alternative(&format!("{path}.alternatives[{i}]"), alt, obs.unit);
        }
    }

    fn alternative(&mut self, path: &str, alt: &Alternative, unit: Unit) {
        // Another source's figure for the same result is a result too, never a plan.
        if alt.status == Status::Target {
            self.push(format!("{path}.status"), ProblemKind::TargetOutOfPlace);
        }
        self.count(&format!("{path}.details"), alt.details.len(), bounds::MAX_DETAILS);
        if let Some(value) = alt.value {
            self.number(&format!("{path}.value"), value);
            if unit == Unit::Rank {
                self.rank_value(&format!("{path}.value"), value);
            }
        }
        if let Some(rank) = &alt.rank {
            self.rank(&format!("{path}.rank"), rank);
        }
        if let Some(period) = &alt.period {
            self.merger_side(&format!("{path}.period"), self.scope, period);
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
        self.count(&format!("{path}.citations"), citations.len(), bounds::MAX_CITATIONS);
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
        if let Some(period) = &rank.period {
            self.merger_side(&format!("{path}.period"), self.scope, period);
        }
        let provinces = self.provinces();
        if rank.of != provinces {
            self.push(
                format!("{path}.of"),
                ProblemKind::RankTotal {
                    of: rank.of,
                    expected: provinces,
                },
            );
        }
    }

    /// The units the province of `scope` is ranked among, if the dataset has that province.
    fn total_of(&self, scope: Scope) -> Option<u32> {
        match scope {
            Scope::Former => Some(self.ds.provinces_total),
            Scope::Merged => self.ds.new_province.as_ref().map(|n| n.provinces_total),
        }
    }

    /// The units ranks are among in the part being checked.
    fn provinces(&self) -> u32 {
        self.total_of(self.scope).unwrap_or(self.ds.provinces_total)
    }

    /// A figure stands on its own province's side of the day the new province was formed
    /// (`new_province.established`): the two units' figures never join one series.
    fn merger_side(&mut self, path: &str, scope: Scope, period: &Period) {
        let Some(formed) = self.ds.new_province.as_ref().and_then(|n| n.established.day()) else {
            return;
        };
        let former = scope == Scope::Former;
        if former == (period.end() >= formed) {
            self.push(path, ProblemKind::MergerSide { former, formed });
        }
    }

    fn rank_value(&mut self, path: &str, value: f64) {
        let total = self.provinces();
        // A non-finite value is already reported by `number`.
        if value.is_finite() && (value.fract() != 0.0 || value < 1.0 || value > f64::from(total)) {
            self.push(path, ProblemKind::RankValue { value, of: total });
        }
    }

    fn number(&mut self, path: &str, value: f64) {
        if !value.is_finite() {
            self.push(path, ProblemKind::NotFinite);
        } else if value.abs() > bounds::MAX_VALUE {
            self.push(
                path,
                ProblemKind::ValueTooLarge {
                    value,
                    max: bounds::MAX_VALUE,
                },
            );
        }
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.vi.trim().is_empty() {
            self.push(format!("{path}.vi"), ProblemKind::MissingTranslation(Lang::Vi));
        }
        if text.en.trim().is_empty() {
            self.push(format!("{path}.en"), ProblemKind::MissingTranslation(Lang::En));
        }
        self.length(&format!("{path}.vi"), &text.vi);
        self.length(&format!("{path}.en"), &text.en);
    }

    fn non_empty(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        }
        self.length(path, value);
    }

    /// No string is longer than any text of the dashboard may be.
    fn length(&mut self, path: &str, value: &str) {
        // Bytes bound characters from above: count characters only when it may matter.
        if value.len() > bounds::MAX_TEXT_CHARS {
            let chars = value.chars().count();
            if chars > bounds::MAX_TEXT_CHARS {
                let max = bounds::MAX_TEXT_CHARS;
                self.push(path, ProblemKind::TooLong { chars, max });
            }
        }
    }

    /// A list holds no more than its bound.
    fn count(&mut self, path: &str, count: usize, max: usize) {
        if count > max {
            self.over_limit(path, count as u64, max as u64);
        }
    }

    fn over_limit(&mut self, path: &str, count: u64, max: u64) {
        self.push(path, ProblemKind::OverLimit { count, max });
    }

    /// How many units figures are ranked among: at least one, and no more than any ranking has.
    fn provinces_total(&mut self, path: &str, total: u32) {
        if total == 0 {
            self.push(path, ProblemKind::NotPositive);
        } else if total > bounds::MAX_PROVINCES {
            self.over_limit(path, total.into(), bounds::MAX_PROVINCES.into());
        }
    }

    /// A figure's or a table's `series` names an indicator whose unit its own compares with.
    fn series_link(&mut self, path: &str, series: &str, unit: Unit, unit_path: &str) {
        match self.ds.indicators.get(series) {
            None => self.push(path, ProblemKind::UnknownIndicator(series.to_owned())),
            Some(indicator) if !agreement::comparable(unit, indicator.unit) => self.push(
                unit_path,
                ProblemKind::UnitMismatch {
                    expected: indicator.unit,
                    found: unit,
                },
            ),
            Some(_) => {}
        }
    }

    /// Each chart's captions are written for its unit: a series it draws must be in it.
    fn chart_units(&mut self) {
        let ds = self.ds;
        for def in CATALOGUE {
            let Some(indicator) = ds.indicators.get(def.series) else {
                continue;
            };
            if !def.units.contains(&indicator.unit) {
                let kind = ProblemKind::ChartUnit {
                    chart: def.slug,
                    found: indicator.unit,
                    needs: def.units,
                };
                self.push(format!("indicators.{}.unit", def.series), kind);
            }
        }
    }

    fn date(&mut self, path: &str, value: &StatedDate) {
        if value.day().is_none() {
            self.push(path, ProblemKind::BadDate(value.text().to_owned()));
        }
    }
}

/// Only web links may reach the page: `javascript:`, `data:` and relative links are refused.
pub(crate) fn is_http_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|host| !host.is_empty() && !host.starts_with('/')) && !url.chars().any(char::is_whitespace)
}
