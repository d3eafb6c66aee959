//! `clock`, `rename` and `zones` on a real save: a couple moves from Berlin
//! to New York and keeps their streak, renames a partner, and is refused
//! kindly (in English, German and Spanish) when nothing would change.

use super::*;

#[test]
fn a_couple_moves_renames_and_keeps_their_streak() {
    let sandbox = Sandbox::new();
    sandbox
        .run_at(
            "2026-03-02 07:00:00",
            &["init", "--partners", "Alex", "Sam", "--tz", "Europe/Berlin"],
        )
        .ok();
    // Four days in Berlin: a check-in every morning, and a thank-you at
    // 00:30 Berlin time (the early hours of the next date there; still the
    // evening before in New York).
    for day in 2..6 {
        sandbox.log_at(
            &format!("2026-03-0{day} 08:00:00"),
            &["log", "check-in", "--by", "Alex", "--mood", "4"],
        );
        let thanks = match day {
            2 => "2026-03-02 20:00:00".to_owned(),
            3 | 4 => format!("2026-03-0{day} 23:30:00"),
            _ => continue,
        };
        sandbox.log_at(&thanks, &["log", "gratitude", "--by", "Sam"]);
    }
    let days_before: Vec<Value> = sandbox.history();

    // The move, typed in lower case with a space: the garden writes the IANA name.
    let moved = sandbox
        .run_at(
            "2026-03-05 19:00:00",
            &["clock", "--tz", "america/new york", "--by", "sam"],
        )
        .ok();
    assert_eq!(
        moved.stdout.trim(),
        "From now on your days follow America/New_York and start at 00:00. \
         The days before stay as they were."
    );
    // Nothing to change: refused, and the save stays byte for byte.
    let before = sandbox.bytes();
    let same = sandbox.run_at(
        "2026-03-05 19:05:00",
        &["clock", "--tz", "America/New_York", "--by", "Alex"],
    );
    same.assert_clean_error();
    assert!(
        same.stderr
            .contains("the garden already follows America/New_York with this day start"),
        "{}",
        same.stderr
    );
    assert_eq!(sandbox.bytes(), before);

    // Three days in New York: 09:00 and 21:00 there (13:00 and 01:00 UTC).
    for day in 6..9 {
        sandbox.log_at(
            &format!("2026-03-0{day} 14:00:00"),
            &["log", "check-in", "--by", "Alex", "--mood", "4"],
        );
        sandbox.log_at(
            &format!("2026-03-0{} 01:00:00", day + 1),
            &["log", "gratitude", "--by", "Sam"],
        );
    }
    // The entries before the move read as they did.
    let history = sandbox.history();
    assert_eq!(history[..days_before.len()], days_before[..]);
    let status = sandbox
        .run_at("2026-03-09 02:00:00", &["status", "--json"])
        .ok()
        .json();
    // 2 to 8 March: seven days in a row, the day of the move counted once.
    assert_eq!(status["streak_days"], 7, "{status}");

    let renamed = sandbox
        .run_at(
            "2026-03-09 02:10:00",
            &[
                "rename",
                "--partner",
                "sam",
                "--to",
                "Samira",
                "--by",
                "Alex",
            ],
        )
        .ok();
    assert_eq!(renamed.stdout.trim(), "Sam is now called Samira.");
    sandbox.log_at(
        "2026-03-09 02:20:00",
        &["log", "kindness", "--by", "samira"],
    );
    let taken = sandbox.run_at(
        "2026-03-09 02:30:00",
        &[
            "rename",
            "--partner",
            "Alex",
            "--to",
            "samira",
            "--by",
            "Alex",
        ],
    );
    taken.assert_clean_error();

    let history = sandbox.run(&["history"]).ok();
    // What was logged in Berlin still reads in Berlin time: Alex's first
    // check-in at 08:00 UTC is 09:00 there (03:00 in New York).
    assert!(
        history.stdout.contains("2026-03-02 09:00"),
        "{}",
        history.stdout
    );
    assert!(
        history.stdout.contains("from now on America/New_York"),
        "{}",
        history.stdout
    );

    // A late entry from before the move, typed as the clocks in Berlin
    // showed it then.
    sandbox.log_at(
        "2026-03-09 03:00:00",
        &[
            "log",
            "kindness",
            "--by",
            "Alex",
            "--at",
            "2026-03-05 09:30",
        ],
    );
    let history = sandbox.run(&["history", "--json"]).ok().stdout;
    assert!(history.contains("2026-03-05T09:30:00+01:00"), "{history}");

    let found = sandbox.run(&["zones", "são"]).ok();
    assert_eq!(found.stdout.lines().next(), Some("America/Sao_Paulo"));
    sandbox.run(&["zones", "xyzzy"]).assert_clean_error();
}

#[test]
fn nothing_to_change_is_said_in_german_and_spanish() {
    let sandbox = Sandbox::new();
    sandbox.init("Europe/Berlin");
    let run = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        sandbox.run(&all)
    };
    let same_clock = ["clock", "--by", "Alex"];
    let german = run("de", &same_clock);
    assert!(
        german.stderr.contains(
            "Euer Garten richtet sich schon nach Europe/Berlin mit diesem Tagesbeginn; \
             es ändert sich nichts."
        ),
        "{}",
        german.stderr
    );
    let spanish = run("es", &same_clock);
    assert!(
        spanish.stderr.contains(
            "el jardín ya sigue Europe/Berlin con esta hora de inicio del día; no cambió nada"
        ),
        "{}",
        spanish.stderr
    );
    let same_name = ["rename", "--partner", "Sam", "--to", "Sam", "--by", "Sam"];
    assert!(
        run("de", &same_name)
            .stderr
            .contains("Der Name ist schon \"Sam\"")
    );
    assert!(
        run("es", &same_name)
            .stderr
            .contains("el nombre ya es \"Sam\"")
    );
    let moved = run("de", &["clock", "--day-starts", "05:00", "--by", "Sam"]).ok();
    assert_eq!(
        moved.stdout.trim(),
        "Ab jetzt richten sich eure Tage nach Europe/Berlin und beginnen um 05:00. \
         Die Tage davor bleiben, wie sie waren."
    );
    let history = run("de", &["history"]).ok().stdout;
    assert!(
        history.contains(
            "Zeitzone oder Tagesbeginn geändert (ab jetzt Europe/Berlin, Tage beginnen um 05:00; \
             die Tage davor bleiben, wie sie waren)"
        ),
        "{history}"
    );
    let history = run("es", &["history"]).ok().stdout;
    assert!(
        history.contains("Cambio de zona horaria o de inicio del día (desde ahora Europe/Berlin"),
        "{history}"
    );
    let renamed = run(
        "es",
        &[
            "rename",
            "--partner",
            "Alex",
            "--to",
            "Alexa",
            "--by",
            "Sam",
        ],
    )
    .ok();
    assert_eq!(renamed.stdout.trim(), "Alex ahora se llama Alexa.");
}
