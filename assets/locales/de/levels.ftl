# levels
# Die eingebauten Kapitel (levels/*.ron) in Worten: chapter-<id>-title, -story,
# -to-hurt (an die Person, die verletzt wurde) und -to-caused (an die Person,
# die die Verletzung verursacht hat).

## levels/01-roots.ron
chapter-roots-title = Wurzeln
chapter-roots-story = Jeder Garten beginnt unter der Oberfläche. Bevor etwas wachsen kann, setzt euch zusammen und sprecht darüber, was passiert ist und warum, so ehrlich ihr könnt. Es muss nicht perfekt herauskommen und auch nicht alles auf einmal. Ehrlichkeit, auch wenn sie schwerfällt, ist das, was die Wurzeln trinken.
chapter-roots-to-hurt = Du musst nicht alles auf einmal hören. Frag, was du brauchst, um zu verstehen, und sag, wenn du eine Pause brauchst.
chapter-roots-to-caused = Sag die Wahrheit darüber, was passiert ist und warum, auch die schweren Teile, und beantworte Fragen, ohne dich zu verteidigen.

## levels/02-open-ground.ron
chapter-open-ground-title = Offener Boden
chapter-open-ground-story = Wenn die Wurzeln gesetzt sind, kann sich der Boden öffnen. Fragt einander an den meisten Tagen: Wie geht es dir, wirklich? Sprecht von euch selbst („Ich habe mich … gefühlt, als …“) statt über die andere Person, und hört auf die Antwort. Kleine, ehrliche Worte, oft gesagt, halten den Boden weich.
chapter-open-ground-to-hurt = Sag in deinen eigenen Worten, wie es dir geht, auch die schweren Gefühle. Dein Schmerz darf hier sein.
chapter-open-ground-to-caused = Hör zu, wie es deinem Gegenüber geht, ohne es wegzuerklären, und erzähl auch, wie es dir geht.

## levels/03-patience.ron
chapter-patience-title = Geduld
chapter-patience-story = Vertrauen kann in einem Moment zerbrechen und braucht eine Weile, um zu heilen. So ist es einfach, und es ist kein Zeichen, dass ihr versagt. Manche Tage werden sich leichter anfühlen als andere. Bleibt behutsam dran, seid freundlich zueinander, während ihr beide heilt, und lasst dem Garten die Zeit, die er braucht.
chapter-patience-to-hurt = Heilung verläuft nicht geradlinig. Ein schwerer Tag macht die guten nicht ungeschehen, und du bestimmst das Tempo.
chapter-patience-to-caused = Veränderung zeigt sich nicht über Nacht. Bleib dran, und bitte nicht darum, dass dir schneller vertraut wird.

## levels/04-steady-growth.ron
chapter-steady-growth-title = Stetiges Wachstum
chapter-steady-growth-story = Worte schlagen Wurzeln, wenn Taten ihnen folgen. Kleine Versprechen, wirklich gehalten und gesehen, machen jemanden langsam wieder zu einem Menschen, an den man sich anlehnen kann. Es sind die gewöhnlichen Dinge, Tag für Tag wiederholt, die das bewirken.
chapter-steady-growth-to-hurt = Hier wird nicht verlangt, dass du etwas versprichst. Wenn du siehst, dass ein Versprechen gehalten wurde, darfst du es sagen.
chapter-steady-growth-to-caused = Gib kleine Versprechen, von denen du weißt, dass du sie halten kannst, halte sie und lass sie sichtbar werden. Wenn eines nicht klappt, sag es ehrlich.

## levels/05-clearing-weeds.ron
chapter-clearing-weeds-title = Unkraut jäten
chapter-clearing-weeds-story = In jedem Garten wächst ein wenig Unkraut. Zum eigenen Anteil zu stehen und sich zu entschuldigen, weil man es ernst meint, räumt es weg, und eine Entschuldigung kommt ganz an, wenn die andere Person sie gehört hat. Nicht jede Kleinigkeit braucht einen Streit: Eine davon loszulassen hält die Wege frei für das, was zählt.
chapter-clearing-weeds-to-hurt = Hier wird nicht verlangt, dass du etwas loslässt. Wenn eine Entschuldigung ankommt, darfst du sagen, dass du sie gehört hast.
chapter-clearing-weeds-to-caused = Steh zu deinem Anteil und entschuldige dich, weil du es so meinst. Entscheide dich, nicht um Kleinigkeiten zu streiten.

## levels/06-trellis.ron
chapter-trellis-title = Rankgitter
chapter-trellis-story = Kletterpflanzen wachsen höher, wenn sie sich an etwas anlehnen können. Wenn ihr feststeckt, können eine Beraterin oder ein Berater, eine Therapie oder ein gutes Buch, Seite an Seite gelesen, euch Halt geben, während ihr wachst; sich Hilfe zu holen ist eine Art von Stärke. Ob ihr das braucht oder nicht: Lehnt euch aneinander an, mit kleinen Freundlichkeiten, die gesehen werden.
chapter-trellis-to-hurt = Stütz dich auf jede Unterstützung, die dir hilft, und lass die Fürsorge deines Gegenübers zu dir durch, wenn du kannst.
chapter-trellis-to-caused = Unterstütze dein Gegenüber beim Heilen, und such dir Unterstützung für deine eigene Veränderung, wenn du sie brauchst.

## levels/07-bloom.ron
chapter-bloom-title = Blüte
chapter-bloom-story = Dieser Garten gehört euch beiden, und er blüht, weil ihr ihn beide pflegt. Verbringt Zeit miteinander, die euch daran erinnert, warum ihr euch füreinander entschieden habt, und sprecht laut aus, wofür ihr dankbar seid. Nach vorne zu schauen sieht für jede und jeden von euch anders aus, und ihr haltet es jeweils selbst fest.
chapter-bloom-to-hurt = Wenn du dich bereit fühlst, und keinen Tag früher, halte fest, dass du nach vorne schaust. Niemand kann das für dich tun, und der Sturm lichtet sich damit.
chapter-bloom-to-caused = Nach vorne zu schauen heißt für dich, die Schuld abzulegen und die Veränderung zu leben. Der Sturm lichtet sich mit der Bereitschaft deines Gegenübers, nicht mit deiner.

## Probleme in einer Level-Datei (chapters/load.rs, chapters/validate.rs).
## Sie folgen auf „Datei:Zeile:Spalte: Feld: “; $error sind die Worte des Systems.
level-top-level = (oberste Ebene)
level-cannot-read-folder = der Ordner lässt sich nicht lesen: { $error }
level-no-chapter-files = hier sind keine Kapiteldateien (erwartet werden Dateien wie 01-roots.ron: eine Zahl, ein Name, .ron)
level-cannot-read = lässt sich nicht lesen: { $error }
level-duplicate-id = { $id } ist schon die id von { $file }
level-expected-integer = hier wird eine ganze Zahl erwartet
level-expected-boolean = hier wird true oder false erwartet
level-expected-string = hier wird Text in doppelten Anführungszeichen erwartet
level-expected-list = hier wird eine Liste in [ ] erwartet
level-expected-comma = davor wird ein Komma erwartet
level-expected-whole-number = hier wird eine ganze Zahl von 0 oder mehr erwartet
level-missing-field = fehlt (dieses Feld ist nötig)
level-unknown-field = unbekanntes Feld { $found } (erwartet wird eines von: { $expected })
level-ron-problem = hier nicht als Kapiteldatei lesbar (RON meldet: { $detail })
level-unknown-value = unbekannter Wert { $found } (erwartet wird einer von: { $expected })
level-bad-id = { $id } ist keine brauchbare id (erwartet werden Kleinbuchstaben, Ziffern und '-', z. B. "open-ground")
level-empty = darf nicht leer sein
level-min-days-zero = muss mindestens 1 sein (kein Kapitel ist in null Zeit vorbei)
level-min-trust-range = { $value } liegt außerhalb des Bereichs (0 bis unter 1, z. B. 0.3 für 30 %)
level-all-optional = jedes Ziel ist optional; ein Kapitel braucht mindestens eines, um das es bittet
level-no-goals = ein Kapitel braucht mindestens ein Ziel
level-unknown-action = unbekannte Handlung { $action } (erwartet wird eine von: { $expected })
level-count-zero = muss mindestens 1 sein
level-both-needs-two = `who: Both` braucht mindestens 2 (eines von jeder Person); für 1 nimm `Either`
level-ack-of-ack = eine Würdigung kann nicht selbst gewürdigt werden
level-empty-window = Days(0) ist ein leeres Zeitfenster; nimm mindestens Days(1)
level-never-met = ist nie erreichbar: mit `daily: true` zählen innerhalb von Days({ $days }) höchstens { $most }
