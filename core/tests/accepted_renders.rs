//! Every dataset the validator accepts renders: no panic, and no view whose work grows
//! past what the bounds allow.
//!
//! Datasets are generated from scratch within the bounds of `dashboard_core::bounds`:
//! the smallest (one source, one observation per series, nothing else), the largest
//! (every count at its bound at once: 100 provinces ranked, 50 observations in each
//! chart's series, 50 series, 20 tables of 100 entries, 20 key figures, values of
//! ±10^15, and the first item of each list "rich": texts of 2,000 characters and
//! every nested list at its bound, which is as much as fits in the 1 MiB a file may
//! have), and random mixes of the two. Each must pass validation, and each has every
//! view built and every chart drawn natively, as the prerenderer draws them (plotters'
//! SVG backend; the page's canvas runs the same drawing code). Time is not measured
//! here (no test asserts on the clock); what bounds a main-thread task is the work per
//! chart, so the marks, ticks and drawing size of every chart are bounded instead. The
//! generator is deterministic (`FUZZ_SEED` explores other cases). A last test adds one
//! item past each bound to the largest dataset and checks that it is refused.

use dashboard_core::bounds::{
    MAX_ALTERNATIVES, MAX_CITATIONS, MAX_COMPARISONS, MAX_CONTEXT_ITEMS, MAX_DETAILS, MAX_KEY_FIGURES,
    MAX_OBSERVATIONS, MAX_PROVINCES, MAX_SENTENCES, MAX_SERIES, MAX_SOURCES, MAX_TEXT_CHARS, MAX_VALUE,
};
use dashboard_core::load::load;
use dashboard_core::problem::ProblemKind;
use serde_json::{json, Map, Value};

#[path = "support/rng.rs"]
mod rng;
#[path = "support/svg.rs"]
mod svg;
#[path = "support/views.rs"]
mod views;

use rng::Rng;

/// Random datasets checked besides the smallest and the largest.
const RANDOM_CASES: u64 = 24;

/// The years periods may name.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2100;
/// The year the new province is formed in, the last a period may name: the former
/// province's periods all end before it, as the validator requires.
const MERGER_YEAR: i32 = LAST_YEAR;

/// How large each part of a dataset is made.
#[derive(Clone, Copy, PartialEq)]
enum Size {
    Smallest,
    Largest,
    Random,
}

struct Gen {
    rng: Rng,
    size: Size,
    sources: usize,
    long_text: String,
    /// The item being made is the first of its list: its texts and nested lists go to
    /// their bounds (all of them at once would not fit in a file).
    rich: bool,
}

impl Gen {
    fn new(size: Size, stream: u64) -> Gen {
        // "Đồng bằng sông Hồng " repeated: two- and three-byte letters, exactly at the bound.
        let long_text = "Đồng bằng sông Hồng "
            .chars()
            .cycle()
            .take(MAX_TEXT_CHARS - 1)
            .chain(['.'])
            .collect();
        Gen {
            rng: Rng::for_test(stream),
            size,
            sources: 1,
            long_text,
            rich: true,
        }
    }

    /// Runs `make` for item `index` of a list: the first item of a rich one is rich.
    fn item<T>(&mut self, index: usize, make: impl FnOnce(&mut Gen) -> T) -> T {
        let outer = self.rich;
        self.rich = outer && index == 0;
        let made = make(self);
        self.rich = outer;
        made
    }

    /// The length of a list nested in an item: up to its bound in a rich item, short otherwise.
    fn nested(&mut self, min: usize, max: usize) -> usize {
        match (self.rich, self.size) {
            (true, _) => self.count(min, max),
            (false, Size::Random) => min + self.rng.below(2),
            (false, _) => min,
        }
    }

    /// A count from `min` to `max`: the bound itself, the least, or anything between.
    fn count(&mut self, min: usize, max: usize) -> usize {
        match self.size {
            Size::Smallest => min,
            Size::Largest => max,
            Size::Random => match self.rng.below(4) {
                0 => min,
                1 => max,
                _ => min + self.rng.below(max - min + 1),
            },
        }
    }

    fn string(&mut self) -> String {
        let choices = [
            "Bắc Ninh",
            "x",
            "<b>markup</b> & \"quotes\" shown as text",
            "Tăng trưởng GRDP 6 tháng đầu năm 2025 (ước tính) 🙂",
        ];
        match (self.rich, self.size) {
            (true, Size::Largest) => self.long_text.clone(),
            (true, Size::Random) if self.rng.chance(50) => self.long_text.clone(),
            (_, Size::Largest) => "x".to_owned(),
            _ => (*self.rng.pick(&choices)).to_owned(),
        }
    }

    fn text(&mut self) -> Value {
        json!({ "vi": self.string(), "en": self.string() })
    }

    /// An optional text: always in a rich item, sometimes in a random one.
    fn maybe_text(&mut self) -> Option<Value> {
        self.sometimes().then(|| self.text())
    }

    /// Whether an optional field is given: always in a rich item, never in the largest
    /// dataset's other items (they must fit in a file), sometimes in a random one.
    fn sometimes(&mut self) -> bool {
        match (self.rich, self.size) {
            (true, _) => true,
            (false, Size::Random) => self.rng.chance(20),
            (false, _) => false,
        }
    }

    fn status(&mut self) -> &'static str {
        const STATUSES: [&str; 4] = ["estimate", "preliminary", "final", "projection"];
        STATUSES[self.rng.below(STATUSES.len())]
    }

    fn citation(&mut self) -> Value {
        let mut c = Map::new();
        c.insert("source".into(), json!(format!("s{}", self.rng.below(self.sources))));
        if self.sometimes() {
            c.insert("quote".into(), json!(self.string()));
        }
        Value::Object(c)
    }

    fn citations(&mut self) -> Value {
        let n = self.nested(1, MAX_CITATIONS);
        Value::Array((0..n).map(|i| self.item(i, Gen::citation)).collect())
    }

    /// A value in `unit`, from the extremes a valid file may hold.
    fn value(&mut self, unit: &str, provinces: u32) -> f64 {
        if unit == "rank" {
            return match self.size {
                Size::Largest => f64::from(provinces),
                _ => (1 + self.rng.below(provinces as usize)) as f64,
            };
        }
        if self.size == Size::Largest {
            return MAX_VALUE;
        }
        *self
            .rng
            .pick(&[0.0, 1e-6, -12.59, 45.06, 6696.0, 123_456.789_012, MAX_VALUE, -MAX_VALUE])
    }

    fn rank(&mut self, provinces: u32) -> Value {
        let position = match self.size {
            Size::Largest => provinces,
            _ => 1 + self.rng.below(provinces as usize) as u32,
        };
        json!({ "position": position, "of": provinces })
    }

    fn details(&mut self) -> Value {
        let n = self.nested(0, MAX_DETAILS);
        let details = (0..n).map(|_| {
            let unit = *self.rng.pick(&["projects", "countries", "sectors"]);
            json!({ "value": self.value(unit, 1), "unit": unit, "qualifier": self.rng.pick(&[None, Some("over")]) })
        });
        Value::Array(details.collect())
    }

    fn observation(&mut self, period: &str, unit: &str, provinces: u32, ranked: bool) -> Value {
        let mut o = Map::new();
        o.insert("period".into(), json!(period));
        o.insert("value".into(), json!(self.value(unit, provinces)));
        o.insert("unit".into(), json!(unit));
        o.insert("status".into(), json!(self.status()));
        if self.sometimes() {
            o.insert("qualifier".into(), json!(*self.rng.pick(&["about", "over", "nearly"])));
        }
        if ranked || self.sometimes() {
            o.insert("rank".into(), self.rank(provinces));
        }
        o.insert("details".into(), self.details());
        o.insert("citations".into(), self.citations());
        if let Some(note) = self.maybe_text() {
            o.insert("note".into(), note);
        }
        let n = self.nested(0, MAX_ALTERNATIVES);
        let alternatives = (0..n).map(|i| {
            self.item(i + 1, |g| {
                json!({
                    "value": g.value(unit, provinces),
                    "rank": g.rank(provinces),
                    "details": g.details(),
                    "status": g.status(),
                    "citation": g.citation(),
                })
            })
        });
        o.insert("alternatives".into(), Value::Array(alternatives.collect()));
        Value::Object(o)
    }

    /// `n` periods in increasing order of their last day: years, and before some of them a
    /// quarter, a half, a month or a date of the same year.
    fn periods(&mut self, n: usize) -> Vec<String> {
        let mut all = Vec::new();
        for year in FIRST_YEAR..MERGER_YEAR {
            for (sub, percent) in [("-Q1", 30), ("-H1", 30), ("-09", 30), ("-11-15", 30)] {
                if self.size == Size::Largest || self.rng.chance(percent) {
                    all.push(format!("{year}{sub}"));
                }
            }
            all.push(year.to_string());
        }
        let start = self.rng.below(all.len() - n + 1);
        all[start..start + n].to_vec()
    }

    fn series(&mut self, unit: &str, provinces: u32, longest: usize) -> Value {
        let n = self.count(1, longest);
        let periods = self.periods(n);
        let observations = periods.iter().enumerate();
        Value::Array(
            observations
                .map(|(i, p)| self.item(i, |g| g.observation(p, unit, provinces, false)))
                .collect(),
        )
    }

    fn key_figure(&mut self, id: &str, period: &str, unit: &str, provinces: u32, ranked: bool) -> Value {
        let mut k = Map::new();
        k.insert("id".into(), json!(id));
        k.insert("label".into(), self.text());
        if let Some(comparison) = self.maybe_text() {
            k.insert("comparison".into(), comparison);
        }
        k.insert("tone".into(), json!(*self.rng.pick(&["neutral", "warning"])));
        k.insert("observation".into(), self.observation(period, unit, provinces, ranked));
        Value::Object(k)
    }

    fn context(&mut self, prefix: &str) -> Value {
        let n = self.count(0, MAX_CONTEXT_ITEMS);
        let items = (0..n).map(|i| {
            self.item(i, |g| {
                json!({
                    "id": format!("{prefix}{i}"),
                    "heading": g.text(),
                    "text": g.text(),
                    "date": "2025-07-01",
                    "tone": *g.rng.pick(&["neutral", "warning"]),
                    "citations": g.citations(),
                })
            })
        });
        Value::Array(items.collect())
    }

    /// A ranking table among `of`: ranks increasing, values never rising, Bắc Ninh once.
    fn comparison(&mut self, id: &str, scope: &str, of: u32) -> Value {
        let listed = self.count(1, of as usize);
        // Top-`listed`, or `listed` ranks spread over 1..=of.
        let spread = self.size == Size::Random && self.rng.chance(50);
        let ranks: Vec<usize> = (1..=listed)
            .map(|i| if spread { i * of as usize / listed } else { i })
            .collect();
        let mut values: Vec<f64> = (0..listed).map(|_| self.value("points", of)).collect();
        values.sort_by(|a, b| b.total_cmp(a));
        let subject = self.rng.below(listed);
        let rich = self.rich;
        let entries = ranks.iter().zip(&values).enumerate().map(|(i, (rank, value))| {
            // The first rows of the first table have the longest names.
            self.rich = rich && i < 10;
            let mut e = Map::new();
            e.insert("name".into(), self.text());
            e.insert("rank".into(), json!(rank));
            if self.size == Size::Largest || self.rng.chance(80) {
                e.insert("value".into(), json!(value));
            }
            if i == subject {
                e.insert("subject".into(), json!(true));
            }
            if self.sometimes() {
                e.insert("same_region".into(), json!(true));
            }
            if self.sometimes() {
                e.insert("citation".into(), self.citation());
            }
            if let Some(note) = self.maybe_text() {
                e.insert("note".into(), note);
            }
            Value::Object(e)
        });
        let entries: Vec<Value> = entries.collect();
        self.rich = rich;
        json!({
            "id": id,
            "label": self.text(),
            "indicator": self.text(),
            "period": if scope == "merged" { MERGER_YEAR.to_string() } else { "2022".to_owned() },
            "period_note": self.maybe_text(),
            "unit": *self.rng.pick(&["points", "usd_billion", "percent_change", "vnd_billion"]),
            "status": self.status(),
            "ranked_of": of,
            "complete": listed == of as usize,
            "scope": scope,
            "ranking": *self.rng.pick(&["national", "within_list"]),
            "rank_basis": self.maybe_text(),
            "citations": self.citations(),
            "note": self.maybe_text(),
            "entries": entries,
        })
    }

    fn dataset(&mut self) -> Value {
        let provinces = match self.size {
            Size::Smallest => 1,
            Size::Largest => MAX_PROVINCES,
            Size::Random => *self.rng.pick(&[1, 2, 34, 63, MAX_PROVINCES]),
        };
        self.sources = self.count(1, MAX_SOURCES);
        let sources: Vec<Value> = (0..self.sources)
            .map(|i| {
                self.item(i, |g| {
                    json!({
                        "id": format!("s{i}"),
                        "title": g.string(),
                        "publisher": g.string(),
                        "url": format!("https://example.org/{i}"),
                        "date": "2023-06",
                        "mirror": g.rng.chance(10),
                    })
                })
            })
            .collect();
        let reference = "2022";
        // The series the charts draw, in the units their captions are written for, and others.
        let mut units = vec![
            ("grdp_growth", "percent_change"),
            ("exports", "usd_billion"),
            ("fdi_cumulative", "usd_billion"),
            ("budget_revenue", "vnd_billion"),
            ("pci_rank", "rank"),
            ("pci_score", "points"),
        ];
        let extra = self.count(0, MAX_SERIES - units.len());
        let extra_ids: Vec<String> = (0..extra).map(|i| format!("extra_{i}")).collect();
        for id in &extra_ids {
            units.push((
                id,
                *self
                    .rng
                    .pick(&["usd", "vnd_trillion", "vnd_million", "usd_million", "rank"]),
            ));
        }
        let mut indicators = Map::new();
        let mut series = Map::new();
        for (i, (id, unit)) in units.iter().enumerate() {
            // The charts' series are as long as may be; the others a few observations.
            let longest = if i < 6 { MAX_OBSERVATIONS } else { 3 };
            let (indicator, observations) = self.item(i, |g| {
                let note = g.maybe_text();
                let indicator = json!({ "label": g.text(), "unit": unit, "note": note });
                (indicator, g.series(unit, provinces, longest))
            });
            indicators.insert((*id).to_owned(), indicator);
            series.insert((*id).to_owned(), observations);
        }
        let has_new_province = self.size == Size::Largest || (self.size == Size::Random && self.rng.chance(60));
        let new_total = match self.size {
            Size::Largest => MAX_PROVINCES,
            _ => *self.rng.pick(&[1, 34, MAX_PROVINCES]),
        };
        let comparison_count = self.count(0, MAX_COMPARISONS);
        let comparisons: Vec<Value> = (0..comparison_count)
            .map(|i| match has_new_province && i % 2 == 1 {
                true => self.item(i, |g| g.comparison(&format!("c{i}"), "merged", new_total)),
                false => self.item(i, |g| g.comparison(&format!("c{i}"), "former", provinces)),
            })
            .collect();
        // The figures the summary names, each of the kind its sentence words; then others,
        // ranked in the reference period, so the standing chart has a row for each.
        let figure_count = self.count(0, MAX_KEY_FIGURES);
        let named = [
            ("k_growth", "percent_change", false),
            ("k_exports", "usd_billion", false),
            ("k_budget", "vnd_billion", false),
            ("k_pci", "points", true),
            ("k_pgi", "rank", false),
        ];
        let with_summary = figure_count >= named.len();
        let mut key_figures: Vec<Value> = Vec::new();
        for i in 0..figure_count {
            let (id, unit, ranked) = named.get(i).copied().unwrap_or(("", "usd", true));
            let id = if id.is_empty() { format!("k{i}") } else { id.to_owned() };
            key_figures.push(self.item(i, |g| g.key_figure(&id, reference, unit, provinces, ranked)));
        }
        let mut summary = Vec::new();
        if with_summary {
            summary.extend([
                json!({ "sentence": "growth", "figure": "k_growth", "with": "k_budget" }),
                json!({ "sentence": "trade", "figure": "k_exports", "with": "k_budget" }),
                json!({ "sentence": "indices", "figure": "k_pci", "with": "k_pgi" }),
                json!({ "sentence": "fdi", "figure": "k_exports" }),
                json!({ "sentence": "reversal", "figure": "k_growth", "series": "grdp_growth" }),
            ]);
            if comparison_count > 0 {
                summary.push(json!({ "sentence": "comparison", "figure": "c0" }));
            }
            if has_new_province {
                summary.push(json!({ "sentence": "new_province", "figure": "n_growth", "with": "n_trade" }));
            }
            let more = self.count(summary.len(), MAX_SENTENCES) - summary.len();
            for i in 0..more {
                let repeated = summary[i % summary.len()].clone();
                summary.push(repeated);
            }
        }
        let mut ds = json!({
            "schema_version": 1,
            "title": self.text(),
            "published": "2023-06-13",
            "revised": "2026-11-27",
            "reference_period": reference,
            "scope": self.text(),
            "provinces_total": provinces,
            "region": self.maybe_text(),
            "sources": sources,
            "key_figures": key_figures,
            "summary": summary,
            "indicators": indicators,
            "series": series,
            "context": self.context("x"),
            "comparisons": comparisons,
        });
        if has_new_province {
            let count = self.count(2, MAX_KEY_FIGURES);
            let figures: Vec<Value> = (0..count)
                .map(|i| {
                    self.item(i, |g| match i {
                        0 => g.key_figure(
                            "n_growth",
                            &format!("{MERGER_YEAR}-H1"),
                            "percent_change",
                            new_total,
                            true,
                        ),
                        1 => g.key_figure("n_trade", &format!("{MERGER_YEAR}-10"), "usd_billion", new_total, true),
                        _ => g.key_figure(
                            &format!("n{i}"),
                            &MERGER_YEAR.to_string(),
                            "vnd_trillion",
                            new_total,
                            false,
                        ),
                    })
                })
                .collect();
            ds["new_province"] = json!({
                "name": self.text(),
                "formed_from": self.text(),
                "established": format!("{MERGER_YEAR}-01-01"),
                "provinces_total": new_total,
                "facts": self.context("f"),
                "key_figures": figures,
            });
        }
        ds
    }
}

/// The most ticks a chart may have: a slot per observation and per year between them on
/// a category axis, and a value axis's ticks.
const MOST_TICKS: usize = MAX_OBSERVATIONS + (LAST_YEAR - FIRST_YEAR + 1) as usize + 21;

/// Validates the generated dataset (it must pass), draws every view, and bounds each chart.
fn check(name: &str, doc: &Value) -> usize {
    let text = doc.to_string();
    let ds = load(&text).unwrap_or_else(|problems| {
        let listed: Vec<String> = problems.iter().take(20).map(ToString::to_string).collect();
        panic!(
            "{name}: a dataset within the bounds was refused:\n{}",
            listed.join("\n")
        )
    });
    let drawn = views::draw_every_view(&ds);
    for chart in &drawn {
        let what = format!("{name}: {}", chart.slug);
        // Series charts: a mark or gap per slot; the standing chart: a row per key figure;
        // a table: a bar per entry.
        assert!(chart.marks <= MOST_TICKS, "{what} has {} marks", chart.marks);
        assert!(chart.ticks <= MOST_TICKS, "{what} has {} ticks", chart.ticks);
        assert!(chart.svg_bytes <= 8_000_000, "{what} drew {} bytes", chart.svg_bytes);
    }
    drawn.iter().map(|c| c.svg_bytes).max().unwrap_or(0)
}

#[test]
fn the_smallest_dataset_renders() {
    let doc = Gen::new(Size::Smallest, 1).dataset();
    assert_eq!(doc["series"]["exports"].as_array().map(Vec::len), Some(1));
    check("smallest", &doc);
}

#[test]
fn the_largest_dataset_renders() {
    let doc = Gen::new(Size::Largest, 2).dataset();
    let len = |pointer: &str| doc.pointer(pointer).and_then(Value::as_array).map_or(0, Vec::len);
    // Every bound is reached at once.
    assert_eq!(doc["provinces_total"], json!(MAX_PROVINCES));
    assert_eq!(len("/sources"), MAX_SOURCES);
    assert_eq!(len("/key_figures"), MAX_KEY_FIGURES);
    assert_eq!(len("/summary"), MAX_SENTENCES);
    assert_eq!(doc["series"].as_object().map(Map::len), Some(MAX_SERIES));
    assert_eq!(len("/series/exports"), MAX_OBSERVATIONS);
    assert_eq!(len("/comparisons"), MAX_COMPARISONS);
    assert_eq!(len("/comparisons/0/entries"), MAX_PROVINCES as usize);
    assert_eq!(len("/key_figures/0/observation/alternatives"), MAX_ALTERNATIVES);
    assert_eq!(len("/key_figures/0/observation/citations"), MAX_CITATIONS);
    assert_eq!(len("/key_figures/0/observation/details"), MAX_DETAILS);
    assert_eq!(len("/context"), MAX_CONTEXT_ITEMS);
    assert_eq!(
        doc["title"]["vi"].as_str().map(|t| t.chars().count()),
        Some(MAX_TEXT_CHARS)
    );
    assert_eq!(doc["series"]["exports"][0]["value"], json!(MAX_VALUE));
    let largest = check("largest", &doc);
    println!(
        "largest: {} bytes of JSON, largest chart drawn in {largest} bytes of SVG",
        doc.to_string().len()
    );
}

#[test]
fn random_datasets_within_the_bounds_render() {
    for case in 0..RANDOM_CASES {
        let doc = Gen::new(Size::Random, 100 + case).dataset();
        check(&format!("random case {case}"), &doc);
    }
}

#[test]
fn one_past_each_bound_is_refused() {
    let doc = Gen::new(Size::Largest, 2).dataset();
    let one_more = |pointer: &str| {
        let mut doc = doc.clone();
        let list = doc.pointer_mut(pointer).and_then(Value::as_array_mut).unwrap();
        list.push(list[0].clone());
        doc
    };
    let cases = [
        ("sources", one_more("/sources")),
        ("key_figures", one_more("/key_figures")),
        ("summary", one_more("/summary")),
        ("context", one_more("/context")),
        ("comparisons[0].entries", one_more("/comparisons/0/entries")),
        (
            "key_figures[0].observation.citations",
            one_more("/key_figures/0/observation/citations"),
        ),
        (
            "key_figures[0].observation.details",
            one_more("/key_figures/0/observation/details"),
        ),
        (
            "key_figures[0].observation.alternatives",
            one_more("/key_figures/0/observation/alternatives"),
        ),
        ("new_province.facts", one_more("/new_province/facts")),
        ("series.exports", one_more("/series/exports")),
        ("comparisons", one_more("/comparisons")),
    ];
    for (path, doc) in cases {
        let problems = load(&doc.to_string()).err().unwrap_or_default();
        let refused = problems
            .iter()
            .any(|p| p.path == path && matches!(p.kind, ProblemKind::OverLimit { .. }));
        assert!(refused, "{path}: one past the bound was not refused: {problems:?}");
    }
}
