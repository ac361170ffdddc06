//! Moving a choice with the keys, as the WAI-ARIA patterns have it: the arrows step, Home
//! and End go to the ends. A chart's marks stop at their ends; a tab list wraps around. One
//! rule, so the chart and the comparison tabs answer the same keys the same way.

/// What the arrows do at either end of the items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ends {
    /// Stay on the end item.
    // The chart canvas, its one user, is the browser's only.
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    Stop,
    /// Go on to the item at the other end.
    Wrap,
}

/// The item `key` moves the choice to from `current` among `count` items; with none chosen
/// yet, an arrow starts from the end it points away from. `None` for a key that moves
/// nothing, or when there is no item.
pub(crate) fn step(key: &str, current: Option<usize>, count: usize, ends: Ends) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let next = match (key, current) {
        ("ArrowRight" | "ArrowDown", None) => 0,
        ("ArrowLeft" | "ArrowUp", None) => last,
        ("ArrowRight" | "ArrowDown", Some(i)) => match ends {
            Ends::Stop => (i + 1).min(last),
            Ends::Wrap => (i + 1) % count,
        },
        ("ArrowLeft" | "ArrowUp", Some(i)) => match ends {
            Ends::Stop => i.saturating_sub(1),
            Ends::Wrap => (i + count - 1) % count,
        },
        ("Home", _) => 0,
        ("End", _) => last,
        _ => return None,
    };
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_stop_at_the_ends_or_wrap_around() {
        assert_eq!(step("ArrowRight", Some(4), 5, Ends::Stop), Some(4));
        assert_eq!(step("ArrowRight", Some(4), 5, Ends::Wrap), Some(0));
        assert_eq!(step("ArrowUp", Some(0), 5, Ends::Stop), Some(0));
        assert_eq!(step("ArrowLeft", Some(0), 5, Ends::Wrap), Some(4));
        assert_eq!(step("ArrowDown", Some(1), 5, Ends::Stop), Some(2));
    }

    #[test]
    fn with_nothing_chosen_an_arrow_starts_from_an_end() {
        assert_eq!(step("ArrowRight", None, 5, Ends::Stop), Some(0));
        assert_eq!(step("ArrowLeft", None, 5, Ends::Stop), Some(4));
    }

    #[test]
    fn home_and_end_go_to_the_ends_and_other_keys_move_nothing() {
        assert_eq!(step("Home", Some(3), 5, Ends::Wrap), Some(0));
        assert_eq!(step("End", None, 5, Ends::Stop), Some(4));
        assert_eq!(step("a", Some(3), 5, Ends::Stop), None);
        assert_eq!(step("ArrowRight", None, 0, Ends::Wrap), None);
    }
}
