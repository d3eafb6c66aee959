#!/usr/bin/python3
"""Settings as the Linux desktop shapes it, found through the AT-SPI bus
like a screen reader user (see screen_reader.py):

0. `motion NAME`: hears the Motion choice NAME pressed (the one that
   follows the system, saying what the system asks).

Then merges a partner's save the two ways a person would:

1. `found NAME`: taps the copy of the garden the app found on the device
   (a button whose name starts with NAME) and hears the merge confirmed.
2. `dialog`: taps "Choose their save…" and waits until the app says the
   file dialog is open; the calling script then picks the file in the
   system's dialog, and `merged PATH` waits to hear that file merged.

And saves the counselling summary where the person chooses: `summary` taps
"Save it as…" and waits for the save dialog; `saved PATH` hears where it is.

Exits 1 with what it heard when a step is not heard.
"""

import sys

import screen_reader as sr


def merged(path_part):
    """The notice that a merge of a file named like `path_part` is done."""
    return lambda nodes: any(
        name.startswith("Merged ") and path_part in name for _, _, name, _, _ in nodes
    )


def main():
    app = sr.find_app("trust-garden")
    step = sys.argv[1]
    if step == "motion":
        wanted = sys.argv[2]
        sr.wait_for(
            app,
            lambda nodes: any(
                name == wanted and pressed for _, _, name, pressed, _ in nodes
            ),
            f"the motion choice {wanted!r} is not pressed",
        )
        print(f"heard: {wanted!r}, pressed")
    elif step == "found":
        wanted = sys.argv[2]
        nodes = sr.wait_for(
            app,
            lambda nodes: any(
                role in sr.CONTROLS and name.startswith(wanted) for role, _, name, _, _ in nodes
            ),
            f"no button for the copy {wanted!r} found on the device",
        )
        name = next(n for r, _, n, _, _ in nodes if r in sr.CONTROLS and n.startswith(wanted))
        print(f"heard: {name!r}")
        sr.activate(nodes, name)
        sr.wait_for(app, merged(wanted.split(" · ")[0]), "the merge of the found copy was not confirmed")
        print("heard the found copy merged")
    elif step == "dialog":
        nodes = sr.wait_for(
            app,
            lambda nodes: any(name == "Choose their save…" for _, _, name, _, _ in nodes),
            "no 'Choose their save…' button in Settings",
        )
        sr.activate(nodes, "Choose their save…")
        sr.wait_for(
            app,
            lambda nodes: any(name == "The file dialog is open." for _, _, name, _, _ in nodes),
            "the app did not say the file dialog is open",
        )
        print("heard: the file dialog is open")
    elif step == "summary":
        nodes = sr.wait_for(
            app,
            lambda nodes: any(name == "Save it as…" for _, _, name, _, _ in nodes),
            "no 'Save it as…' button for the summary in Settings",
        )
        sr.activate(nodes, "Save it as…")
        sr.wait_for(
            app,
            lambda nodes: any(name == "The file dialog is open." for _, _, name, _, _ in nodes),
            "the app did not say the save dialog is open",
        )
        print("heard: the save dialog is open")
    elif step == "export":
        # Two buttons are named "Save it as…": the summary's, then the export's.
        nodes = sr.wait_for(
            app,
            lambda nodes: sum(
                role in sr.CONTROLS and name == "Save it as…" for role, _, name, _, _ in nodes
            )
            == 2,
            "no second 'Save it as…' button, for the CSV export",
        )
        buttons = [n for r, _, name, _, n in nodes if r in sr.CONTROLS and name == "Save it as…"]
        buttons[-1].queryAction().doAction(0)
        sr.wait_for(
            app,
            lambda nodes: any(name == "The file dialog is open." for _, _, name, _, _ in nodes),
            "the app did not say the save dialog is open",
        )
        print("heard: the save dialog is open, for the export")
    elif step == "exported":
        wanted = sys.argv[2]
        sr.wait_for(
            app,
            lambda nodes: any(
                name.startswith("Exported ") and wanted in name for _, _, name, _, _ in nodes
            ),
            f"no notice that the entries were exported to {wanted}",
        )
        print(f"heard: exported to {wanted}")
    elif step == "saved":
        wanted = sys.argv[2]
        sr.wait_for(
            app,
            lambda nodes: any(
                name.startswith("The summary of the last four weeks") and wanted in name
                for _, _, name, _, _ in nodes
            ),
            f"no notice that the summary is in {wanted}",
        )
        print(f"heard: the summary is in {wanted}")
    elif step == "merged":
        sr.wait_for(app, merged(sys.argv[2]), "the merge of the chosen file was not confirmed")
        print("heard the chosen file merged")
    else:
        sys.exit(f"unknown step {step!r}")


if __name__ == "__main__":
    main()
