//! Marks, legend and source line: what is drawn for each value, and how it is read.
//!
//! A mark carries everything a reader can learn about one value (period, value,
//! status, source, rank, differing sources), so that the drawing, the tooltip,
//! the keyboard reader and the table say the same thing.

use crate::dataset::{Dataset, Status, Unit};
use crate::format::{format_number, format_rank_long, format_rank_short, format_value};
use crate::i18n::Lang;

use super::axis::Placed;
use super::catalogue::{Definition, Layout};

/// What a mark means, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Normal,
    Negative,
    Highlight,
    /// Another province of Bắc Ninh's region, in a comparison.
    Region,
}

/// The sign before Bắc Ninh's row label in a ranking.
pub(crate) const SUBJECT_SIGN: &str = "▶ ";
/// The sign before the row label of another province of the region.
pub(crate) const REGION_SIGN: &str = "◆ ";

/// A row's label without the sign that marks it for the eye: what a screen reader says.
pub(crate) fn unmarked(name: &str) -> &str {
    [SUBJECT_SIGN, REGION_SIGN]
        .into_iter()
        .find_map(|sign| name.strip_prefix(sign))
        .unwrap_or(name)
}

/// One drawn value, with everything a reader can learn about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Position in data space: category index or year fraction on x; value on y
    /// (for `RankRows`, x is the rank and y the row).
    pub x: f64,
    pub y: f64,
    pub role: Role,
    /// Final figures are drawn solid; estimates and preliminary figures outlined.
    pub is_final: bool,
    /// Joined to the previous mark by a line (`Line` layout only).
    pub joined: bool,
    /// The source gives a position but no value: the row has no bar.
    pub no_value: bool,
    /// A short label drawn on the chart (`7,39`, `3/63`).
    pub short_label: String,
    /// Row label for `RankRows`; the period otherwise.
    pub name: String,
    pub period: String,
    pub value: String,
    pub status: String,
    /// The publisher, for the tooltip.
    pub source: String,
    /// The title as published, for the table.
    pub source_title: String,
    pub source_url: Option<String>,
    /// Further lines for the tooltip and table: rank, project count, differing sources.
    pub notes: Vec<String>,
}

impl Mark {
    /// What a screen reader says for the mark: name and value, status, notes and source, one
    /// sentence each. Notes from the dataset may end in a full stop of their own; it is not
    /// doubled, and empty parts say nothing.
    pub fn spoken(&self) -> String {
        let first = format!("{}: {}", self.name, self.value);
        let parts = std::iter::once(first.as_str())
            .chain([self.status.as_str()])
            .chain(self.notes.iter().map(String::as_str))
            .chain([self.source.as_str()])
            .map(|part| part.trim().trim_end_matches('.').trim_end())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>();
        format!("{}.", parts.join(". "))
    }
}

/// A legend entry: which kind of mark, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub role: Role,
    pub is_final: bool,
    pub label: String,
}

pub(crate) fn mark(ds: &Dataset, placed: &Placed, def: &Definition, lang: Lang) -> Mark {
    let obs = placed.obs;
    let ui = lang.ui();
    let source = ds.source(obs.source_id());
    let mut notes = Vec::new();
    let rank_of_row = def.layout == Layout::RankRows;
    let rank = obs.effective_rank(ds.provinces_total);
    let (y, short_label, value) = match (&rank, rank_of_row) {
        (Some(rank), true) => {
            if obs.unit != Unit::Rank {
                notes.push(format!(
                    "{}: {}",
                    ui.value,
                    format_value(obs.value, obs.unit, obs.qualifier, lang)
                ));
            }
            (0.0, format_rank_short(rank), format_rank_long(rank, lang))
        }
        // A series of ranks (PCI): the value is the position, said as "7th of 63 provinces".
        (Some(rank), false) if obs.unit == Unit::Rank => (
            obs.value,
            format_number(obs.value, Some(0), lang),
            format_rank_long(rank, lang),
        ),
        _ => {
            let shown = obs.value / def.axis_divisor;
            let decimals = if def.axis_divisor == 1.0 { None } else { Some(1) };
            if let Some(axis_unit) = def.axis_unit {
                notes.push(format_value(shown, axis_unit, obs.qualifier, lang));
            }
            if let Some(rank) = &rank {
                notes.push(format!("{}: {}", ui.rank, format_rank_long(rank, lang)));
            }
            (
                shown,
                format_number(shown, decimals, lang),
                format_value(obs.value, obs.unit, obs.qualifier, lang),
            )
        }
    };
    for detail in &obs.details {
        notes.push(format_value(detail.value, detail.unit, detail.qualifier, lang));
    }
    if let Some(note) = &obs.note {
        notes.push(note.get(lang).to_owned());
    }
    notes.extend(crate::keyfigures::alternatives_line(ds, obs, lang));
    let role = if def.highlight_reference && obs.period == ds.reference_period {
        Role::Highlight
    } else if obs.value < 0.0 && obs.unit == Unit::PercentChange {
        Role::Negative
    } else {
        Role::Normal
    };
    Mark {
        x: placed.x,
        y: if rank_of_row { 0.0 } else { y },
        role,
        is_final: obs.status == Status::Final,
        joined: placed.follows_neighbour,
        no_value: false,
        short_label,
        name: placed.name.clone(),
        period: obs.period.label(lang),
        value,
        status: obs.status.label(lang).to_owned(),
        source: source.map_or_else(|| obs.source_id().to_owned(), |s| s.publisher.clone()),
        source_title: source.map_or_else(|| obs.source_id().to_owned(), |s| s.title.clone()),
        source_url: source.and_then(|s| s.url.clone()),
        notes,
    }
}

pub(crate) fn legend(ds: &Dataset, marks: &[Mark], def: &Definition, lang: Lang) -> Vec<LegendItem> {
    let mut items = Vec::new();
    if marks.iter().any(|m| m.is_final) {
        items.push(LegendItem {
            role: Role::Normal,
            is_final: true,
            label: Status::Final.label(lang).into(),
        });
    }
    // Outlined marks: the legend names exactly the statuses drawn so.
    let outlined: Vec<&str> = [Status::Estimate, Status::Preliminary, Status::Projection]
        .into_iter()
        .map(|status| status.label(lang))
        .filter(|label| marks.iter().any(|m| !m.is_final && m.status == *label))
        .collect();
    if !outlined.is_empty() {
        items.push(LegendItem {
            role: Role::Normal,
            is_final: false,
            label: outlined.join(", "),
        });
    }
    if marks.iter().any(|m| m.role == Role::Negative) {
        items.push(LegendItem {
            role: Role::Negative,
            is_final: true,
            label: lang.ui().legend_fall.into(),
        });
    }
    if def.highlight_reference && marks.iter().any(|m| m.role == Role::Highlight) {
        items.push(LegendItem {
            role: Role::Highlight,
            is_final: true,
            label: ds.reference_period.label(lang),
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rows_sign_is_for_the_eye_only() {
        assert_eq!(unmarked("▶ Bắc Ninh"), "Bắc Ninh");
        assert_eq!(unmarked("◆ Hà Nội"), "Hà Nội");
        assert_eq!(unmarked("Hải Phòng"), "Hải Phòng");
        assert_eq!(unmarked("Hà ▶ Nội"), "Hà ▶ Nội", "only a leading sign");
    }
}
