//! Words the front ends show about the garden. Each that says what clears a
//! weed or a cloud or lifts the storm is a rule, and a test performs what it
//! says and checks that it happens (tests/it/rules/words.rs).

use crate::garden::state::{Species, Weed};
use crate::journal::Hurt;

/// What clears a weed.
pub fn weed_hint(weed: &Weed) -> &'static str {
    if weed.silent {
        "a promise left unspoken past its day: saying honestly how it went, kept or broken, clears it"
    } else {
        "an apology the other acknowledges, or letting a small thing go, clears it"
    }
}

/// What clears a cloud.
pub const CLOUD_HINT: &str = "a calm check-in or an honest talk clears it";

/// What lifts the storm, naming who was hurt (`names`: the couple's names).
pub fn storm_hint(hurt: Hurt, names: &[String; 2]) -> String {
    let ready = match hurt {
        Hurt::One(p) => format!("when {} feels ready to move forward", names[p.index()]),
        Hurt::Both | Hurt::NotSaid => "as each of you feels ready to move forward".to_owned(),
    };
    format!("it lifts a little with every day of care, and more {ready}")
}

/// Who was hurt, in a few words ("Sam was hurt", "both were hurt").
pub fn who_was_hurt(hurt: Hurt, names: &[String; 2]) -> String {
    match hurt {
        Hurt::One(p) => format!("{} was hurt", names[p.index()]),
        Hurt::Both => "both were hurt".to_owned(),
        Hurt::NotSaid => "who was hurt not said".to_owned(),
    }
}

/// "logged 3 days later", for an entry written after the day it happened.
pub fn late(days: u32) -> Option<String> {
    match days {
        0 => None,
        1 => Some("logged a day later".to_owned()),
        n => Some(format!("logged {n} days later")),
    }
}

/// A plant's name and what grows it, for its card.
pub fn species_story(species: Species) -> (&'static str, &'static str) {
    match species {
        Species::Roots => (
            "Roots",
            "Honest talks deepen them, and so does a sincere apology.",
        ),
        Species::Soil => (
            "Soil",
            "Check-ins water it, and so does saying calmly that something feels off.",
        ),
        Species::Tree => (
            "The tree",
            "Every kept promise adds a ring: slow and sturdy. A broken one sets it back.",
        ),
        Species::Flowers => ("Flowers", "They bloom with quality time together."),
        Species::Trellis => (
            "Trellis",
            "Support sessions build it, and it speeds all growth.",
        ),
        Species::Paths => (
            "Paths",
            "Letting small things go keeps them clear of weeds.",
        ),
        Species::Pollinators => ("Pollinators", "Acts of kindness bring them."),
        Species::Lanterns => (
            "Lanterns",
            "Gratitude and shared memories light them at night, and so does moving forward.",
        ),
    }
}
