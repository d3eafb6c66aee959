# garden
# Worte über den Garten: Hinweise, Pflanzenkarten, der Garten in Worten für
# Screenreader, Kapitelziele und die Zeile für heute.

## Was ein Unkraut, eine Wolke, den Sturm vertreibt.
garden-weed-hint-silent = ein Versprechen, über das nach seinem Tag geschwiegen wurde: ehrlich zu sagen, wie es lief, gehalten oder nicht, lässt es verschwinden
garden-weed-hint = eine Entschuldigung, die die andere Person würdigt, oder eine Kleinigkeit loszulassen, lässt es verschwinden
garden-cloud-hint = ein ruhiger Check-in oder ein ehrliches Gespräch lässt sie ziehen
garden-storm-hint-one = er lichtet sich mit jedem Tag der Fürsorge ein wenig, und mehr, wenn { $name } sich bereit fühlt, nach vorne zu schauen
garden-storm-hint-each = er lichtet sich mit jedem Tag der Fürsorge ein wenig, und mehr, sobald ihr euch jeweils bereit fühlt, nach vorne zu schauen

## Wer verletzt wurde, in wenigen Worten.
garden-hurt-one = { $name } wurde verletzt
garden-hurt-both = beide wurden verletzt
garden-hurt-not-said = nicht gesagt, wer verletzt wurde

## Ein Eintrag, der nach dem Tag geschrieben wurde, an dem es geschah.
garden-late = { $days ->
    [one] einen Tag später eingetragen
   *[other] { $days } Tage später eingetragen
}

## Die Pflanzen. Der Wert ist der Titel der Karte; .story was sie wachsen
## lässt; .the die Pflanze als Subjekt eines Satzes; .listed die Pflanze in
## einer Aufzählung (im Deutschen mit Artikel).
garden-species-roots = Wurzeln
    .story = Ehrliche Gespräche lassen sie tiefer reichen, ebenso eine aufrichtige Entschuldigung.
    .the = die Wurzeln
    .listed = die Wurzeln
garden-species-soil = Boden
    .story = Check-ins bewässern ihn, ebenso ruhig auszusprechen, dass sich etwas nicht gut anfühlt.
    .the = der Boden
    .listed = der Boden
garden-species-tree = Der Baum
    .story = Jedes gehaltene Versprechen fügt einen Jahresring hinzu: langsam und beständig. Ein nicht gehaltenes wirft ihn zurück.
    .the = der Baum
    .listed = der Baum
garden-species-flowers = Blumen
    .story = Sie blühen mit Zeit zu zweit.
    .the = die Blumen
    .listed = die Blumen
garden-species-trellis = Rankgitter
    .story = Unterstützung von außen baut es auf, und es lässt alles schneller wachsen.
    .the = das Rankgitter
    .listed = das Rankgitter
garden-species-paths = Wege
    .story = Kleinigkeiten loszulassen hält sie frei von Unkraut.
    .the = die Wege
    .listed = die Wege
garden-species-pollinators = Bestäuber
    .story = Gesten der Freundlichkeit locken sie an.
    .the = die Bestäuber
    .listed = die Bestäuber
garden-species-lanterns = Laternen
    .story = Dankbarkeit und gemeinsame Erinnerungen lassen sie nachts leuchten, ebenso der Schritt nach vorn.
    .the = die Laternen
    .listed = die Laternen

## Das Stadium einer Pflanze in einem Wort.
garden-stage-seed = Samen
garden-stage-sprout = Keimling
garden-stage-young = jung
garden-stage-mature = ausgewachsen
garden-stage-flourishing = in voller Pracht

## Was ein Kapitel freischaltet.
garden-unlock-bench = Eine Bank zum Sitzen und Reden
garden-unlock-pond = Ein stiller Teich
garden-unlock-sundial = Eine Sonnenuhr
garden-unlock-stepping-stones = Trittsteine
garden-unlock-birdhouse = Ein Vogelhaus
garden-unlock-arch = Ein Rosenbogen
garden-unlock-swing = Eine Schaukel für zwei
garden-unlock-lantern-path = Ein Laternenweg
garden-unlock-fountain = Ein Brunnen
garden-unlock-wind-chime = Ein Windspiel

## Der Garten in Worten, für alle, die den Bildschirm hören (spoken.rs).
## Den ersten Buchstaben eines Satzes schreibt der Code groß.
garden-number = { $n ->
    [0] keine
    [1] eine
    [2] zwei
    [3] drei
    [4] vier
    [5] fünf
    [6] sechs
    [7] sieben
    [8] acht
    [9] neun
    [10] zehn
   *[other] { $n }
}
garden-list-and = { $init } und { $last }
garden-spoken-storm = Ein Sturm liegt über dem Garten
garden-spoken-storm-lifting = Ein Sturm liegt über dem Garten und lichtet sich ein wenig
garden-spoken-light-storm = Ein leichter Sturm hängt über dem Garten
garden-spoken-light-storm-lifting = Ein leichter Sturm lichtet sich
garden-spoken-storm-lingers = Ein Rest von Sturm hält sich noch
garden-spoken-storm-last-lifting = Der letzte Rest eines Sturms zieht ab
garden-spoken-sky-clear = Der Himmel ist klar
garden-spoken-sky-fair = Das Wetter ist freundlich
garden-spoken-sky-overcast = Der Himmel ist bedeckt
garden-spoken-sky-rain = Es regnet
garden-spoken-weather = { $clouds ->
    [0] { $sky }.
    [one] { $sky }, dazu eine Wolke.
   *[other] { $sky }, dazu { $number } Wolken.
}
garden-spoken-paused = Der Garten ruht während einer Pause.
garden-spoken-plants = { $plants }.
garden-spoken-all-seeds = Noch ist jede Pflanze ein Samen und wartet auf eine erste kleine Geste der Fürsorge.
garden-spoken-still-seeds = { $names } { $form ->
    [single] schlummert noch als Samen in der Erde
   *[several] schlummern noch als Samen in der Erde
}.
garden-spoken-absent = { $which ->
    [bees] Noch keine Bienen.
    [lanterns] Noch keine Laternen.
   *[both] Noch keine Bienen und keine Laternen.
}
garden-spoken-plant-seed = { $the } { $form ->
    [single] kommt gerade erst hervor
   *[several] kommen gerade erst hervor
}
garden-spoken-plant-sprout = { $the } { $form ->
    [single] sprießt
   *[several] sprießen
}
garden-spoken-plant-young = { $the } { $form ->
    [single] ist jung
   *[several] sind jung
}
garden-spoken-plant-mature = { $the } { $form ->
    [single] ist groß geworden
   *[several] sind groß geworden
}
garden-spoken-plant-flourishing = { $the } { $form ->
    [single] steht in voller Pracht
   *[several] stehen in voller Pracht
}
garden-spoken-bees-seed = ab und zu schaut eine Biene vorbei
garden-spoken-bees-sprout = eine erste Biene schaut vorbei
garden-spoken-bees-young = ein paar Bienen schauen vorbei
garden-spoken-bees-mature = Bienen und Schmetterlinge schauen vorbei
garden-spoken-bees-flourishing = Bienen und Schmetterlinge erfüllen den Garten
garden-spoken-lanterns-seed = eine Laterne flackert
garden-spoken-lanterns-sprout = eine erste Laterne leuchtet
garden-spoken-lanterns-young = ein paar Laternen leuchten
garden-spoken-lanterns-mature = Laternen leuchten den Weg entlang
garden-spoken-lanterns-flourishing = Laternen leuchten im ganzen Garten
garden-spoken-growing = { $looks }, mit mehr Kraft als vor einer Woche
garden-spoken-fading = { $looks }, mit etwas weniger Kraft als vor einer Woche
garden-spoken-drooping = { $looks }, nach einem Rückschlag etwas matt
garden-spoken-more = { $looks }, mehr als vor einer Woche
garden-spoken-fewer = { $looks }, weniger als vor einer Woche
garden-spoken-fewer-after-setback = { $looks }, weniger nach einem Rückschlag
garden-spoken-weeds = { $count ->
    [one] am Weg wächst ein Unkraut.
   *[other] am Weg wachsen { $number } Unkräuter.
}

## Kapitelziele (chapters/words.rs): wie $count einer Handlung heißen, ohne die Zahl.
garden-noun-honest-talk = { $count ->
    [one] ehrliches Gespräch
   *[other] ehrliche Gespräche
}
garden-noun-check-in = { $count ->
    [one] Check-in
   *[other] Check-ins
}
garden-noun-promise = { $count ->
    [one] gegebenes Versprechen
   *[other] gegebene Versprechen
}
garden-noun-kept = { $count ->
    [one] gehaltenes Versprechen
   *[other] gehaltene Versprechen
}
garden-noun-broken = { $count ->
    [one] nicht gehaltenes Versprechen, ehrlich eingestanden
   *[other] nicht gehaltene Versprechen, ehrlich eingestanden
}
garden-noun-quality-time = { $count ->
    [one] Mal Zeit zu zweit
   *[other] Mal Zeit zu zweit
}
garden-noun-apology = { $count ->
    [one] aufrichtige Entschuldigung
   *[other] aufrichtige Entschuldigungen
}
garden-noun-support = { $count ->
    [one] Termin mit Unterstützung von außen
   *[other] Termine mit Unterstützung von außen
}
garden-noun-let-it-go = { $count ->
    [one] losgelassene Kleinigkeit
   *[other] losgelassene Kleinigkeiten
}
garden-noun-kindness = { $count ->
    [one] kleine Geste der Freundlichkeit
   *[other] kleine Gesten der Freundlichkeit
}
garden-noun-gratitude = { $count ->
    [one] Moment der Dankbarkeit
   *[other] Momente der Dankbarkeit
}
garden-noun-feels-off = { $count ->
    [one] ruhiges Wort, dass sich etwas nicht gut anfühlt
   *[other] ruhige Worte, dass sich etwas nicht gut anfühlt
}
garden-noun-moving-forward = { $count ->
    [one] Schritt nach vorn
   *[other] Schritte nach vorn
}
garden-noun-ack = { $count ->
    [one] Würdigung
   *[other] Würdigungen
}
garden-goal-each = jeweils { $count } { $noun } von euch beiden
garden-goal-both = { $count } { $noun } gemeinsam, zu denen ihr beide beitragt
garden-goal-either = { $count } { $noun }, egal von wem von euch
garden-goal-hurt = { $count } { $noun } von der Person, die verletzt wurde
garden-goal-caused = { $count } { $noun } von der Person, die die Verletzung verursacht hat
garden-goal-if-it-helps = wenn es hilft
garden-goal-acknowledged = von der anderen Person gewürdigt
garden-goal-daily = an verschiedenen Tagen
garden-goal-within = { $days ->
    [one] innerhalb eines Tages
   *[other] innerhalb von { $days } Tagen
}

## Einladungen für die Zeile „heute“: jeweils ein Vorschlag, als Infinitiv
## mit „zu“ (sie folgen „beginnt damit, …“ und „Wie wäre es, …?“).
garden-invite-honest-talk = ehrlich darüber zu sprechen, was passiert ist und warum, in einem Tempo, das sich sicher anfühlt
garden-invite-check-in = einander bei einem Check-in zu erzählen, wie es euch gerade geht
garden-invite-promise = ein kleines Versprechen zu geben, eines, das sich sicher halten lässt
garden-invite-kept = eines der Versprechen zu halten, die gegeben wurden
garden-invite-broken = einfach auszusprechen, wenn ein Versprechen nicht geklappt hat; das wiegt viel weniger als Schweigen
garden-invite-quality-time = Zeit miteinander zu verbringen: ein Spaziergang, ein Essen, ein Abend zu Hause
garden-invite-apology = sich aufrichtig für etwas zu entschuldigen, das noch wehtut, falls es so etwas gibt
garden-invite-support = sich Unterstützung zu holen: eine Beratung, eine Therapie oder ein Buch, das ihr gemeinsam lest
garden-invite-let-it-go = eine Kleinigkeit loszulassen
garden-invite-kindness = eine kleine Geste der Freundlichkeit zu schenken
garden-invite-gratitude = etwas zu teilen, wofür du dankbar bist, oder eine liebe Erinnerung
garden-invite-feels-off = behutsam auszusprechen, wenn sich etwas nicht gut anfühlt
garden-invite-moving-forward = festzuhalten, dass du bereit bist, nach vorne zu schauen, wenn es sich wirklich richtig anfühlt und keinen Moment früher
garden-invite-ack = der anderen Person zu sagen: „Ich habe das gesehen, und es hat mir etwas bedeutet“, über etwas, das sie getan hat
garden-invite-moving-forward-caused = die Schuld abzulegen: festzuhalten, dass du davon nach vorne schaust, wenn du so weit bist
garden-invite-moving-forward-hurt = festzuhalten, dass du bereit bist, nach vorne zu schauen, wenn es sich für dich wirklich richtig anfühlt und keinen Moment früher

## Die Zeile „heute“ (chapters/suggest.rs).
garden-today-begins = Wann immer ihr bereit seid: „{ $title }“ beginnt damit, { $invitation }.
garden-today-all-complete = Jedes Kapitel ist abgeschlossen, und der Garten gehört euch. Was auch immer ihr heute Kleines tut, lässt ihn weiter wachsen.
garden-today-tended = Um „{ $title }“ habt ihr euch heute schon gekümmert. Das ist genug; der Rest kann auf einen anderen Tag warten.
garden-today-how-about = „{ $title }“: Wie wäre es, { $invitation }? ({ $done } von { $needed } bisher)
garden-today-once-acknowledged = Es zählt, sobald die andere Person es gesehen und gewürdigt hat.
garden-today-optional = „{ $title }“: Wenn es hilft, wie wäre es, { $invitation }? Das ist ganz eure Wahl; das Kapitel wartet nicht darauf.
garden-today-part-done = Dein Teil von „{ $title }“ ist fürs Erste getan. Der Rest darf sich in seinem eigenen Tempo entfalten, und alles Liebevolle, was du heute tust, lässt den Garten trotzdem wachsen.
garden-today-days-left = Alles, worum „{ $title }“ bittet, ist getan; das Kapitel schließt in { $days ->
    [one] einem weiteren Tag
   *[other] { $days } weiteren Tagen
}, denn Vertrauen wächst in seinem eigenen Tempo. Genießt die Ruhe.
garden-today-trust-left = Alles, worum „{ $title }“ bittet, ist getan; das Kapitel schließt, sobald der Garten noch etwas gewachsen ist (Vertrauen { $percent } %). Die alltägliche Fürsorge lässt ihn wachsen.
