# El resumen que una pareja lleva a su terapia (`trust-garden summary`).
# Sencillo y equilibrado: se lee con una persona profesional. $a y $b son
# los nombres de los dos.

## Números y enumeraciones

# Una parte de 100, ya redondeada; con espacio de no separación.
summary-list-and = { $first } y { $last }
summary-week-range = { $from } – { $to }

## Cabecera de la página

summary-title = { $a } y { $b }: nuestras semanas en Trust Garden
summary-period = Del { $from } al { $to } · { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}
summary-private = Hecho el { $made } a partir del propio registro de la pareja. Es privado: compártanlo solo con quien ustedes elijan.
summary-notes-included = La pareja eligió incluir sus notas.
summary-notes-left-out = Sus notas no se incluyen.

## De un vistazo

summary-glance = De un vistazo
summary-glance-actions = Entre los dos registraron { $together ->
    [one] { $together } acción
   *[other] { $together } acciones
} ({ $by_a } de { $a }, { $by_b } de { $b }).
summary-glance-promises = Promesas: { $made ->
    [one] { $made } hecha
   *[other] { $made } hechas
}, { $kept ->
    [one] { $kept } cumplida
   *[other] { $kept } cumplidas
}, { $broken ->
    [one] { $broken } no cumplida y reconocida
   *[other] { $broken } no cumplidas y reconocidas
}, { $overdue ->
    [one] { $overdue } vencida al final
   *[other] { $overdue } vencidas al final
}.
summary-glance-check-ins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
} (ánimo medio de { $mood } sobre 5).
summary-glance-acknowledged = { $a } reconoció { $by_a ->
    [one] { $by_a } registro
   *[other] { $by_a } registros
} de { $b }, y { $b }, { $by_b } de { $a }.

## El capítulo

summary-where = Dónde están ahora
summary-chapter = Capítulo: { $title }, desde hace { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
summary-goals = Los objetivos del capítulo
summary-goal = Objetivo
summary-goal-done = Logrado hasta ahora
summary-goal-progress = { $done } de { $needed }
summary-no-chapter = La pareja aún no ha empezado ningún capítulo.

## Confianza

summary-trust = La confianza a lo largo del tiempo
summary-trust-chart = La confianza al final de cada día
summary-trust-chart-span = La confianza al final de cada día, del { $from } al { $to }.
summary-trust-table = La confianza al final de cada día, por semana
summary-week = Semana
summary-day-number = Día { $day }
summary-trust-axis = confianza
summary-trust-held = La confianza se mantuvo en el { $to }.
summary-trust-grew = La confianza creció del { $from } al { $to }.
summary-trust-eased = La confianza bajó del { $from } al { $to }.

## Lo que hizo cada persona

summary-actions = Lo que hizo cada persona, semana a semana
summary-actions-chart = Acciones por semana, cada barra rotulada con el primer día de la semana: { $a } en barras rellenas, { $b } en barras con solo el contorno
summary-actions-table = Acciones por semana (los reconocimientos se cuentan aparte)
summary-together = En total
summary-most-often = Lo más frecuente
summary-action-times = { $action } ({ $count })
summary-actions-axis = acciones

## Promesas

summary-promises = Promesas
summary-promises-explained = Una promesa no cumplida que se reconoce abiertamente cuenta como honestidad; una que pasa de su fecha sin que se diga nada queda vencida.
summary-promises-table = Promesas por semana
summary-promises-made = Hechas
summary-promises-kept = Cumplidas
summary-promises-admitted-broken = No cumplidas y reconocidas
summary-promises-overdue = Vencidas al final de la semana
summary-all-weeks = Todas las semanas

## Check-ins

summary-moods = Check-ins: ánimo, calma y tensión
summary-moods-chart = El ánimo de cada check-in, de 1 a 5: { $a } con círculos, { $b } con triángulos; rellenos si hubo calma, vacíos si hubo tensión
summary-moods-table = Check-ins por semana
summary-check-ins = Check-ins
summary-calm = En calma
summary-tense = Con tensión
summary-mean-mood = Ánimo medio
summary-moods-axis = ánimo (1 a 5)

## Reconocimientos

summary-seen = Verse el uno al otro
summary-seen-explained = Un reconocimiento dice: «Vi lo que hiciste».
summary-seen-table = Registros reconocidos por semana
summary-noticed = { $a } reconoció a { $b }

## Días de pausa

summary-pauses = Días de pausa
summary-no-pauses = No hubo días de pausa en estas semanas.
summary-pause-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
} que la pareja eligió como pausa: { $dates }.

## Semana a semana, en palabras

summary-in-words = Semana a semana, en palabras
summary-week-nothing = Esta semana no se registró ninguna acción.
summary-week-actions = Entre { $a } y { $b } registraron { $together ->
    [one] { $together } acción
   *[other] { $together } acciones
} ({ $by_a } de { $a }, { $by_b } de { $b }); lo más frecuente: { $most }.
summary-week-check-ins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}: { $calm } en calma, { $tense } con tensión; el ánimo fue de { $mood } sobre 5 de media.
summary-week-no-check-ins = No hubo check-ins.
summary-week-promises = Promesas: { $made ->
    [one] { $made } hecha
   *[other] { $made } hechas
}, { $kept ->
    [one] { $kept } cumplida
   *[other] { $kept } cumplidas
} y { $broken ->
    [one] { $broken } no cumplida y reconocida
   *[other] { $broken } no cumplidas y reconocidas
}.
summary-week-overdue = Al final de la semana, { $count ->
    [one] { $count } promesa había pasado su fecha
   *[other] { $count } promesas habían pasado su fecha
} sin que se dijera nada.
summary-week-acknowledged = { $a } reconoció { $by_a ->
    [one] { $by_a } registro
   *[other] { $by_a } registros
} de { $b }, y { $b }, { $by_b } de { $a }.
summary-week-pauses = { $count ->
    [one] { $count } día fue una pausa
   *[other] { $count } días fueron una pausa
} que eligió la pareja.

## Las notas de la pareja

summary-notes = Sus notas
summary-no-notes = No hay notas en estas semanas.

## Cuando un gráfico falla

summary-chart-failed = No se pudo dibujar el gráfico ({ $why }); la tabla de abajo recoge todas sus cifras.
