//! cargo-fuzz target `open`: `cargo +nightly fuzz run open --features libfuzzer`.
//! The body and its invariants are `trust_garden_fuzz::open` (src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    trust_garden_fuzz::open(data);
});
