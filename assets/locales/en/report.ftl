# report
# What `status` and `history` print (and the app's parity tests compare).
# Labels on the left of `status` are padded to one column by the program.

## status
# $day: the date, written with the pattern of report-status-day-pattern
# (chrono: %A weekday, %-d day, %B month, %Y year).
report-status-day-pattern = %A %-d %B %Y
report-status-heading = { $first } & { $second }'s garden, { $day }
report-status-nothing-yet = Nothing logged yet. The garden is waiting for its first seed:
report-status-trust = Trust
report-status-streak = Streak
report-status-streak-value = { $days ->
    [0] not yet; any action today starts one
    [one] 1 day
   *[other] { $days } days in a row
} (best { $best })
report-status-weather = Weather
report-status-recent-mood = , recent mood { $mood } of 5
report-status-clouds = { $count ->
    [one] , one cloud ({ $hint })
   *[other] , { $count } clouds ({ $hint }, each)
}
report-status-storm = Storm
report-status-together = Together
report-status-paused = Paused
report-status-paused-value = today is a pause day: nothing fades, the streak waits.
report-status-chapter = Chapter { $number } of { $total }: { $title }
report-status-chapter-days = day { $days_in } of at least { $min_days }: this part cannot be rushed
report-status-chapter-trust = it also waits for the garden to reach { $percent } trust
report-status-plants = Plants
report-status-wilted = , a little wilted
report-status-weeds = { $count ->
    [one] one weed: { $hint }
   *[other] { $count } weeds: { $hint }, each
}
report-status-noticed = { $first } noticed { $first_noticed } of { $second }'s entries; { $second } noticed { $second_noticed } of { $first }'s
report-status-open-promises = Open promises
report-status-due = , due { $due }
report-status-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
} in the log{ $aside }.
report-status-set-aside = ; { $count ->
    [one] { $count } damaged line
   *[other] { $count } damaged lines
} set aside, see `trust-garden verify`

# The sky over the garden.
report-sky-storm-lingers = a storm still hangs over the garden
report-sky-clear = clear skies
report-sky-fair = fair
report-sky-overcast = overcast
report-sky-rain = rain; the soil is drinking it
report-sky-stormy = stormy

## history
# Times stay as YYYY-MM-DD HH:MM, the way --at takes them.
report-history-empty = Nothing logged yet.
report-history-retracted = {" "}[retracted]
report-history-id = id { $id }
report-history-note = note: { $note }
report-history-amended = {" "}(amended)
report-history-seen-by = ✓ seen by { $name } ({ $when })
report-history-no-note = no note
report-history-edited-after-seen = ✎ edited after { $name } saw it; { $name } saw: { $then }
report-history-taken-back-after-seen = ✗ taken back after { $name } saw it
report-history-retracted-by = ✗ retracted by { $name } ({ $when }){ $reason }
report-history-unretracted-by = ↺ a retraction undone by { $name } ({ $when }){ $reason }

# Entries that are not actions.
report-history-label-setup = Garden set up
report-history-label-rename = Renamed
report-history-label-clock = Time zone or day start changed
report-history-label-pause = Pause
report-history-label-roles = Who was hurt
report-history-label-settle = Conflict settled
report-history-label-erase = Note erased

# An entry's own fields in a few words.
report-history-setup = { $first } & { $second }, { $zone }, days start at { $day_start }, { $hurt }
report-history-renamed = now called { $name }
report-history-clock = from now on { $zone }, days start at { $day_start }; the days before stay as they were
report-history-check-in = mood { $mood }/5, { $calm ->
    [yes] calm
   *[no] tense
}
report-history-due = { $text }, due { $due }
report-history-minutes = { $minutes } min
report-history-minutes-what = { $minutes } min, { $what }
report-history-support-therapy = therapy
report-history-support-counselling = counselling
report-history-support-book = book
report-history-support-other = other
report-history-pause = { $from } to { $to }
report-history-promise = promise { $id }

## The save file: what can be wrong with it, and what opening it did.
# $path is the file, $line a line number (1 is the header).
report-journal-not-utf8 = not UTF-8 (bad byte at column { $column })
report-journal-no-checksum = no `// crc32c=` checksum at the end of the line
report-journal-bad-checksum = bad checksum (the line says { $found }, its text gives { $expected })
report-journal-unreadable = unreadable line with a valid checksum: { $why }
report-journal-out-of-range = out of range: { $why }
# Why an entry cannot be kept as it is ($why above, and in refusals).
report-journal-date-outside-years = the date { $date } is outside the years { $first }-{ $last }
report-journal-offset-seconds = the UTC offset { $offset } has seconds
report-journal-unopened = encrypted line that does not open with this save's key (damaged, cut, or moved from another entry or save)
report-journal-plain-in-sealed = a plain-text line in an encrypted save
report-journal-sealed-in-plain = an encrypted line in a plain-text save
report-journal-duplicate-line = event { $id } appears again with different content (first on line { $first_line })
report-journal-line = line { $line }: { $problem }
report-journal-torn-tail = last line cut short ({ $bytes } bytes, no line end); it did not finish writing
report-journal-missing-newline = last line has no line end
report-journal-damaged-newline = last line ends in a damaged byte where its line end was
report-journal-newer-event = event { $id } is from a newer version of trust-garden ({ $why })
report-journal-newer-line = line from a newer version of trust-garden ({ $why })
report-journal-newer-format-line = save format { $found } is newer than this version supports ({ $supported }); read only

report-journal-io = { $path }: { $doing }: { $error }
report-journal-already-exists = { $path }: already exists; refusing to overwrite it
report-journal-empty = { $path }: empty file (0 bytes), not a trust-garden save; it was left as it is
report-journal-not-a-save = { $path }:1: not a trust-garden save ({ $why }); the file was left as it is
report-journal-damaged-header = { $path }:1: the save's first line is damaged ({ $why }), the lines after it are intact; nothing was changed. `trust-garden verify --repair` rebuilds the first line (from a copy of the save beside it when there is one) and keeps every other line
report-journal-newer-format = { $path }:1: save format { $found } is newer than this version supports ({ $supported }); it is read only here, update trust-garden to write to it
report-journal-rewrite-refused = { $path }: not rewriting the save: { $why }
report-journal-duplicate-id = { $path }: event { $id } is already in the save
report-journal-encode = event { $id }: cannot be written: { $why }
report-journal-another-garden = { $path }:1: the save of another garden (its header names another log), not a copy of this one; nothing was merged and it was left as it is
report-journal-sealed = { $path }: { $problem }
report-journal-other-seal = { $path }: { $what }; it was not merged and was left as it is, so no plain line enters an encrypted save. To bring its entries in, make both plain (`trust-garden decrypt`, and `decrypt --save COPY`), merge, then `trust-garden encrypt` again
report-journal-plain-copy = a plain-text copy of this encrypted garden
report-journal-encrypted-copy = an encrypted copy of this plain-text garden
report-journal-own-seal-copy = a copy of this garden encrypted on its own (another passphrase or salt)

# Why an encrypted save does not open ($problem in report-journal-sealed).
report-journal-seal-no-passphrase = the save is encrypted; give its passphrase (--passphrase-file FILE or TRUST_GARDEN_PASSPHRASE)
report-journal-seal-wrong-passphrase = the passphrase does not open this save; nothing was changed
# $why: one of the three below, or the cryptography library's own words.
report-journal-seal-bad-params = the save's encryption settings: { $why }
report-journal-seal-too-short = a passphrase needs at least { $count } characters
report-journal-seal-wrong-key = the key kept on this device does not open this save
# $name is quoted as the header has it.
report-journal-seal-unknown-kdf = unknown key derivation { $name }
# $setting and $range are the header's own (memory_kib, 8192..=1048576).
report-journal-seal-outside-range = { $setting } { $value } is outside { $range }
report-journal-seal-salt = salt: { $error }

# Why a first line is not a save's header ($why in report-journal-not-a-save
# and report-journal-damaged-header); $error is RON's own words.
report-journal-header-not-utf8 = the first line is not UTF-8 text
report-journal-header-damaged = first line: { $damage }
report-journal-header-not-a-header = first line is not a header: { $error }
report-journal-header-format-unsealable = first line: format { $format } cannot be encrypted
report-journal-header-seal-missing = first line: an encrypted save's header without its seal

# Why the save is not rewritten now ($why in report-journal-rewrite-refused
# and report-journal-notice-words-left).
report-journal-blocked-newer-format = its format ({ $found }) is newer than this version's
report-journal-blocked-newer-line = line { $line } is from a newer version of trust-garden
report-journal-blocked-set-aside = line { $line } is set aside ({ $damage })
report-journal-blocked-unreadable-line = line { $line } cannot be read; nothing was changed
# $files: each file with its lines (report-journal-blocked-file-lines), joined by "; ".
report-journal-blocked-unreadable-beside = files beside it hold lines that cannot be encrypted (a line cut short by a crash, a damaged line, another garden's): { $files }; nothing was changed. Look at them, then run `encrypt --discard-unreadable` to remove those lines
# $lines: up to five line numbers, then "…".
report-journal-blocked-file-lines = { $path } ({ $count ->
    [one] line
   *[other] lines
} { $lines })

# Another program changed the save during a write ($error in report-journal-io).
report-journal-kept-replaced-writing = another program kept replacing the file while it was written; try again
report-journal-kept-replaced-rewriting = another program kept replacing the file while it was rewritten; try again
report-journal-changed-since-read = it changed since it was read; read it again

# What `verify --repair` did to a damaged first line.
report-journal-repaired = { $path }: rebuilt the first line ({ $from }); { $count ->
    [one] the line after it is unchanged
   *[other] the { $count } lines after it are unchanged
}; the damaged line is kept in { $damaged }
report-journal-repair-from-copy = taken from { $path }
report-journal-repair-new-log = new: no copy of this garden was found, so it names a new log; a partner's device merges with it once it has this file
# Why it could not ($why in report-journal-not-a-save).
report-journal-repair-one-damaged-line = it holds nothing but one damaged line
report-journal-repair-no-intact-entry = no intact entry follows its first line
report-journal-repair-sealed-no-copy = its lines are encrypted and the damaged first line held the key's settings; no copy of this garden was found to take them from: name one (a partner's save) with `verify --repair --from COPY`; nothing was changed
report-journal-repair-changed-meanwhile = another program changed the save meanwhile; nothing was changed, try again

# What a file operation was doing when it failed ($doing above).
report-journal-doing-reading = reading
report-journal-doing-opening = opening
report-journal-doing-opening-for-append = opening for append
report-journal-doing-opening-for-writing = opening for writing
report-journal-doing-opening-the-lock-file = opening the lock file
report-journal-doing-appending = appending
report-journal-doing-creating = creating
report-journal-doing-creating-the-folder = creating the folder
report-journal-doing-listing-the-folder = listing the folder
report-journal-doing-locking = locking
report-journal-doing-moving-into-the-archive = moving into the archive
report-journal-doing-removing = removing
report-journal-doing-repairing = repairing
report-journal-doing-replacing = replacing
report-journal-doing-restoring-the-last-line-end = restoring the last line end
report-journal-doing-rewriting = rewriting
report-journal-doing-syncing-the-folder = syncing the folder
report-journal-doing-writing = writing
report-journal-doing-writing-the-first-line = writing the first line
report-journal-doing-cutting-off-the-torn-last-line = cutting off the torn last line

# What opening the save did, one notice each.
report-journal-notice-newer-format = the save's format ({ $found }) is newer than this version's; it is read only here
report-journal-notice-torn-tail = line { $line }: an unfinished write ({ $bytes } bytes) was moved to { $path } and cut off
report-journal-notice-completed-line = line { $line }: added the missing line end
report-journal-notice-restored-line-end = line { $line }: its line end was a damaged byte and was restored
report-journal-notice-read-only-tail = line { $line }: the last line is unfinished, and the save is on read-only storage, so it was left as it is
report-journal-notice-set-aside = line { $line }: set aside, { $damage }
report-journal-notice-set-aside-file = set-aside lines copied to { $path }
report-journal-notice-newer-line = line { $line }: from a newer version of trust-garden, kept as it is
report-journal-notice-merged-copy = merged the conflict copy { $copy } ({ $added } new events, { $conflicts } conflicts) and moved it to { $archived }
report-journal-notice-words-left = erased words are still in the file, which cannot be rewritten while { $why }; they are never shown, and are removed once it can be
report-journal-notice-other-garden = { $path } is named like a conflict copy but holds another garden; it was left alone
report-journal-notice-unmerged-copy = could not merge the conflict copy { $copy }: { $error }
