//! Periods and calendar dates as the sources state them.
//!
//! A figure is for a year, a half or quarter of a year, a month, or a stock at a
//! date. The period is part of the figure's meaning ("−12,59% in H1 2023" is not
//! "−12,59% in 2023"), so it is parsed strictly and formatted per language.

use std::fmt;

use serde::{de, Deserialize, Deserializer};

use crate::i18n::Lang;

/// A calendar date, validated (day exists in its month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn parse_year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn parse_two_digits(s: &str, range: std::ops::RangeInclusive<u8>) -> Option<u8> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|v| range.contains(v))
}

impl Date {
    /// Parses an ISO date `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let year = parse_year(y)?;
        let month = parse_two_digits(m, 1..=12)?;
        let day = parse_two_digits(d, 1..=31)?;
        (day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// `13/6/2023` in Vietnamese, `13 June 2023` in English.
    pub fn format(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => format!("{}/{}/{}", self.day, self.month, self.year),
            Lang::En => format!("{} {} {}", self.day, month_name_en(self.month), self.year),
        }
    }

    /// The date as a fraction of years, for placing it on a time axis.
    pub(crate) fn as_year_fraction(&self) -> f64 {
        let days_before: u32 = (1..self.month).map(|m| u32::from(days_in_month(self.year, m))).sum();
        let year_days = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + (f64::from(days_before) + f64::from(self.day)) / year_days
    }
}

/// A date as the file states it: `YYYY-MM-DD`, or for a publication also `YYYY-MM` or
/// `YYYY`. Parsed once, as the file is read, so no render parses it again. The text is kept:
/// a malformed date is not serde's to refuse but the rules' (`validate` names it with every
/// other problem of the file, as `BadDate`), and a page shows it as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct StatedDate {
    text: String,
    /// The text read as a period (a date is a one-day period), if it is one.
    period: Option<Period>,
}

impl From<String> for StatedDate {
    fn from(text: String) -> StatedDate {
        let period = Period::parse(&text);
        StatedDate { text, period }
    }
}

impl StatedDate {
    /// The text as the file has it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The period the text names, if it names one.
    pub fn period(&self) -> Option<Period> {
        self.period
    }

    /// The day, if the text is a whole date (`YYYY-MM-DD`).
    pub fn day(&self) -> Option<Date> {
        match self.period {
            Some(Period::Date(day)) => Some(day),
            _ => None,
        }
    }

    /// Whether the text is a date that may be partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub(crate) fn is_partial_date(&self) -> bool {
        matches!(self.period, Some(Period::Year(_) | Period::Month(..) | Period::Date(_)))
    }

    /// The date per language (`13/6/2023`, `13 June 2023`, `6/2023`…); as written if malformed.
    pub fn label(&self, lang: Lang) -> String {
        match self.period {
            Some(period) => period.label(lang),
            None => self.text.clone(),
        }
    }
}

/// The date as the file writes it: what a citation quotes.
impl fmt::Display for StatedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Formats a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) that does not come from the
/// dataset (the day a saved copy was fetched) per language; returns it unchanged if malformed.
pub fn format_partial_date(s: &str, lang: Lang) -> String {
    StatedDate::from(s.to_owned()).label(lang)
}

fn month_name_en(month: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[usize::from(month.clamp(1, 12) - 1)]
}

/// The period an observation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i32),
    /// The first (1) or second (2) half of a year.
    Half(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
    /// The first months of a year, up to and including the month given: `2025-01/10`
    /// is January to October 2025 ("10 tháng đầu năm 2025"), not the month of October.
    YearToDate(i32, u8),
    /// A stock as at a date.
    Date(Date),
}

impl Period {
    /// Parses `2022`, `2023-H1`, `2022-Q3`, `2022-02`, `2025-01/10` or `2023-04-20`.
    pub fn parse(s: &str) -> Option<Period> {
        if let Some(year) = parse_year(s) {
            return Some(Period::Year(year));
        }
        let (y, rest) = s.split_once('-')?;
        let year = parse_year(y)?;
        // A single month is written `2025-10`; `01/01` would be that month under another name.
        if let Some(last) = rest.strip_prefix("01/") {
            return parse_two_digits(last, 2..=12).map(|m| Period::YearToDate(year, m));
        }
        match rest.as_bytes() {
            [b'H', n @ (b'1' | b'2')] => Some(Period::Half(year, n - b'0')),
            [b'Q', n @ b'1'..=b'4'] => Some(Period::Quarter(year, n - b'0')),
            [_, _] => parse_two_digits(rest, 1..=12).map(|m| Period::Month(year, m)),
            _ => Date::parse(s).map(Period::Date),
        }
    }

    pub fn year(&self) -> i32 {
        match *self {
            Period::Year(y)
            | Period::Half(y, _)
            | Period::Quarter(y, _)
            | Period::Month(y, _)
            | Period::YearToDate(y, _) => y,
            Period::Date(d) => d.year,
        }
    }

    /// The last day the period covers, for ordering and for placing stocks on a time axis.
    pub fn end(&self) -> Date {
        let last_of = |year: i32, month: u8| Date {
            year,
            month,
            day: days_in_month(year, month),
        };
        match *self {
            Period::Year(y) => last_of(y, 12),
            Period::Half(y, h) => last_of(y, 6 * h),
            Period::Quarter(y, q) => last_of(y, 3 * q),
            Period::Month(y, m) | Period::YearToDate(y, m) => last_of(y, m),
            Period::Date(d) => d,
        }
    }

    /// The period in words: `2022`, `6 tháng đầu năm 2023` / `H1 2023`, `20/4/2023` / `20 April 2023`.
    pub fn label(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Period::Year(y), _) => y.to_string(),
            (Period::Half(y, 1), Lang::Vi) => format!("6 tháng đầu năm {y}"),
            (Period::Half(y, _), Lang::Vi) => format!("6 tháng cuối năm {y}"),
            (Period::Half(y, h), Lang::En) => format!("H{h} {y}"),
            (Period::Quarter(y, q), Lang::Vi) => format!("quý {}/{y}", roman(q)),
            (Period::Quarter(y, q), Lang::En) => format!("Q{q} {y}"),
            (Period::Month(y, m), Lang::Vi) => format!("tháng {m}/{y}"),
            (Period::Month(y, m), Lang::En) => format!("{} {y}", month_name_en(m)),
            (Period::YearToDate(y, m), Lang::Vi) => format!("{m} tháng đầu năm {y}"),
            (Period::YearToDate(y, m), Lang::En) => {
                format!("{}–{} {y}", &month_name_en(1)[..3], &month_name_en(m)[..3])
            }
            (Period::Date(d), _) => d.format(lang),
        }
    }

    /// The period as said inside a sentence: `năm 2022` / `2022`,
    /// `6 tháng đầu năm 2023` / `the first half of 2023`, `ngày 13/6/2023` / `13 June 2023`.
    pub(crate) fn phrase(&self, lang: Lang) -> String {
        const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
        match (*self, lang) {
            (Period::Year(y), Lang::Vi) => format!("năm {y}"),
            (Period::Date(d), Lang::Vi) => format!("ngày {}", d.format(lang)),
            (Period::Half(y, h), Lang::En) => format!("the {} half of {y}", ORDINALS[usize::from(h.clamp(1, 2) - 1)]),
            (Period::Quarter(y, q), Lang::En) => {
                format!("the {} quarter of {y}", ORDINALS[usize::from(q.clamp(1, 4) - 1)])
            }
            (Period::YearToDate(y, m), Lang::En) => format!("the first {m} months of {y}"),
            _ => self.label(lang),
        }
    }

    /// A label short enough for a chart axis: `2022`, `6T/2023` / `H1 2023`, `4/2023` / `Apr 2023`.
    pub fn short_label(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Period::Half(y, h), Lang::Vi) => format!("{}T/{y}", if h == 1 { "6" } else { "12" }),
            (Period::YearToDate(y, m), Lang::Vi) => format!("{m}T/{y}"),
            (Period::Month(y, m) | Period::Date(Date { year: y, month: m, .. }), Lang::Vi) => format!("{m}/{y}"),
            (Period::Month(y, m) | Period::Date(Date { year: y, month: m, .. }), Lang::En) => {
                format!("{} {y}", &month_name_en(m)[..3])
            }
            _ => self.label(lang),
        }
    }
}

/// How a malformed period is worded in serde's error, so that `load` can name it.
pub(crate) const MALFORMED_PERIOD: &str = "malformed period ";

/// A period is written in the file as text (`"2023-H1"`) and parsed strictly.
impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).ok_or_else(|| de::Error::custom(format_args!("{MALFORMED_PERIOD}{text}")))
    }
}

fn roman(n: u8) -> &'static str {
    ["I", "II", "III", "IV"][usize::from(n.clamp(1, 4) - 1)]
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::YearToDate(y, m) => write!(f, "{y}-01/{m:02}"),
            Period::Date(d) => write!(f, "{}-{:02}-{:02}", d.year, d.month, d.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form_and_round_trips() {
        for s in [
            "2022",
            "2023-H1",
            "2022-Q3",
            "2022-02",
            "2025-01/10",
            "2023-04-20",
            "2024-02-29",
        ] {
            let p = Period::parse(s).unwrap_or_else(|| panic!("{s} should parse"));
            assert_eq!(p.to_string(), s);
        }
    }

    #[test]
    fn rejects_malformed_periods() {
        for s in [
            "",
            "22",
            "2022-H3",
            "2022-Q5",
            "2022-13",
            "2023-02-29",
            "2022-1",
            "20221",
            "2022-04-31",
            "２０２２",
            "2025-01/01",
            "2025-01/13",
            "2025-02/10",
            "2025-01/1",
        ] {
            assert_eq!(Period::parse(s), None, "{s}");
        }
    }

    #[test]
    fn labels_in_both_languages() {
        let h1 = Period::parse("2023-H1").unwrap();
        assert_eq!(h1.label(Lang::Vi), "6 tháng đầu năm 2023");
        assert_eq!(h1.label(Lang::En), "H1 2023");
        assert_eq!(h1.short_label(Lang::Vi), "6T/2023");
        let d = Period::parse("2023-06-13").unwrap();
        assert_eq!(d.label(Lang::Vi), "13/6/2023");
        assert_eq!(d.label(Lang::En), "13 June 2023");
        assert_eq!(Period::parse("2022-Q1").unwrap().label(Lang::Vi), "quý I/2022");
        assert_eq!(Period::Year(2022).phrase(Lang::Vi), "năm 2022");
        assert_eq!(Period::Year(2022).phrase(Lang::En), "2022");
        assert_eq!(h1.phrase(Lang::Vi), "6 tháng đầu năm 2023");
        assert_eq!(h1.phrase(Lang::En), "the first half of 2023");
        assert_eq!(d.phrase(Lang::Vi), "ngày 13/6/2023");
        let ten_months = Period::parse("2025-01/10").unwrap();
        assert_eq!(ten_months.label(Lang::Vi), "10 tháng đầu năm 2025");
        assert_eq!(ten_months.label(Lang::En), "Jan–Oct 2025");
        assert_eq!(ten_months.phrase(Lang::En), "the first 10 months of 2025");
        assert_eq!(ten_months.short_label(Lang::Vi), "10T/2025");
        assert_eq!(ten_months.end(), Period::parse("2025-10").unwrap().end());
    }

    #[test]
    fn orders_by_end_date() {
        let h1 = Period::parse("2023-H1").unwrap();
        let y = Period::parse("2023").unwrap();
        assert!(h1.end() < y.end());
        assert!(Period::parse("2022-03-20").unwrap().end() < Period::parse("2022").unwrap().end());
    }

    #[test]
    fn partial_dates() {
        let date = |text: &str| StatedDate::from(text.to_owned());
        for partial in ["2023", "2023-06", "2023-06-13"] {
            assert!(date(partial).is_partial_date(), "{partial}");
        }
        for not in ["2023-6-13", "2023-H1", "2023-Q2", "2025-01/10", "2023-02-29", ""] {
            assert!(!date(not).is_partial_date(), "{not}");
        }
        assert_eq!(date("2023-06-13").day(), Date::parse("2023-06-13"));
        assert_eq!(date("2023-06").day(), None, "a month is no day");
        assert_eq!(date("2023-06-13").label(Lang::Vi), "13/6/2023");
        assert_eq!(
            date("2023-06").label(Lang::En),
            format_partial_date("2023-06", Lang::En)
        );
        assert_eq!(
            date("13.6.2023").label(Lang::En),
            "13.6.2023",
            "a malformed date shows as written"
        );
        assert_eq!(date("2023-06-13").to_string(), "2023-06-13");
    }

    #[test]
    fn a_stated_date_reads_from_the_files_text() {
        let read: StatedDate = serde_json::from_str("\"2023-06-13\"").unwrap();
        assert_eq!(read, StatedDate::from("2023-06-13".to_owned()));
        assert_eq!(read.text(), "2023-06-13");
        let malformed: StatedDate = serde_json::from_str("\"soon\"").unwrap();
        assert_eq!(
            (malformed.text(), malformed.period()),
            ("soon", None),
            "the rules refuse it, not serde"
        );
    }
}
