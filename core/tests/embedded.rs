//! The shipped dataset: it validates, and it says what the 13/6/2023 report says.

use dashboard_core::dataset::Unit;
use dashboard_core::embedded_dataset;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::key_figure_views;
use dashboard_core::summary::summary;

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
    assert!(card("grdp_per_head_2022")
        .differs
        .as_deref()
        .unwrap_or("")
        .contains("7.250 USD"));
    assert!(card("budget_revenue_2022")
        .differs
        .as_deref()
        .unwrap_or("")
        .contains("13/63"));
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
        .find(|c| c.id == "exports-2023")
        .expect("exports 2023");
    let vi = comparison_spec(&ds, exports, Lang::Vi);
    assert_eq!(
        vi.takeaway,
        "Bắc Ninh đứng thứ 2 (39.302.697.091 USD), sau TP. Hồ Chí Minh (42.460.418.319 USD)."
    );
    assert_eq!(vi.subtitle, "USD; 8 tỉnh, thành phố dẫn đầu trong 63");
    let en = comparison_spec(&ds, exports, Lang::En);
    assert_eq!(
        en.takeaway,
        "Bắc Ninh ranks 2nd (39,302,697,091 USD), behind Ho Chi Minh City (42,460,418,319 USD)."
    );
    assert_eq!(en.subtitle, "USD; top 8 of 63");

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

    // The 4th place of the budget table is illegible in the source and is never guessed.
    let budget = ds
        .comparisons
        .iter()
        .find(|c| c.id == "budget-revenue-2023-9m")
        .expect("budget");
    assert_eq!(budget.entries[3].name.vi, "không đọc được trong nguồn");
    assert_eq!(budget.entries[3].name.en, "illegible in the source");

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
    assert_eq!(card("grdp_growth_2025_h1").value, "+10,47%");
    assert_eq!(card("grdp_growth_2025_h1").rank_short.as_deref(), Some("5/34"));
    assert_eq!(card("grdp_2024_combined").value, "439.800 tỷ đồng");
    assert_eq!(card("grdp_2025_projection").value, "522 nghìn tỷ đồng");
    assert_eq!(card("grdp_2025_projection").status, "dự kiến");
    assert_eq!(card("grdp_per_head_2025_projection").value, "5.810 USD");
    assert_eq!(card("trade_2025_10m").rank_short.as_deref(), Some("1/34"));
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
        sentence.starts_with("Từ ngày 1/7/2025, tỉnh Bắc Ninh và tỉnh Bắc Giang hợp nhất"),
        "{sentence}"
    );
    assert!(sentence.contains("xếp hạng trong 34 tỉnh, thành phố"), "{sentence}");
}

#[test]
fn a_dataset_without_a_table_gets_an_empty_chart_and_a_header_only_csv() {
    use dashboard_core::chart::comparison_spec_at;
    use dashboard_core::csv::comparison_csv;
    let mut ds = dataset();
    let count = ds.comparisons.len();
    ds.comparisons.clear();
    let spec = comparison_spec_at(&ds, count - 1, Lang::En);
    assert!(spec.marks.is_empty());
    assert_eq!(spec.takeaway, "no data");
    let csv = comparison_csv(&ds, 0, Lang::En);
    assert_eq!(csv.lines().count(), 1, "{csv}");
}
