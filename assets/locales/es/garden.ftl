# garden
# Palabras sobre el jardín: pistas, tarjetas de plantas, el jardín en palabras
# para lectores de pantalla, metas de los capítulos y la línea de hoy.

## Lo que despeja una mala hierba, una nube, la tormenta.
garden-weed-hint-silent = una promesa sobre la que se guardó silencio pasado su día: decir con honestidad cómo fue, cumplida o no, la despeja
garden-weed-hint = una disculpa que la otra persona reconoce, o dejar ir una cosa pequeña, la despeja
garden-cloud-hint = un check-in tranquilo o una conversación sincera la despeja
garden-storm-hint-one = amaina un poco con cada día de cuidado, y más cuando { $name } sienta que puede seguir adelante
garden-storm-hint-each = amaina un poco con cada día de cuidado, y más a medida que cada uno de ustedes sienta que puede seguir adelante

## Quién fue la persona herida, en pocas palabras.
garden-hurt-one = { $name } fue la persona herida
garden-hurt-both = las dos personas salieron heridas
garden-hurt-not-said = no se ha dicho quién fue la persona herida

## Una entrada escrita después del día en que ocurrió.
garden-late = { $days ->
    [one] anotado un día después
   *[other] anotado { $days } días después
}

## Las plantas. El valor es el título de la tarjeta; .story lo que las hace
## crecer; .the la planta como sujeto de una frase; .listed la planta en una
## enumeración (en español, con su artículo).
garden-species-roots = Raíces
    .story = Las conversaciones sinceras las hacen más profundas, y también una disculpa sincera.
    .the = las raíces
    .listed = las raíces
garden-species-soil = Tierra
    .story = Los check-ins la riegan, y también decir con calma que algo no va bien.
    .the = la tierra
    .listed = la tierra
garden-species-tree = El árbol
    .story = Cada promesa cumplida le suma un anillo: lento y firme. Una promesa rota lo hace retroceder.
    .the = el árbol
    .listed = el árbol
garden-species-flowers = Flores
    .story = Florecen con el tiempo de calidad en pareja.
    .the = las flores
    .listed = las flores
garden-species-trellis = Espaldera
    .story = Las sesiones de apoyo la construyen, y acelera todo el crecimiento.
    .the = la espaldera
    .listed = la espaldera
garden-species-paths = Senderos
    .story = Dejar ir las cosas pequeñas los mantiene libres de maleza.
    .the = los senderos
    .listed = los senderos
garden-species-pollinators = Polinizadores
    .story = Los gestos de amabilidad los atraen.
    .the = los polinizadores
    .listed = los polinizadores
garden-species-lanterns = Farolillos
    .story = La gratitud y los recuerdos compartidos los encienden de noche, y también seguir adelante.
    .the = los farolillos
    .listed = los farolillos

## La etapa de una planta en una palabra.
garden-stage-seed = semilla
garden-stage-sprout = brote
garden-stage-young = joven
garden-stage-mature = adulta
garden-stage-flourishing = en plenitud

## Lo que desbloquea un capítulo.
garden-unlock-bench = Un banco para sentarse a hablar
garden-unlock-pond = Un estanque tranquilo
garden-unlock-sundial = Un reloj de sol
garden-unlock-stepping-stones = Un camino de piedras
garden-unlock-birdhouse = Una casita para pájaros
garden-unlock-arch = Un arco de rosas
garden-unlock-swing = Un columpio para dos
garden-unlock-lantern-path = Un sendero de farolillos
garden-unlock-fountain = Una fuente
garden-unlock-wind-chime = Un móvil de viento

## El jardín en palabras, para quien escucha la pantalla (spoken.rs).
## El código pone en mayúscula la primera letra de cada frase.
garden-number = { $n ->
    [0] ninguna
    [1] una
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
   *[other] { $n }
}
garden-list-and = { $init } y { $last }
garden-spoken-storm = Hay una tormenta sobre el jardín
garden-spoken-storm-lifting = Hay una tormenta sobre el jardín, que amaina un poco
garden-spoken-light-storm = Una tormenta ligera cubre el jardín
garden-spoken-light-storm-lifting = Una tormenta ligera está amainando
garden-spoken-storm-lingers = Queda un poco de tormenta
garden-spoken-storm-last-lifting = Lo último de una tormenta se está yendo
garden-spoken-sky-clear = El cielo está despejado
garden-spoken-sky-fair = Hace buen tiempo
garden-spoken-sky-overcast = El cielo está nublado
garden-spoken-sky-rain = Está lloviendo
garden-spoken-weather = { $clouds ->
    [0] { $sky }.
    [one] { $sky }, con una nube.
   *[other] { $sky }, con { $number } nubes.
}
garden-spoken-paused = El jardín descansa durante una pausa.
garden-spoken-plants = { $plants }.
garden-spoken-all-seeds = Todas las plantas son todavía semillas, a la espera de un primer pequeño gesto de cuidado.
garden-spoken-still-seeds = { $names } { $form ->
    [single] todavía es una semilla
   *[several] todavía son semillas
}.
garden-spoken-absent = { $which ->
    [bees] Todavía no hay abejas.
    [lanterns] Todavía no hay farolillos.
   *[both] Todavía no hay abejas ni farolillos.
}
garden-spoken-plant-seed = { $the } { $form ->
    [single] apenas asoma
   *[several] apenas asoman
}
garden-spoken-plant-sprout = { $the } { $form ->
    [single] está brotando
   *[several] están brotando
}
garden-spoken-plant-young = { $the } { $form ->
    [single] es joven
   *[several] son jóvenes
}
garden-spoken-plant-mature = { $the } { $form ->
    [single] ya ha crecido
   *[several] ya han crecido
}
garden-spoken-plant-flourishing = { $the } { $form ->
    [single] está en todo su esplendor
   *[several] están en todo su esplendor
}
garden-spoken-bees-seed = de vez en cuando pasa una abeja
garden-spoken-bees-sprout = llega una primera abeja
garden-spoken-bees-young = vienen algunas abejas
garden-spoken-bees-mature = vienen abejas y mariposas
garden-spoken-bees-flourishing = abejas y mariposas llenan el jardín
garden-spoken-lanterns-seed = parpadea un farolillo
garden-spoken-lanterns-sprout = brilla un primer farolillo
garden-spoken-lanterns-young = brillan algunos farolillos
garden-spoken-lanterns-mature = los farolillos brillan a lo largo del sendero
garden-spoken-lanterns-flourishing = los farolillos brillan por todo el jardín
garden-spoken-growing = { $looks }, con más fuerza que hace una semana
garden-spoken-fading = { $looks }, con algo menos de fuerza que hace una semana
garden-spoken-drooping = { $looks }, con alguna hoja caída tras un revés
garden-spoken-more = { $looks }, más que hace una semana
garden-spoken-fewer = { $looks }, menos que hace una semana
garden-spoken-fewer-after-setback = { $looks }, menos tras un revés
garden-spoken-weeds = { $count ->
    [one] junto al sendero crece una mala hierba.
   *[other] junto al sendero crecen { $number } malas hierbas.
}

## Metas de los capítulos (chapters/words.rs): cómo se llaman $count de una
## acción, sin el número.
garden-noun-honest-talk = { $count ->
    [one] conversación sincera
   *[other] conversaciones sinceras
}
garden-noun-check-in = { $count ->
    [one] check-in
   *[other] check-ins
}
garden-noun-promise = { $count ->
    [one] promesa hecha
   *[other] promesas hechas
}
garden-noun-kept = { $count ->
    [one] promesa cumplida
   *[other] promesas cumplidas
}
garden-noun-broken = { $count ->
    [one] promesa no cumplida, admitida con honestidad
   *[other] promesas no cumplidas, admitidas con honestidad
}
garden-noun-quality-time = { $count ->
    [one] rato de tiempo de calidad
   *[other] ratos de tiempo de calidad
}
garden-noun-apology = { $count ->
    [one] disculpa sincera
   *[other] disculpas sinceras
}
garden-noun-support = { $count ->
    [one] sesión de apoyo
   *[other] sesiones de apoyo
}
garden-noun-let-it-go = { $count ->
    [one] cosa pequeña que se deja ir
   *[other] cosas pequeñas que se dejan ir
}
garden-noun-kindness = { $count ->
    [one] gesto de amabilidad
   *[other] gestos de amabilidad
}
garden-noun-gratitude = { $count ->
    [one] momento de gratitud
   *[other] momentos de gratitud
}
garden-noun-feels-off = { $count ->
    [one] aviso tranquilo de que algo no va bien
   *[other] avisos tranquilos de que algo no va bien
}
garden-noun-moving-forward = { $count ->
    [one] paso para seguir adelante
   *[other] pasos para seguir adelante
}
garden-noun-ack = { $count ->
    [one] reconocimiento
   *[other] reconocimientos
}
garden-goal-each = { $count } { $noun } de cada persona
garden-goal-both = { $count } { $noun } entre ustedes, con la participación de ambas partes
garden-goal-either = { $count } { $noun } de cualquiera de ustedes
garden-goal-hurt = { $count } { $noun } de la persona que fue herida
garden-goal-caused = { $count } { $noun } de la persona que causó la herida
garden-goal-if-it-helps = si les ayuda
garden-goal-acknowledged = con el reconocimiento de la otra persona
garden-goal-daily = en días distintos
garden-goal-within = { $days ->
    [one] en un plazo de un día
   *[other] en un plazo de { $days } días
}

## Invitaciones para la línea de hoy, cada una una posibilidad (siguen a
## «empieza con esto:» y «¿qué tal…?»).
garden-invite-honest-talk = una conversación sincera sobre lo que pasó y por qué, a un ritmo que se sienta seguro
garden-invite-check-in = un check-in sobre cómo se siente cada quien
garden-invite-promise = una pequeña promesa, una que sepas que puedes cumplir
garden-invite-kept = cumplir una de las promesas que has hecho
garden-invite-broken = si una promesa se quedó por el camino, simplemente decirlo; pesa mucho menos que el silencio
garden-invite-quality-time = un rato en pareja: un paseo, una comida, una tarde en casa
garden-invite-apology = una disculpa sincera por algo que todavía duele, si lo hay
garden-invite-support = una sesión de apoyo: orientación, terapia o un libro que lean a la par
garden-invite-let-it-go = dejar ir una cosa pequeña
garden-invite-kindness = un pequeño gesto de amabilidad
garden-invite-gratitude = compartir algo que agradeces, o un recuerdo querido
garden-invite-feels-off = si algo no va bien, decirlo con suavidad
garden-invite-moving-forward = marcar que ha llegado tu momento de seguir adelante, cuando de verdad se sienta bien y ni un momento antes
garden-invite-ack = decirle a la otra persona «Vi esto, y me importó» sobre algo que hizo
garden-invite-moving-forward-caused = soltar la culpa: marcar que sigues adelante, cuando te sientas con fuerzas
garden-invite-moving-forward-hurt = marcar que ha llegado tu momento de seguir adelante, cuando de verdad lo sientas así y ni un momento antes

## La línea de hoy (chapters/suggest.rs).
garden-today-begins = Cuando les parezca bien, «{ $title }» empieza con esto: { $invitation }.
garden-today-all-complete = Todos los capítulos están completos, y el jardín es suyo. Cualquier pequeño gesto de hoy lo sigue haciendo crecer.
garden-today-tended = Hoy ya han cuidado «{ $title }». Es más que suficiente; lo demás puede esperar a otro día.
garden-today-how-about = «{ $title }»: ¿qué tal { $invitation }? ({ $done } de { $needed } hasta ahora)
garden-today-once-acknowledged = Cuenta en cuanto la otra persona lo haya visto y reconocido.
garden-today-optional = «{ $title }»: si les ayuda, ¿qué tal { $invitation }? Es una elección suya; el capítulo no lo espera.
garden-today-part-done = Tu parte de «{ $title }» está hecha por ahora. Lo demás puede llegar a su propio ritmo, y cualquier gesto amable de hoy sigue haciendo crecer el jardín.
garden-today-days-left = Todo lo que pide «{ $title }» está hecho; se completa en { $days ->
    [one] un día más
   *[other] { $days } días más
}, porque la confianza crece a su propio ritmo. Disfruten de la calma.
garden-today-trust-left = Todo lo que pide «{ $title }» está hecho; se completa cuando el jardín haya crecido un poco más (confianza { $percent } %). El cuidado de cada día es lo que lo hace crecer.
