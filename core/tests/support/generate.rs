//! What the property tests of `load` generate, and how they run it: JSON values whose keys
//! and values are often the real dataset's, and `load` checked never to panic and always to
//! name where a problem is. `load_properties.rs` runs them.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use dashboard_core::chart::{chart_spec, ChartId};
use dashboard_core::csv::dataset_csv;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::key_figure_views;
use dashboard_core::load::load;
use dashboard_core::problem::Problem;
use dashboard_core::summary::summary;
use serde_json::Value;

use crate::rng::Rng;

/// How many generated cases each property test checks.
pub const CASES: usize = 100_000;

/// Strings chosen to hit the validator's and the page's edge cases.
pub const STRINGS: &[&str] = &[
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
pub const NUMBER_TEXTS: &[&str] = &[
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
pub const CHARS: &str = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ \
                     ABC019.,;:-_/\\\"'<>&%#@!?()[]{}\u{0}\u{1}\u{7f}\u{a0}\u{2028}\u{feff}";

pub fn random_string(rng: &mut Rng) -> String {
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
pub fn random_finite(rng: &mut Rng) -> f64 {
    let value = f64::from_bits(rng.next_u64());
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

pub fn push_number(rng: &mut Rng, out: &mut String) {
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

pub fn push_string(rng: &mut Rng, out: &mut String) {
    let text = random_string(rng);
    out.push_str(&serde_json::to_string(&text).unwrap_or_default());
}

/// What the real dataset holds, as JSON text, for generated values to borrow from.
pub struct Vocabulary {
    /// Every object key in the dataset (field names, series and indicator ids).
    pub keys: Vec<String>,
    /// Real values seen under each key, compact, with long arrays and maps cut to two entries.
    pub samples: BTreeMap<String, Vec<String>>,
    /// The real top-level fields, and the items of its lists and maps (`"id":{…}` for maps), compact.
    pub top_level: BTreeMap<String, String>,
    pub items: BTreeMap<String, Vec<String>>,
}

impl Vocabulary {
    pub fn of(root: &Value) -> Vocabulary {
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

    pub fn sample(&self, key: &str, rng: &mut Rng) -> Option<&str> {
        self.samples
            .get(key)
            .filter(|s| !s.is_empty())
            .map(|s| rng.pick(s).as_str())
    }
}

/// A copy with every array and every map of more than two entries cut to two, so samples stay small.
pub fn shortened(value: &Value) -> Value {
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
pub fn push_value(rng: &mut Rng, vocab: &Vocabulary, depth: usize, out: &mut String) {
    match rng.below(if depth == 0 { 4 } else { 7 }) {
        0 => out.push_str("null"),
        1 => out.push_str(if rng.chance(50) { "true" } else { "false" }),
        2 => push_number(rng, out),
        3 => push_string(rng, out),
        4 => push_container(rng, out, ('[', ']'), 4, |rng, out| {
            push_value(rng, vocab, depth - 1, out)
        }),
        _ => push_container(rng, out, ('{', '}'), 5, |rng, out| {
            push_member(rng, vocab, depth - 1, out)
        }),
    }
}

/// Writes an array or object of fewer than `most` items, each written by `item`.
fn push_container(
    rng: &mut Rng,
    out: &mut String,
    (open, close): (char, char),
    most: usize,
    mut item: impl FnMut(&mut Rng, &mut String),
) {
    out.push(open);
    for i in 0..rng.below(most) {
        if i > 0 {
            out.push(',');
        }
        item(rng, out);
    }
    out.push(close);
}

/// Writes `"key":value`, the key usually a real one and its value often a real value for that key.
pub fn push_member(rng: &mut Rng, vocab: &Vocabulary, depth: usize, out: &mut String) {
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

/// Runs `load`, turning a panic into a failure that shows the input.
pub fn load_checked(case: &str, input: &str) -> Result<Dataset, Vec<Problem>> {
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
pub fn use_accepted(ds: &Dataset, rng: &mut Rng) {
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
