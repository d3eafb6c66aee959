//! Messages for the person using the app: what went wrong, or what was done.

use bevy::prelude::*;

#[derive(Resource, Clone, Debug, Default)]
pub struct Notices {
    pub items: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub problem: bool,
    /// What the notice offers to do about it, as a button.
    pub offer: Option<Offer>,
}

/// A way out a notice offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Rebuild the save's damaged first line.
    RepairSave,
}

impl Notices {
    pub fn error(&mut self, text: impl Into<String>) {
        let text = sentence(text.into());
        warn!("{text}");
        self.items.push(Notice {
            text,
            problem: true,
            offer: None,
        });
    }

    /// A problem with a way out.
    pub fn error_offering(&mut self, text: impl Into<String>, offer: Offer) {
        self.error(text);
        if let Some(last) = self.items.last_mut() {
            last.offer = Some(offer);
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.items.push(Notice {
            text: sentence(text.into()),
            problem: false,
            offer: None,
        });
    }
}

/// The core's words start in lower case (they follow `error:` on the
/// command line); on screen they are sentences.
fn sentence(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}
