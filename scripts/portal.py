#!/usr/bin/python3
"""Settings as the Linux desktop shapes it, found through the AT-SPI bus
like a screen reader user (see screen_reader.py). One step per call:

- `motion NAME`: hears the Motion choice NAME pressed (the one that follows
  the system, saying what the system asks).
- `found NAME`: taps the copy of the garden the app found on the device (a
  button whose name starts with NAME) and hears it merged.
- `dialog`: taps "Choose their save…" and hears that the file dialog is
  open; the calling script picks the file there, and `merged PATH` hears
  that file merged.
- `summary` / `export`: taps the summary's or the CSV export's "Save it as…"
  and hears that the save dialog is open; after the calling script names
  the file there, `saved PATH` / `exported PATH` hears it written there.

Exits 1 with what it heard when a step is not heard.
"""

import sys

import screen_reader as sr


def notice(app, start, part):
    """Waits for a notice that starts with `start` and names `part`."""
    sr.wait_for(
        app,
        lambda nodes: any(name.startswith(start) and part in name for _, _, name, _, _ in nodes),
        f"no notice starting {start!r} that names {part!r}",
    )
    print(f"heard: {start}… {part}")


def tap_then_dialog(app, name, which=0):
    """Taps the `which`-th control called `name` (a click action, as Orca
    sends) and waits until the app says a file dialog is open."""
    nodes = sr.wait_for(
        app,
        lambda nodes: sum(r in sr.CONTROLS and n == name for r, _, n, _, _ in nodes) > which,
        f"no control {name!r} (number {which + 1})",
    )
    controls = [node for r, _, n, _, node in nodes if r in sr.CONTROLS and n == name]
    controls[which].queryAction().doAction(0)
    sr.wait_for(
        app,
        lambda nodes: any(n == "The file dialog is open." for _, _, n, _, _ in nodes),
        f"the app did not say a file dialog is open after {name!r}",
    )
    print(f"heard: a file dialog is open after {name!r}")


def main():
    app = sr.find_app("trust-garden")
    step, argument = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
    if step == "motion":
        sr.wait_for(
            app,
            lambda nodes: any(name == argument and pressed for _, _, name, pressed, _ in nodes),
            f"the motion choice {argument!r} is not pressed",
        )
        print(f"heard: {argument!r}, pressed")
    elif step == "found":
        nodes = sr.wait_for(
            app,
            lambda nodes: any(r in sr.CONTROLS and n.startswith(argument) for r, _, n, _, _ in nodes),
            f"no button for the copy {argument!r} found on the device",
        )
        name = next(n for r, _, n, _, _ in nodes if r in sr.CONTROLS and n.startswith(argument))
        print(f"heard: {name!r}")
        sr.activate(nodes, name)
        notice(app, "Merged ", argument.split(" · ")[0])
    elif step == "dialog":
        tap_then_dialog(app, "Choose their save…")
    elif step == "merged":
        notice(app, "Merged ", argument)
    elif step == "summary":
        # Two buttons are named "Save it as…": the summary's, then the export's.
        tap_then_dialog(app, "Save it as…", 0)
    elif step == "export":
        tap_then_dialog(app, "Save it as…", 1)
    elif step == "saved":
        notice(app, "The summary of the last four weeks", argument)
    elif step == "exported":
        notice(app, "Exported ", argument)
    else:
        sys.exit(f"unknown step {step!r}")


if __name__ == "__main__":
    main()
