//! A ministry's update changes the facts, not the code.
//!
//! The real dataset is turned into a variant an update could publish: the headline
//! figures for 2024 and the first half of 2025, ranked among 34 provinces, with one
//! figure fewer. Every heading, chart title, the standing chart and the summary must
//! follow it, and a summary sentence whose figure is dropped must be a validation
//! problem, not a sentence that silently disappears.

use dashboard_core::captions::key_figures_heading;
use dashboard_core::captions::scope_line;
use dashboard_core::chart::{chart_spec, chart_title, ChartId};
use dashboard_core::dataset::Dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::load::load;
use dashboard_core::summary::summary;
use dashboard_core::EMBEDDED_JSON;
use serde_json::{json, Value};

/// The chart card `slug`.
fn chart(slug: &str) -> ChartId {
    ChartId::from_slug(slug).unwrap_or_else(|| panic!("no chart {slug}"))
}

/// Every rank in `value` becomes a rank among 34: positions past 34 are capped (this
/// is a fixture, not data), and `of` says 34.
fn rank_among_34(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::Number(_)), Some(position)) = (map.get("of").cloned(), map.get_mut("position")) {
                if position.as_u64().is_some_and(|p| p > 34) {
                    *position = json!(34);
                }
                map.insert("of".into(), json!(34));
            }
            if map.get("unit") == Some(&json!("rank")) {
                if let Some(v) = map.get_mut("value").filter(|v| v.as_f64().is_some_and(|v| v > 34.0)) {
                    *v = json!(34);
                }
            }
            map.values_mut().for_each(rank_among_34);
        }
        Value::Array(items) => items.iter_mut().for_each(rank_among_34),
        _ => {}
    }
}

fn variant() -> Value {
    let mut root: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    root["reference_period"] = json!("2024");
    root["provinces_total"] = json!(34);
    root["scope"] =
        json!({ "vi": "tỉnh Bắc Ninh mới (sau hợp nhất)", "en": "the new Bắc Ninh province (after the merger)" });
    rank_among_34(&mut root);
    // The former province's tables rank among 63; an update ranked among 34 has none of them.
    root["comparisons"]
        .as_array_mut()
        .unwrap()
        .retain(|c| c["scope"] == "merged");
    root["summary"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["sentence"] != "comparison");
    let figures = root["key_figures"].as_array_mut().unwrap();
    // One figure fewer: the PGI is not published for the new unit in this variant.
    figures.retain(|k| k["id"] != "pgi_2022");
    for figure in figures.iter_mut() {
        let period = &mut figure["observation"]["period"];
        if *period == json!("2022") {
            *period = json!("2024");
        } else if *period == json!("2023-H1") {
            *period = json!("2025-H1");
        }
        if let Some(rank) = figure["observation"]["rank"].as_object_mut() {
            rank.remove("period");
        }
        // Alternatives speak of the old figures; a variant has none.
        figure["observation"].as_object_mut().unwrap().remove("alternatives");
        // Moved to other periods, the figures are no longer the series' values there
        // (the validator would rightly find them disagreeing).
        figure.as_object_mut().unwrap().remove("series");
    }
    root
}

fn load_variant(root: &Value) -> Dataset {
    load(&root.to_string()).unwrap_or_else(|problems| {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the variant is not valid:\n{}", listed.join("\n"))
    })
}

#[test]
fn headings_titles_standing_and_summary_follow_the_data() {
    let mut root = variant();
    // The summary no longer names the dropped figure.
    root["summary"][2].as_object_mut().unwrap().remove("with");
    let ds = load_variant(&root);

    assert_eq!(
        key_figures_heading(&ds, Lang::Vi),
        "Kết quả nổi bật năm 2024 và 6 tháng đầu năm 2025"
    );
    assert_eq!(
        key_figures_heading(&ds, Lang::En),
        "Headline results for 2024 and the first half of 2025"
    );
    assert_eq!(
        chart_title(&ds, chart("ranks"), Lang::Vi),
        "Vị trí trong 34 tỉnh, thành phố năm 2024"
    );
    assert_eq!(
        chart_title(&ds, chart("ranks"), Lang::En),
        "Standing among 34 provinces in 2024"
    );
    assert_eq!(
        scope_line(&ds, Lang::En),
        "Figures for the new Bắc Ninh province (after the merger), ranked among 34 provinces."
    );

    let standing = chart_spec(&ds, chart("ranks"), 0, Lang::En);
    assert!(
        standing.x.ticks.iter().any(|t| t.label == "34"),
        "{:?}",
        standing.x.ticks
    );
    assert!(standing.marks.iter().all(|m| m.short_label.ends_with("/34")));
    // The figures ranked in 2024, and not the FDI figure ranked in another period.
    let rows: Vec<&str> = standing.marks.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(rows.len(), 4, "{rows:?}");
    let pci = chart_spec(&ds, chart("pci"), 0, Lang::Vi);
    assert!(pci.subtitle.contains("trong 34 tỉnh"), "{}", pci.subtitle);

    let vi = summary(&ds, Lang::Vi);
    assert_eq!(vi.len(), ds.summary.len());
    assert!(vi[0].starts_with("Năm 2024, tổng sản phẩm"), "{}", vi[0]);
    assert!(!vi[2].contains("PGI"), "{}", vi[2]);
    assert!(vi[4].contains("6 tháng đầu năm 2025"), "{}", vi[4]);
    assert!(vi[4].contains("thấp nhất trong 34 tỉnh"), "{}", vi[4]);
    let en = summary(&ds, Lang::En);
    assert!(en[0].starts_with("In 2024, Bắc Ninh's"), "{}", en[0]);
}

#[test]
fn a_sentence_whose_figure_is_dropped_is_a_problem_the_editor_sees() {
    // The same variant, but the summary still names the dropped PGI figure.
    let root = variant();
    let problems = load(&root.to_string()).expect_err("a summary naming a dropped figure must be refused");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        ["summary[2].with: there is no key figure with id \"pgi_2022\""],
        "{messages:#?}"
    );
}
