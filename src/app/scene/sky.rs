//! Colours of the sky and the land: the local clock gives day and night, the
//! weather greys them.

use bevy::prelude::*;

use crate::garden::state::Sky;

/// Piecewise-linear through (hour, top, horizon) keys over a day.
const KEYS: [(f32, [u8; 3], [u8; 3]); 8] = [
    (0.0, [10, 16, 44], [34, 50, 92]),
    (4.5, [14, 20, 52], [44, 58, 104]),
    (6.5, [98, 120, 190], [246, 184, 140]),
    (9.0, [96, 168, 228], [200, 230, 246]),
    (16.5, [90, 160, 226], [206, 232, 244]),
    (19.0, [76, 84, 150], [242, 156, 108]),
    (21.0, [20, 28, 70], [60, 60, 112]),
    (24.0, [10, 16, 44], [34, 50, 92]),
];

fn lerp3(a: [u8; 3], b: [u8; 3], t: f32) -> Vec3 {
    let a = Vec3::new(a[0] as f32, a[1] as f32, a[2] as f32);
    let b = Vec3::new(b[0] as f32, b[1] as f32, b[2] as f32);
    (a + (b - a) * t) / 255.0
}

/// How much daylight there is, 0 (night) to 1 (full day).
pub fn daylight(hour: f32) -> f32 {
    let h = hour.rem_euclid(24.0);
    let rise = ((h - 5.0) / 2.5).clamp(0.0, 1.0);
    let set = ((21.0 - h) / 2.5).clamp(0.0, 1.0);
    rise.min(set)
}

/// How grey the weather makes things, 0 (clear) to 1 (storm).
pub fn gloom(sky: Sky, storm: f32) -> f32 {
    let base: f32 = match sky {
        Sky::Clear => 0.0,
        Sky::Fair => 0.08,
        Sky::Overcast => 0.4,
        Sky::Rain => 0.55,
        Sky::Storm => 0.75,
    };
    base.max(storm * 0.8).clamp(0.0, 1.0)
}

/// (top, middle, horizon) sky colours.
pub fn sky_colors(hour: f32, gloom: f32) -> [Color; 3] {
    let h = hour.rem_euclid(24.0);
    let i = KEYS
        .iter()
        .rposition(|k| k.0 <= h)
        .unwrap_or(0)
        .min(KEYS.len() - 2);
    let (h0, top0, hor0) = KEYS[i];
    let (h1, top1, hor1) = KEYS[i + 1];
    let t = ((h - h0) / (h1 - h0)).clamp(0.0, 1.0);
    let top = lerp3(top0, top1, t);
    let horizon = lerp3(hor0, hor1, t);
    let grey = Vec3::splat((top.x + top.y + top.z) / 3.0 * 0.9 + 0.05);
    let top = top.lerp(grey, gloom * 0.8);
    let horizon = horizon.lerp(
        Vec3::splat((horizon.x + horizon.y + horizon.z) / 3.0),
        gloom * 0.8,
    );
    let mid = (top + horizon) / 2.0;
    [top, mid, horizon].map(|c| Color::srgb(c.x, c.y, c.z))
}

/// Dims a land colour for the time of day and the weather.
pub fn lit(color: Color, light: f32, gloom: f32) -> Color {
    let c = color.to_srgba();
    let night = Vec3::new(0.16, 0.2, 0.34);
    let base = Vec3::new(c.red, c.green, c.blue);
    let day = base.lerp(Vec3::splat((base.x + base.y + base.z) / 3.0), gloom * 0.45)
        * (1.0 - gloom * 0.25);
    let v = (base * night * 1.6).lerp(day, 0.25 + 0.75 * light);
    Color::srgba(v.x, v.y, v.z, c.alpha)
}
