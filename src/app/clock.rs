//! What time it is for the app: the real clock, or a fixed moment given with
//! `--at` so screenshots and tests are repeatable.

use bevy::prelude::*;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Timelike, Utc};

use crate::garden::CoupleClock;

use super::Launch;

#[derive(Resource, Clone, Copy, Debug, Default)]
pub struct AppClock {
    /// When set, time stands still at this moment.
    pub fixed: Option<DateTime<Utc>>,
}

impl AppClock {
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed.unwrap_or_else(Utc::now)
    }

    /// Now, with the offset the couple's zone has at this moment (what an
    /// event's `at` records).
    pub fn now_local(&self, couple: &CoupleClock) -> DateTime<FixedOffset> {
        self.now().with_timezone(&couple.zone).fixed_offset()
    }

    /// Hours since local midnight in the couple's zone, for day and night.
    pub fn local_hour(&self, couple: &CoupleClock) -> f32 {
        let local = self.now().with_timezone(&couple.zone);
        local.hour() as f32 + local.minute() as f32 / 60.0
    }

    /// A moment inside the couple's `day` for logging after the fact: the same
    /// time of day as now when that is inside it, else the middle of the day.
    pub fn moment_in(&self, couple: &CoupleClock, day: NaiveDate) -> DateTime<FixedOffset> {
        let now = self.now();
        let start = couple.start_of(day);
        let next = couple.start_of(day + Duration::days(1));
        let same_time = start + (now - couple.start_of(couple.day_of(&now)));
        let at = if same_time >= start && same_time < next && same_time <= now {
            same_time
        } else if now >= start && now < next {
            now
        } else {
            start + Duration::hours(12)
        };
        at.with_timezone(&couple.zone).fixed_offset()
    }
}

pub(super) fn plugin(app: &mut App) {
    let fixed = app
        .world()
        .get_resource::<Launch>()
        .and_then(|launch| launch.0.at);
    app.insert_resource(AppClock { fixed });
}
