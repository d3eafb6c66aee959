//! System sets that order the plugins of different modules. They live apart
//! from those modules, so that running one before another needs no import
//! back: the theme styles egui before the panels draw, yet `theme` never
//! imports `ui` (only `ui` uses `theme`, for its palette).

use bevy::prelude::*;

/// Every system that draws egui panels (in `EguiPrimaryContextPass`); `ui`
/// runs them only once the save is open.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct UiSet;
