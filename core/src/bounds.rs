//! The bounds of a dataset: how large a file, list, count, text or value may be.
//!
//! Every accepted dataset must render at once, in every view, without a long task
//! on the browser's main thread. What a chart draws grows with what the file
//! holds (a rank axis has a tick every ten units ranked, a series chart a slot per
//! year and a mark per observation, a ranking table a bar per entry), and so does
//! what the page builds when a file replaces the data (a card per key figure, a row
//! per observation in each chart's table, an entry per source and context item), so
//! a count no real dataset has (4 294 967 295 provinces) would freeze the tab or
//! exhaust its memory. Each bound is well above the real file; the lists the page
//! shows whole are bounded so that a file with all of them at their bounds at once
//! replaced the data in Chromium in main-thread tasks of at most 150 ms (62–150 ms over
//! seven runs, each chart then drawn in at most 30 ms) on a loaded 2-core machine (with 300 observations a series, 500 sources, 40 key figures and 100
//! context items, one task took 290–460 ms; with 100 observations, up to 320 ms).
//! `docs/DATA.md` lists them in one table, and the validator refuses a file past any
//! of them.

/// The largest file read, in bytes (1 MiB; the real file is about 126 kB). A larger
/// file is refused before it is parsed, so parsing never freezes the page.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The most units a ranking may be among (`provinces_total`, every `of`, `ranked_of`).
/// Vietnam has had at most 64 provinces; 34 since 1/7/2025.
pub const MAX_PROVINCES: u32 = 100;

/// The most characters in any one string (the longest real text has about 520).
pub const MAX_TEXT_CHARS: usize = 2_000;

/// The largest magnitude of a value, in its own unit: above any figure of a province
/// in any unit here (VND 10^15 million would be a thousand times the world's output).
pub const MAX_VALUE: f64 = 1e15;

/// The most sources a file may list (the real file: 72).
pub const MAX_SOURCES: usize = 200;
/// The most key figures (cards, and rows of the standing chart), for each province (8 and 5).
pub const MAX_KEY_FIGURES: usize = 20;
/// The most sentences of the summary.
pub const MAX_SENTENCES: usize = 20;
/// The most indicators, and so the most series.
pub const MAX_SERIES: usize = 50;
/// The most observations in one series: half a century of years, or fewer years with
/// half-years, quarters and dates besides (the longest real series has 10). Each is a
/// row of its chart's table, which the page builds whole.
pub const MAX_OBSERVATIONS: usize = 50;
/// The most context items, and the most facts of the new province (6 and 5).
pub const MAX_CONTEXT_ITEMS: usize = 30;
/// The most ranking tables (9).
pub const MAX_COMPARISONS: usize = 20;
/// The most citations of one observation, context item or table.
pub const MAX_CITATIONS: usize = 20;
/// The most details of one figure or alternative.
pub const MAX_DETAILS: usize = 10;
/// The most alternatives of one figure.
pub const MAX_ALTERNATIVES: usize = 20;
