//! Screen readers in the browser. AccessKit has no adapter for the web, so
//! egui's tree is mirrored into the page (`web/access.js`): each labelled
//! widget becomes an invisible element over the canvas where the widget is
//! drawn, a button where egui has one. A screen reader reads and works the
//! page; the click it sends comes back as the same action request the
//! desktop's AT-SPI sends (see `screen_reader`). Touches pass through to the
//! canvas.

use bevy::a11y::ActionRequest;
use bevy::prelude::*;
use bevy_egui::egui::accesskit;
use bevy_egui::{EguiContext, EguiOutput, PrimaryEguiContext};
use serde_json::json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/web/access.js")]
extern "C" {
    #[wasm_bindgen(js_name = mirrorTree)]
    fn mirror_tree(tree: &str);
    #[wasm_bindgen(js_name = takeClicks)]
    fn take_clicks() -> String;
}

/// Sends the page each labelled node with where it is, when anything changed.
fn mirror(
    mut contexts: Query<(&mut EguiContext, &EguiOutput), With<PrimaryEguiContext>>,
    mut last: Local<String>,
) {
    let Ok((mut context, output)) = contexts.single_mut() else {
        return;
    };
    // egui builds its tree only when asked to (the next pass has it).
    context.get_mut().enable_accesskit();
    let Some(update) = &output.platform_output.accesskit_update else {
        return;
    };
    let width = context.get_mut().content_rect().width();
    let nodes: Vec<_> = update
        .nodes
        .iter()
        .filter_map(|(id, node)| {
            let label = node.label().or(node.value())?.trim();
            let bounds = node.bounds()?;
            (!label.is_empty()).then(|| {
                json!({
                    "id": id.0.to_string(),
                    "role": format!("{:?}", node.role()),
                    "label": label,
                    "x": bounds.x0, "y": bounds.y0,
                    "w": bounds.width(), "h": bounds.height(),
                    "pressed": node.toggled().map(|t| t == accesskit::Toggled::True),
                    "disabled": node.is_disabled(),
                })
            })
        })
        .collect();
    let tree = json!({ "width": width, "nodes": nodes }).to_string();
    if *last != tree {
        mirror_tree(&tree);
        *last = tree;
    }
}

/// The page's clicks (a screen reader's activation), as action requests.
fn pass_on_clicks(mut requests: MessageWriter<ActionRequest>) {
    for id in take_clicks().split(',').filter_map(|id| id.parse().ok()) {
        requests.write(ActionRequest(accesskit::ActionRequest {
            action: accesskit::Action::Click,
            target_tree: accesskit::TreeId::ROOT,
            target_node: accesskit::NodeId(id),
            data: None,
        }));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, pass_on_clicks);
    app.add_systems(Last, mirror);
}
