# refusal
# Why a command was refused, as both front ends show it. Every refusal leaves
# the save as it was. Times ($at, $began, $entry_at) are written as the user
# types them back with --at (YYYY-MM-DD HH:MM); dates as YYYY-MM-DD.
# Quoted values ($name, $zone, $text) arrive with their quotes.
refusal-not-set-up = the garden is not set up yet: start with both names and your time zone
refusal-already-set-up = the garden is already set up
refusal-name-missing = a name cannot be empty
refusal-same-names = the two names must differ (got { $name } twice)
refusal-unknown-zone = unknown time zone { $zone } (expected an IANA name such as Europe/Berlin)
refusal-in-the-future = { $at } is in the future; log things once they have happened
refusal-before-the-garden-began = { $at } is before the garden began ({ $began }); only what happened since can be logged
refusal-too-late = { $at } is more than { $days } days ago; an entry can be logged up to { $days } days after it happened
refusal-not-an-action = that is not an action to log
refusal-roles-unchanged = that is already what the garden says
refusal-clock-unchanged = the garden already follows { $zone } with this day start; nothing changed
refusal-name-unchanged = the name is already { $name }; nothing changed
refusal-mood-out-of-range = mood { $mood } is out of range (1 = very low … 5 = very good)
refusal-minutes-out-of-range = { $minutes } minutes is out of range (1 to 1440)
refusal-promise-without-words = say what is promised
refusal-due-before-made = the due date { $due } is before the promise is made ({ $made })
refusal-pause-backwards = the pause ends ({ $to }) before it starts ({ $from })
refusal-out-of-range = { $why }; check the date
refusal-no-words-to-erase = entry { $entry } has no note to erase
refusal-not-a-version = that is not a version of entry { $entry }; nothing was settled
refusal-pause-too-far-back = a pause from { $from } starts too far back: a pause can start at most { $days } days ago, and not before the garden began
refusal-no-such-entry = no entry { $entry } in this save
refusal-taken-back = entry { $entry } was taken back
refusal-not-a-promise = entry { $entry } is not a promise (it is { $is })
refusal-not-your-promise = the promise { $text } was made by { $maker }; only { $maker } can mark it kept or broken
refusal-promise-already-closed = the promise { $text } was already marked { $outcome } ({ $by_entry }); take that back first to change it
refusal-cannot-be-acknowledged = entry { $entry } is { $is }, not an action that can be acknowledged
refusal-own-entry = this is your own entry; only { $other } can acknowledge it
refusal-already-acknowledged = entry { $entry } is already acknowledged
refusal-setup-stays = the garden's setup cannot be taken back; it holds your names and time zone
refusal-not-your-entry = entry { $entry } was logged by { $author }; only they can take it back or edit it
refusal-empty-note = the new note cannot be empty
refusal-no-note-to-amend = entry { $entry } is { $is }, which has no note to edit
refusal-before-its-entry = { $at } is before the entry it refers to ({ $entry }, logged { $entry_at })
refusal-export-onto-the-save = { $path } is the save file itself; choose another file for the export. Nothing was written.
refusal-export-beside-the-save = { $path } is one of the files that keep the save safe (backup, lock, set-aside or conflict copy); choose another name for the export. Nothing was written.
refusal-export-onto-a-save = { $path } is a Trust Garden save; an export never replaces one. Choose another file. Nothing was written.
refusal-export-into-a-folder = { $path } is a folder; give the export a file name inside it. Nothing was written.
refusal-export-onto-another-file = { $path } already exists and is not an earlier export, so it is left alone; choose a new file name. Nothing was written.

# What an entry that is not an action is, mid-sentence ("entry … is a pause").
# English keeps the names the command line and CSV use.
refusal-kind-setup = setup
refusal-kind-rename = rename
refusal-kind-retract = retract
refusal-kind-amend = amend
refusal-kind-pause = pause
refusal-kind-roles = roles
refusal-kind-settle = settle
refusal-kind-erase = erase
refusal-kind-unknown = unknown
