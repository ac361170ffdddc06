//! Captions of the page that say how recent its figures are, what kind they are and
//! which province they describe.
//!
//! A reader opening the page today must see at once which period its newest figures
//! cover and when the data was last revised, and must never take a plan for a result.
//! Each caption is derived from the dataset (its periods, its revision date, its
//! names), so an update published beside the app moves them without a rebuild.

use crate::dataset::{Comparison, Dataset, KeyFigure, NewProvince, Scope, Status};
use crate::format::join_and;
use crate::i18n::{sentence_start, Lang};
use crate::period::Period;

/// The newest period any result covers, former province or new; stocks at a date
/// (cumulative FDI "as at") and targets aside, as in the cards' headings.
pub fn latest_period(ds: &Dataset) -> Option<Period> {
    let new = ds.new_province.as_ref().map_or(&[][..], |n| n.key_figures.as_slice());
    ds.key_figures
        .iter()
        .chain(new)
        .filter(|k| k.observation.status != Status::Target)
        .map(|k| k.observation.period)
        .filter(|p| !matches!(p, Period::Date(_)))
        .max_by_key(Period::end)
}

/// "Số liệu mới nhất: năm 2025 · cập nhật ngày 1/12/2026" /
/// "Latest figures: 2025 · updated 1 December 2026".
pub fn freshness_line(ds: &Dataset, lang: Lang) -> String {
    let ui = lang.ui();
    let revised = format!("{}{}", ui.revised_prefix, ds.revised.label(lang));
    match latest_period(ds) {
        Some(period) => format!("{}{} · {revised}", ui.latest_prefix, period.phrase(lang)),
        None => sentence_start(&revised),
    }
}

/// Who publishes the page, and when its data was last revised, for the footer: "Đơn vị
/// xuất bản: … · Số liệu cập nhật ngày 1/12/2026" / "Published by … · Data updated
/// 1 December 2026". Both come from the file; a file naming no publisher (or a blank one)
/// gets the revision date alone, never a publisher guessed by the code.
pub fn publisher_line(ds: &Dataset, lang: Lang) -> String {
    let ui = lang.ui();
    let revised = format!("{}{}", ui.data_revised_prefix, ds.revised.label(lang));
    match ds
        .publisher
        .as_ref()
        .map(|p| p.get(lang).trim())
        .filter(|p| !p.is_empty())
    {
        Some(publisher) => format!("{}{publisher} · {revised}", ui.published_by),
        None => revised,
    }
}

/// The heading of the former province's cards, from the periods they cover:
/// "Kết quả nổi bật năm 2022 và 6 tháng đầu năm 2023".
pub fn key_figures_heading(ds: &Dataset, lang: Lang) -> String {
    let periods = distinct_phrases(ds.key_figures.iter(), lang);
    format!("{} {}", lang.ui().key_figures_heading, join_and(&periods, lang))
}

/// "Mới nhất: Bắc Ninh (mới), năm 2025" / "Latest: Bắc Ninh (new), 2025", from the
/// periods of the highlighted results.
pub fn latest_heading(new: &NewProvince, lang: Lang) -> String {
    let periods = distinct_phrases(new.highlighted(), lang);
    let name = new.name.get(lang);
    if periods.is_empty() {
        format!("{}: {name}", lang.ui().latest_heading)
    } else {
        format!("{}: {name}, {}", lang.ui().latest_heading, join_and(&periods, lang))
    }
}

/// "Mục tiêu năm 2026" / "Targets for 2026", from the targets' own periods.
pub fn targets_heading(new: &NewProvince, lang: Lang) -> String {
    let periods = distinct_phrases(new.targets.iter(), lang);
    format!("{} {}", lang.ui().targets_heading, join_and(&periods, lang))
}

/// The periods `figures` cover, each once, in order, as a heading says them; a stock at a
/// date (cumulative FDI "as at") is not a period results cover, as in `latest_period`.
fn distinct_phrases<'a>(figures: impl Iterator<Item = &'a KeyFigure>, lang: Lang) -> Vec<String> {
    let mut periods: Vec<Period> = Vec::new();
    for key in figures {
        let period = key.observation.period;
        if !matches!(period, Period::Date(_)) && !periods.contains(&period) {
            periods.push(period);
        }
    }
    periods.iter().map(|p| p.phrase(lang)).collect()
}

/// When the figures were published: "Số liệu công bố ngày 13/6/2023 và các báo cáo sau đó".
pub fn vintage_line(ds: &Dataset, lang: Lang) -> String {
    let ui = lang.ui();
    format!("{}{}{}", ui.vintage_prefix, ds.published.label(lang), ui.vintage_suffix)
}

/// Which unit the page's figures describe: "Số liệu của tỉnh Bắc Ninh cũ (…), xếp hạng trong 63 tỉnh, thành phố."
pub fn scope_line(ds: &Dataset, lang: Lang) -> String {
    unit_line(ds.scope.get(lang), ds.provinces_total, lang)
}

/// Which unit a comparison describes: the former province among 63, or the new one among 34.
pub fn comparison_scope_line(ds: &Dataset, c: &Comparison, lang: Lang) -> String {
    match (c.scope, &ds.new_province) {
        (Scope::Merged, Some(new)) => unit_line(new.name.get(lang), c.ranked_of, lang),
        _ => unit_line(ds.scope.get(lang), c.ranked_of, lang),
    }
}

/// Which unit the new province's figures describe.
pub fn new_province_scope_line(new: &NewProvince, lang: Lang) -> String {
    unit_line(new.name.get(lang), new.provinces_total, lang)
}

fn unit_line(scope: &str, total: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Số liệu của {scope}, xếp hạng trong {total} tỉnh, thành phố."),
        Lang::En => format!("Figures for {scope}, ranked among {total} provinces."),
    }
}
