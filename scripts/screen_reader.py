#!/usr/bin/python3
"""Meets the running app the way a screen reader does: through the AT-SPI
registry (Debian's at-spi2-core and python3-pyatspi), never through the app's
own code. Finds the app, reads every screen's controls by role and name,
moves between screens by activating the navigation buttons (the "click"
action Orca uses), and hears the garden's description. Then hides the app
with "Hide" and hears nothing of the garden until it is brought back.

With `--pin DIGITS` it meets an app that opened locked instead: only the
keypad is heard, a wrong PIN is said to be wrong, and the right one, typed
by ear, opens the garden.

Fails (exit 1) when a screen's expected controls are missing, a control has
no name, the garden is not described, or anything of the garden is heard
while the app is hidden or locked. Prints what it heard.
"""

import sys
import time

import pyatspi

APP_TIMEOUT = 120.0
# A window resting between events wakes at least once a minute (unfocused).
SCREEN_TIMEOUT = 90.0

# Roles a person acts on: each must have a name to be found by ear.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_SPIN_BUTTON,
}

# What each screen must offer, by name, as a screen reader lists it.
NAVIGATION = ["Garden", "History", "Journey", "Stats", "Settings"]
EXPECTED = {
    "Garden": NAVIGATION,
    "History": NAVIGATION,
    "Journey": NAVIGATION,
    "Stats": NAVIGATION,
    "Settings": NAVIGATION + ["Dark", "Light", "Reduce motion", "Gentle motion"],
}


def walk(node, depth=0):
    """Every node under `node`, depth first."""
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:  # a node gone between frames
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find_app(name_part):
    deadline = time.time() + APP_TIMEOUT
    seen = set()
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            name = (app.name or "") if app is not None else ""
            seen.add(name)
            if name_part in name.lower():
                return app
        time.sleep(0.5)
    sys.exit(f"FAIL: no application named like {name_part!r} on the AT-SPI bus; saw {sorted(seen)}")


def heard(app):
    """(role name, name, pressed) of every node, as a screen reader gets them."""
    out = []
    for node in walk(app):
        try:
            role = node.getRole()
            states = node.getState()
            pressed = states.contains(pyatspi.STATE_PRESSED) or states.contains(
                pyatspi.STATE_CHECKED
            )
            out.append((role, node.getRoleName(), (node.name or "").strip(), pressed, node))
        except Exception:
            continue
    return out


def controls(nodes):
    return [(role_name, name) for role, role_name, name, _, _ in nodes if role in CONTROLS]


def wait_for(app, predicate, what):
    deadline = time.time() + SCREEN_TIMEOUT
    nodes = []
    while time.time() < deadline:
        nodes = heard(app)
        if predicate(nodes):
            return nodes
        time.sleep(0.5)
    names = sorted({f"{r}:{n}" for _, r, n, _, _ in nodes})
    sys.exit(f"FAIL: {what}; heard {names}")


def activate(nodes, name):
    for role, _, node_name, _, node in nodes:
        if role in CONTROLS and node_name == name:
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "press", "activate", "default"):
                    action.doAction(i)
                    return
            action.doAction(0)
            return
    sys.exit(f"FAIL: no control named {name!r} to activate")


# What must never be heard while the app is hidden or locked: the screens'
# tabs, and the demo couple's names (in the garden, the history, the notes).
COUPLE = ["Alex", "Sam"]


def private_heard(nodes):
    """Names heard that belong to the garden: none while hidden or locked."""
    return sorted(
        {
            name
            for _, _, name, _, _ in nodes
            if name in NAVIGATION or any(who in name for who in COUPLE)
        }
    )


def any_named(nodes, wanted):
    return any(name == wanted for _, _, name, _, _ in nodes)


def hide_and_return(app):
    """Hide (top bar) covers the app: nothing private is left on the bus."""
    activate(heard(app), "Hide")
    nodes = wait_for(
        app,
        lambda nodes: any_named(nodes, "Tap to return") and not private_heard(nodes),
        "only 'Tap to return' heard once Hide was clicked",
    )
    print(f"== hidden: heard {sorted({n for _, _, n, _, _ in nodes if n})}")
    activate(nodes, "Tap to return")
    wait_for(
        app,
        lambda nodes: all(any_named(nodes, n) for n in NAVIGATION),
        "the screens back after 'Tap to return'",
    )
    print("   'Tap to return' brought the screens back")


def unlock_by_ear(app, pin):
    """An app that opened locked: the keypad alone, worked by its buttons."""
    keys = [str(d) for d in range(10)] + ["Delete", "OK"]
    nodes = wait_for(
        app,
        lambda nodes: all(k in {n for _, n in controls(nodes)} for k in keys)
        and any_named(nodes, "Enter your PIN")
        and any_named(nodes, "No digits typed"),
        "the lock's keypad, every key named, 'Enter your PIN' and 'No digits typed'",
    )
    leaked = private_heard(nodes)
    if leaked:
        sys.exit(f"FAIL: heard while locked: {leaked}")
    unnamed = [role for role, name in controls(nodes) if not name]
    if unnamed:
        sys.exit(f"FAIL: lock: controls without a name: {unnamed}")
    print(f"== locked: heard {sorted({n for _, _, n, _, _ in nodes if n})}")
    wrong = "1" * len(pin) if pin != "1" * len(pin) else "2" * len(pin)
    # Each key press is heard as a count, not as the digits or as dots.
    activate(heard(app), wrong[0])
    wait_for(
        app,
        lambda nodes: any_named(nodes, "One digit typed"),
        "'One digit typed' after one key",
    )
    print("   one key pressed by ear: 'One digit typed'")
    for key in list(wrong[1:]) + ["OK"]:
        activate(heard(app), key)
    nodes = wait_for(
        app,
        lambda nodes: any_named(nodes, "That was not the PIN."),
        "'That was not the PIN.' after a wrong PIN",
    )
    if private_heard(nodes):
        sys.exit(f"FAIL: heard after a wrong PIN: {private_heard(nodes)}")
    print("   a wrong PIN, typed by ear: 'That was not the PIN.', still locked")
    for key in list(pin) + ["OK"]:
        activate(heard(app), key)
    wait_for(
        app,
        lambda nodes: all(any_named(nodes, n) for n in NAVIGATION),
        "the screens after the right PIN",
    )
    print("   the right PIN, typed by ear: the screens are heard")


def main():
    args = sys.argv[1:]
    app = find_app(args[0] if args else "trust-garden")
    print(f"found the app on the AT-SPI bus: {app.name!r}")
    if "--pin" in args:
        unlock_by_ear(app, args[args.index("--pin") + 1])
        print("ok: the locked app is heard as its keypad alone and opens by ear")
        return
    problems = []

    for screen, expected in EXPECTED.items():
        def ready(nodes, expected=expected, screen=screen):
            names = {n for _, n in controls(nodes)}
            here = [
                pressed
                for role, _, name, pressed, _ in nodes
                if role in CONTROLS and name == screen
            ]
            return all(e in names for e in expected) and any(here)

        first = heard(app)
        if not any(n == screen and p for r, _, n, p, _ in first if r in CONTROLS):
            activate(first, screen)
        nodes = wait_for(app, ready, f"the {screen} screen with {expected}")
        found = controls(nodes)
        unnamed = [role for role, name in found if not name]
        if unnamed:
            problems.append(f"{screen}: {len(unnamed)} controls without a name: {unnamed}")
        print(f"== {screen}: {len(found)} controls, the current tab heard as pressed")
        for role, name in found:
            print(f"   {role}: {name}")
        if screen == "Garden":
            images = [n for role, _, n, _, _ in nodes if role == pyatspi.ROLE_IMAGE]
            described = [n for n in images if n.startswith("Your garden.") and len(n) > 40]
            if not described:
                problems.append(f"Garden: no described garden image among {images}")
            else:
                print(f"   the garden, heard: {described[0]}")

        if screen == "History":
            # The same buttons repeat per entry: each says which entry it acts on.
            take_back = [n for r, _, name, _, n in nodes if r in CONTROLS and name == "Take back"]
            about = [(n.description or "") for n in take_back]
            if not take_back or not all(about):
                problems.append(f"History: 'Take back' buttons without a description: {about}")
            else:
                print(f"   'Take back' is heard with: {about[0]}")
        if screen == "Journey":
            bars = [n for role, _, n, _, _ in nodes if role == pyatspi.ROLE_PROGRESS_BAR]
            if not bars or not all(bars):
                problems.append(f"Journey: progress bars without names: {bars}")
            print(f"   progress: {bars}")
        if screen == "Stats":
            charts = [n for role, _, n, _, _ in nodes if role == pyatspi.ROLE_IMAGE]
            if len(charts) < 3:
                problems.append(f"Stats: expected three charts heard as images, got {charts}")
            for chart in charts:
                print(f"   {chart}")
        if screen == "Settings":
            # A setting changed by ear: "Reduce motion" turns pressed.
            activate(nodes, "Reduce motion")
            wait_for(
                app,
                lambda nodes: any(
                    name == "Reduce motion" and pressed
                    for role, _, name, pressed, _ in nodes
                    if role in CONTROLS
                ),
                "Reduce motion pressed after its click action",
            )
            print("   Reduce motion, clicked through AT-SPI: now pressed")

    if problems:
        print("\n".join("FAIL: " + p for p in problems))
        sys.exit(1)
    hide_and_return(app)
    print("ok: every screen's controls have roles and names; the garden is described;")
    print("    nothing of it is heard while hidden")


if __name__ == "__main__":
    main()
