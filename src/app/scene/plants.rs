//! The plant layer: the tree, flowers, trellis and vines, paths and weeds,
//! pollinators, lanterns and the features chapters unlock. Every size follows
//! the displayed growth continuously, so a tween or the time-lapse is smooth.

use std::f32::consts::PI;

use bevy::prelude::*;

use crate::garden::Species;
use crate::garden::chapters::Unlock;

use super::canvas::Canvas;
use super::land::noise;
use super::motion::{Drift, Pulse, Sway};
use super::sky::{daylight, gloom, lit};
use super::{Displayed, HORIZON, SOIL_TOP, Shown, index};

#[derive(Clone, Debug, PartialEq)]
pub struct PlantKey {
    growth: [i32; 8],
    wilt: [i32; 8],
    weeds: usize,
    unlocks: Vec<Unlock>,
    hour: i32,
    gloom: i32,
}

impl PlantKey {
    pub fn of(shown: &Shown, displayed: &Displayed, hour: f32) -> PlantKey {
        PlantKey {
            growth: displayed.growth.map(|g| (g * 100.0) as i32),
            wilt: displayed.wilt.map(|w| (w * 50.0) as i32),
            weeds: shown.garden.weeds.len(),
            unlocks: shown.unlocks.clone(),
            hour: (hour * 4.0) as i32,
            gloom: (gloom(shown.garden.weather.sky, shown.garden.weather.storm) * 20.0) as i32,
        }
    }
}

fn smooth(edge0: f32, edge1: f32, x: f32) -> f32 {
    let t = ((x - edge0) / (edge1 - edge0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Light for this layer: how lit the land is and how grey.
#[derive(Clone, Copy)]
struct Light {
    day: f32,
    gloom: f32,
}

impl Light {
    fn c(self, color: Color) -> Color {
        lit(color, self.day, self.gloom)
    }
}

const TREE_BASE: Vec2 = Vec2::new(-85.0, -62.0);
const TRELLIS_BASE: Vec2 = Vec2::new(128.0, -40.0);

/// A point along the stone path, `s` from the front (0) to the horizon (1).
fn path_point(s: f32) -> Vec2 {
    Vec2::new(
        18.0 + 40.0 * s + 26.0 * (s * 3.2).sin(),
        SOIL_TOP + 4.0 + (HORIZON - SOIL_TOP - 6.0) * s,
    )
}

/// Draws the layer; returns where each plant can be tapped.
pub fn draw(
    canvas: &mut Canvas,
    root: Entity,
    shown: &Shown,
    displayed: &Displayed,
    hour: f32,
) -> Vec<(Species, Rect)> {
    let light = Light {
        day: daylight(hour),
        gloom: gloom(shown.garden.weather.sky, shown.garden.weather.storm),
    };
    let g = |s: Species| (displayed.growth[index(s)] / 4.0).clamp(0.0, 1.0);
    let w = |s: Species| displayed.wilt[index(s)].clamp(0.0, 1.0);
    let mut hits = Vec::new();
    let lantern_rects = lanterns(canvas, root, g(Species::Lanterns), light);
    hits.extend(lantern_rects.into_iter().map(|r| (Species::Lanterns, r)));
    hits.push((
        Species::Trellis,
        trellis(
            canvas,
            root,
            g(Species::Trellis),
            w(Species::Trellis),
            light,
        ),
    ));
    hits.push((
        Species::Tree,
        tree(canvas, root, g(Species::Tree), w(Species::Tree), light),
    ));
    hits.push((
        Species::Flowers,
        flowers(
            canvas,
            root,
            g(Species::Flowers),
            w(Species::Flowers),
            light,
        ),
    ));
    hits.push((
        Species::Paths,
        path(
            canvas,
            root,
            g(Species::Paths),
            shown.garden.weeds.len(),
            light,
        ),
    ));
    hits.push((
        Species::Pollinators,
        pollinators(canvas, root, g(Species::Pollinators)),
    ));
    unlocks(canvas, root, &shown.unlocks, light);
    hits.push((
        Species::Roots,
        Rect::new(-200.0, SOIL_TOP - 200.0, 30.0, SOIL_TOP),
    ));
    hits.push((Species::Soil, Rect::new(-600.0, -900.0, 600.0, SOIL_TOP)));
    hits
}

fn tree(canvas: &mut Canvas, root: Entity, t: f32, wilt: f32, light: Light) -> Rect {
    let group = canvas.group(root, TREE_BASE.extend(20.0));
    canvas.commands.entity(group).insert(Sway {
        amp: 0.012,
        speed: 0.6,
        phase: 0.3,
    });
    let bark = light.c(Color::srgb(0.45, 0.32, 0.22));
    let green = Vec3::new(0.3, 0.58, 0.28).lerp(Vec3::new(0.62, 0.56, 0.26), wilt * 0.7);
    let leaf = |shade: f32| {
        light.c(Color::srgb(
            green.x * shade,
            green.y * shade,
            green.z * shade,
        ))
    };
    // A seedling before the first kept promise.
    if t < 0.02 {
        canvas.segment(group, Vec2::ZERO, Vec2::new(0.0, 12.0), 0.0, 2.0, leaf(0.9));
        canvas.leaf(group, Vec3::new(0.0, 12.0, 0.1), 9.0, 3.0, 0.9, leaf(1.1));
        canvas.leaf(group, Vec3::new(0.0, 12.0, 0.1), 9.0, 3.0, -0.9, leaf(1.0));
        return Rect::new(
            TREE_BASE.x - 25.0,
            TREE_BASE.y - 5.0,
            TREE_BASE.x + 25.0,
            TREE_BASE.y + 40.0,
        );
    }
    let trunk = 22.0 + 105.0 * t.powf(0.8);
    let width = 3.5 + 14.0 * t;
    let depth = 1.0 + 4.0 * t;
    let mut tips = Vec::new();
    branch(
        canvas,
        group,
        Vec2::ZERO,
        PI / 2.0,
        trunk,
        width,
        0,
        depth,
        wilt,
        bark,
        &mut tips,
    );
    // The canopy: a dark mass behind, lighter clusters at each tip.
    let r = 7.0 + 24.0 * t;
    if t > 0.15 {
        let top = tips.iter().fold(Vec2::ZERO, |acc, p| acc + *p) / tips.len().max(1) as f32;
        canvas.ellipse(group, top.extend(-0.5), r * 2.6, r * 1.9, leaf(0.7));
    }
    // Tips low on the trunk belong to branches still growing: no leaf ball there.
    let highest = tips.iter().map(|tip| tip.y).fold(trunk, f32::max);
    tips.retain(|tip| tip.y > highest * 0.6);
    for (i, tip) in tips.iter().enumerate() {
        let i = i as u32;
        let size = r * (0.75 + 0.5 * noise(i, 101));
        canvas.circle(
            group,
            tip.extend(0.6),
            size,
            leaf(0.85 + 0.25 * noise(i, 102)),
        );
        canvas.circle(
            group,
            (*tip + Vec2::new(-size * 0.25, size * 0.3)).extend(0.7),
            size * 0.55,
            leaf(1.12),
        );
        if t > 0.7 && noise(i, 103) > 0.55 {
            // Blossom once the tree is mature.
            canvas.circle(
                group,
                (*tip + Vec2::new(size * 0.3, -size * 0.1)).extend(0.8),
                2.5 + 2.0 * t,
                light.c(Color::srgb(1.0, 0.85, 0.9)),
            );
        }
    }
    let height = trunk * 1.9 + r * 2.0;
    Rect::new(
        TREE_BASE.x - height * 0.55,
        TREE_BASE.y - 5.0,
        TREE_BASE.x + height * 0.55,
        TREE_BASE.y + height,
    )
}

#[allow(clippy::too_many_arguments)]
fn branch(
    canvas: &mut Canvas,
    parent: Entity,
    base: Vec2,
    angle: f32,
    len: f32,
    width: f32,
    level: u32,
    depth: f32,
    wilt: f32,
    bark: Color,
    tips: &mut Vec<Vec2>,
) {
    let end = base + Vec2::new(angle.cos(), angle.sin()) * len;
    canvas.segment(parent, base, end, 0.1 + level as f32 * 0.01, width, bark);
    let next = level as f32 + 1.0;
    let grow = smooth(next - 1.0, next, depth);
    if grow <= 0.0 || len < 5.0 {
        tips.push(end);
        return;
    }
    let seed = (base.x * 13.0 + base.y * 7.0) as i32 as u32;
    let children = if level == 0 { 3 } else { 2 };
    for k in 0..children {
        let spread = if children == 3 {
            (k as f32 - 1.0) * 0.62
        } else {
            (k as f32 - 0.5) * 0.9
        };
        let jitter = 0.2 * (noise(seed + k, 111) - 0.5);
        let droop = -wilt * 0.25 * spread.signum();
        let child_len = len * (0.66 + 0.12 * noise(seed + k, 112)) * grow;
        let start = if level == 0 {
            base.lerp(end, 0.75 + 0.2 * k as f32 / 2.0)
        } else {
            end
        };
        branch(
            canvas,
            parent,
            start,
            angle + spread + jitter + droop,
            child_len,
            width * 0.66,
            level + 1,
            depth,
            wilt,
            bark,
            tips,
        );
    }
    if level == 0 {
        tips.push(end);
    }
}

const PETALS: [[f32; 3]; 6] = [
    [0.96, 0.55, 0.66],
    [0.98, 0.72, 0.42],
    [0.74, 0.6, 0.92],
    [0.99, 0.9, 0.45],
    [0.98, 0.96, 0.96],
    [0.9, 0.42, 0.42],
];

fn flowers(canvas: &mut Canvas, root: Entity, t: f32, wilt: f32, light: Light) -> Rect {
    let count = t * 16.0;
    let shown = count.ceil().max(2.0) as u32;
    let stem = light.c(Color::srgb(0.3, 0.55, 0.25));
    for i in 0..shown {
        let frac = if count < 0.01 {
            0.12
        } else {
            (count - i as f32).clamp(0.12, 1.0)
        };
        let x = -185.0 + 370.0 * ((i as f32 * 0.618_034 + 0.13) % 1.0);
        let row = noise(i, 121);
        let y = SOIL_TOP + 8.0 + 38.0 * row;
        if (x - TREE_BASE.x).abs() < 14.0 && row > 0.6 {
            continue;
        }
        let scale = 1.0 - 0.3 * row;
        let group = canvas.group(root, Vec3::new(x, y, 30.0 - row * 5.0));
        canvas.commands.entity(group).insert(Sway {
            amp: 0.07,
            speed: 1.1 + 0.8 * noise(i, 122),
            phase: 6.0 * noise(i, 123),
        });
        let height = (16.0 + 26.0 * noise(i, 124)) * scale * smooth(0.0, 0.6, frac).max(0.25);
        let lean = 0.15 * (noise(i, 125) - 0.5) - wilt * 0.3;
        let head = Vec2::new(-lean * height, height * (1.0 - wilt * 0.15));
        canvas.segment(group, Vec2::ZERO, head, 0.0, 1.6 * scale, stem);
        canvas.leaf(
            group,
            Vec3::new(0.0, height * 0.3, 0.05),
            9.0 * scale * frac.max(0.4),
            2.8 * scale,
            0.9,
            stem,
        );
        canvas.leaf(
            group,
            Vec3::new(0.0, height * 0.45, 0.05),
            8.0 * scale * frac.max(0.4),
            2.6 * scale,
            -0.8,
            stem,
        );
        let bloom = smooth(0.45, 1.0, frac);
        if bloom <= 0.0 {
            canvas.circle(
                group,
                head.extend(0.2),
                2.5 * scale,
                light.c(Color::srgb(0.45, 0.65, 0.3)),
            );
            continue;
        }
        let [r, g, b] = PETALS[(i as usize) % PETALS.len()];
        let petal = light.c(Color::srgb(r, g, b).mix(&Color::srgb(0.6, 0.5, 0.35), wilt * 0.5));
        let radius = (5.0 + 3.0 * noise(i, 126)) * scale * bloom;
        let n = 5 + (i % 2);
        for k in 0..n {
            let a = k as f32 / n as f32 * 2.0 * PI + noise(i, 127);
            canvas.leaf(
                group,
                head.extend(0.3),
                radius * 1.3,
                radius * 0.55,
                a,
                petal,
            );
        }
        canvas.circle(
            group,
            head.extend(0.4),
            radius * 0.38,
            light.c(Color::srgb(0.98, 0.8, 0.3)),
        );
    }
    Rect::new(-200.0, SOIL_TOP, 200.0, SOIL_TOP + 70.0)
}

fn trellis(canvas: &mut Canvas, root: Entity, t: f32, wilt: f32, light: Light) -> Rect {
    let wood = light.c(Color::srgb(0.62, 0.46, 0.3));
    let dark = light.c(Color::srgb(0.5, 0.36, 0.24));
    let z = 15.0;
    let height = 18.0 + 170.0 * t;
    let half = 34.0;
    let b = TRELLIS_BASE;
    if t < 0.02 {
        // Only a stake waiting for the first session.
        canvas.segment(root, b, b + Vec2::new(0.0, 22.0), z, 3.0, wood);
        return Rect::new(b.x - 20.0, b.y, b.x + 20.0, b.y + 40.0);
    }
    for x in [-half, half] {
        canvas.segment(
            root,
            b + Vec2::new(x, 0.0),
            b + Vec2::new(x, height),
            z,
            4.0,
            wood,
        );
    }
    canvas.segment(
        root,
        b + Vec2::new(-half - 4.0, height),
        b + Vec2::new(half + 4.0, height),
        z + 0.1,
        4.0,
        wood,
    );
    // Lattice: diagonals clipped to the frame.
    let step = 17.0;
    let mut k = -(2.0 * half);
    while k < height {
        for dir in [1.0f32, -1.0] {
            let x0 = if dir > 0.0 { -half } else { half };
            let mut a = Vec2::new(x0, k);
            let mut e = Vec2::new(-x0, k + 2.0 * half);
            if a.y < 0.0 {
                let cut = -a.y;
                a = Vec2::new(x0 + dir * cut, 0.0);
            }
            if e.y > height {
                let cut = e.y - height;
                e = Vec2::new(-x0 - dir * cut, height);
            }
            if a.y < e.y {
                canvas.segment(root, b + a, b + e, z - 0.1, 1.8, dark);
            }
        }
        k += step;
    }
    // Vines climb as the trellis grows.
    let vine =
        light.c(Color::srgb(0.28, 0.52, 0.24).mix(&Color::srgb(0.55, 0.5, 0.25), wilt * 0.6));
    let climb = height * (t * 1.3).min(1.0);
    for side in [-1.0f32, 1.0] {
        let mut prev = b + Vec2::new(side * half * 0.6, 0.0);
        let steps = (climb / 8.0) as u32;
        for s in 1..=steps {
            let y = s as f32 * 8.0;
            let x = side * half * 0.6 + 9.0 * (y / 14.0 + side).sin();
            let next = b + Vec2::new(x, y);
            canvas.segment(root, prev, next, z + 0.3, 2.0, vine);
            if s % 2 == 0 {
                let angle = if s % 4 == 0 { 1.1 } else { -1.1 };
                canvas.leaf(root, next.extend(z + 0.4), 9.0, 3.5, angle, vine);
            }
            if t > 0.5 && s % 5 == 2 {
                canvas.circle(
                    root,
                    (next + Vec2::new(3.0, 1.0)).extend(z + 0.5),
                    3.0,
                    light.c(Color::srgb(0.78, 0.55, 0.9)),
                );
            }
            prev = next;
        }
    }
    Rect::new(
        b.x - half - 10.0,
        b.y,
        b.x + half + 10.0,
        b.y + height + 10.0,
    )
}

fn path(canvas: &mut Canvas, root: Entity, t: f32, weeds: usize, light: Light) -> Rect {
    let stones = 15;
    for i in 0..stones {
        let s = i as f32 / stones as f32;
        let at = path_point(s);
        let size = 15.0 * (1.0 - 0.65 * s);
        let tidy = 0.4 + 0.6 * t;
        let jitter = (1.0 - tidy) * 6.0 * (noise(i, 131) - 0.5);
        let g = 0.62 + 0.12 * noise(i, 132) + 0.12 * t;
        let z = 8.0 - s;
        canvas.ellipse(
            root,
            Vec3::new(at.x + jitter, at.y, z),
            size * 1.25,
            size * 0.5,
            light.c(Color::srgb(g * 0.85, g * 0.83, g * 0.8)),
        );
        canvas.ellipse(
            root,
            Vec3::new(at.x + jitter - size * 0.2, at.y + size * 0.1, z + 0.01),
            size * 0.7,
            size * 0.22,
            light.c(Color::srgb(g, g, g * 0.97)),
        );
        if t < 0.25 && noise(i, 133) > 0.5 {
            // Overgrown until the couple starts letting things go.
            canvas.leaf(
                root,
                Vec3::new(at.x + size, at.y, z + 0.02),
                10.0 * (1.0 - s * 0.6),
                2.0,
                0.3,
                light.c(Color::srgb(0.35, 0.55, 0.25)),
            );
        }
    }
    // Weeds from broken promises, by the path and between the flowers.
    let weed = light.c(Color::srgb(0.3, 0.36, 0.18));
    for i in 0..weeds.min(12) as u32 {
        let s = 0.1 + 0.8 * noise(i, 141);
        let side = if i % 2 == 0 { 1.0 } else { -1.0 };
        let at =
            path_point(s) + Vec2::new(side * (22.0 + 50.0 * noise(i, 142)) * (1.0 - 0.5 * s), 0.0);
        for k in 0..5 {
            let angle = (k as f32 - 2.0) * 0.4;
            canvas.triangle(
                root,
                Vec3::new(at.x, at.y, 9.0 - s),
                4.0,
                14.0 * (1.0 - 0.4 * s),
                angle,
                weed,
            );
        }
        canvas.circle(
            root,
            Vec3::new(at.x, at.y + 12.0, 9.1 - s),
            2.0,
            light.c(Color::srgb(0.75, 0.7, 0.3)),
        );
    }
    Rect::new(-10.0, SOIL_TOP, 90.0, HORIZON)
}

fn pollinators(canvas: &mut Canvas, root: Entity, t: f32) -> Rect {
    let count = (t * 9.0).round() as u32;
    for i in 0..count {
        let center = Vec2::new(
            -170.0 + 340.0 * noise(i, 151),
            SOIL_TOP + 60.0 + 90.0 * noise(i, 152),
        );
        let group = canvas.group(root, center.extend(50.0 + i as f32 * 0.1));
        canvas.commands.entity(group).insert(Drift {
            center,
            radius: Vec2::new(25.0 + 30.0 * noise(i, 153), 10.0 + 14.0 * noise(i, 154)),
            speed: 0.5 + 0.6 * noise(i, 155),
            phase: 6.0 * noise(i, 156),
        });
        if i % 2 == 0 {
            // A bee.
            canvas.ellipse(
                group,
                Vec3::new(-1.0, 5.0, 0.0),
                4.0,
                5.0,
                Color::srgba(1.0, 1.0, 1.0, 0.75),
            );
            canvas.ellipse(
                group,
                Vec3::new(2.0, 5.0, 0.0),
                3.5,
                4.5,
                Color::srgba(1.0, 1.0, 1.0, 0.7),
            );
            canvas.ellipse(
                group,
                Vec3::new(0.0, 0.0, 0.1),
                6.5,
                4.5,
                Color::srgb(0.98, 0.8, 0.2),
            );
            for x in [-1.5f32, 2.0] {
                canvas.rect(
                    group,
                    Vec3::new(x, 0.0, 0.2),
                    Vec2::new(1.6, 8.0),
                    0.0,
                    Color::srgb(0.15, 0.12, 0.1),
                );
            }
        } else {
            // A butterfly.
            let [r, g, b] = PETALS[(i as usize / 2) % PETALS.len()];
            let wing = Color::srgb(r, g * 0.9, b);
            canvas.ellipse(group, Vec3::new(-4.0, 3.0, 0.0), 5.0, 6.0, wing);
            canvas.ellipse(group, Vec3::new(4.0, 3.0, 0.0), 5.0, 6.0, wing);
            canvas.ellipse(group, Vec3::new(-3.0, -3.0, 0.0), 3.5, 4.0, wing);
            canvas.ellipse(group, Vec3::new(3.0, -3.0, 0.0), 3.5, 4.0, wing);
            canvas.rect(
                group,
                Vec3::new(0.0, 0.0, 0.1),
                Vec2::new(1.6, 11.0),
                0.0,
                Color::srgb(0.2, 0.16, 0.14),
            );
        }
    }
    Rect::new(-200.0, SOIL_TOP + 40.0, 200.0, SOIL_TOP + 170.0)
}

fn lanterns(canvas: &mut Canvas, root: Entity, t: f32, light: Light) -> Vec<Rect> {
    let count = (t * 7.0).ceil() as u32;
    let night = 1.0 - light.day;
    let mut rects = Vec::new();
    for i in 0..count {
        let s = 0.08 + 0.13 * i as f32;
        let side = if i % 2 == 0 { -1.0 } else { 1.0 };
        let depth = 1.0 - 0.55 * s;
        let base = path_point(s) + Vec2::new(side * 30.0 * depth, 0.0);
        let post = 34.0 * depth;
        let z = 12.0 - s;
        canvas.segment(
            root,
            base,
            base + Vec2::new(0.0, post),
            z,
            2.2 * depth,
            light.c(Color::srgb(0.25, 0.22, 0.2)),
        );
        let top = base + Vec2::new(0.0, post + 5.0 * depth);
        let glow = 0.18 + 0.55 * night;
        let halo = canvas.circle(
            root,
            top.extend(z - 0.2),
            1.0,
            Color::srgba(1.0, 0.82, 0.45, glow * 0.35),
        );
        canvas.commands.entity(halo).insert(Pulse {
            base: 26.0 * depth,
            amount: 0.08,
            speed: 1.5 + noise(i, 161),
            phase: 6.0 * noise(i, 162),
        });
        canvas.circle(
            root,
            top.extend(z - 0.1),
            12.0 * depth,
            Color::srgba(1.0, 0.86, 0.5, glow * 0.5),
        );
        canvas.rect(
            root,
            top.extend(z),
            Vec2::new(8.0, 10.0) * depth,
            0.0,
            Color::srgb(1.0, 0.78 + 0.15 * night, 0.4 + 0.2 * night),
        );
        canvas.rect(
            root,
            (top + Vec2::new(0.0, 6.0 * depth)).extend(z + 0.01),
            Vec2::new(10.0, 2.5) * depth,
            0.0,
            light.c(Color::srgb(0.25, 0.22, 0.2)),
        );
        rects.push(Rect::new(top.x - 14.0, base.y, top.x + 14.0, top.y + 12.0));
    }
    rects
}

/// Features the chapters unlock, each a small piece of the garden.
fn unlocks(canvas: &mut Canvas, root: Entity, unlocked: &[Unlock], light: Light) {
    let wood = light.c(Color::srgb(0.55, 0.38, 0.25));
    let stone = light.c(Color::srgb(0.72, 0.7, 0.66));
    for unlock in unlocked {
        match unlock {
            Unlock::Bench => {
                let at = Vec2::new(-165.0, SOIL_TOP + 40.0);
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 10.0)).extend(25.0),
                    Vec2::new(44.0, 5.0),
                    0.0,
                    wood,
                );
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 20.0)).extend(25.0),
                    Vec2::new(44.0, 4.0),
                    0.0,
                    wood,
                );
                for x in [-18.0, 18.0] {
                    canvas.rect(
                        root,
                        (at + Vec2::new(x, 4.0)).extend(24.9),
                        Vec2::new(3.0, 12.0),
                        0.0,
                        wood,
                    );
                }
            }
            Unlock::Pond => {
                let at = Vec3::new(165.0, SOIL_TOP + 22.0, 26.0);
                canvas.ellipse(root, at, 40.0, 11.0, light.c(Color::srgb(0.36, 0.56, 0.7)));
                canvas.ellipse(
                    root,
                    at + Vec3::new(-8.0, 3.0, 0.1),
                    20.0,
                    4.0,
                    light.c(Color::srgb(0.62, 0.8, 0.9)),
                );
                canvas.circle(
                    root,
                    at + Vec3::new(18.0, -2.0, 0.2),
                    4.0,
                    light.c(Color::srgb(0.4, 0.66, 0.34)),
                );
            }
            Unlock::Sundial => {
                let at = Vec2::new(-25.0, SOIL_TOP + 52.0);
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 7.0)).extend(22.0),
                    Vec2::new(8.0, 14.0),
                    0.0,
                    stone,
                );
                canvas.ellipse(
                    root,
                    (at + Vec2::new(0.0, 15.0)).extend(22.1),
                    11.0,
                    3.0,
                    stone,
                );
                canvas.triangle(
                    root,
                    (at + Vec2::new(0.0, 15.0)).extend(22.2),
                    6.0,
                    6.0,
                    0.0,
                    light.c(Color::srgb(0.5, 0.45, 0.35)),
                );
            }
            Unlock::SteppingStones => {
                for i in 0..4 {
                    let at = Vec3::new(
                        -150.0 + 24.0 * i as f32,
                        SOIL_TOP + 16.0 + 6.0 * (i % 2) as f32,
                        27.0,
                    );
                    canvas.ellipse(root, at, 9.0, 4.0, stone);
                }
            }
            Unlock::Birdhouse => {
                let at = Vec2::new(TREE_BASE.x + 30.0, TREE_BASE.y);
                canvas.segment(root, at, at + Vec2::new(0.0, 60.0), 19.0, 2.5, wood);
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 66.0)).extend(19.1),
                    Vec2::new(14.0, 14.0),
                    0.0,
                    light.c(Color::srgb(0.82, 0.5, 0.36)),
                );
                canvas.triangle(
                    root,
                    (at + Vec2::new(0.0, 73.0)).extend(19.2),
                    20.0,
                    9.0,
                    0.0,
                    wood,
                );
                canvas.circle(
                    root,
                    (at + Vec2::new(0.0, 66.0)).extend(19.3),
                    2.5,
                    light.c(Color::srgb(0.2, 0.15, 0.1)),
                );
            }
            Unlock::Arch => {
                let at = path_point(0.55);
                let rose = light.c(Color::srgb(0.88, 0.4, 0.5));
                for k in 0..=10 {
                    let a = PI * k as f32 / 10.0;
                    let p = at + Vec2::new(22.0 * a.cos(), 10.0 + 26.0 * a.sin());
                    canvas.circle(
                        root,
                        p.extend(11.0),
                        3.0,
                        light.c(Color::srgb(0.3, 0.5, 0.26)),
                    );
                    if k % 2 == 0 {
                        canvas.circle(root, p.extend(11.1), 2.2, rose);
                    }
                }
            }
            Unlock::Swing => {
                let at = TREE_BASE + Vec2::new(28.0, 0.0);
                let rope = light.c(Color::srgb(0.8, 0.75, 0.6));
                canvas.segment(
                    root,
                    at + Vec2::new(-8.0, 62.0),
                    at + Vec2::new(-8.0, 14.0),
                    21.0,
                    1.0,
                    rope,
                );
                canvas.segment(
                    root,
                    at + Vec2::new(8.0, 62.0),
                    at + Vec2::new(8.0, 14.0),
                    21.0,
                    1.0,
                    rope,
                );
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 14.0)).extend(21.1),
                    Vec2::new(22.0, 3.0),
                    0.0,
                    wood,
                );
            }
            Unlock::LanternPath => {
                for i in 0..8u32 {
                    let s = i as f32 / 8.0;
                    let side = if i % 2 == 0 { 1.0 } else { -1.0 };
                    let p = path_point(s) + Vec2::new(side * 16.0 * (1.0 - 0.6 * s), 0.0);
                    canvas.circle(
                        root,
                        p.extend(10.0),
                        2.4,
                        Color::srgba(1.0, 0.88, 0.5, 0.5 + 0.5 * (1.0 - light.day)),
                    );
                }
            }
            Unlock::Fountain => {
                let at = Vec2::new(75.0, SOIL_TOP + 40.0);
                canvas.ellipse(root, at.extend(24.0), 18.0, 6.0, stone);
                canvas.rect(
                    root,
                    (at + Vec2::new(0.0, 9.0)).extend(24.1),
                    Vec2::new(4.0, 16.0),
                    0.0,
                    stone,
                );
                let water = canvas.circle(
                    root,
                    (at + Vec2::new(0.0, 19.0)).extend(24.2),
                    1.0,
                    Color::srgba(0.65, 0.85, 1.0, 0.7),
                );
                canvas.commands.entity(water).insert(Pulse {
                    base: 5.0,
                    amount: 0.2,
                    speed: 3.0,
                    phase: 0.0,
                });
            }
            Unlock::WindChime => {
                let at = TRELLIS_BASE + Vec2::new(0.0, 40.0);
                let group = canvas.group(root, at.extend(16.0));
                canvas.commands.entity(group).insert(Sway {
                    amp: 0.15,
                    speed: 1.3,
                    phase: 0.0,
                });
                for k in 0..4 {
                    let x = -6.0 + 4.0 * k as f32;
                    canvas.rect(
                        group,
                        Vec3::new(x, -10.0 - 2.0 * (k % 2) as f32, 0.0),
                        Vec2::new(1.6, 14.0),
                        0.0,
                        light.c(Color::srgb(0.8, 0.8, 0.85)),
                    );
                }
            }
        }
    }
}
