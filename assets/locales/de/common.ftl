# Wörter, die alle Teile von Trust Garden teilen.
date-long = %-d. %B %Y
date-short = %-d. %b
date-month-year = %B %Y
days-ago = { $days ->
    [0] heute
    [one] gestern
   *[other] vor { $days } Tagen
}
