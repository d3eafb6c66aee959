//! What a chapter is: the validated form the rules use, and the raw form a
//! level file is written in (action names as text, so a typo gets a clear
//! error naming the field instead of a bare "unknown variant").

use serde::{Deserialize, Serialize};

use crate::journal::Action;

/// One chapter of the journey, read from a `levels/NN-name.ron` file.
///
/// Its words are kept as the file wrote them; show them through
/// [`Chapter::title`] and its siblings, which speak the current language.
#[derive(Clone, Debug, PartialEq)]
pub struct Chapter {
    pub id: String,
    pub title: String,
    pub story: String,
    /// Words to the partner who was hurt, and to the one who caused it.
    pub to_hurt: Option<String>,
    pub to_caused: Option<String>,
    pub goals: Vec<Goal>,
    /// No chapter can finish in fewer days, however many actions are logged.
    pub min_days: u32,
    /// Nor before the garden has grown this much trust.
    pub min_trust: f32,
    pub unlocks: Vec<Unlock>,
}

impl Chapter {
    /// The title in the current language.
    pub fn title(&self) -> String {
        shown(&self.id, "title", &self.title)
    }

    /// The story in the current language.
    pub fn story(&self) -> String {
        shown(&self.id, "story", &self.story)
    }

    /// The words to the partner who was hurt, in the current language.
    pub fn to_hurt(&self) -> Option<String> {
        self.to_hurt
            .as_deref()
            .map(|written| shown(&self.id, "to-hurt", written))
    }

    /// The words to the partner who caused the hurt, in the current language.
    pub fn to_caused(&self) -> Option<String> {
        self.to_caused
            .as_deref()
            .map(|written| shown(&self.id, "to-caused", written))
    }
}

/// A chapter's words in the current language: the message
/// `chapter-<id>-<part>` of levels.ftl, but only while the file says what
/// the English message says. A chapter of the couple's own, or a built-in
/// one they rewrote in their own folder, keeps their words.
fn shown(id: &str, part: &str, written: &str) -> String {
    let key = format!("chapter-{id}-{part}");
    let english = crate::i18n::scoped(crate::i18n::Lang::En, || crate::t!(&key));
    if english == written {
        crate::t!(&key)
    } else {
        written.to_owned()
    }
}

/// Something the couple does a number of times within a chapter.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub action: Action,
    pub count: u32,
    pub who: Who,
    /// Only actions the other partner acknowledged count.
    pub acknowledged: bool,
    /// At most one action a day from each partner counts, so steady days
    /// matter and a burst does not.
    pub daily: bool,
    pub within: Window,
    /// Offered ("if it helps"), but the chapter completes without it.
    pub optional: bool,
}

/// Whose actions a goal counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(serialize = "kebab-case"))]
pub enum Who {
    /// `count` from each partner.
    Each,
    /// `count` between the two of them, with each partner taking part.
    Both,
    /// `count` from either partner, in any mix.
    Either,
    /// `count` from the partner who was hurt (from each, when both were).
    Hurt,
    /// `count` from the partner who caused the hurt (from each, when both
    /// were hurt or the couple did not say).
    Caused,
}

/// Which of the chapter's days a goal looks at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(serialize = "kebab-case"))]
pub enum Window {
    /// Everything since the chapter began.
    #[default]
    SinceStart,
    /// The last N couple days, today included (and never before the chapter began).
    Days(u32),
}

/// Garden content a chapter unlocks; the app draws each one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all(serialize = "kebab-case"))]
pub enum Unlock {
    Bench,
    Pond,
    Sundial,
    SteppingStones,
    Birdhouse,
    Arch,
    Swing,
    LanternPath,
    Fountain,
    WindChime,
}

impl Unlock {
    pub const ALL: [Unlock; 10] = [
        Unlock::Bench,
        Unlock::Pond,
        Unlock::Sundial,
        Unlock::SteppingStones,
        Unlock::Birdhouse,
        Unlock::Arch,
        Unlock::Swing,
        Unlock::LanternPath,
        Unlock::Fountain,
        Unlock::WindChime,
    ];

    /// The stable id used in JSON output and by the app's sprite table.
    pub fn id(self) -> &'static str {
        match self {
            Unlock::Bench => "bench",
            Unlock::Pond => "pond",
            Unlock::Sundial => "sundial",
            Unlock::SteppingStones => "stepping-stones",
            Unlock::Birdhouse => "birdhouse",
            Unlock::Arch => "arch",
            Unlock::Swing => "swing",
            Unlock::LanternPath => "lantern-path",
            Unlock::Fountain => "fountain",
            Unlock::WindChime => "wind-chime",
        }
    }

    /// What the couple sees it called ("A quiet pond"), in the current language.
    pub fn label(self) -> String {
        crate::t!(&format!("garden-unlock-{}", self.id()))
    }
}

/// A level file exactly as written; `validate` turns it into a `Chapter`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Chapter")]
pub(crate) struct RawChapter {
    pub id: String,
    pub title: String,
    pub story: String,
    #[serde(default)]
    pub to_hurt: String,
    #[serde(default)]
    pub to_caused: String,
    pub min_days: u32,
    #[serde(default)]
    pub min_trust: f32,
    pub goals: Vec<RawGoal>,
    #[serde(default)]
    pub unlocks: Vec<Unlock>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Goal")]
pub(crate) struct RawGoal {
    /// The CLI's action name, e.g. "honest-talk" (see `Action::name`).
    pub action: String,
    pub count: u32,
    pub who: Who,
    #[serde(default)]
    pub acknowledged: bool,
    #[serde(default)]
    pub daily: bool,
    #[serde(default)]
    pub within: Window,
    #[serde(default)]
    pub optional: bool,
}
