//! Words the front ends show about the garden. Each that says what clears a
//! weed or a cloud or lifts the storm is a rule, and a test performs what it
//! says and checks that it happens (tests/it/rules/words.rs). The words
//! themselves live in `assets/locales/<lang>/garden.ftl`.

use crate::garden::state::{Species, Weed};
use crate::journal::Hurt;

/// What clears a weed.
pub fn weed_hint(weed: &Weed) -> String {
    if weed.silent {
        crate::t!("garden-weed-hint-silent")
    } else {
        crate::t!("garden-weed-hint")
    }
}

/// What clears a cloud.
pub fn cloud_hint() -> String {
    crate::t!("garden-cloud-hint")
}

/// What lifts the storm, naming who was hurt (`names`: the couple's names).
pub fn storm_hint(hurt: Hurt, names: &[String; 2]) -> String {
    match hurt {
        Hurt::One(p) => crate::t!("garden-storm-hint-one", name = &names[p.index()]),
        Hurt::Both | Hurt::NotSaid => crate::t!("garden-storm-hint-each"),
    }
}

/// Who was hurt, in a few words ("Sam was hurt", "both were hurt").
pub fn who_was_hurt(hurt: Hurt, names: &[String; 2]) -> String {
    match hurt {
        Hurt::One(p) => crate::t!("garden-hurt-one", name = &names[p.index()]),
        Hurt::Both => crate::t!("garden-hurt-both"),
        Hurt::NotSaid => crate::t!("garden-hurt-not-said"),
    }
}

/// "logged 3 days later", for an entry written after the day it happened.
pub fn late(days: u32) -> Option<String> {
    (days > 0).then(|| crate::t!("garden-late", days = days))
}

/// A plant's name and what grows it, for its card.
pub fn species_story(species: Species) -> (String, String) {
    (
        species.label(),
        crate::t!(&format!("garden-species-{}.story", species.name())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};
    use crate::journal::Partner;

    #[test]
    fn hints_speak_the_couples_language_with_their_names() {
        let names = ["Alex".to_owned(), "Sam".to_owned()];
        let hurt = Hurt::One(Partner::B);
        scoped(Lang::De, || {
            assert_eq!(who_was_hurt(hurt, &names), "Sam wurde verletzt");
            assert!(storm_hint(hurt, &names).contains("Sam"));
            assert_eq!(late(1).as_deref(), Some("einen Tag später eingetragen"));
            assert_eq!(late(3).as_deref(), Some("3 Tage später eingetragen"));
            assert_eq!(late(0), None);
        });
        scoped(Lang::Es, || {
            assert_eq!(
                who_was_hurt(Hurt::Both, &names),
                "las dos personas salieron heridas"
            );
            assert!(cloud_hint().contains("check-in"));
            let (name, story) = species_story(Species::Tree);
            assert_eq!(name, "El árbol");
            assert!(story.contains("promesa cumplida"), "{story}");
        });
    }
}
