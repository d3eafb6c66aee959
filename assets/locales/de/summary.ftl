# Die Zusammenfassung, die ein Paar in die Beratung mitnimmt
# (`trust-garden summary`). Sachlich und ausgewogen: Sie wird mit einer
# Beraterin oder einem Berater gelesen. $a und $b sind die Namen der beiden.

## Zahlen und Aufzählungen

# Ein Anteil von 100, schon gerundet; mit schmalem geschütztem Leerzeichen.
summary-list-and = { $first } und { $last }
summary-week-range = { $from } – { $to }

## Kopf der Seite

summary-title = { $a } und { $b }: unsere Wochen im Trust Garden
summary-period = { $from } bis { $to } · { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
}
summary-private = Erstellt am { $made } aus dem eigenen Protokoll des Paares. Diese Seite ist privat: Teilt sie nur mit Menschen, die ihr selbst wählt.
summary-notes-included = Das Paar hat sich entschieden, seine Notizen mit aufzunehmen.
summary-notes-left-out = Die Notizen des Paares sind nicht enthalten.

## Auf einen Blick

summary-glance = Auf einen Blick
summary-glance-actions = Zusammen haben sie { $together ->
    [one] { $together } Schritt
   *[other] { $together } Schritte
} festgehalten ({ $by_a } von { $a }, { $by_b } von { $b }).
summary-glance-promises = { $made } Versprechen gegeben, { $kept } gehalten, { $broken } offen als nicht gehalten benannt, { $overdue } am Ende überfällig.
summary-glance-check-ins = { $count ->
    [one] { $count } Check-in
   *[other] { $count } Check-ins
} (Stimmung im Schnitt { $mood } von 5).
summary-glance-acknowledged = { $a } hat { $by_a ->
    [one] { $by_a } Eintrag
   *[other] { $by_a } Einträge
} von { $b } gewürdigt und { $b } { $by_b } von { $a }.

## Das Kapitel

summary-where = Wo die beiden gerade stehen
summary-chapter = Kapitel: { $title }, seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}.
summary-goals = Die Ziele des Kapitels
summary-goal = Ziel
summary-goal-done = Bisher geschafft
summary-goal-progress = { $done } von { $needed }
summary-no-chapter = Das Paar hat noch kein Kapitel begonnen.

## Vertrauen

summary-trust = Vertrauen im Lauf der Zeit
summary-trust-chart = Vertrauen am Ende jedes Tages
summary-trust-chart-span = Vertrauen am Ende jedes Tages, vom { $from } bis zum { $to }.
summary-trust-table = Vertrauen am Ende jedes Tages, nach Wochen
summary-week = Woche
summary-day-number = Tag { $day }
summary-trust-axis = Vertrauen
summary-trust-held = Das Vertrauen blieb bei { $to }.
summary-trust-grew = Das Vertrauen wuchs von { $from } auf { $to }.
summary-trust-eased = Das Vertrauen ging von { $from } auf { $to } zurück.

## Was beide getan haben

summary-actions = Was beide getan haben, Woche für Woche
summary-actions-chart = Schritte pro Woche, jeder Balken mit dem ersten Tag der Woche beschriftet: { $a } als gefüllte Balken, { $b } als umrandete Balken
summary-actions-table = Schritte pro Woche (Würdigungen werden getrennt gezählt)
summary-together = Zusammen
summary-most-often = Am häufigsten
summary-action-times = { $action } ({ $count })
summary-actions-axis = Schritte

## Versprechen

summary-promises = Versprechen
summary-promises-explained = Ein Versprechen, das nicht gehalten und offen ausgesprochen wurde, zählt als Ehrlichkeit; eines, das ohne ein Wort über seinen Termin hinausgeht, ist überfällig.
summary-promises-table = Versprechen pro Woche
summary-promises-made = Gegeben
summary-promises-kept = Gehalten
summary-promises-admitted-broken = Offen als nicht gehalten benannt
summary-promises-overdue = Überfällig am Ende der Woche
summary-all-weeks = Alle Wochen

## Check-ins

summary-moods = Check-ins: Stimmung, ruhig und angespannt
summary-moods-chart = Die Stimmung jedes Check-ins von 1 bis 5: { $a } als Kreise, { $b } als Dreiecke; ausgefüllt, wenn es ruhig war, leer, wenn es angespannt war
summary-moods-table = Check-ins pro Woche
summary-check-ins = Check-ins
summary-calm = Ruhig
summary-tense = Angespannt
summary-mean-mood = Stimmung im Schnitt
summary-moods-axis = Stimmung (1 bis 5)

## Würdigungen

summary-seen = Einander wahrnehmen
summary-seen-explained = Eine Würdigung sagt: „Ich habe gesehen, was du getan hast.“
summary-seen-table = Gewürdigte Einträge pro Woche
summary-noticed = { $a } würdigte { $b }

## Pausentage

summary-pauses = Pausentage
summary-no-pauses = In diesen Wochen gab es keine Pausentage.
summary-pause-days = { $count ->
    [one] { $count } Tag, den
   *[other] { $count } Tage, die
} das Paar als Pause gewählt hat: { $dates }.

## Woche für Woche, in Worten

summary-in-words = Woche für Woche, in Worten
summary-week-nothing = In dieser Woche wurden keine Schritte festgehalten.
summary-week-actions = Zusammen haben { $a } und { $b } { $together ->
    [one] { $together } Schritt
   *[other] { $together } Schritte
} festgehalten ({ $by_a } von { $a }, { $by_b } von { $b }), am häufigsten: { $most }.
summary-week-check-ins = { $count ->
    [one] { $count } Check-in
   *[other] { $count } Check-ins
}: { $calm } ruhig, { $tense } angespannt; die Stimmung lag im Schnitt bei { $mood } von 5.
summary-week-no-check-ins = Es gab keine Check-ins.
summary-week-promises = { $made } Versprechen gegeben, { $kept } gehalten und { $broken } offen als nicht gehalten benannt.
summary-week-overdue = Am Ende der Woche { $count ->
    [one] war { $count } Versprechen
   *[other] waren { $count } Versprechen
} über den vereinbarten Tag hinaus, ohne dass darüber gesprochen wurde.
summary-week-acknowledged = { $a } hat { $by_a ->
    [one] { $by_a } Eintrag
   *[other] { $by_a } Einträge
} von { $b } gewürdigt, und { $b } { $by_b } von { $a }.
summary-week-pauses = { $count ->
    [one] { $count } Tag war
   *[other] { $count } Tage waren
} eine Pause, die sich das Paar bewusst genommen hat.

## Die Notizen des Paares

summary-notes = Die Notizen der beiden
summary-no-notes = In diesen Wochen gibt es keine Notizen.

## Wenn ein Diagramm nicht gelingt

summary-chart-failed = Das Diagramm konnte nicht gezeichnet werden ({ $why }); die Tabelle darunter enthält alle seine Zahlen.
