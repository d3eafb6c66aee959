# Words shared by every part of Trust Garden.
# Dates: chrono patterns (%B month, %b short month, %-d day, %Y year, %A weekday).
date-long = %B %-d, %Y
date-short = %b %-d
date-month-year = %B %Y
days-ago = { $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
}
