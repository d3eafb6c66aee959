# cli
# What the `trust-garden` command prints for people. Never translated: JSON,
# CSV, command and flag names (--by, --at …), action names (honest-talk) and
# the words typed back as values (this, other, both, unsaid).
# Values typed on the command line ($typed, $text) arrive quoted.

cli-error = error: { $message }
cli-internal-error = error: internal error{ $place }: { $message } (please report this)
cli-internal-error-place = {" "}at { $file }:{ $line }
cli-note = note: { $path }: { $notice }
cli-cannot-write-stdout = cannot write to standard output: { $error }
cli-cannot-write-status-json = cannot write the status as JSON: { $error }
cli-cannot-write-history-json = cannot write the history as JSON: { $error }
cli-cannot-create-folder = cannot create the folder { $path }: { $error }
cli-no-app = this build has no app; rebuild with the default features

## The save
cli-no-save = no save at { $path }; start one with `trust-garden init --partners NAME NAME` (or point --save / TRUST_GARDEN_SAVE at an existing one)
cli-save-exists = { $path } already exists; nothing was changed (choose another --save path, or move that file away first)
cli-save-path-empty = the save path is empty (check --save or TRUST_GARDEN_SAVE)
cli-no-home = cannot find a home directory for the save; pass --save PATH or set TRUST_GARDEN_SAVE
cli-not-set-up = the save has no setup event (names, time zone); was it created with `init`?

## Passphrases
cli-encrypt-needs-passphrase = --encrypt: give the new passphrase with --passphrase-file FILE or TRUST_GARDEN_PASSPHRASE (never on the command line); nothing was written
cli-passphrase-not-utf8 = { $variable }: the passphrase is not valid UTF-8
cli-passphrase-empty = the passphrase given is empty ({ $source })
cli-passphrase-file-unreadable = --passphrase-file { $path }: { $error }
cli-passphrase-file-not-text = --passphrase-file { $path }: not UTF-8 text

## Names, ids, times typed
cli-not-a-partner = --by { $typed } is neither partner (the partners are { $first } and { $second })
cli-hurt-not-a-partner = --hurt { $typed } is neither partner, `both` nor `unsaid` (the partners are { $first } and { $second })
cli-partners-two = --partners takes exactly two names
cli-partners-empty = --partners: a name cannot be empty
cli-partners-same = --partners: the two names must differ (got { $name } twice)
cli-id-empty = an event id cannot be empty
cli-no-such-id = no event has an id starting or ending with { $typed }
cli-ambiguous-id = the id { $typed } is ambiguous: it could be { $candidates }{ $more }; type more of it
cli-ambiguous-id-more = {" "}and { $count } more
cli-not-a-time = --at { $typed } is not a time: use RFC 3339 (2026-05-01T21:30:00+02:00) or YYYY-MM-DD HH:MM in the couple's zone ({ $zone })
cli-skipped-time = --at { $typed } does not exist in { $zone } (the clocks skip it for daylight saving)
cli-not-a-date = { $flag } { $typed } is not a date (expected YYYY-MM-DD)
cli-not-a-time-of-day = --day-starts { $typed } is not a time of day (expected HH:MM, e.g. 04:00)

## init and demo
cli-init-done = A new garden for { $first } and { $second } ({ $zone }, days start at { $day_start }).
    Saved in { $path }
cli-demo-days-out-of-range = --days { $days } is out of range (1 to { $max })
cli-demo-bad-zone = --tz { $typed } is not an IANA time zone (e.g. Europe/London)
cli-demo-too-far-back = --days { $days } reaches before the calendar starts
cli-demo-done = Wrote { $count } events ({ $days } days, seed { $seed }) for { $first } and { $second } to { $path }

## conflicts and settle ("this" and "other" are what --keep takes)
cli-no-conflicts = no conflicts to settle
cli-conflict-entry = entry { $id }
cli-conflicts-how = settle each with `trust-garden settle ID --keep this|other --by NAME`
cli-no-such-conflict = no unsettled conflict with id { $typed }; `trust-garden conflicts` lists them
cli-ambiguous-conflict = { $typed } names more than one conflict; type more of it

## encrypt and decrypt
cli-encrypt-needs-passphrase-now = encrypt: give the passphrase with --passphrase-file FILE or TRUST_GARDEN_PASSPHRASE (never on the command line); nothing was changed
cli-encrypted = { $path } encrypted
cli-already-encrypted = { $path } was already encrypted
cli-decrypted = { $path } is plain text again
cli-already-plain = { $path } was already plain text
cli-sealed-side-files = ; { $count ->
    [one] { $count } file beside it too
   *[other] { $count } files beside it too
}
cli-sealed-removed = removed { $path } (it held only lines that could not be encrypted)
cli-unreadable-removed = { $count ->
    [one] { $count } unreadable line beside the save was removed
   *[other] { $count } unreadable lines beside the save were removed
}
cli-unreadable-left = { $count ->
    [one] { $count } unreadable line beside the save was left as it was (it does not open)
   *[other] { $count } unreadable lines beside the save were left as they were (they do not open)
}

## export and summary
cli-export-sealed = { $path } is encrypted, and a CSV export is plain text: anyone who can read the file reads every note in it. Nothing was written; add --plain-text to export anyway
cli-export-done = Wrote { $count } events to { $path }
# A disk problem while writing an export ($error says which file and what).
cli-export-nothing-exported = { $error }; nothing was exported
cli-summary-sealed = { $path } is encrypted, and the summary is a plain page: anyone who can read the file reads what it says of your weeks. Nothing was written; add --plain-text to make it anyway
cli-summary-from-after-to = --from { $from } is after --to { $to }; nothing was written
cli-summary-to-after-today = --to { $to } is after today ({ $today }); nothing was written
cli-summary-done = Wrote the summary of { $from } to { $to } to { $path }
cli-summary-done-with-notes = Wrote the summary of { $from } to { $to } to { $path } (with your notes)

## levels
cli-levels-broken-built-in = the built-in chapters are broken (a bug in this build): { $problem }
cli-not-a-folder = { $path } is not a folder
cli-levels-ok = ok: { $count } chapters in { $path }

## verify and merge
cli-verify-ok = ok: { $path } has no problems
cli-merge-no-such-file = { $path }: no such file to merge
cli-merge-itself = { $path } is the save itself; there is nothing to merge
cli-merged = merged { $other }: { $added } new, { $present } already here{ $settled }{ $written }
cli-merged-settled = , { $count } in another version, settled
cli-merged-appended = ; appended to the save
cli-merge-conflict = conflict: event { $id } differs between the save and { $other }; the save's version stays
cli-merge-conflicts-file = both versions of each conflict are in { $path }
cli-merge-not-merged = { $other }: { $problem } (not merged)

## clock, rename and zones: the setup changed later
cli-clock-done = From now on your days follow { $zone } and start at { $day_start }. The days before stay as they were.
cli-rename-done = { $before } is now called { $name }.
cli-zones-none = no time zone matches { $query }; try a few letters of a city, e.g. “berl” or “new york”
