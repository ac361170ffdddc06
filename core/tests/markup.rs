//! Text from the dataset is shown as text: markup in any text field loads, reaches every
//! surface unchanged (cards, rank chart, CSV) and changes nothing in the summary, and a
//! problem names it as it is, for the page to show as text.

use dashboard_core::chart::{chart_spec, ChartId};
use dashboard_core::csv::dataset_csv;
use dashboard_core::i18n::Lang;
use dashboard_core::keyfigures::key_figure_views;
use dashboard_core::load::load;
use dashboard_core::summary::summary;
use dashboard_core::EMBEDDED_JSON;
use serde_json::Value;

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
