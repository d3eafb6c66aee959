# Palabras que comparten todas las partes de Trust Garden.
date-long = %-d de %B de %Y
date-short = %-d %b
decimal-mark = ,
date-month-year = %B de %Y
# A share as a whole percentage, as the language writes it ("47%", "47 %").
percent = { $value } %
days-ago = { $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
}

# Lo que una pareja registra: el nombre, y .inline la forma dentro de una frase.
action-honest-talk = Conversación sincera
    .inline = conversación sincera
action-check-in = Check-in
    .inline = check-in
action-promise = Promesa hecha
    .inline = promesa hecha
action-kept = Promesa cumplida
    .inline = promesa cumplida
action-broken = Promesa no cumplida (dicho con honestidad)
    .inline = promesa no cumplida (dicho con honestidad)
action-quality-time = Tiempo de calidad
    .inline = tiempo de calidad
action-apology = Disculpa sincera
    .inline = disculpa sincera
action-support = Sesión de apoyo
    .inline = sesión de apoyo
action-let-it-go = Dejarlo ir
    .inline = dejarlo ir
action-kindness = Amabilidad
    .inline = amabilidad
action-gratitude = Gratitud
    .inline = gratitud
action-feels-off = Algo no va bien
    .inline = algo no va bien
action-moving-forward = Seguir adelante
    .inline = seguir adelante
action-ack = Reconocido
    .inline = reconocido
