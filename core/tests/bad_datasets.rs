//! Broken datasets a data editor could produce, each reported at the right JSON path.
//!
//! The cases live in `bad-datasets.json` so that adding one needs no Rust: each is
//! the embedded dataset with a few JSON-pointer edits (or a text replacement, text
//! appended, bytes that are not UTF-8 in place of a text, or spaces up to a size),
//! or a raw text, plus the path the problem must be reported at and words its
//! English message must contain. Each case is checked through `load_bytes`, as the
//! page reads a file, and through the `validate` command, and every case that parses
//! has its charts drawn, invalid as it is, without a panic. A last test checks that
//! every kind of problem the validator knows is produced by at least one case.

use std::collections::BTreeSet;

use dashboard_core::bounds::MAX_FILE_BYTES;
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::load::{load, load_bytes, report};
use dashboard_core::problem::{Problem, ProblemKind, TextPosition};
use dashboard_core::validate::validate;
use dashboard_core::EMBEDDED_JSON;
use serde_json::Value;

#[path = "support/svg.rs"]
mod svg;
#[path = "support/views.rs"]
mod views;

const CASES_JSON: &str = include_str!("bad-datasets.json");

/// One broken dataset and what the validator must say about it.
struct Case {
    name: String,
    bytes: Vec<u8>,
    path: String,
    message: String,
}

fn field<'a>(case: &'a Value, key: &str) -> Option<&'a str> {
    case.get(key).and_then(Value::as_str)
}

/// Splits a JSON pointer into its parent and its unescaped last token.
fn split_pointer(pointer: &str) -> (&str, String) {
    let (parent, last) = pointer
        .rsplit_once('/')
        .unwrap_or_else(|| panic!("bad pointer {pointer}"));
    (parent, last.replace("~1", "/").replace("~0", "~"))
}

/// Sets the node at `pointer`, adding it when its parent exists but it does not.
fn set(root: &mut Value, pointer: &str, to: Value) {
    let (parent, key) = split_pointer(pointer);
    match root.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.insert(key, to);
        }
        Some(Value::Array(items)) => {
            let index: usize = key.parse().unwrap_or_else(|_| panic!("bad index in {pointer}"));
            if index == items.len() {
                items.push(to);
            } else {
                items[index] = to;
            }
        }
        _ => panic!("no parent for {pointer}"),
    }
}

fn remove(root: &mut Value, pointer: &str) {
    let (parent, key) = split_pointer(pointer);
    let removed = match root.pointer_mut(parent) {
        Some(Value::Object(map)) => map.remove(&key),
        Some(Value::Array(items)) => Some(items.remove(key.parse().unwrap_or_else(|_| panic!("bad {pointer}")))),
        _ => None,
    };
    assert!(removed.is_some(), "nothing to remove at {pointer}");
}

/// Builds the bytes of a case from its description.
fn case_bytes(case: &Value, name: &str) -> Vec<u8> {
    if let Some(pair) = case.get("bytes").and_then(Value::as_array) {
        // ["text", [255, 254]]: the first occurrence of the text replaced by these bytes.
        let from = pair[0].as_str().unwrap();
        let to: Vec<u8> = pair[1]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_u64().unwrap() as u8)
            .collect();
        let at = EMBEDDED_JSON
            .find(from)
            .unwrap_or_else(|| panic!("{name}: {from:?} is not in the dataset"));
        let mut bytes = EMBEDDED_JSON.as_bytes()[..at].to_vec();
        bytes.extend(to);
        bytes.extend(&EMBEDDED_JSON.as_bytes()[at + from.len()..]);
        return bytes;
    }
    let mut bytes = case_text(case, name).into_bytes();
    if let Some(size) = case.get("pad_to").and_then(Value::as_u64) {
        // Spaces after the object are valid JSON: only the size is wrong.
        bytes.resize(size as usize, b' ');
    }
    bytes
}

/// Builds the text of a case from its description.
fn case_text(case: &Value, name: &str) -> String {
    if let Some(text) = field(case, "text") {
        return text.to_owned();
    }
    if let Some(appended) = field(case, "append") {
        return format!("{EMBEDDED_JSON}{appended}");
    }
    if let Some(pair) = case.get("replace").and_then(Value::as_array) {
        let (from, to) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        assert!(EMBEDDED_JSON.contains(from), "{name}: {from:?} is not in the dataset");
        return EMBEDDED_JSON.replacen(from, to, 1);
    }
    let edits = case.get("edits").and_then(Value::as_array);
    let edits = edits.unwrap_or_else(|| panic!("{name}: needs text, append, replace or edits"));
    let mut root: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    for edit in edits {
        match (field(edit, "set"), field(edit, "remove")) {
            (Some(pointer), None) => set(&mut root, pointer, edit["to"].clone()),
            (None, Some(pointer)) => remove(&mut root, pointer),
            _ => panic!("{name}: an edit is {{\"set\", \"to\"}} or {{\"remove\"}}"),
        }
    }
    serde_json::to_string_pretty(&root).unwrap()
}

fn cases() -> Vec<Case> {
    let list: Vec<Value> = serde_json::from_str(CASES_JSON).expect("bad-datasets.json is JSON");
    list.iter()
        .map(|case| {
            let name = field(case, "name").expect("every case has a name").to_owned();
            Case {
                bytes: case_bytes(case, &name),
                path: field(case, "path")
                    .unwrap_or_else(|| panic!("{name}: no path"))
                    .to_owned(),
                message: field(case, "message")
                    .unwrap_or_else(|| panic!("{name}: no message"))
                    .to_owned(),
                name,
            }
        })
        .collect()
}

fn listed(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

/// Loads a case, checks it is reported as described, and returns its problems.
fn check(case: &Case) -> Vec<Problem> {
    let problems = match load_bytes(&case.bytes) {
        Ok(_) => panic!("{}: the broken dataset was accepted", case.name),
        Err(problems) => problems,
    };
    let found = problems
        .iter()
        .find(|p| p.path == case.path && p.message(Lang::En).contains(&case.message));
    let Some(problem) = found else {
        panic!(
            "{}: expected `{}: …{}…` among\n{}",
            case.name,
            case.path,
            case.message,
            listed(&problems)
        );
    };
    for p in &problems {
        let (vi, en) = (p.message(Lang::Vi), p.message(Lang::En));
        assert!(!p.path.is_empty(), "{}: a problem without a path: {p}", case.name);
        assert!(!vi.trim().is_empty(), "{}: no Vietnamese message for {p}", case.name);
        assert_ne!(vi, en, "{}: the Vietnamese message is the English one", case.name);
    }
    assert_eq!(
        problem.to_string(),
        format!("{}: {}", case.path, problem.message(Lang::En))
    );
    problems
}

#[test]
fn the_cases_start_from_a_valid_dataset() {
    assert!(load(EMBEDDED_JSON).is_ok());
    // Re-serialising the untouched dataset must not itself be a problem.
    let root: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    assert!(load(&serde_json::to_string_pretty(&root).unwrap()).is_ok());
}

#[test]
fn every_broken_dataset_is_reported_at_its_path() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let names: BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), cases.len(), "case names must be unique");
    for case in &cases {
        check(case);
    }
}

#[test]
fn the_command_gives_each_case_the_same_verdict() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-datasets");
    std::fs::create_dir_all(&dir).unwrap();
    for (i, case) in cases().iter().enumerate() {
        let file = dir.join(format!("case-{i}.json"));
        std::fs::write(&file, &case.bytes).unwrap();
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
            .arg(&file)
            .args(["--lang", "en"])
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&run.stdout);
        assert_eq!(run.status.code(), Some(1), "{}: {out}", case.name);
        let expected = format!("{}: ", case.path);
        assert!(
            out.lines()
                .any(|l| l.starts_with(&expected) && l.contains(&case.message)),
            "{}: expected `{expected}…{}…` in\n{out}",
            case.name,
            case.message
        );
    }
}

#[test]
fn the_command_reads_an_endless_stream_only_up_to_the_limit() {
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(["/dev/zero", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "$: the file is larger than the limit of 1,048,576 bytes (1.0 MB); it was not read\n1 problem in /dev/zero\n"
    );
}

#[test]
fn a_file_of_exactly_the_size_limit_is_read() {
    let mut bytes = EMBEDDED_JSON.as_bytes().to_vec();
    bytes.resize(MAX_FILE_BYTES, b' ');
    assert!(load_bytes(&bytes).is_ok());
    bytes.push(b' ');
    assert!(load_bytes(&bytes).is_err());
}

/// Defence in depth: a refused file is never drawn, but were it drawn, invalid as it
/// is, no view would panic or grow without bound.
#[test]
fn every_case_that_parses_renders_without_a_panic() {
    let mut drawn = 0;
    for case in cases() {
        let Ok(ds) = serde_json::from_slice::<Dataset>(&case.bytes) else {
            continue;
        };
        for chart in views::draw_every_view(&ds) {
            let what = format!("{}: {}", case.name, chart.slug);
            assert!(chart.ticks <= 600, "{what} has {} ticks", chart.ticks);
            assert!(chart.marks <= 600, "{what} has {} marks", chart.marks);
            assert!(chart.svg_bytes <= 4_000_000, "{what} drew {} bytes", chart.svg_bytes);
        }
        drawn += 1;
    }
    assert!(drawn >= 50, "only {drawn} cases parse");
}

#[test]
fn syntax_errors_give_line_and_column_in_both_languages() {
    let case = cases()
        .into_iter()
        .find(|c| c.name.starts_with("not JSON: a missing comma"))
        .unwrap();
    let problems = check(&case);
    let problem = &problems[0];
    assert!(matches!(problem.kind, ProblemKind::Syntax(_)), "{problem:?}");
    assert_eq!(problem.position, Some(TextPosition { line: 3, column: 31 }));
    assert!(
        problem.message(Lang::Vi).contains("dòng 3, cột 31"),
        "{}",
        problem.message(Lang::Vi)
    );
}

/// The name of a problem's kind; the match is exhaustive so a new kind must be named here.
fn kind_name(kind: &ProblemKind) -> &'static str {
    match kind {
        ProblemKind::Syntax(_) => "Syntax",
        // Only the app reports these, about a file it could not use; no dataset text can.
        ProblemKind::Unreadable(_) => "Unreadable",
        ProblemKind::NotOnThisSite(_) => "NotOnThisSite",
        ProblemKind::WrongType(_) => "WrongType",
        ProblemKind::MissingField(_) => "MissingField",
        ProblemKind::UnknownField(_) => "UnknownField",
        ProblemKind::RepeatedField(_) => "RepeatedField",
        ProblemKind::UnknownName { .. } => "UnknownName",
        ProblemKind::BadPeriod(_) => "BadPeriod",
        // serde's words for a shape this build does not know; no case can reach it.
        ProblemKind::Shape(_) => "Shape",
        ProblemKind::UnsupportedSchema(_) => "UnsupportedSchema",
        ProblemKind::MissingTranslation(_) => "MissingTranslation",
        ProblemKind::Empty => "Empty",
        ProblemKind::UnknownSource(_) => "UnknownSource",
        ProblemKind::DuplicateId(_) => "DuplicateId",
        ProblemKind::NotHttpLink(_) => "NotHttpLink",
        ProblemKind::BadDate(_) => "BadDate",
        ProblemKind::NotFinite => "NotFinite",
        ProblemKind::RankOutOfRange { .. } => "RankOutOfRange",
        ProblemKind::RankValue { .. } => "RankValue",
        ProblemKind::NotPositive => "NotPositive",
        ProblemKind::RankTotal { .. } => "RankTotal",
        ProblemKind::UnitMismatch { .. } => "UnitMismatch",
        ProblemKind::NoCitation => "NoCitation",
        ProblemKind::UnknownIndicator(_) => "UnknownIndicator",
        ProblemKind::UnknownKeyFigure(_) => "UnknownKeyFigure",
        ProblemKind::UnknownComparison(_) => "UnknownComparison",
        ProblemKind::SubjectCount(_) => "SubjectCount",
        ProblemKind::RankOrder => "RankOrder",
        ProblemKind::ValueOrder => "ValueOrder",
        ProblemKind::IncompleteList { .. } => "IncompleteList",
        ProblemKind::UnknownSeries(_) => "UnknownSeries",
        ProblemKind::SentenceNeeds(_) => "SentenceNeeds",
        ProblemKind::OutOfOrder => "OutOfOrder",
        ProblemKind::MergerSide { .. } => "MergerSide",
        ProblemKind::NothingDiffers => "NothingDiffers",
        ProblemKind::WeakHost { .. } => "WeakHost",
        // The list built into the app; `weak_hosts`'s own test proves it reads.
        ProblemKind::WeakHostList(_) => "WeakHostList",
        ProblemKind::TargetOutOfPlace => "TargetOutOfPlace",
        ProblemKind::NotATarget => "NotATarget",
        ProblemKind::BadRange => "BadRange",
        ProblemKind::AbsentButListed(_) => "AbsentButListed",
        ProblemKind::FileTooLarge { .. } => "FileTooLarge",
        ProblemKind::NotUtf8 { .. } => "NotUtf8",
        ProblemKind::OverLimit { .. } => "OverLimit",
        ProblemKind::TooLong { .. } => "TooLong",
        ProblemKind::ValueTooLarge { .. } => "ValueTooLarge",
        ProblemKind::ChartUnit { .. } => "ChartUnit",
        ProblemKind::Disagrees { .. } => "Disagrees",
    }
}

const ALL_KINDS: [&str; 45] = [
    "Syntax",
    "WrongType",
    "MissingField",
    "UnknownField",
    "RepeatedField",
    "UnknownName",
    "BadPeriod",
    "UnsupportedSchema",
    "MissingTranslation",
    "Empty",
    "UnknownSource",
    "DuplicateId",
    "NotHttpLink",
    "BadDate",
    "NotFinite",
    "RankOutOfRange",
    "RankValue",
    "NotPositive",
    "RankTotal",
    "UnitMismatch",
    "NoCitation",
    "UnknownIndicator",
    "UnknownKeyFigure",
    "UnknownComparison",
    "SubjectCount",
    "RankOrder",
    "ValueOrder",
    "IncompleteList",
    "UnknownSeries",
    "SentenceNeeds",
    "OutOfOrder",
    "MergerSide",
    "NothingDiffers",
    "WeakHost",
    "TargetOutOfPlace",
    "NotATarget",
    "BadRange",
    "AbsentButListed",
    "FileTooLarge",
    "NotUtf8",
    "OverLimit",
    "TooLong",
    "ValueTooLarge",
    "ChartUnit",
    "Disagrees",
];

/// JSON has no NaN or infinity (a too-large number fails parsing), so only a
/// dataset built in code can carry one; the validator still refuses it.
fn non_finite_problems() -> Vec<Problem> {
    let mut ds = load(EMBEDDED_JSON).unwrap();
    ds.key_figures[0].observation.value = f64::NAN;
    ds.key_figures[6].observation.details[0].value = f64::INFINITY;
    ds.key_figures[5].observation.value = f64::NEG_INFINITY;
    let problems = validate(&ds);
    for path in [
        "key_figures[0].observation.value",
        "key_figures[6].observation.details[0].value",
        "key_figures[5].observation.value",
    ] {
        let at: Vec<&Problem> = problems.iter().filter(|p| p.path == path).collect();
        // A non-finite rank value is one problem, not also "rank inf must be a whole number".
        assert_eq!(at.len(), 1, "{path}:\n{}", listed(&problems));
        assert_eq!(at[0].message(Lang::En), "must be a finite number");
    }
    problems
}

#[test]
fn every_kind_of_problem_is_covered_by_a_case() {
    let mut seen: BTreeSet<&str> = cases().iter().flat_map(check).map(|p| kind_name(&p.kind)).collect();
    seen.extend(non_finite_problems().iter().map(|p| kind_name(&p.kind)));
    let missing: Vec<&str> = ALL_KINDS.iter().copied().filter(|k| !seen.contains(k)).collect();
    assert!(missing.is_empty(), "no case produces {missing:?}");
}

#[test]
fn the_report_lists_each_problem_then_a_count() {
    let case = cases().into_iter().find(|c| c.name == "a duplicate source id").unwrap();
    let result = load_bytes(&case.bytes);
    let problems = result.as_ref().err().cloned().unwrap_or_default();
    let en = report("bad.json", &result, Lang::En);
    let lines: Vec<&str> = en.lines().collect();
    assert_eq!(lines.len(), problems.len() + 1, "{en}");
    assert!(
        lines.contains(&"sources[1].id: id \"report-2023-06-13\" is used twice"),
        "{en}"
    );
    assert_eq!(
        lines.last().copied(),
        Some(format!("{} problems in bad.json", problems.len()).as_str())
    );
    let vi = report("bad.json", &result, Lang::Vi);
    assert!(
        vi.contains("sources[1].id: mã \"report-2023-06-13\" bị trùng\n"),
        "{vi}"
    );
    assert!(
        vi.ends_with(&format!("{} lỗi trong bad.json\n", problems.len())),
        "{vi}"
    );

    let one = load("42");
    assert_eq!(
        report("x.json", &one, Lang::En),
        "$: expected an object {…} (line 1, column 2)\n1 problem in x.json\n"
    );
}

#[test]
fn the_report_of_a_valid_dataset_counts_what_it_holds() {
    let result = load(EMBEDDED_JSON);
    let ds = result.as_ref().unwrap();
    let observations: usize = ds.series.values().map(Vec::len).sum();
    assert_eq!(
        report("public/data/bac-ninh.json", &result, Lang::En),
        format!(
            "OK: public/data/bac-ninh.json — {} sources, {} key figures, {} series, {observations} observations\n",
            ds.sources.len(),
            ds.key_figures.len(),
            ds.series.len()
        )
    );
    assert!(report("d.json", &result, Lang::Vi).starts_with(&format!("OK: d.json — {} nguồn, ", ds.sources.len())));
}
