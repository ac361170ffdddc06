//! The written summary: a few sentences built from the dataset's own figures.
//!
//! Nothing here is a hard-coded number. Each sentence reads the figures it
//! needs; if an updated dataset lacks one of them, that sentence is left out
//! rather than shown with a gap.

use crate::dataset::{Dataset, Observation, Unit};
use crate::format::{format_percent_change, format_rank_long, format_value};
use crate::i18n::{status_label, Lang};
use crate::period::{format_partial_date, Period};

/// When the figures were published: "Số liệu công bố ngày 13/6/2023 và các báo cáo sau đó".
pub fn vintage_line(ds: &Dataset, lang: Lang) -> String {
    let ui = lang.ui();
    format!(
        "{}{}{}",
        ui.vintage_prefix,
        format_partial_date(&ds.published, lang),
        ui.vintage_suffix
    )
}

/// The summary of the dataset, 3–6 sentences in `lang`.
pub fn summary(ds: &Dataset, lang: Lang) -> Vec<String> {
    let key = |id: &str| ds.key_figure(id).map(|k| &k.observation);
    [
        growth_sentence(key("grdp_growth_2022"), key("grdp_per_head_2022"), lang),
        trade_sentence(key("exports_2022"), key("budget_revenue_2022"), lang),
        index_sentence(key("pci_2022"), key("pgi_2022"), lang),
        fdi_sentence(key("fdi_cumulative_2023"), lang),
        reversal_sentence(key("grdp_growth_2023_h1"), ds.series("grdp_growth"), lang),
    ]
    .into_iter()
    .flatten()
    .collect()
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
    let year = growth.period.label(lang);
    let first = match lang {
        Lang::Vi => format!(
            "Năm {year}, tổng sản phẩm trên địa bàn (GRDP) của Bắc Ninh {}",
            change(growth, lang)
        ),
        Lang::En => format!(
            "In {year}, Bắc Ninh's gross regional domestic product (GRDP) {}",
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
        let status = status_label(b.status, lang);
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
    let pgi_part = pgi.filter(|p| p.unit == Unit::Rank).map(|p| match lang {
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
        Lang::Vi => format!(
            "; cả năm {year} GRDP {} ({})",
            change(o, lang),
            status_label(o.status, lang)
        ),
        Lang::En => format!(
            "; over the whole of {year} it {} ({})",
            change(o, lang),
            status_label(o.status, lang)
        ),
    });
    let next = find(year + 1).filter(|o| o.value > 0.0).map(|o| match lang {
        Lang::Vi => format!(
            ", rồi tăng trở lại {} năm {} ({})",
            format_percent_change(o.value, None, lang).trim_start_matches('+'),
            year + 1,
            status_label(o.status, lang)
        ),
        Lang::En => format!(
            ", then grew again by {} in {} ({})",
            format_percent_change(o.value, None, lang).trim_start_matches('+'),
            year + 1,
            status_label(o.status, lang)
        ),
    });
    Some(format!(
        "{first}{}{}.",
        full_year.unwrap_or_default(),
        next.unwrap_or_default()
    ))
}
