# Wörter, die alle Teile von Trust Garden teilen.
date-long = %-d. %B %Y
date-short = %-d. %b
decimal-mark = ,
date-month-year = %B %Y
# A share as a whole percentage, as the language writes it ("47%", "47 %").
percent = { $value } %
days-ago = { $days ->
    [0] heute
    [one] gestern
   *[other] vor { $days } Tagen
}

# Was ein Paar festhält: die Bezeichnung, und .inline die Form mitten im Satz.
action-honest-talk = Ehrliches Gespräch
    .inline = ehrliches Gespräch
action-check-in = Check-in
    .inline = Check-in
action-promise = Versprechen gegeben
    .inline = Versprechen gegeben
action-kept = Versprechen gehalten
    .inline = Versprechen gehalten
action-broken = Versprechen nicht gehalten (ehrlich gesagt)
    .inline = Versprechen nicht gehalten (ehrlich gesagt)
action-quality-time = Zeit zu zweit
    .inline = Zeit zu zweit
action-apology = Aufrichtige Entschuldigung
    .inline = aufrichtige Entschuldigung
action-support = Unterstützung von außen
    .inline = Unterstützung von außen
action-let-it-go = Loslassen
    .inline = Loslassen
action-kindness = Freundlichkeit
    .inline = Freundlichkeit
action-gratitude = Dankbarkeit
    .inline = Dankbarkeit
action-feels-off = Etwas fühlt sich nicht gut an
    .inline = etwas fühlt sich nicht gut an
action-moving-forward = Nach vorne schauen
    .inline = nach vorne schauen
action-ack = Gewürdigt
    .inline = gewürdigt
