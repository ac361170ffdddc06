//! Property tests of `load` on generated input: it never panics, whatever it is given, every
//! problem it reports has a path and words in both languages, and what it accepts the page
//! can show.
//!
//! Any file can reach `load` (a data editor's typo, a truncated upload, a hostile `?data=`
//! target). These tests feed it a hundred thousand random byte strings and JSON values,
//! their keys and values often the real dataset's (`support/generate.rs`), and mutations of
//! the real dataset. The generator is a small deterministic SplitMix64, so every run checks
//! the same cases and a failure names the case that broke; set `FUZZ_SEED=<number>` to
//! explore others.
//!
//! The debug test profile parses about 20 MB/s, so mutations are made on a "window" of the
//! dataset (the header, the one item holding the mutated node and the sources that item
//! cites) rather than on all 75 kB; every window is itself a valid dataset, checked before
//! the mutations start. A test of mutations of the whole file checks nothing is lost by them.

use std::collections::BTreeSet;
use std::ops::Range;

use dashboard_core::load::load;
use dashboard_core::problem::ProblemKind;
use dashboard_core::EMBEDDED_JSON;
use serde_json::{Map, Value};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;
#[path = "support/generate.rs"]
mod generate;
use generate::{load_checked, push_member, push_number, push_value, use_accepted, Vocabulary, CASES};

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
