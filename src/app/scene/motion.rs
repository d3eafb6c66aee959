//! Gentle idle motion and the sparkles that answer a logged action. They only
//! advance while frames are drawn, and frames stop when nothing is awake.
//! With "reduce motion" on this device, none of it moves.

use bevy::prelude::*;

use crate::app::motion::Stillness;
use crate::app::redraw::Awake;

/// Rocks an entity about its origin.
#[derive(Component, Clone, Copy, Debug)]
pub struct Sway {
    pub amp: f32,
    pub speed: f32,
    pub phase: f32,
}

/// Wanders around a centre on a Lissajous path (bees and butterflies).
#[derive(Component, Clone, Copy, Debug)]
pub struct Drift {
    pub center: Vec2,
    pub radius: Vec2,
    pub speed: f32,
    pub phase: f32,
}

/// Slides sideways, wrapping around (clouds).
#[derive(Component, Clone, Copy, Debug)]
pub struct Glide {
    pub speed: f32,
}

/// Falls and wraps (rain).
#[derive(Component, Clone, Copy, Debug)]
pub struct Fall {
    pub speed: f32,
    pub top: f32,
    pub bottom: f32,
}

/// Breathes in size (lantern glow, stars).
#[derive(Component, Clone, Copy, Debug)]
pub struct Pulse {
    pub base: f32,
    pub amount: f32,
    pub speed: f32,
    pub phase: f32,
}

/// A short-lived spark rising from a plant that just grew.
#[derive(Component, Clone, Debug)]
pub struct Sparkle {
    pub velocity: Vec2,
    pub age: f32,
    pub life: f32,
    pub material: Handle<ColorMaterial>,
}

fn sway(time: Res<Time>, mut q: Query<(&Sway, &mut Transform)>) {
    let t = time.elapsed_secs();
    for (s, mut tf) in &mut q {
        tf.rotation = Quat::from_rotation_z(s.amp * (t * s.speed + s.phase).sin());
    }
}

fn drift(time: Res<Time>, mut q: Query<(&Drift, &mut Transform)>) {
    let t = time.elapsed_secs();
    for (d, mut tf) in &mut q {
        let a = t * d.speed + d.phase;
        let pos = d.center + Vec2::new(a.sin() * d.radius.x, (a * 1.7).cos() * d.radius.y);
        let facing = if a.cos() >= 0.0 { 1.0 } else { -1.0 };
        tf.translation.x = pos.x;
        tf.translation.y = pos.y;
        tf.scale.x = tf.scale.x.abs() * facing;
    }
}

fn glide(time: Res<Time>, mut q: Query<(&Glide, &mut Transform)>) {
    for (g, mut tf) in &mut q {
        tf.translation.x += g.speed * time.delta_secs();
        if tf.translation.x > 700.0 {
            tf.translation.x = -700.0;
        }
    }
}

fn fall(time: Res<Time>, mut q: Query<(&Fall, &mut Transform)>) {
    for (f, mut tf) in &mut q {
        tf.translation.y -= f.speed * time.delta_secs();
        tf.translation.x -= f.speed * 0.25 * time.delta_secs();
        if tf.translation.y < f.bottom {
            tf.translation.y = f.top;
            tf.translation.x += (f.top - f.bottom) * 0.25;
        }
    }
}

fn pulse(time: Res<Time>, mut q: Query<(&Pulse, &mut Transform)>) {
    let t = time.elapsed_secs();
    for (p, mut tf) in &mut q {
        let s = p.base * (1.0 + p.amount * (t * p.speed + p.phase).sin());
        tf.scale = Vec3::new(s, s, 1.0);
    }
}

fn sparkle(
    mut commands: Commands,
    time: Res<Time>,
    real: Res<Time<Real>>,
    mut awake: ResMut<Awake>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut q: Query<(Entity, &mut Sparkle, &mut Transform)>,
) {
    let dt = time.delta_secs().min(0.1);
    for (entity, mut s, mut tf) in &mut q {
        s.age += dt;
        if s.age >= s.life {
            commands.entity(entity).despawn();
            continue;
        }
        awake.extend(real.elapsed_secs_f64(), 0.5);
        let v = s.velocity;
        tf.translation += (v * dt).extend(0.0);
        s.velocity.y -= 20.0 * dt;
        let fade = 1.0 - s.age / s.life;
        if let Some(mut m) = materials.get_mut(&s.material) {
            m.color.set_alpha(fade);
        }
        let size = 2.0 + 3.0 * fade;
        tf.scale = Vec3::new(size, size, 1.0);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (sway, drift, glide, fall, pulse, sparkle).run_if(Stillness::allows_motion),
    );
}
