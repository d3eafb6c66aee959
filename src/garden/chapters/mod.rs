//! The seven chapters of the journey: data in `levels/*.ron`, progress by
//! replaying the log. Reading files lives in `load`; everything else is pure.

mod load;
mod locate;
mod progress;
mod schema;
mod suggest;
mod validate;
mod words;

pub use load::{LevelError, check_dir, embedded, load_dir, parse_level, try_embedded};
pub use progress::{ChapterProgress, DailyTrust, GoalProgress, Journey, JourneyTracker, journey};
pub use schema::{Chapter, Goal, Unlock, Who, Window};
pub use suggest::suggest_today;
pub use words::{invitation, invitation_for, noun};
