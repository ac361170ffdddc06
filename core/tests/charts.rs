//! The six chart specs, and each chart drawn on plotters' SVG backend.

use dashboard_core::chart::theme::FONT_STACK;
use dashboard_core::chart::{chart_spec, ChartId, ChartSpec};
use dashboard_core::chart::{layout_width, Layout, Role, MIN_TARGET, SVG_LAYOUTS};
use dashboard_core::dataset::Dataset;
use dashboard_core::embedded_dataset;
use dashboard_core::format::format_number;
use dashboard_core::i18n::Lang;
use plotters::prelude::{FontDesc, FontFamily, FontStyle, IntoDrawingArea, SVGBackend};

#[path = "support/svg.rs"]
mod svg;
use svg::{render, render_scaled, render_share_card};

/// The chart card `slug`.
fn chart(slug: &str) -> ChartId {
    ChartId::from_slug(slug).unwrap_or_else(|| panic!("no chart {slug}"))
}

fn dataset() -> Dataset {
    embedded_dataset().unwrap_or_else(|p| panic!("embedded dataset invalid: {p:?}"))
}

fn spec(id: ChartId, lang: Lang) -> ChartSpec {
    chart_spec(&dataset(), id, 0, lang)
}

/// The text of every `<text>` element of an SVG, trimmed.
fn drawn_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
                .map(|(text, _)| text.trim().to_owned())
        })
        .collect()
}

fn values(spec: &ChartSpec) -> Vec<String> {
    spec.marks.iter().map(|m| m.short_label.clone()).collect()
}

#[test]
fn growth_chart_has_every_year_and_the_first_half_of_2023() {
    let vi = spec(chart("growth"), Lang::Vi);
    assert_eq!(vi.layout, Layout::Bars);
    // The base year of the prices is the dataset's word, in its indicator's note.
    assert_eq!(
        vi.subtitle,
        "% so với cùng kỳ năm trước; theo giá so sánh năm 2010, so với năm trước hoặc cùng kỳ năm trước"
    );
    assert_eq!(
        values(&vi),
        ["10,6", "1,1", "1,36", "6,9", "7,39", "−12,59", "−9,28", "6,03"]
    );
    let labels: Vec<&str> = vi.x.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(
        labels,
        ["2018", "2019", "2020", "2021", "2022", "6T/2023", "2023", "2024"]
    );
    assert!(vi.gaps.is_empty());
    // Negative years get the negative colour, and only they do.
    for mark in &vi.marks {
        assert_eq!(mark.role == Role::Negative, mark.y < 0.0, "{}", mark.period);
    }
    // The first half and the full year of 2023 both say how final they are.
    let h1 = &vi.marks[5];
    assert_eq!(h1.period, "6 tháng đầu năm 2023");
    assert_eq!(h1.status, "ước tính");
    assert!(!h1.is_final);
    assert_eq!(vi.marks[6].status, "sơ bộ");
    let en = spec(chart("growth"), Lang::En);
    assert_eq!(en.marks[5].short_label, "−12.59");
    assert_eq!(en.x.ticks[5].label, "H1 2023");
}

#[test]
fn domains_include_every_value_and_zero_for_bars() {
    let ds = dataset();
    for id in ChartId::ALL {
        for measure in [0, 1] {
            let s = chart_spec(&ds, id, measure, Lang::Vi);
            assert!(!s.marks.is_empty(), "{id:?} has no marks");
            for m in &s.marks {
                assert!(
                    s.x.min <= m.x && m.x <= s.x.max,
                    "{id:?} x {} outside {}..{}",
                    m.x,
                    s.x.min,
                    s.x.max
                );
                assert!(
                    s.y.min <= m.y && m.y <= s.y.max,
                    "{id:?} y {} outside {}..{}",
                    m.y,
                    s.y.min,
                    s.y.max
                );
            }
            if s.layout == Layout::Bars {
                assert!(s.y.min <= 0.0 && s.y.max >= 0.0, "{id:?} bars must start at zero");
            }
        }
    }
}

#[test]
fn years_without_data_are_gaps_not_points() {
    let exports = spec(chart("exports"), Lang::Vi);
    let gaps: Vec<&str> = exports.gaps.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(gaps, ["2011", "2012", "2014", "2017"]);
    for gap in &exports.gaps {
        assert!(
            exports.marks.iter().all(|m| m.x != gap.at),
            "a mark sits in the gap {}",
            gap.label
        );
    }
    let highlighted: Vec<&str> = exports
        .marks
        .iter()
        .filter(|m| m.role == Role::Highlight)
        .map(|m| m.period.as_str())
        .collect();
    assert_eq!(highlighted, ["2022"]);
    let pci = chart_spec(&dataset(), chart("pci"), 1, Lang::Vi);
    // 2021 is not joined to 2019 across the missing 2020.
    assert_eq!(pci.gaps.iter().map(|g| g.label.as_str()).collect::<Vec<_>>(), ["2020"]);
    assert!(!pci.marks[1].joined, "2021 must not be joined to 2019");
    assert!(pci.marks[2].joined);
}

#[test]
fn rank_chart_has_the_six_ranks_of_2022_best_first() {
    let ranks = spec(chart("ranks"), Lang::Vi);
    assert_eq!(values(&ranks), ["2/63", "3/63", "3/63", "7/63", "7/63", "14/63"]);
    assert!(ranks.marks.iter().all(|m| m.x >= 1.0 && m.x <= 63.0));
    assert_eq!(ranks.x.ticks.first().map(|t| t.label.as_str()), Some("1"));
    assert_eq!(ranks.x.ticks.last().map(|t| t.label.as_str()), Some("63"));
}

#[test]
fn pci_switches_between_rank_and_score() {
    let ds = dataset();
    let rank = chart_spec(&ds, chart("pci"), 0, Lang::Vi);
    let score = chart_spec(&ds, chart("pci"), 1, Lang::Vi);
    assert!(rank.y.inverted && !score.y.inverted);
    assert_eq!(rank.marks.last().map(|m| m.short_label.as_str()), Some("7"));
    assert_eq!(score.marks.last().map(|m| m.short_label.as_str()), Some("69,08"));
}

#[test]
fn fdi_tooltips_carry_project_counts() {
    let fdi = spec(chart("fdi"), Lang::Vi);
    let report = fdi
        .marks
        .iter()
        .find(|m| m.period == "13/6/2023")
        .expect("the report's FDI point");
    assert!(report.notes.iter().any(|n| n == "1.908 dự án"), "{:?}", report.notes);
}

#[test]
fn takeaways_are_sentences_from_the_data_in_both_languages() {
    let vi = spec(chart("growth"), Lang::Vi);
    assert!(
        vi.takeaway.contains("+10,6%") && vi.takeaway.contains("−12,59%"),
        "{}",
        vi.takeaway
    );
    let en = spec(chart("exports"), Lang::En);
    assert!(en.takeaway.contains("USD 45.1 billion"), "{}", en.takeaway);
    assert!(vi.description(Lang::Vi).contains("2018: +10,6%"));
}

#[test]
fn every_chart_renders_to_svg_with_its_labels_and_marks() {
    let ds = dataset();
    for lang in [Lang::Vi, Lang::En] {
        for id in ChartId::ALL {
            let s = chart_spec(&ds, id, 0, lang);
            let (svg, layout) = render(&s, 640, 320);
            assert_eq!(layout.boxes.len(), s.marks.len(), "{id:?}");
            let texts = drawn_texts(&svg);
            for tick in s.y.ticks.iter().chain(&s.x.ticks) {
                assert!(
                    texts.contains(&tick.label),
                    "{id:?}: tick {} not drawn in {texts:?}",
                    tick.label
                );
            }
            let shapes = match s.layout {
                Layout::Bars => svg.matches("<rect").count() - 1, // less the background
                _ => svg.matches("<circle").count(),
            };
            let expected = s.marks.iter().map(|m| if m.is_final { 1 } else { 2 }).sum::<usize>();
            assert_eq!(
                shapes, expected,
                "{id:?} draws one shape per final mark, two per estimate"
            );
            std::fs::create_dir_all("../target/charts").ok();
            std::fs::write(format!("../target/charts/{}-{}.svg", id.slug(), lang.code()), &svg).ok();
        }
    }
}

/// The x axis's labels an SVG shows, each as its left and right edge in pixels: where the
/// SVG anchors it (its middle) and its width as plotters measures it for the drawing, at
/// the size the drawing asks for (the SVG writes `size / 1.24`).
fn x_label_extents(svg: &str, labels: &[String]) -> Vec<(String, f64, f64)> {
    let mut scratch = String::new();
    let measure = SVGBackend::with_string(&mut scratch, (1, 1)).into_drawing_area();
    let attribute = |element: &str, name: &str| -> Option<f64> {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        element[start..].split('"').next()?.parse().ok()
    };
    let mut extents = Vec::new();
    for element in svg.split("<text").skip(1) {
        let Some((open, rest)) = element.split_once('>') else {
            continue;
        };
        let text = rest.split("</text>").next().unwrap_or_default().trim();
        // Under the plot: hung from their top (`dy`), centred on their tick.
        if !open.contains("dy=\"0.76em\" text-anchor=\"middle\"") || !labels.iter().any(|l| l == text) {
            continue;
        }
        let (Some(x), Some(size)) = (attribute(open, "x"), attribute(open, "font-size")) else {
            continue;
        };
        let font = FontDesc::new(FontFamily::Name(FONT_STACK), size * 1.24, FontStyle::Normal);
        let (width, _) = measure
            .estimate_text_size(text, &font.into())
            .unwrap_or_else(|e| panic!("{e:?}"));
        let half = f64::from(width) / 2.0;
        extents.push((text.to_owned(), x - half, x + half));
    }
    extents
}

#[test]
fn x_labels_do_not_overlap_at_320_px() {
    for lang in Lang::ALL {
        for id in ChartId::ALL {
            let chart = spec(id, lang);
            let labels: Vec<String> = chart.x.ticks.iter().map(|t| t.label.clone()).collect();
            let (svg, _) = render(&chart, 320, 240);
            let mut shown = x_label_extents(&svg, &labels);
            shown.sort_by(|a, b| a.1.total_cmp(&b.1));
            assert!(shown.len() >= 2.min(labels.len()), "{id:?}: {shown:?}");
            for pair in shown.windows(2) {
                let ((left, _, right_edge), (next, next_left, _)) = (&pair[0], &pair[1]);
                assert!(
                    next_left - right_edge >= 0.0,
                    "{id:?} {lang:?}: {left} ends at {right_edge}, {next} starts at {next_left}"
                );
            }
        }
    }
    // The exports' fourteen years cannot all fit: thinned, but the first and the last shown.
    let exports = spec(chart("exports"), Lang::Vi);
    let labels: Vec<String> = exports.x.ticks.iter().map(|t| t.label.clone()).collect();
    let shown: Vec<String> = x_label_extents(&render(&exports, 320, 240).0, &labels)
        .into_iter()
        .map(|(text, ..)| text)
        .collect();
    assert!(shown.len() < labels.len(), "all 14 year labels cannot fit in 320 px");
    assert!(
        shown.contains(&"2010".to_owned()) && shown.contains(&"2023".to_owned()),
        "{shown:?}"
    );
}

#[test]
fn the_pointer_picks_the_nearest_mark_where_marks_stand_apart() {
    let growth = spec(chart("growth"), Lang::Vi);
    let (_, layout) = render(&growth, 640, 320);
    let centres: Vec<f64> = layout.boxes.iter().map(|b| b.center().0).collect();
    for (i, b) in layout.boxes.iter().enumerate() {
        let (cx, cy) = b.center();
        assert_eq!(layout.target_at(cx, cy, MIN_TARGET), Some(i));
    }
    // Every point of the plot picks the mark nearest to it.
    let (left, _, right, _) = layout.plot;
    let mut x = left;
    while x < right {
        let nearest = (0..centres.len())
            .min_by(|&a, &b| (centres[a] - x).abs().total_cmp(&(centres[b] - x).abs()))
            .unwrap_or_default();
        let picked = layout.target_at(x, 100.0, MIN_TARGET).unwrap_or(usize::MAX);
        assert!(
            picked == nearest || (centres[picked] - x).abs() == (centres[nearest] - x).abs(),
            "at {x}: {picked} picked, {nearest} nearest"
        );
        x += 0.5;
    }
}

/// The FDI stocks of 2023 lie a few pixels apart on a phone; each still gets a stretch of
/// at least 24 CSS px that picks it, and the stretches follow the marks' order.
#[test]
fn every_mark_has_a_target_of_24_px_even_where_marks_crowd() {
    let fdi = spec(chart("fdi"), Lang::Vi);
    let (_, layout) = render(&fdi, 300, 300);
    let centres: Vec<f64> = layout.boxes.iter().map(|b| b.center().0).collect();
    let closest = centres.windows(2).map(|w| w[1] - w[0]).fold(f64::INFINITY, f64::min);
    assert!(closest < 10.0, "the test needs crowded marks: {centres:?}");
    let targets = layout.targets(MIN_TARGET);
    assert_eq!(targets.len(), fdi.marks.len());
    for (i, &(start, end)) in targets.iter().enumerate() {
        assert!(end - start >= MIN_TARGET - 1e-9, "mark {i}: {start}..{end}");
        // Anywhere in the stretch picks this mark.
        for x in [start + 0.5, (start + end) / 2.0, end - 0.5] {
            assert_eq!(
                layout.target_at(x, 150.0, MIN_TARGET),
                Some(i),
                "x {x} in {start}..{end}"
            );
        }
        if i > 0 {
            assert_eq!(targets[i - 1].1, start, "stretches meet");
        }
    }
    assert_eq!(targets[0].0, layout.plot.0);
    assert_eq!(targets[targets.len() - 1].1, layout.plot.2);
}

/// The phone's frame is narrower than the SVG the prerendered page drew; the canvas is laid
/// out at the SVG's width and scaled down like it, so it draws every label the SVG drew.
#[test]
fn a_phone_frame_draws_every_label_the_prerendered_svg_drew() {
    let frame = 300.0;
    let layout = layout_width(frame, 360.0);
    assert_eq!(layout, SVG_LAYOUTS[0].1);
    assert_eq!(layout_width(700.0, 768.0), 700.0);
    assert_eq!(layout_width(560.0, 1280.0), SVG_LAYOUTS[1].1);
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let s = spec(id, lang);
            let (svg, _) = render(&s, SVG_LAYOUTS[0].1 as u32, 300);
            let (canvas, _) = render_scaled(&s, frame as u32, 300, frame / layout);
            let (static_texts, live_texts) = (drawn_texts(&svg), drawn_texts(&canvas));
            for text in &static_texts {
                assert!(
                    live_texts.contains(text),
                    "{}: {text} missing from {live_texts:?}",
                    s.slug
                );
            }
        }
    }
}

#[test]
fn years_without_data_draw_nothing() {
    let exports = spec(chart("exports"), Lang::Vi);
    let (svg, _) = render(&exports, 640, 320);
    // No stub on the baseline: every line drawn is a grid line of the value axis.
    assert!(!exports.gaps.is_empty());
    assert_eq!(svg.matches("<polyline").count(), exports.y.ticks.len(), "{svg}");
}

#[test]
fn the_fdi_axis_ends_at_its_last_point() {
    let fdi = spec(chart("fdi"), Lang::Vi);
    let last = fdi.marks.iter().map(|m| m.x).fold(f64::NEG_INFINITY, f64::max);
    assert!(
        fdi.x.max >= last && fdi.x.max < last + 0.5,
        "{} after {last}",
        fdi.x.max
    );
    let years: Vec<&str> = fdi.x.ticks.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(years.last(), Some(&"2025"), "{years:?}");
}

#[test]
fn ranking_descriptions_name_each_province_and_marks_are_spoken_once() {
    let ds = dataset();
    for comparison in &ds.comparisons {
        for lang in Lang::ALL {
            let spec = dashboard_core::chart::comparison_spec(&ds, comparison, lang);
            let description = spec.description(lang);
            for entry in &comparison.entries {
                let row = format!("{}. {}: ", entry.rank, entry.name.get(lang));
                assert!(description.contains(&row), "{row} missing from {description}");
            }
            assert!(
                !description.contains('▶') && !description.contains('◆'),
                "{description}"
            );
            for mark in &spec.marks {
                let spoken = mark.spoken();
                assert!(!spoken.contains(".."), "{spoken}");
                assert!(spoken.starts_with(&mark.name) && spoken.ends_with('.'), "{spoken}");
            }
        }
    }
    for id in ChartId::ALL {
        for mark in &spec(id, Lang::Vi).marks {
            assert!(!mark.spoken().contains(".."), "{}", mark.spoken());
        }
    }
}

/// The cells of one CSV line: quoted cells unquoted, doubled quotes made single.
fn csv_cells(line: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[test]
fn each_csv_row_is_the_mark_drawn_for_it() {
    let ds = dataset();
    for id in ChartId::ALL {
        for pci in [0, 1] {
            for lang in [Lang::Vi, Lang::En] {
                let spec = chart_spec(&ds, id, pci, lang);
                let csv = spec.csv();
                let rows: Vec<Vec<String>> = csv
                    .split("\r\n")
                    .skip(1)
                    .filter(|l| !l.is_empty())
                    .map(csv_cells)
                    .collect();
                assert_eq!(rows.len(), spec.marks.len(), "{}", spec.slug);
                for (row, mark) in rows.iter().zip(&spec.marks) {
                    assert_eq!(row[0], mark.name, "{}", spec.slug);
                    let value: f64 = row[2].parse().unwrap_or_else(|_| panic!("{}: {row:?}", spec.slug));
                    let said = format_number(value, None, lang);
                    let shown = std::iter::once(&mark.value).chain(&mark.notes);
                    assert!(
                        shown.clone().any(|text| text.contains(&said)),
                        "{}: the row says {said}, the mark {:?}",
                        spec.slug,
                        shown.collect::<Vec<_>>()
                    );
                }
            }
        }
    }
}

#[test]
fn every_comparison_draws_a_row_per_province_with_bac_ninh_marked() {
    let ds = dataset();
    for comparison in &ds.comparisons {
        for lang in [Lang::Vi, Lang::En] {
            let spec = dashboard_core::chart::comparison_spec(&ds, comparison, lang);
            assert_eq!(spec.layout, Layout::RankedBars);
            let (svg, layout) = render(&spec, 720, 40 + 40 * spec.marks.len() as u32);
            assert_eq!(layout.boxes.len(), comparison.entries.len(), "{}", spec.slug);
            let texts = drawn_texts(&svg);
            let subject = spec.marks.iter().filter(|m| m.role == Role::Highlight).count();
            let marked = texts.iter().any(|t| t.starts_with("▶ ") && t.contains("Bắc Ninh"));
            if let Some(absent) = &comparison.absent {
                // A list without Bắc Ninh marks nobody, and says so in the dataset's words.
                assert_eq!((subject, marked), (0, false), "{}", spec.slug);
                assert_eq!(spec.takeaway, absent.get(lang), "{}", spec.slug);
                continue;
            }
            assert_eq!(subject, 1, "{}", spec.slug);
            // Marked by a sign in its label, not by colour alone.
            assert!(marked, "{}: {texts:?}", spec.slug);
            // The subject's bar in the highlight colour (#00875f): solid when final, outlined when not.
            assert!(svg.contains("\"#00875F\""), "{}", spec.slug);
        }
    }
}

/// The link-preview card: the dataset's first four figures, each with its label, value and
/// period, its publication date and sources, in each language.
#[test]
fn share_card_states_the_first_figures_with_their_sources() {
    use dashboard_core::share_card::share_card_figures;
    let ds = dataset();
    for lang in [Lang::Vi, Lang::En] {
        let svg = render_share_card(&ds, lang);
        let texts = drawn_texts(&svg);
        let figures = share_card_figures(&ds, lang);
        assert_eq!(figures.len(), 4);
        for figure in &figures {
            for needle in [&figure.label, &figure.value, &figure.period] {
                assert!(
                    texts.iter().any(|t| t.contains(needle.as_str())),
                    "{needle} missing from {texts:?}"
                );
            }
        }
        let foot = texts.last().cloned().unwrap_or_default();
        assert!(foot.contains(match lang {
            Lang::Vi => "13/6/2023",
            Lang::En => "13 June 2023",
        }));
        assert!(foot.contains(&figures[0].source.publisher));
    }
}

#[test]
fn the_legend_names_the_statuses_drawn_outlined() {
    let growth = spec(chart("growth"), Lang::Vi);
    let outlined: Vec<&str> = growth
        .legend
        .iter()
        .filter(|i| !i.is_final)
        .map(|i| i.label.as_str())
        .collect();
    let drawn: std::collections::BTreeSet<&str> = growth
        .marks
        .iter()
        .filter(|m| !m.is_final)
        .map(|m| m.status.as_str())
        .collect();
    assert_eq!(outlined.len(), 1);
    for status in &drawn {
        assert!(
            outlined[0].contains(status),
            "{status} is drawn outlined but not in the legend {outlined:?}"
        );
    }
    assert_eq!(
        outlined[0].split(", ").count(),
        drawn.len(),
        "no status the chart does not draw"
    );
}
