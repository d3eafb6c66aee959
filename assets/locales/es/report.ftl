# report
# Lo que muestran `status` y `history`. El programa alinea en una columna
# las etiquetas de la izquierda de `status`.

## status
# $day: la fecha con el patrón report-status-day-pattern
# (chrono: %A día de la semana, %-d día, %B mes, %Y año).
report-status-day-pattern = %A %-d de %B de %Y
report-status-heading = El jardín de { $first } y { $second }, { $day }
report-status-nothing-yet = Aún no hay nada registrado. El jardín espera su primera semilla:
report-status-trust = Confianza
report-status-streak = Racha
report-status-streak-value = { $days ->
    [0] todavía no; cualquier acción de hoy empieza una
    [one] 1 día
   *[other] { $days } días seguidos
} (la mejor: { $best })
report-status-weather = Tiempo
report-status-recent-mood = , ánimo reciente { $mood } de 5
report-status-clouds = { $count ->
    [one] , una nube ({ $hint })
   *[other] , { $count } nubes ({ $hint }, cada una)
}
report-status-storm = Tormenta
report-status-together = Juntos
report-status-paused = En pausa
report-status-paused-value = hoy es un día de pausa: nada se marchita y la racha espera.
report-status-chapter = Capítulo { $number } de { $total }: { $title }
report-status-chapter-days = día { $days_in } de al menos { $min_days }: esta parte no se puede apresurar
report-status-chapter-trust = también espera a que el jardín llegue a { $percent } de confianza
report-status-plants = Plantas
report-status-wilted = , un poco marchita
report-status-weeds = { $count ->
    [one] una mala hierba: { $hint }
   *[other] { $count } malas hierbas: { $hint }, cada una
}
report-status-noticed = { $first } reconoció { $first_noticed } de las entradas de { $second }; { $second } reconoció { $second_noticed } de las de { $first }
report-status-open-promises = Promesas abiertas
report-status-due = , para el { $due }
report-status-events = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
} en el registro{ $aside }.
report-status-set-aside = ; { $count ->
    [one] { $count } línea dañada apartada
   *[other] { $count } líneas dañadas apartadas
}, consulten `trust-garden verify`

# El cielo sobre el jardín.
report-sky-storm-lingers = todavía hay una tormenta sobre el jardín
report-sky-clear = cielo despejado
report-sky-fair = buen tiempo
report-sky-overcast = nublado
report-sky-rain = lluvia; la tierra la está bebiendo
report-sky-stormy = tormentoso

## history
# Las horas se quedan como AAAA-MM-DD HH:MM, como las toma --at.
report-history-empty = Aún no hay nada registrado.
report-history-retracted = {" "}[retirada]
report-history-id = id { $id }
report-history-note = nota: { $note }
report-history-amended = {" "}(corregida)
report-history-seen-by = ✓ vista por { $name } ({ $when })
report-history-no-note = sin nota
report-history-edited-after-seen = ✎ editada después de que { $name } la viera; { $name } vio: { $then }
report-history-taken-back-after-seen = ✗ retirada después de que { $name } la viera
report-history-retracted-by = ✗ retirada por { $name } ({ $when }){ $reason }
report-history-unretracted-by = ↺ una retirada deshecha por { $name } ({ $when }){ $reason }

# Entradas que no son acciones.
report-history-label-setup = Jardín preparado
report-history-label-rename = Cambio de nombre
report-history-label-clock = Cambio de zona horaria o de inicio del día
report-history-label-pause = Pausa
report-history-label-roles = Quién salió herido
report-history-label-settle = Conflicto resuelto
report-history-label-erase = Nota borrada

# Los datos de una entrada en pocas palabras.
report-history-setup = { $first } y { $second }, { $zone }, los días empiezan a las { $day_start }, { $hurt }
report-history-renamed = ahora se llama { $name }
report-history-clock = desde ahora { $zone }, los días empiezan a las { $day_start }; los días anteriores quedan como estaban
report-history-check-in = ánimo { $mood }/5, { $calm ->
    [yes] en calma
   *[no] con tensión
}
report-history-due = { $text }, para el { $due }
report-history-minutes = { $minutes } min
report-history-minutes-what = { $minutes } min, { $what }
report-history-support-therapy = terapia
report-history-support-counselling = orientación
report-history-support-book = libro
report-history-support-other = otro
report-history-pause = del { $from } al { $to }
report-history-promise = promesa { $id }

## El archivo del jardín: qué puede estar mal y qué hizo al abrirlo.
# $path es el archivo, $line un número de línea (la 1 es la cabecera).
report-journal-not-utf8 = no es UTF-8 (byte erróneo en la columna { $column })
report-journal-no-checksum = falta la suma de control `// crc32c=` al final de la línea
report-journal-bad-checksum = suma de control incorrecta (la línea dice { $found }, su texto da { $expected })
report-journal-unreadable = línea ilegible con una suma de control válida: { $why }
report-journal-out-of-range = fuera de rango: { $why }
# Por qué una entrada no puede quedar tal cual ($why arriba y en los rechazos).
report-journal-date-outside-years = la fecha { $date } está fuera de los años { $first }-{ $last }
report-journal-offset-seconds = el desfase UTC { $offset } tiene segundos
report-journal-unopened = línea cifrada que no se abre con la clave de este archivo (dañada, cortada o movida desde otra entrada u otro archivo)
report-journal-plain-in-sealed = una línea sin cifrar en un archivo cifrado
report-journal-sealed-in-plain = una línea cifrada en un archivo sin cifrar
report-journal-duplicate-line = la entrada { $id } aparece de nuevo con otro contenido (primero en la línea { $first_line })
report-journal-line = línea { $line }: { $problem }
report-journal-torn-tail = la última línea está cortada ({ $bytes } bytes, sin final de línea); no se terminó de escribir
report-journal-missing-newline = a la última línea le falta el final de línea
report-journal-damaged-newline = la última línea termina en un byte dañado donde estaba su final de línea
report-journal-newer-event = la entrada { $id } es de una versión más nueva de trust-garden ({ $why })
report-journal-newer-line = línea de una versión más nueva de trust-garden ({ $why })
report-journal-newer-format-line = el formato { $found } es más nuevo de lo que admite esta versión ({ $supported }); solo lectura

report-journal-io = { $path }: { $doing }: { $error }
report-journal-already-exists = { $path }: ya existe; no se sobrescribe
report-journal-empty = { $path }: archivo vacío (0 bytes), no es un archivo de trust-garden; se dejó como estaba
report-journal-not-a-save = { $path }:1: no es un archivo de trust-garden ({ $why }); se dejó como estaba
report-journal-damaged-header = { $path }:1: la primera línea del archivo está dañada ({ $why }), las líneas siguientes están intactas; no se cambió nada. `trust-garden verify --repair` reconstruye la primera línea (a partir de una copia del archivo que esté a su lado, si la hay) y conserva todas las demás
report-journal-newer-format = { $path }:1: el formato { $found } es más nuevo de lo que admite esta versión ({ $supported }); aquí solo se puede leer, actualiza trust-garden para escribir en él
report-journal-rewrite-refused = { $path }: no se reescribe el archivo: { $why }
report-journal-duplicate-id = { $path }: la entrada { $id } ya está en el archivo
report-journal-encode = entrada { $id }: no se puede escribir: { $why }
report-journal-another-garden = { $path }:1: es el archivo de otro jardín (su cabecera nombra otro registro), no una copia de este; no se combinó nada y se dejó como estaba
report-journal-sealed = { $path }: { $problem }
report-journal-other-seal = { $path }: { $what }; no se combinó y se dejó como estaba, para que ninguna línea sin cifrar entre en un archivo cifrado. Para traer sus entradas, descifren ambos (`trust-garden decrypt` y `decrypt --save COPIA`), combínenlos y luego vuelvan a usar `trust-garden encrypt`
report-journal-plain-copy = una copia sin cifrar de este jardín cifrado
report-journal-encrypted-copy = una copia cifrada de este jardín sin cifrar
report-journal-own-seal-copy = una copia de este jardín cifrada por su cuenta (otra frase de contraseña u otra sal)

# Por qué no se abre un archivo cifrado ($problem en report-journal-sealed).
report-journal-seal-no-passphrase = el archivo del jardín está cifrado; indica su frase de contraseña (--passphrase-file ARCHIVO o TRUST_GARDEN_PASSPHRASE)
report-journal-seal-wrong-passphrase = esta frase de contraseña no abre el archivo del jardín; no se cambió nada
report-journal-seal-bad-params = la configuración de cifrado del archivo: { $why }
report-journal-seal-too-short = una frase de contraseña necesita al menos { $count } caracteres
report-journal-seal-wrong-key = la clave guardada en este dispositivo no abre este archivo
report-journal-seal-unknown-kdf = derivación de clave desconocida { $name }
report-journal-seal-outside-range = { $setting } { $value } está fuera de { $range }
report-journal-seal-salt = sal: { $error }

# Por qué una primera línea no es la cabecera de un archivo del jardín ($why en
# report-journal-not-a-save y report-journal-damaged-header); $error son las palabras de RON.
report-journal-header-not-utf8 = la primera línea no es texto UTF-8
report-journal-header-damaged = primera línea: { $damage }
report-journal-header-not-a-header = la primera línea no es una cabecera: { $error }
report-journal-header-format-unsealable = primera línea: el formato { $format } no se puede cifrar
report-journal-header-seal-missing = primera línea: la cabecera de un archivo cifrado sin los datos de su cifrado

# Por qué no se reescribe ahora el archivo ($why en report-journal-rewrite-refused
# y report-journal-notice-words-left).
report-journal-blocked-newer-format = su formato ({ $found }) es más nuevo que el de esta versión
report-journal-blocked-newer-line = la línea { $line } es de una versión más nueva de trust-garden
report-journal-blocked-set-aside = la línea { $line } está apartada ({ $damage })
report-journal-blocked-unreadable-line = la línea { $line } no se puede leer; no se cambió nada
report-journal-blocked-unreadable-beside = hay archivos a su lado con líneas que no se pueden cifrar (una línea cortada por un fallo, una línea dañada, una de otro jardín): { $files }; no se cambió nada. Revísenlos y luego usen `encrypt --discard-unreadable` para quitar esas líneas
report-journal-blocked-file-lines = { $path } ({ $count ->
    [one] línea
   *[other] líneas
} { $lines })

# Otro programa cambió el archivo durante una escritura ($error en report-journal-io).
report-journal-kept-replaced-writing = otro programa reemplazó el archivo una y otra vez mientras se escribía; inténtalo de nuevo
report-journal-kept-replaced-rewriting = otro programa reemplazó el archivo una y otra vez mientras se reescribía; inténtalo de nuevo
report-journal-changed-since-read = cambió desde que se leyó; vuelve a leerlo

# Lo que hizo `verify --repair` con una primera línea dañada.
report-journal-repaired = { $path }: se reconstruyó la primera línea ({ $from }); { $count ->
    [one] la línea siguiente no cambió
   *[other] las { $count } líneas siguientes no cambiaron
}; la línea dañada se guarda en { $damaged }
report-journal-repair-from-copy = tomada de { $path }
report-journal-repair-new-log = nueva: no se encontró ninguna copia de este jardín, así que nombra un registro nuevo; el dispositivo de tu pareja lo combinará con el suyo en cuanto tenga este archivo
# Por qué no se pudo ($why en report-journal-not-a-save).
report-journal-repair-one-damaged-line = solo contiene una línea dañada
report-journal-repair-no-intact-entry = después de su primera línea no hay ninguna entrada intacta
report-journal-repair-sealed-no-copy = sus líneas están cifradas y la primera línea dañada guardaba la configuración de la clave; no se encontró ninguna copia de este jardín de donde tomarla: indica una (el archivo del jardín de tu pareja) con `verify --repair --from COPIA`; no se cambió nada
report-journal-repair-changed-meanwhile = otro programa cambió el archivo mientras tanto; no se cambió nada, inténtalo de nuevo

# Qué hacía una operación de archivo cuando falló ($doing arriba).
report-journal-doing-reading = al leer
report-journal-doing-opening = al abrir
report-journal-doing-opening-for-append = al abrir para añadir
report-journal-doing-opening-for-writing = al abrir para escribir
report-journal-doing-opening-the-lock-file = al abrir el archivo de bloqueo
report-journal-doing-appending = al añadir
report-journal-doing-creating = al crear
report-journal-doing-creating-the-folder = al crear la carpeta
report-journal-doing-listing-the-folder = al listar la carpeta
report-journal-doing-locking = al bloquear
report-journal-doing-moving-into-the-archive = al mover al archivo histórico
report-journal-doing-removing = al eliminar
report-journal-doing-repairing = al reparar
report-journal-doing-replacing = al reemplazar
report-journal-doing-restoring-the-last-line-end = al restaurar el último final de línea
report-journal-doing-rewriting = al reescribir
report-journal-doing-syncing-the-folder = al sincronizar la carpeta
report-journal-doing-writing = al escribir
report-journal-doing-writing-the-first-line = al escribir la primera línea
report-journal-doing-cutting-off-the-torn-last-line = al recortar la última línea cortada

# Lo que hizo abrir el archivo, un aviso cada vez.
report-journal-notice-newer-format = el formato del archivo ({ $found }) es más nuevo que el de esta versión; aquí solo se puede leer
report-journal-notice-torn-tail = línea { $line }: una escritura sin terminar ({ $bytes } bytes) se movió a { $path } y se recortó
report-journal-notice-completed-line = línea { $line }: se añadió el final de línea que faltaba
report-journal-notice-restored-line-end = línea { $line }: su final de línea era un byte dañado y se restauró
report-journal-notice-read-only-tail = línea { $line }: la última línea está sin terminar y el archivo está en un soporte de solo lectura, así que se dejó como estaba
report-journal-notice-set-aside = línea { $line }: apartada, { $damage }
report-journal-notice-set-aside-file = las líneas apartadas se copiaron en { $path }
report-journal-notice-newer-line = línea { $line }: de una versión más nueva de trust-garden, se conserva tal cual
report-journal-notice-merged-copy = se combinó la copia de conflicto { $copy } ({ $added } entradas nuevas, { $conflicts } conflictos) y se movió a { $archived }
report-journal-notice-words-left = las palabras borradas siguen en el archivo, que no se puede reescribir mientras { $why }; nunca se muestran y se eliminarán en cuanto se pueda
report-journal-notice-other-garden = { $path } se llama como una copia de conflicto pero contiene otro jardín; se dejó sin tocar
report-journal-notice-unmerged-copy = no se pudo combinar la copia de conflicto { $copy }: { $error }
