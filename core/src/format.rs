//! Number, money, percentage and rank formatting per language.
//!
//! Vietnamese writes 7,39% and 6.696 USD; English writes 7.39% and 6,696 USD.
//! Every figure on every surface goes through these functions, so a number reads
//! the same on a card, in a tooltip, in a table and in a sentence. Negative
//! numbers always use the true minus sign (U+2212). The formatters never panic:
//! non-finite input renders as an em dash.

use crate::dataset::{Qualifier, Rank, Unit};
use crate::i18n::Lang;

/// The minus sign used everywhere a negative number is shown.
pub const MINUS: char = '\u{2212}';

/// Shown in place of a number that cannot be shown (NaN, infinity).
pub const NOT_A_NUMBER: &str = "—";

/// The most decimals a value is shown with when its own precision is used.
const MAX_DECIMALS: usize = 6;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// The number of decimals a value was recorded with (7.39 → 2, 45.1 → 1, 6696 → 0).
pub fn recorded_decimals(value: f64) -> usize {
    if !value.is_finite() {
        return 0;
    }
    let text = value.abs().to_string();
    text.split_once('.').map_or(0, |(_, frac)| frac.len().min(MAX_DECIMALS))
}

/// Formats `value` with `decimals` decimals (or as recorded when `None`), grouped per language.
///
/// A value that rounds to zero is shown without a sign.
pub fn format_number(value: f64, decimals: Option<usize>, lang: Lang) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let decimals = decimals.unwrap_or_else(|| recorded_decimals(value)).min(MAX_DECIMALS);
    let rounded = format!("{:.*}", decimals, value.abs());
    let is_zero = rounded.bytes().all(|b| b == b'0' || b == b'.');
    let (int_part, frac_part) = rounded.split_once('.').unwrap_or((&rounded, ""));
    let (group, decimal) = separators(lang);

    let mut out = String::with_capacity(rounded.len() + rounded.len() / 3 + 2);
    if value.is_sign_negative() && !is_zero {
        out.push(MINUS);
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A file size in megabytes with one decimal: "0,8" in Vietnamese, "0.8" in English.
pub fn format_megabytes(bytes: u64, lang: Lang) -> String {
    format_number(bytes as f64 / 1_000_000.0, Some(1), lang)
}

/// A change in percent with its sign: `+7,39%`, `−12,59%`, `0%`.
pub fn format_percent_change(value: f64, decimals: Option<usize>, lang: Lang) -> String {
    let number = format_number(value, decimals, lang);
    let sign = if value > 0.0 && number.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "+"
    } else {
        ""
    };
    format!("{sign}{number}%")
}

fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::About, Lang::Vi) => "khoảng",
        (Qualifier::Over, Lang::Vi) => "hơn",
        (Qualifier::Nearly, Lang::Vi) => "gần",
        (Qualifier::About, Lang::En) => "about",
        (Qualifier::Over, Lang::En) => "over",
        (Qualifier::Nearly, Lang::En) => "nearly",
    }
}

/// A value with its unit, the way a sentence or a card states it:
/// `45,1 tỷ USD` / `USD 45.1 billion`, `6.696 USD` / `6,696 USD`, `hơn 45 tỷ USD` / `over USD 45 billion`.
pub fn format_value(value: f64, unit: Unit, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let body = match (unit, lang) {
        (Unit::PercentChange, _) => format_percent_change(value, None, lang),
        (Unit::Rank, Lang::En) => ordinal_en(value),
        _ => with_unit(&format_number(value, None, lang), unit, lang),
    };
    qualified(body, qualifier, lang)
}

/// A range a source states, as one figure: `12,5–13%`, `USD 5–6 billion`. Only targets
/// are ranges, so a percentage carries no sign: a plan is not a change that happened.
pub fn format_range(low: f64, high: f64, unit: Unit, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let numbers = format!("{}–{}", format_number(low, None, lang), format_number(high, None, lang));
    let body = match unit {
        Unit::PercentChange => format!("{numbers}%"),
        _ => with_unit(&numbers, unit, lang),
    };
    qualified(body, qualifier, lang)
}

fn qualified(body: String, qualifier: Option<Qualifier>, lang: Lang) -> String {
    match qualifier {
        Some(q) => format!("{} {body}", qualifier_word(q, lang)),
        None => body,
    }
}

/// Formatted number(s) `n` in `unit`. A single English rank is an ordinal ("3rd"), which
/// `format_value` writes; a range of ranks reads "rank 3–5".
fn with_unit(n: &str, unit: Unit, lang: Lang) -> String {
    match (unit, lang) {
        (Unit::PercentChange, _) => format!("{n}%"),
        (Unit::Usd, _) => format!("{n} USD"),
        (Unit::UsdMillion, Lang::Vi) => format!("{n} triệu USD"),
        (Unit::UsdMillion, Lang::En) => format!("USD {n} million"),
        (Unit::UsdBillion, Lang::Vi) => format!("{n} tỷ USD"),
        (Unit::UsdBillion, Lang::En) => format!("USD {n} billion"),
        (Unit::VndBillion, Lang::Vi) => format!("{n} tỷ đồng"),
        (Unit::VndBillion, Lang::En) => format!("VND {n} billion"),
        (Unit::VndTrillion, Lang::Vi) => format!("{n} nghìn tỷ đồng"),
        (Unit::VndTrillion, Lang::En) => format!("VND {n} trillion"),
        (Unit::VndMillion, Lang::Vi) => format!("{n} triệu đồng"),
        (Unit::VndMillion, Lang::En) => format!("VND {n} million"),
        (Unit::Points, Lang::Vi) => format!("{n} điểm"),
        (Unit::Points, Lang::En) => format!("{n} points"),
        (Unit::Rank, Lang::Vi) => format!("thứ {n}"),
        (Unit::Rank, Lang::En) => format!("rank {n}"),
        (Unit::Projects, Lang::Vi) => format!("{n} dự án"),
        (Unit::Projects, Lang::En) => format!("{n} projects"),
        (Unit::Countries, Lang::Vi) => format!("{n} quốc gia, vùng lãnh thổ"),
        (Unit::Countries, Lang::En) => format!("{n} countries and territories"),
        (Unit::Sectors, Lang::Vi) => format!("{n} ngành, lĩnh vực"),
        (Unit::Sectors, Lang::En) => format!("{n} sectors"),
    }
}

/// The unit as a chart's subtitle names it: `tỷ USD` / `USD billion`.
pub(crate) fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::PercentChange, Lang::Vi) => "% so với cùng kỳ",
        (Unit::PercentChange, Lang::En) => "% on a year earlier",
        (Unit::Usd, _) => "USD",
        (Unit::UsdMillion, Lang::Vi) => "triệu USD",
        (Unit::UsdMillion, Lang::En) => "USD million",
        (Unit::UsdBillion, Lang::Vi) => "tỷ USD",
        (Unit::UsdBillion, Lang::En) => "USD billion",
        (Unit::VndBillion, Lang::Vi) => "tỷ đồng",
        (Unit::VndBillion, Lang::En) => "VND billion",
        (Unit::VndTrillion, Lang::Vi) => "nghìn tỷ đồng",
        (Unit::VndTrillion, Lang::En) => "VND trillion",
        (Unit::VndMillion, Lang::Vi) => "triệu đồng",
        (Unit::VndMillion, Lang::En) => "VND million",
        (Unit::Points, Lang::Vi) => "điểm",
        (Unit::Points, Lang::En) => "points",
        (Unit::Rank, Lang::Vi) => "thứ hạng",
        (Unit::Rank, Lang::En) => "rank",
        (Unit::Projects, Lang::Vi) => "dự án",
        (Unit::Projects, Lang::En) => "projects",
        (Unit::Countries, Lang::Vi) => "quốc gia, vùng lãnh thổ",
        (Unit::Countries, Lang::En) => "countries and territories",
        (Unit::Sectors, Lang::Vi) => "ngành, lĩnh vực",
        (Unit::Sectors, Lang::En) => "sectors",
    }
}

/// `1st`, `2nd`, `3rd`, `11th`, `21st`.
pub fn ordinal_en(value: f64) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let number = format_number(value.round(), Some(0), Lang::En);
    // The suffix follows the digits as printed, whatever the number's size: the last two
    // are all it reads (a float above u64's range has no integer to take them from).
    let mut digits = number.bytes().rev().filter(u8::is_ascii_digit).map(|d| d - b'0');
    let (units, tens) = (digits.next().unwrap_or(0), digits.next().unwrap_or(0));
    let suffix = match (tens, units) {
        (1, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// A list in words: "a, b và c" / "a, b and c".
pub(crate) fn join_and(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Vi => " và ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// "Nguồn: Cục Thống kê; Bộ Kế hoạch và Đầu tư": each publisher once, in the order given.
/// Every chart, ranking and the link-preview card credit their sources in this one line.
pub(crate) fn sources_line<'a>(publishers: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    let mut named: Vec<&str> = Vec::new();
    for publisher in publishers {
        if !named.contains(&publisher) {
            named.push(publisher);
        }
    }
    format!("{}: {}", lang.ui().source, named.join("; "))
}

/// A rank as a compact badge: `3/63` in both languages.
pub(crate) fn format_rank_short(rank: &Rank) -> String {
    format!("{}/{}", rank.position, rank.of)
}

/// A rank in words: `thứ 3 trong 63 tỉnh, thành phố` / `3rd of 63 provinces`.
pub(crate) fn format_rank_long(rank: &Rank, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("thứ {} trong {} tỉnh, thành phố", rank.position, rank.of),
        Lang::En => format!("{} of {} provinces", ordinal_en(f64::from(rank.position)), rank.of),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_range_is_one_figure_without_a_sign() {
        assert_eq!(
            format_range(12.5, 13.0, Unit::PercentChange, None, Lang::Vi),
            "12,5–13%"
        );
        assert_eq!(
            format_range(12.5, 13.0, Unit::PercentChange, None, Lang::En),
            "12.5–13%"
        );
        assert_eq!(
            format_range(5.0, 6.5, Unit::UsdBillion, None, Lang::En),
            "USD 5–6.5 billion"
        );
        assert_eq!(
            format_range(1500.0, 2000.0, Unit::VndBillion, Some(Qualifier::Over), Lang::Vi),
            "hơn 1.500–2.000 tỷ đồng"
        );
    }

    #[test]
    fn megabytes_are_written_per_language() {
        assert_eq!(super::format_megabytes(812_345, super::Lang::Vi), "0,8");
        assert_eq!(super::format_megabytes(1_260_000, super::Lang::En), "1.3");
    }

    use super::*;

    #[test]
    fn vietnamese_and_english_separators() {
        assert_eq!(format_number(6696.0, None, Lang::Vi), "6.696");
        assert_eq!(format_number(6696.0, None, Lang::En), "6,696");
        assert_eq!(format_number(7.39, None, Lang::Vi), "7,39");
        assert_eq!(format_number(7.39, None, Lang::En), "7.39");
        assert_eq!(format_number(1_234_567.891, Some(2), Lang::Vi), "1.234.567,89");
        assert_eq!(format_number(1_234_567.891, Some(2), Lang::En), "1,234,567.89");
        assert_eq!(format_number(100.0, None, Lang::Vi), "100");
        assert_eq!(format_number(999_999.0, None, Lang::En), "999,999");
    }

    #[test]
    fn negatives_use_the_true_minus_sign() {
        assert_eq!(format_number(-12.59, None, Lang::Vi), "−12,59");
        assert_eq!(format_percent_change(-12.59, None, Lang::Vi), "−12,59%");
        assert_eq!(format_percent_change(-9.28, None, Lang::En), "−9.28%");
        assert_eq!(format_number(-1234.5, None, Lang::En), "−1,234.5");
    }

    #[test]
    fn zero_and_negative_zero_have_no_sign() {
        assert_eq!(format_number(0.0, None, Lang::Vi), "0");
        assert_eq!(format_number(-0.0, None, Lang::Vi), "0");
        assert_eq!(format_number(-0.004, Some(2), Lang::En), "0.00");
        assert_eq!(format_percent_change(0.0, None, Lang::En), "0%");
        assert_eq!(format_percent_change(0.001, Some(1), Lang::En), "0.0%");
    }

    #[test]
    fn rounding() {
        assert_eq!(format_number(45.06, Some(1), Lang::Vi), "45,1");
        assert_eq!(format_number(2.5, Some(0), Lang::En), "2");
        assert_eq!(format_number(0.125, Some(2), Lang::En), "0.12");
        assert_eq!(format_number(999.96, Some(1), Lang::Vi), "1.000,0");
    }

    #[test]
    fn signed_growth() {
        assert_eq!(format_percent_change(7.39, None, Lang::Vi), "+7,39%");
        assert_eq!(format_percent_change(7.39, None, Lang::En), "+7.39%");
    }

    #[test]
    fn values_with_units() {
        assert_eq!(format_value(45.1, Unit::UsdBillion, None, Lang::Vi), "45,1 tỷ USD");
        assert_eq!(format_value(45.1, Unit::UsdBillion, None, Lang::En), "USD 45.1 billion");
        assert_eq!(format_value(6696.0, Unit::Usd, None, Lang::Vi), "6.696 USD");
        assert_eq!(format_value(6696.0, Unit::Usd, None, Lang::En), "6,696 USD");
        assert_eq!(
            format_value(1.3, Unit::UsdBillion, Some(Qualifier::About), Lang::Vi),
            "khoảng 1,3 tỷ USD"
        );
        assert_eq!(
            format_value(45.0, Unit::UsdBillion, Some(Qualifier::Over), Lang::En),
            "over USD 45 billion"
        );
        assert_eq!(format_value(1908.0, Unit::Projects, None, Lang::Vi), "1.908 dự án");
        assert_eq!(
            format_value(30908.0, Unit::VndBillion, None, Lang::En),
            "VND 30,908 billion"
        );
        assert_eq!(format_value(3.0, Unit::Rank, None, Lang::En), "3rd");
    }

    #[test]
    fn ranks() {
        let rank = Rank {
            position: 3,
            of: 63,
            period: None,
        };
        assert_eq!(format_rank_short(&rank), "3/63");
        assert_eq!(format_rank_long(&rank, Lang::Vi), "thứ 3 trong 63 tỉnh, thành phố");
        assert_eq!(format_rank_long(&rank, Lang::En), "3rd of 63 provinces");
        assert_eq!(ordinal_en(11.0), "11th");
        assert_eq!(ordinal_en(22.0), "22nd");
        assert_eq!(ordinal_en(63.0), "63rd");
        assert_eq!(ordinal_en(111.0), "111th");
        assert_eq!(ordinal_en(1001.0), "1,001st");
        // Beyond u64: 2^65 = 36,893,488,147,419,103,232 and 2^66 = …,206,464.
        assert_eq!(ordinal_en(2f64.powi(65)), "36,893,488,147,419,103,232nd");
        assert_eq!(ordinal_en(2f64.powi(66)), "73,786,976,294,838,206,464th");
    }

    #[test]
    fn never_panics_on_special_values() {
        for v in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -0.0,
            1e-300,
        ] {
            for lang in [Lang::Vi, Lang::En] {
                let _ = format_number(v, None, lang);
                let _ = format_number(v, Some(6), lang);
                let _ = format_percent_change(v, None, lang);
                let _ = format_value(v, Unit::Rank, Some(Qualifier::Over), lang);
            }
        }
        assert_eq!(format_number(f64::NAN, None, Lang::Vi), NOT_A_NUMBER);
        assert!(format_number(f64::MAX, Some(0), Lang::En).starts_with("179,769,313"));
    }
}
