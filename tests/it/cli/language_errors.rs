//! What goes wrong with files, in the couple's language on real error
//! paths: an encrypted save that does not open, a refused export target,
//! `verify --repair`, a damaged chapter file. English stays as it was.

use super::*;

const PASSPHRASE: &str = "the bench by the river";

impl Sandbox {
    /// A file holding `passphrase`, for `--passphrase-file`.
    fn passphrase_in(&self, name: &str, passphrase: &str) -> String {
        let file = self.dir.path().join(name);
        std::fs::write(&file, format!("{passphrase}\n")).unwrap();
        file.to_str().unwrap().to_owned()
    }

    /// An encrypted garden for Alex and Sam; returns its passphrase file.
    fn sealed_garden(&self) -> String {
        let file = self.passphrase_in("passphrase.txt", PASSPHRASE);
        self.run(&[
            "init",
            "--partners",
            "Alex",
            "Sam",
            "--tz",
            "UTC",
            "--encrypt",
            "--passphrase-file",
            &file,
        ])
        .ok();
        file
    }
}

#[test]
fn a_wrong_passphrase_is_told_in_german_and_a_missing_one_in_spanish() {
    let sandbox = Sandbox::new();
    sandbox.sealed_garden();
    let before = sandbox.bytes();
    let wrong = sandbox.passphrase_in("wrong.txt", "not the bench at all");

    let german = sandbox.run(&["--lang", "de", "status", "--passphrase-file", &wrong]);
    assert_ne!(german.code, 0);
    assert!(
        german
            .stderr
            .contains("Diese Passphrase öffnet die Speicherdatei nicht; es wurde nichts geändert"),
        "{}",
        german.stderr
    );
    assert!(german.stderr.contains("garden.ron"), "{}", german.stderr);

    let spanish = sandbox.run(&["--lang", "es", "status"]);
    assert_ne!(spanish.code, 0);
    assert!(
        spanish.stderr.contains(
            "el archivo del jardín está cifrado; indica su frase de contraseña \
             (--passphrase-file ARCHIVO o TRUST_GARDEN_PASSPHRASE)"
        ),
        "{}",
        spanish.stderr
    );

    let english = sandbox.run(&["status", "--passphrase-file", &wrong]);
    assert!(
        english
            .stderr
            .contains("the passphrase does not open this save; nothing was changed"),
        "{}",
        english.stderr
    );
    assert_eq!(sandbox.bytes(), before, "nothing was written");
}

#[test]
fn a_refused_export_target_is_told_in_spanish_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    let before = sandbox.bytes();
    let save = sandbox.save.to_str().unwrap();

    let onto_save = sandbox.run(&["--lang", "es", "export", "--csv", "-o", save]);
    assert_ne!(onto_save.code, 0);
    assert!(
        onto_save.stderr.contains("es el propio archivo del jardín")
            && onto_save.stderr.contains("No se escribió nada."),
        "{}",
        onto_save.stderr
    );
    assert!(onto_save.stderr.contains(save), "{}", onto_save.stderr);
    assert_eq!(sandbox.bytes(), before);
}

#[test]
fn verify_repair_says_what_it_rebuilt_in_german_and_spanish() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    let partners = sandbox.dir.path().join("from-sams-phone.ron");
    std::fs::copy(&sandbox.save, &partners).unwrap();
    let from = partners.to_str().unwrap();
    let save = sandbox.save.display().to_string();

    flip_byte(&sandbox.save, 30);
    let german = sandbox
        .run(&["--lang", "de", "verify", "--repair", "--from", from])
        .ok();
    let expected = format!(
        "{save}: Die erste Zeile wurde neu aufgebaut (übernommen aus {from}); \
         die 2 Zeilen danach sind unverändert; die beschädigte Zeile wurde in "
    );
    assert!(german.stdout.starts_with(&expected), "{}", german.stdout);
    assert!(
        german.stdout.contains(".damaged-header-") && german.stdout.contains(" aufbewahrt"),
        "{}",
        german.stdout
    );

    // No copy named or beside it: a new log, said in Spanish.
    std::fs::remove_file(&partners).unwrap();
    flip_byte(&sandbox.save, 30);
    let spanish = sandbox.run(&["--lang", "es", "verify", "--repair"]).ok();
    assert!(
        spanish.stdout.starts_with(&format!(
            "{save}: se reconstruyó la primera línea (nueva: no se encontró ninguna copia \
             de este jardín"
        )),
        "{}",
        spanish.stdout
    );
    assert!(
        spanish
            .stdout
            .contains("las 2 líneas siguientes no cambiaron"),
        "{}",
        spanish.stdout
    );
}

#[test]
fn a_rarer_ron_problem_in_a_chapter_file_keeps_its_place_in_spanish() {
    let sandbox = Sandbox::new();
    let levels = sandbox.dir.path().join("levels");
    std::fs::create_dir(&levels).unwrap();
    let chapter = levels.join("01-roots.ron");
    std::fs::write(&chapter, r#"(id: "x", title: "\q")"#).unwrap();
    let folder = levels.to_str().unwrap();
    let at = format!("{}:1:19: title: ", chapter.display());

    let spanish = sandbox.run(&["--lang", "es", "levels", "check", folder]);
    assert_ne!(spanish.code, 0);
    // `levels check` lists the problems it found on standard output.
    assert!(
        spanish.stdout.contains(&format!(
            "{at}aquí no se puede leer como archivo de capítulo (RON dice: "
        )),
        "{}",
        spanish.stdout
    );
    let english = sandbox.run(&["levels", "check", folder]);
    assert!(
        english.stdout.contains(&format!(
            "{at}not readable as a chapter file here (RON says: "
        )),
        "{}",
        english.stdout
    );
}

#[test]
fn a_garden_with_one_entry_says_one_event_in_english() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let status = sandbox.run(&["status"]).ok();
    assert!(
        status.stdout.contains("\n1 event in the log."),
        "{}",
        status.stdout
    );
    let german = sandbox.run(&["--lang", "de", "status"]).ok();
    assert!(
        german.stdout.contains("\n1 Eintrag im Protokoll."),
        "{}",
        german.stdout
    );
}
