//! The rules the seed articles impose, one named constant or function each.
//! Per-species numbers (half-lives, gains) are data in `assets/rules/species.ron`;
//! what is here is the shape of the game, the same for every plant.

use chrono::{Datelike, NaiveDate};

use crate::garden::state::Sky;

/// Diminishing returns within a day: the day's push towards full strength is
/// `1 - e^-dose`, so a second action adds less than the first and no burst
/// pushes past 1. "Trust can be broken in a moment; rebuilding it takes time":
/// a burst cannot replace steady days.
pub fn diminishing_returns(dose: f32) -> f32 {
    1.0 - (-dose.max(0.0)).exp()
}

/// "Actions must be seen" (DESIGN rule 4): being seen lets the garden reach
/// its full light. Trust is multiplied by `SEEN_FLOOR` for a garden whose
/// actions nobody acknowledged, rising to 1 as the partners acknowledge each
/// other's actions. Acknowledging is a response, not work: it never counts in
/// a share, the streak or the mutuality balance, and an action that nobody
/// acknowledged never lowers trust (more care never ends behind less).
pub const SEEN_FLOOR: f32 = 0.75;

/// How fast being seen builds and fades, like a plant: the day's
/// acknowledgements (each weighted by how recent the action is, so acknowledging
/// months of old entries at once is not a burst) push towards full with
/// diminishing returns, and the level follows at this half-life.
pub const SEEN_HALF_LIFE_DAYS: f32 = 10.0;

/// An acknowledgement of an action this many days old counts half.
pub const SEEN_AGE_HALF_LIFE_DAYS: f32 = 7.0;

/// How much of the growth a garden tended by one partner alone gets, against
/// both partners contributing equally: "rebuilding trust is not solely the
/// responsibility of the partner who caused harm; it requires effort from both".
pub const SOLO_GROWTH: f32 = 0.6;

/// Half-life, in days, of the effort that counts towards each partner's share
/// and the mutuality balance: recent effort, not a lifetime tally.
pub const SHARE_HALF_LIFE_DAYS: f32 = 14.0;

/// Recent effort (actions, fading at `SHARE_HALF_LIFE_DAYS`) at which a
/// partner counts as taking part: about one action every two days.
pub const TAKING_PART_EFFORT: f32 = 10.0;

/// The mutuality factor on growth: `SOLO_GROWTH` when one partner does
/// everything, rising to 1 as the partner who does less takes part. It
/// follows the lesser effort only, so more care from either partner never
/// makes the garden grow less.
pub fn mutuality_factor(effort: [f32; 2]) -> f32 {
    let lesser = effort[0].min(effort[1]).max(0.0);
    SOLO_GROWTH + (1.0 - SOLO_GROWTH) * diminishing_returns(lesser / TAKING_PART_EFFORT)
}

/// Each partner's share of recent effort, summing to 1; half each before anyone acts.
pub fn share(effort: [f32; 2]) -> [f32; 2] {
    let total = effort[0] + effort[1];
    if total <= f32::EPSILON {
        [0.5, 0.5]
    } else {
        let a = effort[0] / total;
        [a, 1.0 - a]
    }
}

/// Support sessions build a trellis that speeds all growth ("seek professional
/// support when needed"): at full trellis strength, plants grow this much faster.
pub const TRELLIS_SPEEDUP: f32 = 0.5;

/// Growth speed factor from the trellis's strength.
pub fn trellis_speedup(trellis_strength: f32) -> f32 {
    1.0 + TRELLIS_SPEEDUP * trellis_strength.clamp(0.0, 1.0)
}

/// Quality time counts in proportion to its minutes, from a quarter of the
/// effect to double: "spend time together at night", an hour is a full evening.
pub const QUALITY_TIME_FULL_MINUTES: f32 = 60.0;

pub fn quality_time_scale(minutes: u32) -> f32 {
    (minutes as f32 / QUALITY_TIME_FULL_MINUTES).clamp(0.25, 2.0)
}

/// Setbacks wilt, never kill (DESIGN rule 2, "prepare for ups and downs"):
/// wilting heals by half in this many days, and never goes past `MAX_WILT`.
pub const WILT_HALF_LIFE_DAYS: f32 = 5.0;
pub const MAX_WILT: f32 = 0.8;

/// A plant that once grew never disappears: it rests at least at this share of
/// the best growth it reached, dormant rather than dead, and any care makes it
/// grow again. No sequence of events kills the garden.
pub const DORMANT_SHARE_OF_BEST: f32 = 0.25;

/// Overall trust never falls below this once the couple has started: the
/// garden can wilt but never ends.
pub const TRUST_FLOOR: f32 = 0.05;

/// The strength at which a plant is drawn fully grown (growth 4).
pub const FULL_STRENGTH: f32 = 0.9;

/// The continuous size the view draws, in [0, 4], from strength; early
/// progress shows quickly (a sprout after the first steady week).
pub fn growth_of(strength: f32) -> f32 {
    (4.0 * (strength / FULL_STRENGTH).clamp(0.0, 1.0).powf(0.75)).min(4.0)
}

/// The storm over the garden when the couple starts: the breach that brought
/// them here ("trust can be broken in a moment").
pub const STORM_AT_START: f32 = 0.8;

/// Each day with any care keeps this share of the storm: steady care lifts it
/// slowly, about half in seven weeks of daily care.
pub const STORM_KEPT_PER_CARED_DAY: f32 = 0.986;

/// "Allow yourself to move past it": a day on which a hurt partner marks
/// moving forward lifts up to this share of what is left of their part of the
/// storm (with diminishing returns, so it cannot be rushed either).
pub const MOVING_FORWARD_LIFT: f32 = 0.4;

/// The partner who caused the hurt moving forward sets down their guilt; it
/// lifts the storm only this much ("it looks different for both parties";
/// the storm lifts with the hurt partner's readiness, never with the other's
/// alone).
pub const GUILT_LIFT: f32 = 0.01;

/// "You don't have to move past it on the first day": moving forward lifts
/// the full amount only this many days after the garden began, and a share
/// of it before, growing day by day.
pub const READINESS_DAYS: f32 = 42.0;

/// The share of `MOVING_FORWARD_LIFT` a hurt partner's readiness has on day
/// `days_in` of the garden (day 0 is the first).
pub fn readiness(days_in: i64) -> f32 {
    ((days_in.max(0) as f32 + 1.0) / READINESS_DAYS).clamp(0.0, 1.0)
}

/// Weeds that nobody cleared wither after this many days: ups and downs are
/// expected, and old hurts do not stay in the garden forever.
pub const WEED_WITHERS_AFTER_DAYS: i64 = 42;

/// Weeds shade trust a little each, up to a limit: a setback shows but never
/// dominates. A weed of silence (a promise left open past its due date)
/// shades more than an admitted one, and only honesty about the promise
/// clears it. Clouds ("something feels off", said calmly) darken the sky but
/// never trust: saying it is communication, not a loss.
pub const SHADE_PER_WEED: f32 = 0.04;
pub const SHADE_PER_SILENT_WEED: f32 = 0.06;
pub const MAX_WEED_SHADE: f32 = 0.25;

/// A promise without a due date is due this many days after it was made,
/// and any promise is overdue once this many grace days after its due date
/// have passed with no word about it.
pub const PROMISE_DAYS: i64 = 7;
pub const PROMISE_GRACE_DAYS: i64 = 2;

/// A broken promise sets the tree back by this share of its strength,
/// whether it was admitted or left unspoken past its due date ("words must
/// align with actions").
pub const BREAK_SETBACK: f32 = 0.12;

/// Each broken promise strains trust for a while: an admitted one by
/// `ADMITTED_STRAIN`, one left unspoken by `SILENT_STRAIN`. Strain fades by
/// half in `STRAIN_HALF_LIFE_DAYS` and shades trust by `SHADE_PER_STRAIN`
/// per unit, up to `MAX_STRAIN_SHADE`. Honesty beats silence, always; making
/// and breaking promises never pays.
pub const ADMITTED_STRAIN: f32 = 0.5;
pub const SILENT_STRAIN: f32 = 1.0;
pub const STRAIN_HALF_LIFE_DAYS: f32 = 21.0;
pub const SHADE_PER_STRAIN: f32 = 0.04;
pub const MAX_STRAIN_SHADE: f32 = 0.2;
/// At full storm, trust is shaded by this share.
pub const STORM_SHADE: f32 = 0.3;

/// Recent moods fade by half in this many days (the sky follows recent check-ins).
pub const MOOD_HALF_LIFE_DAYS: f32 = 7.0;

/// The sky from recent moods, clouds and the storm: the storm dominates while
/// it is strong; otherwise clouds and low moods darken a fair sky.
pub fn sky_for(mood: Option<f32>, storm: f32, clouds: usize) -> Sky {
    let mood = mood.unwrap_or(3.0);
    if storm >= 0.5 {
        Sky::Storm
    } else if clouds >= 3 || mood < 2.2 {
        Sky::Rain
    } else if clouds >= 1 || mood < 3.0 || storm >= 0.25 {
        Sky::Overcast
    } else if mood >= 4.0 && storm < 0.1 {
        Sky::Clear
    } else {
        Sky::Fair
    }
}

/// A shared streak that forgives ("no lost streak for one bad day"): a day
/// with an action by either partner adds one; the first missed day of each
/// week (Monday to Sunday) is a grace day that keeps the streak as it is; a
/// missed day beyond grace shortens the streak by `MISSED_DAY_COST` days, so a
/// missed day never wipes weeks of work, while a long absence slowly does.
/// Paused days leave it as it is.
pub const GRACE_DAYS_PER_WEEK: u32 = 1;
pub const MISSED_DAY_COST: u32 = 2;

/// The week a day's grace belongs to.
pub fn grace_week(day: NaiveDate) -> (i32, u32) {
    let week = day.iso_week();
    (week.year(), week.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_action_adds_less_than_the_first() {
        let first = diminishing_returns(1.0);
        let second = diminishing_returns(2.0) - first;
        assert!(second < first && second > 0.0);
        assert!(diminishing_returns(100.0) <= 1.0);
    }

    #[test]
    fn share_sums_to_one_and_mutuality_is_symmetric_and_never_falls_with_more_care() {
        let s = share([3.0, 1.0]);
        assert!((s[0] + s[1] - 1.0).abs() < 1e-6 && s[0] > s[1]);
        assert_eq!(mutuality_factor([3.0, 1.0]), mutuality_factor([1.0, 3.0]));
        assert!(mutuality_factor([10.0, 10.0]) > mutuality_factor([20.0, 0.0]));
        // More from the partner who already does more never grows less.
        assert!(mutuality_factor([30.0, 10.0]) >= mutuality_factor([10.0, 10.0]));
    }

    #[test]
    fn growth_reaches_four_only_at_full_strength() {
        assert!(growth_of(FULL_STRENGTH * 0.99) < 4.0);
        assert_eq!(growth_of(FULL_STRENGTH), 4.0);
        assert_eq!(growth_of(0.0), 0.0);
    }
}
