# report
# Lo que muestran `status` y `history`. El programa alinea en una columna
# las etiquetas de la izquierda de `status`.

## status
# $day: la fecha con el patrón report-status-day-pattern
# (chrono: %A día de la semana, %-d día, %B mes, %Y año).
report-status-day-pattern = %A %-d de %B de %Y
report-status-heading = El jardín de { $first } y { $second }, { $day }
report-status-nothing-yet = Aún no hay nada registrado. El jardín espera su primera semilla:
report-percent = { $value } %
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
report-status-noticed = { $first } notó { $first_noticed } de las entradas de { $second }; { $second } notó { $second_noticed } de las de { $first }
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

# Las plantas y sus etapas de crecimiento.
report-species-roots = raíces
report-species-soil = tierra
report-species-tree = árbol
report-species-flowers = flores
report-species-trellis = enrejado
report-species-paths = senderos
report-species-pollinators = polinizadores
report-species-lanterns = faroles
report-stage-seed = semilla
report-stage-sprout = brote
report-stage-young = joven
report-stage-mature = madura
report-stage-flourishing = en plena flor

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
report-history-label-pause = Pausa
report-history-label-roles = Quién salió herido
report-history-label-settle = Conflicto resuelto
report-history-label-erase = Nota borrada

# Los datos de una entrada en pocas palabras.
report-history-setup = { $first } y { $second }, { $zone }, los días empiezan a las { $day_start }, { $hurt }
report-history-renamed = ahora se llama { $name }
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
