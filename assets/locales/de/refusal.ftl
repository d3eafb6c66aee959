# refusal
# Warum ein Befehl abgelehnt wurde, so wie beide Oberflächen es zeigen.
# Zeiten ($at, $began, $entry_at) stehen so da, wie man sie mit --at eingibt
# (JJJJ-MM-TT HH:MM); Daten als JJJJ-MM-TT. Werte in Anführungszeichen
# ($name, $zone, $text) bringen ihre Zeichen mit.
refusal-not-set-up = Der Garten ist noch nicht angelegt: Fangt mit euren beiden Namen und eurer Zeitzone an.
refusal-already-set-up = Der Garten ist schon angelegt.
refusal-name-missing = Ein Name darf nicht leer sein.
refusal-same-names = Die beiden Namen müssen sich unterscheiden ({ $name } steht zweimal da).
refusal-unknown-zone = Die Zeitzone { $zone } kenne ich nicht (erwartet wird ein IANA-Name wie Europe/Berlin).
refusal-in-the-future = { $at } liegt in der Zukunft; trag etwas ein, sobald es geschehen ist.
refusal-before-the-garden-began = { $at } liegt vor dem Beginn des Gartens ({ $began }); eintragen lässt sich nur, was seitdem geschehen ist.
refusal-too-late = { $at } ist mehr als { $days } Tage her; ein Eintrag kann bis zu { $days } Tage nach dem Geschehen nachgetragen werden.
refusal-not-an-action = Das ist keine Handlung, die sich eintragen lässt.
refusal-roles-unchanged = Genau das steht schon im Garten.
refusal-clock-unchanged = Euer Garten richtet sich schon nach { $zone } mit diesem Tagesbeginn; es ändert sich nichts.
refusal-name-unchanged = Der Name ist schon { $name }; es ändert sich nichts.
refusal-mood-out-of-range = Die Stimmung { $mood } liegt außerhalb der Skala (1 = sehr schlecht … 5 = sehr gut).
refusal-minutes-out-of-range = { $minutes } Minuten liegen außerhalb des möglichen Bereichs (1 bis 1440).
refusal-promise-without-words = Schreib dazu, was du versprichst.
refusal-due-before-made = Das Fälligkeitsdatum { $due } liegt vor dem Tag, an dem das Versprechen gegeben wird ({ $made }).
refusal-pause-backwards = Die Pause endet ({ $to }), bevor sie beginnt ({ $from }).
refusal-out-of-range = { $why }; bitte prüf das Datum.
refusal-no-words-to-erase = Eintrag { $entry } hat keine Notiz, die sich löschen ließe.
refusal-not-a-version = Das ist keine Fassung von Eintrag { $entry }; es wurde nichts geklärt.
refusal-pause-too-far-back = Eine Pause ab { $from } beginnt zu weit in der Vergangenheit: Eine Pause kann höchstens { $days } Tage zurück beginnen und nicht vor dem Beginn des Gartens.
refusal-no-such-entry = In dieser Speicherdatei gibt es keinen Eintrag { $entry }.
refusal-taken-back = Eintrag { $entry } wurde zurückgenommen.
refusal-not-a-promise = Eintrag { $entry } ist kein Versprechen (sondern: { $is }).
refusal-not-your-promise = Das Versprechen { $text } hat { $maker } gegeben; nur { $maker } kann es als gehalten oder gebrochen markieren.
refusal-promise-already-closed = Das Versprechen { $text } ist schon als „{ $outcome }“ markiert ({ $by_entry }); nimm das zuerst zurück, wenn du es ändern möchtest.
refusal-cannot-be-acknowledged = Eintrag { $entry } ist { $is } und keine Handlung, die sich würdigen lässt.
refusal-own-entry = Das ist dein eigener Eintrag; nur { $other } kann ihn würdigen.
refusal-already-acknowledged = Eintrag { $entry } ist schon gewürdigt.
refusal-setup-stays = Das Anlegen des Gartens lässt sich nicht zurücknehmen; es enthält eure Namen und eure Zeitzone.
refusal-not-your-entry = Eintrag { $entry } hat { $author } eingetragen; nur { $author } kann ihn zurücknehmen oder bearbeiten.
refusal-empty-note = Die neue Notiz darf nicht leer sein.
refusal-no-note-to-amend = Eintrag { $entry } ist { $is } und hat keine Notiz, die sich bearbeiten ließe.
refusal-before-its-entry = { $at } liegt vor dem Eintrag, auf den es sich bezieht ({ $entry }, eingetragen { $entry_at }).
refusal-export-onto-the-save = { $path } ist die Speicherdatei selbst; wähl für den Export bitte eine andere Datei. Es wurde nichts geschrieben.
refusal-export-beside-the-save = { $path } gehört zu den Dateien, die die Speicherdatei schützen (Sicherung, Sperre, beiseitegelegte Zeilen oder Konfliktkopie); wähl für den Export bitte einen anderen Namen. Es wurde nichts geschrieben.
refusal-export-onto-a-save = { $path } ist eine Trust-Garden-Speicherdatei; ein Export ersetzt nie eine Speicherdatei. Wähl bitte eine andere Datei. Es wurde nichts geschrieben.
refusal-export-into-a-folder = { $path } ist ein Ordner; gib dem Export einen Dateinamen darin. Es wurde nichts geschrieben.
refusal-export-onto-another-file = { $path } gibt es schon, und es ist kein früherer Export, darum bleibt die Datei unangetastet; wähl bitte einen neuen Dateinamen. Es wurde nichts geschrieben.

# Was ein Eintrag ist, der keine Handlung ist, mitten im Satz („Eintrag … ist eine Pause“).
refusal-kind-setup = das Anlegen des Gartens
refusal-kind-rename = eine Namensänderung
refusal-kind-retract = eine Rücknahme
refusal-kind-amend = eine Änderung
refusal-kind-pause = eine Pause
refusal-kind-roles = die Angabe, wer verletzt wurde
refusal-kind-settle = eine Konfliktklärung
refusal-kind-erase = eine Löschung
refusal-kind-unknown = ein unbekannter Eintrag
