//! The one-sentence takeaway of a chart, generated from its marks in each language.

use crate::format::{format_rank_long, format_value};
use crate::i18n::{mid_sentence, Lang};

use super::axis::Placed;
use super::marks::Mark;

/// The kind of one-sentence takeaway a chart gets.
#[derive(Clone, Copy)]
pub enum Takeaway {
    /// The largest and the smallest value.
    Extremes,
    /// The record value and the latest one.
    RecordAndLatest,
    /// From the first observation to the last.
    FirstToLast,
    /// The best (lowest) rank and the latest.
    BestRankAndLatest,
    /// How many rows are in the top ten, the best and the weakest.
    RankRows,
}

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
