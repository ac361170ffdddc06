//! Every quote in the dataset is found, word for word, in the source texts.
//!
//! The dataset's `quote` fields are the exact words a figure was read from. The texts
//! they were copied from are the project's sources (`../shared/sources/` beside the
//! repository, or `SOURCES_DIR`): the 13/6/2023 report and the sourced-figures tables.
//! A quote may join verbatim pieces with "…"; each piece must appear in one source
//! text. Both sides are compared in Unicode NFC with runs of white space folded, since
//! the report's text is decomposed and the tables wrap nothing.

use std::path::PathBuf;

use dashboard_core::EMBEDDED_JSON;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn sources_dir() -> PathBuf {
    match std::env::var_os("SOURCES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/sources"),
    }
}

fn normalised(text: &str) -> String {
    text.nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every `quote` string of the dataset with its JSON path.
fn quotes(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("quote", Value::String(q)) => out.push((path.to_owned(), q.clone())),
                    _ => quotes(v, &format!("{path}.{key}"), out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                quotes(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The pieces of a quote that no source text contains.
fn missing_pieces<'a>(quote: &'a str, texts: &[String]) -> Vec<&'a str> {
    quote
        .split('…')
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .filter(|piece| {
            let piece = normalised(piece);
            !texts.iter().any(|t| t.contains(&piece))
        })
        .collect()
}

#[test]
fn every_quote_is_found_in_the_sources() {
    let dir = sources_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the source texts are read from {} ({e}); set SOURCES_DIR",
            dir.display()
        )
    });
    let texts: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.file_name().is_some_and(|name| name != "README.md"))
        .map(|path| normalised(&std::fs::read_to_string(&path).unwrap_or_default()))
        .collect();
    assert!(
        texts.len() >= 3,
        "expected the report and the sourced-figures files in {}",
        dir.display()
    );

    let dataset: Value = serde_json::from_str(EMBEDDED_JSON).expect("the embedded dataset is JSON");
    let mut found = Vec::new();
    quotes(&dataset, "$", &mut found);
    assert!(
        found.len() > 100,
        "only {} quotes read: the walk is broken",
        found.len()
    );
    let unsourced: Vec<String> = found
        .iter()
        .filter_map(|(path, quote)| {
            let missing = missing_pieces(quote, &texts);
            (!missing.is_empty()).then(|| format!("{path}: {missing:?}"))
        })
        .collect();
    assert!(
        unsourced.is_empty(),
        "quotes not found in the sources:\n{}",
        unsourced.join("\n")
    );
}

#[test]
fn a_quote_changed_by_one_word_is_caught() {
    let texts = vec![normalised(
        "tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,39% so với năm 2021",
    )];
    assert!(missing_pieces("…tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,39%…", &texts).is_empty());
    assert_eq!(
        missing_pieces("tổng sản phẩm … tăng 8,39% so với", &texts),
        vec!["tăng 8,39% so với"]
    );
    // The same words, decomposed (as the report's text is), still match.
    let decomposed: String = "tăng 7,39%".nfd().collect();
    assert!(missing_pieces(&decomposed, &texts).is_empty());
}
