# levels
# Los capítulos incluidos (levels/*.ron) en palabras: chapter-<id>-title, -story,
# -to-hurt (para la persona herida) y -to-caused (para la persona que causó
# la herida).

## levels/01-roots.ron
chapter-roots-title = Raíces
chapter-roots-story = Todo jardín empieza bajo la superficie. Antes de que algo pueda crecer, siéntense y hablen de lo que pasó y por qué, con toda la honestidad que puedan. No tiene que salir perfecto, ni todo de una vez. La honestidad, incluso cuando cuesta, es lo que beben las raíces.
chapter-roots-to-hurt = No tienes que escucharlo todo de una vez. Pregunta lo que necesites para entender, y di cuándo necesitas una pausa.
chapter-roots-to-caused = Di la verdad sobre lo que pasó y por qué, también las partes difíciles, y responde a las preguntas sin defenderte.

## levels/02-open-ground.ron
chapter-open-ground-title = Tierra abierta
chapter-open-ground-story = Con las raíces ya puestas, la tierra puede abrirse. Pregúntense casi a diario: ¿cómo estás, de verdad? Hablen desde su propio lado («Me sentí … cuando …») en lugar de hablar de la otra persona, y escuchen la respuesta. Palabras pequeñas y sinceras, a menudo, mantienen la tierra suelta.
chapter-open-ground-to-hurt = Di cómo te sientes con tus propias palabras, también los sentimientos difíciles. Tu dolor tiene permiso para estar aquí.
chapter-open-ground-to-caused = Escucha cómo se siente tu pareja sin tratar de justificarlo, y cuenta también cómo estás tú.

## levels/03-patience.ron
chapter-patience-title = Paciencia
chapter-patience-story = La confianza puede romperse en un instante y tarda un tiempo en sanar. Así funciona, sin más; no es señal de que estén fallando. Algunos días se sentirán más ligeros que otros. Sigan presentes con suavidad, sean amables entre ustedes mientras sanan, y dejen que el jardín se tome el tiempo que necesita.
chapter-patience-to-hurt = Sanar no es una línea recta. Un día difícil no borra los buenos, y el ritmo lo marcas tú.
chapter-patience-to-caused = El cambio no se nota de la noche a la mañana. Sigue presente, y no pidas que confíen en ti más deprisa.

## levels/04-steady-growth.ron
chapter-steady-growth-title = Crecimiento constante
chapter-steady-growth-story = Las palabras echan raíces cuando los actos las siguen. Pequeñas promesas, cumplidas de verdad y vistas, convierten poco a poco a alguien de nuevo en una persona en quien apoyarse. Son las cosas de cada día, repetidas un día tras otro, las que lo logran.
chapter-steady-growth-to-hurt = Aquí nada te pide que prometas algo. Cuando veas una promesa cumplida, puedes decirlo.
chapter-steady-growth-to-caused = Haz pequeñas promesas que sepas que puedes cumplir, cúmplelas y deja que se vean. Si alguna se te escapa, dilo con honestidad.

## levels/05-clearing-weeds.ron
chapter-clearing-weeds-title = Quitar malas hierbas
chapter-clearing-weeds-story = Todo jardín tiene algunas malas hierbas. Asumir la parte que a uno le toca y pedir perdón de corazón las quita, y una disculpa llega del todo cuando la otra persona la ha escuchado. Tampoco cada cosa pequeña necesita una pelea: dejar ir alguna mantiene los senderos abiertos para lo que importa.
chapter-clearing-weeds-to-hurt = Aquí nada te pide que dejes ir algo. Cuando una disculpa te llegue, puedes decir que la has escuchado.
chapter-clearing-weeds-to-caused = Asume tu parte y pide perdón de corazón. Elige no pelear por las cosas pequeñas.

## levels/06-trellis.ron
chapter-trellis-title = Espaldera
chapter-trellis-story = Las plantas trepadoras llegan más alto cuando tienen algo en que apoyarse. Cuando sientan que no avanzan, un consejero, una terapeuta o un buen libro leído a la par pueden darles sostén mientras crecen; pedir ayuda es una forma de fortaleza. Lo necesiten o no, apóyense mutuamente: pequeñas amabilidades, vistas y agradecidas.
chapter-trellis-to-hurt = Apóyate en cualquier ayuda que te sirva, y deja que el cariño de tu pareja te alcance cuando puedas.
chapter-trellis-to-caused = Acompaña la sanación de tu pareja, y busca apoyo para tu propio cambio si lo necesitas.

## levels/07-bloom.ron
chapter-bloom-title = Florecer
chapter-bloom-story = Este jardín es de ustedes dos, y florece porque ustedes dos lo cuidan. Pasen tiempo en pareja que les recuerde por qué se eligieron, y digan en voz alta lo que agradecen. Seguir adelante es distinto para cada persona, y cada quien lo marca por su cuenta.
chapter-bloom-to-hurt = Cuando te sientas con fuerzas, y ni un día antes, marca que sigues adelante. Nadie puede hacerlo por ti, y la tormenta amaina con ello.
chapter-bloom-to-caused = Seguir adelante, para ti, es soltar la culpa y vivir el cambio. La tormenta amaina con la disposición de tu pareja, no con la tuya.

## Problemas en un archivo de nivel (chapters/load.rs, chapters/validate.rs).
## Siguen a «archivo:línea:columna: campo: »; $error son las palabras del sistema.
level-top-level = (nivel superior)
level-cannot-read-folder = no se puede leer la carpeta: { $error }
level-no-chapter-files = aquí no hay archivos de capítulos (se esperan archivos como 01-roots.ron: un número, un nombre, .ron)
level-cannot-read = no se puede leer: { $error }
level-duplicate-id = { $id } ya es el id de { $file }
level-expected-integer = se esperaba un número entero
level-expected-boolean = se esperaba true o false
level-expected-string = se esperaba texto entre comillas dobles
level-expected-list = se esperaba una lista entre [ ]
level-expected-comma = se esperaba una coma antes de esto
level-expected-whole-number = se esperaba un número entero de 0 o más
level-missing-field = falta (este campo es obligatorio)
level-unknown-field = campo desconocido { $found } (se esperaba uno de: { $expected })
level-ron-problem = aquí no se puede leer como archivo de capítulo (RON dice: { $detail })
level-unknown-value = valor desconocido { $found } (se esperaba uno de: { $expected })
level-bad-id = { $id } no es un id válido (se esperan minúsculas, dígitos y '-', p. ej. "open-ground")
level-empty = no puede estar vacío
level-min-days-zero = debe ser al menos 1 (ningún capítulo termina en un instante)
level-min-trust-range = { $value } está fuera de rango (de 0 a menos de 1, p. ej. 0.3 para un 30 %)
level-all-optional = todas las metas son opcionales; un capítulo necesita al menos una que pida
level-no-goals = un capítulo necesita al menos una meta
level-unknown-action = acción desconocida { $action } (se esperaba una de: { $expected })
level-count-zero = debe ser al menos 1
level-both-needs-two = `who: Both` necesita al menos 2 (una de cada persona); usa `Either` para 1
level-ack-of-ack = un reconocimiento no puede reconocerse a sí mismo
level-empty-window = Days(0) es un plazo vacío; usa al menos Days(1)
level-never-met = nunca se puede cumplir: con `daily: true` cuentan como mucho { $most } en Days({ $days })
