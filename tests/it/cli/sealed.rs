//! The encrypted save on the command line: the passphrase from a file or
//! the environment, never an argument; every command works given it.

use super::*;

const PASSPHRASE: &str = "the bench by the river";

impl Sandbox {
    fn passphrase_file(&self, passphrase: &str) -> PathBuf {
        let file = self.dir.path().join("passphrase.txt");
        std::fs::write(&file, format!("{passphrase}\n")).unwrap();
        file
    }

    /// Runs with the passphrase in the environment.
    fn run_sealed(&self, passphrase: &str, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_trust-garden"))
            .arg("--save")
            .arg(&self.save)
            .args(args)
            .env("TRUST_GARDEN_PASSPHRASE", passphrase)
            // English, whatever the machine speaks: the tests read the words.
            .env("LC_ALL", "C")
            .env_remove("TRUST_GARDEN_SAVE")
            .env_remove("TRUST_GARDEN_DEBUG")
            .output()
            .unwrap();
        output_to_run(output)
    }

    /// Every file in the sandbox but the passphrase file, with its bytes.
    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && !p.ends_with("passphrase.txt"))
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    }
}

#[test]
fn an_encrypted_garden_is_set_up_logged_and_read_with_its_passphrase() {
    let sandbox = Sandbox::new();
    let file = sandbox.passphrase_file(PASSPHRASE);
    let file = file.to_str().unwrap();
    sandbox
        .run(&[
            "init",
            "--partners",
            "Alexandra",
            "Samuel",
            "--tz",
            "UTC",
            "--encrypt",
            "--passphrase-file",
            file,
        ])
        .ok();
    let note = "I was scared to tell you the truth";
    sandbox
        .run(&[
            "log",
            "honest-talk",
            "--by",
            "Samuel",
            "--note",
            note,
            "--passphrase-file",
            file,
        ])
        .ok();
    let saved = String::from_utf8(sandbox.bytes()).unwrap();
    for secret in [note, "Alexandra", "Samuel", "HonestTalk"] {
        assert!(!saved.contains(secret), "{secret} in {saved}");
    }
    // Every command reads it given the passphrase, from the environment too.
    let history = sandbox.run_sealed(PASSPHRASE, &["history", "--json"]).ok();
    assert!(history.stdout.contains(note), "{}", history.stdout);
    sandbox.run_sealed(PASSPHRASE, &["verify"]).ok();
    let status = sandbox
        .run_sealed(PASSPHRASE, &["status", "--json"])
        .ok()
        .json();
    assert_eq!(status["events"], 2);

    // Without it, or with a wrong one: one line, and not a byte written.
    let before = sandbox.files();
    let missing = sandbox.run(&["status"]);
    missing.assert_clean_error();
    assert!(missing.stderr.contains("encrypted"), "{}", missing.stderr);
    assert!(
        missing.stderr.contains("--passphrase-file"),
        "{}",
        missing.stderr
    );
    for wrong in ["the bench by the rivers", "The bench by the river"] {
        for args in [
            &["log", "honest-talk", "--by", "Samuel"][..],
            &["status"],
            &["export", "--csv", "--plain-text"],
        ] {
            let run = sandbox.run_sealed(wrong, args);
            run.assert_clean_error();
            assert!(run.stderr.contains("does not open"), "{}", run.stderr);
        }
    }
    assert_eq!(sandbox.files(), before);
}

#[test]
fn a_plain_garden_is_encrypted_later_and_decrypted_back_byte_for_byte() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let note = "sorry I missed dinner again";
    sandbox.log(&["log", "apology", "--by", "Alex", "--note", note]);
    let plain = sandbox.bytes();

    let refused = sandbox.run(&["encrypt"]);
    refused.assert_clean_error();
    assert_eq!(sandbox.bytes(), plain);
    let short = sandbox.run_sealed("short", &["encrypt"]);
    short.assert_clean_error();
    assert!(short.stderr.contains("at least 8"), "{}", short.stderr);
    assert_eq!(sandbox.bytes(), plain);

    let done = sandbox.run_sealed(PASSPHRASE, &["encrypt"]).ok();
    assert!(done.stdout.contains("encrypted"), "{}", done.stdout);
    assert!(!String::from_utf8_lossy(&sandbox.bytes()).contains(note));
    sandbox
        .run_sealed(
            PASSPHRASE,
            &["log", "quality-time", "--by", "Sam", "--minutes", "30"],
        )
        .ok();
    let again = sandbox.run_sealed(PASSPHRASE, &["encrypt"]).ok();
    assert!(
        again.stdout.contains("already encrypted"),
        "{}",
        again.stdout
    );

    sandbox.run_sealed(PASSPHRASE, &["decrypt"]).ok();
    let decrypted = sandbox.bytes();
    assert!(
        decrypted.starts_with(&plain),
        "the old lines come back as they were"
    );
    assert_eq!(sandbox.history().len(), 3);
}

#[test]
fn exporting_an_encrypted_garden_asks_first() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let note = "we walked to the lake";
    sandbox.log(&[
        "log",
        "quality-time",
        "--by",
        "Sam",
        "--minutes",
        "40",
        "--note",
        note,
    ]);
    sandbox.run_sealed(PASSPHRASE, &["encrypt"]).ok();
    let csv = sandbox.dir.path().join("out.csv");
    let csv_arg = csv.to_str().unwrap();

    let refused = sandbox.run_sealed(PASSPHRASE, &["export", "--csv", "-o", csv_arg]);
    refused.assert_clean_error();
    assert!(
        refused.stderr.contains("--plain-text"),
        "{}",
        refused.stderr
    );
    assert!(!csv.exists());
    let to_stdout = sandbox.run_sealed(PASSPHRASE, &["export", "--csv"]);
    to_stdout.assert_clean_error();
    assert!(to_stdout.stdout.is_empty());

    sandbox
        .run_sealed(
            PASSPHRASE,
            &["export", "--csv", "--plain-text", "-o", csv_arg],
        )
        .ok();
    assert!(std::fs::read_to_string(&csv).unwrap().contains(note));

    // The counselling summary is plain text too.
    let page = sandbox.dir.path().join("summary.html");
    let page_arg = page.to_str().unwrap();
    let refused = sandbox.run_sealed(PASSPHRASE, &["summary", "-o", page_arg]);
    refused.assert_clean_error();
    assert!(
        refused.stderr.contains("--plain-text"),
        "{}",
        refused.stderr
    );
    assert!(!page.exists());
    sandbox
        .run_sealed(PASSPHRASE, &["summary", "--plain-text", "-o", page_arg])
        .ok();
    assert!(
        std::fs::read_to_string(&page)
            .unwrap()
            .contains("At a glance")
    );
}

#[test]
fn merging_a_plain_copy_into_an_encrypted_garden_is_refused_with_what_to_do() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let copy = sandbox.dir.path().join("partner.ron");
    std::fs::copy(&sandbox.save, &copy).unwrap();
    sandbox.run_sealed(PASSPHRASE, &["encrypt"]).ok();
    let before = sandbox.bytes();

    let run = sandbox.run_sealed(PASSPHRASE, &["merge", copy.to_str().unwrap()]);
    run.assert_clean_error();
    assert!(run.stderr.contains("plain-text copy"), "{}", run.stderr);
    assert!(run.stderr.contains("decrypt"), "{}", run.stderr);
    assert_eq!(sandbox.bytes(), before);
}
