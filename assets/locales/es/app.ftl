# Las palabras propias de la app (src/app). Las del jardín, los capítulos y
# las especies están en garden.ftl y levels.ftl.

## Barra superior y navegación (ui/mod.rs)

app-hide = Ocultar
app-who-holds-device = Quién tiene este dispositivo
app-i-am = Soy
app-nav-garden = Jardín
app-nav-history = Historial
app-nav-journey = Camino
app-nav-stats = Cifras
app-nav-settings = Ajustes
app-notice-repair = Reparar
app-notice-ok = Aceptar

## Pantalla del jardín (ui/garden.rs)

app-garden-scene-name = Su jardín. { $description }
app-lapse-hint = Cámara rápida: desliza hacia atrás para ver crecer el jardín
app-lapse-today = hoy
app-lapse-name = Cámara rápida: el jardín en un día anterior
app-lapse-back-to-today = Volver a hoy
app-log-something = +  Anotar algo que hicimos
app-weather-storm = La tormenta: { $hint }.
app-weather-cloud = Una nube: { $hint }.
app-weather-weed = Una mala hierba: { $hint }.
app-today-card = Hoy
app-plant-close = Cerrar
app-plant-stage = { $stage ->
    [Seed] Una semilla que espera sus primeros cuidados.
    [Sprout] Un brote que empieza a afianzarse.
    [Young] Joven, y creciendo.
    [Mature] Ya ha crecido, y sigue llenándose.
   *[Flourishing] En plena flor.
}
# $next es la etapa a la que está cerca: Sprout, Young, Mature o Flourishing.
app-plant-close-to = { $next ->
    [Sprout] A punto de brotar.
    [Young] A punto de hacerse grande.
    [Mature] A punto de crecer del todo.
   *[Flourishing] A punto de florecer.
}
app-plant-wilted = Se ha marchitado un poco tras un momento difícil; se recupera con tiempo y cuidados.
app-plant-cared-by-both = Los dos han contribuido a que crezca ({ $times } veces hasta ahora).
app-plant-cared-by-one = Hasta ahora ha contribuido { $name } ({ $times ->
    [one] una vez
   *[other] { $times } veces
}).
app-plant-tap-hint = Toca una planta para ver qué la hizo crecer.
app-plant-not-fed-yet = Todavía nada la ha nutrido.
app-plant-grew-lately = Lo que la hizo crecer últimamente
app-quoted = «{ $text }»

## Una entrada en una línea (ui/words.rs)

app-entry-setup = Empezaron el jardín: { $first } y { $second }
app-entry-rename = Nuevo nombre: { $name }
app-entry-retract = Retirado: { $what }
app-entry-amend = Nota editada de: { $what }
app-entry-pause = Pausa del { $from } al { $to }
app-entry-roles = Volvieron a decir quién salió herido: { $said }
app-entry = Entrada
app-entry-mood = ánimo { $mood }{ $calm ->
    [yes] , en calma
   *[no] , con tensión
}
app-entry-promise-due = «{ $text }» para el { $due }
app-entry-minutes-what = { $minutes } min, { $what }
app-entry-minutes = { $minutes } min
app-entry-detail = { $title } · { $detail }
app-entry-unknown = una entrada que no está en este archivo
app-support-therapy = terapia de pareja
app-support-counselling = orientación
app-support-book = un libro juntos
app-support-other = otro apoyo

## Ajustes (ui/settings.rs)

app-cancel = Cancelar
app-settings-heading = Ajustes
app-settings-save = Nuestro archivo
app-settings-save-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}. Compartan este archivo entre sus dispositivos (sirve una carpeta sincronizada).
app-settings-merge = Combinar el archivo de mi pareja
app-settings-merge-hint = ruta a su archivo
app-settings-merge-name = Ruta al archivo de mi pareja
app-settings-merge-button = Combinar
app-merge-explain = Sus entradas se suman a las tuyas; nada de lo tuyo se cambia ni se pierde. La copia del jardín de otra pareja se rechaza.
app-merge-choose = Elegir su archivo…
app-merge-dialog-title = Elige el archivo de tu pareja
app-merge-dialog-filter = Archivo de Trust Garden
app-merge-dialog-open = El selector de archivos está abierto.
app-merge-look-again = Buscar de nuevo
app-merge-found = { $count ->
    [one] Encontrado en este dispositivo:
   *[other] Encontrados en este dispositivo, el más reciente primero:
}
app-merge-found-about = Combina esta copia con la tuya
app-merge-found-sealed = cifrado
app-merge-none-found = Aún no se encontró ninguna copia de vuestro jardín. Pon el archivo de tu pareja en { $folder } y toca «Buscar de nuevo».
app-merge-type-path = Escribir una ruta

## In a browser (web_files.rs): the save is on this device only
app-web-send-explain = En este navegador vuestro jardín se guarda solo en este dispositivo. Envíaselo a tu pareja y abre el que te envíe: así los dos tienen todas las entradas.
app-web-send = Enviar nuestro jardín
app-web-open = Abrir su archivo…
app-web-sent = Vuestro jardín salió como { $file }. Tu pareja lo abre con «Abrir su archivo…».
app-web-send-failed = No se pudo leer el jardín para enviarlo: { $why }
app-web-storage-trouble = Este navegador no guardó el último cambio ({ $why }). Se ve, pero desaparecerá al cerrar la página: libera espacio en este dispositivo y vuelve a registrarlo.
app-settings-export = Exportar como CSV
app-settings-export-name = Nombre del archivo CSV
app-settings-export-button = Exportar
app-export-dialog-title = Guardar la exportación
app-export-dialog-filter = Tabla CSV
app-settings-export-plain-warning = Nuestro jardín está cifrado, y un archivo CSV es texto sin cifrar: quien pueda abrirlo leerá cada nota. ¿Exportar de todos modos?
app-settings-export-anyway = Exportar de todos modos
app-settings-device = En este dispositivo
app-settings-theme = Tema
app-settings-light = Claro
app-settings-dark = Oscuro
app-settings-text-size = Tamaño del texto
app-settings-text-small = Pequeño
app-settings-text-normal = Normal
app-settings-text-large = Grande
app-settings-text-larger = Más grande
app-settings-motion = Movimiento
app-settings-motion-system = { $asks ->
    [reduce] Sistema (reducido)
   *[gentle] Sistema (suave)
}
app-settings-motion-gentle = Movimiento suave
app-settings-motion-reduce = Reducir movimiento
app-settings-language = Idioma
app-settings-language-system = Sistema ({ $name })
app-settings-kept-in = Guardado en { $path }

## Our garden in Settings: names and clock, shared (ui/settings.rs)

app-couple-heading = Nuestro jardín, compartido por los dos
app-couple-shared = Sus nombres, su zona horaria y la hora en que empieza su día son de los dos: un cambio aquí se comparte con tu pareja y queda en el registro, como cada entrada.
app-couple-save-names = Guardar nombres
app-couple-day-start = Nuestro día empieza a las
# $zone is a time zone's name, $time an hour like 04:00.
app-couple-clock-from-now = A partir de ahora, sus días siguen { $zone } y empiezan a las { $time }. Los días anteriores quedan como estaban.
app-couple-clock-apply = Cambiar nuestro reloj

## Finding a time zone (ui/zone_picker.rs)

app-zone-chosen = Zona horaria: { $zone }
app-zone-search = Buscar una zona horaria por ciudad
app-zone-search-hint = Ciudad, p. ej., Madrid
# A zone in the list, with the time there now ($time, 24-hour).
app-zone-row = { $zone } · { $time }
app-zone-none = Ninguna zona horaria coincide con «{ $typed }». Prueba con una ciudad grande cercana.
app-zone-more = { $count ->
    [one] Una más: escribe algunas letras más.
   *[other] { $count } más: escribe algunas letras más.
}
app-lock-heading = Bloquear este dispositivo
app-lock-about = Un PIN que se pide al abrir la app y al volver a ella. Se guarda solo en este dispositivo; tu pareja elige el suyo. «Ocultar» (arriba) cubre la pantalla al instante.
app-lock-new-pin = PIN nuevo (4–8 dígitos)
app-lock-pin-again = El mismo PIN otra vez
app-lock-set-pin = Establecer PIN
app-lock-pins-differ = Los dos PIN no coinciden.
app-lock-ask-again = Volver a pedirlo tras un rato fuera:
app-lock-after = { $minutes ->
    [0] enseguida
   *[other] { $minutes } min
}
app-lock-current-pin = PIN actual
app-lock-remove-pin = Quitar el PIN
app-roles-heading = Quién salió herido
app-roles-both = Los dos
app-roles-not-said = Preferimos no decirlo
app-roles-change-needs-agreement = Un cambio se aplica cuando tu pareja lo acepta en el Historial.
app-roles-change-waiting = Hay un cambio esperando a que la otra persona lo acepte en el Historial.
app-summary-heading = Un resumen para la terapia
app-summary-about = Las últimas cuatro semanas en una página para llevar a una sesión: la confianza a lo largo del tiempo, lo que hizo cada uno, promesas, check-ins y unas palabras por semana. Se guarda junto a nuestro jardín.
app-summary-with-notes = Incluir nuestras notas
app-summary-make = Crear el resumen
app-summary-save-as = Guardar como…
app-summary-dialog-title = Guardar el resumen
app-summary-dialog-filter = Página web
app-summary-plain-warning = Nuestro jardín está cifrado, y el resumen es una página sin cifrar: quien pueda abrirla la leerá. ¿Crearlo de todos modos?
app-summary-make-anyway = Crearlo de todos modos
app-key-heading = La frase de contraseña en este dispositivo
app-key-kept = Este dispositivo guarda la clave del jardín en su llavero, así que aquí el jardín se abre sin la frase de contraseña (el PIN se sigue pidiendo, si hay uno).
app-key-forget = Olvidarla en este dispositivo
app-key-not-kept = Este dispositivo pide la frase de contraseña cada vez que se abre la app.
app-key-keep = Recordarla en este dispositivo
app-key-problem = El llavero dijo: { $problem }
app-seal-heading = Cifrar nuestro jardín
app-seal-done = Nuestro jardín está cifrado: sin la frase de contraseña, el archivo sincronizado no revela ni una palabra.
app-seal-about = Así, sin la frase de contraseña, el archivo sincronizado no revela ni una palabra. Elíjanla juntos: cada uno la necesita en todos sus dispositivos, y no se puede recuperar si se olvida.
app-seal-passphrase = Frase de contraseña ({ $count } caracteres o más)
app-seal-passphrase-again = La misma frase de contraseña otra vez
app-seal-encrypt = Cifrar
app-seal-too-short = Una frase de contraseña necesita al menos { $count } caracteres.
app-seal-differ = Las dos frases de contraseña no coinciden.

## La hoja para anotar (ui/log.rs)

app-log-together-dinner = una cena
app-log-together-walk = un paseo
app-log-together-night-in = una noche en casa
app-log-together-day-out = un día fuera
app-log-together-long-talk = una charla larga
app-log-promise-where = Te diré dónde estoy
app-log-promise-phone = Mi teléfono estará abierto para ti
app-log-promise-home = Estaré en casa cuando lo diga
app-log-promise-check-in = Te escribiré cada noche
app-log-choose-action = Elige lo que hiciste.
app-log-pick-promise = Elige o escribe la promesa.
app-log-choose-promise = Elige la promesa.
app-log-acknowledge-in-history = Reconoce las entradas de tu pareja en el Historial.
app-log-heading = ¿Qué quieres añadir, { $name }?
app-log-close = Cerrar
app-log-promise-kept-or-broken = Promesa cumplida / rota
app-log-feeling = ¿Cómo te sientes? (1 mal, 5 bien)
app-log-mood-name = Ánimo { $mood } de 5
app-log-calm = En calma
app-log-tense = Con tensión
app-log-how-long = ¿Cuánto tiempo?
app-log-minutes = { $minutes } min
app-log-doing-what = ¿Haciendo qué? (opcional)
app-log-the-promise = La promesa
app-log-promise-own-words-hint = o con tus propias palabras
app-log-promise-own-words-name = La promesa, con tus propias palabras
app-log-no-open-promises = Ahora mismo no tienes promesas abiertas.
app-log-promise-overdue = { $text } (ya pasó su día)
app-log-promise-slipped = Decir que una promesa se te escapó pesa mucho menos que callarlo.
app-log-feels-off = Decirlo con calma es valiente, y nunca le cuesta nada al jardín. Una nube espera en el cielo: un check-in tranquilo o una charla sincera la despeja.
app-log-when = ¿Cuándo?
app-log-now = Ahora
app-log-earlier-today = Más temprano hoy
app-log-yesterday = Ayer
app-log-another-day = Otro día
app-log-week-back = ◀ una semana
app-log-day = { $weekday }, { $date }
app-log-note-hint = Me sentí … cuando …
app-log-note-name = Nota (opcional)
app-log-add-note = Añadir una nota (opcional)
app-log-kept-it = La cumplí
app-log-broke-it = La rompí (con honestidad)
app-log-save = Guardar

## Historial (ui/history.rs)

app-history-heading = Historial
app-history-about = Retirar algo o editar una nota añade una entrada. Solo se puede borrar una nota, y solo quien la escribió; entonces desaparece de todas las copias.
app-history-show-more = Mostrar más
app-history-empty = Todavía no hay nada anotado.
app-history-when = { $ago } · { $date }, { $time }
app-history-seen = ♥ visto
app-history-entry-about = { $what }, de { $name }, { $ago }
app-history-no-note = sin nota
app-history-edited-after-seen = { $you ->
    [yes] editado después de que lo vieras; viste: { $then }
   *[no] editado después de que { $who } lo viera; { $who } vio: { $then }
}
app-history-taken-back-after-seen = { $you ->
    [yes] retirado después de que lo vieras
   *[no] retirado después de que { $who } lo viera
}
app-history-taken-back = retirado
app-history-note = Nota
app-history-save-note = Guardar la nota
app-history-agree = Estoy de acuerdo
app-history-saw-this = Lo vi ♥
app-history-take-back = Retirar
app-history-edit-note = Editar la nota
app-history-erase-note = Borrar la nota
app-history-erase-confirm = ¿Borrar esta nota para siempre? Desaparece de este dispositivo y de todas las copias que se sincronizan con él. La entrada en sí se queda.
app-history-erase-for-good = Borrar para siempre
app-history-keep-note = Conservarla

## Camino (ui/journey.rs)

app-journey-heading = Nuestro camino
app-journey-progress = { $chapter }: { $percent } % del camino
app-journey-unlocked = Desbloqueado: { $names }
app-journey-unlocks = Desbloquea: { $names }
app-journey-days = día { $day } de al menos { $min_days }
app-journey-trust-met = el jardín tiene el { $needed } % de confianza que este capítulo necesita
app-journey-trust-waits = también espera a que el jardín llegue al { $needed } % de confianza (ahora { $trust } %)
app-journey-none = No hay capítulos disponibles.

## Cifras (ui/stats.rs)

app-stats-heading = Cómo vamos creciendo
app-stats-trust = La confianza a lo largo del tiempo
app-stats-axis-days = días
app-stats-trust-line = confianza %
app-stats-trust-chart = Gráfico: la confianza a lo largo del tiempo
app-stats-trust-words = Del { $first } % el primer día al { $last } % hoy, en { $days } días; en su punto más alto, { $high } %.
app-stats-nothing-yet = Todavía no hay nada anotado.
app-stats-weekly = Lo que hicimos cada semana
app-stats-weekly-chart = Gráfico: lo que hicimos cada semana
app-stats-weekly-words = Esta semana, { $week_first } de { $first } y { $week_second } de { $second }. En las últimas { $weeks } semanas, { $all_first } de { $first } y { $all_second } de { $second }.
app-stats-days = Nuestros días
app-stats-streak = { $count ->
    [one] día seguido
   *[other] días seguidos
}
app-stats-best-run = mejor racha
app-stats-together = { $count ->
    [one] cosa hecha en pareja en las últimas cuatro semanas
   *[other] cosas hechas en pareja en las últimas cuatro semanas
}
app-stats-rest = Un día tranquilo de vez en cuando no rompe la racha.
app-stats-each = Cada uno de ustedes, las últimas cuatro semanas
app-stats-lately = { $count ->
    [one] una cosa
   *[other] { $count } cosas
}, y { $noticed ->
    [one] una entrada
   *[other] { $noticed } entradas
} de { $name } reconocidas
app-stats-axis-percent = Confianza, en porcentaje
app-stats-axis-weeks = semanas
app-stats-axis-things = Cosas hechas, por semana
app-stats-heat-fewer = día tranquilo
app-stats-heat-more = día más lleno
app-stats-heat-how = Cada cuadrado es un día, cada columna una semana, el lunes arriba.
app-stats-calendar = Calendario: nuestros días
app-stats-calendar-words = Se hizo algo en { $active } de los { $days } días mostrados.

## Bienvenida (ui/welcome.rs)

app-welcome-default-name = Persona { $number }
app-welcome-plant = Plantar nuestro jardín
app-welcome-heading = Bienvenidos a su jardín
app-welcome-about = Cada pequeña cosa que hacen para reconstruir la confianza hace crecer un jardín compartido. No se puede apurar, y nunca castiga un mal día.
app-welcome-shared = Los dos ven todo lo que se escribe aquí, incluidas todas las notas.
app-welcome-first-name = Nombre de la primera persona
app-welcome-second-name = Nombre de la segunda persona
app-welcome-name-hint = opcional: { $name }
app-welcome-holder = ¿Quién tiene este teléfono?
app-welcome-who-was-hurt = ¿Quién salió herido por lo que los trajo hasta aquí?
app-welcome-roles-about = Quizá uno de ustedes esté sanando del dolor y el otro de la culpa; el jardín le pide a cada uno lo que le corresponde. Pueden cambiarlo más adelante.
app-welcome-zone = Zona horaria
app-welcome-day-start = Nuestro día empieza a las (una charla tarde todavía cuenta para la noche anterior)
app-welcome-bad-zone = { $zone } no es el nombre de una zona horaria (como Europe/Berlin).

## El bloqueo y la frase de contraseña (ui/lock.rs, ui/unlock.rs)

app-lock-tap-to-return = Toca para volver
app-lock-enter-pin = Introduce tu PIN
app-lock-typed = { $count ->
    [0] Ningún dígito escrito
    [one] Un dígito escrito
   *[other] { $count } dígitos escritos
}
app-lock-wrong-pin = Ese no era el PIN.
app-lock-key-delete = Borrar
app-lock-key-ok = OK
app-unlock-about = Este jardín está cifrado. Introduce la frase de contraseña que eligieron juntos.
app-unlock-passphrase = Frase de contraseña
app-unlock-wrong = Esa frase de contraseña no abre este jardín.
app-unlock-open = Abrir
app-unlock-keep-about = La clave del jardín se guarda en el llavero de este dispositivo, así que aquí se abre sin la frase de contraseña. Cualquiera que pueda iniciar sesión en este dispositivo podría abrirlo; el PIN de la app se sigue pidiendo. Puedes olvidarla en Ajustes.
app-unlock-not-kept = La frase de contraseña se queda en este dispositivo solo mientras la app está abierta.

## Avisos y negativas (lock.rs, storage/)

app-pin-length = Un PIN tiene de { $min } a { $max } dígitos.
app-pin-not-removed = Ese no es el PIN; se queda como está.
app-pin-no-folder = Este dispositivo no tiene una carpeta propia donde guardar un PIN.
app-pin-not-kept = no se pudo guardar el PIN: { $error }
app-notice-not-saved-unreadable = No se guardó nada: no se pudo leer el archivo ({ $why }).
app-notice-not-merged-unreadable = No se combinó nada: no se pudo leer el archivo ({ $why }).
app-notice-not-encrypted-unreadable = No se cifró nada: no se pudo leer el archivo ({ $why }).
app-notice-merge-needs-setup = Creen el jardín antes de combinar el archivo de su pareja.
app-notice-encrypt-needs-setup = Creen el jardín antes de cifrarlo.
app-notice-merged = Combinado { $file }: { $added ->
    [one] 1 entrada nueva
   *[other] { $added } entradas nuevas
}, { $already ->
    [one] 1 ya estaba aquí
   *[other] { $already } ya estaban aquí
}.
app-notice-merge-conflicts = { $count } entradas son distintas en los dos archivos; se conservó la versión de este archivo.
app-notice-merge-conflicts-kept-in = { $count } entradas son distintas en los dos archivos; se conservó la versión de este archivo y ambas están en { $file }.
app-notice-encrypted = Nuestro jardín está cifrado.{ $beside ->
    [0] {""}
    [one] {" "}También se cifró un archivo guardado junto a él.
   *[other] {" "}También se cifraron { $beside } archivos guardados junto a él.
} Cada uno necesita la frase de contraseña para abrirlo en un dispositivo nuevo; no se puede recuperar si se olvida.
app-notice-header-fine = La primera línea del archivo está bien; no se cambió nada.
app-notice-exported = Se exportaron { $count } entradas a { $file }.
app-notice-summary = El resumen de las últimas cuatro semanas{ $notes ->
    [yes] , con sus notas,
   *[no] {""}
} está en { $file }: ábranlo, imprímanlo o compártanlo desde ahí.
app-notice-opened-with-care = Abrir { $file } requirió cuidado (no se borró nada):
    • { $problems }
app-notice-damaged-header = La primera línea del archivo está dañada, y todas las entradas que siguen están intactas. No se cambió nada. «Reparar» vuelve a escribir la primera línea (a partir de una copia de su jardín que esté al lado, si la hay) y conserva todas las entradas.
app-notice-not-opened = No se pudo abrir el archivo, así que la app no escribirá en él: { $error }
app-notice-chapters-unreadable = No se pudieron leer los capítulos de { $folder }, así que se usan los incorporados: { $error }

## El archivo de ajustes de este dispositivo (device.rs)

app-device-unreadable = no se pudo leer { $file }: { $error }
app-device-damaged = { $file }: { $error }; se usan los valores predeterminados
app-device-not-set-aside = no se pudo apartar { $file }: { $error }
app-device-not-written = no se pudo escribir { $file }: { $error }
