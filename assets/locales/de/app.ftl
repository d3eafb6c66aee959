# Die eigenen Worte der App (src/app). Garten-, Kapitel- und Pflanzenwörter
# stehen in garden.ftl und levels.ftl.

## Obere Leiste und Navigation (ui/mod.rs)

app-hide = Verbergen
app-who-holds-device = Wer dieses Gerät gerade hält
app-i-am = Ich bin
app-nav-garden = Garten
app-nav-history = Verlauf
app-nav-journey = Weg
app-nav-stats = Statistik
app-nav-settings = Optionen
app-notice-repair = Reparieren
app-notice-ok = OK

## Gartenansicht (ui/garden.rs)

app-garden-scene-name = Euer Garten. { $description }
app-lapse-hint = Zeitraffer: zieh zurück und sieh den Garten wachsen
app-lapse-today = heute
app-lapse-name = Zeitraffer: der Garten an einem früheren Tag
app-lapse-back-to-today = Zurück zu heute
app-log-something = +  Eintragen, was wir getan haben
app-weather-storm = Der Sturm: { $hint }.
app-weather-cloud = Eine Wolke: { $hint }.
app-weather-weed = Unkraut: { $hint }.
app-today-card = Heute
app-plant-close = Schließen
app-plant-stage = { $stage ->
    [Seed] Ein Samen, der auf die erste Pflege wartet.
    [Sprout] Ein Keimling, der gerade Fuß fasst.
    [Young] Jung und im Wachsen.
    [Mature] Ausgewachsen, und noch wird es voller.
   *[Flourishing] In voller Blüte.
}
# $next ist die Stufe, der sie nahe ist: Sprout, Young, Mature oder Flourishing.
app-plant-close-to = { $next ->
    [Sprout] Kurz vor dem Keimen.
    [Young] Kurz davor, größer zu werden.
    [Mature] Kurz davor, ausgewachsen zu sein.
   *[Flourishing] Kurz vor der vollen Blüte.
}
app-plant-wilted = Nach einer schweren Zeit etwas welk; mit Zeit und Pflege erholt es sich.
app-plant-cared-by-both = Ihr habt euch beide darum gekümmert (bisher { $times } Mal).
app-plant-cared-by-one = Bisher hat sich { $name } darum gekümmert ({ $times ->
    [one] einmal
   *[other] { $times } Mal
}).
app-plant-tap-hint = Tippe auf eine Pflanze, um zu sehen, was sie wachsen ließ.
app-plant-not-fed-yet = Noch hat sie nichts genährt.
app-plant-grew-lately = Was sie zuletzt wachsen ließ
app-quoted = „{ $text }“

## Ein Eintrag in einer Zeile (ui/words.rs)

app-entry-setup = Garten angelegt: { $first } & { $second }
app-entry-rename = Umbenannt in { $name }
app-entry-retract = Zurückgenommen: { $what }
app-entry-amend = Notiz geändert bei: { $what }
app-entry-pause = Pause vom { $from } bis { $to }
app-entry-roles = Noch einmal gesagt, wer verletzt wurde: { $said }
app-entry = Eintrag
app-entry-mood = Stimmung { $mood }{ $calm ->
    [yes] , ruhig
   *[no] , angespannt
}
app-entry-promise-due = „{ $text }“ bis { $due }
app-entry-minutes-what = { $minutes } Min., { $what }
app-entry-minutes = { $minutes } Min.
app-entry-detail = { $title } · { $detail }
app-entry-unknown = ein Eintrag, der nicht in diesem Speicherstand ist
app-support-therapy = Paartherapie
app-support-counselling = Beratung
app-support-book = ein gemeinsames Buch
app-support-other = andere Unterstützung

## Einstellungen (ui/settings.rs)

app-cancel = Abbrechen
app-settings-heading = Einstellungen
app-settings-save = Unser Speicherstand
app-settings-save-entries = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}. Teilt diese Datei zwischen euren Geräten (ein synchronisierter Ordner genügt).
app-settings-merge = Den Speicherstand der anderen Person zusammenführen
app-settings-merge-hint = Pfad zu seiner oder ihrer Datei
app-settings-merge-name = Pfad zum Speicherstand der anderen Person
app-settings-merge-button = Zusammenführen
app-merge-explain = Die Einträge der anderen Person kommen zu deinen hinzu; von deinen wird nichts geändert oder verloren. Die Kopie eines anderen Paares wird abgelehnt.
app-merge-choose = Datei der anderen Person auswählen…
app-merge-dialog-title = Speicherstand der anderen Person auswählen
app-merge-dialog-filter = Trust-Garden-Speicherstand
app-merge-dialog-open = Das Dateifenster ist offen.
app-merge-look-again = Erneut suchen
app-merge-found = { $count ->
    [one] Auf diesem Gerät gefunden:
   *[other] Auf diesem Gerät gefunden, neueste zuerst:
}
app-merge-found-about = Führt diese Kopie mit deiner zusammen
app-merge-found-sealed = verschlüsselt
app-merge-none-found = Noch keine Kopie eures Gartens gefunden. Lege die Datei der anderen Person in { $folder } ab und tippe dann auf „Erneut suchen“.
app-merge-type-path = Stattdessen einen Pfad eingeben

## In a browser (web_files.rs): the save is on this device only
app-web-send-explain = In diesem Browser liegt euer Garten nur auf diesem Gerät. Schick ihn der anderen Person und öffne den, den sie dir schickt: Dann enthalten beide jeden Eintrag.
app-web-send = Unseren Garten senden
app-web-open = Ihre Datei öffnen…
app-web-sent = Euer Garten ging als { $file } hinaus. Die andere Person öffnet ihn mit „Ihre Datei öffnen…“.
app-web-send-failed = Der Garten konnte zum Senden nicht gelesen werden: { $why }
app-web-storage-trouble = Dieser Browser hat die letzte Änderung nicht behalten ({ $why }). Sie ist zu sehen, aber weg, sobald die Seite geschlossen wird: Schaffe Platz auf diesem Gerät und trage sie dann noch einmal ein.
app-settings-export = Als CSV exportieren
app-settings-export-name = Dateiname für den CSV-Export
app-settings-export-button = Exportieren
app-export-dialog-title = Export speichern
app-export-dialog-filter = CSV-Tabelle
app-settings-export-plain-warning = Unser Garten ist verschlüsselt, und eine CSV-Datei ist Klartext: Wer sie öffnen kann, liest jede Notiz. Trotzdem exportieren?
app-settings-export-anyway = Trotzdem exportieren
app-settings-device = Auf diesem Gerät
app-settings-theme = Farbschema
app-settings-light = Hell
app-settings-dark = Dunkel
app-settings-text-size = Textgröße
app-settings-text-small = Klein
app-settings-text-normal = Normal
app-settings-text-large = Groß
app-settings-text-larger = Größer
app-settings-motion = Bewegung
app-settings-motion-system = { $asks ->
    [reduce] System (reduziert)
   *[gentle] System (sanft)
}
app-settings-motion-gentle = Sanfte Bewegung
app-settings-motion-reduce = Bewegung reduzieren
app-settings-language = Sprache
app-settings-language-system = System ({ $name })
app-settings-kept-in = Gespeichert in { $path }

## Our garden in Settings: names and clock, shared (ui/settings.rs)

app-couple-heading = Unser Garten, für euch beide
app-couple-shared = Eure Namen, eure Zeitzone und euer Tagesbeginn gehören euch beiden: Eine Änderung hier seht ihr beide, und sie bleibt wie jeder Eintrag im Protokoll festgehalten.
app-couple-save-names = Namen speichern
app-couple-day-start = Unser Tag beginnt um
# $zone is a time zone's name, $time an hour like 04:00.
app-couple-clock-from-now = Ab jetzt folgen eure Tage { $zone } und beginnen um { $time }. Die Tage davor bleiben, wie sie waren.
app-couple-clock-apply = Unsere Uhr ändern

## Finding a time zone (ui/zone_picker.rs)

app-zone-chosen = Zeitzone: { $zone }
app-zone-search = Zeitzone über eine Stadt finden
app-zone-search-hint = Stadt, z. B. Berlin
# A zone in the list, with the time there now ($time, 24-hour).
app-zone-row = { $zone } · { $time }
app-zone-none = Keine Zeitzone passt zu „{ $typed }“. Versuch es mit einer großen Stadt in der Nähe.
app-zone-more = { $count ->
    [one] Noch eine: tipp ein paar Buchstaben mehr.
   *[other] Noch { $count }: tipp ein paar Buchstaben mehr.
}
app-lock-heading = Dieses Gerät sperren
app-lock-about = Eine PIN, nach der die App beim Öffnen und bei der Rückkehr fragt. Sie bleibt nur auf diesem Gerät; die andere Person legt eine eigene fest. „Verbergen“ (oben) verdeckt den Bildschirm sofort.
app-lock-new-pin = Neue PIN (4–8 Ziffern)
app-lock-pin-again = Dieselbe PIN noch einmal
app-lock-set-pin = PIN festlegen
app-lock-pins-differ = Die beiden PINs sind verschieden.
app-lock-ask-again = Nach einer Pause erneut fragen:
app-lock-after = { $minutes ->
    [0] sofort
   *[other] { $minutes } Min.
}
app-lock-current-pin = Aktuelle PIN
app-lock-remove-pin = PIN entfernen
app-roles-heading = Wer verletzt wurde
app-roles-both = Wir beide
app-roles-not-said = Das sagen wir lieber nicht
app-roles-change-needs-agreement = Eine Änderung gilt, sobald die andere Person ihr im Verlauf zustimmt.
app-roles-change-waiting = Eine Änderung wartet darauf, dass die andere Person ihr im Verlauf zustimmt.
app-summary-heading = Eine Zusammenfassung für die Beratung
app-summary-about = Die letzten vier Wochen auf einer Seite, für eure nächste Sitzung: das Vertrauen im Lauf der Zeit, was jeder von euch getan hat, Versprechen, Check-ins und ein paar Worte pro Woche. Sie wird neben unserem Garten gespeichert.
app-summary-with-notes = Unsere Notizen einbeziehen
app-summary-make = Zusammenfassung erstellen
app-summary-save-as = Speichern unter…
app-summary-dialog-title = Zusammenfassung speichern
app-summary-dialog-filter = Webseite
app-summary-plain-warning = Unser Garten ist verschlüsselt, und die Zusammenfassung ist eine unverschlüsselte Seite: Wer sie öffnen kann, liest sie. Trotzdem erstellen?
app-summary-make-anyway = Trotzdem erstellen
app-key-heading = Die Passphrase auf diesem Gerät
app-key-kept = Dieses Gerät bewahrt den Schlüssel des Gartens in seinem Schlüsselbund auf, daher öffnet sich der Garten hier ohne Passphrase (die PIN wird weiterhin abgefragt, falls eine festgelegt ist).
app-key-forget = Auf diesem Gerät vergessen
app-key-not-kept = Dieses Gerät fragt bei jedem Öffnen der App nach der Passphrase.
app-key-keep = Auf diesem Gerät merken
app-key-problem = Der Schlüsselbund meldete: { $problem }
app-seal-heading = Unseren Garten verschlüsseln
app-seal-done = Unser Garten ist verschlüsselt: Ohne die Passphrase verrät die synchronisierte Datei kein Wort davon.
app-seal-about = Dann verrät die synchronisierte Datei ohne die Passphrase kein Wort davon. Wählt sie gemeinsam: Jeder von euch braucht sie auf jedem Gerät, und wenn sie vergessen wird, lässt sie sich nicht wiederherstellen.
app-seal-passphrase = Passphrase (mindestens { $count } Zeichen)
app-seal-passphrase-again = Dieselbe Passphrase noch einmal
app-seal-encrypt = Verschlüsseln
app-seal-too-short = Eine Passphrase braucht mindestens { $count } Zeichen.
app-seal-differ = Die beiden Passphrasen sind verschieden.

## Das Eintragsblatt (ui/log.rs)

app-log-together-dinner = Abendessen
app-log-together-walk = ein Spaziergang
app-log-together-night-in = ein Abend zu Hause
app-log-together-day-out = ein Ausflug
app-log-together-long-talk = ein langes Gespräch
app-log-promise-where = Ich sage dir, wo ich bin
app-log-promise-phone = Mein Handy bleibt offen für dich
app-log-promise-home = Ich bin pünktlich zu Hause, wie angekündigt
app-log-promise-check-in = Ich melde mich jeden Abend
app-log-choose-action = Wähle aus, was du getan hast.
app-log-pick-promise = Wähle ein Versprechen oder schreib es auf.
app-log-choose-promise = Wähle das Versprechen.
app-log-acknowledge-in-history = Die Einträge deines Partners würdigst du im Verlauf.
app-log-heading = Was möchtest du eintragen, { $name }?
app-log-close = Schließen
app-log-promise-kept-or-broken = Versprechen gehalten / gebrochen
app-log-feeling = Wie fühlst du dich? (1 schlecht, 5 gut)
app-log-mood-name = Gefühl { $mood } von 5
app-log-calm = Ruhig
app-log-tense = Angespannt
app-log-how-long = Wie lange?
app-log-minutes = { $minutes } Min.
app-log-doing-what = Was habt ihr gemacht? (optional)
app-log-the-promise = Das Versprechen
app-log-promise-own-words-hint = oder in deinen eigenen Worten
app-log-promise-own-words-name = Das Versprechen in deinen eigenen Worten
app-log-no-open-promises = Du hast gerade keine offenen Versprechen.
app-log-promise-overdue = { $text } (Tag schon vorbei)
app-log-promise-slipped = Zu sagen, dass ein Versprechen nicht geklappt hat, wiegt viel weniger, als es zu verschweigen.
app-log-feels-off = Es ruhig auszusprechen ist mutig, und es kostet den Garten nie etwas. Eine Wolke wartet am Himmel: Ein ruhiger Check-in oder ein ehrliches Gespräch vertreibt sie.
app-log-when = Wann?
app-log-now = Jetzt
app-log-earlier-today = Früher am Tag
app-log-yesterday = Gestern
app-log-another-day = Ein anderer Tag
app-log-week-back = ◀ eine Woche
app-log-day = { $weekday }, { $date }
app-log-note-hint = Ich habe mich … gefühlt, als …
app-log-note-name = Notiz (optional)
app-log-add-note = Notiz hinzufügen (optional)
app-log-kept-it = Gehalten
app-log-broke-it = Gebrochen (ehrlich)
app-log-save = Speichern

## Verlauf (ui/history.rs)

app-history-heading = Verlauf
app-history-about = Etwas zurückzunehmen oder eine Notiz zu bearbeiten, fügt einen Eintrag hinzu. Nur eine Notiz lässt sich löschen, und zwar von der Person, die sie geschrieben hat; dann verschwindet sie aus jeder Kopie.
app-history-show-more = Mehr anzeigen
app-history-empty = Noch nichts eingetragen.
app-history-when = { $ago } · { $date }, { $time }
app-history-seen = ♥ gesehen
app-history-entry-about = { $what }, von { $name }, { $ago }
app-history-no-note = keine Notiz
app-history-edited-after-seen = { $you ->
    [yes] bearbeitet, nachdem du es gesehen hast; du hast gesehen: { $then }
   *[no] bearbeitet, nachdem { $who } es gesehen hat; { $who } hat gesehen: { $then }
}
app-history-taken-back-after-seen = { $you ->
    [yes] zurückgenommen, nachdem du es gesehen hast
   *[no] zurückgenommen, nachdem { $who } es gesehen hat
}
app-history-taken-back = zurückgenommen
app-history-note = Notiz
app-history-save-note = Notiz speichern
app-history-agree = Ich stimme zu
app-history-saw-this = Gesehen ♥
app-history-take-back = Zurücknehmen
app-history-edit-note = Notiz bearbeiten
app-history-erase-note = Notiz löschen
app-history-erase-confirm = Diese Notiz endgültig löschen? Sie verschwindet von diesem Gerät und aus jeder Kopie, die damit synchronisiert wird. Der Eintrag selbst bleibt.
app-history-erase-for-good = Endgültig löschen
app-history-keep-note = Behalten

## Weg (ui/journey.rs)

app-journey-heading = Unser Weg
app-journey-progress = { $chapter }: { $percent } % des Weges
app-journey-unlocked = Freigeschaltet: { $names }
app-journey-unlocks = Schaltet frei: { $names }
app-journey-days = Tag { $day } von mindestens { $min_days }
app-journey-trust-met = der Garten hat die { $needed } % Vertrauen, die dieses Kapitel braucht
app-journey-trust-waits = es wartet auch darauf, dass der Garten { $needed } % Vertrauen erreicht (jetzt { $trust } %)
app-journey-none = Es sind keine Kapitel verfügbar.

## Statistik (ui/stats.rs)

app-stats-heading = Wie wir wachsen
app-stats-trust = Vertrauen im Lauf der Zeit
app-stats-axis-days = Tage
app-stats-trust-line = Vertrauen %
app-stats-trust-chart = Diagramm: Vertrauen im Lauf der Zeit
app-stats-trust-words = Von { $first } % am ersten Tag auf { $last } % heute, über { $days } Tage; am höchsten { $high } %.
app-stats-nothing-yet = Noch nichts eingetragen.
app-stats-weekly = Was wir jede Woche getan haben
app-stats-weekly-chart = Diagramm: was wir jede Woche getan haben
app-stats-weekly-words = Diese Woche { $week_first } von { $first } und { $week_second } von { $second }. In den letzten { $weeks } Wochen { $all_first } von { $first } und { $all_second } von { $second }.
app-stats-days = Unsere Tage
app-stats-streak = { $count ->
    [one] Tag in Folge
   *[other] Tage in Folge
}
app-stats-best-run = beste Serie
app-stats-together = { $count ->
    [one] Sache in den letzten vier Wochen zusammen
   *[other] Sachen in den letzten vier Wochen zusammen
}
app-stats-rest = Ein ruhiger Tag ab und zu unterbricht die Serie nicht.
app-stats-each = Jede und jeder von euch, die letzten vier Wochen
app-stats-lately = { $count ->
    [one] eine Sache
   *[other] { $count } Sachen
}, dazu { $noticed ->
    [one] einen Eintrag
   *[other] { $noticed } Einträge
} von { $name } gewürdigt
app-stats-axis-percent = Vertrauen in Prozent
app-stats-axis-weeks = Wochen
app-stats-axis-things = Getan, je Woche
app-stats-heat-fewer = ruhiger Tag
app-stats-heat-more = vollster Tag
app-stats-heat-how = Jedes Quadrat ist ein Tag, jede Spalte eine Woche, Montag oben.
app-stats-calendar = Kalender: unsere Tage
app-stats-calendar-words = An { $active } der { $days } gezeigten Tage wurde etwas getan.

## Willkommen (ui/welcome.rs)

app-welcome-default-name = Partner { $number }
app-welcome-plant = Unseren Garten pflanzen
app-welcome-heading = Willkommen in eurem Garten
app-welcome-about = Jede kleine Sache, die ihr tut, um Vertrauen wieder aufzubauen, lässt einen gemeinsamen Garten wachsen. Er lässt sich nicht drängen, und einen schlechten Tag bestraft er nie.
app-welcome-shared = Ihr seht beide alles, was hier geschrieben wird, jede Notiz eingeschlossen.
app-welcome-first-name = Name der ersten Person
app-welcome-second-name = Name der zweiten Person
app-welcome-name-hint = optional: { $name }
app-welcome-holder = Wer hält dieses Telefon gerade?
app-welcome-who-was-hurt = Wer wurde durch das verletzt, was euch hierher geführt hat?
app-welcome-roles-about = Vielleicht heilt einer von euch von Schmerz und der andere von Schuld; der Garten bittet jeden um das, was passt. Ihr könnt das später ändern.
app-welcome-zone = Zeitzone
app-welcome-day-start = Unser Tag beginnt um (ein spätes Gespräch zählt noch zum Abend davor)
app-welcome-bad-zone = { $zone } ist kein Zeitzonenname (wie Europe/Berlin).

## Sperre und Passphrase (ui/lock.rs, ui/unlock.rs)

app-lock-tap-to-return = Tippen, um zurückzukehren
app-lock-enter-pin = Gib deine PIN ein
app-lock-typed = { $count ->
    [0] Noch keine Ziffer eingegeben
    [one] Eine Ziffer eingegeben
   *[other] { $count } Ziffern eingegeben
}
app-lock-wrong-pin = Das war nicht die PIN.
app-lock-key-delete = Löschen
app-lock-key-ok = OK
app-unlock-about = Dieser Garten ist verschlüsselt. Gib die Passphrase ein, die ihr gemeinsam gewählt habt.
app-unlock-passphrase = Passphrase
app-unlock-wrong = Diese Passphrase öffnet diesen Garten nicht.
app-unlock-open = Öffnen
app-unlock-keep-about = Der Schlüssel des Gartens kommt in den Schlüsselbund dieses Geräts, sodass er sich hier ohne Passphrase öffnet. Wer sich an diesem Gerät anmelden kann, könnte ihn öffnen; die PIN der App wird weiterhin abgefragt. In den Einstellungen lässt er sich wieder vergessen.
app-unlock-not-kept = Die Passphrase bleibt nur auf diesem Gerät, solange die App geöffnet ist.

## Hinweise und Ablehnungen (lock.rs, storage/)

app-pin-length = Eine PIN hat { $min } bis { $max } Ziffern.
app-pin-not-removed = Das ist nicht die PIN; sie bleibt bestehen.
app-pin-no-folder = Dieses Gerät hat keinen eigenen Ordner, in dem eine PIN bleiben kann.
app-pin-not-kept = Die PIN konnte nicht gespeichert werden: { $error }
app-notice-not-saved-unreadable = Nichts wurde gespeichert: Die Speicherdatei konnte nicht gelesen werden ({ $why }).
app-notice-not-merged-unreadable = Nichts wurde zusammengeführt: Die Speicherdatei konnte nicht gelesen werden ({ $why }).
app-notice-not-encrypted-unreadable = Nichts wurde verschlüsselt: Die Speicherdatei konnte nicht gelesen werden ({ $why }).
app-notice-merge-needs-setup = Legt zuerst den Garten an, bevor ihr den Speicherstand eures Partners zusammenführt.
app-notice-encrypt-needs-setup = Legt zuerst den Garten an, bevor ihr ihn verschlüsselt.
app-notice-merged = { $file } zusammengeführt: { $added ->
    [one] 1 neuer Eintrag
   *[other] { $added } neue Einträge
}, { $already } schon vorhanden.
app-notice-merge-conflicts = { $count } Einträge unterscheiden sich zwischen den beiden Dateien; die Fassung dieses Speicherstands wurde behalten.
app-notice-merge-conflicts-kept-in = { $count } Einträge unterscheiden sich zwischen den beiden Dateien; die Fassung dieses Speicherstands wurde behalten, und beide stehen in { $file }.
app-notice-encrypted = Unser Garten ist verschlüsselt.{ $beside ->
    [0] {""}
    [one] {" "}Eine Datei daneben wurde ebenfalls verschlüsselt.
   *[other] {" "}{ $beside } Dateien daneben wurden ebenfalls verschlüsselt.
} Jeder von euch braucht die Passphrase, um ihn auf einem neuen Gerät zu öffnen; wird sie vergessen, lässt sie sich nicht wiederherstellen.
app-notice-header-fine = Die erste Zeile des Speicherstands ist in Ordnung; nichts wurde geändert.
app-notice-exported = { $count } Einträge nach { $file } exportiert.
app-notice-summary = Die Zusammenfassung der letzten vier Wochen{ $notes ->
    [yes] {" "}mit euren Notizen
   *[no] {""}
} liegt in { $file }: Öffnet, druckt oder teilt sie von dort.
app-notice-opened-with-care = Das Öffnen von { $file } brauchte etwas Sorgfalt (nichts wurde gelöscht):
    • { $problems }
app-notice-damaged-header = Die erste Zeile des Speicherstands ist beschädigt, alle Einträge danach sind intakt. Nichts wurde geändert. „Reparieren“ schreibt die erste Zeile neu (aus einer Kopie eures Gartens daneben, falls es eine gibt) und behält jeden Eintrag.
app-notice-not-opened = Der Speicherstand konnte nicht geöffnet werden, daher schreibt die App nicht hinein: { $error }
app-notice-chapters-unreadable = Die Kapitel in { $folder } konnten nicht gelesen werden, daher werden die eingebauten verwendet: { $error }

## Die Einstellungsdatei dieses Geräts (device.rs)

app-device-unreadable = { $file } konnte nicht gelesen werden: { $error }
app-device-damaged = { $file }: { $error }; es gelten die Standardeinstellungen
app-device-not-set-aside = { $file } konnte nicht beiseitegelegt werden: { $error }
app-device-not-written = { $file } konnte nicht geschrieben werden: { $error }
