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
    assert!((3..=6).contains(&vi.len()), "{vi:?}");
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
