//! The background layer: sky, sun or moon and stars, clouds and rain, hills,
//! the meadow and the soil in cross-section.

use std::f32::consts::PI;

use bevy::prelude::*;

use crate::garden::state::Sky;
use crate::garden::{Garden, Species};

use super::canvas::{Canvas, band_mesh, gradient_mesh};
use super::motion::{Fall, Glide, Pulse};
use super::sky::{daylight, gloom, lit, sky_colors};
use super::{Displayed, HORIZON, SOIL_TOP, index};

/// Everything the background depends on, rounded so small changes do not redraw.
#[derive(Clone, Debug, PartialEq)]
pub struct BackKey {
    sky: Sky,
    storm: i32,
    hour: i32,
    soil: i32,
    roots: i32,
    clouds: usize,
}

impl BackKey {
    pub fn of(garden: &Garden, displayed: &Displayed, hour: f32) -> BackKey {
        BackKey {
            sky: garden.weather.sky,
            storm: (garden.weather.storm * 20.0) as i32,
            hour: (hour * 4.0) as i32,
            soil: (displayed.growth[index(Species::Soil)] * 20.0) as i32,
            roots: (displayed.growth[index(Species::Roots)] * 25.0) as i32,
            clouds: garden.weather.clouds.len(),
        }
    }
}

/// A repeatable pseudo-random number in [0, 1).
pub fn noise(i: u32, salt: u32) -> f32 {
    let mut x = i.wrapping_mul(0x9E37_79B9) ^ salt.wrapping_mul(0x85EB_CA6B);
    x ^= x >> 15;
    x = x.wrapping_mul(0x2C1B_3C6D);
    x ^= x >> 12;
    x = x.wrapping_mul(0x297A_2D39);
    x ^= x >> 15;
    (x >> 8) as f32 / (1u32 << 24) as f32
}

fn srgb(r: u8, g: u8, b: u8) -> Color {
    Color::srgb_u8(r, g, b)
}

pub fn draw(canvas: &mut Canvas, root: Entity, garden: &Garden, displayed: &Displayed, hour: f32) {
    let light = daylight(hour);
    let gloom = gloom(garden.weather.sky, garden.weather.storm);
    let [top, mid, horizon] = sky_colors(hour, gloom);
    canvas.mesh(
        root,
        gradient_mesh(
            -1600.0,
            1600.0,
            1400.0,
            HORIZON - 60.0,
            &[top, top, top, mid, horizon],
        ),
        0.0,
    );
    celestial(canvas, root, hour, light, gloom);
    clouds(canvas, root, garden, light, gloom);
    hills(canvas, root, light, gloom);
    soil(canvas, root, displayed, light, gloom);
    roots(
        canvas,
        root,
        displayed.growth[index(Species::Roots)],
        light,
        gloom,
    );
    if matches!(garden.weather.sky, Sky::Rain | Sky::Storm) || garden.weather.storm > 0.4 {
        rain(canvas, root, garden.weather.storm.max(0.4));
    }
    if garden.weather.storm > 0.02 {
        let veil = Color::srgba(0.08, 0.1, 0.2, garden.weather.storm * 0.3);
        canvas.rect(
            root,
            Vec3::new(0.0, 0.0, 58.0),
            Vec2::new(3200.0, 3200.0),
            0.0,
            veil,
        );
    }
}

fn celestial(canvas: &mut Canvas, root: Entity, hour: f32, light: f32, gloom: f32) {
    let h = hour.rem_euclid(24.0);
    if light > 0.05 {
        // The sun arcs from the left horizon at 6:00 to the right at 20:00.
        let t = ((h - 6.0) / 14.0).clamp(0.0, 1.0);
        let at = Vec3::new(
            -170.0 + 340.0 * t,
            HORIZON + 30.0 + 120.0 * (PI * t).sin(),
            0.5,
        );
        let warm = Color::srgba(1.0, 0.93, 0.7, 0.18 * (1.0 - gloom));
        let glow = canvas.circle(root, at, 1.0, warm);
        canvas.commands.entity(glow).insert(Pulse {
            base: 52.0,
            amount: 0.05,
            speed: 0.7,
            phase: 0.0,
        });
        canvas.circle(
            root,
            at + Vec3::new(0.0, 0.0, 0.1),
            38.0,
            Color::srgba(1.0, 0.9, 0.6, 0.25 * (1.0 - gloom)),
        );
        canvas.circle(
            root,
            at + Vec3::new(0.0, 0.0, 0.2),
            24.0,
            Color::srgba(1.0, 0.95, 0.78, 1.0 - 0.6 * gloom),
        );
    }
    if light < 0.95 {
        let night = 1.0 - light;
        let hn = if h < 12.0 { h + 24.0 } else { h };
        let t = ((hn - 19.0) / 12.0).clamp(0.0, 1.0);
        let at = Vec3::new(
            170.0 - 340.0 * t,
            HORIZON + 40.0 + 130.0 * (PI * t).sin(),
            0.5,
        );
        canvas.circle(root, at, 34.0, Color::srgba(0.85, 0.88, 1.0, 0.12 * night));
        canvas.circle(
            root,
            at + Vec3::new(0.0, 0.0, 0.1),
            18.0,
            Color::srgba(0.95, 0.95, 0.88, night),
        );
        canvas.circle(
            root,
            at + Vec3::new(7.0, 5.0, 0.2),
            15.0,
            sky_colors(hour, gloom)[0].with_alpha(night),
        );
        for i in 0..70u32 {
            let x = -500.0 + 1000.0 * noise(i, 11);
            let y = HORIZON + 30.0 + 700.0 * noise(i, 12);
            let size = 0.8 + 1.4 * noise(i, 13);
            let star = canvas.circle(
                root,
                Vec3::new(x, y, 0.3),
                1.0,
                Color::srgba(
                    1.0,
                    1.0,
                    0.92,
                    night * (1.0 - gloom) * (0.5 + 0.5 * noise(i, 14)),
                ),
            );
            canvas.commands.entity(star).insert(Pulse {
                base: size,
                amount: 0.3,
                speed: 1.0 + 2.0 * noise(i, 15),
                phase: 6.0 * noise(i, 16),
            });
        }
    }
}

fn cloud(canvas: &mut Canvas, root: Entity, at: Vec3, size: f32, color: Color, speed: f32) {
    let group = canvas.group(root, at);
    canvas.commands.entity(group).insert(Glide { speed });
    let shade = color.to_srgba();
    let under = Color::srgba(
        shade.red * 0.86,
        shade.green * 0.86,
        shade.blue * 0.9,
        shade.alpha,
    );
    canvas.ellipse(
        group,
        Vec3::new(0.0, -size * 0.15, 0.0),
        size * 1.5,
        size * 0.45,
        under,
    );
    for (dx, dy, r) in [
        (-0.8, 0.0, 0.55),
        (-0.25, 0.3, 0.75),
        (0.4, 0.2, 0.62),
        (0.95, -0.02, 0.45),
    ] {
        canvas.circle(group, Vec3::new(dx * size, dy * size, 0.1), r * size, color);
    }
}

fn clouds(canvas: &mut Canvas, root: Entity, garden: &Garden, light: f32, gloom: f32) {
    let (count, base) = match garden.weather.sky {
        Sky::Clear => (1, [1.0, 1.0, 1.0]),
        Sky::Fair => (3, [1.0, 1.0, 1.0]),
        Sky::Overcast => (6, [0.8, 0.82, 0.86]),
        Sky::Rain => (7, [0.62, 0.65, 0.72]),
        Sky::Storm => (8, [0.38, 0.4, 0.5]),
    };
    let tint = |c: [f32; 3], alpha: f32| {
        let dim = 0.35 + 0.65 * light;
        Color::srgba(c[0] * dim, c[1] * dim, c[2] * (dim + 0.08).min(1.0), alpha)
    };
    for i in 0..count {
        let x = -240.0 + 480.0 * noise(i, 21);
        let y = HORIZON + 120.0 + 230.0 * noise(i, 22);
        let size = 26.0 + 22.0 * noise(i, 23);
        cloud(
            canvas,
            root,
            Vec3::new(x, y, 0.8 + i as f32 * 0.01),
            size,
            tint(base, 0.92),
            3.0 + 4.0 * noise(i, 24),
        );
    }
    // Clouds raised by "something feels off" hang low and grey until a calm talk.
    for (i, _) in garden.weather.clouds.iter().enumerate().take(4) {
        let i = i as u32;
        let x = -120.0 + 260.0 * noise(i, 31);
        let y = HORIZON + 80.0 + 60.0 * noise(i, 32);
        cloud(
            canvas,
            root,
            Vec3::new(x, y, 0.9 + i as f32 * 0.01),
            24.0,
            tint([0.55, 0.57, 0.64], 0.95 - gloom * 0.1),
            2.0,
        );
    }
}

/// The height of a wavy top edge at `x`.
type Edge = fn(f32) -> f32;

fn hills(canvas: &mut Canvas, root: Entity, light: f32, gloom: f32) {
    let far_top = |x: f32| HORIZON + 58.0 + 26.0 * (x / 95.0).sin() + 12.0 * (x / 37.0 + 1.0).sin();
    let mid_top = |x: f32| HORIZON + 26.0 + 18.0 * (x / 120.0 + 2.0).sin() + 7.0 * (x / 43.0).sin();
    let meadow_top = |x: f32| HORIZON - 2.0 + 5.0 * (x / 70.0).sin();
    let c = |color: Color| lit(color, light, gloom);
    // Far hill, near hill, meadow: each a band down to the soil, further back first.
    let layers: [(Edge, Color, Color, f32); 3] = [
        (far_top, srgb(132, 168, 170), srgb(150, 180, 160), 1.0),
        (mid_top, srgb(104, 150, 104), srgb(120, 160, 100), 1.5),
        (meadow_top, srgb(140, 186, 100), srgb(96, 150, 70), 2.0),
    ];
    for (top, top_color, bottom_color, z) in layers {
        let band = band_mesh(
            -1600.0,
            1600.0,
            top,
            SOIL_TOP,
            c(top_color),
            c(bottom_color),
        );
        canvas.mesh(root, band, z);
    }
    // A few distant trees on the far hill.
    for i in 0..9u32 {
        let x = -420.0 + 840.0 * noise(i, 41);
        let y = mid_top(x) - 2.0;
        let r = 6.0 + 5.0 * noise(i, 42);
        canvas.rect(
            root,
            Vec3::new(x, y + r * 0.5, 1.6),
            Vec2::new(2.0, r),
            0.0,
            c(srgb(90, 80, 60)),
        );
        canvas.circle(
            root,
            Vec3::new(x, y + r * 1.3, 1.61),
            r,
            c(srgb(80, 130, 86)),
        );
    }
    // Grass tufts on the meadow.
    for i in 0..90u32 {
        let x = -520.0 + 1040.0 * noise(i, 51);
        let depth = noise(i, 52);
        let y = SOIL_TOP + 6.0 + (HORIZON - SOIL_TOP - 14.0) * depth;
        let scale = 1.0 - 0.6 * depth;
        let color = c(srgb(
            80 + (40.0 * noise(i, 53)) as u8,
            140 + (40.0 * noise(i, 54)) as u8,
            64,
        ));
        for k in 0..3 {
            let angle = (k as f32 - 1.0) * 0.35 + 0.2 * (noise(i, 55) - 0.5);
            canvas.leaf(
                root,
                Vec3::new(x + k as f32 * 2.0, y, 3.0 - depth),
                12.0 * scale,
                2.0 * scale,
                angle,
                color,
            );
        }
    }
}

fn soil(canvas: &mut Canvas, root: Entity, displayed: &Displayed, light: f32, gloom: f32) {
    let moist = (displayed.growth[index(Species::Soil)] / 4.0).clamp(0.0, 1.0);
    let c = |color: Color| lit(color, light.max(0.4), gloom * 0.5);
    let dry = Vec3::new(0.6, 0.45, 0.3);
    let wet = Vec3::new(0.36, 0.24, 0.15);
    let v = dry.lerp(wet, moist);
    let top = Color::srgb(v.x, v.y, v.z);
    let bottom = Color::srgb(v.x * 0.55, v.y * 0.5, v.z * 0.5);
    let edge = |x: f32| SOIL_TOP + 2.0 * (x / 23.0).sin() + 1.5 * (x / 9.0).sin();
    canvas.mesh(
        root,
        band_mesh(-1600.0, 1600.0, edge, -1400.0, c(top), c(bottom)),
        4.0,
    );
    // The grass edge over the soil.
    canvas.rect(
        root,
        Vec3::new(0.0, SOIL_TOP + 2.0, 4.1),
        Vec2::new(3200.0, 5.0),
        0.0,
        c(srgb(86, 140, 62)),
    );
    // Pebbles and layers.
    for i in 0..60u32 {
        let x = -520.0 + 1040.0 * noise(i, 61);
        let y = SOIL_TOP - 14.0 - 420.0 * noise(i, 62);
        let r = 2.0 + 4.0 * noise(i, 63);
        let g = 0.55 + 0.25 * noise(i, 64);
        canvas.ellipse(
            root,
            Vec3::new(x, y, 4.2),
            r * 1.4,
            r,
            c(Color::srgb(g, g * 0.92, g * 0.85)),
        );
    }
    // Moisture: droplets that gather as the soil is watered.
    let drops = (moist * 24.0) as u32;
    for i in 0..drops {
        let x = -200.0 + 400.0 * noise(i, 71);
        let y = SOIL_TOP - 20.0 - 140.0 * noise(i, 72);
        canvas.ellipse(
            root,
            Vec3::new(x, y, 4.3),
            2.2,
            3.0,
            Color::srgba(0.55, 0.75, 0.95, 0.55),
        );
    }
}

/// Roots spread from under the tree; they deepen with honest talks.
fn roots(canvas: &mut Canvas, root: Entity, growth: f32, light: f32, gloom: f32) {
    let t = (growth / 4.0).clamp(0.0, 1.0);
    let color = lit(Color::srgb(0.93, 0.8, 0.55), light.max(0.5), gloom * 0.4);
    let start = Vec2::new(-85.0, SOIL_TOP + 4.0);
    let depth = 18.0 + 150.0 * t;
    let strands = 3 + (t * 6.0) as u32;
    for s in 0..strands {
        let spread = (s as f32 / (strands - 1).max(1) as f32 - 0.5) * 2.0;
        let mut at = start + Vec2::new(spread * 6.0, 0.0);
        let mut width = 2.5 + 4.0 * t;
        let steps = 8;
        for k in 0..steps {
            let f = (k + 1) as f32 / steps as f32;
            let wiggle = 8.0 * (noise(s * 13 + k, 81) - 0.5);
            let next = start
                + Vec2::new(
                    spread * (20.0 + 90.0 * t) * f + wiggle,
                    -depth * f * (0.7 + 0.3 * noise(s, 82)),
                );
            canvas.segment(root, at, next, 4.5, width, color);
            if k % 2 == 1 && t > 0.15 {
                let side = if noise(s * 7 + k, 83) > 0.5 {
                    1.0
                } else {
                    -1.0
                };
                let tip = next + Vec2::new(side * (8.0 + 22.0 * t), -(6.0 + 14.0 * t));
                canvas.segment(root, next, tip, 4.4, width * 0.5, color);
            }
            at = next;
            width *= 0.82;
        }
    }
}

fn rain(canvas: &mut Canvas, root: Entity, amount: f32) {
    let drops = (40.0 + 80.0 * amount) as u32;
    for i in 0..drops {
        let x = -300.0 + 600.0 * noise(i, 91);
        let y = SOIL_TOP + 500.0 * noise(i, 92);
        let streak = canvas.rect(
            root,
            Vec3::new(x, y, 57.0),
            Vec2::new(1.4, 12.0),
            0.25,
            Color::srgba(0.75, 0.82, 0.95, 0.5),
        );
        canvas.commands.entity(streak).insert(Fall {
            speed: 260.0 + 80.0 * noise(i, 93),
            top: 480.0,
            bottom: SOIL_TOP,
        });
    }
}
