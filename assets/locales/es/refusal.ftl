# refusal
# Por qué se rechazó una orden, tal como lo muestran ambas interfaces.
# Las horas ($at, $began, $entry_at) aparecen como se escriben con --at
# (AAAA-MM-DD HH:MM); las fechas como AAAA-MM-DD. Los valores entre comillas
# ($name, $zone, $text) llegan ya con sus comillas.
refusal-not-set-up = el jardín aún no está preparado: empiecen con sus dos nombres y su zona horaria
refusal-already-set-up = el jardín ya está preparado
refusal-name-missing = un nombre no puede estar vacío
refusal-same-names = los dos nombres deben ser distintos ({ $name } aparece dos veces)
refusal-unknown-zone = no se reconoce la zona horaria { $zone } (se espera un nombre IANA como Europe/Madrid)
refusal-in-the-future = { $at } está en el futuro; registra las cosas cuando ya hayan pasado
refusal-before-the-garden-began = { $at } es anterior al comienzo del jardín ({ $began }); solo se puede registrar lo que ha pasado desde entonces
refusal-too-late = { $at } fue hace más de { $days } días; una entrada se puede registrar hasta { $days } días después de que ocurrió
refusal-not-an-action = eso no es una acción que se pueda registrar
refusal-roles-unchanged = eso ya es lo que dice el jardín
refusal-clock-unchanged = el jardín ya sigue { $zone } con esta hora de inicio del día; no cambió nada
refusal-name-unchanged = el nombre ya es { $name }; no cambió nada
refusal-mood-out-of-range = el ánimo { $mood } está fuera de la escala (1 = muy bajo … 5 = muy bueno)
refusal-minutes-out-of-range = { $minutes } minutos está fuera del rango posible (de 1 a 1440)
refusal-promise-without-words = escribe qué prometes
refusal-due-before-made = la fecha límite { $due } es anterior al día en que se hace la promesa ({ $made })
refusal-pause-backwards = la pausa termina ({ $to }) antes de empezar ({ $from })
refusal-out-of-range = { $why }; revisa la fecha
refusal-no-words-to-erase = la entrada { $entry } no tiene ninguna nota que borrar
refusal-not-a-version = eso no es una versión de la entrada { $entry }; no se resolvió nada
refusal-pause-too-far-back = una pausa desde el { $from } empieza demasiado atrás: una pausa puede empezar como mucho hace { $days } días, y nunca antes del comienzo del jardín
refusal-no-such-entry = no hay ninguna entrada { $entry } en este archivo
refusal-taken-back = la entrada { $entry } se retiró
refusal-not-a-promise = la entrada { $entry } no es una promesa (es { $is })
refusal-not-your-promise = la promesa { $text } la hizo { $maker }; solo { $maker } puede marcarla como cumplida o rota
refusal-promise-already-closed = la promesa { $text } ya está marcada como «{ $outcome }» ({ $by_entry }); para cambiarlo, retira eso primero
refusal-cannot-be-acknowledged = la entrada { $entry } es { $is }, no una acción que se pueda reconocer
refusal-own-entry = esta es tu propia entrada; solo { $other } puede reconocerla
refusal-already-acknowledged = la entrada { $entry } ya está reconocida
refusal-setup-stays = la preparación del jardín no se puede retirar; guarda sus nombres y su zona horaria
refusal-not-your-entry = la entrada { $entry } la registró { $author }; solo { $author } puede retirarla o editarla
refusal-empty-note = la nota nueva no puede estar vacía
refusal-no-note-to-amend = la entrada { $entry } es { $is }, que no tiene ninguna nota que editar
refusal-before-its-entry = { $at } es anterior a la entrada a la que se refiere ({ $entry }, registrada el { $entry_at })
refusal-export-onto-the-save = { $path } es el propio archivo del jardín; elige otro archivo para la exportación. No se escribió nada.
refusal-export-beside-the-save = { $path } es uno de los archivos que protegen el jardín (copia de seguridad, bloqueo, líneas apartadas o copia de un conflicto); elige otro nombre para la exportación. No se escribió nada.
refusal-export-onto-a-save = { $path } es un archivo de Trust Garden; una exportación nunca lo reemplaza. Elige otro archivo. No se escribió nada.
refusal-export-into-a-folder = { $path } es una carpeta; dale a la exportación un nombre de archivo dentro de ella. No se escribió nada.
refusal-export-onto-another-file = { $path } ya existe y no es una exportación anterior, así que no se toca; elige un nombre de archivo nuevo. No se escribió nada.

# Qué es una entrada que no es una acción, en medio de una frase («la entrada … es una pausa»).
refusal-kind-setup = la preparación del jardín
refusal-kind-rename = un cambio de nombre
refusal-kind-retract = una retirada
refusal-kind-amend = una corrección
refusal-kind-pause = una pausa
refusal-kind-roles = el dato de quién salió herido
refusal-kind-settle = la resolución de un conflicto
refusal-kind-erase = un borrado
refusal-kind-unknown = una entrada desconocida
