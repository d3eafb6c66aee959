# Words shared by every part of Trust Garden.
# Dates: chrono patterns (%B month, %b short month, %-d day, %Y year, %A weekday).
date-long = %B %-d, %Y
date-short = %b %-d
decimal-mark = .
date-month-year = %B %Y
# A share as a whole percentage, as the language writes it ("47%", "47 %").
percent = { $value }%
days-ago = { $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
}

# The actions a couple logs: a label, and .inline the form used mid-sentence.
action-honest-talk = Honest talk
    .inline = honest talk
action-check-in = Check-in
    .inline = check-in
action-promise = Promise made
    .inline = promise made
action-kept = Promise kept
    .inline = promise kept
action-broken = Promise broken (admitted)
    .inline = promise broken (admitted)
action-quality-time = Quality time
    .inline = quality time
action-apology = Sincere apology
    .inline = sincere apology
action-support = Support session
    .inline = support session
action-let-it-go = Let it go
    .inline = let it go
action-kindness = Kindness
    .inline = kindness
action-gratitude = Gratitude
    .inline = gratitude
action-feels-off = Something feels off
    .inline = something feels off
action-moving-forward = Moving forward
    .inline = moving forward
action-ack = Acknowledged
    .inline = acknowledged
