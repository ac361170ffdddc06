//! Figures of one fact agree: the page never shows two values for one fact without saying why.
//!
//! A fact is one indicator, for one province (the former or the merged one), in one
//! period. The series state it, a key figure that names its `series` states it, and
//! so does Bắc Ninh's entry in a ranking table that names its `series`. Any two of
//! them must give the same value and the same national rank, or one of them must
//! list the other's among its alternatives (which the page shows as "other sources
//! give…"). Values compare across scales of one currency (39 302 697 091 USD is
//! USD 39.3 billion), and a value stated with fewer decimals agrees with a more
//! precise one that rounds to it (45.1 and 45.06); a qualifier ("over") does not
//! make two different numbers agree.

use std::collections::HashMap;

use crate::dataset::{Comparison, Dataset, KeyFigure, Observation, Ranking, Scope, Unit};
use crate::format::recorded_decimals;
use crate::period::Period;
use crate::problem::{Fact, Problem, ProblemKind};

/// One figure of a fact, as the page shows it, and what it discloses as other sources'.
struct Statement {
    /// Where its value is, and where its rank is.
    value_path: String,
    rank_path: String,
    /// Absent for a ranking entry that gives a position only, and for a figure in unit
    /// `rank`, whose value is its rank.
    value: Option<f64>,
    unit: Unit,
    /// The national rank: position, among how many, in which period.
    rank: Option<(u32, u32, Period)>,
    /// Values of its alternatives, in `unit`.
    other_values: Vec<f64>,
    /// Rank positions of its alternatives.
    other_ranks: Vec<u32>,
}

impl Statement {
    fn of_observation(path: String, obs: &Observation, provinces: u32) -> Statement {
        let is_rank = obs.unit == Unit::Rank;
        // A value in unit `rank` that is no rank at all is reported as such, not compared.
        let valid = !is_rank || (obs.value.is_finite() && obs.value.fract() == 0.0 && obs.value >= 1.0);
        let rank = obs
            .effective_rank(provinces)
            .filter(|_| valid)
            .map(|r| (r.position, r.of, r.period.unwrap_or(obs.period)));
        let alt_ranks = obs
            .alternatives
            .iter()
            .filter_map(|a| a.rank.as_ref().map(|r| r.position));
        // In unit `rank` an alternative's value is a rank (validated: a whole number in 1..=total).
        let alt_rank_values = obs.alternatives.iter().filter_map(|a| a.value.filter(|_| is_rank));
        Statement {
            value_path: format!("{path}.value"),
            rank_path: match obs.rank {
                Some(_) => format!("{path}.rank.position"),
                None => format!("{path}.value"),
            },
            value: (!is_rank).then_some(obs.value),
            unit: obs.unit,
            rank,
            other_values: obs.alternatives.iter().filter_map(|a| a.value).collect(),
            other_ranks: alt_ranks.chain(alt_rank_values.map(|v| v as u32)).collect(),
        }
    }

    /// The value of `c`'s subject; its rank only when the table ranks nationally.
    fn of_subject(path: &str, c: &Comparison) -> Option<Statement> {
        let (index, entry) = c.entries.iter().enumerate().find(|(_, e)| e.subject)?;
        Some(Statement {
            value_path: format!("{path}.entries[{index}].value"),
            rank_path: format!("{path}.entries[{index}].rank"),
            value: entry.value,
            unit: c.unit,
            rank: (c.ranking == Ranking::National).then_some((entry.rank, c.ranked_of, c.period)),
            other_values: Vec::new(),
            other_ranks: Vec::new(),
        })
    }

    /// Every way this statement disagrees with `other` (its value, its rank), each as a
    /// problem at this statement naming the other.
    fn disagreements(&self, other: &Statement) -> Vec<Problem> {
        let problem = |path: &str, fact, other_path: &str| {
            let other_path = other_path.to_owned();
            Problem::new(path, ProblemKind::Disagrees { fact, other_path })
        };
        let mut problems = Vec::new();
        // A value that is not a finite number is reported as such, not also as a disagreement.
        let finite = |v: Option<f64>| v.filter(|v| v.is_finite());
        if let (Some(found), Some(value)) = (finite(self.value), finite(other.value)) {
            // An alternative discloses the other figure when it gives that very number.
            let disclosed = self
                .other_values
                .iter()
                .any(|&v| agree(v, self.unit, value, other.unit, false))
                || other
                    .other_values
                    .iter()
                    .any(|&v| agree(found, self.unit, v, other.unit, false));
            if !agree(found, self.unit, value, other.unit, true) && !disclosed {
                let fact = Fact::Value {
                    found,
                    found_unit: self.unit,
                    other: value,
                    other_unit: other.unit,
                };
                problems.push(problem(&self.value_path, fact, &other.value_path));
            }
        }
        if let (Some((found, of, period)), Some((position, other_of, other_period))) = (self.rank, other.rank) {
            let disclosed = self.other_ranks.contains(&position) || other.other_ranks.contains(&found);
            if of == other_of && period == other_period && found != position && !disclosed {
                let fact = Fact::Rank {
                    found,
                    other: position,
                    of,
                };
                problems.push(problem(&self.rank_path, fact, &other.rank_path));
            }
        }
        problems
    }
}

/// Whether two values are the same number once both are in the same base unit; with
/// `rounded`, also when the more precise one rounds to the less precise one.
fn agree(a: f64, a_unit: Unit, b: f64, b_unit: Unit, rounded: bool) -> bool {
    let ((a_base, a_scale), (b_base, b_scale)) = (a_unit.scale(), b_unit.scale());
    if a_base != b_base {
        return false;
    }
    let (a, b) = (a * a_scale, b * b_scale);
    // Half a step of the last decimal each value was recorded with, in the base unit.
    let half_step = |v: f64, scale: f64| 0.5 * scale / 10f64.powi(recorded_decimals(v / scale) as i32);
    let tolerance = if rounded {
        half_step(a, a_scale).max(half_step(b, b_scale))
    } else {
        0.0
    };
    // A relative margin absorbs the binary rounding of decimal values (45.05 is not exact).
    (a - b).abs() <= tolerance + 1e-9 * a.abs().max(b.abs())
}

/// Whether a figure in `unit` can be compared with its indicator's `expected` unit.
pub(crate) fn comparable(unit: Unit, expected: Unit) -> bool {
    unit.scale().0 == expected.scale().0
}

/// The series `series` names, when it has an indicator whose unit a figure in `unit` compares with.
fn linked<'a>(ds: &Dataset, series: &'a Option<String>, unit: Unit) -> Option<&'a str> {
    series
        .as_deref()
        .filter(|id| ds.indicators.get(*id).is_some_and(|i| comparable(unit, i.unit)))
}

type Keyed<'a> = ((Scope, &'a str, Period), Statement);

fn key_figure_facts<'a>(
    ds: &Dataset,
    prefix: &str,
    figures: &'a [KeyFigure],
    scope: Scope,
    provinces: u32,
) -> Vec<Keyed<'a>> {
    let mut out = Vec::new();
    for (i, key) in figures.iter().enumerate() {
        let obs = &key.observation;
        if let Some(series) = linked(ds, &key.series, obs.unit) {
            let statement = Statement::of_observation(format!("{prefix}[{i}].observation"), obs, provinces);
            out.push(((scope, series, obs.period), statement));
        }
    }
    out
}

/// Every disagreement between the statements of one fact, each reported at the later
/// statement (a key figure or a table entry), naming the earlier one.
pub(crate) fn disagreements(ds: &Dataset) -> Vec<Problem> {
    let mut facts: Vec<Keyed> = Vec::new();
    for (id, observations) in &ds.series {
        for (i, obs) in observations.iter().enumerate() {
            let statement = Statement::of_observation(format!("series.{id}[{i}]"), obs, ds.provinces_total);
            facts.push(((Scope::Former, id.as_str(), obs.period), statement));
        }
    }
    facts.extend(key_figure_facts(
        ds,
        "key_figures",
        &ds.key_figures,
        Scope::Former,
        ds.provinces_total,
    ));
    if let Some(new) = &ds.new_province {
        let prefix = "new_province.key_figures";
        facts.extend(key_figure_facts(
            ds,
            prefix,
            &new.key_figures,
            Scope::Merged,
            new.provinces_total,
        ));
    }
    for (i, c) in ds.comparisons.iter().enumerate() {
        let path = format!("comparisons[{i}]");
        if let (Some(series), Some(statement)) = (linked(ds, &c.series, c.unit), Statement::of_subject(&path, c)) {
            facts.push(((c.scope, series, c.period), statement));
        }
    }
    // Each statement against the earlier statements of its fact, in file order.
    let mut earlier: HashMap<(Scope, &str, Period), Vec<usize>> = HashMap::new();
    let mut problems = Vec::new();
    for (index, (key, statement)) in facts.iter().enumerate() {
        let before = earlier.entry(*key).or_default();
        for &other in before.iter() {
            problems.extend(statement.disagreements(&facts[other].1));
        }
        before.push(index);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_agree_across_scales_and_at_the_precision_stated() {
        // The same number at two scales, and a precise value that rounds to a stated one.
        assert!(agree(39_302_697_091.0, Unit::Usd, 39.3, Unit::UsdBillion, true));
        assert!(agree(227_614.0, Unit::VndBillion, 227.614, Unit::VndTrillion, true));
        assert!(agree(45.06, Unit::UsdBillion, 45.1, Unit::UsdBillion, true));
        // Numbers that differ, and figures in two currencies, never agree.
        assert!(!agree(99.9, Unit::UsdBillion, 45.1, Unit::UsdBillion, true));
        assert!(!agree(45.3, Unit::UsdBillion, 45.1, Unit::UsdBillion, true));
        assert!(!agree(1.3, Unit::UsdBillion, 1.3, Unit::VndTrillion, true));
        assert!(!agree(69.08, Unit::Points, 69.08, Unit::Rank, true));
        // Disclosure names the very number: 45.06 does not disclose 45.1.
        assert!(!agree(45.06, Unit::UsdBillion, 45.1, Unit::UsdBillion, false));
        assert!(agree(45.06, Unit::UsdBillion, 45_060.0, Unit::UsdMillion, false));
    }
}
