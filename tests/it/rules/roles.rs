//! "One of you will need to recover from guilt and another from pain", and
//! moving past it "looks different for both parties": the storm lifts with
//! the hurt partner's readiness and time, never with the other's alone.

use trust_garden::journal::{Hurt, Kind};

use super::life::{A, B, Life, acknowledge_all, ordinary_day};

/// Two weeks of ordinary care; `extra` adds something on each day.
fn fortnight(hurt: Hurt, mut extra: impl FnMut(&mut Life, u64)) -> Life {
    let mut life = Life::new(hurt);
    for day in 0..14 {
        ordinary_day(&mut life, day);
        extra(&mut life, day);
    }
    life
}

#[test]
fn the_partner_who_caused_it_moving_forward_daily_barely_lifts_the_storm() {
    let care = fortnight(Hurt::One(B), |_, _| {});
    let guilt = fortnight(Hurt::One(B), |life, day| {
        life.log(A, day, 22, Kind::MovingForward);
    });
    let pain = fortnight(Hurt::One(B), |life, day| {
        life.log(B, day, 22, Kind::MovingForward);
    });
    let (care, guilt, pain) = (care.storm(13), guilt.storm(13), pain.storm(13));
    assert!(
        guilt <= care,
        "moving forward never darkens: {guilt} > {care}"
    );
    assert!(
        guilt >= 0.85 * care,
        "the other's readiness alone lifts the storm only a little: {guilt} vs care alone {care}"
    );
    assert!(
        pain < 0.75 * care,
        "the hurt partner's readiness lifts it: {pain} vs care alone {care}"
    );
}

#[test]
fn the_storm_follows_who_was_hurt_not_whose_name_comes_first() {
    let sam_ready = fortnight(Hurt::One(B), |life, day| {
        life.log(B, day, 22, Kind::MovingForward);
    });
    let alex_ready = fortnight(Hurt::One(A), |life, day| {
        life.log(A, day, 22, Kind::MovingForward);
    });
    let wrong_one = fortnight(Hurt::One(A), |life, day| {
        life.log(B, day, 22, Kind::MovingForward);
    });
    let (sam, alex, wrong) = (
        sam_ready.storm(13),
        alex_ready.storm(13),
        wrong_one.storm(13),
    );
    assert!(
        (sam - alex).abs() < 0.02,
        "the same step by the hurt partner lifts the same: {sam} vs {alex}"
    );
    assert!(wrong > sam + 0.05, "{wrong} vs {sam}");
}

#[test]
fn moving_forward_in_the_first_days_lifts_less_than_after_weeks() {
    // The storm's share one moving forward lifts, early and after seven weeks.
    let lifted_on = |day: u64| {
        let mut with = Life::sam_hurt();
        let mut without = Life::sam_hurt();
        for d in 0..=day {
            ordinary_day(&mut with, d);
            ordinary_day(&mut without, d);
        }
        with.log(B, day, 22, Kind::MovingForward);
        1.0 - with.storm(day) / without.storm(day)
    };
    let early = lifted_on(1);
    let later = lifted_on(49);
    assert!(early > 0.0, "even early, it counts a little: {early}");
    assert!(
        later > 3.0 * early,
        "early {early}, after seven weeks {later}"
    );
}

#[test]
fn when_both_were_hurt_each_moving_forward_lifts_their_own_part() {
    let care = fortnight(Hurt::Both, |_, _| {});
    let one = fortnight(Hurt::Both, |life, day| {
        life.log(A, day, 22, Kind::MovingForward);
    });
    let both = fortnight(Hurt::Both, |life, day| {
        life.log(A, day, 22, Kind::MovingForward);
        life.log(B, day, 22, Kind::MovingForward);
    });
    let (care, one, both) = (care.storm(13), one.storm(13), both.storm(13));
    assert!(one < 0.9 * care, "{one} vs {care}");
    assert!(
        both < 0.9 * one,
        "the other's part lifts with their own step: {both} vs {one}"
    );
}

#[test]
fn acknowledging_the_hurt_partner_s_moving_forward_adds_no_lift() {
    let plain = fortnight(Hurt::One(B), |life, day| {
        life.log(B, day, 22, Kind::MovingForward);
    });
    let seen = fortnight(Hurt::One(B), |life, day| {
        let step = life.log(B, day, 22, Kind::MovingForward);
        acknowledge_all(life, day, &[step]);
    });
    assert_eq!(plain.storm(13), seen.storm(13));
}
