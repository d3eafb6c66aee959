//! Reading chapter files: the embedded `levels/` (phones have no levels
//! folder) or a folder given with `--levels DIR`. Every problem names the
//! file, line, column and field, e.g.
//! `levels/03-patience.ron:12:5: goals[1].count: expected an integer`.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use super::locate::{Locator, Pos};
use super::schema::{Chapter, RawChapter};
use super::validate::validate;
use crate::t;

/// The chapter files built into the binary, in journey order.
const EMBEDDED: [(&str, &str); 7] = [
    (
        "levels/01-roots.ron",
        include_str!("../../../levels/01-roots.ron"),
    ),
    (
        "levels/02-open-ground.ron",
        include_str!("../../../levels/02-open-ground.ron"),
    ),
    (
        "levels/03-patience.ron",
        include_str!("../../../levels/03-patience.ron"),
    ),
    (
        "levels/04-steady-growth.ron",
        include_str!("../../../levels/04-steady-growth.ron"),
    ),
    (
        "levels/05-clearing-weeds.ron",
        include_str!("../../../levels/05-clearing-weeds.ron"),
    ),
    (
        "levels/06-trellis.ron",
        include_str!("../../../levels/06-trellis.ron"),
    ),
    (
        "levels/07-bloom.ron",
        include_str!("../../../levels/07-bloom.ron"),
    ),
];

/// A problem in a level file (or in reading the folder that holds them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelError {
    pub file: String,
    /// 1-based; 0 when the problem is not inside the file (e.g. unreadable).
    pub line: usize,
    pub col: usize,
    /// The field path, e.g. `goals[1].count`; empty for whole-file problems.
    pub field: String,
    pub message: String,
}

impl fmt::Display for LevelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return write!(f, "{}: {}", self.file, self.message);
        }
        let field = if self.field.is_empty() {
            t!("level-top-level")
        } else {
            self.field.clone()
        };
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.col, field, self.message
        )
    }
}

impl std::error::Error for LevelError {}

impl LevelError {
    fn whole_file(file: &str, message: String) -> LevelError {
        LevelError {
            file: file.to_owned(),
            line: 0,
            col: 0,
            field: String::new(),
            message,
        }
    }

    fn at(file: &str, at: Pos, field: String, message: String) -> LevelError {
        LevelError {
            file: file.to_owned(),
            line: at.line,
            col: at.col,
            field,
            message,
        }
    }
}

/// The chapters built into the binary. Their parsing and validation are
/// covered by tests, so a failure here is a build defect, not user input.
pub fn embedded() -> Vec<Chapter> {
    try_embedded().unwrap_or_else(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("built-in level files are invalid:\n{}", listed.join("\n"))
    })
}

/// The built-in chapters, or every problem in them.
pub fn try_embedded() -> Result<Vec<Chapter>, Vec<LevelError>> {
    let files: Vec<(String, String)> = EMBEDDED
        .iter()
        .map(|(name, src)| ((*name).to_owned(), (*src).to_owned()))
        .collect();
    let (chapters, errors) = parse_all(&files);
    if errors.is_empty() {
        Ok(chapters)
    } else {
        Err(errors)
    }
}

/// Reads the chapter files of a folder: `*.ron` files whose names start with
/// a digit (the order prefix, `01-roots.ron`), sorted by file name. Other
/// files, such as shared data like `species.ron`, are left alone.
pub fn load_dir(dir: &Path) -> Result<Vec<Chapter>, LevelError> {
    let (chapters, mut errors) = read_dir_chapters(dir);
    if errors.is_empty() {
        Ok(chapters)
    } else {
        Err(errors.swap_remove(0))
    }
}

/// Every problem in a folder of chapter files; empty when all is well.
pub fn check_dir(dir: &Path) -> Vec<LevelError> {
    read_dir_chapters(dir).1
}

fn read_dir_chapters(dir: &Path) -> (Vec<Chapter>, Vec<LevelError>) {
    let folder = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let error = LevelError::whole_file(
                &folder,
                t!("level-cannot-read-folder", error = e.to_string()),
            );
            return (Vec::new(), vec![error]);
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_chapter_file(path))
        .collect();
    paths.sort();
    if paths.is_empty() {
        let error = LevelError::whole_file(&folder, t!("level-no-chapter-files"));
        return (Vec::new(), vec![error]);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(src) => files.push((name, src)),
            Err(e) => errors.push(LevelError::whole_file(
                &name,
                t!("level-cannot-read", error = e.to_string()),
            )),
        }
    }
    let (chapters, more) = parse_all(&files);
    errors.extend(more);
    (chapters, errors)
}

fn is_chapter_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    path.is_file() && name.ends_with(".ron") && name.starts_with(|c: char| c.is_ascii_digit())
}

/// Parses and validates each file, then checks ids across files.
fn parse_all(files: &[(String, String)]) -> (Vec<Chapter>, Vec<LevelError>) {
    let mut chapters = Vec::new();
    let mut errors = Vec::new();
    let mut first_file_of: HashMap<String, &str> = HashMap::new();
    for (name, src) in files {
        match parse_level(name, src) {
            Ok(chapter) => {
                if let Some(first) = first_file_of.get(&chapter.id) {
                    let locator = Locator::new(src);
                    errors.push(LevelError::at(
                        name,
                        locator.position_of("id"),
                        "id".to_owned(),
                        t!(
                            "level-duplicate-id",
                            id = format!("{:?}", chapter.id),
                            file = *first
                        ),
                    ));
                } else {
                    first_file_of.insert(chapter.id.clone(), name);
                }
                chapters.push(chapter);
            }
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    (chapters, errors)
}

/// One level file's text into a chapter, or every problem found in it.
pub fn parse_level(file: &str, src: &str) -> Result<Chapter, Vec<LevelError>> {
    let locator = Locator::new(src);
    let raw: RawChapter = ron::from_str(src).map_err(|e| vec![syntax_error(file, &locator, &e)])?;
    validate(raw).map_err(|problems| {
        problems
            .into_iter()
            .map(|(field, message)| {
                LevelError::at(file, locator.position_of(&field), field, message)
            })
            .collect()
    })
}

fn syntax_error(file: &str, locator: &Locator, e: &ron::error::SpannedError) -> LevelError {
    use ron::Error as E;
    let at = Pos {
        line: e.span.start.line,
        col: e.span.start.col,
    };
    let field = match &e.code {
        E::MissingStructField { field, .. } => {
            let parent = locator.struct_at(at);
            if parent.is_empty() {
                (*field).to_owned()
            } else {
                format!("{parent}.{field}")
            }
        }
        _ => locator.path_at(at),
    };
    let message = match &e.code {
        E::ExpectedInteger => t!("level-expected-integer"),
        E::ExpectedBoolean => t!("level-expected-boolean"),
        E::ExpectedString => t!("level-expected-string"),
        E::ExpectedArray => t!("level-expected-list"),
        E::ExpectedComma => t!("level-expected-comma"),
        E::IntegerOutOfBounds => t!("level-expected-whole-number"),
        E::MissingStructField { .. } => t!("level-missing-field"),
        E::NoSuchStructField {
            expected, found, ..
        } => t!(
            "level-unknown-field",
            found = format!("{found:?}"),
            expected = expected.join(", ")
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => t!(
            "level-unknown-value",
            found = format!("{found:?}"),
            expected = expected.join(", ")
        ),
        // The rarer problems: RON's own words (English), inside a sentence
        // in the couple's language; the position is the error's own.
        other => t!("level-ron-problem", detail = other.to_string()),
    };
    LevelError::at(file, at, field, message)
}
