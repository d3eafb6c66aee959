//! cargo-fuzz target `line`: `cargo +nightly fuzz run line --features libfuzzer`.
//! The body and its invariants are `trust_garden_fuzz::line` (src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    trust_garden_fuzz::line(data);
});
