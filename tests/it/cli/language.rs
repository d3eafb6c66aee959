//! The command line in the couple's language: `--lang`, or the locale the
//! environment names (LC_ALL, LC_MESSAGES, LANG), on a real save. JSON stays
//! English whatever the language.

use super::*;

impl Sandbox {
    /// Runs with exactly the locale variables given (the rest removed).
    fn run_in(&self, locale: &[(&str, &str)], args: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_trust-garden"));
        command
            .arg("--save")
            .arg(&self.save)
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env_remove("TRUST_GARDEN_SAVE")
            .env_remove("TRUST_GARDEN_DEBUG");
        for (name, value) in locale {
            command.env(name, value);
        }
        output_to_run(command.output().unwrap())
    }

    /// A couple with a few entries: an honest talk Sam saw, a tense
    /// check-in, a promise and some quality time. Returns the talk's id.
    fn lived_in(&self) -> String {
        self.init("Europe/Berlin");
        let talk = self.log(&["log", "honest-talk", "--by", "Alex", "--note", "why"]);
        self.log(&["log", "check-in", "--by", "Sam", "--mood", "4", "--tense"]);
        self.log(&[
            "log",
            "promise",
            "--by",
            "Alex",
            "--text",
            "dishes",
            "--due",
            "2099-01-01",
        ]);
        self.log(&[
            "log",
            "quality-time",
            "--by",
            "Sam",
            "--minutes",
            "30",
            "--what",
            "a walk",
        ]);
        self.log(&["ack", &talk, "--by", "Sam"]);
        talk
    }
}

/// A refusal in any language: one line on stderr, its prefix, a failure code.
fn assert_refused(run: &Run, prefix: &str) {
    assert_ne!(run.code, 0, "expected a refusal, got {}", run.stdout);
    assert!(run.stderr.starts_with(prefix), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.trim_end().lines().count(), 1, "{}", run.stderr);
}

/// `--at` a day after now, in the couple's zone.
fn tomorrow() -> String {
    (chrono::Utc::now() + chrono::Duration::days(2))
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[test]
fn lang_de_speaks_german_in_status_history_and_refusals() {
    let sandbox = Sandbox::new();
    let talk = sandbox.lived_in();
    let de = ["--lang", "de"];

    let status = sandbox.run_in(&[], &[&de[..], &["status"]].concat()).ok();
    let text = &status.stdout;
    assert!(text.starts_with("Der Garten von Alex & Sam, "), "{text}");
    for words in [
        "Vertrauen  ",
        "Serie      1 Tag",
        "Stimmung zuletzt 4,0 von 5",
        "Gemeinsam  Alex ",
        "Pflanzen",
        "Wurzeln",
        "Offene Versprechen",
        "Alex: dishes, fällig am 2099-01-01",
        "6 Einträge im Protokoll.",
        "Sam hat 1 von Alex gewürdigt",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }
    assert!(!text.contains("Trust "), "{text}");

    let history = sandbox.run_in(&[], &[&de[..], &["history"]].concat()).ok();
    let text = &history.stdout;
    for words in [
        "Garten angelegt (Alex & Sam, Europe/Berlin, Tage beginnen um 04:00",
        "Notiz: \"why\"",
        "✓ gesehen von Sam (",
        "(Stimmung 4/5, angespannt)",
        "(\"dishes\", fällig am 2099-01-01)",
        "(30 Min., a walk)",
        &format!("ID {talk}"),
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }

    let own = sandbox.run_in(&[], &[&de[..], &["ack", &talk, "--by", "Alex"]].concat());
    assert_refused(&own, "Fehler: ");
    assert!(
        own.stderr
            .contains("Das ist dein eigener Eintrag; nur Sam kann ihn würdigen."),
        "{}",
        own.stderr
    );
    let at = tomorrow();
    let future = sandbox.run_in(
        &[],
        &[&de[..], &["log", "kindness", "--by", "Sam", "--at", &at]].concat(),
    );
    assert_refused(&future, "Fehler: ");
    assert!(
        future
            .stderr
            .contains(&format!("{at} liegt in der Zukunft; trag etwas ein")),
        "{}",
        future.stderr
    );
    let stranger = sandbox.run_in(
        &[],
        &[&de[..], &["log", "kindness", "--by", "Kim"]].concat(),
    );
    assert_refused(&stranger, "Fehler: ");
    assert!(
        stranger
            .stderr
            .contains("--by \"Kim\" ist keiner von euch beiden (ihr heißt Alex und Sam)"),
        "{}",
        stranger.stderr
    );
}

#[test]
fn lang_from_the_environment_speaks_spanish() {
    let sandbox = Sandbox::new();
    let talk = sandbox.lived_in();
    let es = [("LANG", "es_ES.UTF-8")];

    let text = sandbox.run_in(&es, &["status"]).ok().stdout;
    assert!(text.starts_with("El jardín de Alex y Sam, "), "{text}");
    for words in [
        "Confianza  ",
        "Racha      1 día (la mejor: 1)",
        "ánimo reciente 4,0 de 5",
        "Plantas",
        // The plants by the names their cards have.
        "\n  Raíces   ",
        "\n  El árbol   ",
        "Promesas abiertas",
        "6 entradas en el registro.",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }

    let text = sandbox.run_in(&es, &["history"]).ok().stdout;
    for words in [
        "Jardín preparado (Alex y Sam, Europe/Berlin, los días empiezan a las 04:00",
        "nota: \"why\"",
        "✓ vista por Sam (",
        "(ánimo 4/5, con tensión)",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }

    let own = sandbox.run_in(&es, &["ack", &talk, "--by", "Alex"]);
    assert_refused(&own, "error: ");
    assert!(
        own.stderr
            .contains("esta es tu propia entrada; solo Sam puede reconocerla"),
        "{}",
        own.stderr
    );
    let at = tomorrow();
    let future = sandbox.run_in(&es, &["log", "kindness", "--by", "Sam", "--at", &at]);
    assert_refused(&future, "error: ");
    assert!(
        future.stderr.contains(&format!("{at} está en el futuro")),
        "{}",
        future.stderr
    );

    // LC_MESSAGES outranks LANG, LC_ALL outranks both.
    let run = sandbox.run_in(
        &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "es_MX.UTF-8")],
        &["history"],
    );
    assert!(run.ok().stdout.contains("Jardín preparado"));
}

#[test]
fn c_locale_or_an_unknown_language_speaks_english() {
    let sandbox = Sandbox::new();
    let talk = sandbox.lived_in();
    for locale in [
        &[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")][..],
        &[("LANG", "fr_FR.UTF-8")],
        &[],
    ] {
        let status = sandbox.run_in(locale, &["status"]).ok().stdout;
        assert!(
            status.starts_with("Alex & Sam's garden, "),
            "{locale:?}: {status}"
        );
        assert!(status.contains("6 events in the log."), "{status}");
        let own = sandbox.run_in(locale, &["ack", &talk, "--by", "Alex"]);
        assert_refused(
            &own,
            "error: this is your own entry; only Sam can acknowledge it",
        );
    }
    // --lang outranks the environment.
    let run = sandbox.run_in(&[("LANG", "de_DE.UTF-8")], &["--lang", "en", "history"]);
    assert!(run.ok().stdout.contains("Garden set up"));
}

#[test]
fn an_unknown_lang_is_a_clear_error_that_writes_nothing() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let before = sandbox.bytes();
    let run = sandbox.run_in(&[], &["--lang", "xx", "log", "kindness", "--by", "Alex"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("unknown language \"xx\""),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("en, de, es"), "{}", run.stderr);
    assert_eq!(sandbox.bytes(), before);
}

#[test]
fn json_stays_english_in_every_language() {
    let sandbox = Sandbox::new();
    sandbox.lived_in();
    let english_status = sandbox.run_in(&[], &["status", "--json"]).ok().json();
    let english_history = sandbox.run_in(&[], &["history", "--json"]).ok().json();
    for lang in ["de", "es"] {
        let status = sandbox
            .run_in(&[], &["--lang", lang, "status", "--json"])
            .ok()
            .json();
        // Only the moment it was asked may differ.
        let without_at = |mut v: Value| {
            v["at"] = Value::Null;
            v
        };
        assert_eq!(
            without_at(status),
            without_at(english_status.clone()),
            "{lang}"
        );
        let history = sandbox
            .run_in(&[], &["--lang", lang, "history", "--json"])
            .ok()
            .json();
        assert_eq!(history, english_history, "{lang}");
    }
    let history = english_history.as_array().unwrap();
    assert!(history.iter().any(|e| e["label"] == "Honest talk"));
    assert!(history.iter().any(|e| e["details"] == "mood 4/5, tense"));
}
