# report
# Was `status` und `history` ausgeben. Die Bezeichnungen links in `status`
# rückt das Programm auf eine Spalte ein.

## status
# $day: das Datum nach dem Muster report-status-day-pattern
# (chrono: %A Wochentag, %-d Tag, %B Monat, %Y Jahr).
report-status-day-pattern = %A, %-d. %B %Y
report-status-heading = Der Garten von { $first } & { $second }, { $day }
report-status-nothing-yet = Noch nichts eingetragen. Der Garten wartet auf seinen ersten Samen:
report-percent = { $value } %
report-status-trust = Vertrauen
report-status-streak = Serie
report-status-streak-value = { $days ->
    [0] noch keine; jede Handlung heute beginnt eine
    [one] 1 Tag
   *[other] { $days } Tage am Stück
} (bisher beste: { $best })
report-status-weather = Wetter
report-status-recent-mood = , Stimmung zuletzt { $mood } von 5
report-status-clouds = { $count ->
    [one] , eine Wolke ({ $hint })
   *[other] , { $count } Wolken ({ $hint }, jeweils)
}
report-status-storm = Sturm
report-status-together = Gemeinsam
report-status-paused = Pause
report-status-paused-value = Heute ist ein Pausentag: Nichts verblasst, die Serie wartet.
report-status-chapter = Kapitel { $number } von { $total }: { $title }
report-status-chapter-days = Tag { $days_in } von mindestens { $min_days }: Dieser Teil lässt sich nicht beschleunigen
report-status-chapter-trust = Es wartet auch darauf, dass der Garten { $percent } Vertrauen erreicht
report-status-plants = Pflanzen
report-status-wilted = , ein wenig welk
report-status-weeds = { $count ->
    [one] ein Unkraut: { $hint }
   *[other] { $count } Unkräuter: { $hint }, jeweils
}
report-status-noticed = { $first } hat { $first_noticed } Einträge von { $second } wahrgenommen; { $second } hat { $second_noticed } von { $first } wahrgenommen
report-status-open-promises = Offene Versprechen
report-status-due = , fällig am { $due }
report-status-events = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} im Protokoll{ $aside }.
report-status-set-aside = ; { $count ->
    [one] { $count } beschädigte Zeile beiseitegelegt
   *[other] { $count } beschädigte Zeilen beiseitegelegt
}, siehe `trust-garden verify`

# Der Himmel über dem Garten.
report-sky-storm-lingers = über dem Garten hängt noch ein Sturm
report-sky-clear = klarer Himmel
report-sky-fair = heiter
report-sky-overcast = bedeckt
report-sky-rain = Regen; der Boden trinkt ihn
report-sky-stormy = stürmisch

# Die Pflanzen und ihre Wachstumsstufen.
report-species-roots = Wurzeln
report-species-soil = Boden
report-species-tree = Baum
report-species-flowers = Blumen
report-species-trellis = Rankgitter
report-species-paths = Wege
report-species-pollinators = Bestäuber
report-species-lanterns = Laternen
report-stage-seed = Samen
report-stage-sprout = Keimling
report-stage-young = jung
report-stage-mature = ausgewachsen
report-stage-flourishing = in voller Blüte

## history
# Zeiten bleiben JJJJ-MM-TT HH:MM, so wie --at sie nimmt.
report-history-empty = Noch nichts eingetragen.
report-history-retracted = {" "}[zurückgenommen]
report-history-id = ID { $id }
report-history-note = Notiz: { $note }
report-history-amended = {" "}(geändert)
report-history-seen-by = ✓ gesehen von { $name } ({ $when })
report-history-no-note = keine Notiz
report-history-edited-after-seen = ✎ geändert, nachdem { $name } es gesehen hat; { $name } hat gesehen: { $then }
report-history-taken-back-after-seen = ✗ zurückgenommen, nachdem { $name } es gesehen hat
report-history-retracted-by = ✗ zurückgenommen von { $name } ({ $when }){ $reason }
report-history-unretracted-by = ↺ eine Rücknahme aufgehoben von { $name } ({ $when }){ $reason }

# Einträge, die keine Handlungen sind.
report-history-label-setup = Garten angelegt
report-history-label-rename = Umbenannt
report-history-label-pause = Pause
report-history-label-roles = Wer verletzt wurde
report-history-label-settle = Konflikt geklärt
report-history-label-erase = Notiz gelöscht

# Die Angaben eines Eintrags in wenigen Worten.
report-history-setup = { $first } & { $second }, { $zone }, Tage beginnen um { $day_start }, { $hurt }
report-history-renamed = heißt jetzt { $name }
report-history-check-in = Stimmung { $mood }/5, { $calm ->
    [yes] ruhig
   *[no] angespannt
}
report-history-due = { $text }, fällig am { $due }
report-history-minutes = { $minutes } Min.
report-history-minutes-what = { $minutes } Min., { $what }
report-history-support-therapy = Therapie
report-history-support-counselling = Beratung
report-history-support-book = Buch
report-history-support-other = Sonstiges
report-history-pause = { $from } bis { $to }
report-history-promise = Versprechen { $id }
