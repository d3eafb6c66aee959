# The summary a couple brings to counselling (`trust-garden summary`).
# Plain and even-handed: it is read with a counsellor. $a and $b are the
# partners' names.

## Numbers and lists

# A share of 100, already rounded: "47".
# Between the whole number and the tenths of a mean mood: "3.5".
# The last two items of a list read aloud; $first may already hold several
# items joined by commas: "a, b and c".
summary-list-and = { $first } and { $last }
# A week in headings and table rows (short dates).
summary-week-range = { $from } – { $to }

## The page's head

summary-title = { $a } and { $b }: our weeks in the Trust Garden
summary-period = { $from } to { $to } · { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
summary-private = Made from the couple's own log on { $made }. It is private: share it only with whom you choose.
summary-notes-included = The couple chose to include their notes.
summary-notes-left-out = Their notes are left out.

## At a glance

summary-glance = At a glance
summary-glance-actions = Together they logged { $together ->
    [one] { $together } action
   *[other] { $together } actions
} ({ $by_a } by { $a }, { $by_b } by { $b }).
summary-glance-promises = { $made ->
    [one] { $made } promise
   *[other] { $made } promises
} made, { $kept } kept, { $broken } admitted broken, { $overdue } overdue at the end.
summary-glance-check-ins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
} (mood { $mood } of 5 on average).
summary-glance-acknowledged = { $a } acknowledged { $by_a } of { $b }'s entries and { $b } { $by_b } of { $a }'s.

## The chapter

summary-where = Where they are
# $title is the chapter's title, shown in bold.
summary-chapter = Chapter: { $title }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} in.
summary-goals = The chapter's goals
summary-goal = Goal
summary-goal-done = Done so far
summary-goal-progress = { $done } of { $needed }
summary-no-chapter = The couple has not begun a chapter yet.

## Trust

summary-trust = Trust over time
summary-trust-chart = Trust at the end of each day
summary-trust-chart-span = Trust at the end of each day, from { $from } to { $to }.
summary-trust-table = Trust at the end of each day, by week
summary-week = Week
summary-day-number = Day { $day }
# The chart's axis.
summary-trust-axis = trust
summary-trust-held = Trust held at { $to }.
summary-trust-grew = Trust grew from { $from } to { $to }.
summary-trust-eased = Trust eased from { $from } to { $to }.

## What each did

summary-actions = What each did, week by week
summary-actions-chart = Actions per week, each bar labelled by the week's first day: { $a } solid bars, { $b } outlined bars
summary-actions-table = Actions per week (acknowledgements counted apart)
summary-together = Together
summary-most-often = Most often
# An action and how often it was logged: "Check-in (14)".
summary-action-times = { $action } ({ $count })
summary-actions-axis = actions

## Promises

summary-promises = Promises
summary-promises-explained = A promise broken and said so counts as honesty; one left past its day without a word is overdue.
summary-promises-table = Promises per week
summary-promises-made = Made
summary-promises-kept = Kept
summary-promises-admitted-broken = Admitted broken
summary-promises-overdue = Overdue at the week's end
summary-all-weeks = All weeks

## Check-ins

summary-moods = Check-ins: mood, calm and tense
summary-moods-chart = Each check-in's mood from 1 to 5: { $a } as circles, { $b } as triangles; filled when calm, hollow when tense
summary-moods-table = Check-ins per week
summary-check-ins = Check-ins
summary-calm = Calm
summary-tense = Tense
summary-mean-mood = Mean mood
summary-moods-axis = mood (1 to 5)

## Acknowledgements

summary-seen = Noticing each other
summary-seen-explained = An acknowledgement says “I saw what you did”.
summary-seen-table = Entries acknowledged per week
# A column: the entries of $b that $a acknowledged.
summary-noticed = { $a } noticed { $b }'s

## Pause days

summary-pauses = Pause days
summary-no-pauses = No pause days in these weeks.
# $dates lists the days, short, joined by commas.
summary-pause-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
} the couple chose as a pause: { $dates }.

## Week by week, in words

summary-in-words = Week by week, in words
summary-week-nothing = No actions were logged this week.
# $most lists up to three actions, most frequent first: "a, b and c".
summary-week-actions = Together { $a } and { $b } logged { $together ->
    [one] { $together } action
   *[other] { $together } actions
} ({ $by_a } by { $a }, { $by_b } by { $b }), most often { $most }.
summary-week-check-ins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}: { $calm } calm, { $tense } tense; the mood was { $mood } of 5 on average.
summary-week-no-check-ins = There were no check-ins.
summary-week-promises = { $made ->
    [one] { $made } promise
   *[other] { $made } promises
} made, { $kept } kept and { $broken } admitted broken.
summary-week-overdue = At the week's end { $count ->
    [one] { $count } promise was past its day
   *[other] { $count } promises were past their day
} without a word.
summary-week-acknowledged = { $a } acknowledged { $by_a } of { $b }'s entries, and { $b } { $by_b } of { $a }'s.
summary-week-pauses = { $count ->
    [one] { $count } day was
   *[other] { $count } days were
} a pause the couple chose.

## The couple's notes

summary-notes = Their notes
summary-no-notes = No notes in these weeks.

## When a chart fails

summary-chart-failed = The chart could not be drawn ({ $why }); the table below holds its figures.
