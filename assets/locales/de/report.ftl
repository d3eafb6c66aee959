# report
# Was `status` und `history` ausgeben. Die Bezeichnungen links in `status`
# rückt das Programm auf eine Spalte ein.

## status
# $day: das Datum nach dem Muster report-status-day-pattern
# (chrono: %A Wochentag, %-d Tag, %B Monat, %Y Jahr).
report-status-day-pattern = %A, %-d. %B %Y
report-status-heading = Der Garten von { $first } & { $second }, { $day }
report-status-nothing-yet = Noch nichts eingetragen. Der Garten wartet auf seinen ersten Samen:
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
report-status-noticed = { $first } hat { $first_noticed } Einträge von { $second } gewürdigt; { $second } hat { $second_noticed } von { $first } gewürdigt
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
report-history-label-clock = Zeitzone oder Tagesbeginn geändert
report-history-label-pause = Pause
report-history-label-roles = Wer verletzt wurde
report-history-label-settle = Konflikt geklärt
report-history-label-erase = Notiz gelöscht

# Die Angaben eines Eintrags in wenigen Worten.
report-history-setup = { $first } & { $second }, { $zone }, Tage beginnen um { $day_start }, { $hurt }
report-history-renamed = heißt jetzt { $name }
report-history-clock = ab jetzt { $zone }, Tage beginnen um { $day_start }; die Tage davor bleiben, wie sie waren
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

## Die Speicherdatei: was mit ihr nicht stimmt und was beim Öffnen geschah.
# $path ist die Datei, $line eine Zeilennummer (1 ist die Kopfzeile).
report-journal-not-utf8 = kein UTF-8 (fehlerhaftes Byte in Spalte { $column })
report-journal-no-checksum = keine Prüfsumme `// crc32c=` am Ende der Zeile
report-journal-bad-checksum = falsche Prüfsumme (die Zeile sagt { $found }, ihr Text ergibt { $expected })
report-journal-unreadable = unlesbare Zeile mit gültiger Prüfsumme: { $why }
report-journal-out-of-range = außerhalb des gültigen Bereichs: { $why }
# Warum ein Eintrag nicht bleiben kann, wie er ist ($why oben und in Ablehnungen).
report-journal-date-outside-years = das Datum { $date } liegt außerhalb der Jahre { $first }–{ $last }
report-journal-offset-seconds = der UTC-Versatz { $offset } enthält Sekunden
report-journal-unopened = verschlüsselte Zeile, die sich mit dem Schlüssel dieser Speicherdatei nicht öffnen lässt (beschädigt, abgeschnitten oder aus einem anderen Eintrag oder einer anderen Speicherdatei verschoben)
report-journal-plain-in-sealed = eine Klartextzeile in einer verschlüsselten Speicherdatei
report-journal-sealed-in-plain = eine verschlüsselte Zeile in einer Klartext-Speicherdatei
report-journal-duplicate-line = Eintrag { $id } kommt noch einmal mit anderem Inhalt vor (zuerst in Zeile { $first_line })
report-journal-line = Zeile { $line }: { $problem }
report-journal-torn-tail = letzte Zeile abgeschnitten ({ $bytes } Bytes, kein Zeilenende); sie wurde nicht fertig geschrieben
report-journal-missing-newline = der letzten Zeile fehlt das Zeilenende
report-journal-damaged-newline = die letzte Zeile endet mit einem beschädigten Byte, wo ihr Zeilenende war
report-journal-newer-event = Eintrag { $id } stammt aus einer neueren Version von trust-garden ({ $why })
report-journal-newer-line = Zeile aus einer neueren Version von trust-garden ({ $why })
report-journal-newer-format-line = Dateiformat { $found } ist neuer, als diese Version unterstützt ({ $supported }); nur lesbar

report-journal-io = { $path }: { $doing }: { $error }
report-journal-already-exists = { $path }: gibt es schon; sie wird nicht überschrieben
report-journal-empty = { $path }: leere Datei (0 Bytes), keine trust-garden-Speicherdatei; sie bleibt, wie sie ist
report-journal-not-a-save = { $path }:1: keine trust-garden-Speicherdatei ({ $why }); die Datei bleibt, wie sie ist
report-journal-damaged-header = { $path }:1: Die erste Zeile der Speicherdatei ist beschädigt ({ $why }), die Zeilen danach sind unversehrt; es wurde nichts geändert. `trust-garden verify --repair` baut die erste Zeile neu auf (aus einer Kopie der Speicherdatei daneben, wenn es eine gibt) und behält jede andere Zeile
report-journal-newer-format = { $path }:1: Dateiformat { $found } ist neuer, als diese Version unterstützt ({ $supported }); hier ist es nur lesbar. Aktualisiere trust-garden, um hineinzuschreiben
report-journal-rewrite-refused = { $path }: Die Speicherdatei wird nicht neu geschrieben: { $why }
report-journal-duplicate-id = { $path }: Eintrag { $id } ist schon in der Speicherdatei
report-journal-encode = Eintrag { $id }: lässt sich nicht schreiben: { $why }
report-journal-another-garden = { $path }:1: die Speicherdatei eines anderen Gartens (ihre Kopfzeile nennt ein anderes Protokoll), keine Kopie dieses Gartens; es wurde nichts zusammengeführt, und sie bleibt, wie sie ist
report-journal-sealed = { $path }: { $problem }
report-journal-other-seal = { $path }: { $what }; sie wurde nicht zusammengeführt und bleibt, wie sie ist, damit keine Klartextzeile in eine verschlüsselte Speicherdatei gelangt. Um ihre Einträge zu übernehmen, macht beide zu Klartext (`trust-garden decrypt` und `decrypt --save KOPIE`), führt sie zusammen und dann wieder `trust-garden encrypt`
report-journal-plain-copy = eine Klartextkopie dieses verschlüsselten Gartens
report-journal-encrypted-copy = eine verschlüsselte Kopie dieses Klartext-Gartens
report-journal-own-seal-copy = eine eigenständig verschlüsselte Kopie dieses Gartens (andere Passphrase oder anderes Salt)

# Warum sich eine verschlüsselte Speicherdatei nicht öffnet ($problem in report-journal-sealed).
report-journal-seal-no-passphrase = Die Speicherdatei ist verschlüsselt; gib ihre Passphrase an (--passphrase-file DATEI oder TRUST_GARDEN_PASSPHRASE)
report-journal-seal-wrong-passphrase = Diese Passphrase öffnet die Speicherdatei nicht; es wurde nichts geändert
report-journal-seal-bad-params = Die Verschlüsselungseinstellungen der Speicherdatei: { $why }
report-journal-seal-too-short = Eine Passphrase braucht mindestens { $count } Zeichen
report-journal-seal-wrong-key = Der auf diesem Gerät gespeicherte Schlüssel öffnet diese Speicherdatei nicht
report-journal-seal-unknown-kdf = unbekannte Schlüsselableitung { $name }
report-journal-seal-outside-range = { $setting } { $value } liegt außerhalb von { $range }
report-journal-seal-salt = Salt: { $error }

# Warum eine erste Zeile keine Kopfzeile einer Speicherdatei ist ($why in
# report-journal-not-a-save und report-journal-damaged-header); $error sind RONs eigene Worte.
report-journal-header-not-utf8 = die erste Zeile ist kein UTF-8-Text
report-journal-header-damaged = erste Zeile: { $damage }
report-journal-header-not-a-header = die erste Zeile ist keine Kopfzeile: { $error }
report-journal-header-format-unsealable = erste Zeile: Format { $format } lässt sich nicht verschlüsseln
report-journal-header-seal-missing = erste Zeile: die Kopfzeile einer verschlüsselten Speicherdatei ohne ihre Verschlüsselungsangaben

# Warum die Speicherdatei gerade nicht neu geschrieben wird ($why in
# report-journal-rewrite-refused und report-journal-notice-words-left).
report-journal-blocked-newer-format = ihr Format ({ $found }) ist neuer als das dieser Version
report-journal-blocked-newer-line = Zeile { $line } stammt aus einer neueren Version von trust-garden
report-journal-blocked-set-aside = Zeile { $line } ist beiseitegelegt ({ $damage })
report-journal-blocked-unreadable-line = Zeile { $line } lässt sich nicht lesen; es wurde nichts geändert
report-journal-blocked-unreadable-beside = Dateien neben ihr enthalten Zeilen, die sich nicht verschlüsseln lassen (eine bei einem Absturz abgeschnittene Zeile, eine beschädigte Zeile, eine aus einem anderen Garten): { $files }; es wurde nichts geändert. Schaut sie euch an und entfernt diese Zeilen dann mit `encrypt --discard-unreadable`
report-journal-blocked-file-lines = { $path } ({ $count ->
    [one] Zeile
   *[other] Zeilen
} { $lines })

# Ein anderes Programm hat die Speicherdatei beim Schreiben verändert ($error in report-journal-io).
report-journal-kept-replaced-writing = ein anderes Programm hat die Datei beim Schreiben immer wieder ersetzt; versuch es noch einmal
report-journal-kept-replaced-rewriting = ein anderes Programm hat die Datei beim Neuschreiben immer wieder ersetzt; versuch es noch einmal
report-journal-changed-since-read = sie hat sich seit dem Lesen verändert; lies sie noch einmal

# Was `verify --repair` mit einer beschädigten ersten Zeile getan hat.
report-journal-repaired = { $path }: Die erste Zeile wurde neu aufgebaut ({ $from }); { $count ->
    [one] die Zeile danach ist unverändert
   *[other] die { $count } Zeilen danach sind unverändert
}; die beschädigte Zeile wurde in { $damaged } aufbewahrt
report-journal-repair-from-copy = übernommen aus { $path }
report-journal-repair-new-log = neu: Es wurde keine Kopie dieses Gartens gefunden, darum nennt sie ein neues Protokoll; das Gerät deines Partners oder deiner Partnerin führt seine Speicherdatei damit zusammen, sobald es diese Datei hat
# Warum es nicht ging ($why in report-journal-not-a-save).
report-journal-repair-one-damaged-line = sie enthält nur eine einzige beschädigte Zeile
report-journal-repair-no-intact-entry = auf ihre erste Zeile folgt kein unversehrter Eintrag
report-journal-repair-sealed-no-copy = ihre Zeilen sind verschlüsselt, und die beschädigte erste Zeile enthielt die Einstellungen des Schlüssels; es wurde keine Kopie dieses Gartens gefunden, aus der sie sich übernehmen ließen: Nenne eine (die Speicherdatei deines Partners oder deiner Partnerin) mit `verify --repair --from KOPIE`; es wurde nichts geändert
report-journal-repair-changed-meanwhile = ein anderes Programm hat die Speicherdatei inzwischen verändert; es wurde nichts geändert, versuch es noch einmal

# Was ein Dateizugriff gerade tat, als er scheiterte ($doing oben).
report-journal-doing-reading = beim Lesen
report-journal-doing-opening = beim Öffnen
report-journal-doing-opening-for-append = beim Öffnen zum Anhängen
report-journal-doing-opening-for-writing = beim Öffnen zum Schreiben
report-journal-doing-opening-the-lock-file = beim Öffnen der Sperrdatei
report-journal-doing-appending = beim Anhängen
report-journal-doing-creating = beim Anlegen
report-journal-doing-creating-the-folder = beim Anlegen des Ordners
report-journal-doing-listing-the-folder = beim Auflisten des Ordners
report-journal-doing-locking = beim Sperren
report-journal-doing-moving-into-the-archive = beim Verschieben ins Archiv
report-journal-doing-removing = beim Entfernen
report-journal-doing-repairing = beim Reparieren
report-journal-doing-replacing = beim Ersetzen
report-journal-doing-restoring-the-last-line-end = beim Wiederherstellen des letzten Zeilenendes
report-journal-doing-rewriting = beim Neuschreiben
report-journal-doing-syncing-the-folder = beim Synchronisieren des Ordners
report-journal-doing-writing = beim Schreiben
report-journal-doing-writing-the-first-line = beim Schreiben der ersten Zeile
report-journal-doing-cutting-off-the-torn-last-line = beim Abtrennen der abgeschnittenen letzten Zeile

# Was das Öffnen der Speicherdatei getan hat, je ein Hinweis.
report-journal-notice-newer-format = Das Format der Speicherdatei ({ $found }) ist neuer als das dieser Version; hier ist sie nur lesbar
report-journal-notice-torn-tail = Zeile { $line }: Ein unvollendeter Schreibvorgang ({ $bytes } Bytes) wurde nach { $path } verschoben und abgetrennt
report-journal-notice-completed-line = Zeile { $line }: das fehlende Zeilenende wurde ergänzt
report-journal-notice-restored-line-end = Zeile { $line }: Ihr Zeilenende war ein beschädigtes Byte und wurde wiederhergestellt
report-journal-notice-read-only-tail = Zeile { $line }: Die letzte Zeile ist unvollständig, und die Speicherdatei liegt auf schreibgeschütztem Speicher, darum blieb sie, wie sie ist
report-journal-notice-set-aside = Zeile { $line }: beiseitegelegt, { $damage }
report-journal-notice-set-aside-file = beiseitegelegte Zeilen kopiert nach { $path }
report-journal-notice-newer-line = Zeile { $line }: aus einer neueren Version von trust-garden, bleibt, wie sie ist
report-journal-notice-merged-copy = Konfliktkopie { $copy } zusammengeführt ({ $added } neue Einträge, { $conflicts } Konflikte) und nach { $archived } verschoben
report-journal-notice-words-left = Gelöschte Worte stehen noch in der Datei, denn sie lässt sich gerade nicht neu schreiben ({ $why }); sie werden nie angezeigt und entfernt, sobald es geht
report-journal-notice-other-garden = { $path } heißt wie eine Konfliktkopie, enthält aber einen anderen Garten; sie bleibt unangetastet
report-journal-notice-unmerged-copy = Die Konfliktkopie { $copy } ließ sich nicht zusammenführen: { $error }
