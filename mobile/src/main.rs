//! The iOS executable (TrustGarden.app runs it). Android loads the library
//! instead, so there this binary is only compiled, never packaged.

fn main() {
    trust_garden_mobile::main();
}
