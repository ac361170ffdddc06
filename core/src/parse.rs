//! Reading a dataset out of parsed JSON, reporting every shape problem at once.
//!
//! The JSON text is parsed into a [`crate::json::Value`] first; this module then reads
//! the dataset's fields from it by hand. Compared with derived deserializers it
//! lists every wrong type, missing, unknown or repeated field and unknown name
//! in one pass, each with its JSON path and a message in both languages, and it
//! keeps the WebAssembly binary smaller.

use std::collections::{BTreeMap, BTreeSet};

use crate::dataset::{
    Alternative, Citation, ContextItem, Dataset, Detail, Indicator, KeyFigure, Observation, Qualifier, Rank, Source,
    Status, Text, Tone, Unit,
};
use crate::json::Value;
use crate::period::Period;
use crate::validate::{Problem, ProblemKind};

/// The JSON type a field must have, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    String,
    Number,
    WholeNumber,
    Boolean,
}

/// Reads `value` as a dataset; every shape problem found is returned.
pub fn dataset(value: &Value) -> Result<Dataset, Vec<Problem>> {
    let mut r = Reader { problems: Vec::new() };
    let ds = r.dataset(value);
    match ds {
        Some(ds) if r.problems.is_empty() => Ok(ds),
        _ => Err(r.problems),
    }
}

/// The top-level fields of a dataset file, in the order the file gives them.
pub const DATASET_FIELDS: &[&str] = &[
    "schema_version",
    "title",
    "published",
    "revised",
    "provinces_total",
    "sources",
    "key_figures",
    "indicators",
    "series",
    "context",
];

struct Reader {
    problems: Vec<Problem>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn at(path: &str) -> String {
    if path.is_empty() {
        "$".to_owned()
    } else {
        path.to_owned()
    }
}

/// The first field named `key`.
fn field<'a>(map: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    map.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// An object's fields, read one by one; fields never read are reported as unknown.
struct Fields<'a> {
    path: String,
    map: &'a [(String, Value)],
    known: &'static [&'static str],
}

impl Reader {
    fn problem(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem { path: at(path), kind });
    }

    fn wrong_type(&mut self, path: &str, expected: JsonType) {
        self.problem(path, ProblemKind::WrongType(expected));
    }

    /// An object's fields; a key given twice is a problem (which of the two was meant?).
    fn fields<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a [(String, Value)]> {
        let Some(map) = value.as_object() else {
            self.wrong_type(path, JsonType::Object);
            return None;
        };
        // A set, not a scan of the earlier keys: a hostile object may have a million keys.
        let mut seen = BTreeSet::new();
        for (key, _) in map {
            if !seen.insert(key.as_str()) {
                self.problem(&join(path, key), ProblemKind::RepeatedField(key.clone()));
            }
        }
        Some(map)
    }

    /// An object with exactly the `known` fields allowed.
    fn object<'a>(&mut self, path: &str, value: &'a Value, known: &'static [&'static str]) -> Option<Fields<'a>> {
        let map = self.fields(path, value)?;
        for (key, _) in map {
            if !known.contains(&key.as_str()) {
                self.problem(&join(path, key), ProblemKind::UnknownField(key.clone()));
            }
        }
        Some(Fields {
            path: path.to_owned(),
            map,
            known,
        })
    }

    /// A required field: its path and value, or a "missing field" problem.
    fn required<'a>(&mut self, fields: &Fields<'a>, key: &str) -> Option<(String, &'a Value)> {
        debug_assert!(fields.known.contains(&key), "{key} is not a declared field");
        match field(fields.map, key) {
            Some(value) => Some((join(&fields.path, key), value)),
            None => {
                self.problem(&fields.path, ProblemKind::MissingField(key.to_owned()));
                None
            }
        }
    }

    /// An optional field. The format leaves absent fields out, so `null` is a wrong type, not absence.
    fn optional<'a>(&self, fields: &Fields<'a>, key: &str) -> Option<(String, &'a Value)> {
        field(fields.map, key).map(|v| (join(&fields.path, key), v))
    }

    fn string(&mut self, path: &str, value: &Value) -> Option<String> {
        match value.as_str() {
            Some(s) => Some(s.to_owned()),
            None => {
                self.wrong_type(path, JsonType::String);
                None
            }
        }
    }

    fn number(&mut self, path: &str, value: &Value) -> Option<f64> {
        match value.as_f64() {
            Some(n) => Some(n),
            None => {
                self.wrong_type(path, JsonType::Number);
                None
            }
        }
    }

    fn whole(&mut self, path: &str, value: &Value) -> Option<u32> {
        // JSON has one kind of number: 3, 3.0 and 3e0 are the same whole number.
        match value
            .as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
        {
            // Whole and within u32's range, so the cast is exact.
            Some(n) => Some(n as u32),
            None => {
                self.wrong_type(path, JsonType::WholeNumber);
                None
            }
        }
    }

    fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        let boolean = value.as_bool();
        if boolean.is_none() {
            self.wrong_type(path, JsonType::Boolean);
        }
        boolean
    }

    fn array<'a>(&mut self, path: &str, value: &'a Value) -> Option<&'a [Value]> {
        let array = value.as_array();
        if array.is_none() {
            self.wrong_type(path, JsonType::Array);
        }
        array
    }

    /// Each element read with `item`; elements that fail are left out (their problems kept).
    fn list<T>(
        &mut self,
        path: &str,
        value: &Value,
        mut item: impl FnMut(&mut Self, &str, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let array = self.array(path, value)?;
        let mut out = Vec::with_capacity(array.len());
        let mut complete = true;
        for (i, element) in array.iter().enumerate() {
            match item(self, &format!("{path}[{i}]"), element) {
                Some(v) => out.push(v),
                None => complete = false,
            }
        }
        complete.then_some(out)
    }

    /// One of a fixed set of names (units, statuses, qualifiers, tones).
    fn name<T: Copy>(&mut self, path: &str, value: &Value, names: &[(&'static str, T)]) -> Option<T> {
        let text = self.string(path, value)?;
        let found = names.iter().find(|(name, _)| *name == text).map(|(_, v)| *v);
        if found.is_none() {
            self.problem(
                path,
                ProblemKind::UnknownName {
                    found: text,
                    allowed: names.iter().map(|(n, _)| *n).collect(),
                },
            );
        }
        found
    }

    fn period(&mut self, path: &str, value: &Value) -> Option<Period> {
        let text = self.string(path, value)?;
        let period = Period::parse(&text);
        if period.is_none() {
            self.problem(path, ProblemKind::BadPeriod(text));
        }
        period
    }

    fn text(&mut self, path: &str, value: &Value) -> Option<Text> {
        let f = self.object(path, value, &["vi", "en"])?;
        let vi = self.required(&f, "vi").and_then(|(p, v)| self.string(&p, v));
        let en = self.required(&f, "en").and_then(|(p, v)| self.string(&p, v));
        Some(Text { vi: vi?, en: en? })
    }

    /// An optional field read with `read`: `Some(None)` when absent, `None` when it is wrong.
    fn optional_with<T>(
        &mut self,
        fields: &Fields,
        key: &str,
        read: impl FnOnce(&mut Self, &str, &Value) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.optional(fields, key) {
            Some((path, value)) => read(self, &path, value).map(Some),
            None => Some(None),
        }
    }

    fn dataset(&mut self, value: &Value) -> Option<Dataset> {
        let f = self.object("", value, DATASET_FIELDS)?;
        let schema_version = self.required(&f, "schema_version").and_then(|(p, v)| self.whole(&p, v));
        let title = self.required(&f, "title").and_then(|(p, v)| self.text(&p, v));
        let published = self.required(&f, "published").and_then(|(p, v)| self.string(&p, v));
        let revised = self.required(&f, "revised").and_then(|(p, v)| self.string(&p, v));
        let provinces_total = self
            .required(&f, "provinces_total")
            .and_then(|(p, v)| self.whole(&p, v));
        let sources = self
            .required(&f, "sources")
            .and_then(|(p, v)| self.list(&p, v, Self::source));
        let key_figures = self
            .required(&f, "key_figures")
            .and_then(|(p, v)| self.list(&p, v, Self::key_figure));
        let indicators = self
            .required(&f, "indicators")
            .and_then(|(p, v)| self.map(&p, v, Self::indicator));
        let series = self
            .required(&f, "series")
            .and_then(|(p, v)| self.map(&p, v, |r, p, v| r.list(p, v, Self::observation)));
        let context = self
            .required(&f, "context")
            .and_then(|(p, v)| self.list(&p, v, Self::context_item));
        Some(Dataset {
            schema_version: schema_version?,
            title: title?,
            published: published?,
            revised: revised?,
            provinces_total: provinces_total?,
            sources: sources?,
            key_figures: key_figures?,
            indicators: indicators?,
            series: series?,
            context: context?,
        })
    }

    /// An object whose keys are ids, each value read with `item`.
    fn map<T>(
        &mut self,
        path: &str,
        value: &Value,
        mut item: impl FnMut(&mut Self, &str, &Value) -> Option<T>,
    ) -> Option<BTreeMap<String, T>> {
        let map = self.fields(path, value)?;
        let mut out = BTreeMap::new();
        let mut complete = true;
        for (key, element) in map {
            match item(self, &join(path, key), element) {
                Some(v) => {
                    out.insert(key.clone(), v);
                }
                None => complete = false,
            }
        }
        complete.then_some(out)
    }

    fn source(&mut self, path: &str, value: &Value) -> Option<Source> {
        let f = self.object(path, value, &["id", "title", "publisher", "url", "date", "mirror"])?;
        let id = self.required(&f, "id").and_then(|(p, v)| self.string(&p, v));
        let title = self.required(&f, "title").and_then(|(p, v)| self.string(&p, v));
        let publisher = self.required(&f, "publisher").and_then(|(p, v)| self.string(&p, v));
        let url = self.optional_with(&f, "url", Self::string);
        let date = self.optional_with(&f, "date", Self::string);
        let mirror = self.optional_with(&f, "mirror", Self::boolean);
        Some(Source {
            id: id?,
            title: title?,
            publisher: publisher?,
            url: url?,
            date: date?,
            mirror: mirror?.unwrap_or(false),
        })
    }

    fn key_figure(&mut self, path: &str, value: &Value) -> Option<KeyFigure> {
        let f = self.object(path, value, &["id", "label", "comparison", "tone", "observation"])?;
        let id = self.required(&f, "id").and_then(|(p, v)| self.string(&p, v));
        let label = self.required(&f, "label").and_then(|(p, v)| self.text(&p, v));
        let comparison = self.optional_with(&f, "comparison", Self::text);
        let tone = self.optional_with(&f, "tone", |r, p, v| r.name(p, v, Tone::NAMES));
        let observation = self
            .required(&f, "observation")
            .and_then(|(p, v)| self.observation(&p, v));
        Some(KeyFigure {
            id: id?,
            label: label?,
            comparison: comparison?,
            tone: tone?.unwrap_or_default(),
            observation: observation?,
        })
    }

    fn indicator(&mut self, path: &str, value: &Value) -> Option<Indicator> {
        let f = self.object(path, value, &["label", "unit", "note"])?;
        let label = self.required(&f, "label").and_then(|(p, v)| self.text(&p, v));
        let unit = self
            .required(&f, "unit")
            .and_then(|(p, v)| self.name(&p, v, Unit::NAMES));
        let note = self.optional_with(&f, "note", Self::text);
        Some(Indicator {
            label: label?,
            unit: unit?,
            note: note?,
        })
    }

    fn rank(&mut self, path: &str, value: &Value) -> Option<Rank> {
        let f = self.object(path, value, &["position", "of", "period"])?;
        let position = self.required(&f, "position").and_then(|(p, v)| self.whole(&p, v));
        let of = self.required(&f, "of").and_then(|(p, v)| self.whole(&p, v));
        let period = self.optional_with(&f, "period", Self::period);
        Some(Rank {
            position: position?,
            of: of?,
            period: period?,
        })
    }

    fn citation(&mut self, path: &str, value: &Value) -> Option<Citation> {
        let f = self.object(path, value, &["source", "quote"])?;
        let source = self.required(&f, "source").and_then(|(p, v)| self.string(&p, v));
        let quote = self.optional_with(&f, "quote", Self::string);
        Some(Citation {
            source: source?,
            quote: quote?,
        })
    }

    fn detail(&mut self, path: &str, value: &Value) -> Option<Detail> {
        let f = self.object(path, value, &["value", "unit", "qualifier"])?;
        let number = self.required(&f, "value").and_then(|(p, v)| self.number(&p, v));
        let unit = self
            .required(&f, "unit")
            .and_then(|(p, v)| self.name(&p, v, Unit::NAMES));
        let qualifier = self.optional_with(&f, "qualifier", |r, p, v| r.name(p, v, Qualifier::NAMES));
        Some(Detail {
            value: number?,
            unit: unit?,
            qualifier: qualifier?,
        })
    }

    fn observation(&mut self, path: &str, value: &Value) -> Option<Observation> {
        const FIELDS: &[&str] = &[
            "period",
            "value",
            "unit",
            "status",
            "qualifier",
            "rank",
            "details",
            "citations",
            "note",
            "alternatives",
        ];
        let f = self.object(path, value, FIELDS)?;
        let period = self.required(&f, "period").and_then(|(p, v)| self.period(&p, v));
        let number = self.required(&f, "value").and_then(|(p, v)| self.number(&p, v));
        let unit = self
            .required(&f, "unit")
            .and_then(|(p, v)| self.name(&p, v, Unit::NAMES));
        let status = self
            .required(&f, "status")
            .and_then(|(p, v)| self.name(&p, v, Status::NAMES));
        let qualifier = self.optional_with(&f, "qualifier", |r, p, v| r.name(p, v, Qualifier::NAMES));
        let rank = self.optional_with(&f, "rank", Self::rank);
        let details = self.optional_with(&f, "details", |r, p, v| r.list(p, v, Self::detail));
        let citations = self
            .required(&f, "citations")
            .and_then(|(p, v)| self.list(&p, v, Self::citation));
        let note = self.optional_with(&f, "note", Self::text);
        let alternatives = self.optional_with(&f, "alternatives", |r, p, v| r.list(p, v, Self::alternative));
        Some(Observation {
            period: period?,
            value: number?,
            unit: unit?,
            status: status?,
            qualifier: qualifier?,
            rank: rank?,
            details: details?.unwrap_or_default(),
            citations: citations?,
            note: note?,
            alternatives: alternatives?.unwrap_or_default(),
        })
    }

    fn alternative(&mut self, path: &str, value: &Value) -> Option<Alternative> {
        let f = self.object(
            path,
            value,
            &["period", "value", "qualifier", "rank", "details", "status", "citation"],
        )?;
        let period = self.optional_with(&f, "period", Self::period);
        let number = self.optional_with(&f, "value", Self::number);
        let qualifier = self.optional_with(&f, "qualifier", |r, p, v| r.name(p, v, Qualifier::NAMES));
        let rank = self.optional_with(&f, "rank", Self::rank);
        let details = self.optional_with(&f, "details", |r, p, v| r.list(p, v, Self::detail));
        let status = self
            .required(&f, "status")
            .and_then(|(p, v)| self.name(&p, v, Status::NAMES));
        let citation = self.required(&f, "citation").and_then(|(p, v)| self.citation(&p, v));
        Some(Alternative {
            period: period?,
            value: number?,
            qualifier: qualifier?,
            rank: rank?,
            details: details?.unwrap_or_default(),
            status: status?,
            citation: citation?,
        })
    }

    fn context_item(&mut self, path: &str, value: &Value) -> Option<ContextItem> {
        let f = self.object(path, value, &["id", "heading", "text", "date", "citations"])?;
        let id = self.required(&f, "id").and_then(|(p, v)| self.string(&p, v));
        let heading = self.required(&f, "heading").and_then(|(p, v)| self.text(&p, v));
        let text = self.required(&f, "text").and_then(|(p, v)| self.text(&p, v));
        let date = self.optional_with(&f, "date", Self::string);
        let citations = self
            .required(&f, "citations")
            .and_then(|(p, v)| self.list(&p, v, Self::citation));
        Some(ContextItem {
            id: id?,
            heading: heading?,
            text: text?,
            date: date?,
            citations: citations?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ProblemKind;

    #[test]
    fn every_shape_problem_is_listed_at_once() {
        use serde_json::Value as Edited;
        let mut edited: Edited = serde_json::from_str(crate::EMBEDDED_JSON).unwrap_or_default();
        edited["series"]["exports"][3]["value"] = Edited::from("abc");
        edited["sources"][1]["link"] = Edited::from("x");
        edited["key_figures"][0]["observation"]["unit"] = Edited::from("percent");
        if let Some(source) = edited["sources"][0].as_object_mut() {
            source.remove("publisher");
        }
        let text = edited.to_string().replacen(r#""title":"#, r#""title":"x","title":"#, 1);
        let value = crate::json::parse(&text).unwrap_or(Value::Null);
        let problems = dataset(&value).err().unwrap_or_default();
        let found: Vec<(&str, &ProblemKind)> = problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(
            found.contains(&("sources[0].title", &ProblemKind::RepeatedField("title".into()))),
            "{found:?}"
        );
        assert!(found.contains(&("series.exports[3].value", &ProblemKind::WrongType(JsonType::Number))));
        assert!(found.contains(&("sources[1].link", &ProblemKind::UnknownField("link".into()))));
        assert!(found.contains(&("sources[0]", &ProblemKind::MissingField("publisher".into()))));
        assert!(found.iter().any(|(path, _)| *path == "key_figures[0].observation.unit"));
    }
}
