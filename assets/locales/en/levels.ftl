# levels
# The built-in chapters (levels/*.ron) in words: chapter-<id>-title, -story,
# -to-hurt (to the partner who was hurt) and -to-caused (to the one who caused
# the hurt). The English must equal the level files (a test checks it).

## levels/01-roots.ron
chapter-roots-title = Roots
chapter-roots-story = Every garden starts below the surface. Before anything can grow, sit down together and talk about what happened and why, as honestly as you can. It does not have to come out perfectly, or all at once. Honesty, even when it is hard, is what the roots drink.
chapter-roots-to-hurt = You do not have to hear everything at once. Ask what you need to understand, and say when you need a pause.
chapter-roots-to-caused = Tell the truth about what happened and why, the hard parts too, and answer questions without defending yourself.

## levels/02-open-ground.ron
chapter-open-ground-title = Open Ground
chapter-open-ground-story = With the roots in, the ground can open. Check in with each other most days: how are you, really? Speak from your own side ("I felt ... when ...") rather than about the other, and listen to the answer. Small, honest words, often, keep the soil soft.
chapter-open-ground-to-hurt = Say how you feel in your own words, the hard feelings too. Your pain is allowed to be here.
chapter-open-ground-to-caused = Listen to how your partner feels without explaining it away, and say how you are doing too.

## levels/03-patience.ron
chapter-patience-title = Patience
chapter-patience-story = Trust can break in a moment and takes a while to mend. That is simply how it works, not a sign that you are failing. Some days will feel lighter than others. Keep showing up gently, be kind to each other while you both heal, and let the garden take the time it needs.
chapter-patience-to-hurt = Healing is not a straight line. A hard day does not undo the good ones, and you set the pace.
chapter-patience-to-caused = Change will not show overnight. Keep showing up, and do not ask to be trusted faster.

## levels/04-steady-growth.ron
chapter-steady-growth-title = Steady Growth
chapter-steady-growth-story = Words take root when actions follow them. Small promises, truly kept and seen, slowly make someone a person to lean on again. It is the ordinary things, repeated day after day, that do it.
chapter-steady-growth-to-hurt = Nothing here asks you to promise anything. When you see a promise kept, you can say so.
chapter-steady-growth-to-caused = Make small promises you know you can keep, keep them, and let them be seen. If one slips, say so honestly.

## levels/05-clearing-weeds.ron
chapter-clearing-weeds-title = Clearing Weeds
chapter-clearing-weeds-story = Every garden grows a few weeds. Owning your part and saying sorry because you mean it clears them away, and an apology lands fully once the other has heard it. Not every small thing needs a fight, either: letting one go keeps the paths open for what matters.
chapter-clearing-weeds-to-hurt = Nothing here asks you to let anything go. When an apology lands, you can say that you heard it.
chapter-clearing-weeds-to-caused = Own your part and apologise because you mean it. Choose not to fight about the small things.

## levels/06-trellis.ron
chapter-trellis-title = Trellis
chapter-trellis-story = Climbing plants reach higher with something to lean on. When you feel stuck, a counsellor, a therapist or a good book read side by side can hold you steady while you grow; asking for help is a kind of strength. Whether or not you need that, lean on each other: small kindnesses, noticed.
chapter-trellis-to-hurt = Lean on whatever support helps you, and let your partner's care reach you when you can.
chapter-trellis-to-caused = Support your partner's healing, and find support for your own change if you need it.

## levels/07-bloom.ron
chapter-bloom-title = Bloom
chapter-bloom-story = This garden belongs to both of you, and it blooms because you both tend it. Spend time together that reminds you why you chose each other, and say out loud what you are grateful for. Moving forward looks different for each of you, and each of you marks it for yourself.
chapter-bloom-to-hurt = When you feel ready, and not a day sooner, mark that you are moving forward. Nobody can do it for you, and the storm lifts with it.
chapter-bloom-to-caused = Moving forward, for you, is setting down the guilt and living the change. The storm lifts with your partner's readiness, not yours.
## Problems in a level file (chapters/load.rs, chapters/validate.rs). They
## follow "file:line:column: field: "; $error is the system's own words.
level-top-level = (top level)
level-cannot-read-folder = cannot read the folder: { $error }
level-no-chapter-files = no chapter files here (expected files like 01-roots.ron: a number, a name, .ron)
level-cannot-read = cannot read: { $error }
# $id is quoted; $file is the file that has it first.
level-duplicate-id = { $id } is already the id of { $file }
level-expected-integer = expected an integer
level-expected-boolean = expected true or false
level-expected-string = expected text in double quotes
level-expected-list = expected a list in [ ]
level-expected-comma = expected a comma before this
level-expected-whole-number = expected a whole number of 0 or more
level-missing-field = missing (this field is required)
# $found is quoted; $expected lists the names a level file may use.
level-unknown-field = unknown field { $found } (expected one of: { $expected })
level-unknown-value = unknown value { $found } (expected one of: { $expected })
# A rarer problem; $detail is RON's own description, in English.
level-ron-problem = not readable as a chapter file here (RON says: { $detail })
level-bad-id = { $id } is not a usable id (expected lowercase letters, digits and '-', e.g. "open-ground")
level-empty = must not be empty
level-min-days-zero = must be at least 1 (no chapter finishes in no time)
level-min-trust-range = { $value } is out of range (0 to below 1, e.g. 0.3 for 30%)
level-all-optional = every goal is optional; a chapter needs at least one it asks for
level-no-goals = a chapter needs at least one goal
level-unknown-action = unknown action { $action } (expected one of: { $expected })
level-count-zero = must be at least 1
level-both-needs-two = `who: Both` needs at least 2 (one from each partner); use `Either` for 1
level-ack-of-ack = an acknowledgement cannot itself be acknowledged
level-empty-window = Days(0) is an empty window; use at least Days(1)
level-never-met = can never be met: at most { $most } count within Days({ $days }) when `daily: true`
