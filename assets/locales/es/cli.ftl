# cli
# Lo que la orden `trust-garden` muestra a las personas. Nunca se traduce:
# JSON, CSV, nombres de órdenes y opciones (--by, --at …), nombres de acciones
# (honest-talk) ni las palabras que se escriben como valores (this, other,
# both, unsaid). Los valores escritos ($typed, $text) llegan entre comillas.

cli-error = error: { $message }
cli-internal-error = error: error interno{ $place }: { $message } (por favor, infórmanos)
cli-internal-error-place = {" "}en { $file }:{ $line }
cli-note = nota: { $path }: { $notice }
cli-cannot-write-stdout = no se puede escribir en la salida estándar: { $error }
cli-cannot-write-status-json = no se puede escribir el estado como JSON: { $error }
cli-cannot-write-history-json = no se puede escribir el historial como JSON: { $error }
cli-cannot-create-folder = no se puede crear la carpeta { $path }: { $error }
cli-no-app = esta versión no incluye la app; vuelve a compilarla con las funciones predeterminadas

## El archivo del jardín
cli-no-save = no hay ningún archivo del jardín en { $path }; empiecen uno con `trust-garden init --partners NOMBRE NOMBRE` (o indiquen uno existente con --save / TRUST_GARDEN_SAVE)
cli-save-exists = { $path } ya existe; no se cambió nada (elige otra ruta con --save o mueve antes ese archivo)
cli-save-path-empty = la ruta del archivo del jardín está vacía (revisa --save o TRUST_GARDEN_SAVE)
cli-no-home = no se encuentra una carpeta personal para el archivo del jardín; usa --save RUTA o define TRUST_GARDEN_SAVE
cli-not-set-up = el archivo no tiene la entrada inicial (nombres, zona horaria); ¿se creó con `init`?

## Frases de contraseña
cli-encrypt-needs-passphrase = --encrypt: indica la nueva frase de contraseña con --passphrase-file ARCHIVO o TRUST_GARDEN_PASSPHRASE (nunca en la línea de órdenes); no se escribió nada
cli-passphrase-not-utf8 = { $variable }: la frase de contraseña no es UTF-8 válido
cli-passphrase-empty = la frase de contraseña indicada está vacía ({ $source })
cli-passphrase-file-unreadable = --passphrase-file { $path }: { $error }
cli-passphrase-file-not-text = --passphrase-file { $path }: no es texto UTF-8

## Nombres, identificadores y horas escritos
cli-not-a-partner = --by { $typed } no es ninguno de los dos (se llaman { $first } y { $second })
cli-hurt-not-a-partner = --hurt { $typed } no es ninguno de los dos, ni `both` ni `unsaid` (se llaman { $first } y { $second })
cli-partners-two = --partners necesita exactamente dos nombres
cli-partners-empty = --partners: un nombre no puede estar vacío
cli-partners-same = --partners: los dos nombres deben ser distintos ({ $name } aparece dos veces)
cli-id-empty = el identificador de una entrada no puede estar vacío
cli-no-such-id = ninguna entrada tiene un identificador que empiece o termine con { $typed }
cli-ambiguous-id = el identificador { $typed } es ambiguo: podría ser { $candidates }{ $more }; escribe un poco más
cli-ambiguous-id-more = {" "}y { $count } más
cli-not-a-time = --at { $typed } no es una hora: usa RFC 3339 (2026-05-01T21:30:00+02:00) o AAAA-MM-DD HH:MM en la zona horaria de la pareja ({ $zone })
cli-skipped-time = --at { $typed } no existe en { $zone } (los relojes se la saltan por el cambio de hora)
cli-not-a-date = { $flag } { $typed } no es una fecha (se espera AAAA-MM-DD)
cli-not-a-time-of-day = --day-starts { $typed } no es una hora del día (se espera HH:MM, p. ej. 04:00)

## init y demo
cli-init-done = Un jardín nuevo para { $first } y { $second } ({ $zone }, los días empiezan a las { $day_start }).
    Guardado en { $path }
cli-demo-days-out-of-range = --days { $days } está fuera del rango posible (de 1 a { $max })
cli-demo-bad-zone = --tz { $typed } no es una zona horaria IANA (p. ej. Europe/Madrid)
cli-demo-too-far-back = --days { $days } llega a antes del comienzo del calendario
cli-demo-done = Se escribieron { $count } entradas ({ $days } días, semilla { $seed }) para { $first } y { $second } en { $path }

## conflicts y settle («this» y «other» son lo que acepta --keep)
cli-no-conflicts = no hay conflictos que resolver
cli-conflict-entry = entrada { $id }
cli-conflicts-how = resuelvan cada uno con `trust-garden settle ID --keep this|other --by NOMBRE`
cli-no-such-conflict = no hay ningún conflicto pendiente con el identificador { $typed }; `trust-garden conflicts` los muestra
cli-ambiguous-conflict = { $typed } corresponde a más de un conflicto; escribe un poco más

## encrypt y decrypt
cli-encrypt-needs-passphrase-now = encrypt: indica la frase de contraseña con --passphrase-file ARCHIVO o TRUST_GARDEN_PASSPHRASE (nunca en la línea de órdenes); no se cambió nada
cli-encrypted = { $path } está cifrado
cli-already-encrypted = { $path } ya estaba cifrado
cli-decrypted = { $path } vuelve a ser texto sin cifrar
cli-already-plain = { $path } ya era texto sin cifrar
cli-sealed-side-files = ; { $count ->
    [one] también { $count } archivo a su lado
   *[other] también { $count } archivos a su lado
}
cli-sealed-removed = se eliminó { $path } (solo tenía líneas que no se podían cifrar)
cli-unreadable-removed = { $count ->
    [one] se eliminó { $count } línea ilegible junto al archivo del jardín
   *[other] se eliminaron { $count } líneas ilegibles junto al archivo del jardín
}
cli-unreadable-left = { $count ->
    [one] { $count } línea ilegible junto al archivo del jardín se dejó como estaba (no se puede abrir)
   *[other] { $count } líneas ilegibles junto al archivo del jardín se dejaron como estaban (no se pueden abrir)
}

## export y summary
cli-export-sealed = { $path } está cifrado, pero una exportación CSV es texto sin cifrar: quien pueda leer el archivo leerá todas las notas. No se escribió nada; añade --plain-text para exportar de todos modos
cli-export-done = Se escribieron { $count } entradas en { $path }
cli-export-nothing-exported = { $error }; no se exportó nada
cli-summary-sealed = { $path } está cifrado, pero el resumen es una página sin cifrar: quien pueda leer el archivo leerá lo que dice de sus semanas. No se escribió nada; añade --plain-text para crearlo de todos modos
cli-summary-from-after-to = --from { $from } es posterior a --to { $to }; no se escribió nada
cli-summary-to-after-today = --to { $to } es posterior a hoy ({ $today }); no se escribió nada
cli-summary-done = Se escribió el resumen del { $from } al { $to } en { $path }
cli-summary-done-with-notes = Se escribió el resumen del { $from } al { $to } en { $path } (con sus notas)

## levels
cli-levels-broken-built-in = los capítulos incluidos están dañados (un error de esta versión): { $problem }
cli-not-a-folder = { $path } no es una carpeta
cli-levels-ok = ok: { $count } capítulos en { $path }

## verify y merge
cli-verify-ok = ok: { $path } no tiene problemas
cli-merge-no-such-file = { $path }: no existe ese archivo para combinar
cli-merge-itself = { $path } es el propio archivo del jardín; no hay nada que combinar
cli-merged = combinado { $other }: { $added } nuevas, { $present } ya estaban{ $settled }{ $written }
cli-merged-settled = , { $count } en otra versión, resueltas
cli-merged-appended = ; añadidas al archivo del jardín
cli-merge-conflict = conflicto: la entrada { $id } es distinta en el archivo del jardín y en { $other }; se queda la versión del archivo del jardín
cli-merge-conflicts-file = las dos versiones de cada conflicto están en { $path }
cli-merge-not-merged = { $other }: { $problem } (no se combinó)

## clock, rename y zones: cambiar la configuración más tarde
cli-clock-done = Desde ahora sus días siguen { $zone } y empiezan a las { $day_start }. Los días anteriores quedan como estaban.
cli-rename-done = { $before } ahora se llama { $name }.
cli-zones-none = ninguna zona horaria coincide con { $query }; prueba con unas letras de una ciudad, p. ej. «berl» o «new york»
