//! The written summary: a few sentences built from the dataset's own figures.
//!
//! Nothing here is a fact of its own. The dataset lists the sentences and the
//! key figures each one states (`summary`); the validator makes sure every
//! figure a sentence names exists and carries what the sentence says, so an
//! updated dataset cannot lose a sentence without its editor being told.

use crate::chart::compare::{comparison_title, standing_clause};
use crate::dataset::{Dataset, KeyFigure, NewProvince, Observation, SentenceKind, SummarySentence, Unit};
use crate::format::{format_percent_change, format_rank_long, format_value};
use crate::i18n::{mid_sentence, sentence_start, Lang};
use crate::period::Period;

/// The summary of the dataset in `lang`: one string per sentence the dataset lists.
pub fn summary(ds: &Dataset, lang: Lang) -> Vec<String> {
    ds.summary.iter().filter_map(|s| sentence(ds, s, lang)).collect()
}

/// One sentence; `None` only for a dataset that did not pass validation.
fn sentence(ds: &Dataset, sentence: &SummarySentence, lang: Lang) -> Option<String> {
    let new_province = ds.new_province.as_ref();
    // Only a figure the sentence may state is stated (`named` decides it; the validator
    // refuses a file that names any other).
    let [figure, with_key] = sentence.named(ds).map(|named| named.and_then(Result::ok));
    let [figure, with] = [figure, with_key].map(|key| key.map(|k| &k.observation));
    match sentence.sentence {
        SentenceKind::Growth => growth_sentence(figure, with, lang),
        SentenceKind::Trade => trade_sentence(figure, with, lang),
        SentenceKind::Indices => index_sentence(figure, with, lang),
        SentenceKind::Fdi => fdi_sentence(figure, lang),
        SentenceKind::Reversal => {
            let series = sentence.series.as_deref().map_or(&[][..], |id| ds.series(id));
            reversal_sentence(figure, series, lang)
        }
        SentenceKind::Comparison => {
            let comparison = ds.comparisons.iter().find(|c| c.id == sentence.figure)?;
            Some(format!(
                "{}: {}",
                comparison_title(comparison, lang),
                standing_clause(comparison, lang)
            ))
        }
        SentenceKind::NewProvince => Some(new_province_sentence(new_province?, figure?, with_key, lang)),
    }
}

/// "Sau khi tỉnh Bắc Ninh và tỉnh Bắc Giang hợp nhất thành Bắc Ninh (mới), tỉnh được xếp hạng
/// trong 34 tỉnh, thành phố; năm 2025, GRDP của tỉnh mới tăng 10,27% (thứ 5 trong 34 …), kim ngạch
/// xuất khẩu đạt 93,27 tỷ USD (thứ 1 trong 34 …)." The second figure, and what it is called, are
/// the dataset's: the sentence names its label. It gives no date for the merger: the date it
/// took effect is in no source the page may show (`new_province.established`), and the
/// resolutions' dates are the section's own cited facts.
fn new_province_sentence(new: &NewProvince, growth: &Observation, second: Option<&KeyFigure>, lang: Lang) -> String {
    let (from, name, total) = (new.formed_from.get(lang), new.name.get(lang), new.provinces_total);
    let period = growth.period.phrase(lang);
    let growth_rank = rank(growth, lang).map(|r| format!(" ({r})")).unwrap_or_default();
    let second = second.map(|key| {
        let obs = &key.observation;
        let its_rank = rank(obs, lang).map(|r| format!(" ({r})")).unwrap_or_default();
        let label = mid_sentence(key.label.get(lang));
        match lang {
            Lang::Vi => format!(", {label} đạt {}{its_rank}", value(obs, lang)),
            Lang::En => format!(", and its {label} reached {}{its_rank}", value(obs, lang)),
        }
    });
    let second = second.unwrap_or_default();
    match lang {
        Lang::Vi => format!(
            "Sau khi {from} hợp nhất thành {name}, tỉnh được xếp hạng trong {total} tỉnh, thành phố; \
             {period}, GRDP của tỉnh mới {}{growth_rank}{second}.",
            change(growth, lang)
        ),
        Lang::En => format!(
            "Since {from} merged into {name}, the province has been ranked among {total} provinces; \
             in {period}, the new province's GRDP {}{growth_rank}{second}.",
            change(growth, lang)
        ),
    }
}

fn value(obs: &Observation, lang: Lang) -> String {
    format_value(obs.value, obs.unit, obs.qualifier, lang)
}

/// "tăng 7,39%" / "grew by 7.39%": the sign is carried by the verb, not by the number.
fn change(obs: &Observation, lang: Lang) -> String {
    let magnitude = format_percent_change(obs.value.abs(), None, lang)
        .trim_start_matches('+')
        .to_owned();
    match (obs.value < 0.0, lang) {
        (false, Lang::Vi) => format!("tăng {magnitude}"),
        (true, Lang::Vi) => format!("giảm {magnitude}"),
        (false, Lang::En) => format!("grew by {magnitude}"),
        (true, Lang::En) => format!("shrank by {magnitude}"),
    }
}

/// "thứ 7" / "7th".
fn ordinal(position: u32, lang: Lang) -> String {
    format_value(f64::from(position), Unit::Rank, None, lang)
}

fn rank(obs: &Observation, lang: Lang) -> Option<String> {
    obs.rank.as_ref().map(|r| format_rank_long(r, lang))
}

fn growth_sentence(growth: Option<&Observation>, per_head: Option<&Observation>, lang: Lang) -> Option<String> {
    let growth = growth?;
    let period = growth.period.phrase(lang);
    let first = match lang {
        Lang::Vi => format!(
            "{}, tổng sản phẩm trên địa bàn (GRDP) của Bắc Ninh {}",
            sentence_start(&period),
            change(growth, lang)
        ),
        Lang::En => format!(
            "In {period}, Bắc Ninh's gross regional domestic product (GRDP) {}",
            change(growth, lang)
        ),
    };
    let second = per_head.map(|p| {
        let rank = rank(p, lang).map(|r| format!(", {r}")).unwrap_or_default();
        match lang {
            Lang::Vi => format!("; GRDP bình quân đầu người đạt {}{rank}", value(p, lang)),
            Lang::En => format!("; GRDP per head reached {}{rank}", value(p, lang)),
        }
    });
    Some(format!("{first}{}.", second.unwrap_or_default()))
}

fn trade_sentence(exports: Option<&Observation>, budget: Option<&Observation>, lang: Lang) -> Option<String> {
    let exports = exports?;
    let exports_rank = rank(exports, lang).map(|r| format!(" ({r})")).unwrap_or_default();
    let budget = budget.map(|b| {
        let status = b.status.label(lang);
        let rank = b
            .rank
            .as_ref()
            .map(|r| format!(", {}", ordinal(r.position, lang)))
            .unwrap_or_default();
        match lang {
            Lang::Vi => format!("; thu ngân sách nhà nước {status} {}{rank}", value(b, lang)),
            Lang::En => format!("; state budget revenue was {} ({status}){rank}", value(b, lang)),
        }
    });
    Some(match lang {
        Lang::Vi => format!(
            "Kim ngạch xuất khẩu đạt {}{exports_rank}{}.",
            value(exports, lang),
            budget.unwrap_or_default()
        ),
        Lang::En => format!(
            "Exports reached {}{exports_rank}{}.",
            value(exports, lang),
            budget.unwrap_or_default()
        ),
    })
}

fn index_sentence(pci: Option<&Observation>, pgi: Option<&Observation>, lang: Lang) -> Option<String> {
    let pci = pci?;
    let pci_rank = pci.rank.as_ref()?;
    let pgi_part = pgi.map(|p| match lang {
        Lang::Vi => format!(
            " và {} về Chỉ số Xanh cấp tỉnh (PGI)",
            format_value(p.value, Unit::Rank, None, lang)
        ),
        Lang::En => format!(
            " and {} in the Provincial Green Index (PGI)",
            format_value(p.value, Unit::Rank, None, lang)
        ),
    });
    Some(match lang {
        Lang::Vi => format!(
            "Tỉnh đứng {} về Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI, {}){}.",
            ordinal(pci_rank.position, lang),
            value(pci, lang),
            pgi_part.unwrap_or_default()
        ),
        Lang::En => format!(
            "The province ranked {} in the Provincial Competitiveness Index (PCI, {}){}.",
            ordinal(pci_rank.position, lang),
            value(pci, lang),
            pgi_part.unwrap_or_default()
        ),
    })
}

fn fdi_sentence(fdi: Option<&Observation>, lang: Lang) -> Option<String> {
    let fdi = fdi?;
    let projects = fdi
        .detail(Unit::Projects)
        .map(|d| format_value(d.value, d.unit, d.qualifier, lang));
    let rank = fdi.rank.as_ref().map(|r| match lang {
        Lang::Vi => format!(", đứng {} cả nước", ordinal(r.position, lang)),
        Lang::En => format!(", {} in the country", ordinal(r.position, lang)),
    });
    let date = fdi.period.label(lang);
    Some(match (lang, projects) {
        (Lang::Vi, Some(p)) => format!(
            "Lũy kế đến {date}, tỉnh thu hút {p} vốn đầu tư trực tiếp nước ngoài (FDI) với {}{}.",
            value(fdi, lang),
            rank.unwrap_or_default()
        ),
        (Lang::Vi, None) => format!(
            "Lũy kế đến {date}, vốn FDI đăng ký đạt {}{}.",
            value(fdi, lang),
            rank.unwrap_or_default()
        ),
        (Lang::En, Some(p)) => format!(
            "By {date}, the province had attracted {p} of foreign direct investment (FDI) worth {}{}.",
            value(fdi, lang),
            rank.unwrap_or_default()
        ),
        (Lang::En, None) => format!(
            "By {date}, registered FDI reached {}{}.",
            value(fdi, lang),
            rank.unwrap_or_default()
        ),
    })
}

/// The 2023 reversal: the first-half fall, then the full year and the year after from the series.
fn reversal_sentence(h1: Option<&Observation>, growth: &[Observation], lang: Lang) -> Option<String> {
    let h1 = h1?;
    let year = h1.period.year();
    let rank = h1.rank.as_ref().filter(|r| r.position == r.of).map(|r| match lang {
        Lang::Vi => format!(", thấp nhất trong {} tỉnh, thành phố", r.of),
        Lang::En => format!(", the lowest of {} provinces", r.of),
    });
    let first = match lang {
        Lang::Vi => format!(
            "Tuy nhiên, {} GRDP {} so với cùng kỳ{}",
            h1.period.label(lang),
            change(h1, lang),
            rank.unwrap_or_default()
        ),
        Lang::En => format!(
            "In {}, however, GRDP {} year on year{}",
            h1.period.label(lang),
            change(h1, lang),
            rank.unwrap_or_default()
        ),
    };
    let find = |y: i32| growth.iter().find(|o| o.period == Period::Year(y));
    let full_year = find(year).map(|o| match lang {
        Lang::Vi => format!("; cả năm {year} GRDP {} ({})", change(o, lang), o.status.label(lang)),
        Lang::En => format!(
            "; over the whole of {year} it {} ({})",
            change(o, lang),
            o.status.label(lang)
        ),
    });
    let next = find(year + 1).filter(|o| o.value > 0.0).map(|o| match lang {
        Lang::Vi => format!(
            ", rồi tăng trở lại {} năm {} ({})",
            format_percent_change(o.value, None, lang).trim_start_matches('+'),
            year + 1,
            o.status.label(lang)
        ),
        Lang::En => format!(
            ", then grew again by {} in {} ({})",
            format_percent_change(o.value, None, lang).trim_start_matches('+'),
            year + 1,
            o.status.label(lang)
        ),
    });
    Some(format!(
        "{first}{}{}.",
        full_year.unwrap_or_default(),
        next.unwrap_or_default()
    ))
}
