//! Hash maps keyed by event id. Ids are UUIDs no adversary chooses, so the
//! default SipHash is wasted effort (it was a fifth of a 10-year replay).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::EventId;

/// A cheap hash for event ids. The finaliser spreads every input bit over the
/// result, so ids that differ only in a counter do not collide.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write(&n.to_le_bytes());
    }

    /// MurmurHash3's finaliser, so every input bit reaches the low bits the
    /// table indexes by.
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z ^= z >> 33;
        z = z.wrapping_mul(0xff51_afd7_ed55_8ccd);
        z ^= z >> 33;
        z = z.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        z ^ (z >> 33)
    }
}

pub type IdMap<V> = HashMap<EventId, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    use super::*;
    use uuid::Uuid;

    #[test]
    fn ids_that_differ_only_in_a_counter_spread_over_the_low_bits() {
        let hasher = BuildHasherDefault::<IdHasher>::default();
        for high in [7u128 << 64, 0] {
            let buckets: HashSet<u64> = (0..4096u128)
                .map(|n| hasher.hash_one(EventId(Uuid::from_u128(high | n << 120 | n))) & 0xfff)
                .collect();
            assert!(buckets.len() > 2000, "{} buckets of 4096", buckets.len());
        }
    }
}
