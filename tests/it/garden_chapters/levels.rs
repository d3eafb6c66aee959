//! Level files: the embedded chapters, and errors that name file, line and field.

use std::path::{Path, PathBuf};

use trust_garden::garden::chapters::{LevelError, check_dir, embedded, load_dir, try_embedded};

fn levels_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("levels")
}

#[test]
fn every_embedded_level_parses_validates_and_matches_the_folder() {
    let chapters = try_embedded().unwrap_or_else(|errors| panic!("{errors:#?}"));
    let ids: Vec<&str> = chapters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "roots",
            "open-ground",
            "patience",
            "steady-growth",
            "clearing-weeds",
            "trellis",
            "bloom"
        ]
    );
    for chapter in &chapters {
        assert!(!chapter.goals.is_empty(), "{}", chapter.id);
        assert!(
            !chapter.unlocks.is_empty(),
            "{} unlocks nothing",
            chapter.id
        );
        assert!(
            (1..=28).contains(&chapter.min_days),
            "{} lasts at least {} days",
            chapter.id,
            chapter.min_days
        );
    }
    assert_eq!(load_dir(&levels_dir()).unwrap(), chapters);
    assert!(check_dir(&levels_dir()).is_empty());
    assert_eq!(embedded(), chapters);
}

/// A copy of the real levels in a temp dir, with one file's text changed.
fn broken_copy(file: &str, from: &str, to: &str) -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(levels_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    let broken = text.replacen(from, to, 1);
    std::fs::write(&path, &broken).unwrap();
    (dir, path, broken)
}

/// The 1-based line on which `needle` first appears.
fn line_of(text: &str, needle: &str) -> usize {
    let offset = text.find(needle).unwrap();
    text[..offset].matches('\n').count() + 1
}

fn assert_names(error: &LevelError, path: &Path, line: usize, field: &str) {
    let shown = error.to_string();
    assert_eq!(error.file, path.display().to_string(), "{shown}");
    assert_eq!(error.line, line, "{shown}");
    assert_eq!(error.field, field, "{shown}");
    let prefix = format!("{}:{}:{}: {}: ", path.display(), line, error.col, field);
    assert!(
        shown.starts_with(&prefix),
        "{shown} should start with {prefix}"
    );
}

#[test]
fn a_syntax_error_names_file_line_and_field() {
    // A missing comma between two goals.
    let (dir, path, text) = broken_copy("03-patience.ron", r#"daily: true),"#, r#"daily: true)"#);
    let error = load_dir(dir.path()).unwrap_err();
    let next_goal = r#"Goal(action: "kindness""#;
    assert_names(&error, &path, line_of(&text, next_goal), "goals[1]");
    assert!(error.message.contains("comma"), "{error}");
}

#[test]
fn an_unknown_action_names_the_action_field_and_lists_the_known_ones() {
    let (dir, path, text) = broken_copy(
        "03-patience.ron",
        r#"action: "kindness""#,
        r#"action: "kindnes""#,
    );
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "kindnes"), "goals[1].action");
    assert!(error.message.contains("\"kindnes\""), "{error}");
    assert!(error.message.contains("kindness"), "{error}");
}

#[test]
fn a_wrong_type_names_the_field_and_what_was_expected() {
    let (dir, path, text) = broken_copy("03-patience.ron", "count: 3,", r#"count: "three","#);
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "three"), "goals[1].count");
    assert!(error.message.contains("integer"), "{error}");
}

#[test]
fn zero_counts_and_zero_days_are_named() {
    let (dir, path, text) = broken_copy(
        "06-trellis.ron",
        "count: 3, who: Each)",
        "count: 0, who: Each)",
    );
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "count: 0"), "goals[1].count");

    let (dir, path, text) = broken_copy("02-open-ground.ron", "min_days: 7", "min_days: 0");
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "min_days"), "min_days");
}

#[test]
fn a_misspelt_field_and_a_missing_field_are_named() {
    let (dir, path, text) = broken_copy("01-roots.ron", "count: 2,", "cuont: 2,");
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "cuont"), "goals[0].cuont");

    let (dir, path, text) = broken_copy("05-clearing-weeds.ron", "who: Caused),", "),");
    let error = load_dir(dir.path()).unwrap_err();
    assert_eq!(error.field, "goals[1].who", "{error}");
    assert_eq!(error.line, line_of(&text, "let-it-go"), "{error}");
    assert_eq!(error.file, path.display().to_string());
}

#[test]
fn an_unknown_unlock_and_empty_goals_are_named() {
    let (dir, path, text) = broken_copy("04-steady-growth.ron", "[SteppingStones]", "[Gnome]");
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "Gnome"), "unlocks[0]");
    assert!(error.message.contains("SteppingStones"), "{error}");

    let src = std::fs::read_to_string(levels_dir().join("07-bloom.ron")).unwrap();
    let goals_start = src.find("goals: [").unwrap();
    let goals_end = goals_start + src[goals_start..].find("],").unwrap();
    let (dir, path, text) = broken_copy("07-bloom.ron", &src[goals_start..goals_end], "goals: [");
    let error = load_dir(dir.path()).unwrap_err();
    assert_names(&error, &path, line_of(&text, "goals:"), "goals");
}

#[test]
fn a_duplicate_id_names_the_later_file() {
    let (dir, _, _) = broken_copy("06-trellis.ron", "id: \"trellis\"", "id: \"roots\"");
    let error = load_dir(dir.path()).unwrap_err();
    let later = dir.path().join("06-trellis.ron");
    let text = std::fs::read_to_string(&later).unwrap();
    assert_names(&error, &later, line_of(&text, "id:"), "id");
    assert!(error.message.contains("01-roots.ron"), "{error}");
}

#[test]
fn check_dir_reports_every_problem_and_ignores_other_data_files() {
    let (dir, _, _) = broken_copy("01-roots.ron", "min_days: 7", "min_days: 0");
    let patience = dir.path().join("03-patience.ron");
    let text = std::fs::read_to_string(&patience).unwrap();
    let text = text.replacen("count: 3,", "count: 0,", 1).replacen(
        "\"quality-time\"",
        "\"quality-tme\"",
        1,
    );
    std::fs::write(&patience, text).unwrap();
    std::fs::write(dir.path().join("species.ron"), "not a chapter").unwrap();

    let errors = check_dir(dir.path());
    let fields: Vec<(String, String)> = errors
        .iter()
        .map(|e| {
            let file = Path::new(&e.file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (file, e.field.clone())
        })
        .collect();
    let expected = [
        ("01-roots.ron", "min_days"),
        ("03-patience.ron", "goals[1].count"),
        ("03-patience.ron", "goals[2].action"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(f, field)| ((*f).to_owned(), (*field).to_owned()))
        .collect();
    assert_eq!(fields, expected, "{errors:#?}");
}

#[test]
fn an_empty_or_missing_folder_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let error = load_dir(dir.path()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains(&dir.path().display().to_string())
    );
    let missing = dir.path().join("nowhere");
    let error = load_dir(&missing).unwrap_err();
    assert!(error.to_string().contains("nowhere"), "{error}");
}
