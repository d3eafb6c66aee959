//! A small drawing API over Bevy entities: every shape is a shared unit mesh
//! scaled by its transform, coloured by a cached material, and parented to a
//! layer root so a whole layer is rebuilt by despawning its root.

use std::collections::HashMap;

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;

/// Shared unit meshes and one material per colour.
#[derive(Resource)]
pub struct Art {
    pub circle: Handle<Mesh>,
    pub square: Handle<Mesh>,
    pub triangle: Handle<Mesh>,
    pub leaf: Handle<Mesh>,
    materials: HashMap<[u8; 4], Handle<ColorMaterial>>,
    pub white: Handle<ColorMaterial>,
}

impl FromWorld for Art {
    fn from_world(world: &mut World) -> Self {
        let mut meshes = world.resource_mut::<Assets<Mesh>>();
        let circle = meshes.add(Circle::new(1.0).mesh().resolution(28));
        let square = meshes.add(Rectangle::new(1.0, 1.0));
        let triangle = meshes.add(Triangle2d::new(
            Vec2::new(-0.5, 0.0),
            Vec2::new(0.5, 0.0),
            Vec2::new(0.0, 1.0),
        ));
        let leaf = meshes.add(leaf_mesh());
        let white = world
            .resource_mut::<Assets<ColorMaterial>>()
            .add(ColorMaterial::from_color(Color::WHITE));
        Art {
            circle,
            square,
            triangle,
            leaf,
            materials: HashMap::new(),
            white,
        }
    }
}

impl Art {
    pub fn material(
        &mut self,
        materials: &mut Assets<ColorMaterial>,
        color: Color,
    ) -> Handle<ColorMaterial> {
        let c = color.to_srgba();
        let key =
            [c.red, c.green, c.blue, c.alpha].map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8);
        self.materials
            .entry(key)
            .or_insert_with(|| materials.add(ColorMaterial::from_color(color)))
            .clone()
    }
}

/// A pointed leaf, unit length along +y, for leaves, petals and grass blades.
fn leaf_mesh() -> Mesh {
    let steps = 10;
    let mut positions = vec![[0.0, 0.0, 0.0]];
    for i in 1..steps {
        let t = i as f32 / steps as f32;
        let half = 0.5 * (std::f32::consts::PI * t).sin();
        positions.push([-half * 0.5, t, 0.0]);
        positions.push([half * 0.5, t, 0.0]);
    }
    positions.push([0.0, 1.0, 0.0]);
    let mut indices: Vec<u32> = vec![0, 2, 1];
    for i in 0..(steps as u32 - 2) {
        let l = 1 + 2 * i;
        let r = l + 1;
        indices.extend([l, r, r + 2, l, r + 2, l + 2]);
    }
    let tip = positions.len() as u32 - 1;
    indices.extend([tip - 2, tip - 1, tip]);
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_indices(Indices::U32(indices))
}

/// A band between a wavy top edge and a flat bottom, coloured top to bottom:
/// hills, meadows and soil.
pub fn band_mesh(
    x0: f32,
    x1: f32,
    top: impl Fn(f32) -> f32,
    bottom: f32,
    top_color: Color,
    bottom_color: Color,
) -> Mesh {
    let steps = 96;
    let mut positions = Vec::new();
    let mut colors = Vec::new();
    let tc = top_color.to_linear().to_f32_array();
    let bc = bottom_color.to_linear().to_f32_array();
    for i in 0..=steps {
        let x = x0 + (x1 - x0) * i as f32 / steps as f32;
        positions.push([x, top(x), 0.0]);
        colors.push(tc);
        positions.push([x, bottom, 0.0]);
        colors.push(bc);
    }
    ladder_mesh(positions, colors)
}

/// A strip of quads between consecutive pairs of vertices `(p, q)`, listed
/// so that `p`, `q` and the next `p` turn counter-clockwise (front-facing).
fn ladder_mesh(positions: Vec<[f32; 3]>, colors: Vec<[f32; 4]>) -> Mesh {
    let rungs = (positions.len() / 2) as u32;
    let indices: Vec<u32> = (0..rungs.saturating_sub(1))
        .flat_map(|i| {
            let a = 2 * i;
            [a, a + 1, a + 2, a + 1, a + 3, a + 2]
        })
        .collect();
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_attribute(Mesh::ATTRIBUTE_COLOR, colors)
    .with_inserted_indices(Indices::U32(indices))
}

/// A vertical gradient made of horizontal stripes through several stops
/// (top first).
pub fn gradient_mesh(x0: f32, x1: f32, top: f32, bottom: f32, stops: &[Color]) -> Mesh {
    let mut positions = Vec::new();
    let mut colors = Vec::new();
    let n = stops.len().max(2) - 1;
    for (i, color) in stops.iter().enumerate() {
        let y = top + (bottom - top) * i as f32 / n as f32;
        let c = color.to_linear().to_f32_array();
        // Right before left: rows run downwards, so this keeps the quads
        // counter-clockwise.
        positions.push([x1, y, 0.0]);
        positions.push([x0, y, 0.0]);
        colors.push(c);
        colors.push(c);
    }
    ladder_mesh(positions, colors)
}

/// Spawns shapes under one parent entity.
pub struct Canvas<'a, 'w, 's> {
    pub commands: &'a mut Commands<'w, 's>,
    pub art: &'a mut Art,
    pub materials: &'a mut Assets<ColorMaterial>,
    pub meshes: &'a mut Assets<Mesh>,
}

impl Canvas<'_, '_, '_> {
    fn shape(
        &mut self,
        parent: Entity,
        mesh: Handle<Mesh>,
        transform: Transform,
        color: Color,
    ) -> Entity {
        let material = self.art.material(self.materials, color);
        self.commands
            .spawn((
                Mesh2d(mesh),
                MeshMaterial2d(material),
                transform,
                ChildOf(parent),
            ))
            .id()
    }

    /// An empty group (for motion), positioned relative to `parent`.
    pub fn group(&mut self, parent: Entity, at: Vec3) -> Entity {
        self.commands
            .spawn((
                Transform::from_translation(at),
                Visibility::default(),
                ChildOf(parent),
            ))
            .id()
    }

    pub fn circle(&mut self, parent: Entity, at: Vec3, radius: f32, color: Color) -> Entity {
        let mesh = self.art.circle.clone();
        self.shape(
            parent,
            mesh,
            Transform::from_translation(at).with_scale(Vec3::new(radius, radius, 1.0)),
            color,
        )
    }

    pub fn ellipse(&mut self, parent: Entity, at: Vec3, rx: f32, ry: f32, color: Color) -> Entity {
        let mesh = self.art.circle.clone();
        self.shape(
            parent,
            mesh,
            Transform::from_translation(at).with_scale(Vec3::new(rx, ry, 1.0)),
            color,
        )
    }

    pub fn rect(
        &mut self,
        parent: Entity,
        center: Vec3,
        size: Vec2,
        angle: f32,
        color: Color,
    ) -> Entity {
        let mesh = self.art.square.clone();
        let transform = Transform::from_translation(center)
            .with_rotation(Quat::from_rotation_z(angle))
            .with_scale(size.extend(1.0));
        self.shape(parent, mesh, transform, color)
    }

    /// A thick line from `a` to `b` with rounded ends.
    pub fn segment(&mut self, parent: Entity, a: Vec2, b: Vec2, z: f32, width: f32, color: Color) {
        let d = b - a;
        let len = d.length();
        if len < 0.01 || width < 0.05 {
            return;
        }
        let mid = (a + b) / 2.0;
        self.rect(
            parent,
            mid.extend(z),
            Vec2::new(len, width),
            d.y.atan2(d.x),
            color,
        );
        self.circle(parent, b.extend(z), width / 2.0, color);
        self.circle(parent, a.extend(z), width / 2.0, color);
    }

    /// A leaf from `base`, pointing at `angle` (radians from +y), `len` long.
    pub fn leaf(
        &mut self,
        parent: Entity,
        base: Vec3,
        len: f32,
        width: f32,
        angle: f32,
        color: Color,
    ) -> Entity {
        let mesh = self.art.leaf.clone();
        let transform = Transform::from_translation(base)
            .with_rotation(Quat::from_rotation_z(angle))
            .with_scale(Vec3::new(width * 2.0, len, 1.0));
        self.shape(parent, mesh, transform, color)
    }

    pub fn triangle(
        &mut self,
        parent: Entity,
        base: Vec3,
        width: f32,
        height: f32,
        angle: f32,
        color: Color,
    ) -> Entity {
        let mesh = self.art.triangle.clone();
        let transform = Transform::from_translation(base)
            .with_rotation(Quat::from_rotation_z(angle))
            .with_scale(Vec3::new(width, height, 1.0));
        self.shape(parent, mesh, transform, color)
    }

    /// A one-off mesh (gradients, hills).
    pub fn mesh(&mut self, parent: Entity, mesh: Mesh, z: f32) -> Entity {
        let handle = self.meshes.add(mesh);
        let material = self.art.white.clone();
        self.commands
            .spawn((
                Mesh2d(handle),
                MeshMaterial2d(material),
                Transform::from_xyz(0.0, 0.0, z),
                ChildOf(parent),
            ))
            .id()
    }
}

#[cfg(test)]
mod tests {
    use bevy::mesh::VertexAttributeValues;

    use super::*;

    /// Twice the signed area of every triangle (positive: counter-clockwise).
    fn turns(mesh: &Mesh) -> Vec<f32> {
        let Some(VertexAttributeValues::Float32x3(points)) =
            mesh.attribute(Mesh::ATTRIBUTE_POSITION)
        else {
            panic!("no positions");
        };
        let indices: Vec<usize> = mesh.indices().expect("indexed").iter().collect();
        indices
            .chunks(3)
            .map(|t| {
                let [a, b, c] = [points[t[0]], points[t[1]], points[t[2]]];
                (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
            })
            .collect()
    }

    #[test]
    fn bands_and_gradients_face_the_camera_and_cover_their_whole_area() {
        let band = band_mesh(
            -10.0,
            10.0,
            |x| 5.0 + x.sin(),
            -5.0,
            Color::WHITE,
            Color::BLACK,
        );
        let sky = gradient_mesh(-10.0, 10.0, 8.0, -8.0, &[Color::WHITE; 4]);
        for (mesh, area) in [(band, None), (sky, Some(20.0 * 16.0))] {
            let turns = turns(&mesh);
            assert!(!turns.is_empty());
            assert!(turns.iter().all(|t| *t > 0.0), "{turns:?}");
            if let Some(area) = area {
                let covered: f32 = turns.iter().sum::<f32>() / 2.0;
                assert!((covered - area).abs() < 1e-3, "{covered}");
            }
        }
    }

    #[test]
    fn a_gradient_of_one_or_no_stops_is_empty_not_a_panic() {
        for stops in [&[][..], &[Color::WHITE][..]] {
            let mesh = gradient_mesh(0.0, 1.0, 1.0, 0.0, stops);
            assert_eq!(mesh.indices().map_or(0, |i| i.len()), 0);
        }
    }
}
