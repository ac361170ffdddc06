//! Reading and checking a dataset: the gate every dataset passes before it is shown.
//!
//! The embedded file, a file a site publishes beside the app and a file an
//! analyst opens all go through [`load`]. It never panics. Text that is not JSON
//! is reported once, where parsing stopped; otherwise every shape problem (see
//! `parse`) and then every rule broken is listed, each with its JSON path, so a
//! data editor can fix them in one go.
//! [`report`] words the verdict for the `validate` command.

use std::collections::BTreeSet;
use std::fmt;

use crate::dataset::{Alternative, Citation, Dataset, Detail, Observation, Rank, Text, Unit};
use crate::format::format_number;
use crate::i18n::Lang;
use crate::json::{self, SyntaxReason};
use crate::parse::{self, JsonType};
use crate::period::{is_valid_partial_date, Date};

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// What is wrong, without where.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Syntax {
        line: usize,
        column: usize,
        reason: SyntaxReason,
    },
    /// The file could not be fetched or read at all (HTTP 404, not text…).
    Unreadable(String),
    WrongType(JsonType),
    MissingField(String),
    UnknownField(String),
    /// A field given twice in one object.
    RepeatedField(String),
    /// A unit, status, qualifier or tone that is not one of the allowed names.
    UnknownName {
        found: String,
        allowed: Vec<&'static str>,
    },
    BadPeriod(String),
    UnsupportedSchema(u32),
    MissingTranslation(Lang),
    Empty,
    UnknownSource(String),
    DuplicateId(String),
    NotHttpLink(String),
    BadDate(String),
    NotFinite,
    RankOutOfRange {
        position: u32,
        of: u32,
    },
    /// A value in unit `rank` that is not a whole number from 1 to `of` (3.5, 0, −2, 1e10).
    RankValue {
        value: f64,
        of: u32,
    },
    /// A count that must be at least 1 (the number of provinces ranked).
    NotPositive,
    RankTotal {
        of: u32,
        expected: u32,
    },
    UnitMismatch {
        expected: Unit,
        found: Unit,
    },
    NoCitation,
    UnknownIndicator(String),
    OutOfOrder,
    NothingDiffers,
}

/// One problem in a dataset, with the JSON path where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem in words, in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let vi = lang == Lang::Vi;
        match &self.kind {
            Syntax { line, column, reason } if vi => {
                format!(
                    "không phải JSON hợp lệ (dòng {line}, cột {column}): {}",
                    reason.describe(lang)
                )
            }
            Syntax { line, column, reason } => {
                format!(
                    "not valid JSON (line {line}, column {column}): {}",
                    reason.describe(lang)
                )
            }
            Unreadable(detail) if vi => format!("không đọc được tệp: {detail}"),
            Unreadable(detail) => format!("the file could not be read: {detail}"),
            WrongType(expected) if vi => format!("phải là {}", json_type_name(*expected, lang)),
            WrongType(expected) => format!("expected {}", json_type_name(*expected, lang)),
            MissingField(field) if vi => format!("thiếu trường \"{field}\""),
            MissingField(field) => format!("missing field \"{field}\""),
            UnknownField(field) if vi => format!("trường \"{field}\" không có trong định dạng"),
            UnknownField(field) => format!("unknown field \"{field}\""),
            RepeatedField(field) if vi => format!("trường \"{field}\" xuất hiện hơn một lần"),
            RepeatedField(field) => format!("field \"{field}\" is given more than once"),
            UnknownName { found, allowed } if vi => {
                format!(
                    "\"{found}\" không phải tên hợp lệ (dùng một trong: {})",
                    allowed.join(", ")
                )
            }
            UnknownName { found, allowed } => format!("unknown name \"{found}\" (allowed: {})", allowed.join(", ")),
            BadPeriod(period) if vi => {
                format!("kỳ \"{period}\" không hợp lệ (cần YYYY, YYYY-H1, YYYY-Q1, YYYY-MM hoặc YYYY-MM-DD)")
            }
            BadPeriod(period) => {
                format!("malformed period \"{period}\" (expected YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD)")
            }
            UnsupportedSchema(v) if vi => {
                format!("phiên bản lược đồ {v} không được hỗ trợ (cần {SCHEMA_VERSION})")
            }
            UnsupportedSchema(v) => {
                format!("schema version {v} is not supported (expected {SCHEMA_VERSION})")
            }
            MissingTranslation(l) if vi => format!("thiếu bản tiếng {}", if *l == Lang::Vi { "Việt" } else { "Anh" }),
            MissingTranslation(l) => format!(
                "the {} text is missing",
                if *l == Lang::Vi { "Vietnamese" } else { "English" }
            ),
            Empty if vi => "không được để trống".into(),
            Empty => "must not be empty".into(),
            UnknownSource(id) if vi => format!("nguồn \"{id}\" không có trong danh sách nguồn"),
            UnknownSource(id) => format!("source \"{id}\" is not in the list of sources"),
            DuplicateId(id) if vi => format!("mã \"{id}\" bị trùng"),
            DuplicateId(id) => format!("id \"{id}\" is used twice"),
            NotHttpLink(url) if vi => {
                format!("liên kết \"{url}\" phải bắt đầu bằng http:// hoặc https://")
            }
            NotHttpLink(url) => format!("link \"{url}\" must start with http:// or https://"),
            BadDate(d) if vi => format!("ngày \"{d}\" không hợp lệ (cần YYYY-MM-DD)"),
            BadDate(d) => format!("date \"{d}\" is malformed (expected YYYY-MM-DD)"),
            NotFinite if vi => "phải là một số hữu hạn".into(),
            NotFinite => "must be a finite number".into(),
            RankOutOfRange { position, of } if vi => {
                format!("thứ hạng {position} nằm ngoài khoảng 1..{of}")
            }
            RankOutOfRange { position, of } => format!("rank {position} is outside 1..{of}"),
            RankValue { value, of } if vi => format!("thứ hạng {value} phải là số nguyên từ 1 đến {of}"),
            RankValue { value, of } => format!("rank {value} must be a whole number from 1 to {of}"),
            NotPositive if vi => "phải lớn hơn 0".into(),
            NotPositive => "must be greater than 0".into(),
            RankTotal { of, expected } if vi => {
                format!("xếp hạng trên {of} tỉnh, nhưng bộ dữ liệu có {expected} tỉnh")
            }
            RankTotal { of, expected } => {
                format!("ranked of {of}, but the dataset has {expected} provinces")
            }
            UnitMismatch { expected, found } if vi => format!(
                "đơn vị \"{}\" khác đơn vị của chỉ tiêu (\"{}\")",
                found.name(),
                expected.name()
            ),
            UnitMismatch { expected, found } => format!(
                "unit \"{}\" differs from the indicator's unit (\"{}\")",
                found.name(),
                expected.name()
            ),
            NoCitation if vi => "cần ít nhất một nguồn".into(),
            NoCitation => "needs at least one citation".into(),
            UnknownIndicator(id) if vi => {
                format!("chuỗi \"{id}\" không có chỉ tiêu tương ứng trong indicators")
            }
            UnknownIndicator(id) => format!("series \"{id}\" has no matching entry in indicators"),
            OutOfOrder if vi => "các kỳ phải tăng dần và không trùng nhau".into(),
            OutOfOrder => "periods must be in increasing order, each once".into(),
            NothingDiffers if vi => "phương án khác phải ghi giá trị, kỳ, thứ hạng hoặc chi tiết".into(),
            NothingDiffers => "an alternative must give a value, period, rank or details".into(),
        }
    }
}

/// The JSON type a field must have, in words, for "expected …" messages.
fn json_type_name(expected: JsonType, lang: Lang) -> &'static str {
    match (expected, lang) {
        (JsonType::Object, Lang::Vi) => "một đối tượng {…}",
        (JsonType::Array, Lang::Vi) => "một mảng […]",
        (JsonType::String, Lang::Vi) => "một chuỗi văn bản trong ngoặc kép",
        (JsonType::Number, Lang::Vi) => "một số",
        (JsonType::WholeNumber, Lang::Vi) => "một số nguyên không âm",
        (JsonType::Boolean, Lang::Vi) => "true hoặc false",
        (JsonType::Object, Lang::En) => "an object {…}",
        (JsonType::Array, Lang::En) => "an array […]",
        (JsonType::String, Lang::En) => "a string in quotes",
        (JsonType::Number, Lang::En) => "a number",
        (JsonType::WholeNumber, Lang::En) => "a whole number, 0 or more",
        (JsonType::Boolean, Lang::En) => "true or false",
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message(Lang::En))
    }
}

/// Parses and validates a dataset. On success the dataset is safe to show whole.
pub fn load(json: &str) -> Result<Dataset, Vec<Problem>> {
    let value = json::parse(json).map_err(|err| {
        let kind = ProblemKind::Syntax {
            line: err.line,
            column: err.column,
            reason: err.reason,
        };
        vec![Problem::new(err.path, kind)]
    })?;
    let dataset = parse::dataset(&value)?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

/// The line that stands for the problems a page leaves out of a long list.
pub fn more_problems(hidden: usize, lang: Lang) -> String {
    let count = format_number(hidden as f64, Some(0), lang);
    match lang {
        Lang::Vi => format!("…và {count} lỗi khác (lệnh validate liệt kê đầy đủ)."),
        Lang::En => format!("…and {count} more (the validate command lists them all)."),
    }
}

/// The verdict on one file, as the `validate` command prints it: one `OK:` line with
/// the dataset's size, or one `PATH: message` line per problem followed by a count.
/// Every line ends with a newline.
pub fn report(file: &str, result: &Result<Dataset, Vec<Problem>>, lang: Lang) -> String {
    match result {
        Ok(ds) => {
            let observations: usize = ds.series.values().map(Vec::len).sum();
            let (sources, key_figures, series) = (ds.sources.len(), ds.key_figures.len(), ds.series.len());
            match lang {
                Lang::Vi => format!(
                    "OK: {file} — {sources} nguồn, {key_figures} số liệu nổi bật, {series} chuỗi số liệu, \
                     {observations} quan sát\n"
                ),
                Lang::En => format!(
                    "OK: {file} — {}, {}, {}, {}\n",
                    counted(sources, "source", "sources"),
                    counted(key_figures, "key figure", "key figures"),
                    counted(series, "series", "series"),
                    counted(observations, "observation", "observations")
                ),
            }
        }
        Err(problems) => {
            let mut out = String::new();
            for problem in problems {
                out.push_str(&format!("{}: {}\n", problem.path, problem.message(lang)));
            }
            out.push_str(&match lang {
                Lang::Vi => format!("{} lỗi trong {file}\n", problems.len()),
                Lang::En => format!("{} in {file}\n", counted(problems.len(), "problem", "problems")),
            });
            out
        }
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

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
pub fn is_http_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|host| !host.is_empty() && !host.starts_with('/')) && !url.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_of_a_long_list_is_counted_in_each_language() {
        assert_eq!(
            more_problems(1250, Lang::Vi),
            "…và 1.250 lỗi khác (lệnh validate liệt kê đầy đủ)."
        );
        assert_eq!(
            more_problems(1250, Lang::En),
            "…and 1,250 more (the validate command lists them all)."
        );
    }

    #[test]
    fn syntax_errors_are_explained_in_vietnamese() {
        for (text, vi) in [
            ("{\"a\": 1", "tệp kết thúc khi một đối tượng {…} chưa đóng"),
            ("{\"a\": 1 \"b\": 2}", "thiếu dấu , hoặc }"),
            ("[1, 2,]", "dấu phẩy thừa trước dấu đóng"),
            ("{} x", "có ký tự thừa sau dữ liệu"),
        ] {
            let problems = load(text).err().unwrap_or_default();
            let message = problems.first().map(|p| p.message(Lang::Vi)).unwrap_or_default();
            assert!(
                message.starts_with("không phải JSON hợp lệ (dòng 1, cột"),
                "{text}: {message}"
            );
            assert!(message.ends_with(vi), "{text}: {message}");
        }
    }
}
