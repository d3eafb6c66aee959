//! The summary's sentences: one short paragraph per week, written from the
//! figures, plain and even-handed (it is read with a counsellor). The words
//! and their grammar (plural forms, how a list ends) are messages in
//! summary.ftl; this only chooses which sentences a week needs.

use chrono::NaiveDate;

use super::data::Week;
use crate::i18n;
use crate::t;

/// A share of 1 as a whole percentage, written the current language's way:
/// "47%", "47 %".
pub fn percent(share: f32) -> String {
    t!("percent", value = format!("{:.0}", share * 100.0))
}

/// A list read aloud: "a", "a and b", "a, b and c" ("a, b und c", "a, b y c").
pub fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("summary-list-and", first = rest.join(", "), last = last),
    }
}

/// A week (or any stretch) by its first and last day, short.
pub fn span(from: NaiveDate, to: NaiveDate) -> String {
    t!(
        "summary-week-range",
        from = i18n::date_short(from),
        to = i18n::date_short(to)
    )
}

/// How trust moved over a stretch.
pub fn trust_moved(from: f32, to: f32) -> String {
    let (a, b) = (percent(from), percent(to));
    if a == b {
        t!("summary-trust-held", to = b)
    } else if to > from {
        t!("summary-trust-grew", from = a, to = b)
    } else {
        t!("summary-trust-eased", from = a, to = b)
    }
}

/// The paragraph for one week.
pub fn week_paragraph(week: &Week, names: &[String; 2]) -> String {
    let [a, b] = names;
    let mut said = Vec::new();
    let together = week.actions[0] + week.actions[1];
    if together == 0 {
        said.push(t!("summary-week-nothing"));
    } else {
        let most: Vec<String> = week
            .by_action
            .iter()
            .take(3)
            .map(|(action, _)| action.label_inline())
            .collect();
        said.push(t!(
            "summary-week-actions",
            a = a,
            b = b,
            together = together,
            by_a = week.actions[0],
            by_b = week.actions[1],
            most = listed(&most)
        ));
    }
    said.push(trust_moved(week.trust.0, week.trust.1));
    let c = &week.check_ins;
    match c.mood {
        Some(mood) => said.push(t!(
            "summary-week-check-ins",
            count = c.count,
            calm = c.calm,
            tense = c.tense,
            mood = crate::i18n::decimal(mood, 1)
        )),
        None => said.push(t!("summary-week-no-check-ins")),
    }
    let p = &week.promises;
    if p.made + p.kept + p.admitted_broken > 0 {
        said.push(t!(
            "summary-week-promises",
            made = p.made,
            kept = p.kept,
            broken = p.admitted_broken
        ));
    }
    if p.overdue > 0 {
        said.push(t!("summary-week-overdue", count = p.overdue));
    }
    said.push(t!(
        "summary-week-acknowledged",
        a = a,
        b = b,
        by_a = week.acknowledged[0],
        by_b = week.acknowledged[1]
    ));
    if week.pause_days > 0 {
        said.push(t!("summary-week-pauses", count = week.pause_days));
    }
    said.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};
    use crate::journal::Action;
    use crate::report::summary::{CheckIns, Promises};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    /// A week with one of everything it can hold once, or several of each.
    fn week(n: u32) -> Week {
        Week {
            from: day(3),
            to: day(9),
            actions: [n, n],
            by_action: vec![
                (Action::CheckIn, n),
                (Action::QualityTime, n),
                (Action::Gratitude, 0),
            ],
            trust: (0.41, 0.45),
            promises: Promises {
                made: n,
                kept: n,
                admitted_broken: n,
                overdue: n,
            },
            check_ins: CheckIns {
                count: n,
                calm: n,
                tense: 0,
                mood: Some(3.5),
            },
            acknowledged: [n, n],
            pause_days: n,
        }
    }

    fn names() -> [String; 2] {
        ["Alex".into(), "Sam".into()]
    }

    #[test]
    fn lists_and_counts_read_as_sentences() {
        scoped(Lang::En, || {
            assert_eq!(listed(&[]), "");
            assert_eq!(listed(&["a".into()]), "a");
            assert_eq!(listed(&["a".into(), "b".into(), "c".into()]), "a, b and c");
            assert_eq!(
                t!("summary-week-overdue", count = 1),
                "At the week's end 1 promise was past its day without a word."
            );
            assert_eq!(trust_moved(0.41, 0.45), "Trust grew from 41% to 45%.");
            assert_eq!(trust_moved(0.45, 0.449), "Trust held at 45%.");
            assert_eq!(trust_moved(0.5, 0.3), "Trust eased from 50% to 30%.");
            assert_eq!(crate::i18n::decimal(3.46, 1), "3.5");
        });
    }

    #[test]
    fn german_and_spanish_lists_numbers_and_trust_follow_their_own_rules() {
        let abc = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        scoped(Lang::De, || {
            assert_eq!(listed(&abc), "a, b und c");
            assert_eq!(percent(0.47), "47\u{202f}%");
            assert_eq!(crate::i18n::decimal(3.46, 1), "3,5");
            assert_eq!(
                trust_moved(0.41, 0.45),
                "Das Vertrauen wuchs von 41\u{202f}% auf 45\u{202f}%."
            );
            assert_eq!(span(day(3), day(9)), "3. Mär – 9. Mär");
        });
        scoped(Lang::Es, || {
            assert_eq!(listed(&abc), "a, b y c");
            assert_eq!(percent(0.47), "47\u{a0}%");
            assert_eq!(
                trust_moved(0.5, 0.3),
                "La confianza bajó del 50\u{a0}% al 30\u{a0}%."
            );
            assert_eq!(span(day(3), day(9)), "3 mar – 9 mar");
        });
    }

    #[test]
    fn a_german_week_says_one_and_several_in_the_right_forms() {
        scoped(Lang::De, || {
            let one = week_paragraph(&week(1), &names());
            for words in [
                "Zusammen haben Alex und Sam 2 Schritte festgehalten (1 von Alex, 1 von Sam), \
                 am häufigsten: Check-in, Zeit zu zweit und Dankbarkeit.",
                "1 Check-in: 1 ruhig, 0 angespannt; die Stimmung lag im Schnitt bei 3,5 von 5.",
                "Am Ende der Woche war 1 Versprechen über den vereinbarten Tag hinaus",
                "Alex hat 1 Eintrag von Sam gewürdigt, und Sam 1 von Alex.",
                "1 Tag war eine Pause",
            ] {
                assert!(one.contains(words), "{words:?} not in {one:?}");
            }
            let several = week_paragraph(&week(3), &names());
            for words in [
                "6 Schritte",
                "3 Check-ins: 3 ruhig",
                "waren 3 Versprechen über den vereinbarten Tag hinaus",
                "Alex hat 3 Einträge von Sam gewürdigt",
                "3 Tage waren eine Pause",
            ] {
                assert!(several.contains(words), "{words:?} not in {several:?}");
            }
            let quiet = week_paragraph(&week(0), &names());
            assert!(quiet.starts_with("In dieser Woche wurden keine Schritte festgehalten."));
        });
    }

    #[test]
    fn a_spanish_week_says_one_and_several_in_the_right_forms() {
        scoped(Lang::Es, || {
            let one = week_paragraph(&week(1), &names());
            for words in [
                "Entre Alex y Sam registraron 2 acciones (1 de Alex, 1 de Sam); lo más \
                 frecuente: check-in, tiempo de calidad y gratitud.",
                "1 check-in: 1 en calma, 0 con tensión; el ánimo fue de 3,5 sobre 5 de media.",
                "Promesas: 1 hecha, 1 cumplida y 1 no cumplida y reconocida.",
                "1 promesa había pasado su fecha",
                "Alex reconoció 1 registro de Sam",
                "1 día fue una pausa",
            ] {
                assert!(one.contains(words), "{words:?} not in {one:?}");
            }
            let several = week_paragraph(&week(3), &names());
            for words in [
                "Promesas: 3 hechas, 3 cumplidas y 3 no cumplidas y reconocidas.",
                "3 promesas habían pasado su fecha",
                "Alex reconoció 3 registros de Sam",
                "3 días fueron una pausa",
            ] {
                assert!(several.contains(words), "{words:?} not in {several:?}");
            }
        });
    }
}
