//! What time it is for the app: the real clock, or a fixed moment given with
//! `--at` so screenshots and tests are repeatable.

use bevy::prelude::*;
use chrono::{DateTime, Timelike, Utc};

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

    /// Hours since local midnight in the couple's zone, for day and night.
    pub fn local_hour(&self, couple: &CoupleClock) -> f32 {
        let local = self.now().with_timezone(&couple.zone);
        local.hour() as f32 + local.minute() as f32 / 60.0
    }
}

pub(super) fn plugin(app: &mut App) {
    let fixed = app
        .world()
        .get_resource::<Launch>()
        .and_then(|launch| launch.0.at);
    app.insert_resource(AppClock { fixed });
}
