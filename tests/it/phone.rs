//! Integration tests: the app as a phone. Everything but the GPU runs (egui
//! panels, the garden scene, gestures) in a 390 x 844 window with the
//! emulated notch and home bar, driven by touches or by the mouse playing a
//! finger. Widget rectangles come from egui itself.

use std::path::Path;

use bevy::input::ButtonState;
use bevy::input::InputPlugin;
use bevy::input::mouse::MouseButtonInput;
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::window::{CursorMoved, PrimaryWindow, WindowResolution};
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet, egui};
use chrono::{DateTime, Duration, Utc};
use trust_garden::app::safe_area::SafeArea;
use trust_garden::app::screens::StartScreen;
use trust_garden::app::{
    AppOptions, DOUBLE_TAP_SECONDS, GardenMode, GardenState, GardenView, HitAreas, Journal, Launch,
    OpenGround, Place, Screen, SelectedPlant, Shown, TimeLapse, logic_plugin, view_plugin,
};
use trust_garden::journal::Journal as SaveFile;
use trust_garden::sample::{DemoCouple, demo_events};

/// Apple's smallest comfortable tap target, in points.
const THUMB: f32 = 44.0;

pub(crate) fn moment() -> DateTime<Utc> {
    "2026-05-04T18:30:00Z".parse().unwrap()
}

/// A save with `days` days of a demo couple's history ending at `moment()`.
pub(crate) fn demo_save(dir: &tempfile::TempDir, days: u32) -> std::path::PathBuf {
    let save = dir.path().join("garden.ron");
    let first = moment().date_naive() - Duration::days(i64::from(days) - 1);
    let events = demo_events(&DemoCouple::default(), first, days, 7);
    SaveFile::create_with(&save, &events).unwrap();
    save
}

/// egui is told the window's size, as the camera would on a real screen.
/// Debug builds keep each widget's kind and label only with the interactive
/// widget debug option on.
fn tell_egui_the_screen(
    window: Single<&Window, With<PrimaryWindow>>,
    mut contexts: Query<(&mut EguiContext, &mut EguiInput)>,
) {
    let size = egui::vec2(window.width(), window.height());
    for (mut context, mut input) in &mut contexts {
        input.screen_rect = Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size));
        let ctx = context.get_mut();
        if !ctx.global_style().debug.show_interactive_widgets {
            ctx.all_styles_mut(|style| style.debug.show_interactive_widgets = true);
        }
    }
}

/// The whole app without a GPU, in a phone-sized window.
pub(crate) fn phone(save: &Path, screen: Option<&str>, phone: bool) -> App {
    phone_with(options_for(save, screen, phone))
}

fn options_for(save: &Path, screen: Option<&str>, phone: bool) -> AppOptions {
    AppOptions {
        save: save.to_path_buf(),
        at: Some(moment()),
        screen: screen.map(str::to_owned),
        phone,
        device_dir: Some(install_folder(save)),
        ..AppOptions::default()
    }
}

/// The whole app without a GPU, in a phone-sized window, started with `options`.
fn phone_with(options: AppOptions) -> App {
    let size = SafeArea::PHONE_SCREEN;
    let mut app = App::new();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        InputPlugin,
        bevy::window::WindowPlugin {
            primary_window: Some(Window {
                resolution: WindowResolution::new(size.x, size.y).with_scale_factor_override(1.0),
                ..default()
            }),
            exit_condition: bevy::window::ExitCondition::DontExit,
            close_when_requested: false,
            ..default()
        },
        bevy::asset::AssetPlugin::default(),
        // What the window's plugins bring for screen readers (egui's
        // AccessKit output needs it).
        bevy::a11y::AccessibilityPlugin,
    ));
    app.init_asset::<bevy::shader::Shader>();
    app.init_asset::<Image>();
    app.init_asset::<Mesh>();
    app.init_asset::<ColorMaterial>();
    let start = options.screen.as_deref().and_then(Place::from_name);
    app.insert_resource(StartScreen(start));
    app.insert_resource(Launch(options));
    app.add_plugins((logic_plugin, view_plugin));
    app.add_systems(
        PreUpdate,
        tell_egui_the_screen
            .after(EguiPreUpdateSet::InitContexts)
            .before(EguiPreUpdateSet::BeginPass),
    );
    // Frames a sixtieth of a second apart, however slow the machine.
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_secs_f64(1.0 / 60.0),
    ));
    settle(&mut app);
    app
}

/// This install's own folder (its identity, its lock), beside the test's save.
fn install_folder(save: &Path) -> std::path::PathBuf {
    save.parent().unwrap().join("this-install")
}

/// A phone showing `screen` of a save with `days` days of history; the save's
/// folder lasts as long as the returned guard.
fn phone_with_history(days: u32, screen: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, days);
    let app = phone(&save, Some(screen), true);
    (dir, app)
}

/// The first plant whose middle is on bare ground (not under a card), and
/// where that is on screen.
fn bare_plant(app: &App) -> (trust_garden::garden::Species, egui::Pos2) {
    let window = SafeArea::PHONE_SCREEN.as_vec2();
    let view = app.world().resource::<GardenView>().shown;
    let ground = app.world().resource::<OpenGround>();
    let (species, at) = app
        .world()
        .resource::<HitAreas>()
        .0
        .iter()
        .map(|(species, area)| (*species, view.world_to_screen(area.center(), window)))
        .find(|(_, at)| ground.is_bare(egui::pos2(at.x, at.y)))
        .expect("a plant in the open");
    (species, egui::pos2(at.x, at.y))
}

fn selected_plant(app: &App) -> Option<trust_garden::garden::Species> {
    app.world().resource::<SelectedPlant>().0
}

pub(crate) fn settle(app: &mut App) {
    for _ in 0..6 {
        app.update();
    }
}

/// A control a finger can use: its label (or kind) and rectangles.
#[derive(Debug, Clone)]
pub(crate) struct Control {
    pub(crate) label: String,
    pub(crate) rect: egui::Rect,
    pub(crate) visible: egui::Rect,
    pub(crate) layer: egui::LayerId,
}

/// Reads egui's widget rectangles of the last pass.
pub(crate) fn last_pass<R>(app: &mut App, read: impl FnOnce(&egui::WidgetRects) -> R) -> R {
    let mut query = app.world_mut().query::<&mut EguiContext>();
    let mut context = query.single_mut(app.world_mut()).unwrap();
    let ctx = context.get_mut().clone();
    ctx.viewport(|viewport| read(&viewport.this_pass.widgets))
}

/// Every widget that answers a tap, and every slider, in the last pass.
/// Scroll bars are left out: on a phone the content is scrolled by dragging
/// it, and the bar only shows where one is.
pub(crate) fn controls(app: &mut App) -> Vec<Control> {
    last_pass(app, |widgets| {
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter())
            .filter_map(|w| {
                let info = widgets.info(w.id);
                let slider = info.is_some_and(|i| i.typ == egui::WidgetType::Slider);
                let scroll_bar = info.is_some_and(|i| i.typ == egui::WidgetType::ScrollBar);
                if !(w.sense.senses_click() || slider) || scroll_bar || !w.enabled {
                    return None;
                }
                let label = info.map_or_else(
                    || format!("{:?}", w.id),
                    |i| match i.label.as_deref().map(str::trim) {
                        Some(text) if !text.is_empty() => text.to_owned(),
                        _ => format!("{:?}", i.typ),
                    },
                );
                Some(Control {
                    label,
                    rect: w.rect,
                    visible: w.interact_rect,
                    layer: w.layer_id,
                })
            })
            .filter(|c| c.visible.width() > 0.0 && c.visible.height() > 0.0)
            .collect()
    })
}

/// The labels of every widget in the last pass, shown text included.
fn texts(app: &mut App) -> Vec<String> {
    last_pass(app, |widgets| {
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter())
            .filter_map(|w| widgets.info(w.id)?.label.clone())
            .collect()
    })
}

fn control(app: &mut App, label: &str) -> Control {
    let all = controls(app);
    all.iter()
        .find(|c| c.label == label)
        .cloned()
        .unwrap_or_else(|| {
            let labels: Vec<_> = all.iter().map(|c| c.label.as_str()).collect();
            panic!("no control {label:?} among {labels:?}")
        })
}

fn window(app: &mut App) -> Entity {
    let mut query = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>();
    query.single(app.world()).unwrap()
}

fn touch(app: &mut App, id: u64, phase: TouchPhase, at: egui::Pos2) {
    let window = window(app);
    app.world_mut().write_message(TouchInput {
        phase,
        position: Vec2::new(at.x, at.y),
        window,
        force: None,
        id,
    });
}

pub(crate) fn tap(app: &mut App, at: egui::Pos2) {
    touch(app, 0, TouchPhase::Started, at);
    app.update();
    touch(app, 0, TouchPhase::Ended, at);
    settle(app);
}

/// A single tap is passed on once a second one can no longer come (taps are
/// timed by the wall clock, not by frames).
fn wait_out_double_tap(app: &mut App) {
    std::thread::sleep(std::time::Duration::from_secs_f64(
        DOUBLE_TAP_SECONDS + 0.05,
    ));
    settle(app);
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The garden's mode, or `None` away from the garden.
fn garden_mode(app: &App) -> Option<GardenMode> {
    app.world()
        .get_resource::<State<GardenMode>>()
        .map(|mode| *mode.get())
}

#[test]
fn every_control_on_every_screen_is_thumb_sized_and_clear_of_the_notch_and_home_bar() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 60);
    let content = SafeArea::PHONE_EMULATION.content(SafeArea::PHONE_SCREEN.as_vec2());
    let safe = egui::Rect::from_min_max(
        egui::pos2(content.min.x, content.min.y),
        egui::pos2(content.max.x, content.max.y),
    )
    .expand(0.5);
    let empty = tempfile::tempdir().unwrap();
    let first_run = empty.path().join("garden.ron");
    let screens: Vec<(&Path, &str)> = ["garden", "log", "history", "journey", "stats", "settings"]
        .into_iter()
        .map(|name| (save.as_path(), name))
        .chain([(first_run.as_path(), "welcome")])
        .collect();
    let mut problems = Vec::new();
    for (save, name) in screens {
        let mut app = phone(save, Some(name), true);
        assert_eq!(screen(&app), Screen::from_name(name).unwrap());
        let found = controls(&mut app);
        assert!(found.len() >= 3, "{name}: only {found:?}");
        for control in found {
            let size = control.rect.size();
            if size.x < THUMB - 0.5 || size.y < THUMB - 0.5 {
                problems.push(format!("{name}: {:?} is {size:?}", control.label));
            }
            if !safe.contains_rect(control.visible) {
                problems.push(format!(
                    "{name}: {:?} at {:?} reaches into the notch or home bar",
                    control.label, control.visible
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_panels_fill_the_space_between_the_notch_and_the_home_bar() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 60);
    let content = SafeArea::PHONE_EMULATION.content(SafeArea::PHONE_SCREEN.as_vec2());
    let mut app = phone(&save, Some("garden"), true);
    let garden = control(&mut app, "Garden");
    let settings = control(&mut app, "Settings");
    // The navigation sits on the home bar's edge, not over it nor far above.
    assert!(garden.rect.bottom() <= content.max.y);
    assert!(garden.rect.bottom() > content.max.y - 24.0, "{garden:?}");
    assert!(settings.rect.right() <= content.max.x);
    // The first thing under the notch is the top bar's partner switch.
    let top = controls(&mut app)
        .iter()
        .map(|c| c.rect.top())
        .fold(f32::MAX, f32::min);
    assert!(top >= content.min.y && top < content.min.y + 40.0, "{top}");
    // Without the emulation the same screen uses the whole window.
    let mut desktop = phone(&save, Some("garden"), false);
    let top = controls(&mut desktop)
        .iter()
        .map(|c| c.rect.top())
        .fold(f32::MAX, f32::min);
    assert!(top < content.min.y, "{top}");
}

#[test]
fn a_tap_on_the_navigation_changes_the_screen() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let history = control(&mut app, "History");
    tap(&mut app, history.rect.center());
    assert_eq!(screen(&app), Screen::History);
    let garden = control(&mut app, "Garden");
    tap(&mut app, garden.rect.center());
    assert_eq!(screen(&app), Screen::Garden);
}

#[test]
fn with_phone_emulation_the_mouse_is_a_finger() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let at = control(&mut app, "Journey").rect.center();
    let window = window(&mut app);
    app.world_mut().write_message(CursorMoved {
        window,
        position: Vec2::new(at.x, at.y),
        delta: None,
    });
    app.world_mut().write_message(MouseButtonInput {
        button: MouseButton::Left,
        state: ButtonState::Pressed,
        window,
    });
    app.update();
    let finger = app.world().resource::<Touches>().get_pressed(0).copied();
    assert_eq!(
        finger.map(|f| f.position()),
        Some(Vec2::new(at.x, at.y)),
        "the press became a finger down"
    );
    app.world_mut().write_message(MouseButtonInput {
        button: MouseButton::Left,
        state: ButtonState::Released,
        window,
    });
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Journey);
    assert!(app.world().resource::<Touches>().get_pressed(0).is_none());
}

#[test]
fn dragging_the_time_lapse_slider_goes_back_in_time_and_back_to_today() {
    let (_dir, mut app) = phone_with_history(90, "garden");
    let slider = control(&mut app, "Slider");
    assert!(slider.rect.height() >= THUMB);
    let y = slider.rect.center().y;
    let today = egui::pos2(slider.rect.right() - 4.0, y);
    touch(&mut app, 0, TouchPhase::Started, today);
    app.update();
    for step in 1..=10 {
        let x = today.x - (slider.rect.width() / 2.0) * step as f32 / 10.0;
        touch(&mut app, 0, TouchPhase::Moved, egui::pos2(x, y));
        app.update();
    }
    let middle = *app.world().resource::<TimeLapse>();
    touch(
        &mut app,
        0,
        TouchPhase::Ended,
        egui::pos2(slider.rect.center().x, y),
    );
    settle(&mut app);
    let day = middle.day.expect("dragging left picks a past day");
    let today = moment().date_naive();
    let back = (today - day).num_days();
    assert!((30..=60).contains(&back), "{back} days back");
    // The scene draws the garden as it was on that day, which had fewer entries.
    let shown = &app.world().resource::<Shown>().garden;
    let released_on = app.world().resource::<TimeLapse>().day;
    assert_eq!(Some(shown.today), released_on);
    let now = &app.world().resource::<GardenState>().garden;
    let entries = |g: &trust_garden::garden::Garden| g.counts.values().flatten().sum::<u32>();
    assert!(
        entries(shown) < entries(now),
        "{} vs {}",
        entries(shown),
        entries(now)
    );
    let view = control(&mut app, "Back to today");
    tap(&mut app, view.rect.center());
    assert_eq!(
        *app.world().resource::<TimeLapse>(),
        TimeLapse { day: None }
    );
    assert!(app.world().resource::<Journal>().events().len() > 10);
}

#[test]
fn pinching_the_garden_zooms_in_and_a_double_tap_zooms_back_out() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let zoom = |app: &App| app.world().resource::<GardenView>().shown.zoom;
    assert_eq!(zoom(&app), 1.0);
    // Two fingers in the open ground above the bottom panels, spreading apart.
    let (a, b) = (egui::pos2(150.0, 420.0), egui::pos2(240.0, 420.0));
    touch(&mut app, 0, TouchPhase::Started, a);
    touch(&mut app, 1, TouchPhase::Started, b);
    app.update();
    for step in 1..=8 {
        let spread = 6.0 * step as f32;
        touch(&mut app, 0, TouchPhase::Moved, a - egui::vec2(spread, 0.0));
        touch(&mut app, 1, TouchPhase::Moved, b + egui::vec2(spread, 0.0));
        app.update();
    }
    let pinched = zoom(&app);
    // 90 pt apart became 186 pt apart.
    assert!((pinched - 186.0 / 90.0).abs() < 0.01, "zoom {pinched}");
    touch(&mut app, 0, TouchPhase::Ended, a - egui::vec2(48.0, 0.0));
    touch(&mut app, 1, TouchPhase::Ended, b + egui::vec2(48.0, 0.0));
    settle(&mut app);
    assert_eq!(zoom(&app), pinched, "lifting the fingers keeps the zoom");
    let middle = egui::pos2(195.0, 420.0);
    tap(&mut app, middle);
    tap(&mut app, middle);
    assert_eq!(app.world().resource::<GardenView>().target.zoom, 1.0);
    for _ in 0..60 {
        app.update();
    }
    assert_eq!(zoom(&app), 1.0, "the zoom eased back out");
}

#[test]
fn a_tap_on_a_plant_opens_its_card_and_closing_it_opens_nothing_behind() {
    let (_dir, mut app) = phone_with_history(60, "garden");
    let (species, at) = bare_plant(&app);
    tap(&mut app, at);
    wait_out_double_tap(&mut app);
    assert_eq!(selected_plant(&app), Some(species));
    let close = control(&mut app, "Close");
    tap(&mut app, close.rect.center());
    wait_out_double_tap(&mut app);
    assert_eq!(
        selected_plant(&app),
        None,
        "the tap on Close was the card's, not the garden's"
    );
}

#[test]
fn a_double_tap_that_arrives_within_one_slow_frame_still_zooms() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let at = egui::pos2(195.0, 420.0);
    for phase in [
        TouchPhase::Started,
        TouchPhase::Ended,
        TouchPhase::Started,
        TouchPhase::Ended,
    ] {
        touch(&mut app, 0, phase, at);
    }
    settle(&mut app);
    assert!(app.world().resource::<GardenView>().target.zoom > 1.0);
    wait_out_double_tap(&mut app);
    assert_eq!(selected_plant(&app), None, "a double tap opens no card");
}

#[test]
fn a_log_sheet_that_cannot_save_says_why_until_it_can() {
    let (_dir, mut app) = phone_with_history(10, "log");
    let before = app.world().resource::<Journal>().events().len();
    let promise = control(&mut app, "Promise made");
    tap(&mut app, promise.rect.center());
    let save_button = control(&mut app, "Save");
    tap(&mut app, save_button.rect.center());
    settle(&mut app);
    let why = "Pick or write the promise.";
    assert!(
        texts(&mut app).iter().any(|t| t == why),
        "{:?}",
        texts(&mut app)
    );
    assert_eq!(garden_mode(&app), Some(GardenMode::Logging));
    assert_eq!(app.world().resource::<Journal>().events().len(), before);
    // No typing needed: a suggested promise is one tap.
    let suggested = control(&mut app, "I'll tell you where I am");
    tap(&mut app, suggested.rect.center());
    assert!(!texts(&mut app).iter().any(|t| t == why));
    let save_button = control(&mut app, "Save");
    tap(&mut app, save_button.rect.center());
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
    assert_eq!(app.world().resource::<Journal>().events().len(), before + 1);
}

#[test]
fn blank_names_on_the_welcome_screen_plant_the_garden_with_neutral_names() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("garden.ron");
    let mut app = phone(&save, None, true);
    assert_eq!(screen(&app), Screen::Welcome);
    let plant = control(&mut app, "Plant our garden");
    tap(&mut app, plant.rect.center());
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    let state = app.world().resource::<trust_garden::app::GardenState>();
    assert_eq!(state.garden.partners, ["Partner 1", "Partner 2"]);
}

#[test]
fn turning_the_phone_keeps_a_zoomed_view_inside_the_garden() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let size = SafeArea::PHONE_SCREEN.as_vec2();
    // Zoomed in and dragged as far right and up as the portrait window allows.
    let corner = trust_garden::app::View {
        zoom: 2.0,
        center: Vec2::new(1e6, 1e6),
    }
    .kept_in(size);
    app.world_mut().resource_mut::<GardenView>().jump(corner);
    app.update();
    let window = window(&mut app);
    app.world_mut().write_message(bevy::window::WindowResized {
        window,
        width: size.y,
        height: size.x,
    });
    app.update();
    let landscape = Vec2::new(size.y, size.x);
    let view = app.world().resource::<GardenView>().shown;
    assert_ne!(
        view, corner,
        "the portrait corner is outside the landscape view"
    );
    assert_eq!(view, view.kept_in(landscape));
    assert_eq!(view.zoom, 2.0);
}

/// Android's back key, as winit reports it: no physical key code, the
/// logical key `BrowserBack`.
fn press_back(app: &mut App) {
    let window = window(app);
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut()
            .write_message(bevy::input::keyboard::KeyboardInput {
                key_code: KeyCode::Unidentified(bevy::input::keyboard::NativeKeyCode::Unidentified),
                logical_key: bevy::input::keyboard::Key::BrowserBack,
                state,
                text: None,
                repeat: false,
                window,
            });
        app.update();
    }
    settle(app);
}

#[test]
fn the_back_gesture_steps_back_one_level_and_never_leaves_the_garden() {
    let (_dir, mut app) = phone_with_history(30, "log");
    assert_eq!(garden_mode(&app), Some(GardenMode::Logging));
    press_back(&mut app);
    assert_eq!(
        garden_mode(&app),
        Some(GardenMode::Looking),
        "the log sheet closes"
    );
    app.world_mut().resource_mut::<TimeLapse>().day =
        Some(moment().date_naive() - Duration::days(9));
    app.world_mut().resource_mut::<SelectedPlant>().0 = Some(trust_garden::garden::Species::Soil);
    press_back(&mut app);
    assert_eq!(selected_plant(&app), None, "first the card closes");
    assert!(app.world().resource::<TimeLapse>().day.is_some());
    press_back(&mut app);
    assert_eq!(
        *app.world().resource::<TimeLapse>(),
        TimeLapse { day: None }
    );
    press_back(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    let stats = control(&mut app, "Stats");
    tap(&mut app, stats.rect.center());
    assert_eq!(screen(&app), Screen::Stats);
    press_back(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
}

#[test]
fn the_log_button_opens_the_sheet_over_the_garden_and_close_or_back_closes_it() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let open_sheet = |app: &mut App| {
        let log = control(app, "+  Log something we did");
        tap(app, log.rect.center());
        assert_eq!(screen(app), Screen::Garden);
        assert_eq!(garden_mode(app), Some(GardenMode::Logging));
        let labels: Vec<String> = controls(app).into_iter().map(|c| c.label).collect();
        assert!(
            !labels.iter().any(|l| l == "History"),
            "the sheet covers the navigation: {labels:?}"
        );
    };
    // Bare ground while looking, and still in sight above the open sheet.
    let ground = app.world().resource::<OpenGround>().clone();
    let open = ground.rect.expect("the garden is open");
    let above = (0..40)
        .map(|step| egui::pos2(open.center().x, open.top() + 10.0 * step as f32))
        .find(|&at| ground.is_bare(at))
        .expect("some bare ground between the cards");
    open_sheet(&mut app);
    // The garden above the sheet takes no touches: a double tap does not zoom.
    tap(&mut app, above);
    tap(&mut app, above);
    assert_eq!(app.world().resource::<GardenView>().target.zoom, 1.0);
    let close = control(&mut app, "Close");
    tap(&mut app, close.rect.center());
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
    control(&mut app, "History");
    open_sheet(&mut app);
    press_back(&mut app);
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
    assert_eq!(screen(&app), Screen::Garden);
}

#[test]
fn a_tap_left_waiting_when_the_garden_is_left_opens_nothing_on_coming_back() {
    let (_dir, mut app) = phone_with_history(60, "garden");
    let (_, at) = bare_plant(&app);
    tap(&mut app, at);
    let history = control(&mut app, "History");
    tap(&mut app, history.rect.center());
    assert_eq!(screen(&app), Screen::History);
    wait_out_double_tap(&mut app);
    press_back(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    wait_out_double_tap(&mut app);
    assert_eq!(selected_plant(&app), None);
}

#[test]
fn a_notice_over_another_screen_leaves_the_garden_ground_alone() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    let covered = |app: &App| app.world().resource::<OpenGround>().covered.len();
    app.world_mut()
        .resource_mut::<trust_garden::app::Notices>()
        .error("The partner's save could not be read.");
    settle(&mut app);
    let on_the_garden = covered(&app);
    settle(&mut app);
    assert_eq!(
        covered(&app),
        on_the_garden,
        "rebuilt each frame, not grown"
    );
    let history = control(&mut app, "History");
    tap(&mut app, history.rect.center());
    assert_eq!(screen(&app), Screen::History);
    for _ in 0..20 {
        app.update();
    }
    assert_eq!(covered(&app), 0, "no garden ground behind the history");
}

#[test]
fn a_finger_lifted_while_another_screen_was_up_does_not_turn_later_taps_into_pinches() {
    let (_dir, mut app) = phone_with_history(60, "garden");
    let (species, at) = bare_plant(&app);
    // A finger goes down on the garden, the app switches screens (a back
    // gesture, a notification) and the finger is lifted there.
    touch(&mut app, 5, TouchPhase::Started, egui::pos2(195.0, 420.0));
    app.update();
    let go = |app: &mut App, to: Screen| {
        app.world_mut().resource_mut::<NextState<Screen>>().set(to);
        settle(app);
    };
    go(&mut app, Screen::History);
    touch(&mut app, 5, TouchPhase::Ended, egui::pos2(195.0, 420.0));
    settle(&mut app);
    go(&mut app, Screen::Garden);
    tap(&mut app, at);
    wait_out_double_tap(&mut app);
    assert_eq!(selected_plant(&app), Some(species));
}

#[test]
fn a_locked_phone_draws_the_keypad_and_nothing_of_the_garden_until_the_pin() {
    use trust_garden::app::lock::{LockConfig, config_path, hash_pin, save_config};
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 30);
    let lock = LockConfig {
        pin_hash: hash_pin("2468").unwrap(),
        after_minutes: 5,
    };
    save_config(&config_path(&install_folder(&save)), Some(&lock)).unwrap();
    let mut app = phone(&save, Some("history"), true);

    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Enter your PIN"), "{shown:?}");
    let names = &app
        .world()
        .resource::<GardenState>()
        .garden
        .partners
        .clone();
    for screen in ["Garden", "History", "Journey", "Stats", "Settings", "Hide"] {
        assert!(
            !shown.iter().any(|t| t == screen),
            "{screen} drawn: {shown:?}"
        );
    }
    for name in names.iter() {
        assert!(
            !shown.iter().any(|t| t.contains(name.as_str())),
            "{name}: {shown:?}"
        );
    }
    for key in ["1", "3", "5", "7", "OK"] {
        let key = control(&mut app, key);
        tap(&mut app, key.rect.center());
    }
    let shown = texts(&mut app);
    assert!(
        shown.iter().any(|t| t == "That was not the PIN."),
        "{shown:?}"
    );
    assert!(!shown.iter().any(|t| t == "History"));
    for key in ["2", "4", "6", "8", "OK"] {
        let key = control(&mut app, key);
        tap(&mut app, key.rect.center());
    }
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "History"), "unlocked: {shown:?}");

    // Hide covers the screen at once, and asks for the PIN again.
    let hide = control(&mut app, "Hide");
    tap(&mut app, hide.rect.center());
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Enter your PIN"), "{shown:?}");
    assert!(!shown.iter().any(|t| t == "History"));
}

#[test]
fn an_encrypted_garden_draws_its_passphrase_page_only_and_a_kept_key_opens_it() {
    use trust_garden::app::keychain::Keychain;
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 30);
    let passphrase = "the bench by the river";
    SaveFile::open(&save)
        .unwrap()
        .encrypt(passphrase, false)
        .unwrap();
    let keychain = Keychain::with_store(keyring_core::mock::Store::new().unwrap());
    let options = AppOptions {
        keychain: keychain.clone(),
        ..options_for(&save, Some("history"), true)
    };

    let mut app = phone_with(options.clone());
    let shown = texts(&mut app);
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("This garden is encrypted")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|t| t == "Remember it on this device"),
        "{shown:?}"
    );
    for screen in ["Garden", "History", "Journey", "Stats", "Settings"] {
        assert!(
            !shown.iter().any(|t| t == screen),
            "{screen} drawn: {shown:?}"
        );
    }
    let (a, b) = DemoCouple::default().names;
    for name in [&a, &b] {
        assert!(
            !shown.iter().any(|t| t.contains(name.as_str())),
            "{name}: {shown:?}"
        );
    }

    // A device that kept the garden's key opens straight onto History.
    let header = trust_garden::journal::read_header(&save).unwrap().unwrap();
    let keys = trust_garden::journal::Keys::with_passphrase(passphrase.to_owned().into());
    SaveFile::open_with(&save, &keys).unwrap();
    keychain
        .keep(header.log, &keys.key_for(&header).unwrap())
        .unwrap();
    let mut app = phone_with(options);
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "History"), "{shown:?}");
    assert!(
        !shown
            .iter()
            .any(|t| t.starts_with("This garden is encrypted"))
    );
}

#[test]
fn with_motion_reduced_a_double_tap_jumps_instead_of_gliding() {
    let glide = |reduce: bool| {
        let (_dir, mut app) = phone_with_history(30, "garden");
        app.world_mut()
            .resource_mut::<trust_garden::app::DeviceSettings>()
            .reduce_motion = Some(reduce);
        settle(&mut app);
        let middle = egui::pos2(195.0, 420.0);
        tap(&mut app, middle);
        tap(&mut app, middle);
        let view = app.world().resource::<GardenView>();
        assert!(view.target.zoom > 1.0, "the double tap zooms in");
        (view.shown.zoom, view.target.zoom)
    };
    let (shown, target) = glide(false);
    assert!(shown < target, "with motion the view is still gliding in");
    let (shown, target) = glide(true);
    assert_eq!(shown, target, "with motion reduced it is there at once");
}

#[test]
fn with_motion_reduced_egui_animates_nothing() {
    let (_dir, mut app) = phone_with_history(7, "settings");
    let animation = |app: &mut App| {
        let mut query = app.world_mut().query::<&mut EguiContext>();
        let mut context = query.single_mut(app.world_mut()).unwrap();
        context.get_mut().global_style().animation_time
    };
    assert!(animation(&mut app) > 0.0);
    app.world_mut()
        .resource_mut::<trust_garden::app::DeviceSettings>()
        .reduce_motion = Some(true);
    settle(&mut app);
    assert_eq!(animation(&mut app), 0.0);
}

/// Chooses this device's language, as its choice in Settings does.
fn choose_language(app: &mut App, lang: Option<trust_garden::i18n::Lang>) {
    app.world_mut()
        .resource_mut::<trust_garden::app::DeviceSettings>()
        .language = lang;
    settle(app);
}

#[test]
fn in_german_the_garden_and_settings_speak_german_and_still_fit_a_phone() {
    let (_dir, mut app) = phone_with_history(30, "garden");
    choose_language(&mut app, Some(trust_garden::i18n::Lang::De));
    let shown = texts(&mut app);
    for german in [
        "Garten",
        "Verlauf",
        "Statistik",
        "Verbergen",
        "+  Eintragen, was wir getan haben",
        "Zeitraffer: zieh zurück und sieh den Garten wachsen",
    ] {
        assert!(
            shown.iter().any(|t| t == german),
            "{german:?} not in {shown:?}"
        );
    }
    assert!(!shown.iter().any(|t| t == "History"), "{shown:?}");
    // The longer German words still leave every tab on the screen.
    let width = SafeArea::PHONE_SCREEN.x as f32;
    for tab in ["Garten", "Verlauf", "Weg", "Statistik", "Optionen"] {
        let tab = control(&mut app, tab);
        assert!(
            tab.rect.min.x >= 0.0 && tab.rect.max.x <= width,
            "{tab:?} is off the screen"
        );
    }
    let settings = control(&mut app, "Optionen");
    tap(&mut app, settings.rect.center());
    assert_eq!(screen(&app), Screen::Settings);
    let shown = texts(&mut app);
    for german in [
        "Einstellungen",
        "Auf diesem Gerät",
        "Sprache",
        "System (English)",
        "Deutsch",
        "English",
        "Español",
        "Textgröße",
    ] {
        assert!(
            shown.iter().any(|t| t == german),
            "{german:?} not in {shown:?}"
        );
    }
}

#[test]
fn in_german_every_action_of_the_log_sheet_is_on_the_screen_and_none_overlap() {
    // German labels are the longest: "Versprechen gehalten / gebrochen".
    let (_dir, mut app) = phone_with_history(30, "log");
    choose_language(&mut app, Some(trust_garden::i18n::Lang::De));
    let width = SafeArea::PHONE_SCREEN.x as f32;
    use trust_garden::journal::Action;
    // What the sheet offers: every action but an acknowledgement, kept and
    // broken sharing one button.
    let offered = Action::ALL
        .into_iter()
        .filter(|a| !matches!(a, Action::Acknowledge | Action::PromiseBroken));
    let actions: Vec<Control> = offered
        .map(|action| {
            let label = match action {
                Action::PromiseKept => {
                    trust_garden::i18n::scoped(trust_garden::i18n::Lang::De, || {
                        trust_garden::t!("app-log-promise-kept-or-broken")
                    })
                }
                other => trust_garden::i18n::scoped(trust_garden::i18n::Lang::De, || other.label()),
            };
            control(&mut app, &label)
        })
        .collect();
    for (i, a) in actions.iter().enumerate() {
        assert!(
            a.rect.min.x >= 0.0 && a.rect.max.x <= width,
            "{a:?} runs off the {width} px screen"
        );
        for b in &actions[i + 1..] {
            assert!(
                !a.rect.shrink(1.0).intersects(b.rect.shrink(1.0)),
                "{a:?} overlaps {b:?}"
            );
        }
    }
    // The heading wraps beside Close instead of sliding under it.
    let close = control(&mut app, "Schließen");
    assert!(close.rect.max.x <= width, "{close:?}");
}

#[test]
fn a_spanish_choice_is_kept_on_the_device_and_speaks_from_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 30);
    let mut app = phone(&save, Some("settings"), true);
    choose_language(&mut app, Some(trust_garden::i18n::Lang::Es));
    assert!(texts(&mut app).iter().any(|t| t == "Idioma"));
    drop(app);
    let mut app = phone(&save, Some("garden"), true);
    let shown = texts(&mut app);
    for spanish in [
        "Jardín",
        "Historial",
        "Ocultar",
        "+  Anotar algo que hicimos",
    ] {
        assert!(
            shown.iter().any(|t| t == spanish),
            "{spanish:?} not in {shown:?}"
        );
    }
    let settings = control(&mut app, "Ajustes");
    tap(&mut app, settings.rect.center());
    let shown = texts(&mut app);
    for spanish in [
        "Ajustes",
        "En este dispositivo",
        "Oscuro",
        "Movimiento suave",
    ] {
        assert!(
            shown.iter().any(|t| t == spanish),
            "{spanish:?} not in {shown:?}"
        );
    }
}

#[test]
fn a_language_from_the_command_line_comes_before_the_device_choice() {
    let dir = tempfile::tempdir().unwrap();
    let save = demo_save(&dir, 30);
    let mut app = phone(&save, Some("garden"), true);
    choose_language(&mut app, Some(trust_garden::i18n::Lang::Es));
    drop(app);
    let mut app = phone_with(AppOptions {
        lang: Some(trust_garden::i18n::Lang::De),
        ..options_for(&save, Some("garden"), true)
    });
    assert!(texts(&mut app).iter().any(|t| t == "Garten"));
}

/// A key pressed and let go; a phone's on-screen keyboard types the same.
fn press_key(app: &mut App, logical_key: bevy::input::keyboard::Key, text: Option<&str>) {
    let window = window(app);
    for state in [ButtonState::Pressed, ButtonState::Released] {
        app.world_mut()
            .write_message(bevy::input::keyboard::KeyboardInput {
                key_code: KeyCode::Unidentified(bevy::input::keyboard::NativeKeyCode::Unidentified),
                logical_key: logical_key.clone(),
                state,
                text: text.map(Into::into),
                repeat: false,
                window,
            });
    }
    app.update();
}

/// Types `text` into the focused field.
pub(crate) fn type_text(app: &mut App, text: &str) {
    press_key(
        app,
        bevy::input::keyboard::Key::Character(text.into()),
        Some(text),
    );
    settle(app);
}

/// Erases `count` letters before the cursor of the focused field.
fn erase(app: &mut App, count: usize) {
    for _ in 0..count {
        press_key(app, bevy::input::keyboard::Key::Backspace, None);
    }
    settle(app);
}

/// The text fields on screen, top to bottom (egui names them by kind).
pub(crate) fn text_fields(app: &mut App) -> Vec<Control> {
    let mut fields: Vec<Control> = controls(app)
        .into_iter()
        .filter(|c| c.label == "TextEdit")
        .collect();
    fields.sort_by(|a, b| a.rect.top().total_cmp(&b.rect.top()));
    fields
}

/// A zone's row as the list shows it: the name and the time there now.
fn zone_row(app: &App, zone: &str) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap();
    let now = app.world().resource::<trust_garden::app::AppClock>().now();
    let time = now.with_timezone(&tz).format("%H:%M");
    format!("{} · {time}", zone.replace('_', " "))
}

/// Drags the screen's content up by `by` points, the finger on a card's
/// edge (not on a control).
pub(crate) fn scroll_up(app: &mut App, by: f32) {
    let from = egui::pos2(14.0, 520.0);
    touch(app, 1, TouchPhase::Started, from);
    app.update();
    for step in 1..=10 {
        let at = from - egui::vec2(0.0, by * step as f32 / 10.0);
        touch(app, 1, TouchPhase::Moved, at);
        app.update();
    }
    touch(app, 1, TouchPhase::Ended, from - egui::vec2(0.0, by));
    settle(app);
}

/// The control named `label`, scrolled fully into view first if need be.
fn reach(app: &mut App, label: &str) -> Control {
    for _ in 0..8 {
        let bottom = SafeArea::PHONE_SCREEN.y as f32 - 120.0;
        let found = controls(app).into_iter().find(|c| c.label == label);
        if let Some(c) = found
            .filter(|c| c.visible.height() >= c.rect.height() - 0.5 && c.rect.bottom() < bottom)
        {
            return c;
        }
        scroll_up(app, 160.0);
    }
    control(app, label)
}

fn couple(app: &App) -> trust_garden::garden::ledger::Couple {
    app.world()
        .resource::<GardenState>()
        .ledger()
        .couple()
        .clone()
}

fn entries(app: &App) -> usize {
    app.world().resource::<Journal>().events().len()
}

#[test]
fn a_name_changed_in_settings_is_the_name_in_the_top_bar() {
    let (_dir, mut app) = phone_with_history(10, "settings");
    let before = entries(&app);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Our names, time zone"))
    );
    let second = text_fields(&mut app)[1].clone();
    tap(&mut app, second.rect.right_center() - egui::vec2(12.0, 0.0));
    erase(&mut app, 8);
    type_text(&mut app, "Robin");
    let save = reach(&mut app, "Save names");
    tap(&mut app, save.rect.center());
    settle(&mut app);
    assert_eq!(couple(&app).names, ["Alex", "Robin"]);
    assert_eq!(entries(&app), before + 1, "one rename in the log");
    // The partner switch at the top says the new name.
    let switch = control(&mut app, "Robin");
    assert!(switch.rect.top() < 140.0, "{switch:?}");
    assert!(!controls(&mut app).iter().any(|c| c.label == "Sam"));
}

#[test]
fn the_same_name_twice_is_refused_under_the_field_and_writes_nothing() {
    let (_dir, mut app) = phone_with_history(10, "settings");
    let before = entries(&app);
    let second = text_fields(&mut app)[1].clone();
    tap(&mut app, second.rect.right_center() - egui::vec2(12.0, 0.0));
    erase(&mut app, 8);
    type_text(&mut app, "alex");
    let save = reach(&mut app, "Save names");
    tap(&mut app, save.rect.center());
    settle(&mut app);
    let shown = texts(&mut app);
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("the two names must differ")),
        "{shown:?}"
    );
    assert_eq!(entries(&app), before);
    assert_eq!(couple(&app).names, ["Alex", "Sam"]);
}

#[test]
fn a_zone_found_by_a_few_letters_changes_the_couples_clock_from_now_on() {
    let (_dir, mut app) = phone_with_history(10, "settings");
    let before = entries(&app);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "Time zone: Europe/London")
    );
    let search = text_fields(&mut app)[2].clone();
    tap(&mut app, search.rect.center());
    type_text(&mut app, "berl");
    let row = zone_row(&app, "Europe/Berlin");
    let berlin = reach(&mut app, &row);
    assert!(berlin.rect.height() >= THUMB - 0.5, "{berlin:?}");
    tap(&mut app, berlin.rect.center());
    assert_eq!(
        entries(&app),
        before,
        "nothing written before it is applied"
    );
    let apply = reach(&mut app, "Change our clock");
    tap(&mut app, apply.rect.center());
    settle(&mut app);
    assert_eq!(couple(&app).clock.zone.name(), "Europe/Berlin");
    assert_eq!(entries(&app), before + 1);
    let last = app.world().resource::<Journal>().events().last().cloned();
    assert!(
        matches!(
            last.map(|e| e.kind),
            Some(trust_garden::journal::Kind::Setup { ref zone, from_now_on: true, .. })
                if zone == "Europe/Berlin"
        ),
        "a setup line from now on"
    );
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "Time zone: Europe/Berlin")
    );
}

#[test]
fn the_welcome_plants_the_garden_in_a_zone_picked_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("garden.ron");
    let mut app = phone(&save, None, true);
    assert_eq!(screen(&app), Screen::Welcome);
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t.starts_with("Both of you see everything"))
    );
    // The names, then the zone search further down the page.
    let mut fields = text_fields(&mut app);
    for _ in 0..5 {
        if fields.len() > 2 {
            break;
        }
        scroll_up(&mut app, 200.0);
        fields = text_fields(&mut app);
    }
    let search = fields[2].clone();
    tap(&mut app, search.rect.center());
    type_text(&mut app, "são");
    let row = zone_row(&app, "America/Sao_Paulo");
    let sao_paulo = reach(&mut app, &row);
    tap(&mut app, sao_paulo.rect.center());
    assert!(
        texts(&mut app)
            .iter()
            .any(|t| t == "Time zone: America/Sao Paulo")
    );
    let plant = control(&mut app, "Plant our garden");
    tap(&mut app, plant.rect.center());
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    assert_eq!(couple(&app).clock.zone.name(), "America/Sao_Paulo");
}

#[test]
fn at_the_largest_text_the_zone_list_and_the_clock_still_fit_a_phone() {
    let (_dir, mut app) = phone_with_history(10, "settings");
    app.world_mut()
        .resource_mut::<trust_garden::app::DeviceSettings>()
        .text_scale = 1.45;
    settle(&mut app);
    let search = text_fields(&mut app)[2].clone();
    tap(&mut app, search.rect.center());
    type_text(&mut app, "new");
    let width = SafeArea::PHONE_SCREEN.x as f32;
    let row = zone_row(&app, "America/New_York");
    let york = reach(&mut app, &row);
    let rows: Vec<Control> = controls(&mut app)
        .into_iter()
        .filter(|c| c.label.contains('/'))
        .collect();
    assert!(rows.len() >= 2, "{rows:?}");
    for row in rows.iter().chain([&york]) {
        let size = row.rect.size();
        assert!(size.x >= THUMB && size.y >= THUMB - 0.5, "{row:?}");
        assert!(row.rect.min.x >= 0.0 && row.rect.max.x <= width, "{row:?}");
    }
    tap(&mut app, york.rect.center());
    let hour = reach(&mut app, "05:00");
    tap(&mut app, hour.rect.center());
    let apply = reach(&mut app, "Change our clock");
    assert!(apply.rect.max.x <= width, "{apply:?}");
    tap(&mut app, apply.rect.center());
    settle(&mut app);
    let clock = couple(&app).clock;
    assert_eq!(clock.zone.name(), "America/New_York");
    assert_eq!(clock.day_start.format("%H:%M").to_string(), "05:00");
}

#[test]
fn the_welcome_asks_who_holds_the_phone_and_the_garden_then_acts_as_them() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("garden.ron");
    let mut app = phone(&save, None, true);
    let names = text_fields(&mut app);
    tap(&mut app, names[1].rect.center());
    type_text(&mut app, "Sam");
    // The holder is asked before who was hurt, so Sam's first chip is it.
    let mut sams: Vec<Control> = controls(&mut app)
        .into_iter()
        .filter(|c| c.label == "Sam")
        .collect();
    sams.sort_by(|a, b| a.rect.top().total_cmp(&b.rect.top()));
    assert_eq!(
        sams.len(),
        2,
        "Sam is offered as holder and as the one hurt"
    );
    tap(&mut app, sams[0].rect.center());
    let plant = control(&mut app, "Plant our garden");
    tap(&mut app, plant.rect.center());
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    assert_eq!(
        app.world()
            .resource::<trust_garden::app::DeviceSettings>()
            .acting,
        trust_garden::journal::Partner::B
    );
    // Holding the phone says nothing about who was hurt.
    assert_eq!(couple(&app).names[1], "Sam");
    assert_eq!(couple(&app).hurt, trust_garden::journal::Hurt::NotSaid);
}

#[test]
fn a_swipe_that_starts_on_a_chart_scrolls_the_stats_page() {
    let (_dir, mut app) = phone_with_history(60, "stats");
    // The trust chart's plot: the first wide widget that follows a drag and
    // a tap (the page's scroll bar is narrow).
    let chart = |app: &mut App| -> egui::Rect {
        last_pass(app, |widgets| {
            widgets
                .layers()
                .flat_map(|(_, rects)| rects.iter())
                .filter(|w| w.sense.senses_drag() && w.sense.senses_click())
                .map(|w| w.rect)
                .find(|rect| rect.width() > 200.0)
        })
        .expect("the trust chart is on the Stats page")
    };
    let before = chart(&mut app);
    let from = before.center();
    touch(&mut app, 1, TouchPhase::Started, from);
    app.update();
    for step in 1..=10 {
        let at = from - egui::vec2(0.0, 20.0 * step as f32);
        touch(&mut app, 1, TouchPhase::Moved, at);
        app.update();
    }
    touch(
        &mut app,
        1,
        TouchPhase::Ended,
        from - egui::vec2(0.0, 200.0),
    );
    settle(&mut app);
    let after = chart(&mut app);
    assert!(
        before.top() - after.top() > 100.0,
        "the page did not follow the finger: the chart went from {before:?} to {after:?}"
    );
}
