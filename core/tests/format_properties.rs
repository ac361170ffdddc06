//! Property tests of the formatters: every f64, with every option, in both languages, comes
//! out well formed: the true minus sign, each language's separators, groups of three, as
//! many decimals as asked, and digits that read back as the value.
//!
//! The cases are every class of f64 (NaN, infinities, zeros, subnormals, the extremes) and a
//! hundred thousand random bit patterns and figure-like numbers, from the deterministic
//! generator of `support/rng.rs`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use dashboard_core::dataset::{Qualifier, Unit};
use dashboard_core::format::{
    format_number, format_percent_change, format_value, ordinal_en, recorded_decimals, MINUS, NOT_A_NUMBER,
};
use dashboard_core::i18n::Lang;

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// How many random values each test formats.
const CASES: usize = 100_000;

const QUALIFIERS: [Option<Qualifier>; 4] = [
    None,
    Some(Qualifier::About),
    Some(Qualifier::Over),
    Some(Qualifier::Nearly),
];

const DECIMALS: [Option<usize>; 8] = [None, Some(0), Some(1), Some(2), Some(3), Some(4), Some(5), Some(6)];

/// Each language's group separator and decimal mark, as the formatter writes 1234.5: every
/// other number is then held to the same two (`check_number`), and the two languages to
/// each other's (`the_languages_swap_the_group_and_decimal_marks`).
fn separators(lang: Lang) -> (char, char) {
    let sample: Vec<char> = format_number(1234.5, Some(1), lang).chars().collect();
    assert_eq!(sample.len(), 7, "1234.5 as 1?234?5: {sample:?}");
    (sample[1], sample[5])
}

fn has_nonzero_digit(s: &str) -> bool {
    s.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

fn digits_for(value: f64, decimals: Option<usize>) -> usize {
    decimals.unwrap_or_else(|| recorded_decimals(value)).min(6)
}

/// Checks one `format_number` result: sign, separators, grouping, as many decimals as asked,
/// and digits that read back as `value` rounded to them (within half the last digit shown).
fn check_number(value: f64, decimals: Option<usize>, lang: Lang, out: &str) {
    let case = || {
        format!(
            "format_number({value:?} = {:#x}, {decimals:?}, {lang:?}) = {out:?}",
            value.to_bits()
        )
    };
    assert!(!out.is_empty(), "{}", case());
    if !value.is_finite() {
        assert_eq!(out, NOT_A_NUMBER, "{}", case());
        return;
    }
    assert!(
        !out.contains("NaN") && !out.contains("inf") && !out.contains(NOT_A_NUMBER),
        "{}",
        case()
    );
    assert!(!out.contains(['-', '+', 'e', 'E']), "{}", case());
    let digits = digits_for(value, decimals);
    let (negative, body) = match out.strip_prefix(MINUS) {
        Some(rest) => (true, rest),
        None => (false, out),
    };
    // A minus only before a figure that shows a digit other than zero: no "−0".
    assert_eq!(
        negative,
        value.is_sign_negative() && has_nonzero_digit(body),
        "sign: {}",
        case()
    );
    assert!(!body.contains(MINUS), "{}", case());
    let (group, decimal) = separators(lang);
    let (int_part, frac_part) = match body.split_once(decimal) {
        Some((int_part, frac_part)) => (int_part, Some(frac_part)),
        None => (body, None),
    };
    match frac_part {
        Some(frac) => {
            assert_eq!(frac.len(), digits, "decimals: {}", case());
            assert!(frac.bytes().all(|b| b.is_ascii_digit()), "{}", case());
        }
        None => assert_eq!(digits, 0, "decimals: {}", case()),
    }
    let groups: Vec<&str> = int_part.split(group).collect();
    assert!((1..=3).contains(&groups[0].len()), "first group: {}", case());
    assert!(groups[1..].iter().all(|g| g.len() == 3), "groups of three: {}", case());
    assert!(
        groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())),
        "{}",
        case()
    );
    assert!(groups[0] != "0" || groups.len() == 1, "no leading zero: {}", case());
    let read = read_number(out, lang).unwrap_or_else(|| panic!("unreadable: {}", case()));
    let half_digit = 0.5 * 10f64.powi(-(digits as i32));
    assert!(
        (read - value).abs() <= half_digit * (1.0 + 1e-9) + value.abs() * f64::EPSILON * 2.0,
        "reads back as {read:?}: {}",
        case()
    );
}

/// The number a `format_number` result in `lang` reads as: its groups joined, its decimal mark
/// a point, its minus sign a hyphen.
fn read_number(out: &str, lang: Lang) -> Option<f64> {
    let (group, decimal) = separators(lang);
    let plain: String = out
        .replace(MINUS, "-")
        .chars()
        .filter(|&c| c != group)
        .map(|c| if c == decimal { '.' } else { c })
        .collect();
    plain.parse().ok()
}

/// Checks a `format_percent_change` result against the `format_number` result for the same options.
fn check_percent(value: f64, out: &str, number: &str) {
    let body = out.strip_suffix('%').unwrap_or_else(|| panic!("no %: {out:?}"));
    match body.strip_prefix('+') {
        Some(rest) => {
            assert!(value > 0.0 && has_nonzero_digit(rest), "+ on {value:?}: {out:?}");
            assert_eq!(rest, number);
        }
        None => {
            assert!(
                !(value > 0.0 && has_nonzero_digit(number)),
                "no + on {value:?}: {out:?}"
            );
            assert_eq!(body, number);
        }
    }
}

/// Checks a `format_value` result: qualifier first, then the number as `format_number` writes it
/// with the value's own decimals (`number`), or as an ordinal for an English rank.
fn check_value(value: f64, unit: Unit, qualifier: Option<Qualifier>, lang: Lang, out: &str, number: &str) {
    let case = || format!("format_value({value:?}, {unit:?}, {qualifier:?}, {lang:?}) = {out:?}");
    assert!(!out.is_empty(), "{}", case());
    // A qualifier is a word before the value, which is otherwise as without it.
    let unqualified;
    let rest = match qualifier {
        Some(_) => {
            unqualified = format_value(value, unit, None, lang);
            let word = out
                .strip_suffix(unqualified.as_str())
                .unwrap_or_else(|| panic!("{}", case()));
            assert!(
                word.len() > 1 && word.ends_with(' ') && !word.contains(|c: char| c.is_ascii_digit() || c == MINUS),
                "the qualifier word {word:?}: {}",
                case()
            );
            unqualified.as_str()
        }
        None => out,
    };
    match (unit, lang) {
        (Unit::Rank, Lang::En) => {
            assert_eq!(rest, ordinal_en(value), "a rank is its ordinal: {}", case());
            if value.is_finite() {
                let digits = rest.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
                let rounded = value.round();
                check_number(rounded, Some(0), lang, digits);
                // English's rule: 1st, 2nd, 3rd, but 11th, 12th, 13th, and th for the rest; for
                // ranks a dataset can state (`bounds`), far below where f64 skips integers.
                let last_two = digits.bytes().rev().take(2).collect::<Vec<u8>>();
                let suffix = match last_two.as_slice() {
                    [_, b'1'] => "th",
                    [b'1', ..] => "st",
                    [b'2', ..] => "nd",
                    [b'3', ..] => "rd",
                    _ => "th",
                };
                if rounded.abs() < 2f64.powi(53) {
                    assert_eq!(&rest[digits.len()..], suffix, "{}", case());
                }
            }
        }
        (Unit::PercentChange, _) => check_percent(value, rest, number),
        _ => assert!(rest.contains(number), "{} lacks {number:?}", case()),
    }
    if value.is_finite() {
        assert!(
            !out.contains("NaN") && !out.contains("inf") && !out.contains(NOT_A_NUMBER),
            "{}",
            case()
        );
    } else {
        assert!(out.contains(NOT_A_NUMBER), "{}", case());
    }
    assert!(!out.contains('-'), "a hyphen for a minus: {}", case());
}

/// Checks `value` through the given decimals, units and qualifiers; `format_number` in both
/// languages, the others in `langs`.
fn check_formats(
    value: f64,
    decimals: &[Option<usize>],
    units: &[Unit],
    qualifiers: &[Option<Qualifier>],
    langs: &[Lang],
) {
    for &option in decimals {
        for lang in Lang::ALL {
            let number = format_number(value, option, lang);
            check_number(value, option, lang, &number);
            if langs.contains(&lang) {
                check_percent(value, &format_percent_change(value, option, lang), &number);
            }
        }
    }
    for &lang in langs {
        let number = format_number(value, None, lang);
        for &unit in units {
            for &qualifier in qualifiers {
                let out = format_value(value, unit, qualifier, lang);
                check_value(value, unit, qualifier, lang, &out, &number);
            }
        }
    }
}

/// Every formatter with every option, in both languages.
fn check_all_formats(value: f64) {
    check_formats(value, &DECIMALS, &Unit::ALL, &QUALIFIERS, &Lang::ALL);
}

/// The `i`-th of many values through a rotating share of the options: `format_number`
/// in both languages with one number of decimals, the others in one language with one
/// unit and qualifier, so that every 88 values cover every option. Per value is what
/// costs: a huge value takes ~30 µs per exact formatting.
fn check_rotating_formats(value: f64, i: usize) {
    let decimals = DECIMALS[i % DECIMALS.len()];
    let unit = Unit::ALL[i % Unit::ALL.len()];
    let qualifier = QUALIFIERS[(i / Unit::ALL.len()) % QUALIFIERS.len()];
    let lang = Lang::ALL[(i / (Unit::ALL.len() * QUALIFIERS.len())) % Lang::ALL.len()];
    check_formats(value, &[decimals], &[unit], &[qualifier], &[lang]);
}

fn checked(value: f64, check: impl FnOnce(f64)) {
    if catch_unwind(AssertUnwindSafe(|| check(value))).is_err() {
        panic!("formatting {value:?} (bits {:#018x}) failed", value.to_bits());
    }
}

#[test]
fn formatting_is_well_formed_for_every_class_of_f64() {
    let largest_subnormal = f64::from_bits(0x000F_FFFF_FFFF_FFFF);
    let classes = [
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7FF0_0000_0000_0001),
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        f64::from_bits(1),
        -f64::from_bits(1),
        largest_subnormal,
        -largest_subnormal,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1e-300,
        -1e-300,
        1e300,
        -1e300,
        1e-7,
        -0.0000004,
        0.0000005,
        0.125,
        2.5,
        -2.5,
        7.39,
        -12.59,
        999.9999995,
        999_999.5,
        1e15,
        1e16,
        1e21,
        9_007_199_254_740_993.0,
        u64::MAX as f64,
        i64::MIN as f64,
        63.0,
        0.1 + 0.2,
    ];
    for value in classes {
        checked(value, check_all_formats);
    }
}

#[test]
fn formatting_is_well_formed_for_random_bit_patterns() {
    let mut rng = Rng::for_test(5);
    for i in 0..CASES {
        checked(f64::from_bits(rng.next_u64()), |value| check_rotating_formats(value, i));
    }
}

/// Random bits are mostly far from 1; figures are not, so check figure-like numbers too.
#[test]
fn formatting_is_well_formed_for_figure_like_numbers() {
    let mut rng = Rng::for_test(6);
    for i in 0..CASES {
        let scale = *rng.pick(&[1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6]);
        let magnitude = rng.next_u64() % 10u64.pow(rng.below(13) as u32 + 1);
        let value = magnitude as f64 / scale * if rng.chance(30) { -1.0 } else { 1.0 };
        checked(value, |value| check_rotating_formats(value, i));
    }
}

#[test]
fn the_languages_swap_the_group_and_decimal_marks() {
    let ((vi_group, vi_decimal), (en_group, en_decimal)) = (separators(Lang::Vi), separators(Lang::En));
    for mark in [vi_group, vi_decimal, en_group, en_decimal] {
        assert!(!mark.is_ascii_digit() && !mark.is_whitespace(), "{mark:?}");
    }
    assert_ne!(vi_group, vi_decimal);
    assert_eq!((vi_group, vi_decimal), (en_decimal, en_group));
}

/// Each qualifier is a word of its own in each language, and the languages' words differ.
#[test]
fn qualifiers_are_words_of_their_own() {
    let words: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            QUALIFIERS.into_iter().flatten().map(move |q| {
                let out = format_value(5.0, Unit::Projects, Some(q), lang);
                let plain = format_value(5.0, Unit::Projects, None, lang);
                out.strip_suffix(plain.as_str()).unwrap_or_default().to_owned()
            })
        })
        .collect();
    let distinct: std::collections::BTreeSet<&String> = words.iter().collect();
    assert_eq!(distinct.len(), words.len(), "{words:?}");
}

/// A larger value never reads as a smaller one: sorted values stay sorted once formatted and
/// read back, at every number of decimals.
#[test]
fn formatting_keeps_the_order_of_values() {
    let mut rng = Rng::for_test(7);
    let mut values: Vec<f64> = (0..2_000)
        .map(|_| {
            let magnitude = (rng.next_u64() % 10u64.pow(rng.below(10) as u32 + 1)) as f64;
            let value = magnitude / *rng.pick(&[1.0, 10.0, 100.0, 1e3, 1e4]);
            if rng.chance(30) {
                -value
            } else {
                value
            }
        })
        .collect();
    values.sort_by(f64::total_cmp);
    for decimals in DECIMALS {
        for lang in Lang::ALL {
            let read: Vec<f64> = values
                .iter()
                .map(|&v| read_number(&format_number(v, decimals, lang), lang).unwrap_or(f64::NAN))
                .collect();
            for (pair, at) in read.windows(2).zip(&values) {
                assert!(pair[0] <= pair[1], "{decimals:?} {lang:?}: {pair:?} from {at} on");
            }
        }
    }
}
