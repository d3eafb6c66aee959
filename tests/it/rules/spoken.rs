//! The garden's spoken description says what the scene shows, as a couple
//! lives it: a storm at the start that lifts with care, plants that come up
//! and grow, a weed where a promise was broken, a cloud when something felt off.

use trust_garden::garden::spoken::describe;
use trust_garden::journal::Kind;

use super::life::{A, B, Life, check_in, ordinary_day};

fn said(life: &Life, day: u64) -> String {
    let week_before = day.checked_sub(7).map(|d| life.garden(d));
    describe(&life.garden(day), week_before.as_ref())
}

#[test]
fn the_first_day_is_a_storm_over_seeds() {
    let life = Life::sam_hurt();
    let words = said(&life, 0);
    assert!(words.starts_with("A storm is over the garden."), "{words}");
    assert!(words.contains("Every plant is still a seed"), "{words}");
    assert!(!words.contains("weed"), "{words}");
}

#[test]
fn weeks_of_care_are_heard_as_growth_and_a_lifting_storm() {
    let mut life = Life::sam_hurt();
    for day in 0..28 {
        ordinary_day(&mut life, day);
    }
    let garden = life.garden(27);
    let words = said(&life, 27);
    assert!(
        life.storm(27) < life.storm(20),
        "the scenario lifts the storm"
    );
    assert!(words.contains("lifting"), "{words}");
    // Every plant that came up is named, and every seed too.
    for (species, plant) in &garden.plants {
        let name = species.name();
        let named = words.contains(name)
            || (name == "pollinators" && words.contains("bee"))
            || (name == "lanterns" && words.contains("lantern"));
        assert!(named, "{name} ({:?}) missing from: {words}", plant.stage);
    }
    // Kindness every day brings the bees, and they are heard growing.
    assert!(words.contains("bee"), "{words}");
    assert!(
        words.contains("growing") || words.contains("more than a week ago"),
        "{words}"
    );
}

#[test]
fn a_broken_promise_is_heard_as_a_weed_and_feeling_off_as_a_cloud() {
    let mut life = Life::sam_hurt();
    for day in 0..4 {
        ordinary_day(&mut life, day);
    }
    let before = said(&life, 3);
    assert!(
        !before.contains("weed") && !before.contains("cloud"),
        "{before}"
    );

    let promise = life.promise(A, 4, 9, "call at lunch");
    life.log(A, 4, 14, Kind::PromiseBroken { promise });
    life.log(B, 4, 20, Kind::FeelsOff);
    let garden = life.garden(4);
    assert_eq!(garden.weeds.len(), 1);
    assert_eq!(garden.weather.clouds.len(), 1);
    let words = said(&life, 4);
    assert!(words.contains("One weed grows by the path."), "{words}");
    assert!(words.contains("with one cloud"), "{words}");

    // Letting it go clears the weed, a calm check-in the cloud: the words follow.
    life.log(B, 5, 9, Kind::LetItGo);
    life.log(B, 5, 10, check_in(4, true));
    let words = said(&life, 5);
    assert!(
        !words.contains("weed") && !words.contains("cloud"),
        "{words}"
    );
}

#[test]
fn a_pause_is_heard() {
    let mut life = Life::sam_hurt();
    ordinary_day(&mut life, 0);
    life.log(
        A,
        1,
        9,
        Kind::Pause {
            from: super::life::day(2),
            to: super::life::day(4),
        },
    );
    let words = said(&life, 2);
    assert!(words.contains("resting during a pause"), "{words}");
}

#[test]
fn weeks_of_care_are_heard_in_german() {
    use trust_garden::i18n::{Lang, scoped};
    let mut life = Life::sam_hurt();
    for day in 0..28 {
        ordinary_day(&mut life, day);
    }
    let english = said(&life, 27);
    let words = scoped(Lang::De, || said(&life, 27));
    assert_ne!(words, english);
    // The storm lifts in German, and the plants that came up are named in German.
    assert!(words.contains("Sturm"), "{words}");
    assert!(
        words.contains("lichtet sich") || words.contains("zieht ab"),
        "{words}"
    );
    assert!(words.contains("Biene"), "{words}");
    let garden = life.garden(27);
    for species in garden.plants.keys() {
        let the = scoped(Lang::De, || {
            trust_garden::i18n::message(&format!("garden-species-{}.the", species.name()), None)
        });
        let named = match species.name() {
            "pollinators" => words.contains("Biene"),
            "lanterns" => words.contains("Laterne"),
            _ => words.to_lowercase().contains(&the.to_lowercase()),
        };
        assert!(named, "{the} missing from: {words}");
    }
    // Nothing English and no message key slipped through.
    for english_word in ["storm", "the tree", "growing", "garden-"] {
        assert!(!words.contains(english_word), "{english_word:?} in {words}");
    }
    assert!(words.ends_with('.'), "{words}");
}

#[test]
fn a_weed_and_a_cloud_are_heard_in_spanish() {
    use trust_garden::i18n::{Lang, scoped};
    let mut life = Life::sam_hurt();
    for day in 0..4 {
        ordinary_day(&mut life, day);
    }
    let promise = life.promise(A, 4, 9, "call at lunch");
    life.log(A, 4, 14, Kind::PromiseBroken { promise });
    life.log(B, 4, 20, Kind::FeelsOff);
    let words = scoped(Lang::Es, || said(&life, 4));
    assert!(words.contains(", con una nube."), "{words}");
    assert!(
        words.contains("Junto al sendero crece una mala hierba."),
        "{words}"
    );
    assert!(words.contains("tormenta"), "{words}");
    assert!(!words.contains("garden-"), "{words}");

    let first_day = scoped(Lang::Es, || said(&Life::sam_hurt(), 0));
    assert_eq!(
        first_day,
        "Hay una tormenta sobre el jardín. Todas las plantas son todavía semillas, a la espera de un primer pequeño gesto de cuidado."
    );
}
