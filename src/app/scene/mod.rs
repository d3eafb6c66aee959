//! The garden drawn in code: layered hills, meadow and soil, roots, a tree,
//! flowers, a trellis with vines, paths, pollinators, lanterns, weeds and
//! weather. The drawing is a pure function of the garden being shown (today's,
//! or a past day's in the time-lapse), the displayed growth (which tweens
//! towards the garden's) and the local hour.

mod canvas;
mod land;
mod motion;
mod plants;
mod sky;

use bevy::camera::ScalingMode;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use crate::garden::chapters::Unlock;
use crate::garden::{Garden, Species};

use super::AppClock;
use super::garden_view::gestures::{GardenTap, GestureSet};
use super::garden_view::zoom::{GardenView, WORLD, ZoomSet};
use super::garden_view::{SelectedPlant, TimeLapse};
use super::motion::Stillness;
use super::redraw::Awake;
use super::screens::{GardenMode, Screen};
use super::storage::{GardenState, Grew};
use canvas::{Art, Canvas};
use motion::Sparkle;
/// Where the far meadow meets the sky.
pub const HORIZON: f32 = 40.0;
/// Where the meadow ends and the soil (seen in cross-section) begins.
pub const SOIL_TOP: f32 = -110.0;

/// The garden the scene shows and the unlocked features.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct Shown {
    pub garden: Garden,
    pub unlocks: Vec<Unlock>,
}

/// Growth and wilt as drawn, easing towards the shown garden's.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct Displayed {
    pub growth: [f32; 8],
    pub wilt: [f32; 8],
}

/// Where each plant can be tapped, in world units, most specific first.
#[derive(Resource, Clone, Debug, Default)]
pub struct HitAreas(pub Vec<(Species, Rect)>);

#[derive(Component)]
struct BackLayer;
#[derive(Component)]
struct PlantLayer;
#[derive(Component)]
struct SceneCamera;

type SceneLayers = Or<(With<BackLayer>, With<PlantLayer>)>;

fn setup_camera(mut commands: Commands) {
    commands.spawn((
        Camera2d,
        SceneCamera,
        Projection::Orthographic(OrthographicProjection {
            scaling_mode: ScalingMode::AutoMin {
                min_width: WORLD.x,
                min_height: WORLD.y,
            },
            ..OrthographicProjection::default_2d()
        }),
    ));
}

fn index(species: Species) -> usize {
    Species::ALL.iter().position(|s| *s == species).unwrap_or(0)
}

/// Picks the garden to show: today's, or the time-lapse day's.
fn choose_shown(
    mut commands: Commands,
    state: Res<GardenState>,
    lapse: Res<TimeLapse>,
    shown: Option<Res<Shown>>,
    clock: Res<AppClock>,
) {
    if shown.is_some() && !state.is_changed() && !lapse.is_changed() {
        return;
    }
    let garden = match lapse.day {
        Some(day) => state.garden_on(day, clock.now()),
        None => state.garden.clone(),
    };
    let unlocks = state.unlocked_by(lapse.day);
    commands.insert_resource(Shown { garden, unlocks });
}

fn tween(
    settings: Option<Res<Stillness>>,
    time: Res<Time>,
    real: Res<Time<Real>>,
    shown: Res<Shown>,
    mut displayed: ResMut<Displayed>,
    mut awake: ResMut<Awake>,
    mut first: Local<bool>,
) {
    let mut target = Displayed::default();
    for (species, plant) in &shown.garden.plants {
        target.growth[index(*species)] = plant.growth;
        target.wilt[index(*species)] = plant.wilt;
    }
    // The first garden, and every garden with motion reduced, is shown as it is.
    if !*first || !Stillness::allows_motion(settings) {
        *first = true;
        displayed.set_if_neq(target);
        return;
    }
    if *displayed == target {
        return;
    }
    let k = 1.0 - (-time.delta_secs().min(0.1) * 5.0).exp();
    let mut next = *displayed;
    for i in 0..8 {
        for (d, t) in [
            (&mut next.growth[i], target.growth[i]),
            (&mut next.wilt[i], target.wilt[i]),
        ] {
            *d += (t - *d) * k;
            if (t - *d).abs() < 0.004 {
                *d = t;
            }
        }
    }
    *displayed = next;
    awake.extend(real.elapsed_secs_f64(), 0.3);
}

/// The local hour in the couple's zone, in quarter hours, so the sky moves
/// with the clock without redrawing every frame.
fn quarter_hour(clock: &AppClock, garden: &Garden) -> f32 {
    (clock.local_hour(&garden.clock) * 4.0).floor() / 4.0
}

/// What drawing a layer of the scene needs.
#[derive(SystemParam)]
struct Easel<'w, 's> {
    commands: Commands<'w, 's>,
    art: ResMut<'w, Art>,
    materials: ResMut<'w, Assets<ColorMaterial>>,
    meshes: ResMut<'w, Assets<Mesh>>,
}

impl Easel<'_, '_> {
    /// Replaces the `old` entities of a layer by a new, empty `layer` root
    /// and draws on it.
    fn redraw<R>(
        &mut self,
        layer: impl Bundle,
        old: impl IntoIterator<Item = Entity>,
        draw: impl FnOnce(&mut Canvas, Entity) -> R,
    ) -> R {
        for entity in old {
            self.commands.entity(entity).despawn();
        }
        let root = self
            .commands
            .spawn((layer, Transform::default(), Visibility::default()))
            .id();
        let mut canvas = Canvas {
            commands: &mut self.commands,
            art: &mut self.art,
            materials: &mut self.materials,
            meshes: &mut self.meshes,
        };
        draw(&mut canvas, root)
    }
}

/// Whether `key` differs from the last one drawn (and remembers it).
fn is_new<K: PartialEq>(last: &mut Option<K>, key: K) -> bool {
    if last.as_ref() == Some(&key) {
        return false;
    }
    *last = Some(key);
    true
}

fn rebuild_back(
    mut easel: Easel,
    shown: Res<Shown>,
    displayed: Res<Displayed>,
    clock: Res<AppClock>,
    layers: Query<Entity, With<BackLayer>>,
    mut last: Local<Option<land::BackKey>>,
) {
    let hour = quarter_hour(&clock, &shown.garden);
    if is_new(
        &mut last,
        land::BackKey::of(&shown.garden, &displayed, hour),
    ) {
        easel.redraw(BackLayer, layers, |canvas, root| {
            land::draw(canvas, root, &shown.garden, &displayed, hour);
        });
    }
}

fn rebuild_plants(
    mut easel: Easel,
    shown: Res<Shown>,
    displayed: Res<Displayed>,
    clock: Res<AppClock>,
    layers: Query<Entity, With<PlantLayer>>,
    mut hits: ResMut<HitAreas>,
    mut last: Local<Option<plants::PlantKey>>,
) {
    let hour = quarter_hour(&clock, &shown.garden);
    if is_new(&mut last, plants::PlantKey::of(&shown, &displayed, hour)) {
        hits.0 = easel.redraw(PlantLayer, layers, |canvas, root| {
            plants::draw(canvas, root, &shown, &displayed, hour)
        });
    }
}

/// Shows the scene only behind the garden's panels (and its log sheet).
fn show_on_the_garden(screen: Res<State<Screen>>, mut layers: Query<&mut Visibility, SceneLayers>) {
    let visible = *screen.get() == Screen::Garden;
    for mut v in &mut layers {
        let want = if visible {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        };
        if *v != want {
            *v = want;
        }
    }
}

/// Sparkles rise from every plant that just grew (unless motion is reduced:
/// the plant's new size says it then).
fn answer_growth(
    mut commands: Commands,
    mut grew: MessageReader<Grew>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    art: Res<Art>,
    hits: Res<HitAreas>,
    settings: Option<Res<Stillness>>,
) {
    if !Stillness::allows_motion(settings) {
        grew.clear();
        return;
    }
    for message in grew.read() {
        let mut species = message.species.clone();
        if species.is_empty() {
            species.push(Species::Soil);
        }
        for (n, s) in species.iter().enumerate() {
            let Some(area) = hits.0.iter().find(|(hit, _)| hit == s).map(|(_, r)| *r) else {
                continue;
            };
            for i in 0..16u32 {
                let r = |salt: u32| land::noise(i * 7 + n as u32 * 131, salt);
                let at = Vec2::new(
                    area.min.x + area.width() * r(1),
                    area.min.y + area.height() * (0.3 + 0.6 * r(2)),
                );
                let warm = Color::srgba(1.0, 0.92 - 0.3 * r(3), 0.45 + 0.4 * r(4), 1.0);
                let material = materials.add(ColorMaterial {
                    color: warm,
                    alpha_mode: bevy::sprite_render::AlphaMode2d::Blend,
                    ..default()
                });
                commands.spawn((
                    Mesh2d(art.circle.clone()),
                    MeshMaterial2d(material.clone()),
                    Transform::from_translation(at.extend(60.0)),
                    Sparkle {
                        velocity: Vec2::new(30.0 * (r(5) - 0.5), 40.0 + 50.0 * r(6)),
                        age: 0.0,
                        life: 0.9 + 0.6 * r(7),
                        material,
                    },
                ));
            }
        }
    }
}

/// The camera shows the garden as closely as the view asks.
fn follow_the_view(
    view: Res<GardenView>,
    mut camera: Single<(&mut Transform, &mut Projection), With<SceneCamera>>,
) {
    if !view.is_changed() {
        return;
    }
    let (transform, projection) = &mut *camera;
    transform.translation.x = view.shown.center.x;
    transform.translation.y = view.shown.center.y;
    if let Projection::Orthographic(ortho) = &mut **projection {
        ortho.scale = 1.0 / view.shown.zoom;
    }
}

/// A tap on open ground opens the card of the plant under it.
fn tap_plant(
    mut taps: MessageReader<GardenTap>,
    window: Single<&Window, With<PrimaryWindow>>,
    view: Res<GardenView>,
    hits: Res<HitAreas>,
    lapse: Res<TimeLapse>,
    mut selected: ResMut<SelectedPlant>,
) {
    let size = Vec2::new(window.width(), window.height());
    for tap in taps.read() {
        if lapse.day.is_some() {
            continue;
        }
        let world = view.shown.screen_to_world(tap.at, size);
        // Areas overlap (the path crosses the flower bed, everything is on
        // the soil): the smallest one under the finger is what it points at.
        selected.0 = hits
            .0
            .iter()
            .filter(|(_, area)| area.contains(world))
            .min_by(|(_, a), (_, b)| {
                a.size()
                    .element_product()
                    .total_cmp(&b.size().element_product())
            })
            .map(|(s, _)| *s);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Art>();
    app.init_resource::<Displayed>();
    app.init_resource::<HitAreas>();
    app.add_systems(Startup, setup_camera);
    app.add_systems(
        Update,
        (
            choose_shown.run_if(resource_exists::<GardenState>),
            (tween, rebuild_back, rebuild_plants, answer_growth)
                .chain()
                .run_if(resource_exists::<Shown>),
            show_on_the_garden,
            tap_plant
                .after(GestureSet)
                .run_if(in_state(GardenMode::Looking)),
        )
            .chain(),
    );
    app.add_systems(PostUpdate, follow_the_view.after(ZoomSet));
    motion::plugin(app);
}
