//! CSV downloads of a chart's figures, of a ranking table and of the whole dataset.
//!
//! The files open correctly in Excel with Vietnamese text: UTF-8 with a byte
//! order mark, '.' as the decimal separator, a header row and one row per
//! observation with its unit, status and source. Numbers are written as
//! recorded, unformatted, so the file can be computed with.
//!
//! A chart's file is a [`Table`] its spec holds, written from the very rows the chart
//! draws, so the download can never list other figures than the chart on screen.

use crate::dataset::{Comparison, Dataset, Observation};
use crate::i18n::Lang;

/// The byte order mark that tells Excel the file is UTF-8.
pub(crate) const BOM: char = '\u{feff}';

/// The rows of a chart's download, each already written as a CSV line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    header: String,
    rows: Vec<String>,
}

impl Table {
    /// The file: the byte order mark, the header and every row.
    pub fn csv(&self) -> String {
        let mut out = format!("{BOM}{}", self.header);
        for row in &self.rows {
            out.push_str(row);
        }
        out
    }
}

fn header(lang: Lang, first: &str) -> String {
    let columns = match lang {
        Lang::Vi => [
            "kỳ",
            "giá trị",
            "đơn vị",
            "định tính",
            "tình trạng",
            "thứ hạng",
            "trên tổng số",
            "chi tiết",
            "nguồn",
            "địa chỉ nguồn",
            "trích dẫn",
        ],
        Lang::En => [
            "period",
            "value",
            "unit",
            "qualifier",
            "status",
            "rank",
            "rank_of",
            "details",
            "source",
            "source_url",
            "quote",
        ],
    };
    format!("{first},{}\r\n", columns.join(","))
}

/// A text cell, quoted when needed; a leading `=`, `+`, `-` or `@` is neutralised
/// so a spreadsheet never runs a cell from a dataset as a formula.
fn text(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A number as recorded, with '.' as the decimal separator.
fn number(value: f64) -> String {
    if value.is_finite() {
        value.to_string()
    } else {
        String::new()
    }
}

fn row(ds: &Dataset, first: &str, obs: &Observation, lang: Lang) -> String {
    let source = ds.source(obs.source_id());
    let details: Vec<String> = obs
        .details
        .iter()
        .map(|d| format!("{} {}", number(d.value), d.unit.name()))
        .collect();
    let cells = [
        text(first),
        text(&obs.period.to_string()),
        number(obs.value),
        obs.unit.name().to_owned(),
        obs.qualifier.map_or(String::new(), |q| q.name().to_owned()),
        text(obs.status.label(lang)),
        obs.rank.as_ref().map(|r| r.position.to_string()).unwrap_or_default(),
        obs.rank.as_ref().map(|r| r.of.to_string()).unwrap_or_default(),
        text(&details.join("; ")),
        text(&source.map_or_else(
            || obs.source_id().to_owned(),
            |s| format!("{} ({})", s.title, s.publisher),
        )),
        text(source.and_then(|s| s.url.as_deref()).unwrap_or("")),
        text(obs.quote().unwrap_or("")),
    ];
    format!("{}\r\n", cells.join(","))
}

/// The figures of one chart: each observation under the name of its row or period.
pub(crate) fn observations_table<'a>(
    ds: &Dataset,
    observations: impl Iterator<Item = (&'a str, &'a Observation)>,
    lang: Lang,
) -> Table {
    let first = match lang {
        Lang::Vi => "tên",
        Lang::En => "name",
    };
    Table {
        header: header(lang, first),
        rows: observations.map(|(name, obs)| row(ds, name, obs, lang)).collect(),
    }
}

/// Every observation of the dataset: the key figures, then each series.
pub fn dataset_csv(ds: &Dataset, lang: Lang) -> String {
    let first = match lang {
        Lang::Vi => "chỉ tiêu",
        Lang::En => "indicator",
    };
    let mut out = format!("{BOM}{}", header(lang, first));
    for key in &ds.key_figures {
        out.push_str(&row(ds, key.label.get(lang), &key.observation, lang));
    }
    for (id, observations) in &ds.series {
        let label = ds.indicators.get(id).map_or(id.as_str(), |i| i.label.get(lang));
        for obs in observations {
            out.push_str(&row(ds, label, obs, lang));
        }
    }
    out
}

/// The rows of a ranking table, as its source published them (only the header when there
/// is no table).
pub(crate) fn comparison_table(ds: &Dataset, c: Option<&Comparison>, lang: Lang) -> Table {
    let columns = match lang {
        Lang::Vi => [
            "thứ hạng",
            "tỉnh, thành phố",
            "giá trị",
            "đơn vị",
            "định tính",
            "kỳ",
            "tình trạng",
            "trên tổng số",
            "bắc ninh",
            "cùng vùng",
            "nguồn",
            "địa chỉ nguồn",
            "trích dẫn",
        ],
        Lang::En => [
            "rank",
            "province",
            "value",
            "unit",
            "qualifier",
            "period",
            "status",
            "rank_of",
            "subject",
            "same_region",
            "source",
            "source_url",
            "quote",
        ],
    };
    let header: Vec<String> = columns.iter().map(|column| text(column)).collect();
    let mut table = Table {
        header: format!("{}\r\n", header.join(",")),
        rows: Vec::new(),
    };
    let Some(c) = c else {
        return table;
    };
    for entry in &c.entries {
        let citation = entry.citation.as_ref().or(c.citations.first());
        let source = citation.and_then(|ct| ds.source(&ct.source));
        let cells = [
            entry.rank.to_string(),
            text(entry.name.get(lang)),
            entry.value.map(number).unwrap_or_default(),
            c.unit.name().to_owned(),
            entry.qualifier.map_or(String::new(), |q| q.name().to_owned()),
            text(&c.period.to_string()),
            text(c.status.label(lang)),
            c.ranked_of.to_string(),
            entry.subject.to_string(),
            entry.same_region.to_string(),
            text(&source.map_or_else(String::new, |s| format!("{} ({})", s.title, s.publisher))),
            text(source.and_then(|s| s.url.as_deref()).unwrap_or("")),
            text(citation.and_then(|ct| ct.quote.as_deref()).unwrap_or("")),
        ];
        table.rows.push(format!("{}\r\n", cells.join(",")));
    }
    table
}
