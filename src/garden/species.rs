//! The species data: half-lives, cadences, trust weights and which action feeds
//! which plant, read from `assets/rules/species.ron` (embedded in the binary, so
//! phones need no file) and compiled into flat tables for the replay loop.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::garden::state::Species;
use crate::journal::Action;

/// The embedded species file.
pub const EMBEDDED_SPECIES: &str = include_str!("../../assets/rules/species.ron");

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeciesSpec {
    /// With no care at all, strength halves in this many days.
    pub half_life_days: f32,
    /// How often this care comes when things go well; recent care fades over it.
    pub cadence_days: f32,
    /// Weight of the plant in the overall trust figure.
    pub trust_weight: f32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Feed {
    action: Action,
    species: Species,
    gain: f32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wilt {
    action: Action,
    species: Species,
    amount: f32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeciesFile {
    species: BTreeMap<Species, SpeciesSpec>,
    feeds: Vec<Feed>,
    #[serde(default)]
    wilts: Vec<Wilt>,
}

const SPECIES: usize = Species::ALL.len();
const ACTIONS: usize = Action::ALL.len();

/// The species data compiled for the replay loop: everything indexed by
/// `Species::index` and `Action as usize`, with per-day factors precomputed.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeciesRules {
    pub spec: [SpeciesSpec; SPECIES],
    /// `gain[action][species]`: how much one action feeds a plant.
    pub gain: [[f32; SPECIES]; ACTIONS],
    /// `wilt[action][species]`: how much one setback wilts a plant.
    pub wilt: [[f32; SPECIES]; ACTIONS],
    /// Per species, the share of strength kept over one day of neglect.
    pub strength_kept_per_day: [f32; SPECIES],
    /// Per species, the share of recent care still felt one day later.
    pub care_kept_per_day: [f32; SPECIES],
}

impl SpeciesRules {
    /// The rules embedded in the binary.
    pub fn embedded() -> Arc<SpeciesRules> {
        static RULES: OnceLock<Arc<SpeciesRules>> = OnceLock::new();
        RULES
            .get_or_init(|| {
                // The embedded file is part of the source; a unit test parses it,
                // so this cannot fail in a built binary.
                Arc::new(
                    SpeciesRules::from_ron(EMBEDDED_SPECIES)
                        .unwrap_or_else(|e| panic!("assets/rules/species.ron: {e}")),
                )
            })
            .clone()
    }

    /// Parses and checks a species file; the error names the line and the field.
    pub fn from_ron(text: &str) -> Result<SpeciesRules, String> {
        let file: SpeciesFile = ron::from_str(text).map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
        let mut spec = [SpeciesSpec {
            half_life_days: 1.0,
            cadence_days: 1.0,
            trust_weight: 0.0,
        }; SPECIES];
        for s in Species::ALL {
            let given = file
                .species
                .get(&s)
                .ok_or_else(|| format!("species: missing an entry for {s:?}"))?;
            for (field, value) in [
                ("half_life_days", given.half_life_days),
                ("cadence_days", given.cadence_days),
            ] {
                if !(value.is_finite() && value > 0.0) {
                    return Err(format!(
                        "species {s:?}, field {field}: must be a positive number of days, got {value}"
                    ));
                }
            }
            if !(given.trust_weight.is_finite() && given.trust_weight >= 0.0) {
                return Err(format!(
                    "species {s:?}, field trust_weight: must be zero or more, got {}",
                    given.trust_weight
                ));
            }
            spec[s.index()] = *given;
        }
        if spec.iter().all(|s| s.trust_weight == 0.0) {
            return Err("species: at least one trust_weight must be above zero".into());
        }
        let mut gain = [[0.0; SPECIES]; ACTIONS];
        for (n, feed) in file.feeds.iter().enumerate() {
            if !(feed.gain.is_finite() && feed.gain >= 0.0) {
                return Err(format!(
                    "feeds[{n}] ({:?} -> {:?}), field gain: must be zero or more, got {}",
                    feed.action, feed.species, feed.gain
                ));
            }
            gain[feed.action as usize][feed.species.index()] += feed.gain;
        }
        let mut wilt = [[0.0; SPECIES]; ACTIONS];
        for (n, w) in file.wilts.iter().enumerate() {
            if !(w.amount.is_finite() && (0.0..=1.0).contains(&w.amount)) {
                return Err(format!(
                    "wilts[{n}] ({:?} -> {:?}), field amount: must be in [0, 1], got {}",
                    w.action, w.species, w.amount
                ));
            }
            wilt[w.action as usize][w.species.index()] += w.amount;
        }
        Ok(SpeciesRules {
            strength_kept_per_day: spec.map(|s| 0.5f32.powf(1.0 / s.half_life_days)),
            care_kept_per_day: spec.map(|s| (-1.0 / s.cadence_days).exp()),
            spec,
            gain,
            wilt,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_file_parses_and_every_action_family_feeds_a_plant() {
        let rules = SpeciesRules::from_ron(EMBEDDED_SPECIES).unwrap();
        for s in Species::ALL {
            assert!(
                Action::ALL
                    .iter()
                    .any(|&a| rules.gain[a as usize][s.index()] > 0.0),
                "nothing feeds {s:?}"
            );
        }
    }

    #[test]
    fn a_bad_half_life_is_named() {
        let text = EMBEDDED_SPECIES.replacen("half_life_days: 90.0", "half_life_days: -1.0", 1);
        let err = SpeciesRules::from_ron(&text).unwrap_err();
        assert!(
            err.contains("Roots") && err.contains("half_life_days"),
            "{err}"
        );
    }

    #[test]
    fn a_typo_names_the_line() {
        let text = EMBEDDED_SPECIES.replacen("cadence_days: 7.0", "cadense_days: 7.0", 1);
        let err = SpeciesRules::from_ron(&text).unwrap_err();
        assert!(err.contains("line"), "{err}");
    }
}
