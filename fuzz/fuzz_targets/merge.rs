//! cargo-fuzz target `merge`: `cargo +nightly fuzz run merge --features libfuzzer`.
//! The body and its invariants are `trust_garden_fuzz::merge` (src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    trust_garden_fuzz::merge(data);
});
