// The app's accessibility tree as the page's own elements, for screen
// readers (see src/app/web_access.rs): one invisible element per labelled
// widget, placed over the canvas where the widget is drawn. Elements are
// kept by node id between updates, so a screen reader's focus stays put.
// Touches go through them to the canvas (pointer-events: none); a screen
// reader's click is queued for the app.

const ACTIONABLE = new Set(["Button", "CheckBox", "RadioButton", "Link", "Tab", "Switch", "ComboBox"]);
const shown = new Map();
let clicks = [];
let layer = null;

function theLayer() {
  if (!layer) {
    layer = document.createElement("div");
    layer.id = "access";
    layer.style.cssText = "position:absolute;inset:0;overflow:hidden;pointer-events:none";
    document.getElementById("stage").append(layer);
  }
  return layer;
}

function elementFor(node) {
  const tag = ACTIONABLE.has(node.role) ? "button" : "span";
  let element = shown.get(node.id);
  if (!element || element.tagName.toLowerCase() !== tag) {
    element?.remove();
    element = document.createElement(tag);
    element.dataset.node = node.id;
    element.style.cssText =
      "position:absolute;margin:0;padding:0;border:0;opacity:0;overflow:hidden;pointer-events:none;font-size:1px";
    if (tag === "button") {
      element.type = "button";
      element.addEventListener("click", () => clicks.push(node.id));
    }
    shown.set(node.id, element);
    theLayer().append(element);
  }
  return element;
}

export function mirrorTree(text) {
  const tree = JSON.parse(text);
  const canvas = document.getElementById("garden");
  const scale = tree.width > 0 ? canvas.clientWidth / tree.width : 1;
  const present = new Set();
  for (const node of tree.nodes) {
    present.add(node.id);
    const element = elementFor(node);
    if (element.textContent !== node.label) element.textContent = node.label;
    element.dataset.role = node.role;
    element.style.left = `${node.x * scale}px`;
    element.style.top = `${node.y * scale}px`;
    element.style.width = `${node.w * scale}px`;
    element.style.height = `${node.h * scale}px`;
    if (node.pressed === null) element.removeAttribute("aria-pressed");
    else element.setAttribute("aria-pressed", String(node.pressed));
    if (element.tagName === "BUTTON") element.disabled = node.disabled;
  }
  for (const [id, element] of shown) {
    if (!present.has(id)) {
      element.remove();
      shown.delete(id);
    }
  }
}

export function takeClicks() {
  const taken = clicks.join(",");
  clicks = [];
  return taken;
}
