# cli
# Was der Befehl `trust-garden` für Menschen ausgibt. Nie übersetzt: JSON,
# CSV, Befehls- und Optionsnamen (--by, --at …), Handlungsnamen (honest-talk)
# und Wörter, die als Werte eingegeben werden (this, other, both, unsaid).
# Eingegebene Werte ($typed, $text) kommen mit Anführungszeichen an.

cli-error = Fehler: { $message }
cli-internal-error = Fehler: interner Fehler{ $place }: { $message } (bitte melde das)
cli-internal-error-place = {" "}in { $file }:{ $line }
cli-note = Hinweis: { $path }: { $notice }
cli-cannot-write-stdout = Die Standardausgabe lässt sich nicht schreiben: { $error }
cli-cannot-write-status-json = Der Status lässt sich nicht als JSON schreiben: { $error }
cli-cannot-write-history-json = Der Verlauf lässt sich nicht als JSON schreiben: { $error }
cli-cannot-create-folder = Der Ordner { $path } lässt sich nicht anlegen: { $error }
cli-no-app = Diese Version enthält keine App; bau sie mit den Standard-Features neu.

## Die Speicherdatei
cli-no-save = Unter { $path } gibt es keine Speicherdatei; leg eine an mit `trust-garden init --partners NAME NAME` (oder verweise mit --save / TRUST_GARDEN_SAVE auf eine vorhandene).
cli-save-exists = { $path } gibt es schon; es wurde nichts geändert (wähl einen anderen Pfad mit --save oder verschieb die Datei vorher).
cli-save-path-empty = Der Pfad zur Speicherdatei ist leer (prüf --save oder TRUST_GARDEN_SAVE).
cli-no-home = Für die Speicherdatei lässt sich kein Home-Verzeichnis finden; gib --save PFAD an oder setz TRUST_GARDEN_SAVE.
cli-not-set-up = Die Speicherdatei enthält keinen Anfangseintrag (Namen, Zeitzone); wurde sie mit `init` angelegt?

## Passphrasen
cli-encrypt-needs-passphrase = --encrypt: Gib die neue Passphrase mit --passphrase-file DATEI oder TRUST_GARDEN_PASSPHRASE an (nie auf der Befehlszeile); es wurde nichts geschrieben.
cli-passphrase-not-utf8 = { $variable }: Die Passphrase ist kein gültiges UTF-8.
cli-passphrase-empty = Die angegebene Passphrase ist leer ({ $source }).
cli-passphrase-file-unreadable = --passphrase-file { $path }: { $error }
cli-passphrase-file-not-text = --passphrase-file { $path }: kein UTF-8-Text

## Eingegebene Namen, IDs und Zeiten
cli-not-a-partner = --by { $typed } ist keiner von euch beiden (ihr heißt { $first } und { $second }).
cli-hurt-not-a-partner = --hurt { $typed } ist weder einer von euch beiden noch `both` oder `unsaid` (ihr heißt { $first } und { $second }).
cli-partners-two = --partners braucht genau zwei Namen.
cli-partners-empty = --partners: Ein Name darf nicht leer sein.
cli-partners-same = --partners: Die beiden Namen müssen sich unterscheiden ({ $name } steht zweimal da).
cli-id-empty = Eine Eintrags-ID darf nicht leer sein.
cli-no-such-id = Kein Eintrag hat eine ID, die mit { $typed } beginnt oder endet.
cli-ambiguous-id = Die ID { $typed } ist nicht eindeutig: Sie könnte { $candidates }{ $more } sein; gib mehr davon ein.
cli-ambiguous-id-more = {" "}und { $count } weitere
cli-not-a-time = --at { $typed } ist keine Zeitangabe: Nimm RFC 3339 (2026-05-01T21:30:00+02:00) oder JJJJ-MM-TT HH:MM in eurer Zeitzone ({ $zone }).
cli-skipped-time = --at { $typed } gibt es in { $zone } nicht (die Uhren überspringen diese Zeit bei der Zeitumstellung).
cli-not-a-date = { $flag } { $typed } ist kein Datum (erwartet: JJJJ-MM-TT).
cli-not-a-time-of-day = --day-starts { $typed } ist keine Uhrzeit (erwartet: HH:MM, z. B. 04:00).

## init und demo
cli-init-done = Ein neuer Garten für { $first } und { $second } ({ $zone }, Tage beginnen um { $day_start }).
    Gespeichert in { $path }
cli-demo-days-out-of-range = --days { $days } liegt außerhalb des möglichen Bereichs (1 bis { $max }).
cli-demo-bad-zone = --tz { $typed } ist keine IANA-Zeitzone (z. B. Europe/Berlin).
cli-demo-too-far-back = --days { $days } reicht vor den Anfang des Kalenders zurück.
cli-demo-done = { $count } Einträge ({ $days } Tage, Seed { $seed }) für { $first } und { $second } in { $path } geschrieben

## conflicts und settle („this“ und „other“ nimmt --keep)
cli-no-conflicts = Keine Konflikte zu klären.
cli-conflict-entry = Eintrag { $id }
cli-conflicts-how = Kläre jeden mit `trust-garden settle ID --keep this|other --by NAME`
cli-no-such-conflict = Es gibt keinen offenen Konflikt mit der ID { $typed }; `trust-garden conflicts` listet sie auf.
cli-ambiguous-conflict = { $typed } passt zu mehr als einem Konflikt; gib mehr davon ein.

## encrypt und decrypt
cli-encrypt-needs-passphrase-now = encrypt: Gib die Passphrase mit --passphrase-file DATEI oder TRUST_GARDEN_PASSPHRASE an (nie auf der Befehlszeile); es wurde nichts geändert.
cli-encrypted = { $path } ist jetzt verschlüsselt
cli-already-encrypted = { $path } war schon verschlüsselt
cli-decrypted = { $path } ist wieder Klartext
cli-already-plain = { $path } war schon Klartext
cli-sealed-side-files = ; { $count ->
    [one] auch { $count } Datei daneben
   *[other] auch { $count } Dateien daneben
}
cli-sealed-removed = { $path } entfernt (sie enthielt nur Zeilen, die sich nicht verschlüsseln ließen)
cli-unreadable-removed = { $count ->
    [one] { $count } unlesbare Zeile neben der Speicherdatei wurde entfernt
   *[other] { $count } unlesbare Zeilen neben der Speicherdatei wurden entfernt
}
cli-unreadable-left = { $count ->
    [one] { $count } unlesbare Zeile neben der Speicherdatei blieb, wie sie war (sie lässt sich nicht öffnen)
   *[other] { $count } unlesbare Zeilen neben der Speicherdatei blieben, wie sie waren (sie lassen sich nicht öffnen)
}

## export und summary
cli-export-sealed = { $path } ist verschlüsselt, ein CSV-Export dagegen ist Klartext: Wer die Datei lesen kann, liest jede Notiz darin. Es wurde nichts geschrieben; füg --plain-text hinzu, wenn du trotzdem exportieren möchtest.
cli-export-done = { $count } Einträge in { $path } geschrieben
cli-export-nothing-exported = { $error }; es wurde nichts exportiert
cli-summary-sealed = { $path } ist verschlüsselt, die Zusammenfassung dagegen ist eine offene Seite: Wer die Datei lesen kann, liest, was sie über eure Wochen sagt. Es wurde nichts geschrieben; füg --plain-text hinzu, wenn du sie trotzdem erstellen möchtest.
cli-summary-from-after-to = --from { $from } liegt nach --to { $to }; es wurde nichts geschrieben.
cli-summary-to-after-today = --to { $to } liegt nach heute ({ $today }); es wurde nichts geschrieben.
cli-summary-done = Zusammenfassung vom { $from } bis { $to } in { $path } geschrieben
cli-summary-done-with-notes = Zusammenfassung vom { $from } bis { $to } in { $path } geschrieben (mit euren Notizen)

## levels
cli-levels-broken-built-in = Die eingebauten Kapitel sind fehlerhaft (ein Fehler in dieser Version): { $problem }
cli-not-a-folder = { $path } ist kein Ordner.
cli-levels-ok = ok: { $count } Kapitel in { $path }

## verify und merge
cli-verify-ok = ok: { $path } hat keine Probleme
cli-merge-no-such-file = { $path }: Diese Datei zum Zusammenführen gibt es nicht.
cli-merge-itself = { $path } ist die Speicherdatei selbst; da gibt es nichts zusammenzuführen.
cli-merged = { $other } zusammengeführt: { $added } neu, { $present } schon vorhanden{ $settled }{ $written }
cli-merged-settled = , { $count } in anderer Fassung, geklärt
cli-merged-appended = ; an die Speicherdatei angehängt
cli-merge-conflict = Konflikt: Eintrag { $id } unterscheidet sich zwischen der Speicherdatei und { $other }; die Fassung der Speicherdatei bleibt
cli-merge-conflicts-file = Beide Fassungen jedes Konflikts stehen in { $path }
cli-merge-not-merged = { $other }: { $problem } (nicht zusammengeführt)

## clock, rename und zones: den Anfang später ändern
cli-clock-done = Ab jetzt richten sich eure Tage nach { $zone } und beginnen um { $day_start }. Die Tage davor bleiben, wie sie waren.
cli-rename-done = { $before } heißt jetzt { $name }.
cli-zones-none = Keine Zeitzone passt zu { $query }; versuch es mit ein paar Buchstaben einer Stadt, z. B. „berl“ oder „new york“.
