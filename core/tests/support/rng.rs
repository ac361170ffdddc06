//! The test generator, shared by the property tests: deterministic, so every run checks
//! the same cases and a failure names the case that broke; `FUZZ_SEED=<number>`
//! explores others.

/// SplitMix64: tiny, fast and good enough to spread test cases.
pub struct Rng(u64);

impl Rng {
    /// A generator for one test; `FUZZ_SEED` shifts every test's stream at once.
    pub fn for_test(stream: u64) -> Rng {
        let base = std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(0x5EED_BAC1_4170_2023);
        Rng(base ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
