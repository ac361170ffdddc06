//! Property tests: loading and formatting never panic, whatever they are given.
//!
//! Any file can reach `validate::load` (a data editor's typo, a truncated upload,
//! a hostile `?data=` target), and every figure reaches the formatters. These
//! tests feed them hundreds of thousands of generated inputs and check that
//! nothing panics and that what comes back is well formed. The generator is a
//! small deterministic SplitMix64, so every run checks the same cases and a
//! failure names the case that broke; set `FUZZ_SEED=<number>` to explore others.
//!
//! The debug test profile parses about 20 MB/s, so mutations of the real dataset
//! are made on a "window" of it (the header, the one item holding the mutated node
//! and the sources that item cites) rather than on all 75 kB; every window is
//! itself a valid dataset, checked before the mutations start.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};

use dashboard_core::chart::{chart_spec, ChartId};
use dashboard_core::csv::dataset_csv;
use dashboard_core::dataset::{Dataset, Qualifier, Unit};
use dashboard_core::format::{
    format_number, format_percent_change, format_value, ordinal_en, recorded_decimals, MINUS, NOT_A_NUMBER,
};
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::key_figure_views;
use dashboard_core::load::load;
use dashboard_core::problem::{Problem, ProblemKind};
use dashboard_core::summary::summary;
use dashboard_core::EMBEDDED_JSON;
use serde_json::{Map, Value};

const CASES: usize = 100_000;

// ---------------------------------------------------------------------------
// The generator.

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Strings chosen to hit the validator's and the page's edge cases.
const STRINGS: &[&str] = &[
    "",
    " ",
    "\t\n",
    "Bắc Ninh — kinh tế qua số liệu",
    "Tăng trưởng GRDP đạt 7,39%; thu ngân sách khoảng 1,3 tỷ USD",
    "Đồng bằng sông Hồng, thành phố trực thuộc trung ương",
    "<img src=x onerror=alert(1)>",
    "<script>alert(document.cookie)</script>",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "https://bacninh.gov.vn/news",
    "http://",
    "https:///x",
    "//evil.example/x.json",
    "../../etc/passwd",
    "=HYPERLINK(\"http://x\")",
    "\u{0}",
    "\u{feff}",
    "\u{202e}txt.exe",
    "🇻🇳 Việt Nam",
    "a\"b\\c\nd",
    "2022",
    "2023-H1",
    "2022-Q3",
    "2022-02",
    "2023-04-20",
    "2023-02-29",
    "2022-13",
    "2022-H3",
    "9999",
    "1899",
    "２０２２",
    "percent_change",
    "usd_billion",
    "rank",
    "final",
    "estimate",
    "over",
    "warning",
    "report-2023-06-13",
    "grdp_growth",
    "NaN",
    "-0",
];

/// Numbers as JSON text: huge, tiny, negative zero, beyond f64 and beyond u64.
const NUMBER_TEXTS: &[&str] = &[
    "0",
    "-0",
    "-0.0",
    "1",
    "-1",
    "0.5",
    "3.5",
    "7.39",
    "-12.59",
    "63",
    "64",
    "1e300",
    "-1e300",
    "1e-300",
    "5e-324",
    "2.2250738585072014e-308",
    "1.7976931348623157e308",
    "-1.7976931348623157e308",
    "1e309",
    "-1e400",
    "1e-400",
    "4294967295",
    "4294967296",
    "-2147483649",
    "9007199254740993",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "0.1e1",
    "2E3",
    "1E+2",
];

/// Letters a Vietnamese dataset is full of, plus the odd control character.
const CHARS: &str = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ \
                     ABC019.,;:-_/\\\"'<>&%#@!?()[]{}\u{0}\u{1}\u{7f}\u{a0}\u{2028}\u{feff}";

fn random_string(rng: &mut Rng) -> String {
    if rng.chance(60) {
        return (*rng.pick(STRINGS)).to_owned();
    }
    let chars: Vec<char> = CHARS.chars().collect();
    let len = rng.below(12);
    (0..len)
        .map(|_| {
            if rng.chance(10) {
                char::from_u32(rng.next_u64() as u32 % 0x11_0000).unwrap_or('?')
            } else {
                *rng.pick(&chars)
            }
        })
        .collect()
}

/// A finite f64 from random bits (non-finite ones cannot be written in JSON).
fn random_finite(rng: &mut Rng) -> f64 {
    let value = f64::from_bits(rng.next_u64());
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

fn push_number(rng: &mut Rng, out: &mut String) {
    match rng.below(5) {
        0 | 1 => {
            let text = *rng.pick(NUMBER_TEXTS);
            out.push_str(text);
        }
        2 => out.push_str(&format!("{:e}", random_finite(rng))),
        3 => out.push_str(&format!("{}", rng.next_u64() as i64 >> rng.below(64))),
        _ => out.push_str(&format!("{}", (rng.below(20_000) as f64 - 5_000.0) / 100.0)),
    }
}

fn push_string(rng: &mut Rng, out: &mut String) {
    let text = random_string(rng);
    out.push_str(&serde_json::to_string(&text).unwrap_or_default());
}

/// What the real dataset holds, as JSON text, for generated values to borrow from.
struct Vocabulary {
    /// Every object key in the dataset (field names, series and indicator ids).
    keys: Vec<String>,
    /// Real values seen under each key, compact, with long arrays and maps cut to two entries.
    samples: BTreeMap<String, Vec<String>>,
    /// The real top-level fields, and the items of its lists and maps (`"id":{…}` for maps), compact.
    top_level: BTreeMap<String, String>,
    items: BTreeMap<String, Vec<String>>,
}

impl Vocabulary {
    fn of(root: &Value) -> Vocabulary {
        fn walk(value: &Value, samples: &mut BTreeMap<String, Vec<String>>) {
            match value {
                Value::Object(map) => {
                    for (key, child) in map {
                        let seen = samples.entry(key.clone()).or_default();
                        if seen.len() < 24 {
                            seen.push(serde_json::to_string(&shortened(child)).unwrap_or_default());
                        }
                        walk(child, samples);
                    }
                }
                Value::Array(items) => items.iter().for_each(|item| walk(item, samples)),
                _ => {}
            }
        }
        let mut samples = BTreeMap::new();
        walk(root, &mut samples);
        let mut top_level = BTreeMap::new();
        let mut items = BTreeMap::new();
        for (key, value) in root.as_object().into_iter().flatten() {
            top_level.insert(key.clone(), value.to_string());
            let texts: Vec<String> = match value {
                Value::Array(list) => list.iter().map(|v| shortened(v).to_string()).collect(),
                Value::Object(map) if key == "series" || key == "indicators" => map
                    .iter()
                    .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), shortened(v)))
                    .collect(),
                _ => continue,
            };
            items.insert(key.clone(), texts);
        }
        Vocabulary {
            keys: samples.keys().cloned().collect(),
            samples,
            top_level,
            items,
        }
    }

    fn sample(&self, key: &str, rng: &mut Rng) -> Option<&str> {
        self.samples
            .get(key)
            .filter(|s| !s.is_empty())
            .map(|s| rng.pick(s).as_str())
    }
}

/// A copy with every array and every map of more than two entries cut to two, so samples stay small.
fn shortened(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().take(2).map(shortened).collect()),
        Value::Object(map) if map.len() > 12 => {
            Value::Object(map.iter().take(2).map(|(k, v)| (k.clone(), shortened(v))).collect())
        }
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), shortened(v))).collect()),
        other => other.clone(),
    }
}

/// Writes a random JSON value: scalars, arrays and objects whose keys are often the dataset's own.
fn push_value(rng: &mut Rng, vocab: &Vocabulary, depth: usize, out: &mut String) {
    match rng.below(if depth == 0 { 4 } else { 7 }) {
        0 => out.push_str("null"),
        1 => out.push_str(if rng.chance(50) { "true" } else { "false" }),
        2 => push_number(rng, out),
        3 => push_string(rng, out),
        4 => {
            out.push('[');
            for i in 0..rng.below(4) {
                if i > 0 {
                    out.push(',');
                }
                push_value(rng, vocab, depth - 1, out);
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for i in 0..rng.below(5) {
                if i > 0 {
                    out.push(',');
                }
                push_member(rng, vocab, depth - 1, out);
            }
            out.push('}');
        }
    }
}

/// Writes `"key":value`, the key usually a real one and its value often a real value for that key.
fn push_member(rng: &mut Rng, vocab: &Vocabulary, depth: usize, out: &mut String) {
    let key = if rng.chance(70) {
        rng.pick(&vocab.keys).clone()
    } else {
        random_string(rng)
    };
    out.push_str(&serde_json::to_string(&key).unwrap_or_default());
    out.push(':');
    match vocab.sample(&key, rng).filter(|_| rng.chance(50)) {
        Some(real) => out.push_str(real),
        None => push_value(rng, vocab, depth, out),
    }
}

// ---------------------------------------------------------------------------
// The properties of `load`.

/// Runs `load`, turning a panic into a failure that shows the input.
fn load_checked(case: &str, input: &str) -> Result<Dataset, Vec<Problem>> {
    let result = catch_unwind(AssertUnwindSafe(|| load(input))).unwrap_or_else(|_| {
        let shown: String = input.chars().take(2_000).collect();
        panic!("load panicked on {case}; input (first 2000 chars):\n{shown}")
    });
    if let Err(problems) = &result {
        assert!(!problems.is_empty(), "{case}: Err without problems");
        for problem in problems {
            assert!(
                !problem.path.is_empty(),
                "{case}: a problem without a path: {problem:?}"
            );
            assert!(!problem.message(Lang::Vi).is_empty() && !problem.message(Lang::En).is_empty());
        }
    }
    result
}

/// What the page derives from an accepted dataset must not panic either; one surface per case keeps it cheap.
fn use_accepted(ds: &Dataset, rng: &mut Rng) {
    let lang = *rng.pick(&Lang::ALL);
    match rng.below(4) {
        0 => drop(summary(ds, lang)),
        1 => drop(key_figure_views(ds, lang)),
        2 => drop(dataset_csv(ds, lang)),
        _ => {
            let pci = if rng.chance(50) { 0 } else { 1 };
            let spec = chart_spec(ds, *rng.pick(&ChartId::ALL), pci, lang);
            drop(spec.description(lang));
        }
    }
}

/// Bytes that look a little like JSON: tokens, real keys, numbers beyond f64, broken UTF-8.
fn json_ish_bytes(rng: &mut Rng, vocab: &Vocabulary) -> Vec<u8> {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b"\"",
        b" ",
        b"\n",
        b"null",
        b"true",
        b"fals",
        b"NaN",
        b"Infinity",
        b"-",
        b".",
        b"e",
        b"\\",
        b"\\u",
        b"\\uD800",
        b"\\u0000",
        b"\xff",
        b"\xc3",
        b"\xe1\xba",
        b"\xef\xbb\xbf",
    ];
    let mut bytes = Vec::new();
    for _ in 0..rng.below(40) {
        match rng.below(4) {
            0 => {
                let token = *rng.pick(TOKENS);
                bytes.extend_from_slice(token);
            }
            1 => bytes.extend_from_slice(format!("\"{}\"", rng.pick(&vocab.keys)).as_bytes()),
            2 => {
                let mut number = String::new();
                push_number(rng, &mut number);
                bytes.extend_from_slice(number.as_bytes());
            }
            _ => bytes.push(rng.next_u64() as u8),
        }
    }
    bytes
}

#[test]
fn load_never_panics_on_arbitrary_bytes() {
    let mut rng = Rng::for_test(1);
    let vocab = Vocabulary::of(&serde_json::from_str(EMBEDDED_JSON).unwrap());
    let embedded = EMBEDDED_JSON.as_bytes();
    for i in 0..CASES {
        let bytes = match i % 200 {
            // Now and then the real file, cut short or with one byte changed (these parse up to 75 kB).
            0 => embedded[..rng.below(embedded.len())].to_vec(),
            1 => {
                let mut bytes = embedded.to_vec();
                let at = rng.below(bytes.len());
                bytes[at] = rng.next_u64() as u8;
                bytes
            }
            n if n % 2 == 0 => (0..rng.below(64)).map(|_| rng.next_u64() as u8).collect(),
            _ => json_ish_bytes(&mut rng, &vocab),
        };
        let text = String::from_utf8_lossy(&bytes);
        let _ = load_checked(&format!("byte case {i}"), &text);
    }
}

#[test]
fn load_never_panics_on_arbitrary_json_values() {
    let mut rng = Rng::for_test(2);
    let vocab = Vocabulary::of(&serde_json::from_str(EMBEDDED_JSON).unwrap());
    let mut deepest = 0;
    let mut paths = BTreeSet::new();
    let mut text = String::new();
    for i in 0..CASES {
        text.clear();
        if rng.chance(30) {
            push_value(&mut rng, &vocab, 5, &mut text);
        } else {
            // Shaped like a dataset, so that parsing gets deep before it fails, or passes.
            text.push('{');
            let mut first = true;
            for key in vocab.top_level.keys().map(String::as_str) {
                if rng.chance(4) {
                    continue;
                }
                if !first {
                    text.push(',');
                }
                first = false;
                if rng.chance(3) {
                    push_member(&mut rng, &vocab, 3, &mut text);
                    text.push(',');
                }
                text.push_str(&format!("\"{key}\":"));
                match vocab.items.get(key) {
                    // A few real items (sources, key figures, series…), so citations resolve now and then.
                    Some(items) if rng.chance(85) => {
                        let (open, close) = if key == "series" || key == "indicators" {
                            ('{', '}')
                        } else {
                            ('[', ']')
                        };
                        text.push(open);
                        for n in 0..rng.below(4) {
                            if n > 0 {
                                text.push(',');
                            }
                            text.push_str(rng.pick(items).as_str());
                        }
                        text.push(close);
                    }
                    None if rng.chance(85) => text.push_str(&vocab.top_level[key]),
                    _ => push_value(&mut rng, &vocab, 3, &mut text),
                }
            }
            text.push('}');
        }
        match load_checked(&format!("value case {i}"), &text) {
            Ok(ds) => use_accepted(&ds, &mut rng),
            Err(problems) => {
                for p in problems {
                    deepest = deepest.max(p.path.matches(['.', '[']).count());
                    let mut keys = p.path.split(['.', '[']).filter(|k| !k.ends_with(']'));
                    if keys.all(|k| vocab.samples.contains_key(k)) {
                        paths.insert(p.path);
                    }
                }
            }
        }
    }
    // Not properties: checks that the generator gets deep into the dataset's shape.
    assert!(deepest >= 4, "problems were never deeper than {deepest} levels");
    assert!(paths.len() >= 100, "only {} different paths of real keys", paths.len());
}

/// A node of the real dataset, by its path of keys and indices.
type Pointer = Vec<String>;

fn pointers(value: &Value, at: &mut Pointer, all: &mut Vec<Pointer>) {
    all.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                at.push(key.clone());
                pointers(child, at, all);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                pointers(child, at, all);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(root: &'a Value, pointer: &[String]) -> Option<&'a Value> {
    pointer.iter().try_fold(root, |v, token| match v {
        Value::Object(map) => map.get(token),
        Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn node_mut<'a>(root: &'a mut Value, pointer: &[String]) -> Option<&'a mut Value> {
    pointer.iter().try_fold(root, |v, token| match v {
        Value::Object(map) => map.get_mut(token),
        Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// The source ids an item cites (every string under a `source` key).
fn cited(value: &Value, ids: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("source") {
                ids.insert(id.clone());
            }
            map.values().for_each(|v| cited(v, ids));
        }
        Value::Array(items) => items.iter().for_each(|v| cited(v, ids)),
        _ => {}
    }
}

/// The smallest valid part of the real dataset that holds the node at `pointer`, and
/// the node's pointer in it: the header, the item holding the node (for a series, the
/// observation and its neighbours) and the sources it cites. `None` for the root.
fn window(full: &Value, pointer: &[String]) -> Option<(Value, Pointer)> {
    let (section, rest) = pointer.split_first()?;
    let mut doc = Map::new();
    // The header: every top-level field that is not a section of items (taken below).
    const SECTIONS: [&str; 8] = [
        "sources",
        "key_figures",
        "summary",
        "indicators",
        "series",
        "context",
        "comparisons",
        "new_province",
    ];
    for (key, value) in full.as_object()? {
        if !SECTIONS.contains(&key.as_str()) {
            doc.insert(key.clone(), value.clone());
        }
    }
    let mut summary = Vec::new();
    let mut comparisons = Vec::new();
    let mut new_province = None;
    let mut key_figures = Vec::new();
    let mut indicators = Map::new();
    let mut series = Map::new();
    let mut context = Vec::new();
    let mut sources: Option<Vec<Value>> = None;
    let mut moved = pointer.to_vec();
    let item = rest.first();
    match (section.as_str(), item) {
        ("key_figures", Some(_)) => {
            key_figures.push(node(full, &pointer[..2])?.clone());
            moved[1] = "0".into();
        }
        ("context", Some(_)) => {
            context.push(node(full, &pointer[..2])?.clone());
            moved[1] = "0".into();
        }
        ("series" | "indicators", Some(id)) => {
            let observations = full["series"]
                .get(id)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let kept = match (section.as_str(), rest.get(1).and_then(|j| j.parse::<usize>().ok())) {
                ("series", Some(j)) => {
                    let start = j.saturating_sub(1);
                    moved[2] = (j - start).to_string();
                    start..(j + 2).min(observations.len())
                }
                ("series", None) => 0..observations.len(),
                _ => 0..observations.len().min(2),
            };
            series.insert(id.clone(), Value::Array(observations[kept].to_vec()));
            indicators.insert(id.clone(), full["indicators"].get(id)?.clone());
        }
        ("summary", Some(_)) => {
            let sentence = node(full, &pointer[..2])?.clone();
            match sentence["sentence"].as_str() {
                Some("comparison") => {
                    let all = full["comparisons"].as_array()?;
                    comparisons.extend(all.iter().filter(|c| c["id"] == sentence["figure"]).cloned());
                }
                Some("new_province") => new_province = full.get("new_province").cloned(),
                _ => {
                    for field in ["figure", "with"] {
                        if let Some(id) = sentence.get(field).and_then(Value::as_str) {
                            let figures = full["key_figures"].as_array()?;
                            key_figures.extend(figures.iter().filter(|k| k["id"] == id).cloned());
                        }
                    }
                }
            }
            if let Some(id) = sentence.get("series").and_then(Value::as_str) {
                series.insert(id.to_owned(), full["series"].get(id)?.clone());
                indicators.insert(id.to_owned(), full["indicators"].get(id)?.clone());
            }
            summary.push(sentence);
            moved[1] = "0".into();
        }
        ("comparisons", Some(_)) => {
            comparisons.push(node(full, &pointer[..2])?.clone());
            moved[1] = "0".into();
            // A ranking among the new units is checked against the new province's total.
            new_province = full.get("new_province").cloned();
        }
        ("comparisons", None) => comparisons.extend(full["comparisons"].as_array()?.first().cloned()),
        ("new_province", _) => new_province = full.get("new_province").cloned(),
        ("sources", Some(i)) => {
            let all = full["sources"].as_array()?;
            let i: usize = i.parse().ok()?;
            sources = Some(vec![all[i].clone(), all[(i + 1) % all.len()].clone()]);
            moved[1] = "0".into();
        }
        // A header field or a whole section: a small dataset around it, with one key figure.
        _ => key_figures.push(full["key_figures"][0].clone()),
    }
    // The indicators the window's figures and tables name as their `series`.
    let new_figures = new_province.as_ref().and_then(|n| n["key_figures"].as_array());
    for item in key_figures
        .iter()
        .chain(&comparisons)
        .chain(new_figures.into_iter().flatten())
    {
        if let Some(id) = item.get("series").and_then(Value::as_str) {
            indicators.insert(id.to_owned(), full["indicators"].get(id)?.clone());
        }
    }
    let sources = sources.unwrap_or_else(|| {
        let mut ids = BTreeSet::new();
        for items in [&key_figures, &context, &comparisons] {
            items.iter().for_each(|v| cited(v, &mut ids));
        }
        new_province.iter().for_each(|v| cited(v, &mut ids));
        series.values().for_each(|v| cited(v, &mut ids));
        let all = full["sources"].as_array().cloned().unwrap_or_default();
        all.into_iter()
            .filter(|s| s["id"].as_str().is_some_and(|id| ids.contains(id)))
            .collect()
    });
    doc.insert("sources".into(), Value::Array(sources));
    doc.insert("key_figures".into(), Value::Array(key_figures));
    doc.insert("summary".into(), Value::Array(summary));
    doc.insert("comparisons".into(), Value::Array(comparisons));
    if let Some(new_province) = new_province {
        doc.insert("new_province".into(), new_province);
    }
    doc.insert("indicators".into(), Value::Object(indicators));
    doc.insert("series".into(), Value::Object(series));
    doc.insert("context".into(), Value::Array(context));
    Some((Value::Object(doc), moved))
}

/// Compact JSON of `value`, recording where the node at `target` is written.
fn write_locating(value: &Value, at: &mut Pointer, target: &[String], out: &mut String, span: &mut Range<usize>) {
    let start = out.len();
    match value {
        Value::Object(map) => {
            out.push('{');
            for (i, (key, child)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).unwrap_or_default());
                out.push(':');
                at.push(key.clone());
                write_locating(child, at, target, out, span);
                at.pop();
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, child) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                at.push(i.to_string());
                write_locating(child, at, target, out, span);
                at.pop();
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
    if at.as_slice() == target {
        *span = start..out.len();
    }
}

/// One place a mutation can happen: a window's text, where the node is, and the text with the node removed.
struct Site {
    key: Option<String>,
    text: String,
    span: Range<usize>,
    without: Option<String>,
}

fn sites(full: &Value) -> Vec<Site> {
    let mut all = Vec::new();
    pointers(full, &mut Vec::new(), &mut all);
    all.iter()
        .filter_map(|pointer| {
            let (doc, moved) = window(full, pointer)?;
            let mut text = String::new();
            let mut span = 0..0;
            write_locating(&doc, &mut Vec::new(), &moved, &mut text, &mut span);
            assert!(!span.is_empty(), "{pointer:?} not found in its window");
            let without = moved.split_last().and_then(|(last, parent)| {
                let mut doc = doc.clone();
                match node_mut(&mut doc, parent)? {
                    Value::Object(map) => drop(map.remove(last)?),
                    Value::Array(items) => drop(items.remove(last.parse().ok()?)),
                    _ => return None,
                }
                Some(doc.to_string())
            });
            let key = pointer.last().filter(|k| k.parse::<usize>().is_err()).cloned();
            Some(Site {
                key,
                text,
                span,
                without,
            })
        })
        .collect()
}

#[test]
fn every_window_of_the_real_dataset_is_valid() {
    let full: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let sites = sites(&full);
    assert!(sites.len() > 1_000, "{} sites", sites.len());
    let distinct: BTreeSet<&str> = sites.iter().map(|s| s.text.as_str()).collect();
    for text in distinct {
        if let Err(problems) = load(text) {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("a window is invalid:\n{}\n{text}", listed.join("\n"));
        }
    }
}

/// A value to put in place of a real one: random, a real value from elsewhere, or a near miss.
fn replacement(rng: &mut Rng, vocab: &Vocabulary, site: &Site, out: &mut String) {
    let original = &site.text[site.span.clone()];
    match rng.below(10) {
        0..=5 => push_value(rng, vocab, 3, out),
        6 | 7 => match site.key.as_deref().and_then(|k| vocab.sample(k, rng)) {
            Some(real) => out.push_str(real),
            None => push_value(rng, vocab, 2, out),
        },
        _ => match serde_json::from_str::<Value>(original) {
            Ok(Value::Number(n)) => {
                let x = n.as_f64().unwrap_or(0.0);
                let near = [x + 1.0, x - 1.0, -x, x + 0.5, 0.0, x * 1e6];
                out.push_str(&Value::from(*rng.pick(&near)).to_string());
            }
            Ok(Value::String(s)) => {
                let cut: String = s.chars().take(rng.below(s.chars().count() + 1)).collect();
                let near = [
                    String::new(),
                    " ".into(),
                    cut,
                    s.to_uppercase(),
                    format!("{s} "),
                    format!("{s}x"),
                ];
                out.push_str(&Value::from(rng.pick(&near).as_str()).to_string());
            }
            Ok(Value::Array(_)) => out.push_str("[]"),
            Ok(Value::Object(_)) => out.push_str("{}"),
            _ => push_value(rng, vocab, 1, out),
        },
    }
}

fn mutate(rng: &mut Rng, vocab: &Vocabulary, site: &Site, out: &mut String) {
    out.clear();
    match &site.without {
        Some(without) if rng.chance(10) => out.push_str(without),
        _ => {
            out.push_str(&site.text[..site.span.start]);
            replacement(rng, vocab, site, out);
            out.push_str(&site.text[site.span.end..]);
        }
    }
}

#[test]
fn load_never_panics_on_mutations_of_the_real_dataset() {
    let mut rng = Rng::for_test(3);
    let full: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let vocab = Vocabulary::of(&full);
    let sites = sites(&full);
    let mut text = String::new();
    let (mut accepted, mut rejected_after_parsing) = (0, 0);
    for i in 0..CASES {
        // The root itself is replaced too: then the text is just the random value.
        if i % 1_000 == 0 {
            text.clear();
            push_value(&mut rng, &vocab, 4, &mut text);
        } else {
            let site = rng.pick(&sites);
            mutate(&mut rng, &vocab, site, &mut text);
        }
        match load_checked(&format!("mutation {i}"), &text) {
            Ok(ds) => {
                accepted += 1;
                use_accepted(&ds, &mut rng);
            }
            Err(problems) if !problems.iter().any(|p| matches!(p.kind, ProblemKind::Syntax(_))) => {
                rejected_after_parsing += 1;
            }
            Err(_) => {}
        }
    }
    // Both outcomes must be common, or the mutations are not testing much.
    assert!(accepted > CASES / 20, "only {accepted} mutations were accepted");
    assert!(
        rejected_after_parsing > CASES / 20,
        "only {rejected_after_parsing} were rejected by the checks after parsing"
    );
}

/// The windows keep each run fast; mutations of the whole file check that nothing is lost by them.
#[test]
fn load_never_panics_on_mutations_of_the_whole_file() {
    let mut rng = Rng::for_test(4);
    let full: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let vocab = Vocabulary::of(&full);
    let mut all = Vec::new();
    pointers(&full, &mut Vec::new(), &mut all);
    for i in 0..500 {
        let pointer = rng.pick(&all[1..]);
        let mut doc = full.clone();
        let mut replacement = String::new();
        push_value(&mut rng, &vocab, 3, &mut replacement);
        if let (Some(slot), Ok(value)) = (node_mut(&mut doc, pointer), serde_json::from_str(&replacement)) {
            *slot = value;
        }
        if let Ok(ds) = load_checked(&format!("whole-file mutation {i} at {pointer:?}"), &doc.to_string()) {
            use_accepted(&ds, &mut rng);
        }
    }
}

// ---------------------------------------------------------------------------
// The properties of the formatters.

const UNITS: [Unit; 11] = [
    Unit::PercentChange,
    Unit::Usd,
    Unit::UsdMillion,
    Unit::UsdBillion,
    Unit::VndBillion,
    Unit::VndTrillion,
    Unit::Points,
    Unit::Rank,
    Unit::Projects,
    Unit::Countries,
    Unit::Sectors,
];

const QUALIFIERS: [Option<Qualifier>; 4] = [
    None,
    Some(Qualifier::About),
    Some(Qualifier::Over),
    Some(Qualifier::Nearly),
];

const DECIMALS: [Option<usize>; 8] = [None, Some(0), Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)];

/// The documented words before a qualified value.
fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::About, Lang::Vi) => "khoảng ",
        (Qualifier::Over, Lang::Vi) => "hơn ",
        (Qualifier::Nearly, Lang::Vi) => "gần ",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::Over, Lang::En) => "over ",
        (Qualifier::Nearly, Lang::En) => "nearly ",
    }
}

/// The documented separators: Vietnamese groups with '.' and writes decimals after ',', English the other way.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

fn has_nonzero_digit(s: &str) -> bool {
    s.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

/// The digits `format_number` must show for `value` with `digits` decimals, before sign and grouping.
/// Formatting a huge value exactly is slow (hundreds of digits), so it is done once for both languages.
fn plain_digits(value: f64, digits: usize) -> String {
    format!("{:.*}", digits, value.abs())
}

fn digits_for(value: f64, decimals: Option<usize>) -> usize {
    decimals.unwrap_or_else(|| recorded_decimals(value)).min(6)
}

/// Checks one `format_number` result: sign, separators, grouping and digits.
fn check_number(value: f64, decimals: Option<usize>, lang: Lang, out: &str, expected: &str) {
    let case = || {
        format!(
            "format_number({value:?} = {:#x}, {decimals:?}, {lang:?}) = {out:?}",
            value.to_bits()
        )
    };
    assert!(!out.is_empty(), "{}", case());
    if !value.is_finite() {
        assert_eq!(out, NOT_A_NUMBER, "{}", case());
        return;
    }
    assert!(
        !out.contains("NaN") && !out.contains("inf") && !out.contains(NOT_A_NUMBER),
        "{}",
        case()
    );
    assert!(!out.contains(['-', '+', 'e', 'E']), "{}", case());
    let digits = digits_for(value, decimals);
    let (negative, body) = match out.strip_prefix(MINUS) {
        Some(rest) => (true, rest),
        None => (false, out),
    };
    assert_eq!(
        negative,
        value.is_sign_negative() && has_nonzero_digit(expected),
        "sign: {}",
        case()
    );
    assert!(!body.contains(MINUS), "{}", case());
    let (group, decimal) = separators(lang);
    let (int_part, frac_part) = match body.split_once(decimal) {
        Some((int_part, frac_part)) => (int_part, Some(frac_part)),
        None => (body, None),
    };
    match frac_part {
        Some(frac) => {
            assert_eq!(frac.len(), digits, "decimals: {}", case());
            assert!(frac.bytes().all(|b| b.is_ascii_digit()), "{}", case());
        }
        None => assert_eq!(digits, 0, "decimals: {}", case()),
    }
    let groups: Vec<&str> = int_part.split(group).collect();
    assert!((1..=3).contains(&groups[0].len()), "first group: {}", case());
    assert!(groups[1..].iter().all(|g| g.len() == 3), "groups of three: {}", case());
    assert!(
        groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())),
        "{}",
        case()
    );
    let plain = match frac_part {
        Some(frac) => format!("{}.{frac}", groups.concat()),
        None => groups.concat(),
    };
    assert_eq!(plain, expected, "digits: {}", case());
}

/// Checks a `format_percent_change` result against the `format_number` result for the same options.
fn check_percent(value: f64, out: &str, number: &str) {
    let body = out.strip_suffix('%').unwrap_or_else(|| panic!("no %: {out:?}"));
    match body.strip_prefix('+') {
        Some(rest) => {
            assert!(value > 0.0 && has_nonzero_digit(rest), "+ on {value:?}: {out:?}");
            assert_eq!(rest, number);
        }
        None => {
            assert!(
                !(value > 0.0 && has_nonzero_digit(number)),
                "no + on {value:?}: {out:?}"
            );
            assert_eq!(body, number);
        }
    }
}

/// Checks a `format_value` result: qualifier first, then the number as `format_number` writes it
/// with the value's own decimals (`number`), or as an ordinal for an English rank.
fn check_value(value: f64, unit: Unit, qualifier: Option<Qualifier>, lang: Lang, out: &str, number: &str) {
    let case = || format!("format_value({value:?}, {unit:?}, {qualifier:?}, {lang:?}) = {out:?}");
    assert!(!out.is_empty(), "{}", case());
    let rest = match qualifier {
        Some(q) => out
            .strip_prefix(qualifier_word(q, lang))
            .unwrap_or_else(|| panic!("{}", case())),
        None => out,
    };
    match (unit, lang) {
        (Unit::Rank, Lang::En) => {
            assert_eq!(rest, ordinal_en(value), "{}", case());
            if value.is_finite() {
                let digits = rest.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
                assert!(["st", "nd", "rd", "th"].contains(&&rest[digits.len()..]), "{}", case());
                let rounded = value.round();
                check_number(rounded, Some(0), lang, digits, &plain_digits(rounded, 0));
            }
        }
        (Unit::PercentChange, _) => check_percent(value, rest, number),
        _ => assert!(rest.contains(number), "{} lacks {number:?}", case()),
    }
    if value.is_finite() {
        assert!(
            !out.contains("NaN") && !out.contains("inf") && !out.contains(NOT_A_NUMBER),
            "{}",
            case()
        );
    } else {
        assert!(out.contains(NOT_A_NUMBER), "{}", case());
    }
    assert!(!out.contains('-'), "a hyphen for a minus: {}", case());
}

/// Checks `value` through the given decimals, units and qualifiers; `format_number` in both
/// languages, the others in `langs`.
fn check_formats(
    value: f64,
    decimals: &[Option<usize>],
    units: &[Unit],
    qualifiers: &[Option<Qualifier>],
    langs: &[Lang],
) {
    for &option in decimals {
        let expected = plain_digits(value, digits_for(value, option));
        for lang in Lang::ALL {
            let number = format_number(value, option, lang);
            check_number(value, option, lang, &number, &expected);
            if langs.contains(&lang) {
                check_percent(value, &format_percent_change(value, option, lang), &number);
            }
        }
    }
    for &lang in langs {
        let number = format_number(value, None, lang);
        for &unit in units {
            for &qualifier in qualifiers {
                let out = format_value(value, unit, qualifier, lang);
                check_value(value, unit, qualifier, lang, &out, &number);
            }
        }
    }
}

/// Every formatter with every option, in both languages.
fn check_all_formats(value: f64) {
    check_formats(value, &DECIMALS, &UNITS, &QUALIFIERS, &Lang::ALL);
}

/// The `i`-th of many values through a rotating share of the options: `format_number`
/// in both languages with one number of decimals, the others in one language with one
/// unit and qualifier, so that every 88 values cover every option. Per value is what
/// costs: a huge value takes ~30 µs per exact formatting.
fn check_rotating_formats(value: f64, i: usize) {
    let decimals = DECIMALS[i % DECIMALS.len()];
    let unit = UNITS[i % UNITS.len()];
    let qualifier = QUALIFIERS[(i / UNITS.len()) % QUALIFIERS.len()];
    let lang = Lang::ALL[(i / (UNITS.len() * QUALIFIERS.len())) % Lang::ALL.len()];
    check_formats(value, &[decimals], &[unit], &[qualifier], &[lang]);
}

fn checked(value: f64, check: impl FnOnce(f64)) {
    if catch_unwind(AssertUnwindSafe(|| check(value))).is_err() {
        panic!("formatting {value:?} (bits {:#018x}) failed", value.to_bits());
    }
}

#[test]
fn formatting_is_well_formed_for_every_class_of_f64() {
    let largest_subnormal = f64::from_bits(0x000F_FFFF_FFFF_FFFF);
    let classes = [
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7FF0_0000_0000_0001),
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        f64::from_bits(1),
        -f64::from_bits(1),
        largest_subnormal,
        -largest_subnormal,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1e-300,
        -1e-300,
        1e300,
        -1e300,
        1e-7,
        -0.0000004,
        0.0000005,
        0.125,
        2.5,
        -2.5,
        7.39,
        -12.59,
        999.9999995,
        999_999.5,
        1e15,
        1e16,
        1e21,
        9_007_199_254_740_993.0,
        u64::MAX as f64,
        i64::MIN as f64,
        63.0,
        0.1 + 0.2,
    ];
    for value in classes {
        checked(value, check_all_formats);
    }
}

#[test]
fn formatting_is_well_formed_for_random_bit_patterns() {
    let mut rng = Rng::for_test(5);
    for i in 0..CASES {
        checked(f64::from_bits(rng.next_u64()), |value| check_rotating_formats(value, i));
    }
}

/// Random bits are mostly far from 1; figures are not, so check figure-like numbers too.
#[test]
fn formatting_is_well_formed_for_figure_like_numbers() {
    let mut rng = Rng::for_test(6);
    for i in 0..CASES {
        let scale = 10f64.powi(rng.below(7) as i32);
        let magnitude = rng.next_u64() % 10u64.pow(rng.below(13) as u32 + 1);
        let value = magnitude as f64 / scale * if rng.chance(30) { -1.0 } else { 1.0 };
        checked(value, |value| check_rotating_formats(value, i));
    }
}

// ---------------------------------------------------------------------------
// Text from the dataset is shown as text.

#[test]
fn markup_in_the_data_comes_out_as_the_same_text() {
    const HOSTILE: &str = "<img src=x onerror=alert(1)>";
    let mut root: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    for pointer in [
        "/title/vi",
        "/title/en",
        "/key_figures/1/label/vi",
        "/key_figures/1/label/en",
        "/key_figures/0/comparison/en",
        "/key_figures/1/observation/citations/0/quote",
        "/sources/0/title",
        "/sources/0/publisher",
        "/context/0/heading/vi",
        "/context/0/text/en",
        "/indicators/exports/label/en",
    ] {
        *root.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = Value::from(HOSTILE);
    }
    let original = load(EMBEDDED_JSON).unwrap();
    let ds = match load(&root.to_string()) {
        Ok(ds) => ds,
        Err(problems) => panic!("markup in text must load: {problems:?}"),
    };
    assert_eq!(ds.title.vi, HOSTILE);
    assert_eq!(ds.context[0].heading.vi, HOSTILE);
    assert_eq!(ds.context[0].text.en, HOSTILE);
    assert_eq!(ds.indicators["exports"].label.en, HOSTILE);
    for lang in Lang::ALL {
        let cards = key_figure_views(&ds, lang);
        assert_eq!(cards[1].label, HOSTILE);
        assert_eq!(cards[1].source.quote.as_deref(), Some(HOSTILE));
        // The first key figure cites the first source first.
        assert_eq!(cards[0].source.title, HOSTILE);
        assert_eq!(cards[0].source.publisher, HOSTILE);
        if lang == Lang::En {
            assert_eq!(cards[0].comparison.as_deref(), Some(HOSTILE));
        }
        // The summary is built from figures, not labels: the markup changes nothing in it.
        assert_eq!(summary(&ds, lang), summary(&original, lang));
        // The rank chart names its rows by the key figures' labels.
        let ranks = chart_spec(
            &ds,
            ChartId::from_slug("ranks").unwrap_or_else(|| panic!("no ranks chart")),
            0,
            lang,
        );
        assert!(ranks.marks.iter().any(|m| m.name == HOSTILE), "{:?}", ranks.marks);
        assert!(ranks.description(lang).contains(HOSTILE));
        // CSV cells are quoted only for commas, quotes and line breaks; the text is kept as is.
        assert!(dataset_csv(&ds, lang).contains(&format!("\r\n{HOSTILE},")));
    }
    // A problem names the offending text as it is, for the page to show as text.
    root["key_figures"][0]["observation"]["citations"][0]["source"] = Value::from(HOSTILE);
    let problems = load(&root.to_string()).err().unwrap_or_default();
    assert!(problems.iter().any(|p| p.message(Lang::Vi).contains(HOSTILE)));
}
