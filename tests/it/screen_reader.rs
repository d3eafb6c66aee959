//! Integration tests: the app as a screen reader meets it. egui builds the
//! AccessKit tree that the platform adapter (AT-SPI on Linux) hands to screen
//! readers; these tests read that tree on every screen of the phone app.
//! `scripts/screen-reader-test.sh` reads it again through a real AT-SPI bus.

use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiOutput, egui};
use egui::accesskit::{Node, Role, TreeUpdate};

use super::phone::{demo_save, phone, settle};

/// A node as a screen reader names it.
#[derive(Debug, Clone)]
struct Heard {
    id: egui::accesskit::NodeId,
    role: Role,
    name: String,
    toggled: Option<bool>,
    bounds: Option<egui::accesskit::Rect>,
}

/// Roles a person acts on: each needs a name to be found by ear.
fn is_control(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::Slider
            | Role::ComboBox
            | Role::Link
            | Role::SpinButton
    )
}

/// The name a screen reader speaks: the label, or the labels of the nodes
/// that label it (as AccessKit's consumer computes it), or the value.
fn name_of(
    node: &Node,
    nodes: &std::collections::HashMap<egui::accesskit::NodeId, Node>,
) -> String {
    if let Some(label) = node.label().filter(|l| !l.trim().is_empty()) {
        return label.to_owned();
    }
    let by: Vec<String> = node
        .labelled_by()
        .iter()
        .filter_map(|id| nodes.get(id))
        .filter_map(|n| n.label().or(n.value()).map(str::to_owned))
        .collect();
    if !by.is_empty() {
        return by.join(" ");
    }
    node.value().unwrap_or_default().to_owned()
}

/// The accessibility tree of the next frame, once screen readers are on.
fn heard(app: &mut App) -> Vec<Heard> {
    {
        let mut query = app.world_mut().query::<&mut EguiContext>();
        for mut context in query.iter_mut(app.world_mut()) {
            context.get_mut().enable_accesskit();
        }
    }
    settle(app);
    let mut query = app.world_mut().query::<&EguiOutput>();
    let output = query.single(app.world()).expect("one egui context");
    let update: &TreeUpdate = output
        .platform_output
        .accesskit_update
        .as_ref()
        .expect("an AccessKit update once enabled");
    let nodes: std::collections::HashMap<_, _> = update.nodes.iter().cloned().collect();
    update
        .nodes
        .iter()
        .map(|(id, node)| Heard {
            id: *id,
            role: node.role(),
            name: name_of(node, &nodes),
            toggled: node.toggled().map(|t| t == egui::accesskit::Toggled::True),
            bounds: node.bounds(),
        })
        .collect()
}

fn names(heard: &[Heard], role: Role) -> Vec<String> {
    heard
        .iter()
        .filter(|h| h.role == role)
        .map(|h| h.name.clone())
        .collect()
}

/// Every screen of a phone with 60 days of history, and the first run.
fn every_screen() -> Vec<(String, Vec<Heard>)> {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 60);
    let mut screens = Vec::new();
    for name in ["garden", "log", "history", "journey", "stats", "settings"] {
        let mut app = phone(&save, Some(name), true);
        screens.push((name.to_owned(), heard(&mut app)));
    }
    let empty = tempfile::tempdir().unwrap();
    let mut app = phone(&empty.path().join("garden.ron"), None, true);
    screens.push(("welcome".to_owned(), heard(&mut app)));
    screens
}

#[test]
fn every_control_bar_and_chart_on_every_screen_has_a_name() {
    let mut problems = Vec::new();
    for (screen, heard) in every_screen() {
        let controls: Vec<&Heard> = heard.iter().filter(|h| is_control(h.role)).collect();
        assert!(controls.len() >= 3, "{screen}: only {controls:?}");
        // A chart's axes are parts of a named picture, not things of their
        // own: they sit inside it or along its edges.
        let pictures: Vec<egui::accesskit::Rect> = heard
            .iter()
            .filter(|h| h.role == Role::Image && !h.name.is_empty())
            .filter_map(|h| h.bounds)
            .collect();
        let in_a_picture = |h: &Heard| {
            h.bounds.is_some_and(|b| {
                pictures.iter().any(|p| {
                    const AXIS: f64 = 60.0;
                    b.x0 >= p.x0 - AXIS
                        && b.x1 <= p.x1 + AXIS
                        && b.y0 >= p.y0 - AXIS
                        && b.y1 <= p.y1 + AXIS
                })
            })
        };
        for h in &heard {
            let must_be_named = is_control(h.role)
                || matches!(h.role, Role::ProgressIndicator | Role::Image)
                || (h.role == Role::Unknown && !in_a_picture(h));
            if must_be_named && h.name.trim().is_empty() {
                problems.push(format!(
                    "{screen}: a {:?} without a name at {:?}",
                    h.role, h.bounds
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_navigation_says_which_screen_is_open() {
    let tabs = ["Garden", "History", "Journey", "Stats", "Settings"];
    for (screen, heard) in every_screen() {
        let Some(open) = tabs.iter().find(|t| t.eq_ignore_ascii_case(&screen)) else {
            continue;
        };
        for tab in tabs {
            let button = heard
                .iter()
                .find(|h| h.role == Role::Button && h.name == tab)
                .unwrap_or_else(|| panic!("{screen}: no {tab} button"));
            assert_eq!(
                button.toggled,
                Some(tab == *open),
                "{screen}: the {tab} button's pressed state"
            );
        }
    }
}

#[test]
fn the_garden_is_heard_as_the_replayed_garden_describes_it() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 60);
    let mut app = phone(&save, Some("garden"), true);
    let heard = heard(&mut app);
    let state = app.world().resource::<trust_garden::app::GardenState>();
    let garden = &state.garden;
    let week_before = state.garden_on(
        garden.today - chrono::Duration::days(7),
        super::phone::moment(),
    );
    let expected = format!(
        "Your garden. {}",
        trust_garden::garden::spoken::describe(garden, Some(&week_before))
    );
    let images = names(&heard, Role::Image);
    assert!(
        images.contains(&expected),
        "{expected:?} not among {images:?}"
    );
    // The time-lapse slider says what it is and which day it shows.
    let slider = heard
        .iter()
        .find(|h| h.role == Role::Slider)
        .expect("the time-lapse slider");
    assert!(slider.name.starts_with("Time-lapse"), "{slider:?}");
}

#[test]
fn choices_are_heard_as_pressed_or_not() {
    let (_, settings) = every_screen()
        .into_iter()
        .find(|(screen, _)| screen == "settings")
        .unwrap();
    let pressed = |name: &str| {
        settings
            .iter()
            .find(|h| h.name == name)
            .and_then(|h| h.toggled)
            .unwrap_or_else(|| panic!("no toggle {name:?}"))
    };
    // A new device: light theme, normal text, motion as the system asks
    // (a test's app never asks: gentle).
    assert!(pressed("Light") && !pressed("Dark"));
    assert!(pressed("Normal") && !pressed("Larger"));
    assert!(pressed("System (gentle)") && !pressed("Gentle motion") && !pressed("Reduce motion"));
    // An action is a plain button, never a toggle.
    let look_again = settings.iter().find(|h| h.name == "Look again").unwrap();
    assert_eq!(look_again.toggled, None);
}

#[test]
fn a_screen_readers_click_on_a_tab_opens_its_screen() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 14);
    let mut app = phone(&save, Some("garden"), true);
    let heard = heard(&mut app);
    let history = heard
        .iter()
        .find(|h| h.role == Role::Button && h.name == "History")
        .expect("the History tab");
    // What the window's AccessKit adapter sends when Orca "clicks".
    app.world_mut()
        .write_message(bevy::a11y::ActionRequest(egui::accesskit::ActionRequest {
            action: egui::accesskit::Action::Click,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: history.id,
            data: None,
        }));
    settle(&mut app);
    assert_eq!(
        *app.world()
            .resource::<State<trust_garden::app::Screen>>()
            .get(),
        trust_garden::app::Screen::History
    );
}

#[test]
fn in_german_a_screen_reader_hears_german_names() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 60);
    let mut app = phone(&save, Some("garden"), true);
    app.world_mut()
        .resource_mut::<trust_garden::app::DeviceSettings>()
        .language = Some(trust_garden::i18n::Lang::De);
    settle(&mut app);
    let garden = heard(&mut app);
    let garden_tab = garden
        .iter()
        .find(|h| h.role == Role::Button && h.name == "Garten")
        .unwrap_or_else(|| panic!("no Garten tab in {:?}", names(&garden, Role::Button)));
    assert_eq!(garden_tab.toggled, Some(true));
    let images = names(&garden, Role::Image);
    assert!(
        images.iter().any(|name| name.starts_with("Euer Garten. ")),
        "{images:?}"
    );
    let slider = garden
        .iter()
        .find(|h| h.role == Role::Slider)
        .expect("the time-lapse slider");
    assert_eq!(slider.name, "Zeitraffer: der Garten an einem früheren Tag");
    // A choice keeps its pressed state whatever its words.
    let mut app = phone(&save, Some("settings"), true);
    let settings = heard(&mut app);
    let pressed = |name: &str| {
        settings
            .iter()
            .find(|h| h.name == name)
            .and_then(|h| h.toggled)
    };
    assert_eq!(pressed("Deutsch"), Some(true));
    assert_eq!(pressed("Hell"), Some(true));
    assert_eq!(pressed("Dunkel"), Some(false));
}
