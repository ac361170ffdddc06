//! Ranking tables as charts: where Bắc Ninh stands among the provinces, and by how much.
//!
//! A comparison is drawn as one horizontal bar per province, best first, exactly
//! as its source listed them. Bắc Ninh is marked by colour and by a sign in its
//! label (▶), the other provinces of its region likewise (◆), so neither rests on
//! colour alone. A list that is not the whole ranking says so in its subtitle
//! ("top 10 of 63"), and ranks that are only positions in a source's own list
//! are never called national ranks.

use crate::csv::comparison_table;
use crate::dataset::{Comparison, ComparisonEntry, Dataset, Ranking, Status};
use crate::format::{format_number, format_value, ordinal_en, sources_line, unit_label};
use crate::i18n::{sentence_start, Lang};

use super::axis::{rows_axis, value_axis};
use super::catalogue::Layout;
use super::marks::{LegendItem, Mark, Role, REGION_SIGN, SUBJECT_SIGN};
use super::spec::ChartSpec;

/// The spec of comparison `c` in `lang`.
pub fn comparison_spec(ds: &Dataset, c: &Comparison, lang: Lang) -> ChartSpec {
    ranking_spec(ds, Some(c), lang)
}

/// The spec of the dataset's table number `index`; a dataset without it gets a chart that
/// says there is no data, never a panic (an update may hold fewer tables than the last).
pub fn comparison_spec_at(ds: &Dataset, index: usize, lang: Lang) -> ChartSpec {
    ranking_spec(ds, ds.comparisons.get(index), lang)
}

/// The chart of a ranking table, or of none: without a table it has no rows, and its words
/// say there is no data.
fn ranking_spec(ds: &Dataset, c: Option<&Comparison>, lang: Lang) -> ChartSpec {
    let ui = lang.ui();
    let marks: Vec<Mark> = c
        .into_iter()
        .flat_map(|c| {
            let rows = c.entries.iter().enumerate();
            rows.map(move |(row, entry)| entry_mark(ds, c, entry, row, lang))
        })
        .collect();
    let values = c.into_iter().flat_map(|c| c.entries.iter().filter_map(|e| e.value));
    let citations = c.into_iter().flat_map(|c| {
        let rows = c.entries.iter().filter_map(|e| e.citation.as_ref());
        c.citations.iter().chain(rows)
    });
    let publishers = citations.filter_map(|citation| ds.source(&citation.source).map(|s| s.publisher.as_str()));
    ChartSpec {
        slug: c.map_or_else(|| "compare".to_owned(), |c| format!("compare-{}", c.id)),
        layout: Layout::RankedBars,
        title: c.map_or_else(|| ui.compare_heading.to_owned(), |c| comparison_title(c, lang)),
        subtitle: c.map_or_else(String::new, |c| {
            format!("{}; {}", unit_label(c.unit, lang), extent(c, lang))
        }),
        takeaway: c.map_or_else(|| ui.no_data.to_owned(), |c| standing(c, lang)),
        x: value_axis(values, true, lang),
        y: rows_axis(marks.len()),
        legend: c.map(|c| legend(ds, c, &marks, lang)).unwrap_or_default(),
        marks,
        gaps: Vec::new(),
        source_line: sources_line(publishers, lang),
        no_data_label: ui.no_data.to_owned(),
        table: comparison_table(ds, c, lang),
    }
}

/// "Kim ngạch xuất khẩu năm 2022" / "Exports of goods, 2022".
pub fn comparison_title(c: &Comparison, lang: Lang) -> String {
    let indicator = c.indicator.get(lang);
    let period = c
        .period_note
        .as_ref()
        .map_or_else(|| c.period.phrase(lang), |n| n.get(lang).to_owned());
    match lang {
        Lang::Vi => format!("{indicator} {period}"),
        Lang::En => format!("{indicator}, {period}"),
    }
}

/// How much of the ranking the list shows: "10 tỉnh, thành phố dẫn đầu trong 63" / "top 10 of 63".
fn extent(c: &Comparison, lang: Lang) -> String {
    let (listed, of) = (c.entries.len(), c.ranked_of);
    // The leading run of ranks 1, 2, 3…: the top of the ranking, listed without a gap.
    let top = c
        .entries
        .iter()
        .enumerate()
        .take_while(|(i, e)| e.rank as usize == i + 1)
        .count();
    match (c.ranking, lang) {
        (Ranking::WithinList, Lang::Vi) => {
            format!("thứ tự trong danh sách {listed} tỉnh, thành phố của nguồn, không phải thứ hạng trong {of}")
        }
        (Ranking::WithinList, Lang::En) => {
            format!("order within the source's list of {listed} provinces, not a rank among {of}")
        }
        (Ranking::National, Lang::Vi) if c.complete => format!("cả {of} tỉnh, thành phố"),
        (Ranking::National, Lang::En) if c.complete => format!("all {of} provinces"),
        (Ranking::National, Lang::Vi) if top == listed => format!("{top} tỉnh, thành phố dẫn đầu trong {of}"),
        (Ranking::National, Lang::En) if top == listed => format!("top {top} of {of}"),
        (Ranking::National, Lang::Vi) => {
            format!("{top} tỉnh, thành phố dẫn đầu trong {of} và các vị trí khác mà nguồn nêu")
        }
        (Ranking::National, Lang::En) => format!("top {top} of {of}, and other positions the sources name"),
    }
}

/// A position in words: "thứ 7 trong 63" / "7th of 63", or "vị trí 7 trong danh sách" / "7th in the list".
fn position(c: &Comparison, rank: u32, lang: Lang) -> String {
    match (c.ranking, lang) {
        (Ranking::National, Lang::Vi) => format!("thứ {rank}/{}", c.ranked_of),
        (Ranking::National, Lang::En) => format!("{} of {}", ordinal_en(f64::from(rank)), c.ranked_of),
        (Ranking::WithinList, Lang::Vi) => format!("vị trí {rank} trong danh sách của nguồn"),
        (Ranking::WithinList, Lang::En) => format!("{} in the source's list", ordinal_en(f64::from(rank))),
    }
}

fn value(c: &Comparison, entry: &ComparisonEntry, lang: Lang) -> Option<String> {
    entry.value.map(|v| format_value(v, c.unit, entry.qualifier, lang))
}

/// Where Bắc Ninh stands, as a sentence of its own (a chart's takeaway).
pub(crate) fn standing(c: &Comparison, lang: Lang) -> String {
    sentence_start(&standing_clause(c, lang))
}

/// Where Bắc Ninh stands, generated from the table: "Bắc Ninh đứng thứ 2 (45,06 tỷ USD),
/// sau TP. Hồ Chí Minh (47,55 tỷ USD)." / "Bắc Ninh ranks 2nd (USD 45.06 billion), behind
/// Ho Chi Minh City (USD 47.55 billion)." A restricted list starts "trong danh sách…", in
/// lower case, to follow a colon.
pub(crate) fn standing_clause(c: &Comparison, lang: Lang) -> String {
    let Some(index) = c.entries.iter().position(|e| e.subject) else {
        // A list the source published without Bắc Ninh says so, in the dataset's words.
        return c
            .absent
            .as_ref()
            .map_or_else(|| lang.ui().no_data.to_owned(), |absent| absent.get(lang).to_owned());
    };
    let subject = &c.entries[index];
    let name = subject.name.get(lang);
    let own = value(c, subject, lang).map(|v| format!(" ({v})")).unwrap_or_default();
    let within = match (c.ranking, lang) {
        (Ranking::WithinList, Lang::Vi) => {
            format!("trong danh sách {} tỉnh, thành phố của nguồn, ", c.entries.len())
        }
        (Ranking::WithinList, Lang::En) => format!("in the source's list of {} provinces, ", c.entries.len()),
        (Ranking::National, _) => String::new(),
    };
    let is_last = c.ranking == Ranking::National && subject.rank == c.ranked_of;
    let place = match lang {
        Lang::Vi if subject.rank == 1 => "đứng đầu".to_owned(),
        Lang::En if subject.rank == 1 => "ranks first".to_owned(),
        Lang::Vi if is_last => format!("đứng cuối, {}", position(c, subject.rank, lang)),
        Lang::En if is_last => format!("ranks last, {}", position(c, subject.rank, lang)),
        Lang::Vi => format!("đứng thứ {}", subject.rank),
        Lang::En => format!("ranks {}", ordinal_en(f64::from(subject.rank))),
    };
    // The province just above, or for the leader the one just below.
    let neighbour = match index {
        0 => c.entries.get(1).map(|e| (e, true)),
        i => Some((&c.entries[i - 1], false)),
    };
    let neighbour = neighbour.map(|(e, below)| {
        let v = value(c, e, lang).map(|v| format!(" ({v})")).unwrap_or_default();
        let other = e.name.get(lang);
        match (below, lang) {
            (true, Lang::Vi) => format!(", trước {other}{v}"),
            (true, Lang::En) => format!(", ahead of {other}{v}"),
            (false, Lang::Vi) => format!(", sau {other}{v}"),
            (false, Lang::En) => format!(", behind {other}{v}"),
        }
    });
    format!("{within}{name} {place}{own}{}.", neighbour.unwrap_or_default())
}

fn entry_mark(ds: &Dataset, c: &Comparison, entry: &ComparisonEntry, row: usize, lang: Lang) -> Mark {
    let ui = lang.ui();
    let (role, sign) = if entry.subject {
        (Role::Highlight, SUBJECT_SIGN)
    } else if entry.same_region {
        (Role::Region, REGION_SIGN)
    } else {
        (Role::Normal, "")
    };
    let citation = entry.citation.as_ref().or(c.citations.first());
    let source = citation.and_then(|ct| ds.source(&ct.source));
    let source_id = citation.map_or("", |ct| ct.source.as_str());
    let mut notes = vec![format!("{}: {}", ui.rank, position(c, entry.rank, lang))];
    notes.extend(entry.note.as_ref().map(|n| n.get(lang).to_owned()));
    if entry.subject {
        notes.extend(c.note.as_ref().map(|n| n.get(lang).to_owned()));
    }
    let value = value(c, entry, lang);
    Mark {
        x: entry.value.unwrap_or(0.0),
        y: row as f64,
        role,
        is_final: c.status == Status::Final,
        joined: false,
        no_value: entry.value.is_none(),
        short_label: entry
            .value
            .map_or_else(|| "—".to_owned(), |v| format_number(v, None, lang)),
        name: format!("{sign}{}. {}", entry.rank, entry.name.get(lang)),
        period: c.period.label(lang),
        value: value.unwrap_or_else(|| format!("{} ({})", position(c, entry.rank, lang), ui.no_value_given)),
        status: c.status.label(lang).to_owned(),
        source: source.map_or_else(|| source_id.to_owned(), |s| s.publisher.clone()),
        source_title: source.map_or_else(|| source_id.to_owned(), |s| s.title.clone()),
        source_url: source.and_then(|s| s.url.clone()),
        notes,
    }
}

fn legend(ds: &Dataset, c: &Comparison, marks: &[Mark], lang: Lang) -> Vec<LegendItem> {
    let ui = lang.ui();
    let subject = marks.iter().find(|m| m.role == Role::Highlight);
    let mut items = Vec::new();
    if let (Some(mark), Some(entry)) = (subject, c.entries.iter().find(|e| e.subject)) {
        items.push(LegendItem {
            role: Role::Highlight,
            is_final: mark.is_final,
            label: format!("{SUBJECT_SIGN}{}", entry.name.get(lang)),
        });
    }
    if let Some(region) = ds
        .region
        .as_ref()
        .filter(|_| marks.iter().any(|m| m.role == Role::Region))
    {
        items.push(LegendItem {
            role: Role::Region,
            is_final: subject.is_none_or(|s| s.is_final),
            label: format!("{REGION_SIGN}{}", region.get(lang)),
        });
    }
    items.push(LegendItem {
        role: Role::Normal,
        is_final: subject.is_none_or(|s| s.is_final),
        label: ui.other_provinces.to_owned(),
    });
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A national ranking of the embedded dataset, with Bắc Ninh in it.
    fn ranking() -> (Dataset, Comparison) {
        let ds = crate::embedded_dataset().unwrap_or_else(|p| panic!("{p:?}"));
        let c = ds
            .comparisons
            .iter()
            .find(|c| c.ranking == Ranking::National && c.entries.iter().any(|e| e.subject) && c.entries.len() > 2)
            .cloned()
            .unwrap_or_else(|| panic!("the test needs a national ranking with Bắc Ninh"));
        (ds, c)
    }

    #[test]
    fn the_standing_names_the_neighbour_above_or_for_the_leader_below() {
        let (_, mut c) = ranking();
        let subject = |c: &Comparison| c.entries.iter().position(|e| e.subject).unwrap_or_default();
        let at = subject(&c);
        let name = c.entries[at].name.en.clone();
        let said = standing_clause(&c, Lang::En);
        assert!(said.starts_with(&format!("{name} ")), "{said}");
        match at {
            0 => assert!(said.contains(&format!(", ahead of {}", c.entries[1].name.en)), "{said}"),
            i => assert!(
                said.contains(&format!(", behind {}", c.entries[i - 1].name.en)),
                "{said}"
            ),
        }
        // First, then last, of the whole country.
        c.entries[at].rank = 1;
        assert!(standing_clause(&c, Lang::En).contains(" ranks first"));
        assert!(standing_clause(&c, Lang::Vi).contains(" đứng đầu"));
        c.entries[at].rank = c.ranked_of;
        let last = standing_clause(&c, Lang::En);
        assert!(
            last.contains(&format!(
                " ranks last, {} of {}",
                ordinal_en(f64::from(c.ranked_of)),
                c.ranked_of
            )),
            "{last}"
        );
        assert!(standing(&c, Lang::Vi).ends_with('.'));
    }

    #[test]
    fn a_list_without_bac_ninh_says_so_in_the_datasets_words() {
        let (_, mut c) = ranking();
        for entry in &mut c.entries {
            entry.subject = false;
        }
        c.absent = None;
        assert_eq!(standing_clause(&c, Lang::En), Lang::En.ui().no_data);
        let words = crate::dataset::Text {
            vi: "Bắc Ninh không có trong danh sách.".to_owned(),
            en: "Bắc Ninh is not in the list.".to_owned(),
        };
        c.absent = Some(words.clone());
        assert_eq!(standing_clause(&c, Lang::Vi), words.vi);
    }

    #[test]
    fn a_row_per_entry_and_no_table_no_rows() {
        let (ds, c) = ranking();
        let spec = comparison_spec(&ds, &c, Lang::En);
        assert_eq!(spec.marks.len(), c.entries.len());
        for (mark, entry) in spec.marks.iter().zip(&c.entries) {
            assert!(
                mark.name.ends_with(&entry.name.en),
                "{} for {}",
                mark.name,
                entry.name.en
            );
        }
        let none = comparison_spec_at(&ds, ds.comparisons.len(), Lang::En);
        assert!(none.marks.is_empty());
    }
}
