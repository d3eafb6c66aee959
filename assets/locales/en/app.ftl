# The app's own words (src/app). Garden, chapter and species words come
# from garden.ftl and levels.ftl.

## Top bar and navigation (ui/mod.rs)

app-hide = Hide
app-who-holds-device = Who is holding this device
app-i-am = I am
app-nav-garden = Garden
app-nav-history = History
app-nav-journey = Journey
app-nav-stats = Stats
app-nav-settings = Settings
app-notice-repair = Repair
app-notice-ok = OK

## Garden screen (ui/garden.rs)

# The garden scene as a screen reader hears it; $description is the garden in words.
app-garden-scene-name = Your garden. { $description }
app-lapse-hint = Time-lapse: drag back to watch the garden grow
app-lapse-today = today
app-lapse-name = Time-lapse: the garden on an earlier day
app-lapse-back-to-today = Back to today
app-log-something = +  Log something we did
app-weather-storm = The storm: { $hint }.
app-weather-cloud = A cloud: { $hint }.
app-weather-weed = A weed: { $hint }.
app-today-card = Today
app-plant-close = Close
app-plant-stage = { $stage ->
    [Seed] A seed, waiting for its first care.
    [Sprout] A sprout, just finding its feet.
    [Young] Young, and growing.
    [Mature] Grown, and filling out.
   *[Flourishing] Flourishing.
}
# $next is the stage it is close to: Sprout, Young, Mature or Flourishing.
app-plant-close-to = { $next ->
    [Sprout] It is close to sprouting.
    [Young] It is close to growing up.
    [Mature] It is close to being fully grown.
   *[Flourishing] It is close to flourishing.
}
app-plant-wilted = It is a little wilted after a hard time; it recovers with time and care.
app-plant-cared-by-both = You have both cared for it ({ $times } times so far).
app-plant-cared-by-one = { $name } has cared for it so far ({ $times ->
    [one] once
   *[other] { $times } times
}).
app-plant-tap-hint = Tap a plant to see what grew it.
app-plant-not-fed-yet = Nothing has fed it yet.
app-plant-grew-lately = What grew it lately
# A note or a promise quoted in the text.
app-quoted = “{ $text }”

## An entry in a line (ui/words.rs)

app-entry-setup = Started the garden: { $first } & { $second }
app-entry-rename = Renamed to { $name }
app-entry-retract = Took back: { $what }
app-entry-amend = Edited the note of: { $what }
app-entry-pause = Paused { $from } to { $to }
app-entry-roles = Said again who was hurt: { $said }
app-entry = Entry
# $calm is yes or no.
app-entry-mood = mood { $mood }{ $calm ->
    [yes] , calm
   *[no] , tense
}
app-entry-promise-due = “{ $text }” by { $due }
app-entry-minutes-what = { $minutes } min, { $what }
app-entry-minutes = { $minutes } min
# An entry's title and what it said, e.g. "Check-in · mood 4, calm".
app-entry-detail = { $title } · { $detail }
app-entry-unknown = an entry not in this save
app-support-therapy = couples therapy
app-support-counselling = counselling
app-support-book = a book together
app-support-other = other support

## Settings (ui/settings.rs)

app-cancel = Cancel
app-settings-heading = Settings
app-settings-save = Our save
app-settings-save-entries = { $count } entries. Share this file between your devices (a synced folder works).
app-settings-merge = Merge my partner's save
app-settings-merge-hint = path to their save file
app-settings-merge-name = Path to my partner's save file
app-settings-merge-button = Merge
app-merge-explain = Their entries are added to yours; nothing of yours is changed or lost. A copy of another couple's garden is refused.
app-merge-choose = Choose their save…
app-merge-dialog-title = Choose your partner's save
app-merge-dialog-filter = Trust Garden save
app-merge-dialog-open = The file dialog is open.
app-merge-look-again = Look again
# Copies of this garden found on the device; each is a button that merges it.
app-merge-found = { $count ->
    [one] Found on this device:
   *[other] Found on this device, newest first:
}
app-merge-found-about = Merges this copy into yours
app-merge-found-sealed = encrypted
app-merge-none-found = No copy of your garden found yet. Put your partner's file in { $folder }, then tap Look again.
app-merge-type-path = Type a path instead

## In a browser (web_files.rs): the save is on this device only
app-web-send-explain = In this browser your garden is kept on this device only. Send it to your partner and open the one they send you: then both hold every entry.
app-web-send = Send our garden
app-web-open = Open their save…
app-web-sent = Our garden went out as { $file }. Your partner opens it with “Open their save…”.
app-web-send-failed = The garden could not be read to send it: { $why }
app-web-storage-trouble = This browser did not keep the last change ({ $why }). It is on screen but will be gone once the page closes: free some space on this device, then log it again.
app-settings-export = Export as CSV
app-settings-export-name = File name for the CSV export
app-settings-export-button = Export
app-export-dialog-title = Save the export
app-export-dialog-filter = CSV table
app-settings-export-plain-warning = Our garden is encrypted, and a CSV file is plain text: anyone who can open it reads every note. Export anyway?
app-settings-export-anyway = Export anyway
app-settings-device = On this device
app-settings-theme = Theme
app-settings-light = Light
app-settings-dark = Dark
app-settings-text-size = Text size
app-settings-text-small = Small
app-settings-text-normal = Normal
app-settings-text-large = Large
app-settings-text-larger = Larger
app-settings-motion = Motion
# Motion as the system asks: $asks is reduce or gentle (what it asks for now).
app-settings-motion-system = { $asks ->
    [reduce] System (reduced)
   *[gentle] System (gentle)
}
app-settings-motion-gentle = Gentle motion
app-settings-motion-reduce = Reduce motion
app-settings-language = Language
# Follow the system's language; $name is that language in its own words.
app-settings-language-system = System ({ $name })
app-settings-kept-in = Kept in { $path }

## Our garden in Settings: names and clock, shared (ui/settings.rs)

app-couple-heading = Our garden, shared by both of us
app-couple-shared = Our names, time zone and day start belong to both of us: a change here is shared with your partner and kept in the log, like every entry.
app-couple-save-names = Save names
app-couple-day-start = Our day starts at
# $zone is a time zone's name, $time an hour like 04:00.
app-couple-clock-from-now = From now on, our days follow { $zone } and start at { $time }. The days before stay as they were.
app-couple-clock-apply = Change our clock

## Finding a time zone (ui/zone_picker.rs)

# $zone is a time zone's name, like Europe/Berlin.
app-zone-chosen = Time zone: { $zone }
app-zone-search = Find a time zone by city
app-zone-search-hint = Type a city, like Berlin
# A zone in the list, with the time there now ($time, 24-hour).
app-zone-row = { $zone } · { $time }
app-zone-none = No time zone matches “{ $typed }”. Try a big city nearby.
app-zone-more = { $count ->
    [one] One more: type a few more letters.
   *[other] { $count } more: type a few more letters.
}
app-lock-heading = Lock this device
app-lock-about = A PIN asked when the app opens and when it comes back. It is kept on this device only; your partner sets their own. Hide (at the top) covers the screen at once.
app-lock-new-pin = New PIN (4-8 digits)
app-lock-pin-again = The same PIN again
app-lock-set-pin = Set PIN
app-lock-pins-differ = The two PINs differ.
app-lock-ask-again = Ask again after time away:
app-lock-after = { $minutes ->
    [0] right away
   *[other] { $minutes } min
}
app-lock-current-pin = Current PIN
app-lock-remove-pin = Remove PIN
app-roles-heading = Who was hurt
app-roles-both = Both of us
app-roles-not-said = We'd rather not say
app-roles-change-needs-agreement = A change takes effect once your partner agrees to it in History.
app-roles-change-waiting = A change is waiting for the other partner to agree to it in History.
app-summary-heading = A summary for counselling
app-summary-about = The last four weeks as one page to bring to a session: trust over time, what each of you did, promises, check-ins and a few words per week. It is saved beside our garden.
app-summary-with-notes = Include our notes
app-summary-make = Make the summary
app-summary-save-as = Save it as…
app-summary-dialog-title = Save the summary
app-summary-dialog-filter = Web page
app-summary-plain-warning = Our garden is encrypted, and the summary is a plain page: anyone who can open it reads it. Make it anyway?
app-summary-make-anyway = Make it anyway
app-key-heading = The passphrase on this device
app-key-kept = This device keeps the garden's key in its keychain, so the garden opens here without the passphrase (the PIN still asks, if one is set).
app-key-forget = Forget it on this device
app-key-not-kept = This device asks for the passphrase each time the app opens.
app-key-keep = Remember it on this device
app-key-problem = The keychain said: { $problem }
app-seal-heading = Encrypt our garden
app-seal-done = Our garden is encrypted: the synced file holds no word of it without the passphrase.
app-seal-about = The synced file then holds no word of it without the passphrase. Choose it together: each of you needs it on every device, and it cannot be recovered if it is forgotten.
app-seal-passphrase = Passphrase ({ $count } characters or more)
app-seal-passphrase-again = The same passphrase again
app-seal-encrypt = Encrypt
app-seal-too-short = A passphrase needs at least { $count } characters.
app-seal-differ = The two passphrases differ.

## The log sheet (ui/log.rs)

app-log-together-dinner = dinner
app-log-together-walk = a walk
app-log-together-night-in = a night in
app-log-together-day-out = a day out
app-log-together-long-talk = a long talk
app-log-promise-where = I'll tell you where I am
app-log-promise-phone = I'll keep my phone open to you
app-log-promise-home = I'll be home when I say
app-log-promise-check-in = I'll check in every evening
app-log-choose-action = Choose what you did.
app-log-pick-promise = Pick or write the promise.
app-log-choose-promise = Choose the promise.
app-log-acknowledge-in-history = Acknowledge your partner's entries in History.
app-log-heading = What would you like to add, { $name }?
app-log-close = Close
app-log-promise-kept-or-broken = Promise kept / broken
app-log-feeling = How are you feeling? (1 low, 5 good)
app-log-mood-name = Feeling { $mood } of 5
app-log-calm = Calm
app-log-tense = Tense
app-log-how-long = How long?
app-log-minutes = { $minutes } min
app-log-doing-what = Doing what? (optional)
app-log-the-promise = The promise
app-log-promise-own-words-hint = or in your own words
app-log-promise-own-words-name = The promise, in your own words
app-log-no-open-promises = You have no open promises right now.
app-log-promise-overdue = { $text } (past its day)
app-log-promise-slipped = Saying a promise slipped weighs far less than leaving it unspoken.
app-log-feels-off = Saying it calmly is brave, and it never costs the garden. A cloud waits in the sky: a calm check-in or an honest talk clears it.
app-log-when = When?
app-log-now = Now
app-log-earlier-today = Earlier today
app-log-yesterday = Yesterday
app-log-another-day = Another day
app-log-week-back = ◀ a week
# The day chosen for an entry: "Monday, May 4".
app-log-day = { $weekday }, { $date }
app-log-note-hint = I felt … when …
app-log-note-name = Note (optional)
app-log-add-note = Add a note (optional)
app-log-kept-it = Kept it
app-log-broke-it = Broke it (honestly)
app-log-save = Save

## History (ui/history.rs)

app-history-heading = History
app-history-about = Taking something back or editing a note adds an entry. Only a note can be erased, by whoever wrote it, and then it leaves every copy.
app-history-show-more = Show more
app-history-empty = Nothing logged yet.
# When an entry was made: "2 days ago · May 2 19:38".
app-history-when = { $ago } · { $date } { $time }
app-history-seen = ♥ seen
# Heard after each button of an entry: which entry it acts on.
app-history-entry-about = { $what }, by { $name }, { $ago }
app-history-no-note = no note
# $you is yes when the one who saw it holds this device, else $who names them.
app-history-edited-after-seen = { $you ->
    [yes] edited after you saw it; you saw: { $then }
   *[no] edited after { $who } saw it; { $who } saw: { $then }
}
app-history-taken-back-after-seen = { $you ->
    [yes] taken back after you saw it
   *[no] taken back after { $who } saw it
}
app-history-taken-back = taken back
app-history-note = Note
app-history-save-note = Save note
app-history-agree = I agree
app-history-saw-this = I saw this ♥
app-history-take-back = Take back
app-history-edit-note = Edit note
app-history-erase-note = Erase note
app-history-erase-confirm = Erase this note for good? It leaves this device and every copy that syncs with it. The entry itself stays.
app-history-erase-for-good = Erase for good
app-history-keep-note = Keep it

## Journey (ui/journey.rs)

app-journey-heading = Our journey
# A chapter's progress bar as a screen reader hears it.
app-journey-progress = { $chapter }: { $percent }% of the way
app-journey-unlocked = Unlocked: { $names }
app-journey-unlocks = Unlocks: { $names }
app-journey-days = day { $day } of at least { $min_days }
app-journey-trust-met = the garden has the { $needed }% trust this chapter needs
app-journey-trust-waits = it also waits for the garden to reach { $needed }% trust (now { $trust }%)
app-journey-none = No chapters are available.

## Stats (ui/stats.rs)

app-stats-heading = How we are growing
app-stats-trust = Trust over time
app-stats-axis-days = days
app-stats-trust-line = trust %
app-stats-trust-chart = Chart: trust over time
app-stats-trust-words = From { $first }% on the first day to { $last }% today, over { $days } days; at its highest { $high }%.
app-stats-nothing-yet = Nothing logged yet.
app-stats-weekly = What we did each week
app-stats-weekly-chart = Chart: what we did each week
app-stats-weekly-words = This week { $week_first } by { $first } and { $week_second } by { $second }. In the last { $weeks } weeks, { $all_first } by { $first } and { $all_second } by { $second }.
app-stats-days = Our days
# Under the big numbers of the streak card; $count is the number above.
app-stats-streak = { $count ->
   *[other] days in a row
}
app-stats-best-run = best run
app-stats-together = { $count ->
    [one] thing done together in the last four weeks
   *[other] things done together in the last four weeks
}
app-stats-rest = A quiet day now and then keeps the run going.
app-stats-each = Each of you, the last four weeks
# $count things done in the last four weeks; $noticed entries of the other ($name)
# acknowledged in those same weeks.
app-stats-lately = { $count ->
    [one] one thing
   *[other] { $count } things
}, and noticed { $noticed ->
    [one] one of { $name }'s
   *[other] { $noticed } of { $name }'s
}
app-stats-axis-percent = Trust, in percent
app-stats-axis-weeks = weeks
app-stats-axis-things = Things done, per week
app-stats-heat-fewer = quiet day
app-stats-heat-more = fullest day
app-stats-heat-how = Each square is a day, each column a week, Monday on top.
app-stats-calendar = Calendar: our days
app-stats-calendar-words = Something done on { $active } of the { $days } days shown.

## Welcome (ui/welcome.rs)

# The name a partner gets when none is typed in; it is saved in the garden.
app-welcome-default-name = Partner { $number }
app-welcome-plant = Plant our garden
app-welcome-heading = Welcome to your garden
app-welcome-about = Every small thing you do to rebuild trust grows one shared garden. It cannot be rushed, and it never punishes a bad day.
app-welcome-shared = Both of you see everything written here, every note included.
app-welcome-first-name = First partner's name
app-welcome-second-name = Second partner's name
app-welcome-name-hint = optional: { $name }
app-welcome-holder = Who is holding this phone?
app-welcome-who-was-hurt = Who was hurt by what brought you here?
app-welcome-roles-about = One of you may be healing from pain and the other from guilt; the garden asks each of you for what fits. You can change this later.
app-welcome-zone = Time zone
app-welcome-day-start = Our day starts at (a late talk still counts for the evening before)
# $zone is what was typed, in quotes.
app-welcome-bad-zone = { $zone } is not a time zone name (like Europe/Berlin).

## The lock and the passphrase pages (ui/lock.rs, ui/unlock.rs)

app-lock-tap-to-return = Tap to return
app-lock-enter-pin = Enter your PIN
app-lock-typed = { $count ->
    [0] No digits typed
    [one] One digit typed
   *[other] { $count } digits typed
}
app-lock-wrong-pin = That was not the PIN.
app-lock-key-delete = Delete
app-lock-key-ok = OK
app-unlock-about = This garden is encrypted. Enter the passphrase you chose together.
app-unlock-passphrase = Passphrase
app-unlock-wrong = That passphrase does not open this garden.
app-unlock-open = Open
app-unlock-keep-about = The garden's key goes into this device's keychain, so it opens without the passphrase here. Anyone who can sign in to this device could open it; the app's PIN still asks. Settings can forget it.
app-unlock-not-kept = The passphrase stays on this device only while the app is open.

## Notices and refusals (lock.rs, storage/)

app-pin-length = A PIN is { $min } to { $max } digits.
app-pin-not-removed = That is not the PIN; it stays.
app-pin-no-folder = This device has no folder of its own to keep a PIN in.
app-pin-not-kept = could not keep the PIN: { $error }
app-notice-not-saved-unreadable = Nothing was saved: the save file could not be read ({ $why }).
app-notice-not-merged-unreadable = Nothing was merged: the save file could not be read ({ $why }).
app-notice-not-encrypted-unreadable = Nothing was encrypted: the save file could not be read ({ $why }).
app-notice-merge-needs-setup = Set up the garden before merging a partner's save.
app-notice-encrypt-needs-setup = Set up the garden before encrypting it.
app-notice-merged = Merged { $file }: { $added ->
    [one] 1 new entry
   *[other] { $added } new entries
}, { $already } already here.
app-notice-merge-conflicts = { $count } entries differ between the two files; this save's version was kept.
app-notice-merge-conflicts-kept-in = { $count } entries differ between the two files; this save's version was kept and both are in { $file }.
# $beside counts the files kept beside the save that were encrypted with it.
app-notice-encrypted = Our garden is encrypted.{ $beside ->
    [0] {""}
   *[other] {" "}{ $beside } file(s) kept beside it were encrypted too.
} Each of you needs the passphrase to open it on a new device; it cannot be recovered if it is forgotten.
app-notice-header-fine = The save's first line is fine; nothing was changed.
app-notice-exported = Exported { $count } entries to { $file }.
# $notes is yes when the couple's notes are in the summary.
app-notice-summary = The summary of the last four weeks{ $notes ->
    [yes] , with your notes,
   *[no] {""}
} is in { $file }: open it, print it or share it from there.
app-notice-opened-with-care = Opening { $file } needed care (nothing was deleted):
    • { $problems }
app-notice-damaged-header = The first line of the save is damaged, and every entry after it is intact. Nothing was changed. Repair writes the first line again (from a copy of your garden beside it when there is one) and keeps every entry.
app-notice-not-opened = The save could not be opened, so the app will not write to it: { $error }
app-notice-chapters-unreadable = The chapters in { $folder } could not be read, so the built-in ones are used: { $error }

## This device's settings file (device.rs)

app-device-unreadable = could not read { $file }: { $error }
app-device-damaged = { $file }: { $error }; using defaults
app-device-not-set-aside = could not set aside { $file }: { $error }
app-device-not-written = could not write { $file }: { $error }
