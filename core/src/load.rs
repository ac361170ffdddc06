//! Text to a valid `Dataset`: serde_json reads it, then `validate` checks its rules.
//!
//! The embedded file, a file a site publishes beside the app and a file an analyst
//! opens all go through [`load`]. It never panics. A text that is not JSON, or not
//! of the dataset's shape, is reported where reading stopped: the JSON path
//! (`series.exports[3].value`, tracked by serde_path_to_error), the line, and the
//! column counted in characters as an editor shows it (serde_json counts bytes,
//! and Vietnamese letters take two or three). A dataset of the right shape is then
//! checked against every rule, and every problem is listed at once.
//! [`load_bytes`] comes first for a file as it arrives: a file over the size limit is
//! refused before it is parsed, and bytes that are not UTF-8 are refused with the
//! offset, line and column of the first bad one, so the command and the page give the
//! same verdict. [`report`] words the verdict for the `validate` command.

use serde::de::IgnoredAny;
use serde_json::error::Category;
use serde_path_to_error::{Path, Segment};

use crate::bounds::MAX_FILE_BYTES;
use crate::dataset::Dataset;
use crate::i18n::Lang;
use crate::period::MALFORMED_PERIOD;
use crate::problem::{JsonType, Problem, ProblemKind, SyntaxReason, TextPosition};
use crate::validate::validate;

/// Checks the size and the encoding of a file as read, then parses and validates it.
pub fn load_bytes(bytes: &[u8]) -> Result<Dataset, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(Some(bytes.len() as u64))]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => load_text(text),
        Err(err) => Err(vec![not_utf8(bytes, err.valid_up_to())]),
    }
}

/// Parses and validates a dataset held as text, with the same limits as [`load_bytes`].
pub fn load(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(Some(text.len() as u64))]);
    }
    load_text(text)
}

/// A file over the size limit; `bytes` is `None` when only the first `limit + 1` were read.
pub fn too_large(bytes: Option<u64>) -> Problem {
    Problem::new(
        "$",
        ProblemKind::FileTooLarge {
            bytes,
            limit: MAX_FILE_BYTES as u64,
        },
    )
}

/// The first byte that is not UTF-8, at `offset`: its line, and its column in characters.
fn not_utf8(bytes: &[u8], offset: usize) -> Problem {
    // The bytes before `offset` are valid UTF-8, so they can be counted as text.
    let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Problem {
        path: "$".to_owned(),
        kind: ProblemKind::NotUtf8 { offset },
        position: Some(TextPosition {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }),
    }
}

/// Parses and validates a dataset. On success the dataset is safe to show whole.
fn load_text(text: &str) -> Result<Dataset, Vec<Problem>> {
    // Editors on Windows may save a byte-order mark; it is not part of the data.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(dataset) => dataset,
        Err(err) => return Err(vec![read_problem(text, json_path(err.path()), err.inner())]),
    };
    deserializer
        .end()
        .map_err(|err| vec![read_problem(text, "$".to_owned(), &err)])?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

/// A path as the validator writes them: `series.exports[3].value`, `$` for the root.
/// A segment serde_path_to_error could not name (between two fields) is left out.
fn json_path(path: &Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    if out.is_empty() {
        out.push('$');
    }
    out
}

/// A serde_json error as a problem at `path`.
fn read_problem(text: &str, path: String, err: &serde_json::Error) -> Problem {
    let message = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    let kind = match err.classify() {
        // serde_json reports a number or null where an enum (a unit, a status) belongs as
        // "expected value"; when the whole text is valid JSON, it was a wrong type instead.
        Category::Syntax
            if SyntaxReason::from_message(message) == SyntaxReason::ExpectedValue
                && serde_json::from_str::<IgnoredAny>(text).is_ok() =>
        {
            ProblemKind::WrongType(JsonType::String)
        }
        Category::Syntax | Category::Eof => ProblemKind::Syntax(SyntaxReason::from_message(message)),
        Category::Data => shape_kind(message),
        // Reading from a string does no I/O; were it to, serde's words are all there is.
        Category::Io => ProblemKind::Shape(message.to_owned()),
    };
    Problem {
        path,
        kind,
        position: (err.line() > 0).then(|| TextPosition {
            line: err.line(),
            column: char_column(text, err.line(), err.column()),
        }),
    }
}

/// The column in characters of serde_json's byte column on line `line` (both from 1).
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let line_text = text.split('\n').nth(line - 1).unwrap_or("");
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    line_text[..end].chars().count().max(1)
}

/// The text between the first pair of backticks after `prefix`: "missing field `vi`" → "vi".
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.split('`').nth(1)
}

/// One of serde's data messages, by its shape.
fn shape_kind(message: &str) -> ProblemKind {
    if let Some(field) = quoted_after(message, "missing field ") {
        return ProblemKind::MissingField(field.to_owned());
    }
    if let Some(field) = quoted_after(message, "unknown field ") {
        return ProblemKind::UnknownField(field.to_owned());
    }
    if let Some(field) = quoted_after(message, "duplicate field ") {
        return ProblemKind::RepeatedField(field.to_owned());
    }
    if let Some(found) = quoted_after(message, "unknown variant ") {
        // "unknown variant `x`, expected one of `a`, `b`": every other backticked word is allowed.
        let expected = message.split_once(", expected").map_or("", |(_, rest)| rest);
        let allowed = expected.split('`').skip(1).step_by(2).map(str::to_owned).collect();
        return ProblemKind::UnknownName {
            found: found.to_owned(),
            allowed,
        };
    }
    if let Some(period) = message.strip_prefix(MALFORMED_PERIOD) {
        return ProblemKind::BadPeriod(period.to_owned());
    }
    // "invalid length 0, expected struct Dataset with 13 elements": serde reads a struct
    // from an array by position, so an array where an object belongs lands here.
    let expected = ["invalid type: ", "invalid value: ", "invalid length "]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.rsplit_once(", expected "))
        .and_then(|(_, expected)| json_type(expected));
    match expected {
        Some(expected) => ProblemKind::WrongType(expected),
        None => ProblemKind::Shape(message.to_owned()),
    }
}

/// The JSON type behind serde's name for what it expected (`f64`, `struct Text`, `a string`).
fn json_type(expected: &str) -> Option<JsonType> {
    Some(match expected {
        "f64" => JsonType::Number,
        "u32" => JsonType::WholeNumber,
        "a boolean" => JsonType::Boolean,
        "a sequence" => JsonType::Array,
        "a string" => JsonType::String,
        "a map" => JsonType::Object,
        // Our enums are written as names.
        _ if expected.starts_with("enum ") || expected == "variant identifier" => JsonType::String,
        _ if expected.starts_with("struct ") => JsonType::Object,
        _ => return None,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_are_explained_in_vietnamese() {
        for (text, vi) in [
            ("{\"schema_version\": 1", "tệp kết thúc khi một đối tượng {…} chưa đóng"),
            ("{\"schema_version\": 1 \"title\": 2}", "thiếu dấu , hoặc }"),
            ("{\"schema_version\": 1,}", "dấu phẩy thừa trước dấu đóng"),
            (
                "{\"schema_version\": tru}",
                "từ không hợp lệ (chỉ dùng true, false hoặc null)",
            ),
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

    #[test]
    fn columns_count_characters_not_bytes() {
        // "ắ" is three bytes in UTF-8; an editor shows it as one column.
        assert_eq!(char_column("\"Bắc\" x", 1, 9), 7);
        assert_eq!(char_column("ab\ncd", 2, 1), 1);
        assert_eq!(char_column("", 1, 0), 1);
    }

    #[test]
    fn shape_messages_are_recognised() {
        assert_eq!(
            shape_kind("unknown variant `usd_trillion`, expected one of `usd`, `points`"),
            ProblemKind::UnknownName {
                found: "usd_trillion".into(),
                allowed: vec!["usd".into(), "points".into()]
            }
        );
        assert_eq!(
            shape_kind("invalid type: string \"63\", expected u32"),
            ProblemKind::WrongType(JsonType::WholeNumber)
        );
        assert_eq!(
            shape_kind("invalid length 3, expected fewer"),
            ProblemKind::Shape("invalid length 3, expected fewer".into())
        );
    }
}
