//! Dates as each language writes them. The patterns are messages too
//! (`date-long`, …), so a translator sets the order; month and weekday names
//! come from chrono's locale data.

use chrono::{Locale, NaiveDate};

use super::{Lang, current};

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en_US,
        Lang::De => Locale::de_DE,
        Lang::Es => Locale::es_ES,
    }
}

fn format(day: NaiveDate, pattern_key: &str) -> String {
    let pattern = super::message(pattern_key, None);
    day.format_localized(&pattern, locale(current()))
        .to_string()
}

/// "March 4, 2025", "4. März 2025", "4 de marzo de 2025".
pub fn date_long(day: NaiveDate) -> String {
    format(day, "date-long")
}

/// "Mar 4", "4. März", "4 mar".
pub fn date_short(day: NaiveDate) -> String {
    format(day, "date-short")
}

/// "March 2025", "März 2025", "marzo de 2025".
pub fn month_year(day: NaiveDate) -> String {
    format(day, "date-month-year")
}

/// "Tuesday", "Dienstag", "martes".
pub fn weekday(day: NaiveDate) -> String {
    day.format_localized("%A", locale(current())).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::scoped;

    #[test]
    fn each_language_writes_a_date_its_own_way() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 4).unwrap();
        assert_eq!(scoped(Lang::En, || date_long(day)), "March 4, 2025");
        assert_eq!(scoped(Lang::De, || date_long(day)), "4. März 2025");
        assert_eq!(scoped(Lang::Es, || date_long(day)), "4 de marzo de 2025");
        assert_eq!(scoped(Lang::De, || weekday(day)), "Dienstag");
        assert_eq!(scoped(Lang::Es, || month_year(day)), "marzo de 2025");
    }
}
