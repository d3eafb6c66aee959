# garden
# Words about the garden: hints, plant cards, the garden in words for a
# screen reader, chapter goals and the "today" line.

## What clears a weed, a cloud, the storm (tests/it/rules/words.rs performs each).
garden-weed-hint-silent = a promise left unspoken past its day: saying honestly how it went, kept or broken, clears it
garden-weed-hint = an apology the other acknowledges, or letting a small thing go, clears it
garden-cloud-hint = a calm check-in or an honest talk clears it
garden-storm-hint-one = it lifts a little with every day of care, and more when { $name } feels ready to move forward
garden-storm-hint-each = it lifts a little with every day of care, and more as each of you feels ready to move forward

## Who was hurt, in a few words.
garden-hurt-one = { $name } was hurt
garden-hurt-both = both were hurt
garden-hurt-not-said = who was hurt not said

## An entry written after the day it happened.
garden-late = { $days ->
    [one] logged a day later
   *[other] logged { $days } days later
}

## The plants. The value is the card's title; .story what grows it;
## .the the plant as the subject of a sentence; .listed the plant in a list
## after "the" ("the roots, soil and tree"; languages that need an article
## for each put it here); .form whether it is one thing or several.
garden-species-roots = Roots
    .story = Honest talks deepen them, and so does a sincere apology.
    .the = the roots
    .listed = roots
garden-species-soil = Soil
    .story = Check-ins water it, and so does saying calmly that something feels off.
    .the = the soil
    .listed = soil
garden-species-tree = The tree
    .story = Every kept promise adds a ring: slow and sturdy. A broken one sets it back.
    .the = the tree
    .listed = tree
garden-species-flowers = Flowers
    .story = They bloom with quality time together.
    .the = the flowers
    .listed = flowers
garden-species-trellis = Trellis
    .story = Support sessions build it, and it speeds all growth.
    .the = the trellis
    .listed = trellis
garden-species-paths = Paths
    .story = Letting small things go keeps them clear of weeds.
    .the = the paths
    .listed = paths
garden-species-pollinators = Pollinators
    .story = Acts of kindness bring them.
    .the = the pollinators
    .listed = pollinators
garden-species-lanterns = Lanterns
    .story = Gratitude and shared memories light them at night, and so does moving forward.
    .the = the lanterns
    .listed = lanterns

## A plant's stage in a word.
garden-stage-seed = seed
garden-stage-sprout = sprout
garden-stage-young = young
garden-stage-mature = mature
garden-stage-flourishing = flourishing

## What a chapter unlocks.
garden-unlock-bench = A bench to sit and talk
garden-unlock-pond = A quiet pond
garden-unlock-sundial = A sundial
garden-unlock-stepping-stones = Stepping stones
garden-unlock-birdhouse = A birdhouse
garden-unlock-arch = A rose arch
garden-unlock-swing = A swing for two
garden-unlock-lantern-path = A lantern path
garden-unlock-fountain = A fountain
garden-unlock-wind-chime = A wind chime

## The garden in words, for someone who hears the screen (spoken.rs).
## A sentence's first letter is capitalised by the code.
garden-number = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $n }
}
# "a, b and c": $init is the names before the last, joined with ", ".
garden-list-and = { $init } and { $last }
garden-spoken-storm = A storm is over the garden
garden-spoken-storm-lifting = A storm is over the garden, lifting a little
garden-spoken-light-storm = A light storm hangs over the garden
garden-spoken-light-storm-lifting = A light storm is lifting
garden-spoken-storm-lingers = A little of a storm lingers
garden-spoken-storm-last-lifting = The last of a storm is lifting
garden-spoken-sky-clear = The sky is clear
garden-spoken-sky-fair = The weather is fair
garden-spoken-sky-overcast = The sky is overcast
garden-spoken-sky-rain = Rain is falling
# $sky is one of the lines above; $number is $clouds in words.
garden-spoken-weather = { $clouds ->
    [0] { $sky }.
    [one] { $sky }, with one cloud.
   *[other] { $sky }, with { $number } clouds.
}
garden-spoken-paused = The garden is resting during a pause.
# $plants: what each plant that came up looks like, joined with "; ".
garden-spoken-plants = { $plants }.
garden-spoken-all-seeds = Every plant is still a seed, waiting for a first small act of care.
# $names: the .listed names; $form: single (one plant that is one thing) or several.
garden-spoken-still-seeds = the { $names } { $form ->
    [single] is still a seed
   *[several] are still seeds
}.
# $which: bees, lanterns or both.
garden-spoken-absent = { $which ->
    [bees] No bees yet.
    [lanterns] No lanterns yet.
   *[both] No bees or lanterns yet.
}
# A plant at its stage; $the is its .the name, $form single or several.
garden-spoken-plant-seed = { $the } { $form ->
    [single] is
   *[several] are
} just coming up
garden-spoken-plant-sprout = { $the } { $form ->
    [single] is
   *[several] are
} sprouting
garden-spoken-plant-young = { $the } { $form ->
    [single] is
   *[several] are
} young
garden-spoken-plant-mature = { $the } { $form ->
    [single] is
   *[several] are
} grown
garden-spoken-plant-flourishing = { $the } { $form ->
    [single] is
   *[several] are
} flourishing
garden-spoken-bees-seed = a bee visits now and then
garden-spoken-bees-sprout = a first bee visits
garden-spoken-bees-young = a few bees visit
garden-spoken-bees-mature = bees and butterflies visit
garden-spoken-bees-flourishing = bees and butterflies fill the garden
garden-spoken-lanterns-seed = a lantern flickers
garden-spoken-lanterns-sprout = a first lantern glows
garden-spoken-lanterns-young = a few lanterns glow
garden-spoken-lanterns-mature = lanterns glow along the path
garden-spoken-lanterns-flourishing = lanterns glow all through the garden
# Where a plant is going since a week ago; $looks is one of the lines above.
garden-spoken-growing = { $looks } and growing
garden-spoken-fading = { $looks } and fading a little
garden-spoken-drooping = { $looks }, drooping a little after a setback
garden-spoken-more = { $looks }, more now than a week ago
garden-spoken-fewer = { $looks }, fewer now than a week ago
garden-spoken-fewer-after-setback = { $looks }, fewer after a setback
# $number is $count in words.
garden-spoken-weeds = { $count ->
    [one] one weed grows by the path.
   *[other] { $number } weeds grow by the path.
}

## Chapter goals (chapters/words.rs). What $count of an action are called,
## without the number.
garden-noun-honest-talk = { $count ->
    [one] honest talk
   *[other] honest talks
}
garden-noun-check-in = { $count ->
    [one] check-in
   *[other] check-ins
}
garden-noun-promise = { $count ->
    [one] promise made
   *[other] promises made
}
garden-noun-kept = { $count ->
    [one] promise kept
   *[other] promises kept
}
garden-noun-broken = { $count ->
    [one] broken promise, honestly admitted
   *[other] broken promises, honestly admitted
}
garden-noun-quality-time = { $count ->
    [one] stretch of quality time
   *[other] stretches of quality time
}
garden-noun-apology = { $count ->
    [one] sincere apology
   *[other] sincere apologies
}
garden-noun-support = { $count ->
    [one] support session
   *[other] support sessions
}
garden-noun-let-it-go = { $count ->
    [one] small thing let go
   *[other] small things let go
}
garden-noun-kindness = { $count ->
    [one] act of kindness
   *[other] acts of kindness
}
garden-noun-gratitude = { $count ->
    [one] moment of gratitude
   *[other] moments of gratitude
}
garden-noun-feels-off = { $count ->
    [one] calm word that something feels off
   *[other] calm words that something feels off
}
garden-noun-moving-forward = { $count ->
    [one] step of moving forward
   *[other] steps of moving forward
}
garden-noun-ack = { $count ->
    [one] acknowledgement
   *[other] acknowledgements
}
# A goal: $count and $noun (one of the nouns above), and whose actions count.
# Further clauses follow, each after ", ".
garden-goal-each = { $count } { $noun } from each of you
garden-goal-both = { $count } { $noun } between you, with both of you taking part
garden-goal-either = { $count } { $noun } from either of you
garden-goal-hurt = { $count } { $noun } from the one who was hurt
garden-goal-caused = { $count } { $noun } from the one who caused the hurt
garden-goal-if-it-helps = if it helps
garden-goal-acknowledged = acknowledged by the other
garden-goal-daily = on different days
garden-goal-within = { $days ->
    [one] within a day
   *[other] within { $days } days
}

## Invitations for the "today" line, each a possibility. They follow
## "…begins with" and "how about…?" (see garden-today-*).
garden-invite-honest-talk = an honest talk about what happened and why, at a pace that feels safe
garden-invite-check-in = a check-in about how you are each feeling
garden-invite-promise = a small promise, one you know you can keep
garden-invite-kept = keeping one of the promises you have made
garden-invite-broken = if a promise slipped, simply saying so; it weighs far less than silence
garden-invite-quality-time = some time together: a walk, a meal, an evening in
garden-invite-apology = a sincere apology for something that still hurts, if there is one
garden-invite-support = a support session: counselling, therapy, or a book you read together
garden-invite-let-it-go = letting one small thing go
garden-invite-kindness = a small act of kindness
garden-invite-gratitude = sharing something you are grateful for, or a favourite memory
garden-invite-feels-off = if something feels off, saying so gently
garden-invite-moving-forward = marking that you are ready to move forward, when it truly feels right and not a moment sooner
garden-invite-ack = telling the other "I saw this, and it mattered" about something they did
# Moving forward, for the partner who caused the hurt and for the one who was hurt.
garden-invite-moving-forward-caused = setting down the guilt: marking that you are moving forward from it, when you are ready
garden-invite-moving-forward-hurt = marking that you are ready to move forward, when it truly feels right to you and not a moment sooner

## The "today" line (chapters/suggest.rs). $title is the chapter's title,
## $invitation one of the invitations above.
garden-today-begins = Whenever you are ready, { $title } begins with { $invitation }.
garden-today-all-complete = Every chapter is complete, and the garden is yours. Whatever small thing you do today keeps it growing.
garden-today-tended = You have already tended { $title } today. That is plenty; the rest can wait for another day.
garden-today-how-about = { $title }: how about { $invitation }? ({ $done } of { $needed } so far)
# Follows garden-today-how-about when the goal needs the other's acknowledgement.
garden-today-once-acknowledged = It counts once the other has seen and acknowledged it.
garden-today-optional = { $title }: if it helps, how about { $invitation }? It is yours to choose; the chapter does not wait for it.
garden-today-part-done = Your part of { $title } is done for now. The rest can unfold in its own time, and anything kind you do today still grows the garden.
garden-today-days-left = Everything { $title } asks for is done; it completes in { $days } more { $days ->
    [one] day
   *[other] days
}, because trust grows at its own pace. Enjoy the quiet.
# $percent: the trust the chapter waits for, a whole number.
garden-today-trust-left = Everything { $title } asks for is done; it completes once the garden has grown a little more (trust { $percent }%). Everyday care is what grows it.
