//! The layout holds: on a phone, for every screen and the states a couple
//! opens (the log sheet with each action chosen, a plant's card, the
//! welcome), at every text size, in English, German (the longest words) and Spanish,
//! with short and with long names, nothing leaves the safe area, no control
//! or text lies over another, and no text is cut off or shortened to "…".
//!
//! Rectangles come from egui itself: the widgets of the last pass, and the
//! text it painted (captured before the pass ends, with the clip each text
//! was drawn in and whether egui elided it).

use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiPrimaryContextPass, egui};
use chrono::Duration;
use trust_garden::app::safe_area::SafeArea;
use trust_garden::app::{DeviceSettings, GardenMode, Screen, SelectedPlant, UiSet};
use trust_garden::garden::Species;
use trust_garden::i18n::Lang;
use trust_garden::journal::{Action, Journal as SaveFile};
use trust_garden::sample::{DemoCouple, demo_events};

use crate::phone::{
    Control, controls, last_pass, moment, phone, scroll_up, settle, tap, text_fields, type_text,
};

/// The sizes Settings offers, from Small to Larger.
const TEXT_SIZES: [f32; 4] = [0.85, 1.0, 1.2, 1.45];
const LANGUAGES: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];
const SHORT_NAMES: (&str, &str) = ("Alex", "Sam");
/// Names as long as people's are: a double first name, a double surname.
const LONG_NAMES: (&str, &str) = ("Marie-Christine Alexandra", "Bartholomew Okonkwo-Smith");

/// A text egui painted this pass.
#[derive(Clone, Debug)]
struct PaintedText {
    layer: egui::LayerId,
    text: String,
    rect: egui::Rect,
    /// Where each row's letters are inked: in a wrapped row of labels a
    /// galley starts at the row's left edge, and its rows are as tall as the
    /// buttons beside them.
    rows: Vec<egui::Rect>,
    clip: egui::Rect,
    elided: bool,
}

#[derive(Resource, Default)]
struct Painted(Vec<PaintedText>);

/// Reads every text shape of every layer before egui ends the pass.
fn capture_painted_text(mut contexts: Query<&mut EguiContext>, mut painted: ResMut<Painted>) {
    let Ok(mut context) = contexts.single_mut() else {
        return;
    };
    let ctx = context.get_mut().clone();
    let mut layers: Vec<egui::LayerId> = ctx.memory(|m| m.layer_ids().collect());
    if !layers.contains(&egui::LayerId::background()) {
        layers.push(egui::LayerId::background());
    }
    let mut found = Vec::new();
    ctx.graphics(|graphics| {
        for layer in layers {
            let Some(list) = graphics.get(layer) else {
                continue;
            };
            for clipped in list.all_entries() {
                collect_text(layer, clipped.clip_rect, &clipped.shape, &mut found);
            }
        }
    });
    painted.0 = found;
}

fn collect_text(
    layer: egui::LayerId,
    clip: egui::Rect,
    shape: &egui::Shape,
    found: &mut Vec<PaintedText>,
) {
    match shape {
        egui::Shape::Vec(shapes) => {
            for shape in shapes {
                collect_text(layer, clip, shape, found);
            }
        }
        egui::Shape::Text(text) if !text.galley.is_empty() => {
            let offset = text.pos.to_vec2();
            let rows: Vec<egui::Rect> = text
                .galley
                .rows
                .iter()
                .map(|row| {
                    row.visuals
                        .mesh_bounds
                        .translate(offset + row.pos.to_vec2())
                })
                .filter(|row| row.width() > 0.0)
                .collect();
            let rect = rows
                .iter()
                .copied()
                .reduce(|a, b| a.union(b))
                .unwrap_or(egui::Rect::NOTHING);
            found.push(PaintedText {
                layer,
                text: text.galley.text().to_owned(),
                rect,
                rows,
                clip,
                elided: text.galley.elided,
            });
        }
        _ => {}
    }
}

/// The app on `save` showing `screen`, capturing what it paints.
fn phone_on(save: &std::path::Path, screen: &str) -> App {
    let mut app = phone(save, Some(screen), true);
    app.init_resource::<Painted>();
    app.add_systems(EguiPrimaryContextPass, capture_painted_text.after(UiSet));
    settle(&mut app);
    app
}

/// A demo couple's 60 days under `names`.
fn save_with_names(dir: &tempfile::TempDir, names: (&str, &str)) -> std::path::PathBuf {
    let save = dir.path().join("garden.ron");
    let couple = DemoCouple {
        names: (names.0.to_owned(), names.1.to_owned()),
        ..DemoCouple::default()
    };
    let days = 60;
    let first = moment().date_naive() - Duration::days(days - 1);
    let events = demo_events(&couple, first, days as u32, 7);
    SaveFile::create_with(&save, &events).unwrap();
    save
}

fn set_device(app: &mut App, lang: Lang, size: f32) {
    {
        let mut device = app.world_mut().resource_mut::<DeviceSettings>();
        device.language = Some(lang);
        device.text_scale = size;
    }
    settle(app);
}

/// The safe area of the emulated phone.
fn safe_area() -> egui::Rect {
    let content = SafeArea::PHONE_EMULATION.content(SafeArea::PHONE_SCREEN.as_vec2());
    egui::Rect::from_min_max(
        egui::pos2(content.min.x, content.min.y),
        egui::pos2(content.max.x, content.max.y),
    )
}

/// What is wrong with the layout of the last pass, each said with where.
fn layout_problems(app: &mut App, state: &str) -> Vec<String> {
    let safe = safe_area().expand(0.5);
    let mut problems = Vec::new();
    // A card's own area answers touches too; it holds its controls.
    let all = controls(app);
    let found: Vec<Control> = all
        .iter()
        .filter(|c| {
            !all.iter()
                .any(|other| other.rect != c.rect && c.rect.contains_rect(other.rect))
        })
        .cloned()
        .collect();
    let in_layer = |layer: egui::LayerId| {
        let layers: Vec<_> = found
            .iter()
            .filter(|c| c.layer == layer && c.visible.is_positive())
            .collect();
        layers
    };
    for (i, a) in found.iter().enumerate() {
        // Nothing scrolls sideways: a control wider than the screen is cut.
        if a.rect.min.x < safe.min.x || a.rect.max.x > safe.max.x {
            problems.push(format!(
                "{state}: {:?} at x {:.0}..{:.0} leaves the screen",
                a.label, a.rect.min.x, a.rect.max.x
            ));
        }
        if a.visible.is_positive() && !safe.contains_rect(a.visible) {
            problems.push(format!(
                "{state}: {:?} at {:?} is outside the safe area",
                a.label, a.visible
            ));
        }
        for b in &found[i + 1..] {
            if a.layer == b.layer
                && a.visible.shrink(1.0).intersects(b.visible.shrink(1.0))
                && a.visible.is_positive()
                && b.visible.is_positive()
            {
                problems.push(format!("{state}: {:?} overlaps {:?}", a.label, b.label));
            }
        }
    }
    // Nothing is laid out wider than the screen, frames and scroll bars
    // included: a card's edge past it is cut off.
    let widest = last_pass(app, |widgets| {
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter())
            .map(|w| w.rect.right())
            .fold(f32::NEG_INFINITY, f32::max)
    });
    if widest > safe.max.x {
        problems.push(format!("{state}: laid out {widest:.0} points wide"));
    }
    // A text field's own words scroll inside it, as on every phone.
    let fields: Vec<egui::Rect> = last_pass(app, |widgets| {
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter())
            .filter(|w| {
                widgets
                    .info(w.id)
                    .is_some_and(|i| i.typ == egui::WidgetType::TextEdit)
            })
            .map(|w| w.rect)
            .collect()
    });
    let painted = app.world().resource::<Painted>().0.clone();
    for (i, text) in painted.iter().enumerate() {
        let in_field = fields
            .iter()
            .any(|f| f.expand(1.0).contains_rect(text.clip));
        let shown = text.rect.intersect(text.clip);
        if !shown.is_positive() {
            continue;
        }
        let said = text.text.replace('\n', " ");
        if text.elided {
            problems.push(format!("{state}: {said:?} is shortened with …"));
        }
        if !in_field
            && (text.rect.min.x < text.clip.min.x - 0.5 || text.rect.max.x > text.clip.max.x + 0.5)
        {
            problems.push(format!(
                "{state}: {said:?} at x {:.0}..{:.0} is cut at {:.0}..{:.0}",
                text.rect.min.x, text.rect.max.x, text.clip.min.x, text.clip.max.x
            ));
        }
        if !safe.contains_rect(shown) && text.layer.order != egui::Order::Foreground {
            problems.push(format!(
                "{state}: {said:?} at {shown:?} leaves the safe area"
            ));
        }
        let visible_rows = |t: &PaintedText| -> Vec<egui::Rect> {
            t.rows
                .iter()
                .map(|row| row.intersect(t.clip).shrink(1.0))
                .filter(|row| row.is_positive())
                .collect()
        };
        let mine = visible_rows(text);
        for other in &painted[i + 1..] {
            if other.layer != text.layer {
                continue;
            }
            let theirs = visible_rows(other);
            if let Some((a, b)) = mine
                .iter()
                .flat_map(|a| theirs.iter().map(move |b| (a, b)))
                .find(|(a, b)| a.intersects(**b))
            {
                problems.push(format!(
                    "{state}: {said:?} at {a:?} is drawn over {:?} at {b:?}",
                    other.text.replace('\n', " ")
                ));
            }
        }
        // A text over a control it is not part of.
        for control in in_layer(text.layer) {
            let inside = control.rect.expand(1.0);
            if let Some(row) = mine.iter().find(|row| {
                row.intersects(control.visible.shrink(1.0)) && !inside.contains_rect(**row)
            }) {
                problems.push(format!(
                    "{state}: {said:?} at {row:?} is drawn over the control {:?} at {:?} (whole: {:?}, text clip {:?})",
                    control.label, control.visible, control.rect, text.clip
                ));
            }
        }
    }
    problems
}

/// Checks the screen at every text size and language; long pages are
/// checked all the way down.
fn check_every_size(app: &mut App, state: &str, scrolls: bool, problems: &mut Vec<String>) {
    for lang in LANGUAGES {
        for size in TEXT_SIZES {
            set_device(app, lang, size);
            let here = format!("{state} ({lang:?}, text {size})");
            problems.extend(layout_problems(app, &here));
            if scrolls {
                for page in 1..=4 {
                    scroll_up(app, 480.0);
                    come_to_rest(app);
                    problems.extend(layout_problems(app, &format!("{here}, page {page}")));
                }
                // Back to the top for the next size.
                scroll_up(app, -4000.0);
                come_to_rest(app);
            }
        }
    }
}

/// Lets a flicked page glide to a stop: mid-glide a page's texts and
/// controls are measured from different offsets.
/// A long page glides for seconds after a strong flick.
fn come_to_rest(app: &mut App) {
    let place =
        |app: &mut App| -> Vec<egui::Rect> { controls(app).iter().map(|c| c.rect).collect() };
    let mut still = 0;
    let mut last = place(app);
    for _ in 0..1200 {
        app.update();
        let now = place(app);
        still = if now == last { still + 1 } else { 0 };
        if still == 10 {
            return;
        }
        last = now;
    }
    panic!("the page never came to rest");
}

/// The labels the log sheet's buttons have, in English.
fn log_sheet_buttons() -> Vec<String> {
    trust_garden::i18n::scoped(Lang::En, || {
        Action::ALL
            .into_iter()
            .filter(|a| !matches!(a, Action::Acknowledge | Action::PromiseBroken))
            .map(|action| match action {
                Action::PromiseKept => trust_garden::t!("app-log-promise-kept-or-broken"),
                other => other.label(),
            })
            .collect()
    })
}

fn layout_holds_with(names: (&str, &str)) {
    let dir = tempfile::tempdir().unwrap();
    let save = save_with_names(&dir, names);
    let mut problems = Vec::new();
    for (screen, scrolls) in [
        ("garden", false),
        ("history", true),
        ("journey", true),
        ("stats", true),
        ("settings", true),
    ] {
        let mut app = phone_on(&save, screen);
        check_every_size(&mut app, screen, scrolls, &mut problems);
    }
    // A partner's copy arrived beside the save under a phone's long name:
    // Settings offers it as a chip.
    let arrived = tempfile::tempdir().unwrap();
    let with_copy = save_with_names(&arrived, names);
    std::fs::copy(
        &with_copy,
        arrived
            .path()
            .join("garden-2026-12-04-from-bartholomews-iphone.ron"),
    )
    .unwrap();
    let mut app = phone_on(&with_copy, "settings");
    let found = &app
        .world()
        .resource::<trust_garden::app::file_dialogs::MergeChoices>()
        .found;
    assert_eq!(found.len(), 1, "Settings offers the partner's copy");
    check_every_size(
        &mut app,
        "settings, a partner's copy found",
        true,
        &mut problems,
    );
    for species in [
        Species::Tree,
        Species::Flowers,
        Species::Paths,
        Species::Soil,
    ] {
        let mut app = phone_on(&save, "garden");
        app.world_mut().resource_mut::<SelectedPlant>().0 = Some(species);
        settle(&mut app);
        check_every_size(
            &mut app,
            &format!("{species:?}'s card"),
            false,
            &mut problems,
        );
    }
    let mut app = phone_on(&save, "log");
    check_every_size(&mut app, "log sheet", false, &mut problems);
    for label in log_sheet_buttons() {
        let mut app = phone_on(&save, "log");
        set_device(&mut app, Lang::En, 1.0);
        let button = controls(&mut app)
            .into_iter()
            .find(|c| c.label == label)
            .unwrap_or_else(|| panic!("no {label:?} on the log sheet"));
        tap(&mut app, button.rect.center());
        assert_eq!(
            *app.world().resource::<State<GardenMode>>().get(),
            GardenMode::Logging
        );
        check_every_size(
            &mut app,
            &format!("log sheet, {label}"),
            true,
            &mut problems,
        );
    }
    let empty = tempfile::tempdir().unwrap();
    let mut app = phone_on(&empty.path().join("garden.ron"), "welcome");
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Welcome
    );
    check_every_size(&mut app, "welcome", true, &mut problems);
    // The zone list open: rows of a city and the time there.
    set_device(&mut app, Lang::En, 1.0);
    let mut fields = text_fields(&mut app);
    for _ in 0..5 {
        if fields.len() > 2 {
            break;
        }
        scroll_up(&mut app, 200.0);
        come_to_rest(&mut app);
        fields = text_fields(&mut app);
    }
    tap(&mut app, fields[2].rect.center());
    type_text(&mut app, "new");
    settle(&mut app);
    assert!(
        controls(&mut app)
            .iter()
            .any(|c| c.label.starts_with("America/New York · ")),
        "the zone list shows New York and the time there"
    );
    check_every_size(&mut app, "welcome, zones listed", true, &mut problems);
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} layout problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_screen_fits_a_phone_at_every_text_size_with_short_names() {
    layout_holds_with(SHORT_NAMES);
}

#[test]
fn every_screen_fits_a_phone_at_every_text_size_with_long_names() {
    layout_holds_with(LONG_NAMES);
}
