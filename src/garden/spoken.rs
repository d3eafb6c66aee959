//! The garden in words, for someone who hears the screen instead of seeing
//! it: what a sighted partner would notice in the scene, built from the same
//! replayed garden the art draws, so the two never disagree.

use crate::garden::rules::sky_for;
use crate::garden::state::{Garden, Plant, Sky, Species, Stage};
use crate::t;

/// How much a plant's growth must move in a week to be called growing or
/// fading (growth runs from 0 to 4; one stage is 1.0).
const MOVED: f32 = 0.05;
/// Below this growth the scene shows a plant as a seed or bare seedling
/// (the art draws growth / 4, and a first shape from 0.02 of that).
const VISIBLE: f32 = 0.08;
/// How much the storm must ease in a week to be called lifting.
const LIFTING: f32 = 0.01;

/// One paragraph describing the garden, e.g. "A light storm is lifting. The
/// tree is young and growing; the flowers are sprouting. The roots and soil
/// are still seeds. Two weeds grow by the path." `week_before` is the same
/// garden seven days earlier, when there is one, for what is growing, fading
/// or lifting. The words come from garden.ftl in the current language.
pub fn describe(garden: &Garden, week_before: Option<&Garden>) -> String {
    let mut sentences = vec![weather(garden, week_before)];
    if garden.paused {
        sentences.push(t!("garden-spoken-paused"));
    }
    sentences.extend(plants(garden, week_before));
    if let Some(weeds) = weeds(garden) {
        sentences.push(weeds);
    }
    sentences.join(" ")
}

/// The sky, the storm and its clouds, as the scene shows them.
fn weather(garden: &Garden, week_before: Option<&Garden>) -> String {
    let weather = &garden.weather;
    let lifting = week_before.is_some_and(|b| b.weather.storm - weather.storm > LIFTING);
    let storm = weather.storm;
    let sky = if storm >= 0.5 {
        if lifting {
            t!("garden-spoken-storm-lifting")
        } else {
            t!("garden-spoken-storm")
        }
    } else if storm >= 0.25 {
        if lifting {
            t!("garden-spoken-light-storm-lifting")
        } else {
            t!("garden-spoken-light-storm")
        }
    } else if storm >= 0.1 {
        if lifting {
            t!("garden-spoken-storm-last-lifting")
        } else {
            t!("garden-spoken-storm-lingers")
        }
    } else {
        // Without the storm, the sky follows the moods and clouds alone.
        match sky_for(weather.mood, 0.0, weather.clouds.len()) {
            Sky::Clear => t!("garden-spoken-sky-clear"),
            Sky::Fair => t!("garden-spoken-sky-fair"),
            Sky::Overcast => t!("garden-spoken-sky-overcast"),
            Sky::Rain | Sky::Storm => t!("garden-spoken-sky-rain"),
        }
    };
    let clouds = weather.clouds.len();
    t!(
        "garden-spoken-weather",
        sky = sky,
        clouds = clouds,
        number = number(clouds)
    )
}

/// One sentence for the plants that have come up, one for those still seeds.
fn plants(garden: &Garden, week_before: Option<&Garden>) -> Vec<String> {
    let mut grown = Vec::new();
    let mut seeds = Vec::new();
    for species in Species::ALL {
        let Some(plant) = garden.plants.get(&species) else {
            seeds.push(species);
            continue;
        };
        let before = week_before.and_then(|b| b.plants.get(&species));
        match growing(species, plant, before) {
            Some(words) => grown.push(words),
            None => seeds.push(species),
        }
    }
    let mut sentences = Vec::new();
    if !grown.is_empty() {
        sentences.push(capitalised(&t!(
            "garden-spoken-plants",
            plants = grown.join("; ")
        )));
    }
    if seeds.len() == Species::ALL.len() {
        sentences.push(t!("garden-spoken-all-seeds"));
    } else {
        // Bees and lanterns are not seeds: they are simply not there yet.
        let (absent, seeds): (Vec<Species>, Vec<Species>) = seeds
            .into_iter()
            .partition(|s| matches!(s, Species::Pollinators | Species::Lanterns));
        if !seeds.is_empty() {
            let one = seeds.len() == 1 && !plural(seeds[0]);
            let names: Vec<String> = seeds.iter().map(|s| attribute(*s, "listed")).collect();
            sentences.push(capitalised(&t!(
                "garden-spoken-still-seeds",
                names = listed(&names),
                form = form(one)
            )));
        }
        let which = match absent.as_slice() {
            [] => None,
            [Species::Pollinators] => Some("bees"),
            [_] => Some("lanterns"),
            _ => Some("both"),
        };
        if let Some(which) = which {
            sentences.push(t!("garden-spoken-absent", which = which));
        }
    }
    sentences
}

/// "the tree is young and growing", or `None` while it is a seed.
fn growing(species: Species, plant: &Plant, before: Option<&Plant>) -> Option<String> {
    if plant.growth < VISIBLE {
        return None;
    }
    let looks = looks(species, plant.stage);
    let moved = before.map_or(0.0, |b| plant.growth - b.growth);
    // Bees and lanterns are counted, not sized: "more", "fewer".
    let counted = matches!(species, Species::Pollinators | Species::Lanterns);
    let trend = if plant.drooping() {
        if counted {
            Some("garden-spoken-fewer-after-setback")
        } else {
            Some("garden-spoken-drooping")
        }
    } else if moved > MOVED {
        Some(if counted {
            "garden-spoken-more"
        } else {
            "garden-spoken-growing"
        })
    } else if moved < -MOVED {
        Some(if counted {
            "garden-spoken-fewer"
        } else {
            "garden-spoken-fading"
        })
    } else {
        None
    };
    Some(match trend {
        Some(key) => t!(key, looks = looks),
        None => looks,
    })
}

/// What a plant that has come up looks like at its stage.
fn looks(species: Species, stage: Stage) -> String {
    let stage_id = match stage {
        Stage::Seed => "seed",
        Stage::Sprout => "sprout",
        Stage::Young => "young",
        Stage::Mature => "mature",
        Stage::Flourishing => "flourishing",
    };
    match species {
        Species::Pollinators => t!(&format!("garden-spoken-bees-{stage_id}")),
        Species::Lanterns => t!(&format!("garden-spoken-lanterns-{stage_id}")),
        _ => t!(
            &format!("garden-spoken-plant-{stage_id}"),
            the = attribute(species, "the"),
            form = form(!plural(species))
        ),
    }
}

/// The weeds by the path, if any.
fn weeds(garden: &Garden) -> Option<String> {
    match garden.weeds.len() {
        0 => None,
        n => Some(capitalised(&t!(
            "garden-spoken-weeds",
            count = n,
            number = number(n)
        ))),
    }
}

fn plural(species: Species) -> bool {
    !matches!(species, Species::Soil | Species::Tree | Species::Trellis)
}

/// How a language's sentence agrees with its subject: one thing or several.
fn form(single: bool) -> &'static str {
    if single { "single" } else { "several" }
}

/// A species' name as a sentence uses it (`the`: "the tree"; `listed`: as
/// one of a list), in the current language.
fn attribute(species: Species, which: &str) -> String {
    t!(&format!("garden-species-{}.{which}", species.name()))
}

/// "a", "a and b", "a, b and c", with the current language's "and".
fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!("garden-list-and", init = init.join(", "), last = last),
    }
}

/// A small number in words ("two"), larger ones in digits.
fn number(n: usize) -> String {
    t!("garden-number", n = n)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        let names =
            |list: &[&str]| -> Vec<String> { list.iter().map(|s| (*s).to_owned()).collect() };
        assert_eq!(listed(&names(&["roots"])), "roots");
        assert_eq!(listed(&names(&["roots", "soil"])), "roots and soil");
        assert_eq!(
            listed(&names(&["roots", "soil", "lanterns"])),
            "roots, soil and lanterns"
        );
        assert_eq!(number(2), "two");
        assert_eq!(number(12), "12");
        assert_eq!(capitalised("two weeds"), "Two weeds");
    }

    #[test]
    fn every_plant_at_every_stage_and_trend_has_words_in_every_language() {
        let plant = Plant::at;
        let stages = [
            Stage::Seed,
            Stage::Sprout,
            Stage::Young,
            Stage::Mature,
            Stage::Flourishing,
        ];
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::scoped(lang, || {
                for species in Species::ALL {
                    for (n, stage) in stages.into_iter().enumerate() {
                        let now = plant(stage, n as f32 + 0.5, 0.0);
                        for before in [
                            plant(stage, n as f32 + 0.1, 0.0),
                            plant(stage, n as f32 + 0.9, 0.0),
                            now.clone(),
                        ] {
                            let words = growing(species, &now, Some(&before)).unwrap_or_default();
                            assert!(
                                !words.is_empty() && !words.contains("garden-"),
                                "{lang:?} {species:?} {stage:?}: {words}"
                            );
                        }
                        let wilted = plant(stage, n as f32 + 0.5, 0.5);
                        let words = growing(species, &wilted, None).unwrap_or_default();
                        assert!(!words.contains("garden-"), "{lang:?}: {words}");
                    }
                    let names = vec![attribute(species, "listed"), attribute(species, "the")];
                    assert!(!listed(&names).contains("garden-"), "{lang:?} {species:?}");
                }
                for n in 0..13 {
                    assert!(!number(n).is_empty());
                }
            });
        }
    }

    #[test]
    fn seeds_are_listed_with_their_articles_in_german() {
        crate::i18n::scoped(crate::i18n::Lang::De, || {
            let names: Vec<String> = [Species::Roots, Species::Tree, Species::Paths]
                .into_iter()
                .map(|s| attribute(s, "listed"))
                .collect();
            assert_eq!(listed(&names), "die Wurzeln, der Baum und die Wege");
            assert_eq!(number(3), "drei");
            assert_eq!(number(12), "12");
        });
    }

    #[test]
    fn a_plant_says_how_it_looks_and_where_it_is_going() {
        let plant = Plant::at;
        let young = plant(Stage::Young, 2.3, 0.0);
        let before = plant(Stage::Young, 2.0, 0.0);
        assert_eq!(
            growing(Species::Tree, &young, Some(&before)).as_deref(),
            Some("the tree is young and growing")
        );
        assert_eq!(
            growing(Species::Flowers, &before, Some(&young)).as_deref(),
            Some("the flowers are young and fading a little")
        );
        assert_eq!(
            growing(Species::Tree, &young, Some(&young)).as_deref(),
            Some("the tree is young")
        );
        let wilted = plant(Stage::Sprout, 1.2, 0.5);
        assert_eq!(
            growing(Species::Flowers, &wilted, Some(&before)).as_deref(),
            Some("the flowers are sprouting, drooping a little after a setback")
        );
        assert_eq!(
            growing(Species::Lanterns, &young, Some(&before)).as_deref(),
            Some("a few lanterns glow, more now than a week ago")
        );
        assert_eq!(
            growing(Species::Tree, &plant(Stage::Seed, 0.5, 0.0), None).as_deref(),
            Some("the tree is just coming up"),
            "a small tree is drawn before its first stage"
        );
        assert_eq!(
            growing(Species::Soil, &plant(Stage::Seed, 0.05, 0.0), None),
            None
        );
    }
}
