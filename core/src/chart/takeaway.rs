//! The one-sentence takeaway of a chart, generated from its marks in each language.

use crate::format::{format_rank_long, format_value};
use crate::i18n::{mid_sentence, Lang};

use super::axis::Placed;
use super::catalogue::Takeaway;
use super::marks::Mark;

pub(crate) fn takeaway(kind: Takeaway, placed: &[Placed], marks: &[Mark], lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let by_value = |a: &&Placed, b: &&Placed| a.obs.value.total_cmp(&b.obs.value);
    let (Some(first), Some(last)) = (placed.first(), placed.last()) else {
        return lang.ui().no_data.to_owned();
    };
    let max = placed.iter().max_by(by_value).unwrap_or(first);
    let min = placed.iter().min_by(by_value).unwrap_or(first);
    let value = |p: &Placed| format_value(p.obs.value, p.obs.unit, p.obs.qualifier, lang);
    match kind {
        Takeaway::Extremes => {
            if vi {
                format!(
                    "Tăng nhanh nhất {} ({}); thấp nhất {} ({}).",
                    mid_sentence(&max.name),
                    value(max),
                    mid_sentence(&min.name),
                    value(min)
                )
            } else {
                format!(
                    "Fastest growth in {} ({}); lowest in {} ({}).",
                    max.name,
                    value(max),
                    min.name,
                    value(min)
                )
            }
        }
        Takeaway::RecordAndLatest if std::ptr::eq(max, last) => {
            if vi {
                format!("Cao nhất là {} năm {}, cũng là số liệu mới nhất.", value(max), max.name)
            } else {
                format!("The highest value is {} in {}, also the latest.", value(max), max.name)
            }
        }
        Takeaway::RecordAndLatest => {
            let rank = max
                .obs
                .rank
                .as_ref()
                .map(|r| format!(" ({})", format_rank_long(r, lang)));
            if vi {
                format!(
                    "Cao nhất là {} năm {}{}; số liệu mới nhất: {} năm {}.",
                    value(max),
                    max.name,
                    rank.unwrap_or_default(),
                    value(last),
                    last.name
                )
            } else {
                format!(
                    "The highest was {} in {}{}; latest: {} in {}.",
                    value(max),
                    max.name,
                    rank.unwrap_or_default(),
                    value(last),
                    last.name
                )
            }
        }
        Takeaway::FirstToLast => {
            if vi {
                format!(
                    "Tăng từ {} ({}) lên {} ({}).",
                    value(first),
                    first.name,
                    value(last),
                    last.name
                )
            } else {
                format!(
                    "Up from {} ({}) to {} ({}).",
                    value(first),
                    first.name,
                    value(last),
                    last.name
                )
            }
        }
        Takeaway::BestRankAndLatest => {
            let best = min;
            if vi {
                format!(
                    "Thứ hạng cao nhất là {} năm {}; năm {} đứng {}.",
                    value(best),
                    best.name,
                    last.name,
                    value(last)
                )
            } else {
                format!(
                    "The best rank was {} in {}; in {} it was {}.",
                    value(best),
                    best.name,
                    last.name,
                    value(last)
                )
            }
        }
        Takeaway::RankRows => {
            // Rows are sorted best first: name the best and the weakest.
            let top10 = placed.iter().filter(|p| p.x <= 10.0).count();
            let label = |i: usize| marks.get(i).map(|m| m.short_label.clone()).unwrap_or_default();
            if vi {
                format!(
                    "{top10}/{} chỉ tiêu thuộc nhóm 10 tỉnh, thành phố dẫn đầu; cao nhất là {} ({}), thấp nhất là {} ({}).",
                    placed.len(),
                    mid_sentence(&first.name),
                    label(0),
                    mid_sentence(&last.name),
                    label(marks.len() - 1)
                )
            } else {
                format!(
                    "{top10} of {} indicators are in the top 10; best: {} ({}), weakest: {} ({}).",
                    placed.len(),
                    first.name,
                    label(0),
                    last.name,
                    label(marks.len() - 1)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::axis::category_axis;
    use crate::dataset::Observation;

    /// A series of final figures in `unit`, one per `(year, value)`.
    fn series(unit: &str, points: &[(i32, f64)]) -> Vec<Observation> {
        points
            .iter()
            .map(|(year, value)| {
                let json = format!(
                    r#"{{"period":"{year}","value":{value},"unit":"{unit}","status":"final","citations":[{{"source":"s"}}]}}"#
                );
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"))
            })
            .collect()
    }

    fn say(kind: Takeaway, observations: &[Observation], lang: Lang) -> String {
        let (placed, _, _) = category_axis(observations, lang);
        takeaway(kind, &placed, &[], lang)
    }

    #[test]
    fn extremes_name_the_highest_and_the_lowest() {
        let growth = series("percent_change", &[(2020, 3.5), (2021, 7.0), (2022, -1.25)]);
        assert_eq!(
            say(Takeaway::Extremes, &growth, Lang::En),
            "Fastest growth in 2021 (+7%); lowest in 2022 (−1.25%)."
        );
        assert_eq!(
            say(Takeaway::Extremes, &growth, Lang::Vi),
            "Tăng nhanh nhất 2021 (+7%); thấp nhất 2022 (−1,25%)."
        );
    }

    #[test]
    fn a_record_that_is_also_the_latest_is_said_once() {
        let rising = series("usd_billion", &[(2021, 10.0), (2022, 12.5)]);
        assert_eq!(
            say(Takeaway::RecordAndLatest, &rising, Lang::En),
            format!(
                "The highest value is {} in 2022, also the latest.",
                format_value(12.5, crate::dataset::Unit::UsdBillion, None, Lang::En)
            )
        );
        let fallen = series("usd_billion", &[(2021, 12.5), (2022, 10.0)]);
        let said = say(Takeaway::RecordAndLatest, &fallen, Lang::Vi);
        assert!(
            said.starts_with("Cao nhất là ") && said.contains(" năm 2021; số liệu mới nhất: "),
            "{said}"
        );
        assert!(said.ends_with(" năm 2022."), "{said}");
    }

    #[test]
    fn first_to_last_and_the_best_rank() {
        let exports = series("usd_billion", &[(2010, 1.0), (2015, 2.0), (2020, 3.0)]);
        let said = say(Takeaway::FirstToLast, &exports, Lang::En);
        assert!(
            said.starts_with("Up from ") && said.contains(" (2010) to ") && said.ends_with(" (2020)."),
            "{said}"
        );
        let ranks = series("rank", &[(2018, 6.0), (2019, 2.0), (2020, 4.0)]);
        assert_eq!(
            say(Takeaway::BestRankAndLatest, &ranks, Lang::En),
            "The best rank was 2nd in 2019; in 2020 it was 4th."
        );
    }

    #[test]
    fn no_figures_say_so() {
        for lang in Lang::ALL {
            for kind in [
                Takeaway::Extremes,
                Takeaway::RecordAndLatest,
                Takeaway::FirstToLast,
                Takeaway::RankRows,
            ] {
                assert_eq!(say(kind, &[], lang), lang.ui().no_data);
            }
        }
    }
}
