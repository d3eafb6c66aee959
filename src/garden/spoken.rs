//! The garden in words, for someone who hears the screen instead of seeing
//! it: what a sighted partner would notice in the scene, built from the same
//! replayed garden the art draws, so the two never disagree.

use crate::garden::rules::sky_for;
use crate::garden::state::{Garden, Plant, Sky, Species, Stage};

/// How much a plant's growth must move in a week to be called growing or
/// fading (growth runs from 0 to 4; one stage is 1.0).
const MOVED: f32 = 0.05;
/// From how wilted a plant is said to droop (wilt runs from 0 to 1).
const DROOPING: f32 = 0.3;
/// Below this growth the scene shows a plant as a seed or bare seedling
/// (the art draws growth / 4, and a first shape from 0.02 of that).
const VISIBLE: f32 = 0.08;
/// How much the storm must ease in a week to be called lifting.
const LIFTING: f32 = 0.01;

/// One paragraph describing the garden, e.g. "A light storm is lifting. The
/// tree is young and growing; the flowers are sprouting. The roots and soil
/// are still seeds. Two weeds grow by the path." `week_before` is the same
/// garden seven days earlier, when there is one, for what is growing, fading
/// or lifting.
pub fn describe(garden: &Garden, week_before: Option<&Garden>) -> String {
    let mut sentences = vec![weather(garden, week_before)];
    if garden.paused {
        sentences.push("The garden is resting during a pause.".to_owned());
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
    let mut sky = if storm >= 0.5 {
        if lifting {
            "A storm is over the garden, lifting a little".to_owned()
        } else {
            "A storm is over the garden".to_owned()
        }
    } else if storm >= 0.25 {
        if lifting {
            "A light storm is lifting".to_owned()
        } else {
            "A light storm hangs over the garden".to_owned()
        }
    } else if storm >= 0.1 {
        if lifting {
            "The last of a storm is lifting".to_owned()
        } else {
            "A little of a storm lingers".to_owned()
        }
    } else {
        // Without the storm, the sky follows the moods and clouds alone.
        let sky = match sky_for(weather.mood, 0.0, weather.clouds.len()) {
            Sky::Clear => "The sky is clear",
            Sky::Fair => "The weather is fair",
            Sky::Overcast => "The sky is overcast",
            Sky::Rain | Sky::Storm => "Rain is falling",
        };
        sky.to_owned()
    };
    match weather.clouds.len() {
        0 => {}
        1 => sky.push_str(", with one cloud"),
        n => sky.push_str(&format!(", with {} clouds", number(n))),
    }
    sky.push('.');
    sky
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
        sentences.push(format!("{}.", capitalised(&grown.join("; "))));
    }
    if seeds.len() == Species::ALL.len() {
        sentences
            .push("Every plant is still a seed, waiting for a first small act of care.".into());
    } else {
        // Bees and lanterns are not seeds: they are simply not there yet.
        let (absent, seeds): (Vec<Species>, Vec<Species>) = seeds
            .into_iter()
            .partition(|s| matches!(s, Species::Pollinators | Species::Lanterns));
        if !seeds.is_empty() {
            let one = seeds.len() == 1 && !plural(seeds[0]);
            let names: Vec<&str> = seeds.iter().map(|s| s.name()).collect();
            let (verb, noun) = if one {
                ("is", "a seed")
            } else {
                ("are", "seeds")
            };
            sentences.push(capitalised(&format!(
                "the {} {verb} still {noun}.",
                listed(&names)
            )));
        }
        let absent: Vec<&str> = absent
            .iter()
            .map(|s| match s {
                Species::Pollinators => "bees",
                _ => "lanterns",
            })
            .collect();
        if !absent.is_empty() {
            sentences.push(format!("No {} yet.", absent.join(" or ")));
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
    let trend = if plant.wilt >= DROOPING {
        if counted {
            Some(", fewer after a setback")
        } else {
            Some(", drooping a little after a setback")
        }
    } else if moved > MOVED {
        Some(if counted {
            ", more now than a week ago"
        } else {
            " and growing"
        })
    } else if moved < -MOVED {
        Some(if counted {
            ", fewer now than a week ago"
        } else {
            " and fading a little"
        })
    } else {
        None
    };
    Some(format!("{looks}{}", trend.unwrap_or_default()))
}

/// What a plant that has come up looks like at its stage.
fn looks(species: Species, stage: Stage) -> String {
    let words = match (species, stage) {
        (Species::Pollinators, Stage::Seed) => "a bee visits now and then",
        (Species::Lanterns, Stage::Seed) => "a lantern flickers",
        (Species::Pollinators, Stage::Sprout) => "a first bee visits",
        (Species::Pollinators, Stage::Young) => "a few bees visit",
        (Species::Pollinators, Stage::Mature) => "bees and butterflies visit",
        (Species::Pollinators, Stage::Flourishing) => "bees and butterflies fill the garden",
        (Species::Lanterns, Stage::Sprout) => "a first lantern glows",
        (Species::Lanterns, Stage::Young) => "a few lanterns glow",
        (Species::Lanterns, Stage::Mature) => "lanterns glow along the path",
        (Species::Lanterns, Stage::Flourishing) => "lanterns glow all through the garden",
        (_, stage) => {
            let verb = if plural(species) { "are" } else { "is" };
            let adjective = match stage {
                Stage::Seed => "just coming up",
                Stage::Sprout => "sprouting",
                Stage::Young => "young",
                Stage::Mature => "grown",
                Stage::Flourishing => "flourishing",
            };
            return format!("the {} {verb} {adjective}", species.name());
        }
    };
    words.to_owned()
}

/// The weeds by the path, if any.
fn weeds(garden: &Garden) -> Option<String> {
    match garden.weeds.len() {
        0 => None,
        1 => Some("One weed grows by the path.".into()),
        n => Some(format!(
            "{} weeds grow by the path.",
            capitalised(&number(n))
        )),
    }
}

fn plural(species: Species) -> bool {
    !matches!(species, Species::Soil | Species::Tree | Species::Trellis)
}

/// "a", "a and b", "a, b and c".
fn listed(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn number(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
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
        assert_eq!(listed(&["roots"]), "roots");
        assert_eq!(listed(&["roots", "soil"]), "roots and soil");
        assert_eq!(
            listed(&["roots", "soil", "lanterns"]),
            "roots, soil and lanterns"
        );
        assert_eq!(number(2), "two");
        assert_eq!(number(12), "12");
        assert_eq!(capitalised("two weeds"), "Two weeds");
    }

    #[test]
    fn a_plant_says_how_it_looks_and_where_it_is_going() {
        let plant = |stage, growth, wilt| Plant {
            strength: 0.5,
            growth,
            stage,
            wilt,
            fed_by: [0, 0],
            recent: Vec::new(),
        };
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
