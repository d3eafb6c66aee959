# report
# What `status` and `history` print (and the app's parity tests compare).
# Labels on the left of `status` are padded to one column by the program.

## status
# $day: the date, written with the pattern of report-status-day-pattern
# (chrono: %A weekday, %-d day, %B month, %Y year).
report-status-day-pattern = %A %-d %B %Y
report-status-heading = { $first } & { $second }'s garden, { $day }
report-status-nothing-yet = Nothing logged yet. The garden is waiting for its first seed:
report-percent = { $value }%
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
report-status-events = { $count } events in the log{ $aside }.
report-status-set-aside = ; { $count } damaged line(s) set aside, see `trust-garden verify`

# The sky over the garden.
report-sky-storm-lingers = a storm still hangs over the garden
report-sky-clear = clear skies
report-sky-fair = fair
report-sky-overcast = overcast
report-sky-rain = rain; the soil is drinking it
report-sky-stormy = stormy

# The plants by name, and their growth stages. English keeps the names the
# JSON uses.
report-species-roots = roots
report-species-soil = soil
report-species-tree = tree
report-species-flowers = flowers
report-species-trellis = trellis
report-species-paths = paths
report-species-pollinators = pollinators
report-species-lanterns = lanterns
report-stage-seed = seed
report-stage-sprout = sprout
report-stage-young = young
report-stage-mature = mature
report-stage-flourishing = flourishing

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
report-history-label-pause = Pause
report-history-label-roles = Who was hurt
report-history-label-settle = Conflict settled
report-history-label-erase = Note erased

# An entry's own fields in a few words.
report-history-setup = { $first } & { $second }, { $zone }, days start at { $day_start }, { $hurt }
report-history-renamed = now called { $name }
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
