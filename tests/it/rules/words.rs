//! Every word that says what clears a weed or a cloud, lifts the storm or
//! grows a plant is performed here, and checked to happen.

use trust_garden::actions::{Command, When};
use trust_garden::garden::Species;
use trust_garden::garden::words::{cloud_hint, species_story, storm_hint, weed_hint};
use trust_garden::journal::{Action, Kind};

use super::life::{A, B, Life, check_in, ordinary_day};

/// A life with one admitted broken promise on day 3 (its weed is there).
fn with_admitted_weed() -> Life {
    let mut life = Life::sam_hurt();
    for day in 0..4 {
        ordinary_day(&mut life, day);
    }
    let promise = life.promise(A, 2, 12, "call at lunch");
    life.log(A, 3, 13, Kind::PromiseBroken { promise });
    let garden = life.garden(3);
    assert_eq!(garden.weeds.len(), 1);
    assert!(!garden.weeds[0].silent);
    life
}

/// A life with a promise left unspoken past its day (a weed of silence).
fn with_silent_weed() -> (Life, trust_garden::journal::EventId) {
    let mut life = Life::sam_hurt();
    let promise = life.promise(A, 0, 12, "call at lunch");
    for day in 0..12 {
        ordinary_day(&mut life, day);
    }
    let garden = life.garden(11);
    assert!(garden.weeds.iter().any(|w| w.silent));
    (life, promise)
}

#[test]
fn the_weed_hint_is_true() {
    let hint = weed_hint(&with_admitted_weed().garden(3).weeds[0]);
    assert!(hint.contains("apology the other acknowledges"), "{hint}");
    assert!(hint.contains("letting a small thing go"), "{hint}");

    // "an apology the other acknowledges"
    let mut life = with_admitted_weed();
    let sorry = life.log(A, 4, 12, Kind::Apology);
    assert_eq!(
        life.garden(4).weeds.len(),
        1,
        "not until it is acknowledged"
    );
    life.ack(B, 4, 20, sorry);
    assert!(life.garden(4).weeds.is_empty());

    // "letting a small thing go" (by either of them)
    for by in [A, B] {
        let mut life = with_admitted_weed();
        life.log(by, 4, 12, Kind::LetItGo);
        assert!(life.garden(4).weeds.is_empty());
    }
}

#[test]
fn the_weed_of_silence_hint_is_true() {
    let (life, _) = with_silent_weed();
    let weed = life
        .garden(11)
        .weeds
        .into_iter()
        .find(|w| w.silent)
        .unwrap();
    let hint = weed_hint(&weed);
    assert!(hint.contains("kept or broken"), "{hint}");
    for kind in ["kept", "broken"] {
        let (mut life, promise) = with_silent_weed();
        let said = match kind {
            "kept" => Kind::PromiseKept { promise },
            _ => Kind::PromiseBroken { promise },
        };
        life.log(A, 12, 9, said);
        assert!(
            !life.garden(12).weeds.iter().any(|w| w.silent),
            "saying it was {kind} clears it"
        );
    }
    // Letting go or an apology do not: only honesty about the promise does.
    let (mut life, _) = with_silent_weed();
    life.log(B, 12, 9, Kind::LetItGo);
    let sorry = life.log(A, 12, 10, Kind::Apology);
    life.ack(B, 12, 11, sorry);
    assert!(life.garden(12).weeds.iter().any(|w| w.silent));
}

#[test]
fn the_cloud_hint_is_true() {
    let hint = cloud_hint();
    assert!(hint.contains("calm check-in") && hint.contains("honest talk"));
    for (clears, kind) in [
        (true, check_in(3, true)),
        (true, Kind::HonestTalk),
        (false, check_in(3, false)),
    ] {
        let mut life = Life::sam_hurt();
        life.log(B, 0, 12, Kind::FeelsOff);
        assert_eq!(life.garden(0).weather.clouds.len(), 1);
        life.log(A, 0, 13, kind.clone());
        assert_eq!(life.garden(0).weather.clouds.is_empty(), clears, "{kind:?}");
    }
}

#[test]
fn the_storm_hint_is_true() {
    let life = Life::sam_hurt();
    let names = life.ledger().couple().names.clone();
    let hint = storm_hint(life.ledger().couple().hurt, &names);
    assert!(hint.contains("every day of care"), "{hint}");
    assert!(hint.contains("when Sam feels ready"), "{hint}");

    // "a little with every day of care"
    let mut care = Life::sam_hurt();
    let quiet = Life::sam_hurt();
    ordinary_day(&mut care, 1);
    assert!(care.storm(1) < quiet.storm(1));
    // "more when Sam feels ready to move forward"
    let mut ready = Life::sam_hurt();
    ordinary_day(&mut ready, 1);
    ready.log(B, 1, 22, Kind::MovingForward);
    let lifted_by_care = quiet.storm(1) - care.storm(1);
    let lifted_by_both = quiet.storm(1) - ready.storm(1);
    assert!(lifted_by_both > lifted_by_care);
}

/// A plant, the words its card must hold, what grows it, what sets it back.
struct Claim(
    Species,
    &'static [&'static str],
    &'static [Action],
    Option<Action>,
);

/// Each plant's card names what grows it (and what sets the tree back).
#[test]
fn every_plant_story_is_true() {
    let claims: [Claim; 8] = [
        Claim(
            Species::Roots,
            &["Honest talks", "apology"],
            &[Action::HonestTalk, Action::Apology],
            None,
        ),
        Claim(
            Species::Soil,
            &["Check-ins", "feels off"],
            &[Action::CheckIn, Action::FeelsOff],
            None,
        ),
        Claim(
            Species::Tree,
            &["kept promise", "broken one sets it back"],
            &[Action::PromiseKept],
            Some(Action::PromiseBroken),
        ),
        Claim(
            Species::Flowers,
            &["quality time"],
            &[Action::QualityTime],
            None,
        ),
        Claim(
            Species::Trellis,
            &["Support sessions"],
            &[Action::Support],
            None,
        ),
        Claim(
            Species::Paths,
            &["Letting small things go"],
            &[Action::LetItGo],
            None,
        ),
        Claim(
            Species::Pollinators,
            &["kindness"],
            &[Action::Kindness],
            None,
        ),
        Claim(
            Species::Lanterns,
            &["Gratitude", "moving forward"],
            &[Action::Gratitude, Action::MovingForward],
            None,
        ),
    ];
    for Claim(species, words, grows, sets_back) in claims {
        let (_, story) = species_story(species);
        for word in words {
            assert!(
                story.contains(word),
                "{species:?}: {story:?} lacks {word:?}"
            );
        }
        for action in grows {
            let mut with = Life::sam_hurt();
            let without = Life::sam_hurt();
            perform(&mut with, *action);
            let strength = |life: &Life| life.garden(1).plants[&species].strength;
            assert!(
                strength(&with) > strength(&without),
                "{action:?} grows {species:?}"
            );
        }
        if let Some(setback) = sets_back {
            let mut kept = Life::sam_hurt();
            for day in 0..20 {
                let promise = kept.promise(A, day, 9, "small");
                kept.log(A, day, 18, Kind::PromiseKept { promise });
            }
            let before = kept.garden(20).plants[&species].strength;
            perform_on(&mut kept, 20, setback);
            let after = kept.garden(20).plants[&species].strength;
            assert!(
                after < before,
                "{setback:?} sets the {species:?} back: {before} -> {after}"
            );
        }
    }
}

fn perform(life: &mut Life, action: Action) {
    perform_on(life, 1, action);
}

fn perform_on(life: &mut Life, day: u64, action: Action) {
    let kind = match action {
        Action::PromiseKept | Action::PromiseBroken => {
            let promise = life.promise(A, day, 9, "small");
            if action == Action::PromiseKept {
                Kind::PromiseKept { promise }
            } else {
                Kind::PromiseBroken { promise }
            }
        }
        other => super::life::kind_for(life, A, other).unwrap(),
    };
    let command = Command::Log {
        kind,
        when: When::Now,
        note: None,
    };
    life.command(A, day, 19, 0, command).unwrap();
}
