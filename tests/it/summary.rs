//! The summary for counselling, from four weeks a couple lived through the
//! command layer: every figure is what they did, nothing they took back or
//! erased shows, notes only when they ask, and the page is self-contained.

use chrono::Days;
use trust_garden::actions::{Command, When};
use trust_garden::i18n::{self, Lang};
use trust_garden::journal::Kind;
use trust_garden::report::summary::{Period, SummaryData, summarize, to_html};

use crate::rules::life::{A, B, Life, acknowledge_all, check_in, first_day, ordinary_day};

const HEARD: &str = "I felt heard when you asked about my day";
const ERASED: &str = "the thing I should never have written down";
const SCRIPT: &str = "<script>alert('x')</script> & more";

struct Lived {
    life: Life,
    /// Check-ins logged and not taken back: (calm, tense).
    check_ins: (u32, u32),
    /// Actions each partner logged and did not take back, week by week.
    actions: Vec<[u32; 2]>,
    /// Acknowledgements each partner gave.
    acks: [u32; 2],
}

fn note(life: &mut Life, by: trust_garden::journal::Partner, day: u64, kind: Kind, text: &str) {
    let command = Command::Log {
        kind,
        when: When::Now,
        note: Some(text.into()),
    };
    life.command(by, day, 12, 0, command).unwrap();
}

/// Four weeks of an ordinary couple (Sam was hurt), day by day, with
/// promises kept, admitted broken and left unspoken, a tense check-in taken
/// back, notes, and one note erased.
fn four_weeks() -> Lived {
    let mut lived = Lived {
        life: Life::sam_hurt(),
        check_ins: (0, 0),
        actions: vec![[0; 2]; 4],
        acks: [0; 2],
    };
    let life = &mut lived.life;
    let mut promise = None;
    for day in 0..28u64 {
        let week = day as usize / 7;
        let done = ordinary_day(life, day);
        lived.check_ins.0 += 2;
        for id in &done {
            let by = life.ledger().event(*id).unwrap().by;
            lived.actions[week][by.index()] += 1;
        }
        if day % 2 == 0 {
            acknowledge_all(life, day, &done);
            for id in &done {
                let by = life.ledger().event(*id).unwrap().by;
                lived.acks[by.other().index()] += 1;
            }
        }
        let mut alex_did = 1;
        match day {
            3 => promise = Some(life.promise(A, day, 10, "home by seven")),
            5 => {
                let promise = promise.take().unwrap();
                life.log(A, day, 19, Kind::PromiseKept { promise });
            }
            10 => promise = Some(life.promise(A, day, 10, "no phone at dinner")),
            12 => {
                let promise = promise.take().unwrap();
                life.log(A, day, 21, Kind::PromiseBroken { promise });
            }
            // Said, then never spoken of: overdue nine days later.
            14 => {
                life.promise(A, day, 10, "call your mother");
            }
            16 => note(life, A, day, Kind::Apology, SCRIPT),
            17 => {
                note(life, A, day, Kind::HonestTalk, ERASED);
                let erased = life.ledger().events().last().unwrap().id;
                let erase = Command::Erase {
                    entry: erased,
                    when: When::Now,
                };
                life.command(A, day, 13, 0, erase).unwrap();
            }
            _ => alex_did = 0,
        }
        lived.actions[week][0] += alex_did;
        let mut sam_did = 1;
        match day {
            9 => note(life, B, day, Kind::Gratitude, HEARD),
            20 => {
                let tense = life.log(B, day, 10, check_in(2, false));
                let retract = Command::Retract {
                    entry: tense,
                    reason: None,
                    when: When::Now,
                };
                life.command(B, day, 10, 30, retract).unwrap();
                sam_did = 0;
            }
            21 => {
                life.log(B, day, 10, check_in(2, false));
                lived.check_ins.1 += 1;
            }
            _ => sam_did = 0,
        }
        lived.actions[week][1] += sam_did;
    }
    lived
}

fn summary(lived: &mut Lived, with_notes: bool) -> SummaryData {
    let now = Life::at(27, 23, 0);
    let journey = lived.life.journey(27);
    let period = Period {
        from: first_day(),
        to: first_day() + Days::new(27),
        with_notes,
    };
    summarize(&lived.life.timeline, &journey, &period, now)
}

#[test]
fn the_summary_counts_what_the_couple_did_and_nothing_they_took_back() {
    let mut lived = four_weeks();
    let data = summary(&mut lived, false);
    assert_eq!(data.names, ["Alex".to_owned(), "Sam".to_owned()]);
    assert_eq!(data.weeks.len(), 4);
    assert_eq!(data.trust.len(), 28);
    let per_week: Vec<[u32; 2]> = data.weeks.iter().map(|w| w.actions).collect();
    assert_eq!(per_week, lived.actions);

    let totals = data.totals();
    assert_eq!(
        (totals.promises.made, totals.promises.kept),
        (3, 1),
        "{:?}",
        totals.promises
    );
    assert_eq!(totals.promises.admitted_broken, 1);
    assert_eq!(totals.promises.overdue, 1, "the unspoken promise");
    assert_eq!(data.weeks[2].promises.overdue, 0, "not yet overdue then");
    assert_eq!(
        (totals.check_ins.calm, totals.check_ins.tense),
        lived.check_ins,
        "the tense check-in taken back is left out"
    );
    assert_eq!(
        data.moods.len() as u32,
        lived.check_ins.0 + lived.check_ins.1
    );
    assert_eq!(totals.acknowledged, lived.acks);
    assert!(
        totals.trust.1 > totals.trust.0,
        "an ordinary caring month grows trust: {:?}",
        totals.trust
    );
    assert!(data.chapter.is_some());
    assert!(data.notes.is_empty(), "notes only when asked for");
}

/// The page's section headings in English.
const ENGLISH_HEADINGS: [&str; 9] = [
    "At a glance",
    "Where they are",
    "Trust over time",
    "What each did, week by week",
    "Promises",
    "Check-ins: mood, calm and tense",
    "Noticing each other",
    "Pause days",
    "Week by week, in words",
];

/// Words of the summary's own English (table headers, chart words,
/// sentences) that a page in another language must not show.
const ENGLISH_WORDS: [&str; 14] = [
    ">Week<",
    ">Day 1<",
    ">Together<",
    ">Most often<",
    ">All weeks<",
    ">Mean mood<",
    "noticed",
    "our weeks in the Trust Garden",
    "of 5 on average",
    "Trust grew",
    "Together Alex and Sam",
    "It is private",
    ">trust<",
    ">mood (1 to 5)<",
];

#[test]
fn the_page_has_every_section_and_notes_only_when_asked_never_erased_ones() {
    let mut lived = four_weeks();
    let without = to_html(&summary(&mut lived, false));
    for heading in ENGLISH_HEADINGS {
        assert!(
            without.contains(&format!(">{heading}</h2>")),
            "{heading} missing"
        );
    }
    assert_eq!(without.matches("<svg").count(), 3, "three charts");
    assert_eq!(without.matches("role=\"img\"").count(), 3);
    assert!(
        without.matches("<table>").count() >= 5,
        "a table per figure"
    );
    assert!(!without.contains(">Their notes</h2>"));
    assert!(!without.contains(HEARD));

    let with = to_html(&summary(&mut lived, true));
    assert!(with.contains(HEARD));
    assert!(!with.contains(ERASED), "an erased note never shows");
    assert!(!with.contains("<script"), "notes are escaped");
    assert!(with.contains("&lt;script&gt;"));

    for page in [&without, &with] {
        // Self-contained: nothing fetched, nothing run.
        for fetch in [
            "src=", "href=", "url(", "@import", "<link", "<img", "<iframe",
        ] {
            assert!(!page.contains(fetch), "{fetch}");
        }
        assert!(page.contains("@media print"));
        assert!(page.contains("<html lang=\"en\">"));
    }
}

#[test]
fn each_week_has_a_plain_paragraph_written_from_its_figures() {
    let mut lived = four_weeks();
    let data = summary(&mut lived, false);
    let html = to_html(&data);
    for week in &data.weeks {
        let together = week.actions[0] + week.actions[1];
        let words = trust_garden::report::summary::week_paragraph(week, &data.names);
        assert!(
            words.starts_with(&format!("Together Alex and Sam logged {together} actions")),
            "{words}"
        );
        assert!(html.contains(&trust_garden::report::summary::escape(&words)));
    }
    let last = trust_garden::report::summary::week_paragraph(&data.weeks[3], &data.names);
    assert!(
        last.contains("1 promise was past its day without a word"),
        "{last}"
    );
}

/// The German and Spanish pages of the same four weeks: `lang` set, every
/// heading in the language, dates its way, one and several said right, and
/// no English word of the summary's own left over.
#[test]
fn the_page_speaks_german_and_spanish_through_and_through() {
    let mut lived = four_weeks();
    let german = i18n::scoped(Lang::De, || to_html(&summary(&mut lived, true)));
    assert!(german.contains("<html lang=\"de\">"));
    for heading in [
        "Auf einen Blick",
        "Wo die beiden gerade stehen",
        "Vertrauen im Lauf der Zeit",
        "Was beide getan haben, Woche für Woche",
        "Versprechen",
        "Check-ins: Stimmung, ruhig und angespannt",
        "Einander wahrnehmen",
        "Pausentage",
        "Woche für Woche, in Worten",
        "Die Notizen der beiden",
    ] {
        assert!(
            german.contains(&format!(">{heading}</h2>")),
            "{heading} missing"
        );
    }
    assert!(
        german.contains("2. März 2026 bis 29. März 2026 · 4 Wochen"),
        "the period, in German dates"
    );
    assert!(german.contains("<h3>2. Mär – 8. Mär</h3>"));
    assert!(german.contains("Alex und Sam: unsere Wochen im Trust Garden"));
    for words in [
        // Several.
        "Zusammen haben Alex und Sam ",
        " Schritte festgehalten (",
        "Check-ins: ",
        // One.
        "Am Ende der Woche war 1 Versprechen über den vereinbarten Tag hinaus",
        // Percent and decimals the German way.
        "\u{202f}%",
        "von 5.",
    ] {
        assert!(
            german.contains(words),
            "{words:?} is not in the German page"
        );
    }
    assert!(
        german.contains("<th scope=\"col\">Woche</th><th scope=\"col\">Tag 1</th>"),
        "table headers"
    );
    for english in ENGLISH_HEADINGS {
        assert!(
            !german.contains(&format!(">{english}</h2>")),
            "{english} in the German page"
        );
    }
    for english in ENGLISH_WORDS {
        assert!(!german.contains(english), "{english:?} in the German page");
    }
    assert!(german.contains(HEARD), "the couple's own words stay theirs");

    let spanish = i18n::scoped(Lang::Es, || to_html(&summary(&mut lived, false)));
    assert!(spanish.contains("<html lang=\"es\">"));
    for heading in [
        "De un vistazo",
        "Dónde están ahora",
        "La confianza a lo largo del tiempo",
        "Lo que hizo cada persona, semana a semana",
        "Promesas",
        "Check-ins: ánimo, calma y tensión",
        "Verse el uno al otro",
        "Días de pausa",
        "Semana a semana, en palabras",
    ] {
        assert!(
            spanish.contains(&format!(">{heading}</h2>")),
            "{heading} missing"
        );
    }
    assert!(spanish.contains("Del 2 de marzo de 2026 al 29 de marzo de 2026 · 4 semanas"));
    for words in [
        // One promise made and kept in the first week, several actions.
        "Promesas: 1 hecha, 1 cumplida y 0 no cumplidas y reconocidas.",
        "Entre Alex y Sam registraron ",
        " acciones (",
        "1 promesa había pasado su fecha sin que se dijera nada",
        "\u{a0}%",
    ] {
        assert!(
            spanish.contains(words),
            "{words:?} is not in the Spanish page"
        );
    }
    for english in ENGLISH_HEADINGS.iter().chain(&ENGLISH_WORDS) {
        assert!(
            !spanish.contains(english),
            "{english:?} in the Spanish page"
        );
    }
}

#[test]
fn each_week_has_a_paragraph_in_german_too() {
    let mut lived = four_weeks();
    i18n::scoped(Lang::De, || {
        let data = summary(&mut lived, false);
        let html = to_html(&data);
        for week in &data.weeks {
            let together = week.actions[0] + week.actions[1];
            let words = trust_garden::report::summary::week_paragraph(week, &data.names);
            assert!(
                words.starts_with(&format!(
                    "Zusammen haben Alex und Sam {together} Schritte festgehalten"
                )),
                "{words}"
            );
            assert!(words.contains("Das Vertrauen "), "{words}");
            assert!(html.contains(&trust_garden::report::summary::escape(&words)));
        }
    });
}
