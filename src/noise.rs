//! Deterministic noise for the sample histories (the `demo` command and the
//! benchmarks' synthetic logs): the same seed always gives the same couple.

use crate::journal::Partner;

/// xorshift64*: small and deterministic; plausible noise is all we need. The
/// state must never be zero, or it stays zero.
pub(crate) struct Noise(pub(crate) u64);

impl Noise {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    /// A value in [-1, 1).
    pub(crate) fn signed(&mut self) -> f32 {
        (self.below(2001) as f32 - 1000.0) / 1000.0
    }

    pub(crate) fn partner(&mut self) -> Partner {
        if self.chance(50) {
            Partner::A
        } else {
            Partner::B
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_noise_and_others_differ() {
        let draw = |seed| {
            let mut noise = Noise(seed);
            (0..64).map(|_| noise.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        assert!(draw(7).iter().all(|&n| n < 1000));
    }
}
