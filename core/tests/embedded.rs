//! The shipped dataset: it validates, and it says what the 13/6/2023 report says.

use dashboard_core::dataset::Unit;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::key_figure_views;
use dashboard_core::summary::summary;
use dashboard_core::{embedded_dataset, prevalidated_embedded_dataset};

fn dataset() -> dashboard_core::dataset::Dataset {
    match embedded_dataset() {
        Ok(ds) => ds,
        Err(problems) => {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the embedded dataset is invalid:\n{}", listed.join("\n"));
        }
    }
}

#[test]
fn embedded_dataset_is_valid() {
    let ds = dataset();
    assert_eq!(ds.provinces_total, 63);
    assert!(ds.sources.len() >= 20);
}

/// The live page parses the embedded file, without the whitespace between its tokens and
/// without the rules: it must read the very dataset the rules accepted.
#[test]
fn the_live_page_reads_the_dataset_the_rules_accepted() {
    let parsed = prevalidated_embedded_dataset().map_err(|e| e.to_string());
    assert_eq!(parsed, Ok(dataset()));
}

#[test]
fn headline_figures_in_vietnamese() {
    let ds = dataset();
    let cards = key_figure_views(&ds, Lang::Vi);
    let card = |id: &str| cards.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("card {id}"));
    assert_eq!(card("grdp_growth_2022").value, "+7,39%");
    assert_eq!(card("grdp_per_head_2022").value, "6.696 USD");
    assert_eq!(card("grdp_per_head_2022").rank_short.as_deref(), Some("3/63"));
    assert_eq!(card("budget_revenue_2022").value, "khoảng 1,3 tỷ USD");
    assert_eq!(card("budget_revenue_2022").rank_short.as_deref(), Some("14/63"));
    assert_eq!(card("exports_2022").value, "45,1 tỷ USD");
    assert_eq!(card("exports_2022").rank_short.as_deref(), Some("2/63"));
    assert_eq!(card("pci_2022").value, "69,08 điểm");
    assert_eq!(card("pci_2022").rank_short.as_deref(), Some("7/63"));
    assert_eq!(card("fdi_cumulative_2023").value, "24,17 tỷ USD");
    assert!(card("fdi_cumulative_2023").details.contains(&"1.908 dự án".to_owned()));
    assert_eq!(card("grdp_growth_2023_h1").value, "−12,59%");
    assert!(card("grdp_growth_2023_h1").warning);
    // Where sources differ, the card says so with the other value.
    assert!(card("grdp_growth_2022")
        .differs
        .as_deref()
        .unwrap_or("")
        .contains("+8,75%"));
    assert!(card("fdi_cumulative_2023")
        .differs
        .as_deref()
        .unwrap_or("")
        .contains("1.878 dự án"));
}

#[test]
fn headline_figures_in_english() {
    let ds = dataset();
    let cards = key_figure_views(&ds, Lang::En);
    let card = |id: &str| cards.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("card {id}"));
    assert_eq!(card("grdp_growth_2022").value, "+7.39%");
    assert_eq!(card("grdp_per_head_2022").value, "6,696 USD");
    assert_eq!(card("exports_2022").value, "USD 45.1 billion");
    assert_eq!(card("grdp_growth_2023_h1").value, "−12.59%");
    assert_eq!(
        card("grdp_per_head_2022").rank_long.as_deref(),
        Some("3rd of 63 provinces")
    );
}

#[test]
fn every_observation_cites_a_known_source() {
    let ds = dataset();
    for (id, series) in &ds.series {
        for obs in series {
            assert!(ds.source(obs.source_id()).is_some(), "{id} {}", obs.period);
        }
    }
    assert!(ds.series("grdp_growth").iter().all(|o| o.unit == Unit::PercentChange));
}

#[test]
fn summary_is_built_from_the_figures_in_both_languages() {
    let ds = dataset();
    let vi = summary(&ds, Lang::Vi);
    let en = summary(&ds, Lang::En);
    assert_eq!(vi.len(), ds.summary.len(), "{vi:?}");
    assert_eq!(vi.len(), en.len());
    let vi_text = vi.join(" ");
    for expected in ["7,39%", "6.696 USD", "45,1 tỷ USD", "12,59%", "thấp nhất trong 63 tỉnh"] {
        assert!(vi_text.contains(expected), "missing {expected} in {vi_text}");
    }
    let en_text = en.join(" ");
    for expected in [
        "7.39%",
        "6,696 USD",
        "USD 45.1 billion",
        "12.59%",
        "the lowest of 63 provinces",
    ] {
        assert!(en_text.contains(expected), "missing {expected} in {en_text}");
    }
}

#[test]
fn summary_leaves_out_sentences_whose_figures_are_missing() {
    let mut ds = dataset();
    let full = summary(&ds, Lang::Vi).len();
    ds.key_figures.retain(|k| k.id != "pci_2022");
    assert_eq!(summary(&ds, Lang::Vi).len(), full - 1);
}

#[test]
fn comparisons_say_where_bac_ninh_stands_in_both_languages() {
    use dashboard_core::chart::comparison_spec;
    let ds = dataset();
    let exports = ds
        .comparisons
        .iter()
        .find(|c| c.id == "exports-2025")
        .expect("exports 2025");
    let vi = comparison_spec(&ds, exports, Lang::Vi);
    assert_eq!(
        vi.takeaway,
        "Bắc Ninh (mới) đứng đầu (93,27 tỷ USD), trước TP. Hồ Chí Minh (92,68 tỷ USD)."
    );
    assert!(vi.subtitle.ends_with("trong 34"), "{}", vi.subtitle);
    let en = comparison_spec(&ds, exports, Lang::En);
    assert_eq!(
        en.takeaway,
        "Bắc Ninh (new) ranks first (USD 93.27 billion), ahead of Ho Chi Minh City (USD 92.68 billion)."
    );
    assert!(en.subtitle.ends_with("of 34"), "{}", en.subtitle);

    // A published top 10 without Bắc Ninh says so and places it nowhere.
    let pci_2024 = ds.comparisons.iter().find(|c| c.id == "pci-2024").expect("PCI 2024");
    let spec = comparison_spec(&ds, pci_2024, Lang::Vi);
    assert_eq!(spec.takeaway, "Bắc Ninh không có trong 10 tỉnh dẫn đầu.");
    assert!(spec
        .marks
        .iter()
        .all(|m| m.role != dashboard_core::chart::Role::Highlight));

    let h1 = ds
        .comparisons
        .iter()
        .find(|c| c.id == "grdp-growth-2023-h1")
        .expect("H1 2023");
    let spec = comparison_spec(&ds, h1, Lang::Vi);
    assert!(
        spec.takeaway.starts_with("Bắc Ninh đứng cuối, thứ 63/63 (−12,59%)"),
        "{}",
        spec.takeaway
    );
    let last = spec.marks.last().expect("rows");
    assert_eq!(last.name, "▶ 63. Bắc Ninh");
    assert_eq!(last.role, dashboard_core::chart::Role::Highlight);

    // A list restricted by its source never reads as a national rank.
    let fdi = ds
        .comparisons
        .iter()
        .find(|c| c.id == "fdi-cumulative-2022")
        .expect("FDI 2022");
    let spec = comparison_spec(&ds, fdi, Lang::En);
    assert!(spec
        .takeaway
        .starts_with("In the source's list of 12 provinces, Bắc Ninh ranks 7th"));
    assert!(spec.subtitle.contains("not a rank among 63"), "{}", spec.subtitle);

    // Exports 2022: this table's 45,06 differs from the report's 45,1, and says so.
    let exports_2022 = ds
        .comparisons
        .iter()
        .find(|c| c.id == "exports-2022")
        .expect("exports 2022");
    let subject = comparison_spec(&ds, exports_2022, Lang::Vi)
        .marks
        .into_iter()
        .find(|m| m.role == dashboard_core::chart::Role::Highlight)
        .expect("Bắc Ninh");
    assert_eq!(subject.value, "45,06 tỷ USD");
    assert!(
        subject.notes.iter().any(|n| n.contains("45,1 tỷ USD")),
        "{:?}",
        subject.notes
    );
}

#[test]
fn the_new_province_is_ranked_among_34_and_never_joins_the_old_series() {
    use dashboard_core::keyfigures::new_province_views;
    let ds = dataset();
    let new = ds.new_province.as_ref().expect("the new province");
    assert_eq!(new.provinces_total, 34);
    let cards = new_province_views(&ds, Lang::Vi);
    let card = |id: &str| cards.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("card {id}"));
    assert_eq!(card("grdp_growth_2025").value, "+10,27%");
    assert_eq!(card("grdp_growth_2025").rank_short.as_deref(), Some("5/34"));
    assert_eq!(card("grdp_growth_2025").status, "sơ bộ");
    assert_eq!(card("exports_2025").value, "93,27 tỷ USD");
    assert_eq!(card("exports_2025").rank_short.as_deref(), Some("1/34"));
    assert_eq!(card("fdi_2025").rank_short.as_deref(), Some("2/34"));
    // Sources differ on GRDP per head: the chosen value, and the others disclosed.
    assert_eq!(card("grdp_per_head_2025").value, "5.852 USD");
    assert_eq!(card("grdp_per_head_2025").status, "ước tính");
    let differs = card("grdp_per_head_2025").differs.clone().unwrap_or_default();
    assert!(
        differs.contains("gần 5.600 USD") && differs.contains("5.810 USD"),
        "{differs}"
    );
    // A superseded projection is no longer a card.
    assert!(cards.iter().all(|c| c.status != "dự kiến"), "{cards:?}");
    // Targets stand apart: only in the targets, all of them plans, a range read as one.
    let targets = dashboard_core::keyfigures::target_views(&ds, Lang::Vi);
    assert!(!targets.is_empty() && targets.iter().all(|t| t.target && t.status == "mục tiêu"));
    assert!(cards.iter().all(|c| !c.target));
    assert!(targets.iter().any(|t| t.value == "12,5–13%"), "{targets:?}");
    // Every observation of the series is the former province's, ranked among 63.
    for (id, observations) in &ds.series {
        for obs in observations {
            if let Some(rank) = obs.effective_rank(ds.provinces_total) {
                assert_eq!(rank.of, 63, "{id} {}", obs.period);
            }
        }
    }
    let vi = summary(&ds, Lang::Vi);
    let sentence = vi.last().expect("a sentence on the new province");
    assert!(
        sentence.starts_with("Sau khi tỉnh Bắc Ninh và tỉnh Bắc Giang hợp nhất thành Bắc Ninh (mới)"),
        "{sentence}"
    );
    assert!(sentence.contains("xếp hạng trong 34 tỉnh, thành phố"), "{sentence}");
    assert!(
        sentence.contains("năm 2025, GRDP của tỉnh mới tăng 10,27% (thứ 5 trong 34 tỉnh, thành phố)"),
        "{sentence}"
    );
    assert!(
        sentence.contains("đạt 93,27 tỷ USD (thứ 1 trong 34 tỉnh, thành phố)"),
        "{sentence}"
    );
}

#[test]
fn a_dataset_without_a_table_gets_an_empty_chart_and_a_header_only_csv() {
    use dashboard_core::chart::comparison_spec_at;
    let mut ds = dataset();
    let count = ds.comparisons.len();
    ds.comparisons.clear();
    let spec = comparison_spec_at(&ds, count - 1, Lang::En);
    assert!(spec.marks.is_empty());
    assert_eq!(spec.takeaway, "no data");
    let csv = comparison_spec_at(&ds, 0, Lang::En).csv();
    assert_eq!(csv.lines().count(), 1, "{csv}");
}

#[test]
fn the_first_screen_says_how_recent_the_figures_are() {
    use dashboard_core::captions::{freshness_line, latest_heading, targets_heading};
    let ds = dataset();
    assert_eq!(
        freshness_line(&ds, Lang::Vi),
        "Số liệu mới nhất: năm 2025 · cập nhật ngày 2/12/2026"
    );
    assert_eq!(
        freshness_line(&ds, Lang::En),
        "Latest figures: 2025 · updated 2 December 2026"
    );
    let new = ds.new_province.as_ref().expect("the new province");
    assert_eq!(latest_heading(new, Lang::Vi), "Mới nhất: Bắc Ninh (mới), năm 2025");
    assert_eq!(targets_heading(new, Lang::En), "Targets for 2026");
    // The line follows the data: a revision, and a newer period, move it.
    let mut updated = ds.clone();
    updated.revised = "2027-02-03".to_owned().into();
    if let Some(new) = updated.new_province.as_mut() {
        new.key_figures[0].observation.period = dashboard_core::period::Period::Half(2026, 1);
    }
    assert_eq!(
        freshness_line(&updated, Lang::Vi),
        "Số liệu mới nhất: 6 tháng đầu năm 2026 · cập nhật ngày 3/2/2027"
    );
}
