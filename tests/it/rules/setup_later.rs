//! Changing the setup later: a move to another time zone, a day that starts
//! at another hour, new names. Every entry goes through the command layer
//! (`actions::decide`) at the moment it is written, as the app and the
//! command line do. A change holds from its moment on: the days before stay
//! as they were, no day is counted twice or lost, and a streak or chapter
//! does not notice the move itself.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use trust_garden::actions::{Command, Refusal, When, decide};
use trust_garden::garden::chapters::{Journey, JourneyTracker, embedded};
use trust_garden::garden::{DayPoint, Ledger, Timeline};
use trust_garden::journal::{Event, EventId, Hurt, Kind, Partner};

const A: Partner = Partner::A;
const B: Partner = Partner::B;

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

fn date(day: u64) -> NaiveDate {
    first_day() + Days::new(day)
}

/// Wall time `hour:minute` on the date of day `day` in `zone`.
fn local(zone: Tz, day: u64, hour: u32, minute: u32) -> DateTime<Utc> {
    let wall = date(day).and_hms_opt(hour, minute, 0).unwrap();
    zone.from_local_datetime(&wall)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

fn berlin(day: u64, hour: u32, minute: u32) -> DateTime<Utc> {
    local(Tz::Europe__Berlin, day, hour, minute)
}

fn new_york(day: u64, hour: u32, minute: u32) -> DateTime<Utc> {
    local(Tz::America__New_York, day, hour, minute)
}

fn hour(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap()
}

/// One device's garden, every entry decided and applied as the app does.
struct Garden {
    timeline: Timeline,
    tracker: JourneyTracker,
    written: Vec<Event>,
}

impl Garden {
    /// Alex and Sam set up their garden in Berlin at 08:00 on day 0.
    fn in_berlin(day_start: NaiveTime) -> Garden {
        let mut garden = Garden {
            timeline: Timeline::default(),
            tracker: JourneyTracker::new(embedded()),
            written: Vec::new(),
        };
        let setup = Command::Setup {
            names: ("Alex".into(), "Sam".into()),
            zone: "Europe/Berlin".into(),
            day_start,
            hurt: Hurt::One(B),
        };
        garden.ask(A, berlin(0, 8, 0), setup).unwrap();
        garden
    }

    fn ledger(&self) -> &Ledger {
        self.timeline.ledger()
    }

    fn ask(
        &mut self,
        by: Partner,
        now: DateTime<Utc>,
        command: Command,
    ) -> Result<EventId, Refusal> {
        let event = decide(&command, self.ledger(), by, now)?;
        let id = event.id;
        self.written.push(event.clone());
        let change = self.timeline.apply(event);
        self.tracker.changed(self.timeline.ledger(), change);
        Ok(id)
    }

    fn log(&mut self, by: Partner, now: DateTime<Utc>, kind: Kind) -> EventId {
        let command = Command::Log {
            kind: kind.clone(),
            when: When::Now,
            note: None,
        };
        self.ask(by, now, command)
            .unwrap_or_else(|why| panic!("{now} {kind:?}: {why}"))
    }

    fn check_in(&mut self, by: Partner, now: DateTime<Utc>) -> EventId {
        self.log(
            by,
            now,
            Kind::CheckIn {
                mood: 4,
                calm: true,
            },
        )
    }

    /// Each couple day with actions, and how many each partner logged.
    fn days(&self, now: DateTime<Utc>) -> Vec<(NaiveDate, [u32; 2])> {
        self.timeline
            .series(now)
            .into_iter()
            .map(|DayPoint { day, actions, .. }| (day, actions))
            .collect()
    }

    /// The couple day each action that counts fell on.
    fn day_of_each(&self) -> Vec<(EventId, NaiveDate)> {
        let clock = &self.ledger().couple().clock;
        self.ledger()
            .events()
            .iter()
            .filter(|e| e.kind.action().is_some())
            .map(|e| (e.id, clock.day_of(&e.at)))
            .collect()
    }

    fn journey(&mut self, now: DateTime<Utc>) -> Journey {
        self.tracker
            .journey(self.timeline.ledger(), &self.timeline, now)
    }
}

/// Two weeks in Berlin (days 0 to 13): Alex checks in at 09:00, Sam says
/// thank you late at night, half past midnight (the early hours of that
/// date), which in New York would still be the evening before.
fn two_weeks_in_berlin(garden: &mut Garden) {
    garden.log(B, berlin(0, 21, 0), Kind::Gratitude);
    garden.check_in(A, berlin(0, 9 + 12, 30));
    for day in 1..14 {
        garden.log(B, berlin(day, 0, 30), Kind::Gratitude);
        garden.check_in(A, berlin(day, 9, 0));
    }
}

#[test]
fn a_move_from_berlin_to_new_york_keeps_the_past_days_and_the_streak() {
    let mut garden = Garden::in_berlin(NaiveTime::MIN);
    two_weeks_in_berlin(&mut garden);
    let before_the_move = garden.day_of_each();
    let journey_before = garden.journey(berlin(13, 23, 0));

    // Day 14: a check-in in the morning, the flight, then at 20:00 Berlin
    // time (15:00 in New York) Sam moves the garden's clock.
    garden.check_in(A, berlin(14, 9, 0));
    let change = Command::ChangeClock {
        zone: "America/New_York".into(),
        day_start: NaiveTime::MIN,
    };
    garden.ask(B, berlin(14, 20, 0), change).unwrap();
    // 23:30 in New York is 04:30 the next morning in Berlin: it is still the
    // evening of the day of the move.
    garden.log(B, new_york(14, 23, 30), Kind::Gratitude);
    // Two more weeks in New York: 09:00 and 21:00 there (03:00 the next
    // morning in Berlin).
    for day in 15..29 {
        garden.check_in(A, new_york(day, 9, 0));
        garden.log(B, new_york(day, 21, 0), Kind::Gratitude);
    }
    let now = new_york(28, 23, 0);

    // The days before the move are exactly as they were.
    let after_the_move = garden.day_of_each();
    assert_eq!(after_the_move[..before_the_move.len()], before_the_move[..]);
    assert_eq!(garden.journey(berlin(13, 23, 0)), journey_before);

    // Every day from the first to the last, once, with one action each.
    let days = garden.days(now);
    let expected: Vec<(NaiveDate, [u32; 2])> = (0..29).map(|d| (date(d), [1, 1])).collect();
    assert_eq!(days, expected);

    let today = garden.timeline.garden(now);
    assert_eq!(today.today, date(28));
    assert_eq!(today.streak.days, 29, "{:?}", today.streak);
    assert_eq!(today.streak.best, 29);
    assert!(today.streak.today_done);
    assert_eq!(garden.ledger().couple().clock.zone, Tz::America__New_York);
    assert_eq!(garden.ledger().couple().names, ["Alex", "Sam"]);
    assert_eq!(garden.ledger().couple().hurt, Hurt::One(B));

    // The chapters: the same lengths, and a day lived is one day further,
    // across the move too.
    let journey = garden.journey(now);
    for (chapter, defined) in journey.chapters.iter().zip(embedded()) {
        assert_eq!(chapter.min_days, defined.min_days, "{}", chapter.id);
    }
    let mut last: Option<(usize, u32)> = None;
    for day in 10..29 {
        let end = if day < 14 {
            berlin(day, 23, 0)
        } else {
            new_york(day, 23, 0)
        };
        let journey = garden.journey(end);
        let current = &journey.chapters[journey.current];
        if let Some((index, days_in)) = last
            && index == journey.current
        {
            assert_eq!(current.days_in, days_in + 1, "day {day}: {}", current.id);
        }
        last = Some((journey.current, current.days_in));
    }
}

#[test]
fn a_later_day_start_makes_the_day_it_changes_on_longer_never_a_day_twice() {
    let mut garden = Garden::in_berlin(NaiveTime::MIN);
    for day in 0..7 {
        garden.check_in(A, berlin(day, if day == 0 { 9 + 1 } else { 9 }, 0));
        garden.log(B, berlin(day, 23, 30), Kind::Gratitude);
    }
    // 02:00 on day 7: with days starting at 04:00 that would still be day
    // 6, but day 7 has begun; it goes on until 04:00 on day 8.
    let change = Command::ChangeClock {
        zone: "Europe/Berlin".into(),
        day_start: hour(4),
    };
    garden.ask(A, berlin(7, 2, 0), change).unwrap();
    garden.log(B, berlin(7, 3, 0), Kind::Kindness);
    for day in 7..14 {
        garden.check_in(A, berlin(day, 9, 0));
        // Half past one the next night counts for the evening before.
        garden.log(B, berlin(day + 1, 1, 30), Kind::Gratitude);
    }
    let now = berlin(14, 3, 0);
    let mut expected: Vec<(NaiveDate, [u32; 2])> = (0..14).map(|d| (date(d), [1, 1])).collect();
    expected[7].1 = [1, 2];
    assert_eq!(garden.days(now), expected);
    let today = garden.timeline.garden(now);
    assert_eq!(today.today, date(13));
    assert_eq!(today.streak.days, 14);
    assert_eq!(garden.ledger().couple().clock.day_start, hour(4));
}

#[test]
fn the_clock_and_the_names_can_be_changed_by_either_partner_with_kind_refusals() {
    // Before setup there is nothing to change.
    let empty = Ledger::default();
    let change = |zone: &str, day_start| Command::ChangeClock {
        zone: zone.into(),
        day_start,
    };
    let now = berlin(0, 7, 0);
    assert_eq!(
        decide(&change("Europe/Paris", NaiveTime::MIN), &empty, A, now),
        Err(Refusal::NotSetUp)
    );

    // A zone typed in any case at setup is written as its IANA name too.
    let setup = Command::Setup {
        names: ("Alex".into(), "Sam".into()),
        zone: "europe/berlin".into(),
        day_start: NaiveTime::MIN,
        hurt: Hurt::Both,
    };
    let first = decide(&setup, &empty, A, now).unwrap();
    assert!(matches!(&first.kind, Kind::Setup { zone, .. } if zone == "Europe/Berlin"));

    let mut garden = Garden::in_berlin(NaiveTime::MIN);
    let now = berlin(1, 10, 0);
    let refused = |garden: &Garden, command: Command| decide(&command, garden.ledger(), B, now);
    assert_eq!(
        refused(&garden, change("Mars/Olympus", NaiveTime::MIN)),
        Err(Refusal::UnknownZone {
            zone: "Mars/Olympus".into()
        })
    );
    // The zone as typed, in any case, and the same day start: nothing to do.
    assert_eq!(
        refused(&garden, change(" europe/berlin ", NaiveTime::MIN)),
        Err(Refusal::ClockUnchanged {
            zone: "Europe/Berlin".into()
        })
    );
    // A zone typed in lower case is written as its IANA name.
    garden
        .ask(B, now, change("america/new_york", NaiveTime::MIN))
        .unwrap();
    match &garden.written.last().unwrap().kind {
        Kind::Setup {
            zone,
            partners,
            from_now_on,
            ..
        } => {
            assert_eq!(zone, "America/New_York");
            assert_eq!(partners, &("Alex".to_owned(), "Sam".to_owned()));
            assert!(*from_now_on);
        }
        other => panic!("{other:?}"),
    }

    let rename = |partner, name: &str| Command::Rename {
        partner,
        name: name.into(),
    };
    assert_eq!(refused(&garden, rename(A, "  ")), Err(Refusal::NameMissing));
    assert_eq!(
        refused(&garden, rename(A, "sam")),
        Err(Refusal::SameNames { name: "sam".into() })
    );
    assert_eq!(
        refused(&garden, rename(B, "Sam")),
        Err(Refusal::NameUnchanged { name: "Sam".into() })
    );
    // Sam gives Alex the name Alex goes by now, and Alex fixes Sam's.
    garden
        .ask(B, berlin(1, 11, 0), rename(A, " Alexandra "))
        .unwrap();
    garden
        .ask(A, berlin(1, 12, 0), rename(B, "Samira"))
        .unwrap();
    assert_eq!(garden.ledger().couple().names, ["Alexandra", "Samira"]);
    // The setup itself stays; a change of the clock can be taken back.
    let setup = garden.written[0].id;
    let retract = |entry| Command::Retract {
        entry,
        reason: None,
        when: When::Now,
    };
    assert_eq!(
        decide(&retract(setup), garden.ledger(), A, berlin(1, 13, 0)),
        Err(Refusal::SetupStays)
    );
    let moved = garden.written[1].id;
    garden.ask(B, berlin(1, 13, 0), retract(moved)).unwrap();
    assert_eq!(garden.ledger().couple().clock.zone, Tz::Europe__Berlin);
    assert!(!garden.ledger().couple().clock.has_changed());
    assert_eq!(garden.ledger().couple().names, ["Alexandra", "Samira"]);
}

#[test]
fn two_devices_that_merge_a_move_and_a_rename_agree_and_keep_both() {
    // Alex's phone renames Sam in Berlin; Sam's phone, not yet synced,
    // moves the garden to New York an hour later.
    let mut alex = Garden::in_berlin(NaiveTime::MIN);
    two_weeks_in_berlin(&mut alex);
    let mut sam = Garden {
        timeline: Timeline::from_events(alex.written.clone()),
        tracker: JourneyTracker::new(embedded()),
        written: alex.written.clone(),
    };
    let rename = Command::Rename {
        partner: B,
        name: "Samira".into(),
    };
    alex.ask(A, berlin(14, 19, 0), rename).unwrap();
    alex.check_in(A, berlin(14, 19, 30));
    let change = Command::ChangeClock {
        zone: "America/New_York".into(),
        day_start: NaiveTime::MIN,
    };
    sam.ask(B, berlin(14, 20, 0), change).unwrap();
    sam.log(B, new_york(14, 23, 30), Kind::Gratitude);

    let mut one = Timeline::from_events(alex.written.clone());
    one.extend(sam.written.clone());
    let mut other = Timeline::from_events(sam.written.clone());
    other.extend(alex.written.clone());
    let now = new_york(15, 9, 0);
    assert_eq!(one.series(now), other.series(now));
    assert_eq!(one.garden(now), other.garden(now));
    let couple = one.ledger().couple();
    // The move carried the old name, but only a rename renames.
    assert_eq!(couple.names, ["Alex", "Samira"]);
    assert_eq!(couple.clock.zone, Tz::America__New_York);
    let last = one
        .series(now)
        .into_iter()
        .find(|p| p.day == date(14))
        .unwrap();
    assert_eq!(last.actions, [1, 1]);
}

#[test]
fn crossing_the_date_line_skips_a_date_that_costs_no_streak() {
    let pago_pago = Tz::Pacific__Pago_Pago;
    let kiritimati = Tz::Pacific__Kiritimati;
    let mut garden = Garden {
        timeline: Timeline::default(),
        tracker: JourneyTracker::new(embedded()),
        written: Vec::new(),
    };
    let setup = Command::Setup {
        names: ("Alex".into(), "Sam".into()),
        zone: "Pacific/Pago_Pago".into(),
        day_start: NaiveTime::MIN,
        hurt: Hurt::Both,
    };
    garden.ask(A, local(pago_pago, 0, 8, 0), setup).unwrap();
    for day in 0..10 {
        garden.check_in(A, local(pago_pago, day, 9, 0));
        garden.log(B, local(pago_pago, day, 20, 0), Kind::Kindness);
    }
    // 23:00 on day 9 in Pago Pago (UTC-11) is midnight on day 11 in
    // Kiritimati (UTC+14): day 10 is a date this couple never lives.
    let change = Command::ChangeClock {
        zone: "Pacific/Kiritimati".into(),
        day_start: NaiveTime::MIN,
    };
    garden.ask(A, local(pago_pago, 9, 23, 0), change).unwrap();
    for day in 11..20 {
        garden.check_in(A, local(kiritimati, day, 9, 0));
        garden.log(B, local(kiritimati, day, 20, 0), Kind::Kindness);
    }
    let now = local(kiritimati, 19, 23, 0);
    let days = garden.days(now);
    let expected: Vec<(NaiveDate, [u32; 2])> = (0..20)
        .map(|d| (date(d), if d == 10 { [0, 0] } else { [1, 1] }))
        .collect();
    assert_eq!(days, expected);
    assert!(garden.ledger().is_paused(date(10)));
    let today = garden.timeline.garden(now);
    assert_eq!(today.today, date(19));
    // Nineteen days lived, none missed; the skipped date neither counts nor costs.
    assert_eq!(today.streak.days, 19, "{:?}", today.streak);
    assert_eq!(today.streak.grace_left, 1);
    let journey = garden.journey(now);
    assert!(journey.chapters[0].days_in > 0);
}
