# Palabras que comparten todas las partes de Trust Garden.
date-long = %-d de %B de %Y
date-short = %-d %b
date-month-year = %B de %Y
days-ago = { $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
}
